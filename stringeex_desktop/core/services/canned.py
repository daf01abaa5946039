"""Canned replies and signatures: texts kept in the store whose `{placeholders}` are filled
for one ticket when an agent uses them."""

from __future__ import annotations

import re

from .. import events
from ..errors import ValidationError
from ..models import CannedReply, Ticket
from . import validation as valid
from .context import Context

PLACEHOLDER_RE = re.compile(r"\{([a-z_]+)\}")
MAX_BODY = 64 * 1024
CANNED = "canned"


def fill(text: str, values: dict[str, str]) -> str:
    """Known placeholders replaced; anything else in braces (a typo, JSON, code) stays as
    written, so an agent sees it before sending."""
    return PLACEHOLDER_RE.sub(lambda m: values.get(m.group(1), m.group(0)), text)


def _body(body: str, label: str) -> str:
    body = (body or "").replace("\r\n", "\n")
    if len(body) > MAX_BODY:
        raise ValidationError(f"{label} is longer than {MAX_BODY // 1024} KiB.", field="body")
    return body


class CannedService:
    def __init__(self, ctx: Context):
        self.ctx = ctx

    # -- canned replies -------------------------------------------------------------------

    def canned_replies(self) -> list[CannedReply]:
        return self.ctx.store.read().canned.list_canned()

    def canned_reply(self, canned_id: int) -> CannedReply:
        return self.ctx.store.read().canned.get_canned(int(canned_id))

    def _checked(self, title: str, body: str) -> tuple[str, str]:
        self.ctx.require("admin", "supervisor")
        title = valid.name(title, "The title", "title")
        body = _body(body, "The canned reply")
        if not body.strip():
            raise ValidationError("Write the canned reply's text.", field="body")
        return title, body

    async def add_canned(self, title: str, body: str) -> CannedReply:
        title, body = self._checked(title, body)
        canned = await self.ctx.store.write(lambda tx: tx.canned.add_canned(title, body))
        self.ctx.notify(events.PEOPLE, detail=CANNED)
        return canned

    async def update_canned(self, canned_id: int, title: str, body: str) -> CannedReply:
        title, body = self._checked(title, body)
        canned = await self.ctx.store.write(
            lambda tx: tx.canned.update_canned(int(canned_id), title, body))
        self.ctx.notify(events.PEOPLE, detail=CANNED)
        return canned

    async def remove_canned(self, canned_id: int) -> CannedReply:
        self.ctx.require("admin", "supervisor")
        canned = await self.ctx.store.write(lambda tx: tx.canned.remove_canned(int(canned_id)))
        self.ctx.notify(events.PEOPLE, detail=CANNED)
        return canned

    def fill_canned(self, canned_id: int, ticket: Ticket, agent_name: str) -> str:
        return fill(self.canned_reply(canned_id).body,
                    {"customer_name": ticket.requester.name or ticket.requester.email,
                     "ticket_serial": ticket.serial, "agent_name": agent_name})

    # -- signatures -----------------------------------------------------------------------

    def signature(self, email: str) -> str:
        tx = self.ctx.store.read()
        return tx.canned.get_signature(tx.people.find_agent(email).id)

    async def set_signature(self, email: str, body: str) -> str:
        """Each agent edits their own; an admin may edit anyone's."""
        actor = self.ctx.actor
        if actor is not None and actor.email.lower() != email.strip().lower():
            self.ctx.require("admin")
        body = _body(body, "The signature").strip("\n")

        def write(tx):
            tx.canned.set_signature(tx.people.find_agent(email).id, body)
            return body

        saved = await self.ctx.store.write(write)
        self.ctx.notify(events.PEOPLE, detail=CANNED)
        return saved

    def filled_signature(self, email: str, mailbox_name: str) -> str:
        agent = self.ctx.store.read().people.find_agent(email)
        return fill(self.signature(email),
                    {"agent_name": agent.name, "mailbox_name": mailbox_name})
