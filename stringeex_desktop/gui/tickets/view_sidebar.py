"""The ticket list's views, each with its live count: My open, Unassigned, All open, ..."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from ...core.models import VIEWS

ViewRole = Qt.ItemDataRole.UserRole + 1


class ViewSidebar(QTreeWidget):
    """One row per view (models.VIEWS, then one per queue); the counts come from one
    read-only service call (`Service.view_counts`) and are set with `set_counts`."""

    view_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("viewSidebar")
        self.setAccessibleName(self.tr("Views"))
        self.setColumnCount(2)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setIndentation(0)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self._names = {"mine": self.tr("My open"), "unassigned": self.tr("Unassigned"),
                       "open": self.tr("All open"), "pending": self.tr("Pending"),
                       "solved": self.tr("Solved"), "closed": self.tr("Closed")}
        self._queues: list[str] = []
        for view in VIEWS:
            self._add(view, self._names[view])
        self.currentItemChanged.connect(self._current_changed)

    def sizeHint(self) -> QSize:
        """Wide enough for the longest view name and a five-digit count, no wider."""
        metrics = self.fontMetrics()
        names = [self.topLevelItem(r).text(0) for r in range(self.topLevelItemCount())]
        width = max(metrics.horizontalAdvance(n) for n in names) if names else 80
        return QSize(min(width, metrics.horizontalAdvance("M" * 12))
                     + metrics.horizontalAdvance("00,000") + 16, super().sizeHint().height())

    def _add(self, view: str, name: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self, [name, ""])
        item.setData(0, ViewRole, view)
        item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if view.startswith("queue:"):
            item.setToolTip(0, self.tr("Open tickets of the queue {0}").format(name))
        return item

    def set_queues(self, names: list[str]) -> None:
        """One view per queue the agent may see; a removed queue's view falls back to All
        open when it was the current one."""
        if names == self._queues:
            return
        current = self.current_view()
        self.blockSignals(True)
        for row in range(self.topLevelItemCount() - 1, len(VIEWS) - 1, -1):
            self.takeTopLevelItem(row)
        self._queues = list(names)
        for name in names:
            self._add(f"queue:{name}", name)
        self.blockSignals(False)
        if current is not None and not self.select_view(current):
            self.select_view("open")

    def set_counts(self, counts: dict[str, int]) -> None:
        for row in range(self.topLevelItemCount()):
            item = self.topLevelItem(row)
            count = counts.get(item.data(0, ViewRole))
            item.setText(1, "" if count is None else f"{count:,}")

    def current_view(self) -> str | None:
        item = self.currentItem()
        return item.data(0, ViewRole) if item is not None else None

    def select_view(self, view: str) -> bool:
        for row in range(self.topLevelItemCount()):
            item = self.topLevelItem(row)
            if item.data(0, ViewRole) == view:
                self.setCurrentItem(item)
                return True
        return False

    def count_text(self, view: str) -> str:
        """The count shown beside a view (tests and screen readers)."""
        for row in range(self.topLevelItemCount()):
            item = self.topLevelItem(row)
            if item.data(0, ViewRole) == view:
                return item.text(1)
        return ""

    def _current_changed(self, current: QTreeWidgetItem | None, _previous) -> None:
        if current is not None:
            self.view_chosen.emit(current.data(0, ViewRole))
