"""Settings page: the senders whose mail shows remote images, and Remove to take it back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QTreeWidgetItem, QWidget
from qasync import asyncSlot

from ...core.service import Service
from ..bridge import EventBridge
from ..forms.ui_remote_content_page import Ui_RemoteContentPage
from ..widgets.common import error_text, format_time, set_message


class RemoteContentPage(QWidget):
    """The core decides who may remove a sender (a supervisor, or the agent who allowed
    it); a refusal is shown here with its reason."""

    def __init__(self, service: Service, bridge: EventBridge, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_RemoteContentPage()
        self.ui.setupUi(self)
        self._service = service
        ui = self.ui
        header = ui.senderList.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        ui.removeButton.clicked.connect(self.remove_selected)
        ui.senderList.itemSelectionChanged.connect(self._update_button)
        QShortcut(QKeySequence.StandardKey.Delete, ui.senderList, self.remove_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)
        bridge.portal_changed.connect(self.reload)
        bridge.store_changed.connect(self.reload)
        set_message(ui.statusLabel)
        self.reload()

    def reload(self) -> None:
        try:
            senders = self._service.remote_content_senders()
        except Exception as exc:
            set_message(self.ui.statusLabel, error_text(exc), role="error")
            return
        tree = self.ui.senderList
        tree.clear()
        for sender in senders:
            item = QTreeWidgetItem([sender.email, sender.allowed_by or self.tr("command line"),
                                    format_time(sender.allowed_at, "short")])
            item.setData(0, Qt.ItemDataRole.UserRole, sender.email)
            tree.addTopLevelItem(item)
        if not senders:
            tree.addTopLevelItem(QTreeWidgetItem([self.tr("No sender: remote images are "
                                                          "blocked in all mail.")]))
            tree.topLevelItem(0).setFlags(Qt.ItemFlag.NoItemFlags)
        self._update_button()

    def _update_button(self) -> None:
        self.ui.removeButton.setEnabled(any(
            item.data(0, Qt.ItemDataRole.UserRole) for item in self.ui.senderList.selectedItems()))

    @asyncSlot()
    async def remove_selected(self) -> None:
        emails = [item.data(0, Qt.ItemDataRole.UserRole)
                  for item in self.ui.senderList.selectedItems()]
        failures = []
        for email in filter(None, emails):
            try:
                await self._service.revoke_remote_content(email)
            except Exception as exc:
                failures.append(self.tr("{0}: {1}").format(email, error_text(exc)))
        set_message(self.ui.statusLabel, "\n".join(failures), role="error")
        self.reload()
