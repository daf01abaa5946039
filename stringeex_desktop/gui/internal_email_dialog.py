"""Add or update an internal email: the seed's fields, validated where they are typed."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QDialogButtonBox, QDialog, QWidget
from qasync import asyncSlot

from ..core.errors import ConflictError, ValidationError
from ..core.models import AutoReply, Mailbox
from ..core.service import MAX_NAME, Service, validate_local_part
from .common import error_text, set_message
from .forms.ui_internal_email_dialog import Ui_InternalEmailDialog

EMAIL, NAME, QUEUE, AUTO_REPLY, FORM = "email", "name", "queue", "auto_reply", "form"


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
        self._touched: set[str] = set()
        self._show_all = False
        self._saving = False
        portal = service.portal()
        self.domain = portal.domain if portal else ""
        ui = self.ui
        self.labels = {EMAIL: ui.emailError, NAME: ui.nameError, QUEUE: ui.queueError,
                       AUTO_REPLY: ui.autoReplyError, FORM: ui.formError}
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

        ui.localEdit.textEdited.connect(lambda *_: self._edited(EMAIL))
        ui.nameEdit.textEdited.connect(lambda *_: self._edited(NAME))
        ui.queueCombo.currentIndexChanged.connect(lambda *_: self._edited(QUEUE))
        ui.autoReplyCheck.toggled.connect(self._auto_reply_toggled)
        ui.subjectEdit.textEdited.connect(lambda *_: self._edited(AUTO_REPLY))
        ui.contentEdit.textChanged.connect(lambda: self._edited(AUTO_REPLY))
        self.save_button.clicked.connect(self.save)
        self._show_errors({})

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
                errors[EMAIL] = self.tr("Set up the portal domain first (Settings → Portal).")
            else:
                try:
                    validate_local_part(ui.localEdit.text())
                except ValidationError as exc:
                    errors[EMAIL] = str(exc)
                else:
                    taken = {m.address.lower() for m in self._service.mailboxes()}
                    if self.address in taken:
                        errors[EMAIL] = self.tr(
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

    def _edited(self, field: str) -> None:
        self._touched.add(field)
        set_message(self.ui.formError)
        self._show_errors(self.validate())

    def _show_errors(self, errors: dict[str, str]) -> None:
        for field, label in self.labels.items():
            shown = self._show_all or field in self._touched or field == FORM
            set_message(label, errors.get(field, "") if shown else "")

    def _auto_reply_toggled(self, on: bool) -> None:
        for widget in (self.ui.subjectLabel, self.ui.subjectEdit, self.ui.contentLabel,
                       self.ui.contentEdit):
            widget.setEnabled(on)
        if self._touched or self._show_all:
            self._edited(AUTO_REPLY)

    # -- saving -----------------------------------------------------------------------------

    def auto_reply(self) -> AutoReply:
        ui = self.ui
        return AutoReply(ui.autoReplyCheck.isChecked(), ui.subjectEdit.text().strip(),
                         ui.contentEdit.toPlainText())

    @asyncSlot()
    async def save(self) -> None:
        if self._saving:
            return
        self._show_all = True
        errors = self.validate()
        self._show_errors(errors)
        if errors:
            self._focus_first(errors)
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
            field = self._field_of(exc)
            self._show_errors({field: error_text(exc)})
            self._focus_first({field: ""})
            return
        finally:
            self._saving = False
            self.save_button.setEnabled(True)
        self.mailbox = mailbox
        self.saved.emit(mailbox)
        self.accept()

    @staticmethod
    def _field_of(exc: Exception) -> str:
        """Which field a core error is about, so it shows next to it."""
        if isinstance(exc, ConflictError):
            return EMAIL
        if isinstance(exc, ValidationError):
            text = str(exc).lower()
            for words, field in ((("local part", "email address"), EMAIL),
                                 (("auto reply",), AUTO_REPLY), (("queue",), QUEUE),
                                 (("full name",), NAME)):
                if any(w in text for w in words):
                    return field
        return FORM

    def _focus_first(self, errors: dict[str, str]) -> None:
        ui = self.ui
        for field, widget in ((EMAIL, ui.localEdit), (NAME, ui.nameEdit), (QUEUE, ui.queueCombo),
                              (AUTO_REPLY, ui.subjectEdit if not ui.subjectEdit.text().strip()
                               else ui.contentEdit)):
            if field in errors:
                widget.setFocus()
                return
