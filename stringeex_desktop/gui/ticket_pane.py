"""The read-only view of one ticket: its header, then every message oldest first."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from ..core.errors import NotFoundError
from ..core.models import Ticket
from ..core.service import Service
from .common import error_text, format_time, set_style_property, status_label
from .forms.ui_ticket_pane import Ui_TicketPane
from .message_block import MessageBlock
from .message_profile import MessageProfile


class TicketPane(QWidget):
    """Re-reads its ticket on `refresh()` and rebuilds only what changed, so the frequent
    store events do not make the HTML views flicker or lose their scroll position."""

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
        self._remove_blocks(keep)
        stretch_at = self.ui.threadLayout.count() - 1
        for message in messages[keep:]:
            block = MessageBlock(message, self._profile, self.ui.threadContents)
            block.rendered.connect(self.html_rendered)
            self.ui.threadLayout.insertWidget(stretch_at, block)
            stretch_at += 1
            self.blocks.append(block)

    def _remove_blocks(self, keep: int = 0) -> None:
        for block in self.blocks[keep:]:
            self.ui.threadLayout.removeWidget(block)
            block.hide()
            block.deleteLater()
        del self.blocks[keep:]
