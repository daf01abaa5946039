"""One received message into the store: keep, parse, thread, route, queue any auto-reply.

Runs on the writer thread inside the caller's transaction; parsing happens before, off it.
"""

from __future__ import annotations

import hashlib
import logging
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta

from ..errors import StringeexError
from ..models import Address, Mailbox
from ..routing import dispatch
from ..store import mailbox_repo, outbox_repo, people_repo, portal_repo, ticket_repo
from ..store.common import ts
from .compose import build_auto_reply, make_message_id, ticket_from_message_id
from .loop_rules import auto_reply_recipient, auto_reply_suppressed
from .parse import ParsedMessage

log = logging.getLogger(__name__)

SERIAL_RE = re.compile(r"\[#(\d{6,12})\]")
FORWARD_HEADERS = ("x-forwarded-for", "x-original-to", "delivered-to", "to", "cc")
AUTO_REPLY_WINDOW = timedelta(hours=24)
REOPEN = {"solved", "closed", "pending"}


@dataclass
class IngestResult:
    ticket_id: int
    message_row_id: int
    created_ticket: bool
    duplicate: bool
    auto_reply_queued: bool = False


def content_hash(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def ingest(conn: sqlite3.Connection, *, raw: bytes, parsed: ParsedMessage, mailbox_ids: list[int],
           source_id: str | None, envelope_from: str | None, now: datetime) -> IngestResult:
    mailbox = mailbox_repo.get_mailbox(conn, mailbox_ids[0], include_removed=True)
    digest = content_hash(raw)
    known = (source_id and ticket_repo.find_by_source(conn, mailbox.id, source_id)) or (
        parsed.message_id and ticket_repo.find_by_identity(conn, mailbox.id, parsed.message_id,
                                                           digest))
    if known:
        return IngestResult(known[1], known[0], created_ticket=False, duplicate=True)

    portal = portal_repo.get_portal(conn)
    domain = portal.domain if portal else ""
    sender = parsed.sender or Address("", envelope_from or "")
    ours = mailbox_repo.all_addresses(conn)
    ticket_id = _thread(conn, parsed, sender, domain)
    created = ticket_id is None
    if created:
        ticket_id = ticket_repo.create_ticket(
            conn, subject=parsed.subject or "(no subject)", requester=sender,
            mailbox_id=mailbox.id, reply_via=_reply_via(conn, mailbox, parsed),
            queue_id=mailbox_repo.queue_id_of(conn, mailbox.id), now=now)
    others = [a for a in parsed.to + parsed.cc
              if a.email and a.email.lower() not in ours and not _in_domain(a.email, domain)
              and a.email.lower() != sender.email.lower()]
    ticket_repo.add_ccs(conn, ticket_id, others)
    row_id = ticket_repo.add_message(
        conn, ticket_id=ticket_id, mailbox_id=mailbox.id, direction="in", sender=sender,
        to=parsed.to, cc=parsed.cc, subject=parsed.subject, text=parsed.text, html=parsed.html,
        now=now, date=parsed.date, message_id=parsed.message_id, source_id=source_id,
        content_hash=digest, parse_error=parsed.parse_error,
        raw_id=ticket_repo.insert_raw(conn, raw),
        attachments=[ticket_repo.NewAttachment(a.filename, a.content_type, a.data, a.content_id,
                                               a.inline)
                     for a in parsed.attachments])  # names already made safe by the parser
    if created:
        dispatch.route(conn, ticket_id, now)
        queued = _queue_auto_reply(conn, mailbox, parsed, envelope_from, ticket_id, domain, ours,
                                   now)
        return IngestResult(ticket_id, row_id, True, False, queued)
    _reopen(conn, ticket_id, now)
    return IngestResult(ticket_id, row_id, False, False)


def _in_domain(email: str, domain: str) -> bool:
    return bool(domain) and email.lower().rpartition("@")[2] == domain.lower()


def _thread(conn: sqlite3.Connection, parsed: ParsedMessage, sender: Address, domain: str
            ) -> int | None:
    refs = parsed.references + [m for m in parsed.in_reply_to if m not in parsed.references]
    found = ticket_repo.ticket_for_message_ids(conn, refs)
    if found:
        return found
    for mid in reversed(refs):
        ticket_id = ticket_from_message_id(mid, domain) if domain else None
        if ticket_id and ticket_repo.ticket_exists(conn, ticket_id):
            return ticket_id
    for match in SERIAL_RE.finditer(parsed.subject or ""):
        ticket_id = int(match.group(1))
        if (ticket_repo.ticket_exists(conn, ticket_id) and sender.email
                and ticket_repo.is_participant(conn, ticket_id, sender.email)):
            return ticket_id
    return None


def _reply_via(conn: sqlite3.Connection, mailbox: Mailbox, parsed: ParsedMessage) -> int | None:
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
            found = mailbox_repo.find_active(conn, email.strip(), ("smtp", "gmail"))
            if found:
                return found.id
    return None


def _reopen(conn: sqlite3.Connection, ticket_id: int, now: datetime) -> None:
    """Customer mail on a waiting or finished ticket puts it back in work."""
    state = ticket_repo.ticket_state(conn, ticket_id)
    if state.status not in REOPEN:
        return
    ticket_repo.update_ticket(conn, ticket_id, status="processing", updated_at=ts(now))
    keep = (state.assignee_id is not None and state.queue_id is not None
            and people_repo.is_member(conn, state.queue_id, state.assignee_id))
    if not keep:
        dispatch.route(conn, ticket_id, now)


def _queue_auto_reply(conn: sqlite3.Connection, mailbox: Mailbox, parsed: ParsedMessage,
                      envelope_from: str | None, ticket_id: int, domain: str, ours: set[str],
                      now: datetime) -> bool:
    if mailbox.kind != "internal" or not mailbox.auto_reply.enabled or not mailbox.active:
        return False
    if auto_reply_suppressed(parsed, envelope_from, domain, ours):
        return False
    to = auto_reply_recipient(parsed)
    if to is None or not to.email:
        return False
    if mailbox_repo.recent_auto_reply(conn, mailbox.id, to.email, now - AUTO_REPLY_WINDOW):
        return False
    sender = Address(mailbox.name, mailbox.address)
    message_id = make_message_id(domain, ticket_id)
    subject = mailbox.auto_reply.subject
    try:
        data = build_auto_reply(mailbox_address=sender, to=to, subject=subject,
                                body=mailbox.auto_reply.body,
                                original_message_id=parsed.message_id,
                                original_references=parsed.references, message_id=message_id)
    except StringeexError:  # never let an auto-reply stop the ingest of the message itself
        log.warning("auto reply of mailbox %d not built", mailbox.id, exc_info=True)
        return False
    row_id = ticket_repo.add_message(
        conn, ticket_id=ticket_id, mailbox_id=mailbox.id, direction="out", sender=sender,
        to=[to], cc=[], subject=subject, text=mailbox.auto_reply.body, html=None, now=now,
        message_id=message_id)
    outbox_repo.enqueue(conn, kind="auto_reply", ticket_id=ticket_id, message_row_id=row_id,
                        via_mailbox_id=None, envelope_from=mailbox.address,
                        recipients=[to.email], data=data, now=now)
    mailbox_repo.log_auto_reply(conn, mailbox.id, to.email, now)
    return True
