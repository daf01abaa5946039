"""Mail in: one received message into the store — keep, thread, route, queue any auto-reply.

Parsing happens before, off the writer thread (in worker processes under a serving core);
`ingest` runs on the writer thread inside the caller's transaction, so the message, its
ticket and its auto-reply are committed together before the sender hears `250`.
"""

from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from .. import events
from ..errors import StringeexError
from ..mail.compose import build_auto_reply, make_message_id, ticket_from_message_id
from ..mail.loop_rules import auto_reply_recipient, auto_reply_suppressed
from ..mail.parse import ParsedMessage, ParsePool
from ..models import Address, Mailbox, NewAttachment, utcnow
from .context import Context
from .tickets import add_ccs, change_ticket, route

log = logging.getLogger(__name__)

SERIAL_RE = re.compile(r"\[#(\d{6,12})\]")
FORWARD_HEADERS = ("x-forwarded-for", "x-original-to", "delivered-to", "to", "cc")
AUTO_REPLY_WINDOW = timedelta(hours=24)
REOPEN = {"solved", "closed", "pending"}
HEALTH_WRITE_INTERVAL = timedelta(seconds=10)  # last_ok is shown to the minute


@dataclass
class IngestResult:
    ticket_id: int
    message_row_id: int
    created_ticket: bool
    duplicate: bool
    auto_reply_queued: bool = False


class DeliveryService:
    def __init__(self, ctx: Context):
        self.ctx = ctx
        self._health_written: dict[int, datetime] = {}
        self._parse_pool = ParsePool()

    def start_parse_pool(self) -> None:
        """Only the serving core parses in worker processes; one-off commands use a thread."""
        self._parse_pool.start()

    def stop_parse_pool(self) -> None:
        self._parse_pool.close()

    async def parse(self, raw: bytes) -> ParsedMessage:
        """Off the loop (worker processes under a serving core): for callers that ingest in
        their own transaction, like the IMAP sync with its watermark."""
        return await self._parse_pool.parse(raw)

    async def deliver(self, raw: bytes, mailbox_ids: list[int], envelope_from: str | None,
                      source_id: str | None = None) -> IngestResult:
        """Parse off the loop, then store in the writer's next group commit."""
        parsed = await self.parse(raw)

        def write(tx):
            now = utcnow()
            result = ingest(tx, raw=raw, parsed=parsed, mailbox_ids=mailbox_ids,
                            source_id=source_id, envelope_from=envelope_from, now=now)
            last = self._health_written.get(mailbox_ids[0])
            if last is None or now - last > HEALTH_WRITE_INTERVAL:
                tx.mailboxes.set_health(mailbox_ids[0], "ok", ok_at=now)
                self._health_written[mailbox_ids[0]] = now
            return result

        result = await self.ctx.store.write(write)
        if not result.duplicate:
            self.ctx.notify(events.TICKETS, (result.ticket_id,))
            if result.auto_reply_queued:
                self.ctx.notify(events.OUTBOX)
        return result


def content_hash(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def ingest(tx, *, raw: bytes, parsed: ParsedMessage, mailbox_ids: list[int],
           source_id: str | None, envelope_from: str | None, now: datetime) -> IngestResult:
    mailbox = tx.mailboxes.get_mailbox(mailbox_ids[0], include_removed=True)
    digest = content_hash(raw)
    known = (source_id and tx.tickets.find_by_source(mailbox.id, source_id)) or (
        parsed.message_id and tx.tickets.find_by_identity(mailbox.id, parsed.message_id, digest))
    if known:
        return IngestResult(known[1], known[0], created_ticket=False, duplicate=True)

    portal = tx.portal.get_portal()
    domain = portal.domain if portal else ""
    sender = parsed.sender or Address("", envelope_from or "")
    ours = tx.mailboxes.all_addresses()
    ticket_id = _thread(tx, parsed, sender, domain)
    created = ticket_id is None
    if created:
        ticket_id = tx.tickets.create_ticket(
            subject=parsed.subject or "(no subject)", requester=sender, mailbox_id=mailbox.id,
            reply_via=_reply_via(tx, mailbox, parsed),
            queue_id=tx.mailboxes.queue_id_of(mailbox.id), now=now)
    others = [a for a in parsed.to + parsed.cc
              if a.email and a.email.lower() not in ours and not _in_domain(a.email, domain)
              and a.email.lower() != sender.email.lower()]
    if created:
        tx.tickets.add_ccs(ticket_id, others)
    else:
        add_ccs(tx, ticket_id, now, None, others)
    row_id = tx.tickets.add_message(
        ticket_id=ticket_id, mailbox_id=mailbox.id, direction="in", sender=sender,
        to=parsed.to, cc=parsed.cc, subject=parsed.subject, text=parsed.text, html=parsed.html,
        now=now, date=parsed.date, message_id=parsed.message_id, source_id=source_id,
        content_hash=digest, parse_error=parsed.parse_error,
        raw_id=tx.tickets.insert_raw(raw),
        attachments=[NewAttachment(a.filename, a.content_type, a.data, a.content_id, a.inline)
                     for a in parsed.attachments])  # names already made safe by the parser
    automatic = auto_reply_suppressed(parsed, envelope_from, domain, ours)
    if created:
        route(tx, ticket_id, now)
        queued = automatic is None and _queue_auto_reply(tx, mailbox, parsed, ticket_id, domain,
                                                         now)
        return IngestResult(ticket_id, row_id, True, False, queued)
    if automatic is None:
        _reopen(tx, ticket_id, now)
    return IngestResult(ticket_id, row_id, False, False)


def _in_domain(email: str, domain: str) -> bool:
    return bool(domain) and email.lower().rpartition("@")[2] == domain.lower()


def _thread(tx, parsed: ParsedMessage, sender: Address, domain: str) -> int | None:
    """A stored Message-ID, then one of our own ids whose tag verifies, then the serial in
    the subject for the ticket's own participants; None means a new ticket."""
    refs = parsed.references + [m for m in parsed.in_reply_to if m not in parsed.references]
    found = tx.tickets.ticket_for_message_ids(refs)
    if found:
        return found
    key = tx.portal.thread_key() if domain else None
    for mid in reversed(refs):
        ticket_id = ticket_from_message_id(mid, domain, key)
        if ticket_id and tx.tickets.ticket_exists(ticket_id):
            return ticket_id
    for match in SERIAL_RE.finditer(parsed.subject or ""):
        ticket_id = int(match.group(1))
        if (tx.tickets.ticket_exists(ticket_id) and sender.email
                and tx.tickets.is_participant(ticket_id, sender.email)):
            return ticket_id
    return None


def _reply_via(tx, mailbox: Mailbox, parsed: ParsedMessage) -> int | None:
    """The sending mailbox the customer originally wrote to (DESIGN.md section 1)."""
    if mailbox.kind == "gmail":
        return mailbox.id
    if mailbox.kind != "internal":
        return None
    for name in FORWARD_HEADERS:
        if name in ("to", "cc"):
            candidates = [a.email for a in (parsed.to if name == "to" else parsed.cc)]
        else:
            candidates = [addr for value in parsed.headers.get(name, [])
                          for addr in re.findall(r"[^\s<>,;\"]+@[^\s<>,;\"]+", value)]
        for email in candidates:
            found = tx.mailboxes.find_active(email.strip(), ("smtp", "gmail"))
            if found:
                return found.id
    return None


def _reopen(tx, ticket_id: int, now: datetime) -> None:
    """A customer's own answer puts a waiting or finished ticket back in work."""
    state = tx.tickets.ticket_state(ticket_id)
    if state.status not in REOPEN:
        return
    change_ticket(tx, ticket_id, now, None, status="processing")
    keep = (state.assignee_id is not None and state.queue_id is not None
            and tx.people.is_member(state.queue_id, state.assignee_id))
    if not keep:
        route(tx, ticket_id, now)


def _queue_auto_reply(tx, mailbox: Mailbox, parsed: ParsedMessage, ticket_id: int, domain: str,
                      now: datetime) -> bool:
    """Once per new ticket, at most once per sender and mailbox a day; loop rules checked."""
    if mailbox.kind != "internal" or not mailbox.auto_reply.enabled or not mailbox.active:
        return False
    to = auto_reply_recipient(parsed)
    if to is None or not to.email:
        return False
    if tx.mailboxes.recent_auto_reply(mailbox.id, to.email, now - AUTO_REPLY_WINDOW):
        return False
    sender = Address(mailbox.name, mailbox.address)
    message_id = make_message_id(domain, ticket_id, tx.portal.thread_key())
    subject = mailbox.auto_reply.subject
    try:
        data = build_auto_reply(mailbox_address=sender, to=to, subject=subject,
                                body=mailbox.auto_reply.body,
                                original_message_id=parsed.message_id,
                                original_references=parsed.references, message_id=message_id)
    except StringeexError:  # never let an auto-reply stop the ingest of the message itself
        log.warning("auto reply of mailbox %d not built", mailbox.id, exc_info=True)
        return False
    row_id = tx.tickets.add_message(
        ticket_id=ticket_id, mailbox_id=mailbox.id, direction="out", sender=sender,
        to=[to], cc=[], subject=subject, text=mailbox.auto_reply.body, html=None, now=now,
        message_id=message_id)
    tx.outbox.enqueue(kind="auto_reply", ticket_id=ticket_id, message_row_id=row_id,
                      via_mailbox_id=None, envelope_from=mailbox.address,
                      recipients=[to.email], data=data, now=now)
    tx.mailboxes.log_auto_reply(mailbox.id, to.email, now)
    return True
