"""The outbox as a table: every reply and auto reply still queued, being sent, or failed."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor

from ...core.models import OutboxItem, format_serial
from ...core.service import Service
from ..widgets.common import format_time
from ..widgets.row_table_model import ModelIndex, RowTableModel


class OutboxTableModel(RowTableModel):
    """Read whole on every change: the service returns at most its newest 1,000 rows, and
    sent ones leave the list, so it stays small."""

    TICKET, TO, VIA, STATE, ATTEMPTS, NEXT, ERROR = range(7)
    ItemIdRole = Qt.ItemDataRole.UserRole + 1
    TicketIdRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, service: Service, parent: QObject | None = None):
        super().__init__(parent)
        self._service = service
        self._rows: list[OutboxItem] = []
        self._addresses: dict[int, str] = {}
        self._headers = (self.tr("Ticket"), self.tr("To"), self.tr("Via"), self.tr("State"),
                         self.tr("Attempts"), self.tr("Next attempt"), self.tr("Last error"))
        self._states = {"queued": self.tr("Queued"), "sending": self.tr("Sending"),
                        "failed": self.tr("Failed")}

    def reload(self) -> None:
        rows = self._service.outbox()
        addresses = {m.id: m.address for m in self._service.mailboxes()}
        self.beginResetModel()
        self._rows, self._addresses = rows, addresses
        self.endResetModel()

    def failed_ids(self) -> list[int]:
        return [item.id for item in self._rows if item.state == "failed"]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        item = self.at(index.row()) if index.isValid() else None
        if item is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.TO, self.ERROR):
            return self._display(item, column) or None
        if role == Qt.ItemDataRole.ForegroundRole and column in (self.STATE, self.ERROR):
            return QBrush(QColor("#cf222e")) if item.state == "failed" else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.ATTEMPTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == self.ItemIdRole:
            return item.id
        if role == self.TicketIdRole:
            return item.ticket_id
        return None

    def _display(self, item: OutboxItem, column: int):
        if column == self.TICKET:
            return format_serial(item.ticket_id) if item.ticket_id else ""
        if column == self.TO:
            return ", ".join(item.recipients)
        if column == self.VIA:
            if item.via_mailbox_id is None:
                return self.tr("Portal relay (auto reply)")
            return self._addresses.get(item.via_mailbox_id, self.tr("(removed address)"))
        if column == self.STATE:
            return self._states.get(item.state, item.state)
        if column == self.ATTEMPTS:
            return item.attempts
        if column == self.NEXT:
            return format_time(item.next_attempt_at, "short") if item.state == "queued" else ""
        if column == self.ERROR:
            return item.last_error or ""
        return None
