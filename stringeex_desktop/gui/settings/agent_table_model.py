"""Agents with their role, presence and queues."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt

from ...core.models import Agent
from ...core.service import Service
from ..widgets.common import role_label
from ..widgets.row_table_model import ModelIndex, RowTableModel


class AgentTableModel(RowTableModel):
    EMAIL, NAME, ROLE, PRESENCE, QUEUES = range(5)

    def __init__(self, service: Service, parent: QObject | None = None):
        super().__init__(parent)
        self._service = service
        self._rows: list[Agent] = []
        self._headers = (self.tr("Email"), self.tr("Name"), self.tr("Role"),
                         self.tr("Presence"), self.tr("Queues"))

    def reload(self) -> None:
        rows = self._service.agents()  # before the reset: a failed read leaves the model whole
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        agent = self.at(index.row()) if index.isValid() else None
        if agent is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == self.EMAIL:
            return agent.email
        if column == self.NAME:
            return agent.name
        if column == self.ROLE:
            return role_label(agent.role)
        if column == self.PRESENCE:
            if not agent.active:
                return self.tr("Deactivated")
            return self.tr("Online") if agent.presence == "online" else self.tr("Offline")
        if column == self.QUEUES:
            return ", ".join(agent.queues)
        return None
