"""The writer thread: group commit, per-job rollback, and surviving a full disk."""

from __future__ import annotations

import sqlite3
from concurrent.futures import wait

import pytest

from stringeex_desktop.core.errors import StoreError
from stringeex_desktop.core.store.sqlite.db import migrate
from stringeex_desktop.core.store.sqlite.writer import Writer


@pytest.fixture
def writer(tmp_path):
    path = tmp_path / "w.db"
    migrate(path)
    w = Writer(path)
    yield w
    w.close()


def insert(conn, data):
    return conn.execute("INSERT INTO raw_messages (data) VALUES (?)", (data,)).lastrowid


def fail(conn):
    insert(conn, b"rolled back")
    raise ValueError("job failed")


def count(conn):
    return conn.execute("SELECT count(*) FROM raw_messages").fetchone()[0]


def test_a_failing_job_rolls_back_alone(writer):
    futures = [writer.submit(insert, b"a"), writer.submit(fail), writer.submit(insert, b"b")]
    wait(futures)
    assert futures[0].result() and futures[2].result()
    with pytest.raises(ValueError):
        futures[1].result()
    assert writer.submit(count).result() == 2


def test_full_disk_fails_the_batch_and_the_writer_lives_on(writer):
    pages = writer.submit(lambda c: c.execute("PRAGMA page_count").fetchone()[0]).result()

    def fill(conn):
        conn.execute(f"PRAGMA max_page_count = {pages + 5}")
        insert(conn, b"x" * 1_000_000)

    with pytest.raises(StoreError, match="is full: free space and try again"):
        writer.submit(fill).result(timeout=10)
    writer.submit(lambda c: c.execute("PRAGMA max_page_count = 1073741823")).result(timeout=10)
    assert writer.submit(insert, b"after").result(timeout=10)
    assert writer.submit(count).result(timeout=10) == 1


def test_a_job_cancelled_before_it_ran_is_skipped_and_the_writer_lives_on(writer):
    import threading
    gate = threading.Event()
    blocker = writer.submit(lambda conn: gate.wait(10))
    doomed = writer.submit(insert, b"never")
    assert doomed.cancel()
    gate.set()
    blocker.result(timeout=10)
    assert writer.submit(insert, b"kept").result(timeout=10)
    assert writer.submit(count).result(timeout=10) == 1


def test_peek_sees_other_connections_commits_but_not_its_own(writer, tmp_path):
    import asyncio

    def version():
        return asyncio.run(writer.peek(lambda c: c.execute("PRAGMA data_version").fetchone()[0]))

    before = version()
    writer.submit(insert, b"own write").result(timeout=10)
    assert version() == before
    other = sqlite3.connect(tmp_path / "w.db")
    other.execute("INSERT INTO raw_messages (data) VALUES (x'00')")
    other.commit()
    other.close()
    assert version() != before
