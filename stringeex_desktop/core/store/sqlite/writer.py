"""The one writer thread: every write runs here, concurrent jobs share one durable commit."""

from __future__ import annotations

import asyncio
import concurrent.futures
import functools
import logging
import queue
import sqlite3
import threading
from pathlib import Path
from typing import Any, Callable

from .db import BUSY_TIMEOUT_MS, connect
from .errors import store_error

log = logging.getLogger(__name__)

MAX_BATCH = 128
_STOP = object()


class Writer:
    """Runs `fn(conn, *args)` jobs on one thread.

    Jobs waiting together run in one transaction, each inside its own savepoint, so one
    failing job rolls back alone while the batch still pays for a single fsync. A job's
    sqlite3 failure, or the whole batch's, reaches its caller as a StoreError.
    """

    def __init__(self, path: Path, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS):
        self._path = path
        self._busy_timeout_ms = busy_timeout_ms
        self._jobs: queue.SimpleQueue = queue.SimpleQueue()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, name="stringeex-writer", daemon=True)
        self._thread.start()
        self._ready.wait()
        if self._error is not None:
            raise self._error

    def submit(self, fn: Callable[..., Any], *args: Any, **kwargs: Any
               ) -> concurrent.futures.Future:
        future: concurrent.futures.Future = concurrent.futures.Future()
        self._jobs.put((functools.partial(fn, **kwargs) if kwargs else fn, args, future, True))
        return future

    async def run(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        return await asyncio.wrap_future(self.submit(fn, *args, **kwargs))

    async def peek(self, fn: Callable[..., Any]) -> Any:
        """Run `fn(conn)` on the writer's connection outside any transaction (no lock taken)."""
        future: concurrent.futures.Future = concurrent.futures.Future()
        self._jobs.put((fn, (), future, False))
        return await asyncio.wrap_future(future)

    def close(self) -> None:
        if self._thread.is_alive():
            self._jobs.put(_STOP)
            self._thread.join()

    def _run(self) -> None:
        self._error = None
        try:
            conn = connect(self._path, busy_timeout_ms=self._busy_timeout_ms)
        except Exception as exc:  # reported to the constructor
            self._error = exc
            self._ready.set()
            return
        self._ready.set()
        try:
            while True:
                first = self._jobs.get()
                if first is _STOP:
                    return
                batch = [first]
                stop = False
                while len(batch) < MAX_BATCH:
                    try:
                        job = self._jobs.get_nowait()
                    except queue.Empty:
                        break
                    if job is _STOP:
                        stop = True
                        break
                    batch.append(job)
                # A job whose caller gave up before it started is dropped, not run.
                batch = [job for job in batch if job[2].set_running_or_notify_cancel()]
                for fn, args, future, _ in [job for job in batch if not job[3]]:
                    try:
                        future.set_result(fn(conn, *args))
                    except Exception as exc:
                        future.set_exception(self._reported(exc))
                batch = [job for job in batch if job[3]]
                if batch:
                    self._run_batch(conn, batch)
                if stop:
                    return
        finally:
            conn.close()

    def _run_batch(self, conn: sqlite3.Connection, batch: list) -> None:
        try:
            outcomes = self._execute(conn, batch)
        except Exception as exc:  # the whole transaction is gone: acknowledge nothing
            if conn.in_transaction:
                try:
                    conn.execute("ROLLBACK")
                except sqlite3.Error:
                    log.exception("rollback failed")
            outcomes = [(False, exc)] * len(batch)
        for (_fn, _args, future, _), (ok, value) in zip(batch, outcomes, strict=True):
            if ok:
                future.set_result(value)
            else:
                future.set_exception(self._reported(value))

    def _reported(self, exc: Exception) -> Exception:
        """What the caller sees: StoreError for SQLite's failures, a job's own errors as raised."""
        return store_error(exc, self._path) if isinstance(exc, sqlite3.Error) else exc

    @staticmethod
    def _execute(conn: sqlite3.Connection, batch: list) -> list[tuple[bool, Any]]:
        """Each job in a savepoint; raises when SQLite dropped the whole transaction."""
        outcomes: list[tuple[bool, Any]] = []
        conn.execute("BEGIN IMMEDIATE")
        for index, (fn, args, _future, _) in enumerate(batch):
            name = f"job{index}"
            conn.execute(f"SAVEPOINT {name}")
            try:
                result = fn(conn, *args)
            except Exception as exc:
                if not conn.in_transaction:  # disk full, I/O error: SQLite rolled back all
                    raise
                conn.execute(f"ROLLBACK TO {name}")
                conn.execute(f"RELEASE {name}")
                outcomes.append((False, exc))
            else:
                conn.execute(f"RELEASE {name}")
                outcomes.append((True, result))
        conn.execute("COMMIT")
        return outcomes
