"""Replies being written, per agent and ticket (the twin of sqlite/draft_repo.py)."""

from __future__ import annotations

from datetime import datetime

import psycopg

from ...models import Composing, Draft, utcnow


def get_draft(conn: psycopg.Connection, agent_id: int, ticket_id: int) -> Draft | None:
    row = conn.execute("SELECT body, cc FROM drafts WHERE agent_id = %s AND ticket_id = %s",
                       (agent_id, ticket_id)).fetchone()
    return Draft(ticket_id, row[0], row[1]) if row else None


def save_draft(conn: psycopg.Connection, agent_id: int, ticket_id: int, body: str, cc: str
               ) -> bool:
    """Keeps the draft, or removes it when empty; True when the ticket gained or lost one."""
    had = get_draft(conn, agent_id, ticket_id) is not None
    if not (body.strip() or cc.strip()):
        return clear_draft(conn, agent_id, ticket_id)
    conn.execute("INSERT INTO drafts (agent_id, ticket_id, body, cc, updated_at) "
                 "VALUES (%s, %s, %s, %s, %s) ON CONFLICT (agent_id, ticket_id) DO UPDATE SET "
                 "body = excluded.body, cc = excluded.cc, updated_at = excluded.updated_at",
                 (agent_id, ticket_id, body, cc, utcnow()))
    return not had


def clear_draft(conn: psycopg.Connection, agent_id: int, ticket_id: int) -> bool:
    cur = conn.execute("DELETE FROM drafts WHERE agent_id = %s AND ticket_id = %s",
                       (agent_id, ticket_id))
    return cur.rowcount > 0


def draft_ticket_ids(conn: psycopg.Connection, agent_id: int) -> set[int]:
    """The tickets the agent has a draft on: a handful, read whole for the list's pencils."""
    return {r[0] for r in conn.execute("SELECT ticket_id FROM drafts WHERE agent_id = %s",
                                       (agent_id,))}


def mark_composing(conn: psycopg.Connection, agent_id: int, ticket_id: int, mode: str,
                   expires_at: datetime, now: datetime) -> bool:
    """Starts or renews the agent's lease; True when it started (none alive, or the mode
    changed), which is what other desktops need to hear."""
    row = conn.execute("SELECT mode FROM composing WHERE ticket_id = %s AND agent_id = %s "
                       "AND expires_at > %s", (ticket_id, agent_id, now)).fetchone()
    conn.execute("INSERT INTO composing (ticket_id, agent_id, mode, expires_at) "
                 "VALUES (%s, %s, %s, %s) ON CONFLICT (ticket_id, agent_id) DO UPDATE SET "
                 "mode = excluded.mode, expires_at = excluded.expires_at",
                 (ticket_id, agent_id, mode, expires_at))
    return row is None or row[0] != mode


def clear_composing(conn: psycopg.Connection, agent_id: int, ticket_id: int,
                    now: datetime) -> bool:
    """True when a lease still alive ended (a lapsed one is only tidied away)."""
    cur = conn.execute("DELETE FROM composing WHERE ticket_id = %s AND agent_id = %s "
                       "RETURNING expires_at", (ticket_id, agent_id))
    return any(r[0] > now for r in cur.fetchall())


def composing_on(conn: psycopg.Connection, ticket_id: int, now: datetime,
                 except_agent_id: int | None = None) -> list[Composing]:
    """The agents with a live lease on the ticket, by name."""
    rows = conn.execute(
        "SELECT a.email, a.name, c.mode, c.expires_at FROM composing c "
        "JOIN agents a ON a.id = c.agent_id WHERE c.ticket_id = %s AND c.expires_at > %s "
        "AND c.agent_id IS DISTINCT FROM %s ORDER BY lower(a.name), a.id",
        (ticket_id, now, except_agent_id)).fetchall()
    return [Composing(r[0], r[1], r[2], r[3]) for r in rows]
