"""Who is working at this desktop: the agent the app acts as, with that agent's role."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from ..core.models import Agent
from .forms.ui_sign_in_dialog import Ui_SignInDialog
from .widgets.common import role_label

LAST_AGENT_KEY = "session/agent"


class SignInDialog(QDialog):
    """Lists the agents by name and role; the last choice (QSettings) is preselected."""

    def __init__(self, agents: list[Agent], parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_SignInDialog()
        self.ui.setupUi(self)
        self.setWindowIcon(QIcon(":/icons/app.svg"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Sign in"))
        self.ui.agentList.setAccessibleName(self.tr("Agents"))
        last = str(QSettings().value(LAST_AGENT_KEY, "") or "").lower()
        for agent in agents:
            item = QListWidgetItem(self.tr("{0} — {1}").format(agent.name, role_label(agent.role)),
                                   self.ui.agentList)
            item.setData(Qt.ItemDataRole.UserRole, agent.email)
            item.setToolTip(agent.email)
            if agent.email.lower() == last:
                self.ui.agentList.setCurrentItem(item)
        if self.ui.agentList.currentItem() is None and agents:
            self.ui.agentList.setCurrentRow(0)
        self.ui.agentList.itemActivated.connect(lambda *_: self.accept())
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.agentList.setFocus()

    def chosen_email(self) -> str | None:
        item = self.ui.agentList.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def accept(self) -> None:
        if self.chosen_email() is None:
            return
        QSettings().setValue(LAST_AGENT_KEY, self.chosen_email())
        super().accept()
