"""core.events -> Qt signals: the only way the GUI hears the core."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ..core import events
from ..core.events import Event, EventBus


class EventBridge(QObject):
    """Re-emits each core event as a typed signal.

    The bus calls back on the asyncio loop's thread, which under qasync is the GUI thread;
    were it ever another thread, Qt queues the signals to the receivers' thread.
    STORE means another process changed the store: views re-read whatever they show.
    """

    tickets_changed = Signal(tuple)  # ticket ids
    tickets_changed_by = Signal(tuple, str)  # ticket ids, the acting agent's email or ""
    mailboxes_changed = Signal()
    people_changed = Signal()
    portal_changed = Signal()
    outbox_changed = Signal()
    store_changed = Signal()
    core_changed = Signal(str)  # "started", "stopped" or an error line
    sync_progress = Signal(int, int, int)  # mailbox id, messages imported, of how many

    def __init__(self, bus: EventBus, parent: QObject | None = None):
        super().__init__(parent)
        unsubscribe = bus.subscribe(self._on_event)
        self.destroyed.connect(lambda *_: unsubscribe())
        self._unsubscribe = unsubscribe

    def detach(self) -> None:
        """Stop listening (the bus would otherwise keep calling a dying object)."""
        self._unsubscribe()

    def _on_event(self, event: Event) -> None:
        kind = event.kind
        if kind == events.TICKETS:
            self.tickets_changed.emit(tuple(event.ids))
            self.tickets_changed_by.emit(tuple(event.ids), event.extra.get("actor") or "")
        elif kind == events.MAILBOXES:
            self.mailboxes_changed.emit()
        elif kind == events.PEOPLE:
            self.people_changed.emit()
        elif kind == events.PORTAL:
            self.portal_changed.emit()
        elif kind == events.OUTBOX:
            self.outbox_changed.emit()
        elif kind == events.STORE:
            self.store_changed.emit()
        elif kind == events.CORE:
            self.core_changed.emit(event.detail)
        elif kind == events.SYNC:
            self.sync_progress.emit(event.ids[0], event.extra["done"], event.extra["total"])
