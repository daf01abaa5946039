"""Core -> GUI notifications. Plain callbacks on the loop thread; the GUI bridges them to signals."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Callable

log = logging.getLogger(__name__)

TICKETS = "tickets"          # ids: the tickets created or changed
MAILBOXES = "mailboxes"
PEOPLE = "people"            # queues, agents, presence
PORTAL = "portal"
OUTBOX = "outbox"            # ids: outbox items whose state changed
STORE = "store"              # another process changed the store; re-read what you show
SYNC = "sync"                # ids: (mailbox id,); detail "n of N"; extra {done, total}:
                             # progress of a Gmail mailbox's first import or resync
CORE = "core"                # detail: "started" | "stopped" | an error line

# What other processes on a team store hear too (the store publishes them, LISTEN/NOTIFY).
SHARED = (TICKETS, MAILBOXES, PEOPLE, PORTAL, OUTBOX)


@dataclass(frozen=True)
class Event:
    kind: str
    ids: tuple[int, ...] = ()
    detail: str = ""
    extra: dict = field(default_factory=dict, compare=False)


class EventBus:
    def __init__(self) -> None:
        self._subscribers: list[Callable[[Event], None]] = []

    def subscribe(self, callback: Callable[[Event], None]) -> Callable[[], None]:
        self._subscribers.append(callback)
        return lambda: self._subscribers.remove(callback) if callback in self._subscribers else None

    def emit(self, event: Event) -> None:
        for callback in list(self._subscribers):
            try:
                callback(event)
            except Exception:
                log.exception("event subscriber failed on %s", event.kind)
