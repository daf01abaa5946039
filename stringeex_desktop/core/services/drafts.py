"""Replies being written, saved as the agent types so a crash or restart loses nothing; and
what the agent's desktop notifications compare (the app's companions of the ticket list)."""

from __future__ import annotations

from datetime import datetime, timedelta

from .. import events
from ..errors import ValidationError
from ..models import Composing, Draft, TicketActivity, utcnow
from . import validation as valid
from .canned import MAX_BODY
from .context import Context

COMPOSING_LEASE = timedelta(seconds=60)
COMPOSING_MODES = ("reply", "note")


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

    # -- who else is writing on a ticket ---------------------------------------------------

    def _composing_ticket(self, ref: int | str):
        """The signed-in agent and the ticket, which they must be allowed to work."""
        actor = self.ctx.actor
        if actor is None:
            raise ValidationError("Only a signed-in agent can be shown as writing on a ticket.")
        ticket = self.ctx.store.read().tickets.get_ticket(valid.ticket_ref(ref),
                                                          with_messages=False)
        self.ctx.require_ticket_access(ticket, actor)
        return actor, ticket.id

    async def mark_composing(self, ref: int | str, mode: str) -> datetime:
        """Starts or renews the actor's lease on the ticket; when it runs out. Other desktops
        hear of it when it starts, not on every renewal."""
        mode = valid.choice(mode, COMPOSING_MODES, "Mode", "mode")
        actor, ticket_id = self._composing_ticket(ref)
        now = utcnow()
        expires_at = now + COMPOSING_LEASE
        if await self.ctx.store.write(lambda tx: tx.drafts.mark_composing(
                actor.id, ticket_id, mode, expires_at, now)):
            self.ctx.notify(events.TICKETS, (ticket_id,))
        return expires_at

    async def clear_composing(self, ref: int | str) -> None:
        actor = self.ctx.actor
        if actor is None:
            return
        ticket_id, now = valid.ticket_ref(ref), utcnow()
        if await self.ctx.store.write(lambda tx: tx.drafts.clear_composing(
                actor.id, ticket_id, now)):
            self.ctx.notify(events.TICKETS, (ticket_id,))

    def composing_on(self, ref: int | str) -> list[Composing]:
        """The other agents writing on the ticket now (never the actor)."""
        actor, ticket_id = self._composing_ticket(ref)
        return self.ctx.store.read().drafts.composing_on(ticket_id, utcnow(), actor.id)
