"""The little an agent's notifications need to know about their tickets, in one query."""

from __future__ import annotations

import json
import sqlite3

from ...models import TicketActivity


def ticket_activity(conn: sqlite3.Connection, agent_id: int, ids: list[int] | None,
                    limit: int) -> list[TicketActivity]:
    """The agent's tickets (those of `ids`, or the most recently updated), each with the
    direction of its newest message."""
    named = " AND t.id IN (SELECT value FROM json_each(?))" if ids is not None else ""
    params = (agent_id, *((json.dumps(ids),) if ids is not None else ()), limit)
    return [TicketActivity(*row) for row in conn.execute(
        "SELECT t.id, t.status, t.message_count, (SELECT m.direction FROM messages m "
        "WHERE m.ticket_id = t.id ORDER BY m.id DESC LIMIT 1) FROM tickets t "
        f"WHERE t.assignee_id = ?{named} ORDER BY t.updated_at DESC, t.id DESC LIMIT ?",
        params)]
