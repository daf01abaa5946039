"""The little an agent's notifications need to know about their tickets, in one query (the
twin of sqlite/activity_repo.py)."""

from __future__ import annotations

import psycopg

from ...models import TicketActivity


def ticket_activity(conn: psycopg.Connection, agent_id: int, ids: list[int] | None,
                    limit: int) -> list[TicketActivity]:
    """The agent's tickets (those of `ids`, or the most recently updated), each with the
    direction of its newest message."""
    named = " AND t.id = ANY(%s)" if ids is not None else ""
    params = (agent_id, *((list(ids),) if ids is not None else ()), limit)
    return [TicketActivity(*row) for row in conn.execute(
        "SELECT t.id, t.status, t.message_count, (SELECT m.direction FROM messages m "
        "WHERE m.ticket_id = t.id ORDER BY m.id DESC LIMIT 1) FROM tickets t "
        f"WHERE t.assignee_id = %s{named} ORDER BY t.updated_at DESC, t.id DESC LIMIT %s",
        params)]
