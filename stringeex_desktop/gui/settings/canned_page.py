"""Settings page: the canned replies supervisors keep for every agent."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QListWidgetItem, QWidget
from qasync import asyncSlot

from ...core.service import Service
from ..bridge import EventBridge
from ..forms.ui_canned_page import Ui_CannedPage
from ..widgets.common import error_text, set_message


class CannedPage(QWidget):
    """Agents see the list read-only; the core refuses their changes in any case."""

    def __init__(self, service: Service, bridge: EventBridge, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_CannedPage()
        self.ui.setupUi(self)
        self._service = service
        self._editing: int | None = None
        ui = self.ui
        ui.cannedList.currentItemChanged.connect(lambda item, _: self._show(item))
        ui.newButton.clicked.connect(self.new)
        ui.saveButton.clicked.connect(self.save)
        ui.removeButton.clicked.connect(self.remove)
        QShortcut(QKeySequence.StandardKey.Delete, ui.cannedList, self.remove,
                  context=Qt.ShortcutContext.WidgetShortcut)
        bridge.people_changed.connect(self.reload)
        bridge.store_changed.connect(self.reload)
        actor = service.actor
        self._may_edit = actor is None or actor.role in ("admin", "supervisor")
        for widget in (ui.newButton, ui.removeButton, ui.saveButton):
            widget.setVisible(self._may_edit)
        ui.cannedTitleEdit.setReadOnly(not self._may_edit)
        ui.cannedBodyEdit.setReadOnly(not self._may_edit)
        set_message(ui.cannedStatusLabel, "" if self._may_edit else self.tr(
            "Only supervisors and admins change canned replies."), role="hint")
        self.reload()

    def reload(self) -> None:
        try:
            replies = self._service.canned_replies()
        except Exception as exc:
            set_message(self.ui.cannedStatusLabel, error_text(exc), role="error")
            return
        listed = [(self.ui.cannedList.item(i).data(Qt.ItemDataRole.UserRole),
                   self.ui.cannedList.item(i).text()) for i in range(self.ui.cannedList.count())]
        if listed == [(c.id, c.title) for c in replies]:
            return
        keep = self._editing
        self.ui.cannedList.blockSignals(True)
        self.ui.cannedList.clear()
        for canned in replies:
            item = QListWidgetItem(canned.title, self.ui.cannedList)
            item.setData(Qt.ItemDataRole.UserRole, canned.id)
            if canned.id == keep:
                self.ui.cannedList.setCurrentItem(item)
        self.ui.cannedList.blockSignals(False)
        if self.ui.cannedList.currentItem() is None and keep is not None:
            self.new()
        elif keep is None and replies and not self.ui.cannedTitleEdit.text():
            self.ui.cannedList.setCurrentRow(0)

    def _show(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        try:
            canned = self._service.canned_reply(item.data(Qt.ItemDataRole.UserRole))
        except Exception as exc:
            set_message(self.ui.cannedStatusLabel, error_text(exc), role="error")
            return
        self._editing = canned.id
        self.ui.cannedTitleEdit.setText(canned.title)
        self.ui.cannedBodyEdit.setPlainText(canned.body)
        if self._may_edit:
            set_message(self.ui.cannedStatusLabel)

    def new(self) -> None:
        self._editing = None
        self.ui.cannedList.clearSelection()
        self.ui.cannedList.setCurrentItem(None)
        self.ui.cannedTitleEdit.clear()
        self.ui.cannedBodyEdit.clear()
        set_message(self.ui.cannedStatusLabel)
        self.ui.cannedTitleEdit.setFocus()

    @asyncSlot()
    async def save(self) -> None:
        ui = self.ui
        title, body = ui.cannedTitleEdit.text(), ui.cannedBodyEdit.toPlainText()
        try:
            canned = await (self._service.add_canned(title, body) if self._editing is None
                            else self._service.update_canned(self._editing, title, body))
        except Exception as exc:
            set_message(ui.cannedStatusLabel, error_text(exc), role="error")
            return
        self._editing = canned.id
        self.reload()
        set_message(ui.cannedStatusLabel, self.tr("Saved “{0}”.").format(canned.title), role="ok")

    @asyncSlot()
    async def remove(self) -> None:
        if self._editing is None or not self._may_edit:
            return
        try:
            canned = await self._service.remove_canned(self._editing)
        except Exception as exc:
            set_message(self.ui.cannedStatusLabel, error_text(exc), role="error")
            return
        self.new()
        self.reload()
        set_message(self.ui.cannedStatusLabel, self.tr("Removed “{0}”.").format(canned.title),
                    role="ok")
