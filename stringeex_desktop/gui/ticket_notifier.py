"""What deserves a desktop notification: a ticket newly assigned to me, a customer's answer
on one of mine. Never my own actions; grouped when many arrive at once."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from ..core.models import OPEN_STATUSES, Ticket, TicketFilter
from ..core.service import Service
from . import preferences
from .bridge import EventBridge

log = logging.getLogger(__name__)

COALESCE_MS = 1500
"""Changes within this window make one notification ("12 tickets need you")."""
COUNT_DELAY_MS = 200
KNOWN_LIMIT = 2000
"""My most recently updated tickets, followed across other processes' changes (STORE)."""


class TicketNotifier(QObject):
    """Follows the message counts of my tickets. A ticket that becomes mine was assigned to
    me (unless I took it myself: the core names the acting agent); a count that grows with
    a customer's message is an answer (my replies and notes are not). STORE events (another
    process wrote) are diffed against the same snapshot, so a `serve` core's mail counts too.
    """

    notify = Signal(str, str, int)  # title, text, ticket id (0 when several)
    counts_changed = Signal(int, int)  # my open tickets, of which new (not yet answered)

    def __init__(self, service: Service, bridge: EventBridge, email: str,
                 parent: QObject | None = None):
        super().__init__(parent)
        self._service = service
        self._email = email.lower()
        self._known: dict[int, int] = {}
        self._assigned: set[int] = set()
        self._answered: set[int] = set()
        self.counts = (0, 0)
        self._flush_timer = QTimer(self, singleShot=True, interval=COALESCE_MS)
        self._flush_timer.timeout.connect(self.flush)
        self._count_timer = QTimer(self, singleShot=True, interval=COUNT_DELAY_MS)
        self._count_timer.timeout.connect(self.update_counts)
        bridge.tickets_changed_by.connect(self._tickets_changed)
        bridge.store_changed.connect(self._store_changed)
        bridge.people_changed.connect(self._count_timer.start)
        self._read(None, announce=False)
        self.update_counts()

    # -- following the store ----------------------------------------------------------------

    def _tickets_changed(self, ids: tuple[int, ...], actor: str) -> None:
        if not ids:
            self._store_changed()
            return
        mine = self._read(ids, announce=actor.lower() != self._email)
        if mine is not None:
            for gone in set(ids) - mine:
                self._known.pop(gone, None)

    def _store_changed(self) -> None:
        mine = self._read(None, announce=True)
        if mine is not None and len(mine) < KNOWN_LIMIT:
            for gone in set(self._known) - mine:
                del self._known[gone]

    def _read(self, ids, *, announce: bool) -> set[int] | None:
        """My tickets among `ids` (None: my latest); `announce=False` learns the state
        without telling (start-up, my own change)."""
        try:
            activity = self._service.ticket_activity(self._email, ids, KNOWN_LIMIT)
        except Exception:
            log.exception("reading my tickets for notifications failed")
            return None
        for ticket in activity:
            before = self._known.get(ticket.id)
            self._known[ticket.id] = ticket.message_count
            if not announce:
                continue
            if before is None and ticket.status in OPEN_STATUSES:
                self._assigned.add(ticket.id)
            elif before is not None and ticket.message_count > before \
                    and ticket.last_direction == "in":
                self._answered.add(ticket.id)
        if (self._assigned or self._answered) and not self._flush_timer.isActive():
            self._flush_timer.start()
        self._count_timer.start()
        return {t.id for t in activity}

    # -- telling ------------------------------------------------------------------------------

    def flush(self) -> None:
        """One notification for everything gathered since the first change."""
        assigned, answered = self._assigned, self._answered - self._assigned
        self._assigned, self._answered = set(), set()
        total = len(assigned) + len(answered)
        if not total or preferences.do_not_disturb():
            return
        if total == 1:
            try:
                ticket = self._service.ticket(next(iter(assigned or answered)),
                                              with_messages=False)
            except Exception:
                log.exception("reading the ticket to notify about failed")
                return
        if total == 1 and assigned:
            self.notify.emit(self.tr("Ticket {0} assigned to you").format(ticket.serial),
                             self.tr("{0}\nfrom {1}").format(ticket.subject, _who(ticket)),
                             ticket.id)
        elif total == 1:
            self.notify.emit(self.tr("{0} answered ticket {1}").format(_who(ticket),
                                                                       ticket.serial),
                             ticket.subject, ticket.id)
        else:
            parts = []
            if assigned:
                parts.append(self.tr("%n assigned to you", "", len(assigned)))
            if answered:
                parts.append(self.tr("%n answered by customers", "", len(answered)))
            self.notify.emit(self.tr("%n tickets need you", "", total), "; ".join(parts), 0)
        if preferences.notification_sound():
            QApplication.beep()

    def update_counts(self) -> None:
        self._count_timer.stop()
        try:
            new = self._service.ticket_count(TicketFilter(assignee=self._email, status="new"))
            open_ = new + sum(self._service.ticket_count(
                TicketFilter(assignee=self._email, status=s)) for s in OPEN_STATUSES[1:])
        except Exception:
            log.exception("counting my tickets failed")
            return
        if (open_, new) != self.counts:
            self.counts = (open_, new)
            self.counts_changed.emit(open_, new)


def _who(ticket: Ticket) -> str:
    return ticket.requester.name or ticket.requester.email
