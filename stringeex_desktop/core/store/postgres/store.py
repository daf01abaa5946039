"""The team store behind the same boundary as SQLite's (sqlite/store.py).

Services hand `write` a function of a transaction and `read` gives a `Tx`; the repositories
are modules of functions with the SQLite ones' names and signatures, bound to a psycopg
connection here. Writes run on a small thread pool, each in its own SERIALIZABLE transaction
from a connection pool, one writer at a time across all nodes (a session advisory lock) and
retried when PostgreSQL still reports a conflict: the functions were written for SQLite's
single writer, and this keeps that promise (no lost update, no double assignment) with
several nodes writing at once. Reads use one autocommit connection per thread, reconnected
after the server went away.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import functools
import inspect
import json
import logging
import os
import random
import threading
import time
from types import ModuleType
from typing import Any, Callable, Iterator, TypeVar

import psycopg
from psycopg import errors
from psycopg_pool import ConnectionPool, PoolTimeout

from ... import events
from ...errors import StoreError
from . import (activity_repo, canned_repo, draft_repo, mailbox_repo, outbox_repo, people_repo,
               portal_repo, sync_repo, team_repo, ticket_repo)
from .common import rows
from .db import Location, configure, connect, migrate, parse_url
from .errors import store_error
from .nodes import JOB_LOCKS, NODE_LOCKS, WRITE_LOCK, new_node_id

T = TypeVar("T")
log = logging.getLogger(__name__)

WRITERS = 4
RETRIES = 20
EVENTS_CHANNEL = "stringeex_events"
MAX_NOTIFY_IDS = 500
_RETRYABLE = (errors.SerializationFailure, errors.DeadlockDetected)


class Repository:
    """A repository module bound to one connection; psycopg errors leave as StoreError,
    except the conflicts a writer retries."""

    def __init__(self, module: ModuleType, conn: psycopg.Connection, location: Location):
        self._module = module
        self._conn = conn
        self._location = location

    def __getattr__(self, name: str) -> Callable[..., Any]:
        fn = getattr(self._module, name)
        if name.startswith("_") or not inspect.isfunction(fn):
            raise AttributeError(f"{self._module.__name__} has no repository function {name!r}")

        @functools.wraps(fn)
        def bound(*args: Any, **kwargs: Any) -> Any:
            try:
                return fn(self._conn, *args, **kwargs)
            except _RETRYABLE:
                raise
            except psycopg.Error as exc:
                raise store_error(exc, self._location.where, self._location.user) from exc

        return bound


class Tx:
    """One transaction (writes) or one autocommit read connection (reads)."""

    def __init__(self, conn: psycopg.Connection, location: Location):
        self.portal = Repository(portal_repo, conn, location)
        self.people = Repository(people_repo, conn, location)
        self.mailboxes = Repository(mailbox_repo, conn, location)
        self.tickets = Repository(ticket_repo, conn, location)
        self.outbox = Repository(outbox_repo, conn, location)
        self.sync = Repository(sync_repo, conn, location)
        self.canned = Repository(canned_repo, conn, location)
        self.drafts = Repository(draft_repo, conn, location)
        self.activity = Repository(activity_repo, conn, location)
        self.team = Repository(team_repo, conn, location)


class Store:
    def __init__(self, url: str, *, password: str | None = None, create: bool = False):
        """`password` is the last resort: one in `url`, then PGPASSWORD, win over it."""
        self.location = parse_url(url)
        if self.location.has_password or os.environ.get("PGPASSWORD"):
            password = None
        self._password = password
        conn = connect(self.location, password)
        try:
            migrate(conn, self.location, create=create)
        finally:
            conn.close()
        self.node = new_node_id()
        self._alive: psycopg.Connection | None = None
        self._alive_lock = threading.Lock()
        self._keep_alive()
        self._pool = ConnectionPool(
            self.location.url, min_size=1, max_size=WRITERS, open=False,
            kwargs=dict(autocommit=True, row_factory=rows,
                        application_name="stringeex-desktop",
                        **({"password": password} if password else {})),
            configure=functools.partial(configure, node=self.node),
            check=ConnectionPool.check_connection, name="stringeex-writers")
        try:
            self._pool.open(wait=True, timeout=30)
        except PoolTimeout as exc:
            raise StoreError(f"cannot reach the team store at {self.location.where}") from exc
        self._writers = concurrent.futures.ThreadPoolExecutor(
            WRITERS, thread_name_prefix="stringeex-pg-writer")
        self._local = threading.local()
        self._readers: list[psycopg.Connection] = []
        self._lock = threading.Lock()
        self._listener: psycopg.Connection | None = None
        self._own_pids: set[int] = set()

    def close(self) -> None:
        self._writers.shutdown(wait=True)
        self._pool.close()
        with self._lock:
            for conn in self._readers + ([self._listener] if self._listener else []):
                conn.close()
            self._readers.clear()
            self._listener = None
        with self._alive_lock:
            if self._alive is not None:
                self._alive.close()
                self._alive = None

    def _keep_alive(self, *, probe: bool = False) -> None:
        """Hold this node's lock (nodes.py), again on a new session after losing the old one.

        A session the server dropped (a restart) looks fine until used: `probe` asks it, so
        the lock is back within a change poll and no other node takes this one's work.
        """
        with self._alive_lock:
            if self._alive is not None and not self._alive.closed and not self._alive.broken:
                if not probe:
                    return
                try:
                    self._alive.execute("SELECT 1")
                    return
                except psycopg.Error:
                    self._alive.close()
            conn = connect(self.location, self._password, node=self.node)
            try:
                conn.execute("SELECT pg_advisory_lock(%s, %s)", (NODE_LOCKS, self.node))
            except psycopg.Error as exc:
                conn.close()
                raise store_error(exc, self.location.where, self.location.user) from exc
            self._alive = conn

    # -- reads ----------------------------------------------------------------------------

    def read(self) -> Tx:
        """This thread's read connection, made anew when the last one broke."""
        conn = getattr(self._local, "conn", None)
        if conn is None or conn.closed or conn.broken:
            conn = connect(self.location, self._password, node=self.node)
            self._local.conn = conn
            with self._lock:
                self._readers.append(conn)
                self._readers = [c for c in self._readers if not c.closed]
        return Tx(conn, self.location)

    # -- writes ---------------------------------------------------------------------------

    async def write(self, fn: Callable[[Tx], T]) -> T:
        """Run `fn(tx)` in one serializable transaction; its result once committed."""
        return await asyncio.wrap_future(self.write_soon(fn))

    def write_soon(self, fn: Callable[[Tx], T]) -> concurrent.futures.Future:
        return self._writers.submit(self._run, fn)

    def _run(self, fn: Callable[[Tx], T]) -> T:
        """One writer at a time across the team, then a serializable transaction.

        The write lock (a session advisory lock, taken before the transaction so its
        snapshot is fresh) queues writers as SQLite's single writer does: under load they
        wait their turn instead of failing each other's serializable transactions again and
        again. A conflict with work outside it (a migration, `store migrate`) is still
        caught by SERIALIZABLE and retried, so `fn` may run more than once.
        """
        for attempt in range(RETRIES):
            try:
                self._keep_alive()
                with self._pool.connection() as conn:
                    self._own_pids.add(conn.info.backend_pid)
                    conn.execute("SELECT pg_advisory_lock(%s, 0)", (WRITE_LOCK,))
                    try:
                        with conn.transaction():
                            conn.execute("SET TRANSACTION ISOLATION LEVEL SERIALIZABLE")
                            result = fn(Tx(conn, self.location))
                    finally:
                        if not conn.broken:
                            conn.execute("SELECT pg_advisory_unlock(%s, 0)", (WRITE_LOCK,))
                    return result
            except _RETRYABLE as exc:
                if attempt == RETRIES - 1:
                    raise store_error(exc, self.location.where, self.location.user) from exc
                time.sleep(random.uniform(0, 0.005 * 2 ** min(attempt, 6)))
            except PoolTimeout as exc:
                raise StoreError(f"cannot reach the team store at {self.location.where}: no "
                                 "connection within 30 s") from exc
            except psycopg.Error as exc:
                raise store_error(exc, self.location.where, self.location.user) from exc
        raise AssertionError("unreachable")

    def hold(self, job: str, key: int) -> Held | None:
        """`job` for `key` (a mailbox's sync) for this node alone, or None while another
        node has it. Held by a session of its own: when this node dies, PostgreSQL frees it
        at once and another node's next try gets it."""
        conn = connect(self.location, self._password, node=self.node)
        try:
            if conn.execute("SELECT pg_try_advisory_lock(%s, %s)",
                            (JOB_LOCKS[job], key)).fetchone()[0]:
                return Held(conn)
        except psycopg.Error as exc:
            conn.close()
            raise store_error(exc, self.location.where, self.location.user) from exc
        conn.close()
        return None

    @contextlib.contextmanager
    def bulk_transaction(self) -> Iterator[psycopg.Connection]:
        """One plain transaction on a pooled connection, for core/store's own bulk work
        (store migrate); never handed outside core/store."""
        with self._pool.connection() as conn, conn.transaction():
            yield conn

    # -- other processes ------------------------------------------------------------------

    def publish(self, kind: str, ids: tuple[int, ...]) -> None:
        """Tell every other node what changed (LISTEN/NOTIFY), after the write committed.

        Sent from a writer thread, never blocking the caller; a long list of ids becomes
        "re-read everything" to stay within NOTIFY's 8000-byte payload.
        """
        ids = list(ids)
        payload = json.dumps({"k": kind, "i": ids if len(ids) <= MAX_NOTIFY_IDS else None})
        self._writers.submit(self._notify, payload)

    def _notify(self, payload: str) -> None:
        try:
            with self._pool.connection() as conn:
                self._own_pids.add(conn.info.backend_pid)
                conn.execute("SELECT pg_notify(%s, %s)", (EVENTS_CHANNEL, payload))
        except (psycopg.Error, PoolTimeout):
            log.warning("could not tell other nodes of a change", exc_info=True)

    async def changes_elsewhere(self) -> list[tuple[str, tuple[int, ...]]]:
        """What other nodes changed since the last call, as (event kind, ids); STORE
        ("re-read everything") when they did not say, or when a lost connection may have
        dropped some news."""
        return await asyncio.to_thread(self._drain_notifications)

    def _drain_notifications(self) -> list[tuple[str, tuple[int, ...]]]:
        self._keep_alive(probe=True)
        with self._lock:
            try:
                if self._listener is None or self._listener.closed or self._listener.broken:
                    first = self._listener is None
                    self._listener = connect(self.location, self._password, node=self.node)
                    self._listener.execute(f"LISTEN {EVENTS_CHANNEL}")
                    if not first:
                        return [(events.STORE, ())]
                return [change for n in self._listener.notifies(timeout=0)
                        if n.pid not in self._own_pids and (change := _change(n.payload))]
            except psycopg.Error as exc:
                raise store_error(exc, self.location.where, self.location.user) from exc


class Held:
    """A job lock (`Store.hold`); `release` gives it back by ending its session."""

    def __init__(self, conn: psycopg.Connection):
        self._conn = conn

    def release(self) -> None:
        self._conn.close()


def _change(payload: str) -> tuple[str, tuple[int, ...]] | None:
    """A notification's (kind, ids); None for what no node of ours sends."""
    try:
        data = json.loads(payload)
        kind, ids = str(data["k"]), data["i"]
        return (events.STORE, ()) if ids is None else (kind, tuple(int(i) for i in ids))
    except (ValueError, KeyError, TypeError):
        return None
