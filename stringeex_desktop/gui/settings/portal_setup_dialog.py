"""First start: the portal's domain and its first admin."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget
from qasync import asyncSlot

from ...core.errors import ValidationError
from ...core.service import Service, validate_domain
from ..forms.ui_portal_setup_dialog import Ui_PortalSetupDialog
from ..widgets.field_errors import FORM, FieldErrors

# The core's ValidationError.field names for this form's inputs.
DOMAIN, ADMIN_NAME, ADMIN_EMAIL = "domain", "admin_name", "admin_email"


class PortalSetupDialog(QDialog):
    set_up = Signal(object)  # the admin Agent

    def __init__(self, service: Service, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_PortalSetupDialog()
        self.ui.setupUi(self)
        self.setWindowIcon(QIcon(":/icons/app.svg"))
        self._service = service
        ui = self.ui
        self.errors = FieldErrors(
            {DOMAIN: ui.domainError, ADMIN_NAME: ui.nameError, ADMIN_EMAIL: ui.emailError,
             FORM: ui.formError},
            {DOMAIN: lambda: ui.domainEdit, ADMIN_NAME: lambda: ui.nameEdit,
             ADMIN_EMAIL: lambda: ui.emailEdit},
            self.validate)
        self.ok_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Set up"))
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self.save)
        ui.domainEdit.textEdited.connect(lambda *_: self.errors.edited(DOMAIN))
        ui.nameEdit.textEdited.connect(lambda *_: self.errors.edited(ADMIN_NAME))
        ui.emailEdit.textEdited.connect(lambda *_: self.errors.edited(ADMIN_EMAIL))
        self.errors.show({})

    def validate(self) -> dict[str, str]:
        ui = self.ui
        errors = {}
        domain = ui.domainEdit.text().strip()
        try:
            validate_domain(domain)
        except ValidationError as exc:
            errors[DOMAIN] = str(exc) if domain else self.tr("Enter the portal's domain.")
        if not ui.nameEdit.text().strip():
            errors[ADMIN_NAME] = self.tr("Enter the admin's full name.")
        if not ui.emailEdit.text().strip():
            errors[ADMIN_EMAIL] = self.tr("Enter the admin's email address.")
        return errors

    @asyncSlot()
    async def save(self) -> None:
        if not self.errors.check():
            return
        ui = self.ui
        self.ok_button.setEnabled(False)
        try:
            agent = await self._service.set_up(ui.domainEdit.text().strip(),
                                               ui.emailEdit.text().strip(),
                                               ui.nameEdit.text().strip())
        except Exception as exc:
            self.errors.show_core_error(exc)
            return
        finally:
            self.ok_button.setEnabled(True)
        self.set_up.emit(agent)
        self.accept()
