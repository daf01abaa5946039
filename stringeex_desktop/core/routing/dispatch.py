"""Applying the routing rules to stored tickets, inside the caller's transaction."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from ..errors import NotFoundError
from ..store import mailbox_repo, people_repo, ticket_repo
from ..store.common import ts
from .assign import Candidate, choose_assignee


def _online_only(conn: sqlite3.Connection, mailbox_id: int | None) -> bool:
    if mailbox_id is None:
        return False
    try:
        return mailbox_repo.get_mailbox(conn, mailbox_id, include_removed=True).online_first
    except NotFoundError:
        return False


def route(conn: sqlite3.Connection, ticket_id: int, now: datetime) -> int | None:
    """Assign to the best member of the ticket's queue, or mark it waiting for one."""
    state = ticket_repo.ticket_state(conn, ticket_id)
    agent_id = None
    if state.queue_id is not None:
        candidates = people_repo.routing_candidates(conn, state.queue_id, now)
        agent_id = choose_assignee(candidates,
                                   online_only=_online_only(conn, state.mailbox_id))
    if agent_id is None:
        ticket_repo.update_ticket(conn, ticket_id, assignee_id=None, awaiting_agent=1,
                                  updated_at=ts(now))
    else:
        ticket_repo.update_ticket(conn, ticket_id, assignee_id=agent_id, awaiting_agent=0,
                                  updated_at=ts(now))
        people_repo.touch_assigned(conn, agent_id, now)
    return agent_id


def assign_waiting(conn: sqlite3.Connection, queue_ids: list[int], now: datetime) -> list[int]:
    """Give waiting tickets, oldest first, to members as they become available."""
    changed = []
    for queue_id in queue_ids:
        waiting = ticket_repo.waiting_tickets(conn, queue_id)
        if not waiting:
            continue
        pool = {c.agent_id: c for c in people_repo.routing_candidates(conn, queue_id, now)}
        for ticket_id in waiting:
            state = ticket_repo.ticket_state(conn, ticket_id)
            agent_id = choose_assignee(list(pool.values()),
                                       online_only=_online_only(conn, state.mailbox_id))
            if agent_id is None:
                continue
            ticket_repo.update_ticket(conn, ticket_id, assignee_id=agent_id, awaiting_agent=0,
                                      updated_at=ts(now))
            people_repo.touch_assigned(conn, agent_id, now)
            chosen = pool[agent_id]
            pool[agent_id] = Candidate(agent_id, chosen.open_count + 1, now, chosen.online)
            changed.append(ticket_id)
    return changed
