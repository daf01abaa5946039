"""Queues, agents and presence; membership and presence changes hand out waiting tickets."""

from __future__ import annotations

from datetime import timedelta

from .. import events
from ..errors import ConflictError, NotFoundError, PermissionDeniedError, ValidationError
from ..models import PRESENCES, ROLES, Agent, Queue, utcnow
from . import validation as valid
from .context import Context
from .tickets import assign_waiting, route

HEARTBEAT_TTL = timedelta(seconds=90)


class PeopleService:
    def __init__(self, ctx: Context):
        self.ctx = ctx

    def queues(self) -> list[Queue]:
        return self.ctx.store.read().people.list_queues()

    def agents(self) -> list[Agent]:
        return self.ctx.store.read().people.list_agents()

    def agent(self, email: str) -> Agent:
        return self.ctx.store.read().people.find_agent(email)

    def sign_in(self, email: str | None = None) -> Agent:
        """Single seat: the app acts as one agent, by default the first admin."""
        if email:
            agent = self.agent(email)
            if not agent.active:
                raise PermissionDeniedError(
                    f"{agent.email} is deactivated; an admin can reactivate them in "
                    "Settings → Agents.")
            self.ctx.actor = agent
        else:
            admins = [a for a in self.agents() if a.role == "admin" and a.active]
            if not admins:
                raise NotFoundError("No admin exists yet; set up the portal first.")
            self.ctx.actor = admins[0]
        return self.ctx.actor

    async def add_queue(self, name: str) -> Queue:
        self.ctx.require("admin", "supervisor")
        name = valid.name(name, "Queue name", "name")
        queue = await self.ctx.store.write(lambda tx: tx.people.add_queue(name))
        self.ctx.notify(events.PEOPLE)
        return queue

    async def set_queue_members(self, name: str, emails: list[str]) -> Queue:
        self.ctx.require("admin", "supervisor")

        def write(tx):
            queue = tx.people.find_queue(name)
            tx.people.set_queue_members(queue.id, [tx.people.find_agent(e).id for e in emails])
            changed = assign_waiting(tx, [queue.id], utcnow())
            return tx.people.get_queue(queue.id), changed

        queue, changed = await self.ctx.store.write(write)
        self._announce(changed)
        return queue

    async def add_agent(self, email: str, name: str, role: str = "agent",
                        queues: list[str] = ()) -> Agent:
        self.ctx.require("admin")
        email = valid.address(email, "Agent email", "email").email
        name = valid.name(name, "Agent name", "name")
        role = valid.choice(role, ROLES, "Role", "role")

        def write(tx):
            queue_ids = [tx.people.find_queue(q).id for q in queues]
            agent = tx.people.add_agent(email, name, role)
            for queue_id in queue_ids:
                tx.people.add_membership(queue_id, agent.id)
            changed = assign_waiting(tx, queue_ids, utcnow())
            return tx.people.get_agent(agent.id), changed

        agent, changed = await self.ctx.store.write(write)
        self._announce(changed)
        return agent

    async def set_presence(self, email: str, presence: str, *, ttl: timedelta | None = None
                           ) -> Agent:
        """Online agents pick up waiting tickets at once; `ttl` makes a heartbeat expire."""
        presence = valid.choice(presence, PRESENCES, "Presence", "presence")
        actor = self.ctx.actor
        if actor is not None and actor.email.lower() != email.strip().lower():
            self.ctx.require("admin", "supervisor")

        def write(tx):
            now = utcnow()
            agent = tx.people.find_agent(email)
            if presence == "online" and not agent.active:
                raise ValidationError(f"{agent.email} is deactivated and cannot go online.",
                                      field="presence")
            deadline = now + ttl if ttl is not None and presence == "online" else None
            tx.people.set_presence(agent.id, presence, deadline)
            changed = []
            if presence == "online":
                changed = assign_waiting(tx, tx.people.queues_of_agent(agent.id), now)
            return tx.people.get_agent(agent.id), changed

        agent, changed = await self.ctx.store.write(write)
        self.ctx.notify(events.PEOPLE, (agent.id,))
        if changed:
            self.ctx.notify(events.TICKETS, changed)
        return agent

    # -- editing queues and agents ---------------------------------------------------------

    async def rename_queue(self, name: str, new_name: str) -> Queue:
        """Tickets, mailboxes and members follow: they refer to the queue, not its name."""
        self.ctx.require("admin", "supervisor")
        new_name = valid.name(new_name, "Queue name", "name")

        def write(tx):
            return tx.people.rename_queue(tx.people.find_queue(name).id, new_name)

        queue = await self.ctx.store.write(write)
        self.ctx.notify(events.PEOPLE)
        self.ctx.notify(events.MAILBOXES)
        self.ctx.notify(events.TICKETS)
        return queue

    async def remove_queue(self, name: str) -> Queue:
        """Refused while a mailbox routes to it or an open ticket waits in it: the person
        moves those first, so no mail or work is left without a queue."""
        self.ctx.require("admin", "supervisor")

        def write(tx):
            queue = tx.people.find_queue(name)
            addresses, open_tickets = tx.people.queue_usage(queue.id)
            reasons = []
            if addresses:
                reasons.append(f"the email{'s' if len(addresses) > 1 else ''} "
                               f"{', '.join(addresses)} deliver{'' if len(addresses) > 1 else 's'}"
                               " to it")
            if open_tickets:
                reasons.append(f"{open_tickets} open ticket{'s' if open_tickets > 1 else ''} "
                               f"{'are' if open_tickets > 1 else 'is'} in it")
            if reasons:
                raise ConflictError(
                    f"The queue {queue.name!r} cannot be removed: {' and '.join(reasons)}. "
                    "Choose another queue for them first.")
            tx.people.remove_queue(queue.id)
            return queue

        queue = await self.ctx.store.write(write)
        self.ctx.notify(events.PEOPLE)
        return queue

    async def update_agent(self, email: str, *, name: str | None = None,
                           role: str | None = None, queues: list[str] | None = None,
                           active: bool | None = None) -> Agent:
        """An admin's edit. A deactivated agent goes offline and their open tickets go back
        to routing, as do open tickets of a queue they no longer work; the last active admin
        stays an active admin, so the portal is never left without one."""
        self.ctx.require("admin")
        if name is not None:
            name = valid.name(name, "Agent name", "name")
        if role is not None:
            role = valid.choice(role, ROLES, "Role", "role")

        def write(tx):
            now = utcnow()
            agent = tx.people.find_agent(email)
            losing_admin = agent.role == "admin" and agent.active and (
                (role is not None and role != "admin") or active is False)
            if losing_admin and tx.people.active_admins() <= 1:
                raise ConflictError(f"{agent.email} is the only active admin; make another "
                                    "agent an admin first.")
            queue_ids = ([tx.people.find_queue(q).id for q in queues] if queues is not None
                         else tx.people.queues_of_agent(agent.id))
            updated = tx.people.update_agent(agent.id, name=name, role=role, active=active)
            if queues is not None:
                tx.people.set_agent_queues(agent.id, queue_ids)
            if not updated.active:
                tx.people.set_presence(agent.id, "offline", None)
            changed = []
            for ticket_id, queue_id in tx.tickets.open_tickets_of(agent.id):
                if not updated.active or queue_id not in queue_ids:
                    route(tx, ticket_id, now)
                    changed.append(ticket_id)
            if updated.active:
                changed += assign_waiting(tx, queue_ids, now)
            return tx.people.get_agent(agent.id), changed

        agent, changed = await self.ctx.store.write(write)
        self._announce(changed)
        return agent

    def _announce(self, changed: list[int]) -> None:
        self.ctx.notify(events.PEOPLE)
        if changed:
            self.ctx.notify(events.TICKETS, changed)
