"""Mail out: the outbox rows, and the serving core's worker that sends them.

Rows are sent with retries and backoff and never dropped silently (DESIGN.md section 4,
invariant 5); each send through a mailbox updates that mailbox's health.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from datetime import timedelta

from .. import events
from ..errors import (ConnectionTestError, DeliveryError, NeedsReauthError, NotFoundError,
                      SecretStoreError, StoreError, StringeexError, ValidationError)
from ..mail import smtp_send
from ..mail.compose import with_sender
from ..models import Address, OutboxItem, SmtpSettings, utcnow
from .context import Context
from .gmail import GmailService, gmail_smtp_settings
from .mailboxes import MailboxService
from .portal import PortalService

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 8
MAX_DELAY = timedelta(hours=1)
HOLD_DELAY = timedelta(seconds=60)
SENT_FLUSH = 50  # rows marked sent per writer job
RECORD_TRIES = 30  # a server took the rows: keep saying so while the store is away (~2 min)
NO_RELAY = "No outgoing relay is set: add one in Settings → Portal (or `portal set --relay-host`)."


class HeldError(Exception):
    """Not an attempt: sending cannot start until a person fixes the setup."""


@dataclass(frozen=True)
class _Route:
    settings: SmtpSettings
    mailbox_id: int | None
    gmail: bool = False


class OutboxService:
    def __init__(self, ctx: Context, portal: PortalService, mailboxes: MailboxService,
                 gmail: GmailService):
        self.ctx = ctx
        self.portal = portal
        self.mailboxes = mailboxes
        self.gmail = gmail

    def outbox(self) -> list[OutboxItem]:
        return self.ctx.store.read().outbox.list_items()

    def outbox_item(self, item_id: int) -> OutboxItem:
        return self.ctx.store.read().outbox.get_item(item_id)

    def outbox_counts(self) -> dict[str, int]:
        """{"queued": n, "sending": n, "failed": n}"""
        return self.ctx.store.read().outbox.counts()

    def outbox_reasons(self) -> list[tuple[str, str | None, int]]:
        """(queued|failed, the reason, rows): why mail waits, most rows first.

        Rows not tried yet have no reason of their own, but one bound for a missing relay
        will wait for it: say so before the first attempt does.
        """
        tx = self.ctx.store.read()
        portal = tx.portal.get_portal()
        no_relay = portal is None or not portal.relay.host
        grouped: dict[tuple[str, str | None], int] = {}
        for state, reason, relay, rows in tx.outbox.waiting_reasons():
            if reason is None and relay and no_relay:
                reason = NO_RELAY
            grouped[state, reason] = grouped.get((state, reason), 0) + rows
        return sorted(((state, reason, rows) for (state, reason), rows in grouped.items()),
                      key=lambda group: -group[2])

    async def retry_outbox(self, item_id: int, via: int | str | None = None) -> OutboxItem:
        """Send a failed row again; `via` re-routes a reply through another sending mailbox."""
        item = self.outbox_item(item_id)
        data = mailbox = None
        if via is not None:
            if item.kind != "reply":
                raise ValidationError("Only a reply can leave through another address; "
                                      "auto-replies use the portal's relay.", field="via")
            mailbox = self.mailboxes.sending_mailbox(via)
            data = with_sender(await asyncio.to_thread(
                lambda: self.ctx.store.read().outbox.item_data(item_id)),
                Address(mailbox.name, mailbox.address))

        def write(tx):
            now = utcnow()
            if mailbox is not None:
                tx.outbox.reroute(item_id, mailbox.id, mailbox.address, data, now)
                if item.message_row_id is not None:
                    tx.tickets.set_message_sender(item.message_row_id, mailbox.id,
                                                  Address(mailbox.name, mailbox.address))
                if item.ticket_id is not None:
                    tx.tickets.update_ticket(item.ticket_id, reply_via=mailbox.id)
            tx.outbox.requeue(item_id, now)
            return tx.outbox.get_item(item_id)

        item = await self.ctx.store.write(write)
        self.ctx.notify(events.OUTBOX, (item_id,))
        if item.ticket_id:
            self.ctx.notify(events.TICKETS, (item.ticket_id,))
        return item

    def worker(self, *, base_delay: float = 30.0, timeout: float = 60.0) -> OutboxWorker:
        return OutboxWorker(self, base_delay=base_delay, timeout=timeout)


class OutboxWorker:
    def __init__(self, outbox: OutboxService, *, base_delay: float = 30.0,
                 timeout: float = 60.0):
        self.outbox = outbox
        self.ctx = outbox.ctx
        self.base_delay = timedelta(seconds=base_delay)
        self.timeout = timeout
        self._wake = asyncio.Event()

    def wake(self) -> None:
        self._wake.set()

    async def run(self) -> None:
        store = self.ctx.store
        lost_track = True  # rows a previous run (or a failed pass) left `sending`
        while True:
            self._wake.clear()
            try:
                if lost_track:
                    recovered = await store.write(lambda tx: tx.outbox.recover_sending(utcnow()))
                    lost_track = False
                    if recovered:
                        log.warning("requeued %d outbox rows left sending", recovered)
                items = await store.write(lambda tx: tx.outbox.claim_due(utcnow()))
                if items:
                    await self.send_batch(items)
                    continue
                due = await store.write(lambda tx: tx.outbox.next_due())
            except Exception:  # a store hiccup (disk full, busy) must not end the worker
                log.exception("outbox pass failed; trying again")
                lost_track = True  # a claim whose commit went unanswered; nothing in flight
                due = None
            wait = 1.0 if due is None else max(0.0, min(1.0, (due - utcnow()).total_seconds()))
            try:
                await asyncio.wait_for(self._wake.wait(), wait)
            except TimeoutError:
                pass

    async def drain(self, item_ids: set[int]) -> dict[int, str]:
        """Send until the given rows are sent, failed or held (`ticket reply --wait`
        without a core); returns what became of each."""
        store = self.ctx.store
        await store.write(lambda tx: tx.outbox.recover_sending(utcnow()))
        while True:
            items = [self.outbox.outbox_item(i) for i in item_ids]
            if all(i.state in ("sent", "failed") for i in items):
                return {i.id: i.state for i in items}
            outcomes = await self.send_batch(
                await store.write(lambda tx: tx.outbox.claim_due(utcnow())))
            if any(outcomes.get(i) == "held" for i in item_ids):
                return {i: outcomes.get(i, "queued") for i in item_ids}
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
        self.ctx.notify(events.OUTBOX, [item.id for item in items])
        tickets = {item.ticket_id for item in items if item.ticket_id}
        if tickets:
            self.ctx.notify(events.TICKETS, sorted(tickets))
        return outcomes

    async def _send_group(self, items: list[OutboxItem], outcomes: dict[int, str],
                          pending: list[asyncio.Future]) -> None:
        try:
            route = self._route(items[0])
            password = None
            if route.gmail:
                await self._access_token(route)  # a lost grant holds the group at once
            else:
                password = await asyncio.to_thread(self._password, route.settings,
                                                   route.mailbox_id)
        except Exception as exc:
            for item in items:
                outcomes[item.id] = await self._record_failure(item, exc)
            return
        mailbox_id = route.mailbox_id
        session: smtp_send.SmtpSession | None = None
        datas = await asyncio.to_thread(
            lambda: self.ctx.store.read().outbox.items_data([item.id for item in items]))
        sent: list[tuple[int, str, str | None]] = []
        last_error: str | None = None
        reauth = False
        held: Exception | None = None  # no use trying the group's other rows

        def flush() -> None:
            # One writer job for many rows: the writer and the loop then rarely contend. A
            # crash before the commit sends those rows again, with the same Message-ID.
            if sent:
                pending.append(asyncio.ensure_future(self._record_sent(list(sent))))
                sent.clear()

        try:
            for item in items:
                if held is not None:
                    outcomes[item.id] = await self._record_failure(item, held)
                    continue
                try:
                    if session is None:
                        session = await self._open(route, password)
                    result = await session.send(item.envelope_from, item.recipients,
                                                datas.pop(item.id))
                except Exception as exc:
                    refused = isinstance(exc, DeliveryError) and exc.permanent
                    if session is not None and not refused:  # a refusal leaves it usable
                        session.abort()
                        session = None
                    outcomes[item.id] = await self._record_failure(item, exc)
                    last_error = str(exc) or type(exc).__name__
                    reauth = isinstance(exc, NeedsReauthError)
                    if isinstance(exc, (HeldError, NeedsReauthError)):
                        held = exc
                else:
                    sent.append((item.id, result.server_reply, _refused_note(result.refused)))
                    outcomes[item.id] = "sent"
                    last_error = None
                    reauth = False
                    if len(sent) >= SENT_FLUSH:
                        flush()
        finally:
            flush()
            if session is not None:
                await session.close()
            if mailbox_id is not None:
                await self._record_health(mailbox_id, last_error, reauth)

    async def _record_sent(self, rows: list[tuple[int, str, str | None]]) -> None:
        """Mark rows the server accepted as sent, retrying while the store is unreachable (a
        team store's restart): given up, they stay `sending` and go again after a restart."""
        store = self.ctx.store
        delay = 0.2
        for attempt in range(RECORD_TRIES):
            try:
                await asyncio.wrap_future(store.write_soon(
                    lambda tx: tx.outbox.mark_sent_many(rows, utcnow())))
                return
            except StoreError:
                if attempt == RECORD_TRIES - 1:
                    raise
                log.warning("could not record %d sent rows yet; trying again", len(rows))
                await asyncio.sleep(delay)
                delay = min(delay * 2, 5.0)

    async def _open(self, route: _Route, password: str | None) -> smtp_send.SmtpSession:
        """Gmail gets a fresh access token per connection; a refused one is refreshed once,
        since Google may revoke a token before its expiry."""
        token = await self._access_token(route) if route.gmail else None
        session = smtp_send.SmtpSession(route.settings, password=password, oauth_token=token,
                                        timeout=self.timeout)
        try:
            await session.open()
        except ConnectionTestError as exc:
            if not route.gmail or exc.step != smtp_send.STEP_AUTH:
                raise
            token = await self._access_token(route, refresh=True)
            session = smtp_send.SmtpSession(route.settings, oauth_token=token,
                                            timeout=self.timeout)
            await session.open()
        return session

    async def _access_token(self, route: _Route, *, refresh: bool = False) -> str:
        try:
            return await self.outbox.gmail.access_token(route.mailbox_id, refresh=refresh)
        except SecretStoreError as exc:
            raise HeldError(str(exc)) from None

    async def _record_health(self, mailbox_id: int, error: str | None,
                             reauth: bool = False) -> None:
        """The mailbox shows how its last send went (DESIGN.md section 4, invariant 4)."""
        now = utcnow()
        state = "needs_reauth" if reauth else "error" if error else "ok"
        await self.ctx.store.write(lambda tx: tx.mailboxes.set_health(
            mailbox_id, state, ok_at=None if error else now, error=error))
        self.ctx.notify(events.MAILBOXES, (mailbox_id,))

    async def _record_failure(self, item: OutboxItem, exc: Exception) -> str:
        store = self.ctx.store
        now = utcnow()
        if isinstance(exc, (HeldError, NeedsReauthError)):
            await store.write(lambda tx: tx.outbox.mark_retry(
                item.id, str(exc), now + HOLD_DELAY, now, count_attempt=False))
            return "held"
        if not isinstance(exc, (StringeexError, OSError, TimeoutError)):
            log.error("unexpected failure sending outbox item %d", item.id, exc_info=exc)
        reason = str(exc) or type(exc).__name__
        if _permanent(exc) or item.attempts + 1 >= MAX_ATTEMPTS:
            await store.write(lambda tx: tx.outbox.mark_failed(
                item.id, reason, now, getattr(exc, "server_reply", None) or None))
            return "failed"
        delay = min(self.base_delay * (2 ** item.attempts), MAX_DELAY)
        await store.write(lambda tx: tx.outbox.mark_retry(item.id, reason, now + delay, now))
        return "retry"

    def _route(self, item: OutboxItem) -> _Route:
        """Auto-replies leave through the portal relay; replies through their sending mailbox
        (a Gmail one through Gmail's SMTP with XOAUTH2).

        A reply whose mailbox was removed or deactivated fails at once: waiting cannot fix
        it, and Retry lets the agent pick another address.
        """
        tx = self.ctx.store.read()
        if item.via_mailbox_id is None:
            portal = tx.portal.get_portal()
            if portal is None or not portal.relay.host:
                raise HeldError(NO_RELAY)
            relay = portal.relay
            return _Route(SmtpSettings(relay.host, relay.port, relay.security, relay.username),
                          None)
        try:
            mailbox = tx.mailboxes.get_mailbox(item.via_mailbox_id)
        except NotFoundError:
            raise DeliveryError(f"The sending mailbox {item.envelope_from} was removed: "
                                "Retry and pick another address.", permanent=True) from None
        if not mailbox.active:
            raise DeliveryError(f"The sending mailbox {mailbox.address} is inactive: activate "
                                "it, or Retry and pick another address.", permanent=True)
        if mailbox.kind == "gmail":
            return _Route(gmail_smtp_settings(mailbox.address), mailbox.id, gmail=True)
        if mailbox.smtp is None:
            raise DeliveryError(f"{mailbox.address} cannot send mail.", permanent=True)
        return _Route(mailbox.smtp, mailbox.id)

    def _password(self, settings: SmtpSettings, mailbox_id: int | None) -> str | None:
        if not settings.username:
            return None
        try:
            password = (self.outbox.portal.relay_password() if mailbox_id is None
                        else self.outbox.mailboxes.mailbox_password(mailbox_id))
        except SecretStoreError as exc:
            raise HeldError(str(exc)) from None
        if password is None:
            raise HeldError(f"No password is stored for {settings.username}; enter it again.")
        return password


def _refused_note(refused: dict[str, str]) -> str | None:
    """Sent, but not to everyone: the refused addresses with the server's reasons."""
    if not refused:
        return None
    return "Not delivered to " + "; ".join(f"<{addr}>: {reply}" for addr, reply in refused.items())


def _permanent(exc: Exception) -> bool:
    if isinstance(exc, DeliveryError):
        return exc.permanent
    if isinstance(exc, ConnectionTestError):
        return smtp_send.is_permanent_step(exc.step)
    return isinstance(exc, StringeexError)  # a setting that retrying cannot fix
