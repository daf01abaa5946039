"""Add an agent with a role and queues."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget
from qasync import asyncSlot

from ...core.errors import ConflictError, ValidationError
from ...core.models import ROLES
from ...core.service import Service
from ..forms.ui_add_agent_dialog import Ui_AddAgentDialog
from ..widgets.common import error_text, role_label, set_message


class AddAgentDialog(QDialog):
    saved = Signal(object)  # the stored Agent

    def __init__(self, service: Service, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_AddAgentDialog()
        self.ui.setupUi(self)
        self._service = service
        for role in ROLES:
            self.ui.roleCombo.addItem(role_label(role), role)
        for queue in service.queues():
            item = QListWidgetItem(queue.name, self.ui.queueList)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.save_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        for label in (self.ui.emailError, self.ui.nameError, self.ui.formError):
            set_message(label)

    def checked_queues(self) -> list[str]:
        queues = self.ui.queueList
        return [queues.item(i).text() for i in range(queues.count())
                if queues.item(i).checkState() == Qt.CheckState.Checked]

    @asyncSlot()
    async def save(self) -> None:
        ui = self.ui
        email, name = ui.emailEdit.text().strip(), ui.nameEdit.text().strip()
        set_message(ui.emailError, "" if email else self.tr("Enter the agent's email address."))
        set_message(ui.nameError, "" if name else self.tr("Enter the agent's full name."))
        set_message(ui.formError)
        if not email or not name:
            (ui.emailEdit if not email else ui.nameEdit).setFocus()
            return
        self.save_button.setEnabled(False)
        try:
            agent = await self._service.add_agent(email, name, ui.roleCombo.currentData(),
                                                  self.checked_queues())
        except Exception as exc:
            text = str(exc).lower()
            if isinstance(exc, ConflictError) or (isinstance(exc, ValidationError)
                                                  and "email" in text):
                set_message(ui.emailError, error_text(exc))
            elif isinstance(exc, ValidationError) and "name" in text:
                set_message(ui.nameError, error_text(exc))
            else:
                set_message(ui.formError, error_text(exc))
            return
        finally:
            self.save_button.setEnabled(True)
        self.saved.emit(agent)
        self.accept()
