"""Add or update an internal email: the seed's fields, validated where they are typed."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget
from qasync import asyncSlot

from ...core.errors import ValidationError
from ...core.models import AutoReply, Mailbox
from ...core.service import MAX_NAME, Service, validate_local_part
from ..forms.ui_internal_email_dialog import Ui_InternalEmailDialog
from ..widgets.field_errors import FORM, FieldErrors

# The core's ValidationError.field names for this form's inputs.
LOCAL_PART, NAME, QUEUE, AUTO_REPLY = "local_part", "name", "queue", "auto_reply"


class InternalEmailDialog(QDialog):
    """Errors show under their field: a field's error appears once it has been edited, every
    error on Save. Save stays enabled so it can always explain what is missing.
    In update mode the address is fixed and Active can be toggled.
    """

    saved = Signal(object)  # the stored Mailbox

    def __init__(self, service: Service, mailbox: Mailbox | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_InternalEmailDialog()
        self.ui.setupUi(self)
        self.setWindowIcon(QIcon(":/icons/app.svg"))
        self._service = service
        self.mailbox = mailbox
        self._saving = False
        portal = service.portal()
        self.domain = portal.domain if portal else ""
        ui = self.ui
        self.errors = FieldErrors(
            {LOCAL_PART: ui.emailError, NAME: ui.nameError, QUEUE: ui.queueError,
             AUTO_REPLY: ui.autoReplyError, FORM: ui.formError},
            {LOCAL_PART: lambda: ui.localEdit, NAME: lambda: ui.nameEdit,
             QUEUE: lambda: ui.queueCombo,
             AUTO_REPLY: lambda: (ui.subjectEdit if not ui.subjectEdit.text().strip()
                                  else ui.contentEdit)},
            self.validate)
        self.save_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        ui.domainLabel.setText(f"@{self.domain}")
        ui.queueCombo.addItems([q.name for q in service.queues()])
        ui.queueCombo.setCurrentIndex(-1)
        if mailbox is None:
            ui.activeCheck.hide()
        else:
            self._fill(mailbox)
        self._auto_reply_toggled(ui.autoReplyCheck.isChecked())

        ui.localEdit.textEdited.connect(lambda *_: self.errors.edited(LOCAL_PART))
        ui.nameEdit.textEdited.connect(lambda *_: self.errors.edited(NAME))
        ui.queueCombo.currentIndexChanged.connect(lambda *_: self.errors.edited(QUEUE))
        ui.autoReplyCheck.toggled.connect(self._auto_reply_toggled)
        ui.subjectEdit.textEdited.connect(lambda *_: self.errors.edited(AUTO_REPLY))
        ui.contentEdit.textChanged.connect(lambda: self.errors.edited(AUTO_REPLY))
        self.save_button.clicked.connect(self.save)
        self.errors.show({})

    def _fill(self, mailbox: Mailbox) -> None:
        ui = self.ui
        self.setWindowTitle(self.tr("Update internal email"))
        local, _, domain = mailbox.address.partition("@")
        ui.localEdit.setText(local)
        ui.localEdit.setReadOnly(True)
        ui.localEdit.setToolTip(self.tr("An address cannot change; add a new one instead."))
        ui.domainLabel.setText(f"@{domain}")
        ui.nameEdit.setText(mailbox.name)
        ui.queueCombo.setCurrentIndex(ui.queueCombo.findText(mailbox.queue or ""))
        ui.onlineCheck.setChecked(mailbox.online_first)
        ui.activeCheck.setChecked(mailbox.active)
        ui.autoReplyCheck.setChecked(mailbox.auto_reply.enabled)
        ui.subjectEdit.setText(mailbox.auto_reply.subject)
        ui.contentEdit.setPlainText(mailbox.auto_reply.body)
        ui.nameEdit.setFocus()

    # -- validation -------------------------------------------------------------------------

    @property
    def address(self) -> str:
        return f"{self.ui.localEdit.text().strip().lower()}@{self.domain}"

    def validate(self) -> dict[str, str]:
        """Every problem by field, with the same rules the core enforces."""
        ui = self.ui
        errors: dict[str, str] = {}
        if self.mailbox is None:
            if not self.domain:
                errors[LOCAL_PART] = self.tr(
                    "Set up the portal domain first (Settings → Portal).")
            else:
                try:
                    validate_local_part(ui.localEdit.text())
                except ValidationError as exc:
                    errors[LOCAL_PART] = str(exc)
                else:
                    taken = {m.address.lower() for m in self._service.mailboxes()}
                    if self.address in taken:
                        errors[LOCAL_PART] = self.tr(
                            "{0} is already in the email channel list.").format(self.address)
        name = ui.nameEdit.text().strip()
        if not name:
            errors[NAME] = self.tr("Enter the full name shown as the sender of auto replies.")
        elif len(name) > MAX_NAME:
            errors[NAME] = self.tr("The full name is longer than {0} characters.").format(MAX_NAME)
        if ui.queueCombo.currentIndex() < 0:
            errors[QUEUE] = (self.tr("Take one among queues: it receives this address's tickets.")
                             if ui.queueCombo.count() else
                             self.tr("No queue exists yet: add one in Settings → Queues first."))
        if ui.autoReplyCheck.isChecked():
            subject = bool(ui.subjectEdit.text().strip())
            content = bool(ui.contentEdit.toPlainText().strip())
            if not subject and not content:
                errors[AUTO_REPLY] = self.tr("An auto reply needs a subject and content.")
            elif not subject:
                errors[AUTO_REPLY] = self.tr("An auto reply needs a subject.")
            elif not content:
                errors[AUTO_REPLY] = self.tr("An auto reply needs content.")
        return errors

    def _auto_reply_toggled(self, on: bool) -> None:
        for widget in (self.ui.subjectLabel, self.ui.subjectEdit, self.ui.contentLabel,
                       self.ui.contentEdit):
            widget.setEnabled(on)
        if self.errors.active:
            self.errors.edited(AUTO_REPLY)

    # -- saving -----------------------------------------------------------------------------

    def auto_reply(self) -> AutoReply:
        ui = self.ui
        return AutoReply(ui.autoReplyCheck.isChecked(), ui.subjectEdit.text().strip(),
                         ui.contentEdit.toPlainText())

    @asyncSlot()
    async def save(self) -> None:
        if self._saving or not self.errors.check():
            return
        self._saving = True
        self.save_button.setEnabled(False)
        ui = self.ui
        try:
            if self.mailbox is None:
                mailbox = await self._service.add_internal_mailbox(
                    ui.localEdit.text().strip(), name=ui.nameEdit.text().strip(),
                    queue=ui.queueCombo.currentText(), online_first=ui.onlineCheck.isChecked(),
                    auto_reply=self.auto_reply())
            else:
                mailbox = await self._service.update_mailbox(
                    self.mailbox.id, active=ui.activeCheck.isChecked(),
                    name=ui.nameEdit.text().strip(), queue=ui.queueCombo.currentText(),
                    online_first=ui.onlineCheck.isChecked(), auto_reply=self.auto_reply())
        except Exception as exc:
            self.errors.show_core_error(exc)
            return
        finally:
            self._saving = False
            self.save_button.setEnabled(True)
        self.mailbox = mailbox
        self.saved.emit(mailbox)
        self.accept()
