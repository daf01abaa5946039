"""The Ticket menu: what an agent can change on the open ticket, with single-key shortcuts.

The same QActions and submenus serve the main window's menu bar and the ticket header's
buttons, so a change made either way is one code path. Every change goes through
`Service.set_ticket`, which checks the permissions; a refusal is shown, never raised.
"""

from __future__ import annotations

import asyncio

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from ...core.models import PRIORITIES, STATUSES, TYPES, Agent, Queue, Ticket
from ...core.service import Service
from ..widgets.common import error_text, literal, priority_label, status_label, type_label


class TicketActions(QObject):
    popup_requested = Signal(str)  # which header menu to open: "status" or "assignee"
    failed = Signal(str)  # a refused or failed change, in the core's words
    changed = Signal(int)  # ticket id

    def __init__(self, service: Service, parent: QWidget):
        super().__init__(parent)
        self._service = service
        self._ticket: Ticket | None = None
        self._agents: dict[str, Agent] = {}
        self._menus_key: tuple | None = None
        self.pending: asyncio.Future | None = None

        self.menu = QMenu(self.tr("&Ticket"), parent)
        self.menu.setObjectName("menuTicket")
        self.take_action = self._action(self.tr("&Take It"), "A", self._take_or_assign)
        self.take_action.setObjectName("actionTakeTicket")
        self.status_action = self._action(self.tr("Set &Status…"), "S",
                                          lambda: self.popup_requested.emit("status"))
        self.status_action.setObjectName("actionSetStatus")
        self.reply_action = self._action(self.tr("&Reply"), "R")
        self.reply_action.setObjectName("actionReply")
        self.note_action = self._action(self.tr("Add &Note"), "N")
        self.note_action.setObjectName("actionNote")
        self.ccs_action = self._action(self.tr("Edit &CCs…"))
        self.ccs_action.setObjectName("actionEditCcs")

        self.status_menu = self._choices(self.tr("St&atus"), STATUSES, status_label, "status")
        self.priority_menu = self._choices(self.tr("&Priority"), PRIORITIES, priority_label,
                                           "priority")
        self.type_menu = self._choices(self.tr("T&ype"), TYPES, type_label, "type")
        self.queue_menu = QMenu(self.tr("&Queue"), self.menu)
        self.assignee_menu = QMenu(self.tr("Assi&gnee"), self.menu)

        for action in (self.reply_action, self.note_action):
            self.menu.addAction(action)
        self.menu.addSeparator()
        self.menu.addAction(self.take_action)
        self.menu.addAction(self.status_action)
        self.menu.addSeparator()
        for submenu in (self.status_menu, self.priority_menu, self.type_menu, self.queue_menu,
                        self.assignee_menu):
            self.menu.addMenu(submenu)
        self.menu.addAction(self.ccs_action)
        parent.addActions(self.menu.actions())  # the shortcuts work with the menu closed
        self.show_ticket(None)

    def _action(self, text: str, keys: str | None = None, slot=None) -> QAction:
        action = QAction(text, self)
        if keys:
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if slot is not None:
            action.triggered.connect(lambda *_: slot())
        return action

    def _choices(self, title: str, values: tuple[str, ...], label, field: str) -> QMenu:
        menu = QMenu(title, self.menu)
        group = QActionGroup(menu)
        for value in values:
            action = menu.addAction(label(value))
            action.setCheckable(True)
            action.setData(value)
            group.addAction(action)
            action.triggered.connect(lambda _=False, v=value: self.set(**{field: v}))
        return menu

    @property
    def ticket(self) -> Ticket | None:
        return self._ticket

    def agent_name(self, email: str | None) -> str | None:
        agent = self._agents.get((email or "").lower())
        return agent.name if agent else email

    # -- following the open ticket -----------------------------------------------------------

    def show_ticket(self, ticket: Ticket | None) -> None:
        self._ticket = ticket
        for action in self.menu.actions():
            action.setEnabled(ticket is not None)
        if ticket is None:
            return
        for menu, value in ((self.status_menu, ticket.status),
                            (self.priority_menu, ticket.priority), (self.type_menu, ticket.type)):
            for action in menu.actions():
                action.setChecked(action.data() == value)
        try:
            agents, queues = self._service.agents(), self._service.queues()
        except Exception as exc:
            self.failed.emit(error_text(exc))
            return
        self._agents = {a.email.lower(): a for a in agents}
        key = (ticket.id, ticket.queue, ticket.assignee, tuple(map(repr, agents)),
               tuple(map(repr, queues)), repr(self._service.actor))
        if key != self._menus_key:  # rebuilt only on a change: one may be open right now
            self._menus_key = key
            self._fill_queues(ticket, queues)
            self._fill_assignees(ticket, queues)
        self.take_action.setText(self.tr("&Take It") if self.can_take else self.tr("&Assign…"))

    @property
    def can_take(self) -> bool:
        """Offered for an unassigned ticket."""
        actor = self._service.actor
        return (self._ticket is not None and self._ticket.assignee is None
                and actor is not None)

    def _fill_queues(self, ticket: Ticket, queues: list[Queue]) -> None:
        """An agent moves tickets only between their own queues (the core checks it too)."""
        actor = self._service.actor
        names = [q.name for q in queues
                 if actor is None or actor.role != "agent" or q.name in actor.queues
                 or q.name == ticket.queue]
        self.queue_menu.clear()
        group = QActionGroup(self.queue_menu)
        for name in names:
            action = self.queue_menu.addAction(literal(name))
            action.setCheckable(True)
            action.setChecked(name == ticket.queue)
            group.addAction(action)
            action.triggered.connect(lambda _=False, n=name: self.set(queue=n))

    def _fill_assignees(self, ticket: Ticket, queues: list[Queue]) -> None:
        """The members of the ticket's queue; supervisors and admins may pick anyone."""
        actor = self._service.actor
        members = next((q.members for q in queues if q.name == ticket.queue), [])
        chosen = {m.lower() for m in members} | {(ticket.assignee or "").lower()}
        in_queue = [a for a in self._agents.values() if a.email.lower() in chosen]
        others = [] if actor is not None and actor.role == "agent" else [
            a for a in self._agents.values() if a.email.lower() not in chosen]
        menu = self.assignee_menu
        menu.clear()
        group = QActionGroup(menu)
        self._assignee_choice(group, None, self.tr("Unassigned"))
        for agent in in_queue:
            self._assignee_choice(group, agent.email, agent.name or agent.email)
        if others:
            menu.addSeparator()
        for agent in others:
            self._assignee_choice(group, agent.email, agent.name or agent.email)

    def _assignee_choice(self, group: QActionGroup, email: str | None, text: str) -> None:
        action = self.assignee_menu.addAction(literal(text))
        action.setCheckable(True)
        action.setChecked((email or "").lower() == (self._ticket.assignee or "").lower())
        action.setToolTip(email or "")
        group.addAction(action)
        action.triggered.connect(lambda _=False: self.set(assignee=email or "none"))

    # -- changes -------------------------------------------------------------------------------

    def _take_or_assign(self) -> None:
        if self.can_take:
            self.set(assignee=self._service.actor.email)
        else:
            self.popup_requested.emit("assignee")

    def set(self, **changes) -> None:
        if self._ticket is not None:
            self.pending = asyncio.ensure_future(self.apply(self._ticket.id, **changes))

    async def apply(self, ticket_id: int, **changes) -> bool:
        try:
            await self._service.set_ticket(ticket_id, **changes)
        except Exception as exc:
            self.failed.emit(error_text(exc))
            return False
        self.changed.emit(ticket_id)
        return True
