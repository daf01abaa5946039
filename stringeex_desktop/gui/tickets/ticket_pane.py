"""One ticket: its header, every message oldest first, and the reply composer below."""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget
from qasync import asyncSlot

from ...core.errors import NotFoundError
from ...core.models import Message, OutboxItem, Ticket
from ...core.service import Service
from ..forms.ui_ticket_pane import Ui_TicketPane
from ..web.message_profile import MessageProfile
from ..widgets.common import (error_text, format_time, set_style_property, show_error,
                              status_label)
from .message_block import MessageBlock
from .reply_composer import ReplyComposer
from .source_dialog import SourceDialog

log = logging.getLogger(__name__)


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
        self.blocks: list[MessageBlock] = []
        self.ui.threadLayout.addStretch(1)
        self.composer = ReplyComposer(service, self.ui.threadSplitter)
        self.ui.threadSplitter.addWidget(self.composer)
        self.ui.threadSplitter.setStretchFactor(0, 1)
        self.ui.threadSplitter.setStretchFactor(1, 0)
        self.ui.threadSplitter.setSizes([500, 250])  # the thread takes what the window adds
        self.composer.changed.connect(lambda *_: self.refresh())
        self._follow_end = False
        bar = self.ui.threadArea.verticalScrollBar()
        bar.rangeChanged.connect(self._range_changed)
        bar.actionTriggered.connect(self._scrolled_by_user)
        self.ui.stack.setCurrentWidget(self.ui.emptyPage)

    @property
    def ticket_id(self) -> int | None:
        return self._ticket_id

    def show_ticket(self, ticket_id: int | None) -> None:
        if ticket_id != self._ticket_id:
            self._ticket_id = ticket_id
            self._header_key = self._thread_key = None
        self.refresh()

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
        header_key = (ticket.id, ticket.subject, ticket.status, ticket.queue, ticket.assignee,
                      ticket.requester, ticket.created_at)
        if header_key != self._header_key:
            self._header_key = header_key
            self._show_header(ticket)
        thread_key = tuple((m.id, m.delivery, m.delivery_error) for m in ticket.messages or ())
        if thread_key != self._thread_key:
            self._thread_key = thread_key
            self._show_thread(ticket)
        self.composer.show_ticket(ticket)

    def _clear(self, text: str) -> None:
        self._header_key = self._thread_key = None
        self._remove_blocks()
        self.ui.emptyLabel.setText(text)
        self.ui.stack.setCurrentWidget(self.ui.emptyPage)

    def _show_header(self, ticket: Ticket) -> None:
        self.ui.serialLabel.setText(ticket.serial)
        self.ui.subjectLabel.setText(ticket.subject)
        self.ui.statusBadge.setText(status_label(ticket.status))
        set_style_property(self.ui.statusBadge, "status", ticket.status)
        place = [self.tr("Queue: {0}").format(ticket.queue or self.tr("none")),
                 self.tr("Assignee: {0}").format(ticket.assignee or self.tr("unassigned"))]
        self.ui.metaLabel.setText(self.tr("From {0}").format(ticket.requester) + "\n"
                                  + "   ·   ".join(place))
        self.ui.createdLabel.setText(self.tr("Created {0}").format(
            format_time(ticket.created_at, "short")))

    def _show_thread(self, ticket: Ticket) -> None:
        """Keeps blocks whose message is unchanged; rebuilds from the first difference on."""
        messages = ticket.messages or []
        keep = 0
        for block, message in zip(self.blocks, messages):
            if (block.message.id, block.message.delivery, block.message.delivery_error) != (
                    message.id, message.delivery, message.delivery_error):
                break
            keep += 1
        if len(messages) > len(self.blocks):
            self._follow_end = True  # a new ticket or message: show the newest
        self._remove_blocks(keep)
        items = self._outbox_items(messages[keep:])
        stretch_at = self.ui.threadLayout.count() - 1
        for message in messages[keep:]:
            block = MessageBlock(message, self._profile, self.ui.threadContents,
                                 outbox_item=items.get(message.id), raw=self._raw(message))
            block.rendered.connect(self.html_rendered)
            block.retry_requested.connect(self.retry)
            block.source_requested.connect(self.view_source)
            self.ui.threadLayout.insertWidget(stretch_at, block)
            stretch_at += 1
            self.blocks.append(block)

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
        for block in self.blocks[keep:]:
            self.ui.threadLayout.removeWidget(block)
            block.hide()
            block.deleteLater()
        del self.blocks[keep:]
