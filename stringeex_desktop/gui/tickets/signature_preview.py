"""Under the reply: the signature that Send will add, as it will read."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from ...core.service import Service
from ..widgets.common import set_message


class SignaturePreview(QLabel):
    """Hidden when the agent has no signature; notes never get one."""

    def __init__(self, service: Service, parent: QWidget | None = None):
        super().__init__(parent)
        self._service = service
        self.setObjectName("signaturePreview")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setToolTip(self.tr("Added to replies, not to notes. Change it in Settings → You."))
        set_message(self, role="hint")

    def show_for(self, mailbox_id: int | None) -> None:
        """Filled for the chosen From address (its name is `{mailbox_name}`)."""
        actor = self._service.actor
        try:
            name = self._service.mailbox(mailbox_id).name if mailbox_id is not None else ""
            text = self._service.filled_signature(actor.email, name) if actor else ""
        except Exception:
            text = ""
        set_message(self, self.tr("Send adds your signature:\n-- \n{0}").format(text)
                    if text.strip() else "")
