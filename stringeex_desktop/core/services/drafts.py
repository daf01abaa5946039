"""Replies being written, saved as the agent types so a crash or restart loses nothing; and
what the agent's desktop notifications compare (the app's companions of the ticket list)."""

from __future__ import annotations

from .. import events
from ..errors import ValidationError
from ..models import Draft, TicketActivity
from . import validation as valid
from .canned import MAX_BODY
from .context import Context


class DraftService:
    def __init__(self, ctx: Context):
        self.ctx = ctx

    def _agent_id(self, tx, email: str) -> int:
        return tx.people.find_agent(email).id

    def draft(self, email: str, ref: int | str) -> Draft | None:
        tx = self.ctx.store.read()
        return tx.drafts.get_draft(self._agent_id(tx, email), valid.ticket_ref(ref))

    def draft_ticket_ids(self, email: str) -> set[int]:
        tx = self.ctx.store.read()
        return tx.drafts.draft_ticket_ids(self._agent_id(tx, email))

    async def save_draft(self, email: str, ref: int | str, body: str, cc: str = "") -> None:
        """Only the agent's own drafts; the list hears of it when a ticket gains or loses one
        (not on every save, which would re-read the open ticket while someone types)."""
        actor = self.ctx.actor
        if actor is not None and actor.email.lower() != email.strip().lower():
            raise ValidationError("Drafts are saved only for the signed-in agent.", field="email")
        ticket_id = valid.ticket_ref(ref)
        if len(body) > MAX_BODY * 16:
            raise ValidationError("The draft is too long to keep.", field="body")

        def write(tx):
            return tx.drafts.save_draft(self._agent_id(tx, email), ticket_id, body, cc)

        if await self.ctx.store.write(write):
            self.ctx.notify(events.TICKETS, (ticket_id,))

    def ticket_activity(self, email: str, ids=None, limit: int = 2000) -> list[TicketActivity]:
        tx = self.ctx.store.read()
        return tx.activity.ticket_activity(self._agent_id(tx, email),
                                           None if ids is None else [int(i) for i in ids],
                                           limit)
