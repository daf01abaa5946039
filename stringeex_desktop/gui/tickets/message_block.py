"""One message of a ticket's thread: who, when, its delivery state, then its body."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QFrame, QMenu, QToolButton, QWidget

from ...core.models import Message, OutboxItem
from ..forms.ui_message_block import Ui_MessageBlock
from ..web.message_profile import MessageProfile
from ..web.message_view import MessageView
from ..web.remote_content_bar import RemoteContentBar
from ..widgets.common import format_time, human_size, set_message, set_style_property
from .attachment_list import AttachmentList
from .quoted_text import QuotedText, split_quoted

RAW_SHOWN = 256 * 1024
"""Bytes of unreadable mail put in the label: a label with megabytes of text stalls."""


class MessageBlock(QFrame):
    """Plain text in a selectable label; HTML in a MessageView; unreadable mail as raw text.

    `outbox_item` (the pane reads it for a reply waiting after a failed attempt) adds the next
    attempt; Retry is only asked for here, the pane does it.
    """

    rendered = Signal(int, bool)  # message row id, ok
    retry_requested = Signal(int)  # outbox item id
    open_attachment = Signal(object)  # AttachmentInfo
    save_attachment = Signal(object)  # AttachmentInfo
    source_requested = Signal(int)  # message row id: show its stored bytes

    def __init__(self, message: Message, profile: MessageProfile, parent: QWidget | None = None,
                 *, outbox_item: OutboxItem | None = None, raw: bytes | None = None):
        super().__init__(parent)
        self.ui = Ui_MessageBlock()
        self.ui.setupUi(self)
        self.message = message
        self.outbox_item = outbox_item
        self.view: MessageView | None = None
        self.quoted: QuotedText | None = None
        self.attachments: AttachmentList | None = None
        self.remote_bar: RemoteContentBar | None = None
        self._remote = profile.remote
        set_style_property(self, "direction", message.direction)
        set_style_property(self.ui.directionBadge, "direction", message.direction)
        self.ui.directionBadge.setText({"in": self.tr("Received"), "out": self.tr("Outgoing"),
                                        "note": self.tr("Internal note")}.get(
                                            message.direction, message.direction))
        if message.direction == "note":
            self.ui.directionBadge.setToolTip(self.tr("Seen by agents only; never sent."))
        self._show_sender()
        self.ui.dateLabel.setText(format_time(message.date, "list"))  # short: the name needs
        self.ui.dateLabel.setToolTip(format_time(message.date, "long"))  # the room
        self.ui.retryButton.clicked.connect(self._retry)
        self._add_menu()
        self._show_recipients()
        self._show_delivery()
        self._show_body(profile, raw)
        self._show_attachments()

    def _show_sender(self) -> None:
        sender = self.message.sender
        if sender.name or sender.email:
            self.ui.fromLabel.set_sender(sender.name, sender.email)
        else:
            self.ui.fromLabel.setText(self.tr("(unknown sender)"))

    def _add_menu(self) -> None:
        """The card's own actions, behind one small button at the end of its header."""
        button = QToolButton(self)
        button.setObjectName("messageMenuButton")
        button.setText("⋯")
        button.setToolTip(self.tr("More for this message"))
        button.setAutoRaise(True)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(button)
        self.source_action = menu.addAction(self.tr("View &source…"))
        self.source_action.triggered.connect(lambda: self.source_requested.emit(self.message.id))
        self.source_action.setEnabled(self.message.direction != "note")  # never mail
        button.setMenu(menu)
        self.ui.headerRow.addWidget(button)

    def _show_recipients(self) -> None:
        parts = []
        if self.message.to:
            parts.append(self.tr("To: {0}").format(", ".join(map(str, self.message.to))))
        if self.message.cc:
            parts.append(self.tr("Cc: {0}").format(", ".join(map(str, self.message.cc))))
        set_message(self.ui.recipientsLabel, "   ".join(parts))

    def _show_delivery(self) -> None:
        state, error, item = self.message.delivery, self.message.delivery_error, self.outbox_item
        if state == "queued":
            text = self.tr("Queued")
            if error:
                when = format_time(item.next_attempt_at, "short") if item else ""
                text = (self.tr("Queued, next attempt {0}; last attempt: {1}").format(when, error)
                        if when else self.tr("Queued; last attempt: {0}").format(error))
        elif state == "sent":
            reply = self.message.delivery_reply
            text = self.tr("Sent ({0})").format(reply) if reply else self.tr("Sent")
        elif state == "failed":
            text = self.tr("Failed: {0}").format(error or self.tr("no reason recorded"))
        else:
            text = ""
        set_style_property(self.ui.deliveryLabel, "delivery", state or "")
        set_message(self.ui.deliveryLabel, text)
        retry = state == "failed" and self.message.outbox_id is not None
        self.ui.retryButton.setVisible(retry)
        self.ui.retryButton.setEnabled(retry)

    def _retry(self) -> None:
        if self.message.outbox_id is not None:
            self.ui.retryButton.setEnabled(False)  # the refreshed block replaces this one
            self.retry_requested.emit(self.message.outbox_id)

    def show_retry_error(self, text: str) -> None:
        """Retry was refused (e.g. the store is locked): say so where it was clicked."""
        self.ui.retryButton.setEnabled(True)
        set_message(self.ui.deliveryLabel, self.tr("Failed: {0}. Retry did not work: {1}")
                    .format(self.message.delivery_error or "", text))

    def _show_body(self, profile: MessageProfile, raw: bytes | None) -> None:
        message = self.message
        if message.parse_error:
            set_message(self.ui.errorLabel, self.tr(
                "This message could not be read completely ({0}). It is shown as received."
            ).format(message.parse_error))
            self.ui.bodyLabel.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
            self.ui.bodyLabel.setText(_raw_text(raw) if raw is not None else message.text)
            return
        set_message(self.ui.errorLabel)
        if message.html:
            self.ui.bodyLabel.hide()
            self.view = MessageView(profile, self)
            self.view.rendered.connect(self._rendered)
            index = self.ui.blockLayout.indexOf(self.ui.bodyLabel)
            self.ui.blockLayout.insertWidget(index + 1, self.view)
            self._remote.changed.connect(self._remote_changed)
            self._render_html(self._remote.allowed(message.sender.email))
            return
        body, quoted = split_quoted(message.text.strip())
        self.ui.bodyLabel.setText(body or self.tr("(no text)"))
        if quoted:
            self.quoted = QuotedText(quoted, self)
            self.ui.blockLayout.insertWidget(
                self.ui.blockLayout.indexOf(self.ui.bodyLabel) + 1, self.quoted)

    def _render_html(self, allow_remote: bool, *, once: bool = False) -> None:
        """With the sender's allow (or Show once) web images load; else the bar offers it."""
        self._allow_remote, self._shown_once = allow_remote, once
        blocked = self.view.show_message_html(self.message.html, self.message.id,
                                              allow_remote=allow_remote).remote_blocked
        if self.remote_bar is not None:
            self.ui.blockLayout.removeWidget(self.remote_bar)
            self.remote_bar.deleteLater()
            self.remote_bar = None
        if blocked:
            sender = self.message.sender.email
            self.remote_bar = RemoteContentBar(sender, blocked, self)
            self.remote_bar.show_once.connect(lambda: self._render_html(True, once=True))
            self.remote_bar.always.connect(lambda: self._remote.allow_requested.emit(sender))
            index = self.ui.blockLayout.indexOf(self.view)
            self.ui.blockLayout.insertWidget(index, self.remote_bar)

    def _remote_changed(self) -> None:
        """The sender list changed (here or by another agent): follow it, except after Show
        once, which holds until the card is rebuilt."""
        allowed = self._remote.allowed(self.message.sender.email)
        if not self._shown_once and allowed != self._allow_remote:
            self._render_html(allowed)

    def _rendered(self, ok: bool) -> None:
        if not ok and self.view is not None and not self.view.isHidden():
            self.view.hide()  # the plain-text part says the same, less prettily
            set_message(self.ui.errorLabel, self.tr(
                "The formatted version of this message could not be shown; this is its text."))
            self.ui.bodyLabel.setText(_bounded(self.message.text.strip()) or self.tr("(no text)"))
            self.ui.bodyLabel.show()
        self.rendered.emit(self.message.id, ok)

    def _show_attachments(self) -> None:
        """Images the HTML shows in place (named by a `cid:` URL, whatever their
        disposition) are not listed again."""
        html = (self.message.html or "").lower() if self.view is not None else ""
        files = [a for a in self.message.attachments
                 if not (a.content_id and f"cid:{a.content_id.lower()}" in html)]
        if not files:
            set_message(self.ui.attachmentsLabel)
            return
        set_message(self.ui.attachmentsLabel, self.tr("Attachments:"))
        self.attachments = AttachmentList(files, self)
        self.attachments.open_requested.connect(self.open_attachment)
        self.attachments.save_requested.connect(self.save_attachment)
        self.ui.blockLayout.insertWidget(
            self.ui.blockLayout.indexOf(self.ui.attachmentsLabel) + 1, self.attachments)


def _raw_text(raw: bytes) -> str:
    """The received bytes as text (undecodable bytes become U+FFFD), the start of big ones."""
    text = raw[:RAW_SHOWN].decode("utf-8", errors="replace")
    return text if len(raw) <= RAW_SHOWN else _cut(text, len(raw))


def _bounded(text: str) -> str:
    """A text for the label, the start of a big one."""
    return text if len(text) <= RAW_SHOWN else _cut(text[:RAW_SHOWN], len(text.encode()))


def _cut(start: str, size: int) -> str:
    note = QCoreApplication.translate("MessageBlock", "[… the first {0} of {1}]")
    return f"{start}\n\n{note.format(human_size(RAW_SHOWN), human_size(size))}"
