"""Opening the SQLite store: pragmas, versioned migrations, per-thread read connections."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import sqlite_utils

from ..errors import StringeexError
from .migrations import MIGRATIONS

DB_NAME = "stringeex.db"
BUSY_TIMEOUT_MS = 15000


def connect(path: Path, *, readonly: bool = False) -> sqlite3.Connection:
    """A connection in autocommit mode so transactions are explicit (BEGIN IMMEDIATE)."""
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False,
                           timeout=BUSY_TIMEOUT_MS / 1000)
    conn.row_factory = sqlite3.Row
    conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys=ON")
    if readonly:
        conn.execute("PRAGMA query_only=1")
    else:
        conn.execute("PRAGMA synchronous=FULL")
    return conn


def migrate(path: Path) -> int:
    """Bring the schema to the newest version; each step runs in its own transaction."""
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = connect(path)
    try:
        db = sqlite_utils.Database(conn)
        db.enable_wal()
        if db.journal_mode != "wal":
            raise StringeexError(
                f"The store at {path} cannot use write-ahead logging ({db.journal_mode}).")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > len(MIGRATIONS):
            raise StringeexError(
                f"The store at {path} was written by a newer StringeeX Desktop "
                f"(schema {version}); update the app.")
        for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
            conn.execute("BEGIN IMMEDIATE")
            try:
                for statement in _split(script):
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version={number}")
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
        return len(MIGRATIONS)
    finally:
        conn.close()


def _split(script: str) -> list[str]:
    """Split on `;` at statement ends, keeping trigger bodies (BEGIN ... END;) whole."""
    statements, current = [], []
    for line in script.splitlines():
        current.append(line)
        text = "\n".join(current).strip()
        if text.endswith(";") and sqlite3.complete_statement(text):
            statements.append(text)
            current = []
    rest = "\n".join(current).strip()
    if rest:
        statements.append(rest)
    return statements


class ReadConnections:
    """One read-only connection per thread: views page synchronously without blocking the writer."""

    def __init__(self, path: Path):
        self._path = path
        self._local = threading.local()
        self._all: list[sqlite3.Connection] = []
        self._lock = threading.Lock()

    def get(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = connect(self._path, readonly=True)
            self._local.conn = conn
            with self._lock:
                self._all.append(conn)
        return conn

    def close(self) -> None:
        with self._lock:
            for conn in self._all:
                conn.close()
            self._all.clear()
        self._local = threading.local()
