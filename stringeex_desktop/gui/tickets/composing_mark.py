"""This agent's "is writing" lease on a ticket: held while the composer is open with text, so
the other desktops on the store can say "Alice is replying" before two answers cross."""

from __future__ import annotations

import asyncio
import logging
from typing import Awaitable

from PySide6.QtCore import QObject, QTimer

from ...core.service import COMPOSING_LEASE, Service

log = logging.getLogger(__name__)

RENEW_MS = int(COMPOSING_LEASE.total_seconds() * 1000) // 2


class ComposingMark(QObject):
    """`hold(ticket_id, mode, writing)` on every change of what the composer shows; it writes
    only when that changes (and renews every RENEW_MS while held), so typing costs nothing."""

    def __init__(self, service: Service, parent: QObject | None = None):
        super().__init__(parent)
        self._service = service
        self._held: tuple[int, str] | None = None
        self.pending: asyncio.Future | None = None
        self._renew = QTimer(self, interval=RENEW_MS)
        self._renew.timeout.connect(self._renew_now)

    @property
    def held(self) -> tuple[int, str] | None:
        return self._held

    def hold(self, ticket_id: int | None, mode: str, writing: bool) -> None:
        wanted = (ticket_id, mode) if writing and ticket_id is not None else None
        if wanted == self._held or self._service.actor is None:
            return
        old, self._held = self._held, wanted
        if old is not None and (wanted is None or wanted[0] != old[0]):
            self._run(self._service.clear_composing(old[0]))
        if wanted is None:
            self._renew.stop()
        else:
            self._renew_now()
            self._renew.start()

    async def release(self) -> None:
        """On quit: the others stop seeing this agent at once, not when the lease runs out."""
        self.hold(None, "", False)
        if self.pending is not None:
            await self.pending

    def _renew_now(self) -> None:
        if self._held is not None:
            self._run(self._service.mark_composing(*self._held))

    def _run(self, work: Awaitable) -> None:
        self.pending = asyncio.ensure_future(self._guarded(work))

    @staticmethod
    async def _guarded(work: Awaitable) -> None:
        """A mark is a courtesy to the others: a refusal (the ticket moved to another queue,
        the store is away) is logged, never put in front of the agent."""
        try:
            await work
        except Exception as exc:
            log.warning("composing mark not written: %s", exc)
