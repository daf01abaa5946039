"""First start: the portal's domain and its first admin."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget
from qasync import asyncSlot

from ...core.errors import ValidationError
from ...core.service import Service, validate_domain
from ..forms.ui_portal_setup_dialog import Ui_PortalSetupDialog
from ..widgets.common import error_text, set_message


class PortalSetupDialog(QDialog):
    set_up = Signal(object)  # the admin Agent

    def __init__(self, service: Service, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_PortalSetupDialog()
        self.ui.setupUi(self)
        self.setWindowIcon(QIcon(":/icons/app.svg"))
        self._service = service
        self.ok_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Set up"))
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self.save)
        for label in (self.ui.domainError, self.ui.nameError, self.ui.emailError,
                      self.ui.formError):
            set_message(label)

    @asyncSlot()
    async def save(self) -> None:
        ui = self.ui
        domain, name, email = (ui.domainEdit.text().strip(), ui.nameEdit.text().strip(),
                               ui.emailEdit.text().strip())
        errors = {}
        try:
            validate_domain(domain)
        except ValidationError as exc:
            errors["domain"] = str(exc) if domain else self.tr("Enter the portal's domain.")
        if not name:
            errors["name"] = self.tr("Enter the admin's full name.")
        if not email:
            errors["email"] = self.tr("Enter the admin's email address.")
        self._show(errors)
        if errors:
            return
        self.ok_button.setEnabled(False)
        try:
            agent = await self._service.set_up(domain, email, name)
        except Exception as exc:
            text = str(exc).lower()
            field = ("domain" if "domain" in text else "email" if "email" in text
                     else "name" if "name" in text else "form")
            self._show({field: error_text(exc)})
            return
        finally:
            self.ok_button.setEnabled(True)
        self.set_up.emit(agent)
        self.accept()

    def _show(self, errors: dict[str, str]) -> None:
        ui = self.ui
        for field, label in (("domain", ui.domainError), ("name", ui.nameError),
                             ("email", ui.emailError), ("form", ui.formError)):
            set_message(label, errors.get(field, ""))
        for field, edit in (("domain", ui.domainEdit), ("name", ui.nameEdit),
                            ("email", ui.emailEdit)):
            if field in errors:
                edit.setFocus()
                break
