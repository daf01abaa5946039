"""Replies being written, per agent and ticket (the twin of sqlite/draft_repo.py)."""

from __future__ import annotations

import psycopg

from ...models import Draft, utcnow


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
