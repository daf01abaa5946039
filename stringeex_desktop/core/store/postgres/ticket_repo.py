"""Tickets, their messages and attachments, and the full-text index over them (the twin of
sqlite/ticket_repo.py; search through the `search` tsvector, see search.py)."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Iterator

import psycopg

from ...errors import NotFoundError, ValidationError
from ...models import (Address, AttachmentInfo, Message, NewAttachment, Ticket, TicketFilter,
                      TicketState, format_serial, utcnow)
from .common import addresses_from_json, addresses_to_json
from .search import exact_query, lexemes, match_query

_TICKET_SELECT = """
SELECT t.*, q.name AS queue_name, a.email AS assignee_email,
       (SELECT coalesce(json_agg(json_build_array(c.name, c.email)), '[]')::text
          FROM ticket_ccs c WHERE c.ticket_id = t.id) AS ccs_json
FROM tickets t
LEFT JOIN queues q ON q.id = t.queue_id
LEFT JOIN agents a ON a.id = t.assignee_id
"""


def _ticket(row) -> Ticket:
    return Ticket(
        id=row["id"], subject=row["subject"],
        requester=Address(row["requester_name"], row["requester_email"]),
        mailbox_id=row["mailbox_id"], reply_via=row["reply_via"], queue=row["queue_name"],
        assignee=row["assignee_email"], status=row["status"], priority=row["priority"],
        type=row["type"], ccs=addresses_from_json(row["ccs_json"]),
        created_at=row["created_at"], updated_at=row["updated_at"],
        message_count=row["message_count"])


_MATCHING_TICKETS = ("t.id IN (SELECT m.ticket_id FROM messages m "
                     "WHERE m.search @@ %s::tsquery)")


def _where(flt: TicketFilter) -> tuple[str, list]:
    clauses, params = [], []
    if flt.queue:
        clauses.append("lower(q.name) = lower(%s)")
        params.append(flt.queue)
    if flt.status:
        clauses.append("t.status = %s")
        params.append(flt.status)
    if flt.assignee:
        if flt.assignee.lower() == "none":
            clauses.append("t.assignee_id IS NULL")
        else:
            clauses.append("lower(a.email) = lower(%s)")
            params.append(flt.assignee)
    if flt.search and flt.search.strip():
        serial = re.fullmatch(r"\s*#?(\d{1,12})\s*", flt.search)
        query = match_query(flt.search)
        parts = []
        if query:
            parts.append(_MATCHING_TICKETS)
            params.append(query)
            parts.append("lower(t.requester_email) LIKE lower(%s) ESCAPE '\\'")
            params.append("%" + re.sub(r"([%_\\])", r"\\\1", flt.search.strip()) + "%")
        if serial:
            parts.append("t.id = %s")
            params.append(int(serial.group(1)))
        clauses.append("(" + (" OR ".join(parts) or "false") + ")")
    return ("WHERE " + " AND ".join(clauses)) if clauses else "", params


def list_tickets(conn: psycopg.Connection, flt: TicketFilter, offset: int, limit: int
                 ) -> list[Ticket]:
    return list(iter_tickets(conn, flt, offset, limit))


def _order(flt: TicketFilter) -> tuple[str, list]:
    """Newest first; for a search typed with accents, tickets holding that exact form first."""
    exact = exact_query(flt.search) if flt.search else None
    if exact is None:
        return "t.updated_at DESC, t.id DESC", []
    return f"({_MATCHING_TICKETS}) DESC, t.updated_at DESC, t.id DESC", [exact]


def iter_tickets(conn: psycopg.Connection, flt: TicketFilter, offset: int, limit: int
                 ) -> Iterator[Ticket]:
    where, params = _where(flt)
    order, order_params = _order(flt)
    cur = conn.execute(f"{_TICKET_SELECT} {where} ORDER BY {order} LIMIT %s OFFSET %s",
                       (*params, *order_params, limit, offset))
    for row in cur:
        yield _ticket(row)


def count_tickets(conn: psycopg.Connection, flt: TicketFilter) -> int:
    where, params = _where(flt)
    return conn.execute("SELECT count(*) FROM tickets t LEFT JOIN queues q ON q.id = t.queue_id "
                        f"LEFT JOIN agents a ON a.id = t.assignee_id {where}", params
                        ).fetchone()[0]


def tickets_by_ids(conn: psycopg.Connection, ids: list[int], flt: TicketFilter
                   ) -> list[Ticket]:
    """Those of `ids` that exist and match `flt`: a view re-reads just the rows an event names."""
    where, params = _where(flt)
    named = "t.id = ANY(%s)"
    where = f"{where} AND {named}" if where else f"WHERE {named}"
    return [_ticket(row) for row in conn.execute(f"{_TICKET_SELECT} {where}",
                                                 (*params, list(ids)))]


def get_ticket(conn: psycopg.Connection, ticket_id: int, *, with_messages: bool = False
               ) -> Ticket:
    row = conn.execute(f"{_TICKET_SELECT} WHERE t.id = %s", (ticket_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"Ticket {format_serial(ticket_id)} does not exist.")
    ticket = _ticket(row)
    if with_messages:
        ticket.messages = ticket_messages(conn, ticket_id)
    return ticket


def ticket_state(conn: psycopg.Connection, ticket_id: int) -> TicketState:
    row = conn.execute("SELECT id, queue_id, assignee_id, status, mailbox_id, reply_via, "
                       "requester_email FROM tickets WHERE id = %s", (ticket_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"Ticket {format_serial(ticket_id)} does not exist.")
    return TicketState(*row)


def ticket_messages(conn: psycopg.Connection, ticket_id: int) -> list[Message]:
    attachments: dict[int, list[AttachmentInfo]] = {}
    for r in conn.execute("SELECT a.message_id, a.filename, a.content_type, a.size "
                          "FROM attachments a JOIN messages m ON m.id = a.message_id "
                          "WHERE m.ticket_id = %s ORDER BY a.id", (ticket_id,)):
        attachments.setdefault(r[0], []).append(AttachmentInfo(r[1], r[2], r[3]))
    rows = conn.execute(
        """SELECT m.id, m.ticket_id, m.direction, m.message_id, m.from_name, m.from_email,
                  m.to_json, m.cc_json, m.subject, m.date, m.text, m.html, m.parse_error,
                  o.id AS outbox_id, o.state AS delivery, o.last_error AS delivery_error,
                  o.server_reply AS delivery_reply
           FROM messages m LEFT JOIN outbox o ON o.message_row_id = m.id
           WHERE m.ticket_id = %s ORDER BY m.id""", (ticket_id,))
    out = []
    for r in rows:
        delivery = r["delivery"]
        out.append(Message(
            id=r["id"], ticket_id=r["ticket_id"], direction=r["direction"],
            message_id=r["message_id"], sender=Address(r["from_name"], r["from_email"]),
            to=addresses_from_json(r["to_json"]), cc=addresses_from_json(r["cc_json"]),
            subject=r["subject"], date=r["date"], text=r["text"], html=r["html"],
            attachments=attachments.get(r["id"], []), parse_error=r["parse_error"],
            delivery="queued" if delivery == "sending" else delivery,
            delivery_error=r["delivery_error"], outbox_id=r["outbox_id"],
            delivery_reply=r["delivery_reply"]))
    return out


def attachment_data(conn: psycopg.Connection, message_row_id: int, content_id: str
                    ) -> tuple[str, bytes] | None:
    row = conn.execute("SELECT content_type, data FROM attachments WHERE message_id = %s "
                       "AND content_id = %s", (message_row_id, content_id)).fetchone()
    return (row[0], bytes(row[1])) if row else None


def raw_message(conn: psycopg.Connection, message_row_id: int) -> bytes | None:
    row = conn.execute("SELECT r.data FROM messages m JOIN raw_messages r ON r.id = m.raw_id "
                       "WHERE m.id = %s", (message_row_id,)).fetchone()
    return bytes(row[0]) if row else None


def find_by_source(conn: psycopg.Connection, mailbox_id: int, source_id: str
                   ) -> tuple[int, int] | None:
    row = conn.execute("SELECT id, ticket_id FROM messages WHERE mailbox_id = %s "
                       "AND source_id = %s", (mailbox_id, source_id)).fetchone()
    return (row[0], row[1]) if row else None


def find_by_identity(conn: psycopg.Connection, mailbox_id: int, message_id: str,
                     content_hash: str) -> tuple[int, int] | None:
    row = conn.execute("SELECT id, ticket_id FROM messages WHERE mailbox_id = %s AND "
                       "message_id = %s AND content_hash = %s",
                       (mailbox_id, message_id, content_hash)).fetchone()
    return (row[0], row[1]) if row else None


def ticket_for_message_ids(conn: psycopg.Connection, message_ids: list[str]) -> int | None:
    """The ticket of the latest referenced message we know (References are oldest first)."""
    for mid in reversed(message_ids):
        row = conn.execute("SELECT ticket_id FROM messages WHERE message_id = %s "
                           "ORDER BY id DESC LIMIT 1", (mid,)).fetchone()
        if row:
            return row[0]
    return None


def ticket_exists(conn: psycopg.Connection, ticket_id: int) -> bool:
    return conn.execute("SELECT 1 FROM tickets WHERE id = %s", (ticket_id,)
                        ).fetchone() is not None


def is_participant(conn: psycopg.Connection, ticket_id: int, email: str) -> bool:
    """Requester, a Cc of the ticket, or the sender of one of its messages."""
    email = email.strip()
    return conn.execute(
        """SELECT 1 FROM tickets WHERE id = %(t)s AND lower(requester_email) = lower(%(e)s)
           UNION ALL SELECT 1 FROM ticket_ccs WHERE ticket_id = %(t)s
                     AND lower(email) = lower(%(e)s)
           UNION ALL SELECT 1 FROM messages WHERE ticket_id = %(t)s AND direction = 'in'
                     AND lower(from_email) = lower(%(e)s)
           LIMIT 1""", {"t": ticket_id, "e": email}).fetchone() is not None


def create_ticket(conn: psycopg.Connection, *, subject: str, requester: Address,
                  mailbox_id: int | None, reply_via: int | None, queue_id: int | None,
                  now: datetime) -> int:
    return conn.execute(
        "INSERT INTO tickets (subject, requester_name, requester_email, mailbox_id, reply_via, "
        "queue_id, status, created_at, updated_at) "
        "VALUES (%s, %s, %s, %s, %s, %s, 'new', %s, %s) RETURNING id",
        (subject, requester.name, requester.email, mailbox_id, reply_via, queue_id, now, now)
    ).fetchone()[0]


_TICKET_UPDATABLE = {"status", "priority", "type", "queue_id", "assignee_id", "awaiting_agent",
                     "reply_via", "updated_at"}


def update_ticket(conn: psycopg.Connection, ticket_id: int, **changes) -> None:
    unknown = set(changes) - _TICKET_UPDATABLE
    if unknown:
        raise ValueError(f"not updatable: {sorted(unknown)}")
    changes.setdefault("updated_at", utcnow())
    assignments = ", ".join(f"{k} = %({k})s" for k in changes)
    conn.execute(f"UPDATE tickets SET {assignments} WHERE id = %(id)s",
                 {**changes, "id": ticket_id})


def add_ccs(conn: psycopg.Connection, ticket_id: int, addresses: list[Address]) -> None:
    conn.cursor().executemany(
        "INSERT INTO ticket_ccs (ticket_id, email, name) VALUES (%s, %s, %s) "
        "ON CONFLICT DO NOTHING", [(ticket_id, a.email, a.name) for a in addresses if a.email])


def insert_raw(conn: psycopg.Connection, data: bytes) -> int:
    return conn.execute("INSERT INTO raw_messages (data) VALUES (%s) RETURNING id",
                        (data,)).fetchone()[0]


def add_message(conn: psycopg.Connection, *, ticket_id: int, mailbox_id: int | None,
                direction: str, sender: Address, to: list[Address], cc: list[Address],
                subject: str, text: str, html: str | None, now: datetime,
                date: datetime | None = None, message_id: str | None = None,
                source_id: str | None = None, content_hash: str | None = None,
                parse_error: str | None = None, raw_id: int | None = None,
                author_id: int | None = None,
                attachments: list[NewAttachment] = ()) -> int:
    if direction not in ("in", "out", "note"):
        raise ValidationError(f"Unknown message direction {direction!r}.")
    row_id = conn.execute(
        """INSERT INTO messages (ticket_id, mailbox_id, direction, source_id, message_id,
               content_hash, from_name, from_email, to_json, cc_json, subject, date, text, html,
               parse_error, raw_id, author_id, created_at, search)
           VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s,
                   array_to_tsvector(%s::text[]))
           RETURNING id""",
        (ticket_id, mailbox_id, direction, source_id, message_id, content_hash, sender.name,
         sender.email, addresses_to_json(to), addresses_to_json(cc), subject,
         date or now, text, html, parse_error, raw_id, author_id, now,
         lexemes(subject, text, sender.name, sender.email))).fetchone()[0]
    conn.cursor().executemany(
        "INSERT INTO attachments (message_id, filename, content_type, size, content_id, inline, "
        "data) VALUES (%s, %s, %s, %s, %s, %s, %s)",
        [(row_id, a.filename, a.content_type, len(a.data), a.content_id, int(a.inline), a.data)
         for a in attachments])
    conn.execute("UPDATE tickets SET message_count = message_count + 1, updated_at = %s "
                 "WHERE id = %s", (now, ticket_id))
    return row_id


def waiting_tickets(conn: psycopg.Connection, queue_id: int) -> list[int]:
    return [r[0] for r in conn.execute(
        "SELECT id FROM tickets WHERE queue_id = %s AND awaiting_agent = 1 "
        "AND assignee_id IS NULL AND status IN ('new', 'processing', 'pending') "
        "ORDER BY created_at, id", (queue_id,))]


def set_message_sender(conn: psycopg.Connection, message_row_id: int, mailbox_id: int,
                       sender: Address) -> None:
    """The index follows the sender, as SQLite's update trigger does."""
    row = conn.execute("SELECT subject, text FROM messages WHERE id = %s",
                       (message_row_id,)).fetchone()
    if row is None:
        return
    conn.execute("UPDATE messages SET mailbox_id = %s, from_name = %s, from_email = %s, "
                 "search = array_to_tsvector(%s::text[]) WHERE id = %s",
                 (mailbox_id, sender.name, sender.email,
                  lexemes(row["subject"], row["text"], sender.name, sender.email),
                  message_row_id))
