"""One ticket: its header with the fields an agent changes, every message and change oldest
first, and the reply composer below."""

from __future__ import annotations

import logging

from PySide6.QtCore import QPoint, QTimer, Signal
from PySide6.QtWidgets import QMenu, QToolButton, QWidget
from qasync import asyncSlot

from ...core.errors import NotFoundError
from ...core.models import Composing, Message, OutboxItem, Ticket, TicketEvent, utcnow
from ...core.service import Service
from ..forms.ui_ticket_pane import Ui_TicketPane
from ..web.message_profile import MessageProfile
from ..widgets.common import (error_text, format_time, literal, priority_label, set_message,
                              set_style_property, show_error, status_label, type_label)
from ..widgets.flow_layout import FlowLayout, flow_policy
from .attachment_opener import AttachmentOpener
from .cc_dialog import CcDialog
from .composing_mark import ComposingMark
from .event_line import EventLine
from .message_block import MessageBlock
from .reply_composer import ReplyComposer
from .source_dialog import SourceDialog
from .ticket_actions import TicketActions

log = logging.getLogger(__name__)

FOLD_OVER = 5
"""A thread of more messages than this opens with only the newest KEEP_SHOWN."""
KEEP_SHOWN = 3
UNDECIDED = -1
"""`_shown_from` before the new ticket's thread was read."""


class TicketPane(QWidget):
    """Re-reads its ticket on `refresh()` and rebuilds only what changed, so the frequent
    store events do not make the HTML views flicker or lose their scroll position.
    A reply's block changes with its delivery state (queued, sent, failed with Retry)."""

    html_rendered = Signal(int, bool)  # message row id, ok

    def __init__(self, service: Service, profile: MessageProfile, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_TicketPane()
        self.ui.setupUi(self)
        self._service = service
        self._profile = profile
        self._ticket_id: int | None = None
        self._header_key: tuple | None = None
        self._thread_key: tuple | None = None
        self._items: list[tuple[tuple, QWidget]] = []  # message blocks and event lines
        self.ui.threadLayout.addStretch(1)
        self.actions = TicketActions(service, self)
        self.actions.popup_requested.connect(self._popup)
        self.actions.failed.connect(lambda text: set_message(self.ui.headerError, text))
        self.actions.changed.connect(lambda *_: self.refresh())
        self.actions.ccs_action.triggered.connect(lambda *_: self.edit_ccs())
        self.buttons = self._header_buttons()
        self.attachments = AttachmentOpener(service, self)
        self.attachments.failed.connect(lambda text: set_message(self.ui.headerError, text))
        set_message(self.ui.headerError)
        self.composer = ReplyComposer(service, self.ui.threadSplitter)
        self.ui.threadSplitter.addWidget(self.composer)
        self.ui.threadSplitter.setStretchFactor(0, 1)
        self.ui.threadSplitter.setStretchFactor(1, 0)
        self.ui.threadSplitter.setSizes([500, 250])  # the thread takes what the window adds
        self.composer.changed.connect(lambda *_: self.refresh())
        self.composer.sent.connect(lambda *_: self.close_composer())
        self.composer.hide()
        self.composing = ComposingMark(service, self)
        self.composer.ui.bodyEdit.textChanged.connect(self._hold_mark)
        self.composer.ui.ccEdit.textChanged.connect(self._hold_mark)
        self._others_timer = QTimer(self, singleShot=True)
        self._others_timer.timeout.connect(self._show_others)
        set_message(self.ui.composingLabel)
        ui = self.ui
        ui.replyButton.clicked.connect(lambda *_: self.open_composer("reply"))
        ui.noteButton.clicked.connect(lambda *_: self.open_composer("note"))
        ui.hideComposerButton.clicked.connect(lambda *_: self.close_composer())
        self.actions.reply_action.triggered.connect(lambda *_: self.open_composer("reply"))
        self.actions.note_action.triggered.connect(lambda *_: self.open_composer("note"))
        ui.olderButton.clicked.connect(lambda *_: self.show_older())
        ui.olderButton.hide()
        self._shown_from: int | None = None  # the first message shown; None: all
        self._show_composer_bar()
        self._follow_end = False
        bar = self.ui.threadArea.verticalScrollBar()
        bar.rangeChanged.connect(self._range_changed)
        bar.actionTriggered.connect(self._scrolled_by_user)
        self.ui.stack.setCurrentWidget(self.ui.emptyPage)

    @property
    def ticket_id(self) -> int | None:
        return self._ticket_id

    @property
    def blocks(self) -> list[MessageBlock]:
        return [w for _, w in self._items if isinstance(w, MessageBlock)]

    @property
    def event_lines(self) -> list[EventLine]:
        return [w for _, w in self._items if isinstance(w, EventLine)]

    def _header_buttons(self) -> dict[str, QToolButton]:
        """Each opens its menu of the Ticket menu under itself (a popup, not a nested loop);
        they wrap onto more lines in a narrow pane instead of being cut."""
        host = self.ui.controlsHost
        host.setSizePolicy(flow_policy())
        layout = FlowLayout(host)
        a = self.actions
        buttons = {}
        for name, tip, clicked in (
                ("status", self.tr("Change the status (S)"), None),
                ("priority", self.tr("Change the priority"), None),
                ("type", self.tr("Change the type"), None),
                ("queue", self.tr("Move the ticket to another queue"), None),
                ("assignee", self.tr("Assign the ticket (A)"), None),
                ("take", self.tr("Assign the ticket to yourself (A)"), a.take_action.trigger),
                ("ccs", self.tr("Add or remove CCs"), self.edit_ccs)):
            button = QToolButton(host)
            button.setObjectName(f"{name}Button")
            button.setToolTip(tip)
            button.setAccessibleDescription(tip)
            button.clicked.connect(lambda *_, n=name, f=clicked: f() if f else self._popup(n))
            layout.addWidget(button)
            buttons[name] = button
        buttons["take"].setText(self.tr("Take it"))
        return buttons

    def _popup(self, name: str) -> None:
        menu: QMenu = {"status": self.actions.status_menu,
                       "priority": self.actions.priority_menu,
                       "type": self.actions.type_menu, "queue": self.actions.queue_menu,
                       "assignee": self.actions.assignee_menu}[name]
        button = self.buttons[name]
        if self.ui.stack.currentWidget() is self.ui.ticketPage:
            menu.popup(button.mapToGlobal(QPoint(0, button.height())))

    def edit_ccs(self) -> CcDialog | None:
        ticket = self.actions.ticket
        if ticket is None:
            return None
        dialog = CcDialog(self._service, ticket, self)
        dialog.finished.connect(lambda *_: self.refresh())
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def show_ticket(self, ticket_id: int | None) -> None:
        if ticket_id != self._ticket_id:
            self._ticket_id = ticket_id
            self._header_key = self._thread_key = None
            self._shown_from = UNDECIDED
            if ticket_id is None or not self.composer.has_draft(ticket_id):
                self.composer.hide()
        self.refresh()
        self._show_composer_bar()

    # -- the composer bar ------------------------------------------------------------------------

    def open_composer(self, mode: str) -> None:
        """Reply or Note: the composer takes what it needs below the thread, the text gets
        the focus; it folds back after sending (or with Hide, keeping the draft)."""
        if self.ui.stack.currentWidget() is not self.ui.ticketPage:
            return
        resize = self.composer.isHidden() or self.composer.mode != mode
        self.composer.set_mode(mode)
        self.composer.show()
        if resize:  # a note needs less room than a reply
            self.composer.layout().activate()
            total = self.ui.threadSplitter.height()
            height = min(self.composer.sizeHint().height(), total * 3 // 5)
            self.ui.threadSplitter.setSizes([total - height, height])
        self.composer.ui.bodyEdit.setFocus()
        self._show_composer_bar()

    def close_composer(self) -> None:
        self.composer.hide()
        self._show_composer_bar()

    def _show_composer_bar(self) -> None:
        ui, open_ = self.ui, not self.composer.isHidden()
        ui.replyButton.setChecked(open_ and self.composer.mode == "reply")
        ui.noteButton.setChecked(open_ and self.composer.mode == "note")
        ui.hideComposerButton.setVisible(open_)
        ui.draftLabel.setVisible(not open_ and self._ticket_id is not None
                                 and self.composer.has_draft(self._ticket_id))
        self._hold_mark()

    # -- who is writing ----------------------------------------------------------------------

    def _hold_mark(self) -> None:
        """This agent is writing while the composer is open with something in it."""
        ticket_id = self._ticket_id if self.ui.stack.currentWidget() is self.ui.ticketPage \
            else None
        self.composing.hold(ticket_id, self.composer.mode, not self.composer.isHidden()
                            and ticket_id is not None and self.composer.has_draft(ticket_id))

    def _show_others(self) -> None:
        """The other agents writing here, read again when the first of their leases ends."""
        self._others_timer.stop()
        others: list[Composing] = []
        if self._ticket_id is not None:
            try:
                others = self._service.composing_on(self._ticket_id)
            except Exception as exc:  # the line is a courtesy; the ticket's own read says why
                log.warning("who is writing on ticket %s not read: %s", self._ticket_id, exc)
        set_message(self.ui.composingLabel, " · ".join(
            (self.tr("{0} is replying") if c.mode == "reply"
             else self.tr("{0} is writing a note")).format(c.agent_name or c.agent_email)
            for c in others))
        if others:
            left = min(c.expires_at for c in others) - utcnow()
            self._others_timer.start(max(0, int(left.total_seconds() * 1000)) + 200)

    # -- older messages --------------------------------------------------------------------------

    def show_older(self) -> None:
        self._shown_from = None
        self._thread_key = None
        self.refresh()
        self._follow_end = False
        self.ui.threadArea.verticalScrollBar().setValue(0)

    def refresh(self) -> None:
        if self._ticket_id is None:
            self._clear(self.tr("Select a ticket to read its messages."))
            return
        try:
            ticket = self._service.ticket(self._ticket_id, with_messages=True)
        except NotFoundError:
            self._clear(self.tr("This ticket no longer exists."))
            return
        except Exception as exc:  # a locked or damaged store must not take the window down
            self._clear(self.tr("The ticket could not be read: {0}").format(error_text(exc)))
            return
        self.ui.stack.setCurrentWidget(self.ui.ticketPage)
        self.actions.show_ticket(ticket)
        header_key = (ticket.id, ticket.subject, ticket.status, ticket.priority, ticket.type,
                      ticket.queue, ticket.assignee, tuple(ticket.ccs), ticket.requester,
                      ticket.created_at)
        if header_key != self._header_key:
            self._header_key = header_key
            self._show_header(ticket)
        if self._shown_from == UNDECIDED:
            messages = ticket.messages or []
            self._shown_from = (messages[-KEEP_SHOWN].id if len(messages) > FOLD_OVER
                                else None)
        thread_key = (self._shown_from, tuple(map(_item_key, ticket.thread())))
        if thread_key != self._thread_key:
            self._thread_key = thread_key
            self._show_thread(ticket)
        self.composer.show_ticket(ticket)
        self._show_others()

    def _clear(self, text: str) -> None:
        self._header_key = self._thread_key = None
        self._others_timer.stop()
        set_message(self.ui.composingLabel)
        self.actions.show_ticket(None)
        self._remove_blocks()
        self.ui.emptyLabel.setText(text)
        self.ui.stack.setCurrentWidget(self.ui.emptyPage)

    def _show_header(self, ticket: Ticket) -> None:
        self.ui.serialLabel.setText(ticket.serial)
        self.ui.subjectLabel.setText(ticket.subject)
        self.ui.statusBadge.setText(status_label(ticket.status))
        set_style_property(self.ui.statusBadge, "status", ticket.status)
        self.ui.metaLabel.setText(self.tr("From {0}").format(ticket.requester))
        self.ui.createdLabel.setText(self.tr("Created {0}").format(
            format_time(ticket.created_at, "short")))
        set_message(self.ui.headerError)
        b = self.buttons
        b["status"].setText(self.tr("Status: {0} ▾").format(status_label(ticket.status)))
        b["priority"].setText(self.tr("Priority: {0} ▾").format(priority_label(ticket.priority)))
        b["type"].setText(self.tr("Type: {0} ▾").format(type_label(ticket.type)))
        b["queue"].setText(self.tr("Queue: {0} ▾").format(
            literal(ticket.queue) or self.tr("none")))
        b["assignee"].setText(self.tr("Assignee: {0} ▾").format(
            literal(self.actions.agent_name(ticket.assignee)) if ticket.assignee
            else self.tr("unassigned")))
        b["assignee"].setToolTip(ticket.assignee or b["assignee"].accessibleDescription())
        b["ccs"].setText(self.tr("CC: {0}").format(len(ticket.ccs)) if ticket.ccs
                         else self.tr("Add CC"))
        b["ccs"].setToolTip(", ".join(map(str, ticket.ccs)) or b["ccs"].accessibleDescription())
        b["take"].setVisible(self.actions.can_take)

    def _show_thread(self, ticket: Ticket) -> None:
        """Keeps the widgets of unchanged items; rebuilds from the first difference on."""
        items = ticket.thread()
        if self._shown_from is not None:
            first = next(i for i, item in enumerate(items)
                         if isinstance(item, Message) and item.id == self._shown_from)
            older = sum(isinstance(item, Message) for item in items[:first])
            self.ui.olderButton.setText(self.tr("Show 1 older message") if older == 1
                                        else self.tr("Show {0} older messages").format(older))
            items = items[first:]
        self.ui.olderButton.setVisible(self._shown_from is not None)
        keys = [_item_key(item) for item in items]
        keep = 0
        for (key, _), new in zip(self._items, keys):
            if key != new:
                break
            keep += 1
        if len(items) > len(self._items):
            self._follow_end = True  # a new ticket, message or change: show the newest
        self._remove_blocks(keep)
        outbox = self._outbox_items([i for i in items[keep:] if isinstance(i, Message)])
        stretch_at = self.ui.threadLayout.count() - 1
        for key, item in zip(keys[keep:], items[keep:]):
            if isinstance(item, TicketEvent):
                widget = EventLine(item, self.actions.agent_name, self.ui.threadContents)
            else:
                widget = MessageBlock(item, self._profile, self.ui.threadContents,
                                      outbox_item=outbox.get(item.id), raw=self._raw(item))
                widget.rendered.connect(self.html_rendered)
                widget.retry_requested.connect(self.retry)
                widget.open_attachment.connect(self.attachments.open)
                widget.save_attachment.connect(self.attachments.save_as)
                widget.source_requested.connect(self.view_source)
            self.ui.threadLayout.insertWidget(stretch_at, widget)
            stretch_at += 1
            self._items.append((key, widget))

    def _range_changed(self, _minimum: int, maximum: int) -> None:
        """Blocks grow as they lay out and HTML loads: keep the newest message in view."""
        if self._follow_end:
            self.ui.threadArea.verticalScrollBar().setValue(maximum)

    def _scrolled_by_user(self, _action: int) -> None:
        self._follow_end = False

    def _outbox_items(self, messages: list[Message]) -> dict[int, OutboxItem]:
        """Outbox rows of replies waiting after a failed attempt: the block shows when the
        next attempt comes."""
        items: dict[int, OutboxItem] = {}
        try:
            for message in messages:
                if (message.delivery == "queued" and message.delivery_error
                        and message.outbox_id is not None):
                    items[message.id] = self._service.outbox_item(message.outbox_id)
        except Exception:  # the blocks still show the state, without the next attempt
            log.exception("reading the outbox rows of ticket replies failed")
        return items

    def _raw(self, message: Message) -> bytes | None:
        """Unreadable mail is shown as received."""
        if not message.parse_error:
            return None
        try:
            return self._service.raw_message(message.id)
        except Exception:
            return None  # the block falls back to the text kept at ingest

    def view_source(self, message_id: int) -> SourceDialog | None:
        try:
            raw = self._service.raw_message(message_id)
        except Exception as exc:
            show_error(self, self.tr("View source"), exc)
            return None
        if raw is None:
            show_error(self, self.tr("View source"),
                       self.tr("This message has no stored source."))
            return None
        subject = self.ui.subjectLabel.text()
        dialog = SourceDialog(raw, subject, self.window())
        dialog.open()
        return dialog

    @asyncSlot(int)
    async def retry(self, item_id: int) -> None:
        """A failed reply goes back to the queue; the refreshed block shows it queued."""
        try:
            await self._service.retry_outbox(item_id)
        except Exception as exc:
            for block in self.blocks:
                if block.message.outbox_id == item_id:
                    block.show_retry_error(error_text(exc))
            return
        self.refresh()

    def _remove_blocks(self, keep: int = 0) -> None:
        for _, widget in self._items[keep:]:
            self.ui.threadLayout.removeWidget(widget)
            widget.hide()
            widget.deleteLater()
        del self._items[keep:]


def _item_key(item: Message | TicketEvent) -> tuple:
    """What a thread widget shows: a message with its delivery state, or one change."""
    if isinstance(item, TicketEvent):
        return ("event", item.at, item.actor, item.field, item.old, item.new)
    return ("message", item.id, item.delivery, item.delivery_error)
