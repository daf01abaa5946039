"""Tickets, their messages and attachments, and the full-text index over them."""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import replace
from datetime import datetime
from typing import Iterator

from ...errors import NotFoundError, ValidationError
from ...models import (OPEN_STATUSES, PRIORITIES, STATUSES, Address, AttachmentInfo, Message,
                       NewAttachment, Ticket, TicketEvent, TicketFilter, TicketState, format_serial,
                       utcnow)
from .common import addresses_from_json, addresses_to_json, parse_ts, ts
from .search import exact_query, match_query


_TICKET_SELECT = """
SELECT t.*, q.name AS queue_name, a.email AS assignee_email, a.name AS assignee_name,
       (SELECT json_group_array(json_array(c.name, c.email)) FROM ticket_ccs c
         WHERE c.ticket_id = t.id) AS ccs_json, {unread} AS unread
FROM tickets t
LEFT JOIN queues q ON q.id = t.queue_id
LEFT JOIN agents a ON a.id = t.assignee_id
"""
_UNREAD = ("(t.last_inbound_at IS NOT NULL AND t.last_inbound_at > coalesce("
           "(SELECT r.seen_at FROM ticket_reads r WHERE r.ticket_id = t.id AND r.agent_id = "
           "(SELECT id FROM agents WHERE email = ? COLLATE NOCASE)), ''))")


def _select(reader: str | None) -> tuple[str, list]:
    """The ticket columns, with `unread` for `reader` (an agent's email) when one is named."""
    if reader is None:
        return _TICKET_SELECT.format(unread="0"), []
    return _TICKET_SELECT.format(unread=_UNREAD), [reader]


def _ticket(row: sqlite3.Row) -> Ticket:
    return Ticket(
        id=row["id"], subject=row["subject"],
        requester=Address(row["requester_name"], row["requester_email"]),
        mailbox_id=row["mailbox_id"], reply_via=row["reply_via"], queue=row["queue_name"],
        assignee=row["assignee_email"], status=row["status"], priority=row["priority"],
        type=row["type"], ccs=addresses_from_json(row["ccs_json"]),
        created_at=parse_ts(row["created_at"]), updated_at=parse_ts(row["updated_at"]),
        message_count=row["message_count"], assignee_name=row["assignee_name"],
        unread=bool(row["unread"]))


_MATCHING_TICKETS = ("t.id IN (SELECT m.ticket_id FROM messages m WHERE m.id IN "
                     "(SELECT rowid FROM messages_fts WHERE messages_fts MATCH ?))")


def _where(flt: TicketFilter) -> tuple[str, list]:
    clauses, params = [], []
    if flt.within_queues is not None:
        clauses.append("t.queue_id IN (SELECT id FROM queues WHERE name IN "
                       "(SELECT value FROM json_each(?)))")
        params.append(json.dumps(list(flt.within_queues)))
    if flt.queue:
        clauses.append("t.queue_id = (SELECT id FROM queues WHERE name = ? COLLATE NOCASE)")
        params.append(flt.queue)
    if flt.status:
        clauses.append("t.status = ?")
        params.append(flt.status)
    if flt.statuses is not None:  # "+": walk the sort's index and stop at the page's end,
        # rather than gather every open ticket from the status index and sort them
        clauses.append(f"+t.status IN ({', '.join('?' * len(flt.statuses)) or 'NULL'})")
        params.extend(flt.statuses)
    if flt.priority:
        clauses.append("t.priority = ?")
        params.append(flt.priority)
    if flt.mailbox_id is not None:
        clauses.append("t.mailbox_id = ?")
        params.append(flt.mailbox_id)
    if flt.assignee:
        if flt.assignee.lower() == "none":
            clauses.append("t.assignee_id IS NULL")
        else:
            clauses.append("t.assignee_id = (SELECT id FROM agents WHERE email = ? "
                           "COLLATE NOCASE)")
            params.append(flt.assignee)
    if flt.search and flt.search.strip():
        serial = re.fullmatch(r"\s*#?(\d{1,12})\s*", flt.search)
        query = match_query(flt.search)
        parts = []
        if query:
            parts.append(_MATCHING_TICKETS)
            params.append(query)
            if "@" in flt.search:  # part of an address: a scan, so only when it looks like one
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


def _rank(values: tuple[str, ...], column: str) -> str:
    return "CASE " + " ".join(f"WHEN {column} = '{v}' THEN {i}" for i, v in enumerate(values)) \
        + " END"


_SORT_COLUMNS = {
    "serial": "t.id",
    "subject": "t.subject COLLATE NOCASE",
    "requester": "coalesce(nullif(t.requester_name, ''), t.requester_email) COLLATE NOCASE",
    "queue": "q.name COLLATE NOCASE",
    "assignee": "a.name COLLATE NOCASE",
    "status": _rank(STATUSES, "t.status"),
    "priority": _rank(PRIORITIES, "t.priority"),
    "updated": "t.updated_at",
}


def _order(flt: TicketFilter) -> tuple[str, list]:
    """Newest first unless sorted by a column (the id breaks ties, in the same direction);
    for a search typed with accents, tickets holding that exact form first."""
    if flt.sort not in _SORT_COLUMNS:
        raise ValidationError(f"Cannot sort tickets by {flt.sort!r}.")
    way = "DESC" if flt.descending else "ASC"
    order = f"{_SORT_COLUMNS[flt.sort]} {way}, t.id {way}" if flt.sort != "serial" \
        else f"t.id {way}"
    exact = exact_query(flt.search) if flt.search and flt.sort == "updated" else None
    if exact is None:
        return order, []
    return f"{_MATCHING_TICKETS} DESC, {order}", [exact]


def iter_tickets(conn: sqlite3.Connection, flt: TicketFilter, offset: int, limit: int
                 ) -> Iterator[Ticket]:
    select, select_params = _select(flt.reader)
    where, params = _where(flt)
    order, order_params = _order(flt)
    cur = conn.execute(f"{select} {where} ORDER BY {order} LIMIT ? OFFSET ?",
                       (*select_params, *params, *order_params, limit, offset))
    for row in cur:
        yield _ticket(row)


def count_tickets(conn: sqlite3.Connection, flt: TicketFilter) -> int:
    """Filters name queues and agents by id (no join), so a count reads only an index."""
    where, params = _where(replace(flt, statuses=None))
    if flt.statuses is not None:  # here the status index is the fast way
        named = f"t.status IN ({', '.join('?' * len(flt.statuses)) or 'NULL'})"
        where = f"{where} AND {named}" if where else f"WHERE {named}"
        params = [*params, *flt.statuses]
    return conn.execute(f"SELECT count(*) FROM tickets t {where}", params).fetchone()[0]


def view_counts(conn: sqlite3.Connection, me: str | None,
                within_queues: tuple[str, ...] | None) -> dict[str, int]:
    """The sidebar's counts by view name (models.VIEWS, then "queue:<name>" for each queue
    seen, by name), from one grouped scan of the (queue, status, assignee) index."""
    params = [json.dumps(list(within_queues))] if within_queues is not None else []
    me_id = None
    if me:
        row = conn.execute("SELECT id FROM agents WHERE email = ? COLLATE NOCASE", (me,)).fetchone()
        me_id = row[0] if row else None
    counts = dict.fromkeys(("mine", "unassigned", "open", "pending", "solved", "closed"), 0)
    names = {}
    for queue_id, name in conn.execute("SELECT id, name FROM queues" + (
            " WHERE name IN (SELECT value FROM json_each(?))" if within_queues is not None
            else "") + " ORDER BY name", params):  # the sidebar's order
        names[queue_id] = name
        counts[f"queue:{name}"] = 0
    where = ("WHERE t.queue_id IN (SELECT value FROM json_each(?))"
             if within_queues is not None else "")
    rows = conn.execute(  # grouped as the index is sorted: no temporary b-tree
        f"SELECT t.queue_id, t.status, t.assignee_id, count(*) FROM tickets t {where} "
        "GROUP BY 1, 2, 3", [json.dumps(list(names))] if within_queues is not None else [])
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


def mark_read(conn: sqlite3.Connection, agent_id: int, ticket_id: int, now: datetime) -> None:
    conn.execute("INSERT INTO ticket_reads (agent_id, ticket_id, seen_at) VALUES (?, ?, ?) "
                 "ON CONFLICT (agent_id, ticket_id) DO UPDATE SET seen_at = excluded.seen_at",
                 (agent_id, ticket_id, ts(now)))


def tickets_by_ids(conn: sqlite3.Connection, ids: list[int], flt: TicketFilter
                   ) -> list[Ticket]:
    """Those of `ids` that exist and match `flt`: a view re-reads just the rows an event names."""
    select, select_params = _select(flt.reader)
    where, params = _where(flt)
    named = "t.id IN (SELECT value FROM json_each(?))"
    where = f"{where} AND {named}" if where else f"WHERE {named}"
    return [_ticket(row) for row in conn.execute(
        f"{select} {where}", (*select_params, *params, json.dumps(ids)))]


def get_ticket(conn: sqlite3.Connection, ticket_id: int, *, with_messages: bool = False
               ) -> Ticket:
    row = conn.execute(f"{_select(None)[0]} WHERE t.id = ?", (ticket_id,)).fetchone()
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
    conn.execute("UPDATE tickets SET message_count = message_count + 1, updated_at = ?, "
                 "last_inbound_at = CASE WHEN ? = 'in' THEN ? ELSE last_inbound_at END "
                 "WHERE id = ?", (ts(now), direction, ts(now), ticket_id))
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
