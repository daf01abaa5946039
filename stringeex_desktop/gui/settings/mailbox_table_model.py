"""The email channel list: every mailbox with its kind, queue and health."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor

from ...core.models import Mailbox
from ...core.service import Service
from ..widgets.common import (format_number, format_time, health_text, kind_label,
                              needs_attention)
from ..widgets.row_table_model import ModelIndex, RowTableModel


class MailboxTableModel(RowTableModel):
    """A handful of rows, read whole on every change; a Gmail first import adds its progress
    (heard from the sync, never stored) to the Health cell."""

    ADDRESS, KIND, NAME, QUEUE, ACTIVE, HEALTH = range(6)
    PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 1  # (done, total) while a first import runs

    def __init__(self, service: Service, parent: QObject | None = None):
        super().__init__(parent)
        self._service = service
        self._rows: list[Mailbox] = []
        self._progress: dict[int, tuple[int, int]] = {}
        self._headers = (self.tr("Address"), self.tr("Kind"), self.tr("Name"), self.tr("Queue"),
                         self.tr("Active"), self.tr("Health"))

    def reload(self) -> None:
        rows = self._service.mailboxes()  # before the reset: a failed read leaves the model whole
        self.beginResetModel()
        self._rows = rows
        syncing = {m.id for m in rows if m.active and m.health.state == "syncing"}
        self._progress = {i: p for i, p in self._progress.items() if i in syncing}
        self.endResetModel()

    def set_progress(self, mailbox_id: int, done: int, total: int) -> None:
        self._progress[mailbox_id] = (done, total)
        for row, mailbox in enumerate(self._rows):
            if mailbox.id == mailbox_id:
                cell = self.index(row, self.HEALTH)
                self.dataChanged.emit(cell, cell)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        mailbox = self.at(index.row()) if index.isValid() else None
        if mailbox is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(mailbox, column)
        if role == self.PROGRESS_ROLE and column == self.HEALTH:
            return self._syncing(mailbox)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.HEALTH:
            return self._health_details(mailbox)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.HEALTH:
            if needs_attention(mailbox):
                return QBrush(QColor("#cf222e"))
        return None

    def _display(self, mailbox: Mailbox, column: int) -> str | None:
        if column == self.ADDRESS:
            return mailbox.address
        if column == self.KIND:
            return kind_label(mailbox.kind)
        if column == self.NAME:
            return mailbox.name
        if column == self.QUEUE:
            return mailbox.queue or ""
        if column == self.ACTIVE:
            return self.tr("Active") if mailbox.active else self.tr("Inactive")
        if column == self.HEALTH:
            progress = self._syncing(mailbox)
            if progress is not None:
                return self.tr("Syncing {0} of {1}").format(*map(format_number, progress))
            return health_text(mailbox)
        return None

    def _syncing(self, mailbox: Mailbox) -> tuple[int, int] | None:
        if mailbox.active and mailbox.health.state == "syncing":
            return self._progress.get(mailbox.id)
        return None

    def _health_details(self, mailbox: Mailbox) -> str:
        health = mailbox.health
        lines = [health_text(mailbox)]
        if health.last_ok:
            lines.append(self.tr("Last success: {0}").format(
                format_time(health.last_ok, "short")))
        if health.last_error:
            lines.append(self.tr("Last error: {0}").format(health.last_error))
        return "\n".join(lines)
