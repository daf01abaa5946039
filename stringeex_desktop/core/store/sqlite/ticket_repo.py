"""Tickets, their messages and attachments, and the full-text index over them."""

from __future__ import annotations

import json
import re
import sqlite3
from datetime import datetime
from typing import Iterator

from ...errors import NotFoundError, ValidationError
from ...models import (Address, AttachmentInfo, Message, NewAttachment, Ticket, TicketEvent,
                      TicketFilter, TicketState, format_serial, utcnow)
from .common import addresses_from_json, addresses_to_json, parse_ts, ts
from .search import exact_query, match_query


_TICKET_SELECT = """
SELECT t.*, q.name AS queue_name, a.email AS assignee_email,
       (SELECT json_group_array(json_array(c.name, c.email)) FROM ticket_ccs c
         WHERE c.ticket_id = t.id) AS ccs_json
FROM tickets t
LEFT JOIN queues q ON q.id = t.queue_id
LEFT JOIN agents a ON a.id = t.assignee_id
"""


def _ticket(row: sqlite3.Row) -> Ticket:
    return Ticket(
        id=row["id"], subject=row["subject"],
        requester=Address(row["requester_name"], row["requester_email"]),
        mailbox_id=row["mailbox_id"], reply_via=row["reply_via"], queue=row["queue_name"],
        assignee=row["assignee_email"], status=row["status"], priority=row["priority"],
        type=row["type"], ccs=addresses_from_json(row["ccs_json"]),
        created_at=parse_ts(row["created_at"]), updated_at=parse_ts(row["updated_at"]),
        message_count=row["message_count"])


_MATCHING_TICKETS = ("t.id IN (SELECT m.ticket_id FROM messages m WHERE m.id IN "
                     "(SELECT rowid FROM messages_fts WHERE messages_fts MATCH ?))")


def _where(flt: TicketFilter) -> tuple[str, list]:
    clauses, params = [], []
    if flt.queue:
        clauses.append("q.name = ? COLLATE NOCASE")
        params.append(flt.queue)
    if flt.status:
        clauses.append("t.status = ?")
        params.append(flt.status)
    if flt.assignee:
        if flt.assignee.lower() == "none":
            clauses.append("t.assignee_id IS NULL")
        else:
            clauses.append("a.email = ? COLLATE NOCASE")
            params.append(flt.assignee)
    if flt.search and flt.search.strip():
        serial = re.fullmatch(r"\s*#?(\d{1,12})\s*", flt.search)
        query = match_query(flt.search)
        parts = []
        if query:
            parts.append(_MATCHING_TICKETS)
            params.append(query)
            parts.append("t.requester_email LIKE ? ESCAPE '\\'")
            params.append("%" + re.sub(r"([%_\\])", r"\\\1", flt.search.strip()) + "%")
        if serial:
            parts.append("t.id = ?")
            params.append(int(serial.group(1)))
        clauses.append("(" + (" OR ".join(parts) or "0") + ")")
    return ("WHERE " + " AND ".join(clauses)) if clauses else "", params


def list_tickets(conn: sqlite3.Connection, flt: TicketFilter, offset: int, limit: int
                 ) -> list[Ticket]:
    return list(iter_tickets(conn, flt, offset, limit))


def _order(flt: TicketFilter) -> tuple[str, list]:
    """Newest first; for a search typed with accents, tickets holding that exact form first."""
    exact = exact_query(flt.search) if flt.search else None
    if exact is None:
        return "t.updated_at DESC, t.id DESC", []
    return f"{_MATCHING_TICKETS} DESC, t.updated_at DESC, t.id DESC", [exact]


def iter_tickets(conn: sqlite3.Connection, flt: TicketFilter, offset: int, limit: int
                 ) -> Iterator[Ticket]:
    where, params = _where(flt)
    order, order_params = _order(flt)
    cur = conn.execute(f"{_TICKET_SELECT} {where} ORDER BY {order} LIMIT ? OFFSET ?",
                       (*params, *order_params, limit, offset))
    for row in cur:
        yield _ticket(row)


def count_tickets(conn: sqlite3.Connection, flt: TicketFilter) -> int:
    where, params = _where(flt)
    return conn.execute("SELECT count(*) FROM tickets t LEFT JOIN queues q ON q.id = t.queue_id "
                        f"LEFT JOIN agents a ON a.id = t.assignee_id {where}", params
                        ).fetchone()[0]


def tickets_by_ids(conn: sqlite3.Connection, ids: list[int], flt: TicketFilter
                   ) -> list[Ticket]:
    """Those of `ids` that exist and match `flt`: a view re-reads just the rows an event names."""
    where, params = _where(flt)
    named = "t.id IN (SELECT value FROM json_each(?))"
    where = f"{where} AND {named}" if where else f"WHERE {named}"
    return [_ticket(row) for row in conn.execute(f"{_TICKET_SELECT} {where}",
                                                 (*params, json.dumps(ids)))]


def get_ticket(conn: sqlite3.Connection, ticket_id: int, *, with_messages: bool = False
               ) -> Ticket:
    row = conn.execute(f"{_TICKET_SELECT} WHERE t.id = ?", (ticket_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"Ticket {format_serial(ticket_id)} does not exist.")
    ticket = _ticket(row)
    if with_messages:
        ticket.messages = ticket_messages(conn, ticket_id)
        ticket.events = ticket_events(conn, ticket_id)
    return ticket


def ticket_state(conn: sqlite3.Connection, ticket_id: int) -> TicketState:
    row = conn.execute("SELECT id, queue_id, assignee_id, status, mailbox_id, reply_via, "
                       "requester_email, priority, type FROM tickets WHERE id = ?",
                       (ticket_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"Ticket {format_serial(ticket_id)} does not exist.")
    return TicketState(*row)


def ticket_messages(conn: sqlite3.Connection, ticket_id: int) -> list[Message]:
    attachments: dict[int, list[AttachmentInfo]] = {}
    for r in conn.execute("SELECT a.message_id, a.filename, a.content_type, a.size, a.id, "
                          "a.content_id, a.inline FROM attachments a "
                          "JOIN messages m ON m.id = a.message_id "
                          "WHERE m.ticket_id = ? ORDER BY a.id", (ticket_id,)):
        attachments.setdefault(r[0], []).append(
            AttachmentInfo(r[1], r[2], r[3], r[4], r[5], bool(r[6])))
    rows = conn.execute(
        """SELECT m.*, o.id AS outbox_id, o.state AS delivery, o.last_error AS delivery_error,
                  o.server_reply AS delivery_reply
           FROM messages m LEFT JOIN outbox o ON o.message_row_id = m.id
           WHERE m.ticket_id = ? ORDER BY m.id""", (ticket_id,))
    out = []
    for r in rows:
        delivery = r["delivery"]
        out.append(Message(
            id=r["id"], ticket_id=r["ticket_id"], direction=r["direction"],
            message_id=r["message_id"], sender=Address(r["from_name"], r["from_email"]),
            to=addresses_from_json(r["to_json"]), cc=addresses_from_json(r["cc_json"]),
            subject=r["subject"], date=parse_ts(r["date"]), text=r["text"], html=r["html"],
            attachments=attachments.get(r["id"], []), parse_error=r["parse_error"],
            delivery="queued" if delivery == "sending" else delivery,
            delivery_error=r["delivery_error"], outbox_id=r["outbox_id"],
            delivery_reply=r["delivery_reply"], received_at=parse_ts(r["created_at"])))
    return out


def attachment_data(conn: sqlite3.Connection, message_row_id: int, content_id: str
                    ) -> tuple[str, bytes] | None:
    row = conn.execute("SELECT content_type, data FROM attachments WHERE message_id = ? "
                       "AND content_id = ?", (message_row_id, content_id)).fetchone()
    return (row[0], row[1]) if row else None


def attachment(conn: sqlite3.Connection, attachment_id: int) -> tuple[AttachmentInfo, bytes]:
    row = conn.execute("SELECT filename, content_type, size, id, content_id, inline, data "
                       "FROM attachments WHERE id = ?", (attachment_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"Attachment {attachment_id} does not exist.")
    return AttachmentInfo(row[0], row[1], row[2], row[3], row[4], bool(row[5])), row[6]


def raw_message(conn: sqlite3.Connection, message_row_id: int) -> bytes | None:
    row = conn.execute("SELECT r.data FROM messages m JOIN raw_messages r ON r.id = m.raw_id "
                       "WHERE m.id = ?", (message_row_id,)).fetchone()
    return row[0] if row else None


def find_by_source(conn: sqlite3.Connection, mailbox_id: int, source_id: str
                   ) -> tuple[int, int] | None:
    row = conn.execute("SELECT id, ticket_id FROM messages WHERE mailbox_id = ? AND source_id = ?",
                       (mailbox_id, source_id)).fetchone()
    return (row[0], row[1]) if row else None


def find_by_identity(conn: sqlite3.Connection, mailbox_id: int, message_id: str,
                     content_hash: str) -> tuple[int, int] | None:
    row = conn.execute("SELECT id, ticket_id FROM messages WHERE mailbox_id = ? AND "
                       "message_id = ? AND content_hash = ?",
                       (mailbox_id, message_id, content_hash)).fetchone()
    return (row[0], row[1]) if row else None


def ticket_for_message_ids(conn: sqlite3.Connection, message_ids: list[str]) -> int | None:
    """The ticket of the latest referenced message we know (References are oldest first)."""
    for mid in reversed(message_ids):
        row = conn.execute("SELECT ticket_id FROM messages WHERE message_id = ? "
                           "ORDER BY id DESC LIMIT 1", (mid,)).fetchone()
        if row:
            return row[0]
    return None


def ticket_exists(conn: sqlite3.Connection, ticket_id: int) -> bool:
    return conn.execute("SELECT 1 FROM tickets WHERE id = ?", (ticket_id,)).fetchone() is not None


def is_participant(conn: sqlite3.Connection, ticket_id: int, email: str) -> bool:
    """Requester, a Cc of the ticket, or the sender of one of its messages."""
    email = email.strip()
    return conn.execute(
        """SELECT 1 FROM tickets WHERE id = :t AND requester_email = :e COLLATE NOCASE
           UNION ALL SELECT 1 FROM ticket_ccs WHERE ticket_id = :t AND email = :e COLLATE NOCASE
           UNION ALL SELECT 1 FROM messages WHERE ticket_id = :t AND direction = 'in'
                     AND from_email = :e COLLATE NOCASE
           LIMIT 1""", {"t": ticket_id, "e": email}).fetchone() is not None


def create_ticket(conn: sqlite3.Connection, *, subject: str, requester: Address,
                  mailbox_id: int | None, reply_via: int | None, queue_id: int | None,
                  now: datetime) -> int:
    cur = conn.execute(
        "INSERT INTO tickets (subject, requester_name, requester_email, mailbox_id, reply_via, "
        "queue_id, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'new', ?, ?)",
        (subject, requester.name, requester.email, mailbox_id, reply_via, queue_id, ts(now),
         ts(now)))
    return cur.lastrowid


_TICKET_UPDATABLE = {"status", "priority", "type", "queue_id", "assignee_id", "awaiting_agent",
                     "reply_via", "updated_at"}


def update_ticket(conn: sqlite3.Connection, ticket_id: int, **changes) -> None:
    unknown = set(changes) - _TICKET_UPDATABLE
    if unknown:
        raise ValueError(f"not updatable: {sorted(unknown)}")
    changes.setdefault("updated_at", utcnow())
    changes = {k: ts(v) if isinstance(v, datetime) else v for k, v in changes.items()}
    assignments = ", ".join(f"{k} = :{k}" for k in changes)
    conn.execute(f"UPDATE tickets SET {assignments} WHERE id = :id", {**changes, "id": ticket_id})


def add_ccs(conn: sqlite3.Connection, ticket_id: int, addresses: list[Address]
            ) -> list[Address]:
    """Returns those that were not CCs yet (the change to record)."""
    added = []
    for a in addresses:
        if a.email and conn.execute(
                "INSERT OR IGNORE INTO ticket_ccs (ticket_id, email, name) VALUES (?, ?, ?)",
                (ticket_id, a.email, a.name)).rowcount:
            added.append(a)
    return added


def remove_ccs(conn: sqlite3.Connection, ticket_id: int, emails: list[str]) -> list[Address]:
    """Returns those that were CCs (the change to record)."""
    removed = []
    for email in emails:
        row = conn.execute("DELETE FROM ticket_ccs WHERE ticket_id = ? AND email = ? "
                           "RETURNING name, email", (ticket_id, email)).fetchone()
        if row:
            removed.append(Address(row[0], row[1]))
    return removed


def add_events(conn: sqlite3.Connection, ticket_id: int, at: datetime, actor: str | None,
               changes: list[tuple[str, str | None, str | None]]) -> None:
    """`changes` are (field, old, new), each written as it reads (names, addresses)."""
    conn.executemany(
        "INSERT INTO ticket_events (ticket_id, at, actor_email, field, old, new) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [(ticket_id, ts(at), actor, field, old, new) for field, old, new in changes])


def ticket_events(conn: sqlite3.Connection, ticket_id: int) -> list[TicketEvent]:
    return [TicketEvent(parse_ts(r[0]), r[1], r[2], r[3], r[4]) for r in conn.execute(
        "SELECT at, actor_email, field, old, new FROM ticket_events WHERE ticket_id = ? "
        "ORDER BY id", (ticket_id,))]


def insert_raw(conn: sqlite3.Connection, data: bytes) -> int:
    return conn.execute("INSERT INTO raw_messages (data) VALUES (?)", (data,)).lastrowid


def add_message(conn: sqlite3.Connection, *, ticket_id: int, mailbox_id: int | None,
                direction: str, sender: Address, to: list[Address], cc: list[Address],
                subject: str, text: str, html: str | None, now: datetime,
                date: datetime | None = None, message_id: str | None = None,
                source_id: str | None = None, content_hash: str | None = None,
                parse_error: str | None = None, raw_id: int | None = None,
                author_id: int | None = None,
                attachments: list[NewAttachment] = ()) -> int:
    if direction not in ("in", "out", "note"):
        raise ValidationError(f"Unknown message direction {direction!r}.")
    cur = conn.execute(
        """INSERT INTO messages (ticket_id, mailbox_id, direction, source_id, message_id,
               content_hash, from_name, from_email, to_json, cc_json, subject, date, text, html,
               parse_error, raw_id, author_id, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        (ticket_id, mailbox_id, direction, source_id, message_id, content_hash, sender.name,
         sender.email, addresses_to_json(to), addresses_to_json(cc), subject,
         ts(date or now), text, html, parse_error, raw_id, author_id, ts(now)))
    row_id = cur.lastrowid
    conn.executemany(
        "INSERT INTO attachments (message_id, filename, content_type, size, content_id, inline, "
        "data) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(row_id, a.filename, a.content_type, len(a.data), a.content_id, int(a.inline), a.data)
         for a in attachments])
    conn.execute("UPDATE tickets SET message_count = message_count + 1, updated_at = ? "
                 "WHERE id = ?", (ts(now), ticket_id))
    return row_id


def waiting_tickets(conn: sqlite3.Connection, queue_id: int) -> list[int]:
    return [r[0] for r in conn.execute(
        "SELECT id FROM tickets WHERE queue_id = ? AND awaiting_agent = 1 AND assignee_id IS NULL "
        "AND status IN ('new', 'processing', 'pending') ORDER BY created_at, id", (queue_id,))]



def set_message_sender(conn: sqlite3.Connection, message_row_id: int, mailbox_id: int,
                       sender: Address) -> None:
    conn.execute("UPDATE messages SET mailbox_id = ?, from_name = ?, from_email = ? WHERE id = ?",
                 (mailbox_id, sender.name, sender.email, message_row_id))


def open_tickets_of(conn: sqlite3.Connection, agent_id: int) -> list[tuple[int, int | None]]:
    """(ticket id, queue id) of the agent's new, processing and pending tickets."""
    return [(r[0], r[1]) for r in conn.execute(
        "SELECT id, queue_id FROM tickets WHERE assignee_id = ? "
        "AND status IN ('new', 'processing', 'pending') ORDER BY created_at, id", (agent_id,))]
