"""The running core of one data folder: inbound listener, outbox worker, Gmail sync, change
watcher."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import ssl

from . import events
from .mail.inbound import InboundListener, parse_hostport
from .service import Service
from .services.sync import TokenProvider

__all__ = ["Core", "parse_hostport"]

log = logging.getLogger(__name__)

POLL_INTERVAL = 0.25


class Core:
    """Exactly one per data folder (the lock); the GUI or `serve` owns it."""

    def __init__(self, service: Service, *, retry_base_delay: float = 30.0,
                 token_provider: TokenProvider | None = None, sync_options: dict | None = None):
        self.service = service
        # aiosmtpd logs addresses at INFO and message lines at DEBUG: never message content.
        logging.getLogger("mail.log").setLevel(logging.WARNING)
        self.outbox = service.outbox_worker(base_delay=retry_base_delay)
        self.sync = service.gmail_sync(token_provider, **(sync_options or {}))
        self.listener: InboundListener | None = None
        self.bound: dict[str, tuple[str, int]] = {}
        self._tasks: list[asyncio.Task] = []
        self._unsubscribe = None
        self._domain_cache: str | None = None

    async def start(self, *, smtp: tuple[str, int] | None = ("127.0.0.1", 2525),
                    lmtp: tuple[str, int] | None = None, tls_cert: str | None = None,
                    tls_key: str | None = None) -> dict[str, tuple[str, int]]:
        self.service.lock.acquire()
        try:
            tls = None
            if tls_cert:
                tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
                tls.load_cert_chain(tls_cert, tls_key)
            self.listener = InboundListener(
                resolve=self._resolve, deliver=self._deliver,
                domain_getter=self._domain,
                tls_context=tls)
            if smtp:
                self.bound["smtp"] = await self.listener.start_smtp(*smtp)
            if lmtp:
                self.bound["lmtp"] = await self.listener.start_lmtp(*lmtp)
        except BaseException:
            await self._stop_listener()
            self.service.lock.release()
            raise
        self.service.start_parse_pool()
        self._unsubscribe = self.service.bus.subscribe(self._on_event)
        self._tasks = [asyncio.create_task(self.outbox.run(), name="outbox"),
                       asyncio.create_task(self._watch(), name="watch")]
        for task in self._tasks:
            task.add_done_callback(self._task_ended)
        self.sync.reconcile()
        self.service.notify(events.CORE, detail="started")
        return self.bound

    def _task_ended(self, task: asyncio.Task) -> None:
        """A background task must never end on its own; if one does, say so loudly."""
        if task.cancelled():
            return
        error = task.exception()
        log.error("core task %s ended: %r", task.get_name(), error)
        self.service.notify(events.CORE, detail=f"The {task.get_name()} task stopped: {error}. "
                                                "Restart the app.")

    async def stop(self) -> None:
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        self._tasks = []
        if self._unsubscribe:
            self._unsubscribe()
        await self.sync.stop()  # after the events that start syncs are no longer heard
        await self._stop_listener()
        await asyncio.to_thread(self.service.stop_parse_pool)
        self.service.lock.release()
        self.service.notify(events.CORE, detail="stopped")

    async def _stop_listener(self) -> None:
        if self.listener is not None:
            await self.listener.stop()
            self.listener = None

    def _domain(self) -> str:
        if self._domain_cache is None:
            portal = self.service.portal()
            self._domain_cache = portal.domain if portal else ""
        return self._domain_cache

    async def _resolve(self, address: str) -> int | None:
        return self.service.resolve_recipient(address, self._domain())

    async def _deliver(self, raw: bytes, mailbox_ids: list[int], envelope_from: str,
                       recipients: list[str]) -> None:
        await self.service.deliver(raw, mailbox_ids, envelope_from)

    def _on_event(self, event: events.Event) -> None:
        if event.kind in (events.STORE, events.PORTAL):
            self._domain_cache = None
        if event.kind in (events.OUTBOX, events.STORE, events.PORTAL):
            self.outbox.wake()
        if event.kind in (events.MAILBOXES, events.STORE):
            self.sync.reconcile()

    async def _watch(self) -> None:
        """Notice mailboxes, presence and outbox rows written by other processes."""
        while True:
            try:
                await self.service.poll_changes()
            except Exception:
                log.exception("change poll failed")
            await asyncio.sleep(POLL_INTERVAL)
