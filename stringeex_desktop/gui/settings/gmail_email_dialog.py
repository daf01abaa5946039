"""Update a Gmail address: the seed's Active, Select queue and Prioritize online agent."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget
from qasync import asyncSlot

from ...core.models import Mailbox
from ...core.service import Service
from ..forms.ui_gmail_email_dialog import Ui_GmailEmailDialog
from ..widgets.common import error_text, health_label, needs_attention, set_message
from ..widgets.field_errors import FORM, FieldErrors

QUEUE = "queue"  # the core's ValidationError.field for the queue


class GmailEmailDialog(QDialog):
    """The address comes from Google's consent and never changes here. A mailbox whose grant
    Google no longer accepts offers Re-authorize, which the Email channel page runs."""

    saved = Signal(object)  # the stored Mailbox
    reauthorize_requested = Signal(object)  # the Mailbox

    def __init__(self, service: Service, mailbox: Mailbox, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_GmailEmailDialog()
        self.ui.setupUi(self)
        self.setWindowIcon(QIcon(":/icons/app.svg"))
        self._service = service
        self.mailbox = mailbox
        ui = self.ui
        self.errors = FieldErrors({QUEUE: ui.queueError, FORM: ui.formError},
                                  {QUEUE: lambda: ui.queueCombo}, self.validate)
        self.save_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        try:
            ui.queueCombo.addItems([q.name for q in service.queues()])
        except Exception as exc:
            set_message(ui.formError, error_text(exc))
        ui.queueCombo.setCurrentIndex(ui.queueCombo.findText(mailbox.queue or ""))
        ui.queueCombo.currentIndexChanged.connect(lambda *_: self.errors.edited(QUEUE))
        ui.addressLabel.setText(mailbox.address)
        ui.activeCheck.setChecked(mailbox.active)
        ui.onlineCheck.setChecked(mailbox.online_first)
        health = mailbox.health
        ui.healthLabel.setText(health_label(health.state if mailbox.active else "inactive"))
        ui.reauthButton.setVisible(mailbox.active and health.state == "needs_reauth")
        ui.reauthButton.clicked.connect(self._reauthorize)
        if needs_attention(mailbox):
            ui.healthLabel.setProperty("role", "error")
        set_message(ui.healthDetail, (health.last_error or "") if needs_attention(mailbox) else "",
                    role="error")
        self.errors.show({})

    def validate(self) -> dict[str, str]:
        if self.ui.queueCombo.currentIndex() >= 0:
            return {}
        return {QUEUE: self.tr("Take one among queues: it receives this address's tickets.")}

    def _reauthorize(self) -> None:
        self.reauthorize_requested.emit(self.mailbox)
        self.reject()

    @asyncSlot()
    async def save(self) -> None:
        if not self.errors.check():
            return
        ui = self.ui
        self.save_button.setEnabled(False)
        try:
            mailbox = await self._service.update_mailbox(
                self.mailbox.id, active=ui.activeCheck.isChecked(),
                queue=ui.queueCombo.currentText(), online_first=ui.onlineCheck.isChecked())
        except Exception as exc:
            self.errors.show_core_error(exc)
            return
        finally:
            self.save_button.setEnabled(True)
        self.mailbox = mailbox
        self.saved.emit(mailbox)
        self.accept()
