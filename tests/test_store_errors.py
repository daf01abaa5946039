"""Store failures reach a person as one StoreError line, never as a sqlite3 traceback."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys

import pytest

from conftest import cli_env
from stringeex_desktop.core.errors import StoreError
from stringeex_desktop.core.service import Service
from stringeex_desktop.core.store.sqlite.db import DB_NAME, ReadConnections, migrate
from stringeex_desktop.core.store.sqlite.errors import store_error
from stringeex_desktop.core.store.migrations import MIGRATIONS
from stringeex_desktop.core.store.sqlite.writer import Writer

BUSY = "the store is busy: another program holds it; try again"


def insert(conn, data=b"x"):
    return conn.execute("INSERT INTO raw_messages (data) VALUES (?)", (data,)).lastrowid


def garbage(data_dir):
    path = data_dir / DB_NAME
    path.write_bytes(b"this is not a database, whatever its name says\n" * 200)
    return path


def cli(data_dir, *args, prefix=()):
    return subprocess.run([*prefix, sys.executable, "-m", "stringeex_desktop", "--data-dir",
                           str(data_dir), *args], capture_output=True, text=True,
                          env=cli_env(), timeout=60)


def one_line_error(proc, expected):
    assert proc.returncode == 1, proc.stderr
    assert proc.stdout == ""
    lines = proc.stderr.splitlines()
    assert len(lines) == 1, proc.stderr
    assert expected in lines[0]
    return lines[0]


@pytest.fixture
def path(tmp_path):
    path = tmp_path / DB_NAME
    migrate(path)
    return path


@pytest.fixture
def holder(path):
    """Another program in the middle of a write."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN EXCLUSIVE")
    yield conn
    if conn.in_transaction:
        conn.execute("ROLLBACK")
    conn.close()


# -- a file that is not a database, or a damaged one ----------------------------------------

def test_opening_a_file_that_is_not_a_database(data_dir):
    path = garbage(data_dir)
    with pytest.raises(StoreError, match=r"is damaged \(file is not a database\): restore a "
                                         "backup") as caught:
        migrate(path)
    assert str(path) in str(caught.value)
    assert isinstance(caught.value.__cause__, sqlite3.DatabaseError)
    with pytest.raises(StoreError, match="is damaged"):
        Service(data_dir)
    with pytest.raises(StoreError, match="is damaged"):
        Writer(path)


def test_opening_a_store_whose_pages_are_overwritten(data_dir):
    path = data_dir / DB_NAME
    migrate(path)
    size = path.stat().st_size
    with open(path, "r+b") as f:
        f.seek(4096)  # page 1 (the header) intact, the schema and tables behind it gone
        f.write(b"\xff" * (size - 4096))
    with pytest.raises(StoreError, match=r"is damaged \(database disk image is malformed\)"):
        Service(data_dir)


@pytest.mark.parametrize("args", [("queue", "list"), ("portal", "show"), ("queue", "add", "Q"),
                                  ("ticket", "list", "--json")])
def test_cli_on_a_garbage_store_prints_one_line_and_exits_1(data_dir, args):
    garbage(data_dir)
    line = one_line_error(cli(data_dir, *args), "is damaged (file is not a database)")
    assert line.startswith("stringeex-desktop: the store at ")


def test_a_missing_folder_for_readers(tmp_path):
    readers = ReadConnections(tmp_path / "gone" / DB_NAME)
    try:
        with pytest.raises(StoreError, match="cannot open the store at .*gone.*folder exists"):
            readers.get()
    finally:
        readers.close()


# -- busy beyond the timeout ------------------------------------------------------------------

def test_a_busy_store_fails_each_job_of_the_batch_and_the_writer_lives_on(path, holder):
    writer = Writer(path, busy_timeout_ms=50)
    try:
        futures = [writer.submit(insert) for _ in range(3)]
        for future in futures:
            with pytest.raises(StoreError) as caught:
                future.result(timeout=30)
            assert str(caught.value) == BUSY
            assert isinstance(caught.value.__cause__, sqlite3.OperationalError)
        holder.execute("ROLLBACK")
        assert writer.submit(insert).result(timeout=30) == 1
    finally:
        writer.close()


def test_migrating_a_busy_store(tmp_path):
    path = tmp_path / DB_NAME
    old = sqlite3.connect(path, isolation_level=None)
    old.executescript(MIGRATIONS[0].sqlite + "PRAGMA user_version = 1; PRAGMA journal_mode = WAL;")
    old.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreError, match=BUSY):
            migrate(path, busy_timeout_ms=50)
    finally:
        old.execute("ROLLBACK")
        old.close()
    assert migrate(path) == len(MIGRATIONS)


# -- a job's own SQLite failure (a full disk: test_writer.py) ----------------------------------------------------

def test_a_failing_statement_fails_its_job_alone(path):
    writer = Writer(path)
    try:
        now = "2026-01-01T00:00:00.000000Z"
        add = "INSERT INTO queues (name, created_at) VALUES ('Support', ?)"
        first = writer.submit(lambda conn: conn.execute(add, (now,)).lastrowid)
        second = writer.submit(lambda conn: conn.execute(add, (now,)).lastrowid)
        assert first.result(timeout=30) == 1
        with pytest.raises(StoreError, match="failed: UNIQUE constraint failed") as caught:
            second.result(timeout=30)
        assert isinstance(caught.value.__cause__, sqlite3.IntegrityError)
    finally:
        writer.close()


# -- read-only file or folder (root ignores permissions unless it drops that power) -------------

def unprivileged() -> tuple[str, ...]:
    if os.geteuid() != 0:
        return ()
    if shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: permissions would not apply")
    return ("setpriv", "--bounding-set=-dac_override,-dac_read_search")


def test_cli_on_a_read_only_store_file(data_dir):
    prefix = unprivileged()
    assert cli(data_dir, "queue", "add", "Support", prefix=prefix).returncode == 0
    store = data_dir / DB_NAME
    store.chmod(0o444)
    try:
        one_line_error(cli(data_dir, "queue", "add", "Sales", prefix=prefix), "is read-only")
        listed = cli(data_dir, "queue", "list", prefix=prefix)
        assert listed.returncode == 0 and "Support" in listed.stdout, listed.stderr
    finally:
        store.chmod(0o644)


def test_cli_on_a_read_only_folder(data_dir):
    prefix = unprivileged()
    assert cli(data_dir, "queue", "add", "Support", prefix=prefix).returncode == 0
    data_dir.chmod(0o555)
    try:
        one_line_error(cli(data_dir, "queue", "add", "Sales", prefix=prefix), "is read-only")
    finally:
        data_dir.chmod(0o755)


# -- the mapping itself ---------------------------------------------------------------------------

@pytest.mark.parametrize("code, expected", [
    (5 | 2 << 8, BUSY),                                   # SQLITE_BUSY_SNAPSHOT
    (6, BUSY),                                            # SQLITE_LOCKED
    (8 | 1 << 8, "is read-only"),                         # SQLITE_READONLY_RECOVERY
    (10 | 3 << 8, "could not be read or written"),        # SQLITE_IOERR_WRITE
    (11, "is damaged"),                                   # SQLITE_CORRUPT
    (13, "is full: free space and try again"),            # SQLITE_FULL
    (14, "cannot open the store"),                        # SQLITE_CANTOPEN
    (1, "failed: boom"),                                  # SQLITE_ERROR
])
def test_error_codes_become_actionable_lines(tmp_path, code, expected):
    exc = sqlite3.OperationalError("boom")
    exc.sqlite_errorcode = code
    error = store_error(exc, tmp_path / DB_NAME)
    assert expected in str(error)
    assert error.__cause__ is exc
    assert "\n" not in str(error)
