"""The ticket list as a paged table model: windows of SQL rows, never the whole table."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QFont

from ...core.models import Ticket, TicketFilter
from ...core.service import Service
from ..widgets.common import format_time, status_label
from ..widgets.row_table_model import ModelIndex, RowTableModel

PAGE_SIZE = 200


class TicketTableModel(RowTableModel):
    """Newest first, as the service orders them; the view pulls more rows as it scrolls
    (canFetchMore/fetchMore), each page one read-only service call (DESIGN.md section 8)."""

    SERIAL, SUBJECT, REQUESTER, QUEUE, ASSIGNEE, STATUS, UPDATED = range(7)
    TicketIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, service: Service, parent: QObject | None = None, *,
                 page_size: int = PAGE_SIZE):
        super().__init__(parent)
        self._service = service
        self._page_size = page_size
        self._filter = TicketFilter()
        self._rows: list[Ticket] = []
        self._total = 0
        self._headers = (self.tr("Serial"), self.tr("Subject"), self.tr("Requester"),
                         self.tr("Queue"), self.tr("Assignee"), self.tr("Status"),
                         self.tr("Updated"))
        self._bold = QFont()
        self._bold.setBold(True)

    # -- loading --------------------------------------------------------------------------

    @property
    def ticket_filter(self) -> TicketFilter:
        return self._filter

    @property
    def total(self) -> int:
        """Tickets matching the filter, loaded or not."""
        return self._total

    def set_filter(self, flt: TicketFilter) -> None:
        self._filter = flt
        self.reload()

    def reload(self) -> None:
        """Back to the first page (a new filter, or F5)."""
        self.beginResetModel()
        self._rows = self._service.tickets(self._filter, 0, self._page_size)
        self._total = self._service.ticket_count(self._filter)
        self.endResetModel()

    def refresh(self) -> None:
        """Re-read the rows already loaded after a change; a pure value change keeps the row
        set, anything else (a new or moved ticket) resets and the view restores its selection
        by ticket id."""
        wanted = max(len(self._rows), self._page_size)
        rows = self._service.tickets(self._filter, 0, wanted)
        total = self._service.ticket_count(self._filter)
        if [t.id for t in rows] == [t.id for t in self._rows]:
            self._total = total
            changed = [i for i, (old, new) in enumerate(zip(self._rows, rows)) if old != new]
            self._rows = rows
            if changed:
                self.dataChanged.emit(self.index(changed[0], 0),
                                      self.index(changed[-1], len(self._headers) - 1))
            return
        self.beginResetModel()
        self._rows, self._total = rows, total
        self.endResetModel()

    def canFetchMore(self, parent: ModelIndex = QModelIndex()) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:
        if parent.isValid():
            return
        page = self._service.tickets(self._filter, len(self._rows), self._page_size)
        known = {t.id for t in self._rows}
        page = [t for t in page if t.id not in known]  # tickets that moved up meanwhile
        if not page:
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    # -- Qt model API ---------------------------------------------------------------------

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        ticket = self.at(index.row()) if index.isValid() else None
        if ticket is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(ticket, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.REQUESTER:
                return str(ticket.requester)
            if column == self.SUBJECT:
                return ticket.subject
            if column == self.UPDATED:
                return format_time(ticket.updated_at, "long")
            return None
        if role == Qt.ItemDataRole.FontRole and ticket.status == "new":
            return self._bold
        if role == self.TicketIdRole:
            return ticket.id
        return None

    def _display(self, ticket: Ticket, column: int) -> str | None:
        if column == self.SERIAL:
            return ticket.serial
        if column == self.SUBJECT:
            return ticket.subject
        if column == self.REQUESTER:
            return ticket.requester.name or ticket.requester.email
        if column == self.QUEUE:
            return ticket.queue or ""
        if column == self.ASSIGNEE:
            return ticket.assignee or self.tr("Unassigned")
        if column == self.STATUS:
            return status_label(ticket.status)
        if column == self.UPDATED:
            return format_time(ticket.updated_at)
        return None
