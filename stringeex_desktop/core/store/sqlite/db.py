"""Opening the SQLite store: pragmas, versioned migrations, per-thread read connections."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import sqlite_utils

from ...errors import StoreError
from .errors import store_error
from ..migrations import MIGRATIONS
from .search import SEARCH_TEXT_SQL, search_text

DB_NAME = "stringeex.db"
BUSY_TIMEOUT_MS = 15000


def connect(path: Path, *, readonly: bool = False, busy_timeout_ms: int = BUSY_TIMEOUT_MS
            ) -> sqlite3.Connection:
    """A connection in autocommit mode so transactions are explicit (BEGIN IMMEDIATE).

    Every connection carries the search folding function, which the index triggers call.
    """
    conn = None
    try:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False,
                               timeout=busy_timeout_ms / 1000)
        conn.row_factory = sqlite3.Row
        conn.create_function(SEARCH_TEXT_SQL, 1, search_text, deterministic=True)
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA query_only=1" if readonly else "PRAGMA synchronous=FULL")
    except sqlite3.Error as exc:
        if conn is not None:
            conn.close()
        raise store_error(exc, path) from exc
    return conn


def migrate(path: Path, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> int:
    """Bring the schema to the newest version; any number of processes may do it at once."""
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = connect(path, busy_timeout_ms=busy_timeout_ms)
    try:
        _use_wal(conn, path, busy_timeout_ms)
        while _version(conn, path) < len(MIGRATIONS):  # up to date (the usual case): no lock
            _migrate_next(conn, path)
        return len(MIGRATIONS)
    except sqlite3.Error as exc:
        raise store_error(exc, path) from exc
    finally:
        conn.close()


def _use_wal(conn: sqlite3.Connection, path: Path, busy_timeout_ms: int) -> None:
    """Switch to write-ahead logging, waiting out other processes that switch at the same time.

    Changing the journal mode needs the file to itself; while another connection holds it,
    SQLite may answer busy at once, without waiting for the busy timeout.
    """
    db = sqlite_utils.Database(conn)
    deadline = time.monotonic() + busy_timeout_ms / 1000
    while True:
        try:
            db.enable_wal()
            mode = db.journal_mode
            break
        except sqlite3.OperationalError as exc:
            if exc.sqlite_errorcode & 0xFF != sqlite3.SQLITE_BUSY or time.monotonic() > deadline:
                raise
        time.sleep(0.01)
    if mode.lower() != "wal":
        raise StoreError(f"the store at {path} cannot use write-ahead logging ({mode}): "
                         "keep it on a local disk")


def _version(conn: sqlite3.Connection, path: Path) -> int:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > len(MIGRATIONS):
        raise StoreError(f"the store at {path} was written by a newer StringeeX Desktop "
                         f"(schema {version}): update the app")
    return version


def _migrate_next(conn: sqlite3.Connection, path: Path) -> None:
    """Apply the next step unless another process has done so since the version was read.

    The decision is taken under the write lock: a version read before it may be stale by the
    time the lock is ours.
    """
    conn.execute("BEGIN IMMEDIATE")
    try:
        version = _version(conn, path)
        if version < len(MIGRATIONS):
            for statement in _split(MIGRATIONS[version].sqlite):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version={version + 1}")
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


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

    def __init__(self, path: Path, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS):
        self._path = path
        self._busy_timeout_ms = busy_timeout_ms
        self._local = threading.local()
        self._all: list[sqlite3.Connection] = []
        self._lock = threading.Lock()

    def get(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = connect(self._path, readonly=True, busy_timeout_ms=self._busy_timeout_ms)
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
