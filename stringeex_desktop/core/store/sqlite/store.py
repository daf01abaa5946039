"""The store boundary: services hand it functions of a transaction and get models back.

Nothing outside `core/store` sees a connection or a row. A transaction (`Tx`) names one
repository per domain; each repository is a module of functions whose first argument is
the connection, and `Tx` binds that argument. A second backend (PostgreSQL) supplies
modules with the same functions (docs/architecture.md).
"""

from __future__ import annotations

import concurrent.futures
import functools
import inspect
import sqlite3
from pathlib import Path
from types import ModuleType
from typing import Any, Callable, TypeVar

from ... import events
from . import (activity_repo, canned_repo, draft_repo, mailbox_repo, outbox_repo, people_repo,
               portal_repo, sync_repo, ticket_repo)
from .db import DB_NAME, ReadConnections, migrate
from .errors import store_error
from .writer import Writer

T = TypeVar("T")


class Repository:
    """A repository module bound to one connection; sqlite3 errors leave as StoreError."""

    def __init__(self, module: ModuleType, conn: sqlite3.Connection, path: Path):
        self._module = module
        self._conn = conn
        self._path = path

    def __getattr__(self, name: str) -> Callable[..., Any]:
        fn = getattr(self._module, name)
        if name.startswith("_") or not inspect.isfunction(fn):
            raise AttributeError(f"{self._module.__name__} has no repository function {name!r}")

        @functools.wraps(fn)
        def bound(*args: Any, **kwargs: Any) -> Any:
            try:
                return fn(self._conn, *args, **kwargs)
            except sqlite3.Error as exc:
                raise store_error(exc, self._path) from exc

        return bound


class Tx:
    """One transaction (writes) or one consistent read connection (reads)."""

    def __init__(self, conn: sqlite3.Connection, path: Path):
        self.portal = Repository(portal_repo, conn, path)
        self.people = Repository(people_repo, conn, path)
        self.mailboxes = Repository(mailbox_repo, conn, path)
        self.tickets = Repository(ticket_repo, conn, path)
        self.outbox = Repository(outbox_repo, conn, path)
        self.sync = Repository(sync_repo, conn, path)
        self.canned = Repository(canned_repo, conn, path)
        self.drafts = Repository(draft_repo, conn, path)
        self.activity = Repository(activity_repo, conn, path)


class Store:
    """SQLite: one writer thread with group commit, read-only connections per thread (WAL)."""

    def __init__(self, data_dir: Path):
        self.path = Path(data_dir) / DB_NAME
        migrate(self.path)
        self._readers = ReadConnections(self.path)
        self._writer = Writer(self.path)
        self._data_version: int | None = None

    def close(self) -> None:
        self._writer.close()
        self._readers.close()

    def read(self) -> Tx:
        """This thread's read connection: cheap enough for a view's page fetch."""
        try:
            conn = self._readers.get()
        except sqlite3.Error as exc:
            raise store_error(exc, self.path) from exc
        return Tx(conn, self.path)

    async def write(self, fn: Callable[[Tx], T]) -> T:
        """Run `fn(tx)` in the writer's next group commit; its result once durable."""
        return await self._writer.run(self._bind(fn))

    def write_soon(self, fn: Callable[[Tx], T]) -> concurrent.futures.Future:
        """Like `write`, without waiting: callers that batch their own acknowledgements."""
        return self._writer.submit(self._bind(fn))

    def _bind(self, fn: Callable[[Tx], T]) -> Callable[[sqlite3.Connection], T]:
        return lambda conn: fn(Tx(conn, self.path))

    def publish(self, kind: str, ids: tuple[int, ...]) -> None:
        """Nothing to send: other processes on this file notice commits by `data_version`."""

    async def changes_elsewhere(self) -> list[tuple[str, tuple[int, ...]]]:
        """[(STORE, ())] when another process committed since the last call, else [].

        Read on the writer's own connection, whose data_version ignores this process's
        writes (those announce themselves with their own events). SQLite cannot say what
        changed, so views re-read what they show.
        """
        version = await self._writer.peek(
            lambda conn: conn.execute("PRAGMA data_version").fetchone()[0])
        changed = self._data_version is not None and version != self._data_version
        self._data_version = version
        return [(events.STORE, ())] if changed else []

    def hold(self, job: str, key: int) -> "Held":
        """Always granted: one core per data folder (its lock file) already makes this
        process the only one doing the work of this store."""
        return Held()


class Held:
    """A job held for as long as this process runs; nothing to give back."""

    def release(self) -> None:
        return None

