"""One change of a ticket, as a small line in its thread: "Ada set status Solved · 14:05"."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from ...core.models import TicketEvent
from ..widgets.common import format_time, priority_label, status_label, type_label


class EventLine(QLabel):
    """`name_of(email)` gives an agent's name; the core's own changes (routing, a customer's
    answer) read as StringeeX's. The full time and addresses are in the tooltip."""

    def __init__(self, event: TicketEvent, name_of: Callable[[str | None], str | None],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ticket_event = event
        self.setObjectName("eventLine")
        self.setProperty("role", "hint")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        who = name_of(event.actor) if event.actor else self.tr("StringeeX")
        self.setText(self.tr("{0} · {1}").format(self.describe(who, name_of),
                                                 format_time(event.at, "list")))
        self.setToolTip(self.tr("{0}: {1} → {2}, by {3}").format(
            format_time(event.at, "long"), event.old or "—", event.new or "—",
            event.actor or self.tr("StringeeX (routing or the customer's mail)")))

    def describe(self, who: str, name_of: Callable[[str | None], str | None]) -> str:
        event = self.ticket_event
        if event.field == "status":
            return self.tr("{0} set status {1}").format(who, status_label(event.new))
        if event.field == "priority":
            return self.tr("{0} set priority {1}").format(who, priority_label(event.new))
        if event.field == "type":
            return self.tr("{0} set type {1}").format(who, type_label(event.new))
        if event.field == "queue":
            return self.tr("{0} moved the ticket to {1}").format(who, event.new or "—")
        if event.field == "assignee":
            if event.new is None:
                return self.tr("{0} unassigned {1}").format(who, name_of(event.old))
            if event.actor and event.new.lower() == event.actor.lower():
                return self.tr("{0} took the ticket").format(who)
            return self.tr("{0} assigned {1}").format(who, name_of(event.new))
        if event.new is not None:
            return self.tr("{0} added CC {1}").format(who, event.new)
        return self.tr("{0} removed CC {1}").format(who, event.old)
