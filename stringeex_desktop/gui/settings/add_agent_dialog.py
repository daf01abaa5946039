"""Add an agent with a role and queues, or edit one (name, role, queues, active)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget
from qasync import asyncSlot

from ...core.models import ROLES, Agent
from ...core.service import Service
from ..forms.ui_add_agent_dialog import Ui_AddAgentDialog
from ..widgets.common import role_label
from ..widgets.field_errors import FORM, FieldErrors

# The core's ValidationError.field names for this form's inputs.
EMAIL, NAME, ROLE, QUEUES = "email", "name", "role", "queues"


class AddAgentDialog(QDialog):
    """Errors show under their field as in the email dialogs; the core checks the address.

    Given an `agent`, the same form edits them: the address is fixed (it is who they are),
    and Active appears; the core refuses what an admin may not do (the last active admin).
    """

    saved = Signal(object)  # the stored Agent

    def __init__(self, service: Service, parent: QWidget | None = None, *,
                 agent: Agent | None = None):
        super().__init__(parent)
        self.ui = Ui_AddAgentDialog()
        self.ui.setupUi(self)
        self._service = service
        self.agent = agent
        ui = self.ui
        for role in ROLES:
            ui.roleCombo.addItem(role_label(role), role)
        for queue in service.queues():
            item = QListWidgetItem(queue.name, ui.queueList)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if agent and queue.name in agent.queues
                               else Qt.CheckState.Unchecked)
        ui.activeCheck.setVisible(agent is not None)
        if agent is not None:
            self.setWindowTitle(self.tr("Edit agent"))
            ui.introLabel.setText(self.tr(
                "Deactivating keeps the agent's history; their open tickets go to other "
                "members of their queues."))
            ui.emailEdit.setText(agent.email)
            ui.emailEdit.setReadOnly(True)
            ui.nameEdit.setText(agent.name)
            ui.roleCombo.setCurrentIndex(max(0, ui.roleCombo.findData(agent.role)))
            ui.activeCheck.setChecked(agent.active)
        self.errors = FieldErrors(
            {EMAIL: ui.emailError, NAME: ui.nameError, ROLE: ui.roleError,
             QUEUES: ui.queuesError, FORM: ui.formError},
            {EMAIL: lambda: ui.emailEdit, NAME: lambda: ui.nameEdit, ROLE: lambda: ui.roleCombo,
             QUEUES: lambda: ui.queueList},
            self.validate)
        self.save_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        ui.emailEdit.textEdited.connect(lambda *_: self.errors.edited(EMAIL))
        ui.nameEdit.textEdited.connect(lambda *_: self.errors.edited(NAME))
        ui.roleCombo.activated.connect(lambda *_: self.errors.edited(ROLE))
        ui.queueList.itemChanged.connect(lambda *_: self.errors.edited(QUEUES))
        self.errors.show({})

    def checked_queues(self) -> list[str]:
        queues = self.ui.queueList
        return [queues.item(i).text() for i in range(queues.count())
                if queues.item(i).checkState() == Qt.CheckState.Checked]

    def validate(self) -> dict[str, str]:
        errors = {}
        if not self.ui.emailEdit.text().strip():
            errors[EMAIL] = self.tr("Enter the agent's email address.")
        if not self.ui.nameEdit.text().strip():
            errors[NAME] = self.tr("Enter the agent's full name.")
        return errors

    @asyncSlot()
    async def save(self) -> None:
        if not self.errors.check():
            return
        ui = self.ui
        self.save_button.setEnabled(False)
        try:
            if self.agent is None:
                agent = await self._service.add_agent(
                    ui.emailEdit.text().strip(), ui.nameEdit.text().strip(),
                    ui.roleCombo.currentData(), self.checked_queues())
            else:
                agent = await self._service.update_agent(
                    self.agent.email, name=ui.nameEdit.text().strip(),
                    role=ui.roleCombo.currentData(), queues=self.checked_queues(),
                    active=ui.activeCheck.isChecked())
        except Exception as exc:
            self.errors.show_core_error(exc)
            return
        finally:
            self.save_button.setEnabled(True)
        self.saved.emit(agent)
        self.accept()
