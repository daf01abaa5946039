"""Tickets: reading pages, agents' changes, replies and notes, and routing them to agents.

`route` and `assign_waiting` apply the pure rules of `core.routing` to stored tickets,
inside the caller's transaction.
"""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import datetime
from typing import Iterator

from .. import events
from ..errors import ConflictError, NotFoundError, PermissionDeniedError, ValidationError
from ..mail.compose import build_message, make_message_id, reply_subject
from ..mail.parse import safe_filename
from ..models import (PRIORITIES, SORT_KEYS, STATUSES, TYPES, Address, AttachmentInfo, Candidate,
                      NewAttachment, Ticket, TicketFilter, format_serial, utcnow)
from ..routing.assign import choose_assignee
from . import validation as valid
from .canned import fill
from .context import Context
from .mailboxes import MailboxService
from .portal import PortalService


class TicketService:
    def __init__(self, ctx: Context, portal: PortalService, mailboxes: MailboxService):
        self.ctx = ctx
        self.portal = portal
        self.mailboxes = mailboxes

    # -- reads ----------------------------------------------------------------------------

    def tickets(self, flt: TicketFilter | None = None, offset: int = 0, limit: int = 100
                ) -> list[Ticket]:
        return list(self.iter_tickets(flt, limit, offset))

    def iter_tickets(self, flt: TicketFilter | None = None, limit: int = 100, offset: int = 0
                     ) -> Iterator[Ticket]:
        tx = self.ctx.store.read()
        flt = self._checked(tx, flt)
        return tx.tickets.iter_tickets(flt, offset, limit)

    def tickets_by_ids(self, ids, flt: TicketFilter | None = None) -> list[Ticket]:
        """Those of `ids` that exist and match `flt`: a view re-reads just the rows an event
        names."""
        tx = self.ctx.store.read()
        return tx.tickets.tickets_by_ids([int(i) for i in ids], self._checked(tx, flt))

    def ticket_count(self, flt: TicketFilter | None = None) -> int:
        tx = self.ctx.store.read()
        return tx.tickets.count_tickets(self._checked(tx, flt))

    def _checked(self, tx, flt: TicketFilter | None) -> TicketFilter:
        """A filter naming a queue or agent that does not exist is a mistake, not "no tickets".

        An agent sees only the tickets of their queues (DESIGN.md section 5), whatever the
        filter asks; rows are unread or not for the signed-in agent."""
        flt = flt or TicketFilter()
        if flt.queue:
            tx.people.find_queue(flt.queue)
        if flt.assignee and flt.assignee.lower() != "none":
            tx.people.find_agent(flt.assignee)
        if flt.sort not in SORT_KEYS:
            raise ValidationError(f"Cannot sort tickets by {flt.sort!r}.", field="sort")
        actor = self.ctx.actor
        if actor is None:
            return flt
        return replace(flt, reader=flt.reader or actor.email,
                       within_queues=self._visible_queues(tx, actor))

    @staticmethod
    def _visible_queues(tx, actor) -> tuple[str, ...] | None:
        """None for everything (admins, supervisors); an agent's queues as the store has them
        now, not as they were at sign-in."""
        if actor.role in ("admin", "supervisor"):
            return None
        return tuple(tx.people.get_agent(actor.id).queues)

    def view_counts(self) -> dict[str, int]:
        """The count of every sidebar view (models.VIEWS and "queue:<name>") in one query."""
        tx = self.ctx.store.read()
        actor = self.ctx.actor
        return tx.tickets.view_counts(actor.email if actor else None,
                                      self._visible_queues(tx, actor) if actor else None)

    def ticket(self, ref: int | str, *, with_messages: bool = True) -> Ticket:
        ticket = self.ctx.store.read().tickets.get_ticket(valid.ticket_ref(ref),
                                                          with_messages=with_messages)
        self.ctx.require_ticket_access(ticket, self.ctx.actor)
        return ticket

    def raw_message(self, message_row_id: int) -> bytes | None:
        """The bytes as received: what a person sees of mail that could not be parsed."""
        return self.ctx.store.read().tickets.raw_message(message_row_id)

    def inline_part(self, message_row_id: int, content_id: str) -> tuple[str, bytes] | None:
        return self.ctx.store.read().tickets.attachment_data(message_row_id, content_id)

    def attachment(self, attachment_id: int) -> tuple[AttachmentInfo, bytes]:
        """An attachment's bytes as stored (Open and Save as write them unchanged)."""
        return self.ctx.store.read().tickets.attachment(int(attachment_id))

    # -- changes --------------------------------------------------------------------------

    async def mark_read(self, ref: int | str) -> None:
        """The signed-in agent opened the ticket: its customer mail so far is read."""
        actor = self.ctx.actor
        if actor is None:
            return
        ticket = self.ticket(ref, with_messages=False)
        await self.ctx.store.write(lambda tx: tx.tickets.mark_read(actor.id, ticket.id, utcnow()))
        self.ctx.notify(events.TICKETS, (ticket.id,))

    async def update_tickets(self, refs, *, status: str | None = None,
                             queue: str | None = None, assignee: str | None = None
                             ) -> list[Ticket]:
        """One change to many tickets in one transaction: all of them or none.

        Every ticket must be the actor's to work; moving queues and assigning others needs a
        supervisor or admin, while an agent may take tickets (assign them to themself)."""
        ids = list(dict.fromkeys(valid.ticket_ref(r) for r in refs))
        if not ids:
            raise ValidationError("No tickets are selected.")
        actor = self.ctx.actor
        if status is not None:
            status = valid.choice(status, STATUSES, "Status", "status")
        taking = (assignee is not None and actor is not None
                  and assignee.strip().lower() == actor.email.lower())
        if actor is not None and (queue is not None or (assignee is not None and not taking)):
            self.ctx.require("admin", "supervisor")
        for ticket_id in ids:
            self.ctx.require_ticket_access(self.ticket(ticket_id, with_messages=False), actor)

        def write(tx):
            now = utcnow()
            changes: dict = {"updated_at": now}
            if status is not None:
                changes["status"] = status
            if queue is not None:
                changes["queue_id"] = tx.people.find_queue(queue).id
            if assignee is not None:
                agent = None if assignee.lower() == "none" else tx.people.find_agent(assignee)
                if agent is not None and not agent.active:
                    raise ValidationError(f"{agent.email} is deactivated and cannot be "
                                          "assigned tickets.", field="assignee")
                changes.update(assignee_id=agent.id if agent else None, awaiting_agent=0)
                if agent is not None:
                    tx.people.touch_assigned(agent.id, now)
            who = actor.email if actor else None
            for ticket_id in ids:
                change_ticket(tx, ticket_id, now, who, **changes)
                if queue is not None and assignee is None:
                    route(tx, ticket_id, now)
            return [tx.tickets.get_ticket(t) for t in ids]

        tickets = await self.ctx.store.write(write)
        self.ctx.notify(events.TICKETS, ids)
        return tickets

    async def set_ticket(self, ref: int | str, *, status: str | None = None,
                         priority: str | None = None, type: str | None = None,
                         queue: str | None = None, assignee: str | None = None,
                         ccs: list[str] | None = None) -> Ticket:
        """Each change is recorded as an event by the signed-in agent. An agent works only
        within their queues: another of their queues, a member of the ticket's queue."""
        ticket_id = valid.ticket_ref(ref)
        actor = self.ctx.actor
        self.ctx.require_ticket_access(self.ticket(ticket_id, with_messages=False), actor)
        changes: dict = {}
        if status is not None:
            changes["status"] = valid.choice(status, STATUSES, "Status", "status")
        if priority is not None:
            changes["priority"] = valid.choice(priority, PRIORITIES, "Priority", "priority")
        if type is not None:
            changes["type"] = valid.choice(type, TYPES, "Type", "type")
        wanted_ccs = None if ccs is None else _cc_list(ccs)
        limited = actor is not None and actor.role == "agent"

        def write(tx):
            now = utcnow()
            state = tx.tickets.ticket_state(ticket_id)
            queue_id = state.queue_id
            if queue is not None:
                target = tx.people.find_queue(queue)
                if limited and target.name not in actor.queues:
                    raise PermissionDeniedError(
                        f"{actor.email} is not a member of the queue {target.name!r}.")
                queue_id = changes["queue_id"] = target.id
            if assignee is not None:
                if assignee.strip().lower() == "none":
                    changes.update(assignee_id=None, awaiting_agent=0)
                else:
                    agent = tx.people.find_agent(assignee)
                    if not agent.active:
                        raise ValidationError(f"{agent.email} is deactivated and cannot be "
                                              "assigned tickets.", field="assignee")
                    if limited and (queue_id is None
                                    or not tx.people.is_member(queue_id, agent.id)):
                        raise PermissionDeniedError(
                            f"{agent.email} is not a member of the ticket's queue.")
                    changes.update(assignee_id=agent.id, awaiting_agent=0)
                    if agent.id != state.assignee_id:
                        tx.people.touch_assigned(agent.id, now)
            who = actor.email if actor else None
            change_ticket(tx, ticket_id, now, who, **changes)
            if wanted_ccs is not None:
                _set_ccs(tx, ticket_id, now, who, wanted_ccs)
            if queue is not None and assignee is None and queue_id != state.queue_id:
                route(tx, ticket_id, now)
            return tx.tickets.get_ticket(ticket_id)

        ticket = await self.ctx.store.write(write)
        self.ctx.notify(events.TICKETS, (ticket_id,), actor=actor.email if actor else None)
        return ticket

    async def reply(self, ref: int | str, author_email: str, body: str, *,
                    via: int | str | None = None, cc: list[str] = (),
                    attachments: list[tuple[str, str, bytes]] = (),
                    html: str | None = None, signature: bool = False) -> tuple[Ticket, int]:
        """Queue an agent's reply through the ticket's sending mailbox; returns the outbox id.

        An explicit `via` (a mailbox id or address) becomes the ticket's `reply_via`: the
        choice sticks. The MIME message (up to 25 MiB of attachments) is built off the loop.
        `signature` appends the author's signature, filled for the sending mailbox (the
        app's composer asks for it; scripts send the body as written). The author's draft
        of this ticket goes in the same transaction.
        """
        ticket = self.ticket(ref)
        author = self.ctx.store.read().people.find_agent(author_email)
        self.ctx.require_ticket_access(ticket, author)
        if not body.strip():
            raise ValidationError("The reply is empty.", field="body")
        if via is None and ticket.reply_via is None:
            choices = ", ".join(f"{m.id} ({m.address})"
                                for m in self.mailboxes.sending_mailboxes())
            raise ValidationError(
                f"Ticket {ticket.serial} has no sending mailbox: pick one with --via "
                + (f"({choices})." if choices else "after adding an SMTP email or Gmail."),
                field="via")
        mailbox = self.mailboxes.sending_mailbox(via if via is not None else ticket.reply_via)
        if signature:
            signed = fill(self.ctx.store.read().canned.get_signature(author.id),
                          {"agent_name": author.name, "mailbox_name": mailbox.name})
            body = f"{body.rstrip()}\n\n-- \n{signed}" if signed.strip() else body
        extra_cc = [valid.address(a, "Cc", "cc") for a in cc]
        portal = self.portal.require_portal()
        to = [ticket.requester]
        ccs = list({a.email.lower(): a for a in ticket.ccs + extra_cc
                    if a.email.lower() != ticket.requester.email.lower()}.values())
        inbound = [m for m in ticket.messages if m.direction == "in" and m.message_id]
        thread_ids = [m.message_id for m in ticket.messages
                      if m.message_id and m.direction in ("in", "out")]
        message_id = make_message_id(portal.domain, ticket.id, self.portal.thread_key())
        subject = reply_subject(ticket.subject, ticket.serial)
        sender = Address(mailbox.name, mailbox.address)
        data = await asyncio.to_thread(
            build_message, sender=sender, to=to, cc=ccs, subject=subject, text=body, html=html,
            attachments=list(attachments), message_id=message_id,
            in_reply_to=inbound[-1].message_id if inbound else None,
            references=thread_ids[-20:])

        def write(tx):
            now = utcnow()
            row_id = tx.tickets.add_message(
                ticket_id=ticket.id, mailbox_id=mailbox.id, direction="out", sender=sender,
                to=to, cc=ccs, subject=subject, text=body, html=html, now=now,
                message_id=message_id, author_id=author.id,
                attachments=[NewAttachment(safe_filename(n), t, d)
                             for n, t, d in attachments])
            item_id = tx.outbox.enqueue(
                kind="reply", ticket_id=ticket.id, message_row_id=row_id,
                via_mailbox_id=mailbox.id, envelope_from=mailbox.address,
                recipients=[a.email for a in to + ccs], data=data, now=now)
            changes = {"reply_via": mailbox.id}
            if ticket.status == "new":
                changes["status"] = "processing"
            change_ticket(tx, ticket.id, now, author.email, **changes)
            tx.drafts.clear_draft(author.id, ticket.id)
            return item_id

        item_id = await self.ctx.store.write(write)
        self.ctx.notify(events.TICKETS, (ticket.id,))
        self.ctx.notify(events.OUTBOX, (item_id,))
        return self.ticket(ticket.id), item_id

    async def set_reply_via(self, ref: int | str, mailbox: int | str) -> Ticket:
        ticket = self.ticket(ref, with_messages=False)
        self.ctx.require_ticket_access(ticket, self.ctx.actor)
        chosen = self.mailboxes.sending_mailbox(mailbox)

        def write(tx):
            tx.tickets.update_ticket(ticket.id, reply_via=chosen.id)
            return tx.tickets.get_ticket(ticket.id)

        updated = await self.ctx.store.write(write)
        self.ctx.notify(events.TICKETS, (ticket.id,))
        return updated

    async def take(self, ref: int | str) -> Ticket:
        """The signed-in agent assigns the ticket to themself unless someone else has it.

        Decided inside the write: of two agents taking one ticket at once (on a team store,
        from two desktops), one wins and the other hears who did.
        """
        ticket_id = valid.ticket_ref(ref)
        actor = self.ctx.actor
        if actor is None:
            raise ValidationError("Sign in as an agent to take a ticket.")
        self.ctx.require_ticket_access(self.ticket(ticket_id, with_messages=False), actor)

        def write(tx):
            state = tx.tickets.ticket_state(ticket_id)
            if state.assignee_id not in (None, actor.id):
                holder = tx.people.get_agent(state.assignee_id)
                raise ConflictError(f"Ticket {format_serial(ticket_id)} was just taken by "
                                    f"{holder.name} ({holder.email}).")
            now = utcnow()
            change_ticket(tx, ticket_id, now, actor.email, assignee_id=actor.id,
                          awaiting_agent=0)
            tx.people.touch_assigned(actor.id, now)
            return tx.tickets.get_ticket(ticket_id)

        ticket = await self.ctx.store.write(write)
        self.ctx.notify(events.TICKETS, (ticket_id,), actor=actor.email)
        return ticket

    async def add_note(self, ref: int | str, author_email: str, body: str) -> Ticket:
        ticket_id = valid.ticket_ref(ref)
        author = self.ctx.store.read().people.find_agent(author_email)
        self.ctx.require_ticket_access(self.ticket(ticket_id, with_messages=False), author)
        if not body.strip():
            raise ValidationError("The note is empty.", field="body")

        def write(tx):
            tx.tickets.add_message(ticket_id=ticket_id, mailbox_id=None, direction="note",
                                   sender=Address(author.name, author.email), to=[], cc=[],
                                   subject="", text=body, html=None, now=utcnow(),
                                   author_id=author.id)
            tx.drafts.clear_draft(author.id, ticket_id)
            return tx.tickets.get_ticket(ticket_id, with_messages=True)

        ticket = await self.ctx.store.write(write)
        self.ctx.notify(events.TICKETS, (ticket_id,))
        return ticket


MAX_CCS = 50

_TRACKED = (("status", "status"), ("priority", "priority"), ("type", "type"),
            ("queue_id", "queue"), ("assignee_id", "assignee"))


def change_ticket(tx, ticket_id: int, now: datetime, actor: str | None, **changes) -> None:
    """Every change of a ticket goes through here, so its history is written in the same
    transaction; `actor` is the agent's email, None for the core (routing, mail)."""
    before = tx.tickets.ticket_state(ticket_id)
    changes.setdefault("updated_at", now)
    tx.tickets.update_ticket(ticket_id, **changes)
    recorded = [(field, _shown(tx, column, getattr(before, column)),
                 _shown(tx, column, changes[column]))
                for column, field in _TRACKED
                if column in changes and changes[column] != getattr(before, column)]
    if recorded:
        tx.tickets.add_events(ticket_id, now, actor, recorded)


def _shown(tx, column: str, value):
    """History keeps names as they read, not ids."""
    if value is None:
        return None
    if column == "queue_id":
        return tx.people.get_queue(value).name
    if column == "assignee_id":
        return tx.people.get_agent(value).email
    return value


def add_ccs(tx, ticket_id: int, now: datetime, actor: str | None,
            addresses: list[Address]) -> None:
    added = tx.tickets.add_ccs(ticket_id, addresses)
    if added:
        tx.tickets.add_events(ticket_id, now, actor, [("ccs", None, a.email) for a in added])


def _set_ccs(tx, ticket_id: int, now: datetime, actor: str | None,
             wanted: list[Address]) -> None:
    """The ticket's CCs become `wanted`; the requester and the portal's own addresses are
    refused (a CC to ourselves would loop)."""
    ticket = tx.tickets.get_ticket(ticket_id)
    portal = tx.portal.get_portal()
    ours = tx.mailboxes.all_addresses()
    for a in wanted:
        email = a.email.lower()
        if email == ticket.requester.email.lower():
            raise ValidationError(f"{a.email} is the requester; replies go to them already.",
                                  field="ccs")
        if email in ours or (portal and email.rpartition("@")[2] == portal.domain.lower()):
            raise ValidationError(f"{a.email} is an address of this portal; it cannot be a CC.",
                                  field="ccs")
    keep = {a.email.lower() for a in wanted}
    removed = tx.tickets.remove_ccs(ticket_id, [c.email for c in ticket.ccs
                                                if c.email.lower() not in keep])
    if removed:
        tx.tickets.add_events(ticket_id, now, actor, [("ccs", a.email, None) for a in removed])
    add_ccs(tx, ticket_id, now, actor, wanted)
    tx.tickets.update_ticket(ticket_id, updated_at=now)


def _cc_list(ccs: list[str]) -> list[Address]:
    """Each address parsed strictly (CR/LF refused), once."""
    unique: dict[str, Address] = {}
    for text in ccs:
        a = valid.address(text, "Cc", "ccs")
        unique.setdefault(a.email.lower(), a)
    if len(unique) > MAX_CCS:
        raise ValidationError(f"A ticket takes at most {MAX_CCS} CCs.", field="ccs")
    return list(unique.values())


def _online_only(tx, mailbox_id: int | None) -> bool:
    if mailbox_id is None:
        return False
    try:
        return tx.mailboxes.get_mailbox(mailbox_id, include_removed=True).online_first
    except NotFoundError:
        return False


def route(tx, ticket_id: int, now: datetime) -> int | None:
    """Assign to the best member of the ticket's queue, or mark it waiting for one."""
    state = tx.tickets.ticket_state(ticket_id)
    agent_id = None
    if state.queue_id is not None:
        agent_id = choose_assignee(tx.people.routing_candidates(state.queue_id, now),
                                   online_only=_online_only(tx, state.mailbox_id))
    change_ticket(tx, ticket_id, now, None, assignee_id=agent_id,
                  awaiting_agent=int(agent_id is None))
    if agent_id is not None:
        tx.people.touch_assigned(agent_id, now)
    return agent_id


def assign_waiting(tx, queue_ids: list[int], now: datetime) -> list[int]:
    """Give waiting tickets, oldest first, to members as they become available."""
    changed = []
    for queue_id in queue_ids:
        waiting = tx.tickets.waiting_tickets(queue_id)
        if not waiting:
            continue
        pool = {c.agent_id: c for c in tx.people.routing_candidates(queue_id, now)}
        for ticket_id in waiting:
            state = tx.tickets.ticket_state(ticket_id)
            agent_id = choose_assignee(list(pool.values()),
                                       online_only=_online_only(tx, state.mailbox_id))
            if agent_id is None:
                continue
            change_ticket(tx, ticket_id, now, None, assignee_id=agent_id, awaiting_agent=0)
            tx.people.touch_assigned(agent_id, now)
            chosen = pool[agent_id]
            pool[agent_id] = Candidate(agent_id, chosen.open_count + 1, now, chosen.online)
            changed.append(ticket_id)
    return changed
