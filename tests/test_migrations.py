"""Migrations: any number of processes may open one fresh data folder at once."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import threading
import time

import pytest

from conftest import cli_env
from stringeex_desktop.core.errors import StoreError
from stringeex_desktop.core.store.sqlite.db import migrate
from stringeex_desktop.core.store.migrations import MIGRATIONS

# Each child signals "ready" once imported, then waits for "go": all migrate at the same time.
MIGRATE_AT_GO = """
import sys
from pathlib import Path
from stringeex_desktop.core.store.sqlite.db import migrate
print("ready", flush=True)
sys.stdin.readline()
migrate(Path(sys.argv[1]))
"""


def schema(path):
    conn = sqlite3.connect(path)
    try:
        return (conn.execute("PRAGMA user_version").fetchone()[0],
                conn.execute("PRAGMA journal_mode").fetchone()[0],
                conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'portal'"
                             ).fetchone()[0])
    finally:
        conn.close()


def test_eight_processes_migrate_one_fresh_store_at_once(tmp_path):
    for round_ in range(4):
        path = tmp_path / f"round{round_}" / "stringeex.db"
        children = [subprocess.Popen([sys.executable, "-c", MIGRATE_AT_GO, str(path)],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, text=True, env=cli_env())
                    for _ in range(8)]
        for child in children:
            assert child.stdout.readline() == "ready\n", child.stderr.read()
        for child in children:
            child.stdin.write("go\n")
            child.stdin.flush()
        for child in children:
            _, err = child.communicate(timeout=120)
            assert child.returncode == 0, err
        assert schema(path) == (len(MIGRATIONS), "wal", 1)


def test_eight_cli_commands_on_a_fresh_folder_at_once(tmp_path):
    data = tmp_path / "data"

    def cli(*args):
        return subprocess.Popen([sys.executable, "-m", "stringeex_desktop", "--data-dir",
                                 str(data), *args], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True, env=cli_env())

    children = [cli("queue", "add", f"Q{n}") for n in range(8)]
    for child in children:
        _, err = child.communicate(timeout=120)
        assert child.returncode == 0, err
    listed = cli("queue", "list", "--json").communicate(timeout=60)[0]
    assert sorted(q["name"] for q in json.loads(listed)) == [f"Q{n}" for n in range(8)]
    assert schema(data / "stringeex.db") == (len(MIGRATIONS), "wal", 1)


def test_migrate_waits_while_another_process_holds_a_fresh_file(tmp_path):
    """Switching the journal mode answers "locked" at once, without the busy timeout."""
    path = tmp_path / "stringeex.db"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    outcome = []
    thread = threading.Thread(target=lambda: outcome.append(migrate(path)))
    thread.start()
    time.sleep(0.3)  # lets migrate meet the lock; were it late, the test could only pass
    holder.execute("ROLLBACK")
    holder.close()
    thread.join(timeout=60)
    assert outcome == [len(MIGRATIONS)]
    assert schema(path) == (len(MIGRATIONS), "wal", 1)


def test_an_up_to_date_store_opens_while_another_process_writes(tmp_path):
    path = tmp_path / "stringeex.db"
    migrate(path)
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("BEGIN EXCLUSIVE")
    try:
        assert migrate(path, busy_timeout_ms=1) == len(MIGRATIONS)
    finally:
        writer.execute("ROLLBACK")
        writer.close()


def test_a_store_of_a_newer_app_is_refused(tmp_path):
    path = tmp_path / "stringeex.db"
    migrate(path)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    conn.close()
    with pytest.raises(StoreError, match="newer StringeeX Desktop.*update the app"):
        migrate(path)
