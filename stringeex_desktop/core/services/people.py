"""Queues, agents and presence; membership and presence changes hand out waiting tickets."""

from __future__ import annotations

from datetime import timedelta

from .. import events
from ..errors import NotFoundError
from ..models import PRESENCES, ROLES, Agent, Queue, utcnow
from . import validation as valid
from .context import Context
from .tickets import assign_waiting

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
            self.ctx.actor = self.agent(email)
        else:
            admins = [a for a in self.agents() if a.role == "admin"]
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

    def _announce(self, changed: list[int]) -> None:
        self.ctx.notify(events.PEOPLE)
        if changed:
            self.ctx.notify(events.TICKETS, changed)
