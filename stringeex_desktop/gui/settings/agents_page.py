"""Settings page: the portal's agents; admins add them here."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QWidget

from ...core.service import Service
from ..bridge import EventBridge
from ..forms.ui_agents_page import Ui_AgentsPage
from ..widgets.common import error_text, set_message
from .add_agent_dialog import AddAgentDialog
from .agent_table_model import AgentTableModel


class AgentsPage(QWidget):
    def __init__(self, service: Service, bridge: EventBridge, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_AgentsPage()
        self.ui.setupUi(self)
        self._service = service
        self.dialog: AddAgentDialog | None = None
        self.model = AgentTableModel(service, self)
        self.ui.agentView.setModel(self.model)
        header = self.ui.agentView.horizontalHeader()
        header.setSectionResizeMode(AgentTableModel.EMAIL, QHeaderView.ResizeMode.ResizeToContents)
        for column, width in ((AgentTableModel.NAME, 160), (AgentTableModel.ROLE, 90),
                              (AgentTableModel.PRESENCE, 80)):
            header.resizeSection(column, width)
        self.ui.addAgentButton.clicked.connect(self.open_add_agent)
        self.ui.editAgentButton.clicked.connect(self.open_edit_agent)
        self.ui.agentView.doubleClicked.connect(lambda *_: self.open_edit_agent())
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(QKeySequence(key), self.ui.agentView, self.open_edit_agent,
                      context=Qt.ShortcutContext.WidgetShortcut)
        bridge.people_changed.connect(self.reload)
        bridge.store_changed.connect(self.reload)
        self.reload()

    def open_add_agent(self) -> AddAgentDialog:
        self.dialog = AddAgentDialog(self._service, self.window())
        self.dialog.saved.connect(lambda *_: self.reload())
        self.dialog.open()
        return self.dialog

    def open_edit_agent(self) -> AddAgentDialog | None:
        index = self.ui.agentView.currentIndex()
        agent = self.model.at(index.row()) if index.isValid() else None
        if agent is None:
            set_message(self.ui.errorLabel, self.tr("Select the agent to edit."))
            return None
        self.dialog = AddAgentDialog(self._service, self.window(), agent=agent)
        self.dialog.saved.connect(lambda *_: self.reload())
        self.dialog.open()
        return self.dialog

    def reload(self) -> None:
        try:
            self.model.reload()
        except Exception as exc:
            set_message(self.ui.errorLabel, error_text(exc))
            return
        set_message(self.ui.errorLabel)
