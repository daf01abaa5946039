"""Who gets a ticket: pure functions, so the rules are testable without a store."""

from __future__ import annotations

from ..models import Candidate


def choose_assignee(candidates: list[Candidate], *, online_only: bool) -> int | None:
    """Fewest open tickets; ties go to the never-assigned, then the longest idle, then lowest id.

    With `online_only`, agents who are away never count, so a ticket is not parked with them;
    None means the ticket waits in its queue.
    """
    pool = [c for c in candidates if c.online or not online_only]
    if not pool:
        return None
    best = min(pool, key=lambda c: (
        c.open_count,
        c.last_assigned_at is not None,
        c.last_assigned_at.timestamp() if c.last_assigned_at else 0.0,
        c.agent_id,
    ))
    return best.agent_id

