"""Replies being written, per agent and ticket."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from ...models import Composing, Draft, utcnow
from .common import parse_ts, ts


def get_draft(conn: sqlite3.Connection, agent_id: int, ticket_id: int) -> Draft | None:
    row = conn.execute("SELECT body, cc FROM drafts WHERE agent_id = ? AND ticket_id = ?",
                       (agent_id, ticket_id)).fetchone()
    return Draft(ticket_id, row[0], row[1]) if row else None


def save_draft(conn: sqlite3.Connection, agent_id: int, ticket_id: int, body: str, cc: str
               ) -> bool:
    """Keeps the draft, or removes it when empty; True when the ticket gained or lost one."""
    had = get_draft(conn, agent_id, ticket_id) is not None
    if not (body.strip() or cc.strip()):
        return clear_draft(conn, agent_id, ticket_id)
    conn.execute("INSERT INTO drafts (agent_id, ticket_id, body, cc, updated_at) "
                 "VALUES (?, ?, ?, ?, ?) ON CONFLICT (agent_id, ticket_id) DO UPDATE SET "
                 "body = excluded.body, cc = excluded.cc, updated_at = excluded.updated_at",
                 (agent_id, ticket_id, body, cc, ts(utcnow())))
    return not had


def clear_draft(conn: sqlite3.Connection, agent_id: int, ticket_id: int) -> bool:
    cur = conn.execute("DELETE FROM drafts WHERE agent_id = ? AND ticket_id = ?",
                       (agent_id, ticket_id))
    return cur.rowcount > 0


def draft_ticket_ids(conn: sqlite3.Connection, agent_id: int) -> set[int]:
    """The tickets the agent has a draft on: a handful, read whole for the list's pencils."""
    return {r[0] for r in conn.execute("SELECT ticket_id FROM drafts WHERE agent_id = ?",
                                       (agent_id,))}


def mark_composing(conn: sqlite3.Connection, agent_id: int, ticket_id: int, mode: str,
                   expires_at: datetime, now: datetime) -> bool:
    """Starts or renews the agent's lease; True when it started (none alive, or the mode
    changed), which is what other desktops need to hear."""
    row = conn.execute("SELECT mode FROM composing WHERE ticket_id = ? AND agent_id = ? "
                       "AND expires_at > ?", (ticket_id, agent_id, ts(now))).fetchone()
    conn.execute("INSERT INTO composing (ticket_id, agent_id, mode, expires_at) "
                 "VALUES (?, ?, ?, ?) ON CONFLICT (ticket_id, agent_id) DO UPDATE SET "
                 "mode = excluded.mode, expires_at = excluded.expires_at",
                 (ticket_id, agent_id, mode, ts(expires_at)))
    return row is None or row[0] != mode


def clear_composing(conn: sqlite3.Connection, agent_id: int, ticket_id: int,
                    now: datetime) -> bool:
    """True when a lease still alive ended (a lapsed one is only tidied away)."""
    cur = conn.execute("DELETE FROM composing WHERE ticket_id = ? AND agent_id = ? "
                       "RETURNING expires_at", (ticket_id, agent_id))
    return any(parse_ts(r[0]) > now for r in cur.fetchall())


def composing_on(conn: sqlite3.Connection, ticket_id: int, now: datetime,
                 except_agent_id: int | None = None) -> list[Composing]:
    """The agents with a live lease on the ticket, by name."""
    rows = conn.execute(
        "SELECT a.email, a.name, c.mode, c.expires_at FROM composing c "
        "JOIN agents a ON a.id = c.agent_id WHERE c.ticket_id = ? AND c.expires_at > ? "
        "AND c.agent_id IS NOT ? ORDER BY a.name COLLATE NOCASE, a.id",
        (ticket_id, ts(now), except_agent_id)).fetchall()
    return [Composing(r[0], r[1], r[2], parse_ts(r[3])) for r in rows]
