"""Tickets, their messages and attachments, and the full-text index over them (the twin of
sqlite/ticket_repo.py; search through the `search` tsvector, see search.py)."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Iterator

import psycopg

from ...errors import NotFoundError, ValidationError
from ...models import (OPEN_STATUSES, PRIORITIES, STATUSES, Address, AttachmentInfo, Message,
                       NewAttachment, Ticket, TicketEvent, TicketFilter, TicketState, format_serial,
                       utcnow)
from .common import addresses_from_json, addresses_to_json
from .search import exact_query, lexemes, match_query

_TICKET_SELECT = """
SELECT t.*, q.name AS queue_name, a.email AS assignee_email, a.name AS assignee_name,
       (SELECT coalesce(json_agg(json_build_array(c.name, c.email)), '[]')::text
          FROM ticket_ccs c WHERE c.ticket_id = t.id) AS ccs_json, {unread} AS unread
FROM tickets t
LEFT JOIN queues q ON q.id = t.queue_id
LEFT JOIN agents a ON a.id = t.assignee_id
"""
_UNREAD = ("(t.last_inbound_at IS NOT NULL AND t.last_inbound_at > coalesce("
           "(SELECT r.seen_at FROM ticket_reads r WHERE r.ticket_id = t.id AND r.agent_id = "
           "(SELECT id FROM agents WHERE lower(email) = lower(%s))), '-infinity'))")


def _select(reader: str | None) -> tuple[str, list]:
    """The ticket columns, with `unread` for `reader` (an agent's email) when one is named."""
    if reader is None:
        return _TICKET_SELECT.format(unread="false"), []
    return _TICKET_SELECT.format(unread=_UNREAD), [reader]


def _ticket(row) -> Ticket:
    return Ticket(
        id=row["id"], subject=row["subject"],
        requester=Address(row["requester_name"], row["requester_email"]),
        mailbox_id=row["mailbox_id"], reply_via=row["reply_via"], queue=row["queue_name"],
        assignee=row["assignee_email"], status=row["status"], priority=row["priority"],
        type=row["type"], ccs=addresses_from_json(row["ccs_json"]),
        created_at=row["created_at"], updated_at=row["updated_at"],
        message_count=row["message_count"], assignee_name=row["assignee_name"],
        unread=bool(row["unread"]))


_MATCHING_TICKETS = ("t.id IN (SELECT m.ticket_id FROM messages m "
                     "WHERE m.search @@ %s::tsquery)")


def _where(flt: TicketFilter) -> tuple[str, list]:
    clauses, params = [], []
    if flt.within_queues is not None:
        clauses.append("t.queue_id IN (SELECT id FROM queues WHERE lower(name) = "
                       "ANY(SELECT lower(n) FROM unnest(%s::text[]) n))")
        params.append(list(flt.within_queues))
    if flt.queue:
        clauses.append("t.queue_id = (SELECT id FROM queues WHERE lower(name) = lower(%s))")
        params.append(flt.queue)
    if flt.status:
        clauses.append("t.status = %s")
        params.append(flt.status)
    if flt.statuses is not None:
        clauses.append("t.status = ANY(%s::text[])")
        params.append(list(flt.statuses))
    if flt.priority:
        clauses.append("t.priority = %s")
        params.append(flt.priority)
    if flt.mailbox_id is not None:
        clauses.append("t.mailbox_id = %s")
        params.append(flt.mailbox_id)
    if flt.assignee:
        if flt.assignee.lower() == "none":
            clauses.append("t.assignee_id IS NULL")
        else:
            clauses.append("t.assignee_id = (SELECT id FROM agents "
                           "WHERE lower(email) = lower(%s))")
            params.append(flt.assignee)
    if flt.search and flt.search.strip():
        serial = re.fullmatch(r"\s*#?(\d{1,12})\s*", flt.search)
        query = match_query(flt.search)
        parts = []
        if query:
            parts.append(_MATCHING_TICKETS)
            params.append(query)
            if "@" in flt.search:  # part of an address: a scan, so only when it looks like one
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


def _rank(values: tuple[str, ...], column: str) -> str:
    return "(CASE " + " ".join(f"WHEN {column} = '{v}' THEN {i}" for i, v in enumerate(values)) \
        + " END)"


# SQLite's NOCASE is lower() here, as the indexes of migration 9 are; its NULLs sort first.
_SORT_COLUMNS = {
    "serial": "t.id",
    "subject": "lower(t.subject)",
    "requester": "lower(coalesce(nullif(t.requester_name, ''), t.requester_email))",
    "queue": "lower(q.name)",
    "assignee": "lower(a.name)",
    "status": _rank(STATUSES, "t.status"),
    "priority": _rank(PRIORITIES, "t.priority"),
    "updated": "t.updated_at",
}
_NULLABLE = {"queue", "assignee"}


def _order(flt: TicketFilter) -> tuple[str, list]:
    """Newest first unless sorted by a column (the id breaks ties, in the same direction);
    for a search typed with accents, tickets holding that exact form first."""
    if flt.sort not in _SORT_COLUMNS:
        raise ValidationError(f"Cannot sort tickets by {flt.sort!r}.")
    way = "DESC" if flt.descending else "ASC"
    nulls = (" NULLS LAST" if flt.descending else " NULLS FIRST") if flt.sort in _NULLABLE \
        else ""
    order = f"{_SORT_COLUMNS[flt.sort]} {way}{nulls}, t.id {way}" if flt.sort != "serial" \
        else f"t.id {way}"
    exact = exact_query(flt.search) if flt.search and flt.sort == "updated" else None
    if exact is None:
        return order, []
    return f"({_MATCHING_TICKETS}) DESC, {order}", [exact]


def iter_tickets(conn: psycopg.Connection, flt: TicketFilter, offset: int, limit: int
                 ) -> Iterator[Ticket]:
    select, select_params = _select(flt.reader)
    where, params = _where(flt)
    order, order_params = _order(flt)
    cur = conn.execute(f"{select} {where} ORDER BY {order} LIMIT %s OFFSET %s",
                       (*select_params, *params, *order_params, limit, offset))
    for row in cur:
        yield _ticket(row)


def count_tickets(conn: psycopg.Connection, flt: TicketFilter) -> int:
    """Filters name queues and agents by id (no join), so a count reads only an index."""
    where, params = _where(flt)
    return conn.execute(f"SELECT count(*) FROM tickets t {where}", params).fetchone()[0]


def view_counts(conn: psycopg.Connection, me: str | None,
                within_queues: tuple[str, ...] | None) -> dict[str, int]:
    """The sidebar's counts by view name (models.VIEWS, then "queue:<name>" for each queue
    seen, by name), from one grouped scan of the (queue, status, assignee) index."""
    me_id = None
    if me:
        row = conn.execute("SELECT id FROM agents WHERE lower(email) = lower(%s)",
                           (me,)).fetchone()
        me_id = row[0] if row else None
    counts = dict.fromkeys(("mine", "unassigned", "open", "pending", "solved", "closed"), 0)
    names = {}
    within = ("WHERE lower(name) = ANY(SELECT lower(n) FROM unnest(%s::text[]) n)"
              if within_queues is not None else "")
    for queue_id, name in conn.execute(
            f"SELECT id, name FROM queues {within} ORDER BY lower(name), name",
            [list(within_queues)] if within_queues is not None else []):  # the sidebar's order
        names[queue_id] = name
        counts[f"queue:{name}"] = 0
    where = "WHERE t.queue_id = ANY(%s)" if within_queues is not None else ""
    rows = conn.execute(
        f"SELECT t.queue_id, t.status, t.assignee_id, count(*) FROM tickets t {where} "
        "GROUP BY 1, 2, 3", [list(names)] if within_queues is not None else [])
    for queue_id, status, assignee_id, n in rows:
        if status in OPEN_STATUSES:
            counts["open"] += n
            counts["unassigned"] += n if assignee_id is None else 0
            counts["mine"] += n if me_id is not None and assignee_id == me_id else 0
            if queue_id in names:
                counts[f"queue:{names[queue_id]}"] += n
        if status in ("pending", "solved", "closed"):
            counts[status] += n
    return counts


def mark_read(conn: psycopg.Connection, agent_id: int, ticket_id: int, now: datetime) -> None:
    conn.execute("INSERT INTO ticket_reads (agent_id, ticket_id, seen_at) VALUES (%s, %s, %s) "
                 "ON CONFLICT (agent_id, ticket_id) DO UPDATE SET seen_at = excluded.seen_at",
                 (agent_id, ticket_id, now))


def tickets_by_ids(conn: psycopg.Connection, ids: list[int], flt: TicketFilter
                   ) -> list[Ticket]:
    """Those of `ids` that exist and match `flt`: a view re-reads just the rows an event names."""
    select, select_params = _select(flt.reader)
    where, params = _where(flt)
    named = "t.id = ANY(%s)"
    where = f"{where} AND {named}" if where else f"WHERE {named}"
    return [_ticket(row) for row in conn.execute(f"{select} {where}",
                                                 (*select_params, *params, list(ids)))]


def get_ticket(conn: psycopg.Connection, ticket_id: int, *, with_messages: bool = False
               ) -> Ticket:
    row = conn.execute(f"{_select(None)[0]} WHERE t.id = %s", (ticket_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"Ticket {format_serial(ticket_id)} does not exist.")
    ticket = _ticket(row)
    if with_messages:
        ticket.messages = ticket_messages(conn, ticket_id)
        ticket.events = ticket_events(conn, ticket_id)
    return ticket


def ticket_state(conn: psycopg.Connection, ticket_id: int) -> TicketState:
    row = conn.execute("SELECT id, queue_id, assignee_id, status, mailbox_id, reply_via, "
                       "requester_email, priority, type FROM tickets WHERE id = %s",
                       (ticket_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"Ticket {format_serial(ticket_id)} does not exist.")
    return TicketState(*row)


def ticket_messages(conn: psycopg.Connection, ticket_id: int) -> list[Message]:
    attachments: dict[int, list[AttachmentInfo]] = {}
    for r in conn.execute("SELECT a.message_id, a.filename, a.content_type, a.size, a.id, "
                          "a.content_id, a.inline FROM attachments a "
                          "JOIN messages m ON m.id = a.message_id "
                          "WHERE m.ticket_id = %s ORDER BY a.id", (ticket_id,)):
        attachments.setdefault(r[0], []).append(
            AttachmentInfo(r[1], r[2], r[3], r[4], r[5], bool(r[6])))
    rows = conn.execute(
        """SELECT m.id, m.ticket_id, m.direction, m.message_id, m.from_name, m.from_email,
                  m.to_json, m.cc_json, m.subject, m.date, m.text, m.html, m.parse_error,
                  m.created_at,
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
            delivery_reply=r["delivery_reply"], received_at=r["created_at"]))
    return out


def attachment_data(conn: psycopg.Connection, message_row_id: int, content_id: str
                    ) -> tuple[str, bytes] | None:
    row = conn.execute("SELECT content_type, data FROM attachments WHERE message_id = %s "
                       "AND content_id = %s", (message_row_id, content_id)).fetchone()
    return (row[0], bytes(row[1])) if row else None


def attachment(conn: psycopg.Connection, attachment_id: int) -> tuple[AttachmentInfo, bytes]:
    row = conn.execute("SELECT filename, content_type, size, id, content_id, inline, data "
                       "FROM attachments WHERE id = %s", (attachment_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"Attachment {attachment_id} does not exist.")
    return AttachmentInfo(row[0], row[1], row[2], row[3], row[4], bool(row[5])), bytes(row[6])


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


def add_ccs(conn: psycopg.Connection, ticket_id: int, addresses: list[Address]
            ) -> list[Address]:
    """Returns those that were not CCs yet (the change to record)."""
    added = []
    for a in addresses:
        if a.email and conn.execute(
                "INSERT INTO ticket_ccs (ticket_id, email, name) VALUES (%s, %s, %s) "
                "ON CONFLICT DO NOTHING", (ticket_id, a.email, a.name)).rowcount:
            added.append(a)
    return added


def remove_ccs(conn: psycopg.Connection, ticket_id: int, emails: list[str]) -> list[Address]:
    """Returns those that were CCs (the change to record)."""
    removed = []
    for email in emails:
        row = conn.execute("DELETE FROM ticket_ccs WHERE ticket_id = %s "
                           "AND lower(email) = lower(%s) RETURNING name, email",
                           (ticket_id, email)).fetchone()
        if row:
            removed.append(Address(row[0], row[1]))
    return removed


def add_events(conn: psycopg.Connection, ticket_id: int, at: datetime, actor: str | None,
               changes: list[tuple[str, str | None, str | None]]) -> None:
    """`changes` are (field, old, new), each written as it reads (names, addresses)."""
    conn.cursor().executemany(
        "INSERT INTO ticket_events (ticket_id, at, actor_email, field, old, new) "
        "VALUES (%s, %s, %s, %s, %s, %s)",
        [(ticket_id, at, actor, field, old, new) for field, old, new in changes])


def ticket_events(conn: psycopg.Connection, ticket_id: int) -> list[TicketEvent]:
    return [TicketEvent(*r) for r in conn.execute(
        "SELECT at, actor_email, field, old, new FROM ticket_events WHERE ticket_id = %s "
        "ORDER BY id", (ticket_id,))]


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
    conn.execute("UPDATE tickets SET message_count = message_count + 1, updated_at = %s, "
                 "last_inbound_at = CASE WHEN %s::text = 'in' THEN %s ELSE last_inbound_at END "
                 "WHERE id = %s", (now, direction, now, ticket_id))
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


def open_tickets_of(conn: psycopg.Connection, agent_id: int) -> list[tuple[int, int | None]]:
    """(ticket id, queue id) of the agent's new, processing and pending tickets."""
    return [(r[0], r[1]) for r in conn.execute(
        "SELECT id, queue_id FROM tickets WHERE assignee_id = %s "
        "AND status IN ('new', 'processing', 'pending') ORDER BY created_at, id", (agent_id,))]
