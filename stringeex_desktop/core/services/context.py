"""What every domain service shares: the store, the event bus, secrets and the acting agent."""

from __future__ import annotations

from pathlib import Path

from ..auth.secrets import SecretStore
from ..errors import PermissionDeniedError
from ..events import SHARED, Event, EventBus
from ..models import Agent, Ticket
from ..store import Store


class Context:
    def __init__(self, data_dir: Path, store: Store, bus: EventBus, secrets: SecretStore):
        self.data_dir = data_dir
        self.store = store
        self.bus = bus
        self.secrets = secrets
        self.actor: Agent | None = None

    def notify(self, kind: str, ids=(), detail: str = "", **extra) -> None:
        """Tell this process's listeners, and (for shared kinds) the store's other clients."""
        ids = tuple(ids)
        self.bus.emit(Event(kind, ids, detail, extra))
        if kind in SHARED:
            self.store.publish(kind, ids)

    def require(self, *roles: str) -> None:
        """Scripts without a signed-in agent (the CLI) act as the portal's owner."""
        if self.actor is not None and self.actor.role not in roles:
            raise PermissionDeniedError(
                f"{self.actor.email} is a{'n' if self.actor.role[0] in 'aeiou' else ''} "
                f"{self.actor.role}; this needs the role {' or '.join(roles)}.")

    @staticmethod
    def require_ticket_access(ticket: Ticket, actor: Agent | None) -> None:
        if actor is None or actor.role in ("admin", "supervisor"):
            return
        if ticket.queue not in actor.queues:
            raise PermissionDeniedError(
                f"{actor.email} is not a member of the queue of ticket {ticket.serial}.")
