"""`parse_message` in worker processes that die with their parent.

The serving core is GIL-bound: parsing in other processes leaves it a CPU for SMTP and
SQLite. A `spawn` worker waits on its call queue forever, so a parent killed with SIGKILL
(or a crashed app) would leave its workers behind; each worker therefore watches its parent.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from .message import ParsedMessage, parse_message

log = logging.getLogger(__name__)


def _exit_with_parent() -> None:
    """Worker initializer: a daemon thread that ends the worker once the parent is gone.

    It waits on multiprocessing's own parent sentinel, set up by every `spawn` start: on
    Linux and macOS the read end of a pipe whose write end only the parent holds (EOF when
    the parent dies, whatever killed it), on Windows a handle to the parent process (signalled
    when it exits). Unlike polling the parent's pid this needs no timer, works where
    `getppid()` never changes (Windows) and cannot be fooled by a reused pid.
    """
    parent = multiprocessing.parent_process()

    def watch() -> None:
        parent.join()
        os._exit(1)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


class ParsePool:
    """Parses in worker processes once started; in a thread before that, or if they died.

    Only the serving core starts it; one-off commands parse in a thread.
    """

    def __init__(self) -> None:
        self._executor: ProcessPoolExecutor | None = None

    def start(self) -> None:
        if self._executor is None:
            workers = max(1, min(2, (os.cpu_count() or 2) - 1))
            self._executor = ProcessPoolExecutor(
                workers, mp_context=multiprocessing.get_context("spawn"),
                initializer=_exit_with_parent)

    async def parse(self, raw: bytes) -> ParsedMessage:
        executor = self._executor
        if executor is not None:
            try:
                return await asyncio.get_running_loop().run_in_executor(
                    executor, parse_message, raw)
            except BrokenProcessPool:
                log.error("the parser process died; parsing in a thread from now on")
                executor.shutdown(wait=False)
                self._executor = None
        return await asyncio.to_thread(parse_message, raw)

    def close(self) -> None:
        """Waits for the workers to finish what they took and exit."""
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None
