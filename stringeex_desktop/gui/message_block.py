"""One message of a ticket's thread: who, when, its delivery state, then its body."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QFrame, QWidget

from ..core.models import Message
from .common import format_time, set_message, set_style_property
from .forms.ui_message_block import Ui_MessageBlock
from .message_profile import MessageProfile
from .message_view import MessageView


class MessageBlock(QFrame):
    """Plain text in a selectable label; HTML in a MessageView; unreadable mail as raw text."""

    rendered = Signal(int, bool)  # message row id, ok

    def __init__(self, message: Message, profile: MessageProfile, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_MessageBlock()
        self.ui.setupUi(self)
        self.message = message
        self.view: MessageView | None = None
        set_style_property(self, "direction", message.direction)
        set_style_property(self.ui.directionBadge, "direction", message.direction)
        self.ui.directionBadge.setText({"in": self.tr("Received"), "out": self.tr("Outgoing"),
                                        "note": self.tr("Internal note")}.get(
                                            message.direction, message.direction))
        self.ui.fromLabel.setText(str(message.sender) or self.tr("(unknown sender)"))
        self.ui.dateLabel.setText(format_time(message.date, "short"))
        self._show_recipients()
        self._show_delivery()
        self._show_body(profile)
        self._show_attachments()

    def _show_recipients(self) -> None:
        parts = []
        if self.message.to:
            parts.append(self.tr("To: {0}").format(", ".join(map(str, self.message.to))))
        if self.message.cc:
            parts.append(self.tr("Cc: {0}").format(", ".join(map(str, self.message.cc))))
        set_message(self.ui.recipientsLabel, "   ".join(parts))

    def _show_delivery(self) -> None:
        state, error = self.message.delivery, self.message.delivery_error
        texts = {"queued": self.tr("Waiting to be sent"), "sent": self.tr("Sent"),
                 "failed": self.tr("Not sent")}
        text = texts.get(state or "", "")
        if error and state in ("queued", "failed"):
            text = f"{text}: {error}"
        set_style_property(self.ui.deliveryLabel, "delivery", state or "")
        set_message(self.ui.deliveryLabel, text)

    def _show_body(self, profile: MessageProfile) -> None:
        message = self.message
        if message.parse_error:
            set_message(self.ui.errorLabel, self.tr(
                "This message could not be read completely ({0}). It is shown as received."
            ).format(message.parse_error))
            self.ui.bodyLabel.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
            self.ui.bodyLabel.setText(message.text)
            return
        set_message(self.ui.errorLabel)
        if message.html:
            self.ui.bodyLabel.hide()
            self.view = MessageView(profile, self)
            self.view.rendered.connect(lambda ok: self.rendered.emit(message.id, ok))
            index = self.ui.blockLayout.indexOf(self.ui.bodyLabel)
            self.ui.blockLayout.insertWidget(index + 1, self.view)
            if self.view.show_message_html(message.html, message.id).remote_blocked:
                set_message(self.ui.errorLabel, self.tr(
                    "Remote images in this message were blocked to protect your privacy."),
                    role="hint")
            return
        self.ui.bodyLabel.setText(message.text.strip() or self.tr("(no text)"))

    def _show_attachments(self) -> None:
        files = self.message.attachments
        if not files:
            set_message(self.ui.attachmentsLabel)
            return
        names = ", ".join(f"{a.filename or self.tr('(unnamed)')} ({_size(a.size)})" for a in files)
        set_message(self.ui.attachmentsLabel, self.tr("Attachments: {0}").format(names))


def _size(size: int) -> str:
    if size < 1024:
        return f"{size} bytes"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / (1024 * 1024):.1f} MB"
