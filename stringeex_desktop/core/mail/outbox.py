"""The serving core's outbox worker: sends queued rows, retries with backoff, never drops one."""

from __future__ import annotations

import asyncio
import logging
from datetime import timedelta
from typing import TYPE_CHECKING

from .. import events
from ..errors import (ConnectionTestError, DeliveryError, NotFoundError, SecretStoreError,
                      StringeexError)
from ..models import OutboxItem, SmtpSettings, utcnow
from ..store import mailbox_repo, outbox_repo, portal_repo
from . import smtp_send

if TYPE_CHECKING:
    from ..service import Service

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 8
MAX_DELAY = timedelta(hours=1)
HOLD_DELAY = timedelta(seconds=60)
SENT_FLUSH = 50  # rows marked sent per writer job
NO_RELAY = "No outgoing relay is set: add one in Settings → Portal (or `portal set --relay-host`)."


class HeldError(Exception):
    """Not an attempt: sending cannot start until a person fixes the setup."""


class OutboxWorker:
    def __init__(self, service: Service, *, base_delay: float = 30.0, timeout: float = 60.0):
        self.service = service
        self.base_delay = timedelta(seconds=base_delay)
        self.timeout = timeout
        self._wake = asyncio.Event()

    def wake(self) -> None:
        self._wake.set()

    async def run(self) -> None:
        writer = self.service.writer
        recovered = await writer.run(outbox_repo.recover_sending, utcnow())
        if recovered:
            log.warning("requeued %d outbox rows left sending by a previous run", recovered)
        while True:
            self._wake.clear()
            try:
                items = await writer.run(outbox_repo.claim_due, utcnow())
                if items:
                    await self.send_batch(items)
                    continue
                due = await writer.run(outbox_repo.next_due)
            except Exception:  # a store hiccup (disk full, busy) must not end the worker
                log.exception("outbox pass failed; trying again")
                due = None
            wait = 1.0 if due is None else max(0.0, min(1.0, (due - utcnow()).total_seconds()))
            try:
                await asyncio.wait_for(self._wake.wait(), wait)
            except TimeoutError:
                pass

    async def drain(self, item_ids: set[int]) -> None:
        """Send until the given rows are sent or failed (`ticket reply --wait` without a core)."""
        writer = self.service.writer
        await writer.run(outbox_repo.recover_sending, utcnow())
        while True:
            items = [await writer.run(outbox_repo.get_item, i) for i in item_ids]
            if all(i.state in ("sent", "failed") for i in items):
                return
            outcomes = await self.send_batch(await writer.run(outbox_repo.claim_due, utcnow()))
            if any(outcomes.get(i) == "held" for i in item_ids):
                return
            await asyncio.sleep(0.2)

    async def send_batch(self, items: list[OutboxItem]) -> dict[int, str]:
        """Rows leaving through the same server share one connection.

        Returns what became of each row: sent, retry, failed, or held (waits for a person).
        """
        routes: dict[int | None, list[OutboxItem]] = {}
        for item in items:
            routes.setdefault(item.via_mailbox_id, []).append(item)
        outcomes: dict[int, str] = {}
        pending: list[asyncio.Future] = []
        for group in routes.values():
            await self._send_group(group, outcomes, pending)
        await asyncio.gather(*pending)
        self.service.notify(events.OUTBOX, [item.id for item in items])
        tickets = {item.ticket_id for item in items if item.ticket_id}
        if tickets:
            self.service.notify(events.TICKETS, sorted(tickets))
        return outcomes

    async def _send_group(self, items: list[OutboxItem], outcomes: dict[int, str],
                          pending: list[asyncio.Future]) -> None:
        writer = self.service.writer
        try:
            settings, mailbox_id = await writer.run(self._route, items[0])
            password = await asyncio.to_thread(self._password, settings, mailbox_id)
        except Exception as exc:
            for item in items:
                outcomes[item.id] = await self._record_failure(item, exc)
            return
        session: smtp_send.SmtpSession | None = None
        datas = await asyncio.to_thread(self._data, [item.id for item in items])
        sent: list[tuple[int, str]] = []

        def flush() -> None:
            # One writer job for many rows: the writer and the loop then rarely contend. A
            # crash before the commit sends those rows again, with the same Message-ID.
            if sent:
                pending.append(asyncio.wrap_future(writer.submit(
                    outbox_repo.mark_sent_many, list(sent), utcnow())))
                sent.clear()

        try:
            for item in items:
                try:
                    if session is None:
                        session = smtp_send.SmtpSession(settings, password=password,
                                                        timeout=self.timeout)
                        await session.open()
                    result = await session.send(item.envelope_from, item.recipients,
                                                datas.pop(item.id))
                except Exception as exc:
                    refused = isinstance(exc, DeliveryError) and exc.permanent
                    if session is not None and not refused:  # a refusal leaves it usable
                        session.abort()
                        session = None
                    outcomes[item.id] = await self._record_failure(item, exc)
                else:
                    sent.append((item.id, result.server_reply))
                    outcomes[item.id] = "sent"
                    if len(sent) >= SENT_FLUSH:
                        flush()
        finally:
            flush()
            if session is not None:
                await session.close()

    def _data(self, item_ids: list[int]) -> dict[int, bytes]:
        return outbox_repo.items_data(self.service.readers.get(), item_ids)

    async def _record_failure(self, item: OutboxItem, exc: Exception) -> str:
        writer = self.service.writer
        if isinstance(exc, HeldError):
            await writer.run(outbox_repo.mark_retry, item.id, str(exc), utcnow() + HOLD_DELAY,
                             utcnow(), count_attempt=False)
            return "held"
        if not isinstance(exc, (StringeexError, OSError, TimeoutError)):
            log.error("unexpected failure sending outbox item %d", item.id, exc_info=exc)
        reason = str(exc) or type(exc).__name__
        if _permanent(exc) or item.attempts + 1 >= MAX_ATTEMPTS:
            await writer.run(outbox_repo.mark_failed, item.id, reason, utcnow(),
                             getattr(exc, "server_reply", None) or None)
            return "failed"
        delay = min(self.base_delay * (2 ** item.attempts), MAX_DELAY)
        await writer.run(outbox_repo.mark_retry, item.id, reason, utcnow() + delay, utcnow())
        return "retry"

    def _route(self, conn, item: OutboxItem) -> tuple[SmtpSettings, int | None]:
        """Auto-replies leave through the portal relay; replies through their sending mailbox."""
        if item.via_mailbox_id is None:
            portal = portal_repo.get_portal(conn)
            if portal is None or not portal.relay.host:
                raise HeldError(NO_RELAY)
            relay = portal.relay
            return SmtpSettings(relay.host, relay.port, relay.security, relay.username), None
        try:
            mailbox = mailbox_repo.get_mailbox(conn, item.via_mailbox_id, include_removed=True)
        except NotFoundError:
            raise DeliveryError("The sending mailbox was removed.", permanent=True) from None
        if mailbox.smtp is None:
            raise DeliveryError(f"{mailbox.address} cannot send mail.", permanent=True)
        return mailbox.smtp, mailbox.id

    def _password(self, settings: SmtpSettings, mailbox_id: int | None) -> str | None:
        if not settings.username:
            return None
        try:
            password = (self.service.relay_password() if mailbox_id is None
                        else self.service.mailbox_password(mailbox_id))
        except SecretStoreError as exc:
            raise HeldError(str(exc)) from None
        if password is None:
            raise HeldError(f"No password is stored for {settings.username}; enter it again.")
        return password


def _permanent(exc: Exception) -> bool:
    if isinstance(exc, DeliveryError):
        return exc.permanent
    if isinstance(exc, ConnectionTestError):
        return smtp_send.is_permanent_step(exc.step)
    return isinstance(exc, StringeexError)  # a setting that retrying cannot fix
