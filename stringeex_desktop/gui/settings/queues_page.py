"""Settings page: queues and which agents work each of them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QInputDialog, QListWidgetItem, QMessageBox, QWidget
from qasync import asyncSlot

from ...core.service import Service
from ..bridge import EventBridge
from ..forms.ui_queues_page import Ui_QueuesPage
from ..widgets.common import error_text, set_message


class QueuesPage(QWidget):
    """Member checks are kept while being edited: a refresh never throws away unsaved ticks."""

    def __init__(self, service: Service, bridge: EventBridge, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_QueuesPage()
        self.ui.setupUi(self)
        self._service = service
        self._dirty = False
        self.ui.addQueueButton.clicked.connect(self._add_queue)
        self.ui.newQueueEdit.returnPressed.connect(self._add_queue)
        self.ui.saveMembersButton.clicked.connect(self._save_members)
        self.ui.queueList.currentTextChanged.connect(lambda *_: self._show_members(force=True))
        self.ui.memberList.itemChanged.connect(self._member_ticked)
        self.ui.renameQueueButton.clicked.connect(self.ask_rename)
        self.ui.removeQueueButton.clicked.connect(self.ask_remove)
        self.ui.queueList.currentItemChanged.connect(lambda *_: self._update_queue_buttons())
        for key, slot in ((QKeySequence(Qt.Key.Key_F2), self.ask_rename),
                          (QKeySequence.StandardKey.Delete, self.ask_remove)):
            QShortcut(key, self.ui.queueList, slot, context=Qt.ShortcutContext.WidgetShortcut)
        self.question: QInputDialog | QMessageBox | None = None
        bridge.people_changed.connect(self.reload)
        bridge.store_changed.connect(self.reload)
        set_message(self.ui.queueErrorLabel)
        set_message(self.ui.membersStatusLabel)
        self.reload()

    def current_queue(self) -> str | None:
        item = self.ui.queueList.currentItem()
        return item.text() if item else None

    def reload(self) -> None:
        try:
            names = [q.name for q in self._service.queues()]
        except Exception as exc:
            set_message(self.ui.queueErrorLabel, error_text(exc))
            return
        listed = [self.ui.queueList.item(i).text() for i in range(self.ui.queueList.count())]
        if names != listed:
            current = self.current_queue()
            self.ui.queueList.blockSignals(True)
            self.ui.queueList.clear()
            self.ui.queueList.addItems(names)
            matches = self.ui.queueList.findItems(current or "", Qt.MatchFlag.MatchExactly)
            self.ui.queueList.setCurrentRow(
                self.ui.queueList.row(matches[0]) if matches else (0 if names else -1))
            self.ui.queueList.blockSignals(False)
        self._update_queue_buttons()
        self._show_members(force=False)

    def _show_members(self, *, force: bool) -> None:
        if self._dirty and not force:
            return
        name = self.current_queue()
        try:
            queues, agents = self._service.queues(), self._service.agents()
        except Exception as exc:
            set_message(self.ui.membersStatusLabel, error_text(exc), role="error")
            return
        queue = next((q for q in queues if q.name == name), None)
        members = {m.lower() for m in queue.members} if queue else set()
        self.ui.membersLabel.setText(self.tr("&Members of {0}").format(name) if name
                                     else self.tr("&Members"))
        self.ui.memberList.blockSignals(True)
        self.ui.memberList.clear()
        for agent in agents:
            item = QListWidgetItem(f"{agent.name} <{agent.email}>", self.ui.memberList)
            item.setData(Qt.ItemDataRole.UserRole, agent.email)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if agent.email.lower() in members
                               else Qt.CheckState.Unchecked)
        self.ui.memberList.blockSignals(False)
        self.ui.memberList.setEnabled(queue is not None)
        self.ui.saveMembersButton.setEnabled(False)
        self._dirty = False
        if force:
            set_message(self.ui.membersStatusLabel)

    def _update_queue_buttons(self) -> None:
        for button in (self.ui.renameQueueButton, self.ui.removeQueueButton):
            button.setEnabled(self.current_queue() is not None)

    def ask_rename(self) -> QInputDialog | None:
        name = self.current_queue()
        if name is None:
            return None
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Rename queue"))
        dialog.setLabelText(self.tr("New name for the queue {0}:").format(name))
        dialog.setTextValue(name)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.textValueSelected.connect(lambda new_name: self.rename(name, new_name))
        self.question = dialog
        dialog.open()
        return dialog

    @asyncSlot(str, str)
    async def rename(self, name: str, new_name: str) -> None:
        if new_name.strip() == name:
            return
        try:
            queue = await self._service.rename_queue(name, new_name)
        except Exception as exc:
            set_message(self.ui.queueErrorLabel, error_text(exc))
            return
        set_message(self.ui.queueErrorLabel)
        self.reload()
        self._select(queue.name)

    def ask_remove(self) -> QMessageBox | None:
        name = self.current_queue()
        if name is None:
            return None
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Remove queue"),
                          self.tr("Remove the queue {0}? Its solved and closed tickets keep "
                                  "their history without a queue.").format(name),
                          QMessageBox.StandardButton.Cancel, self)
        remove = box.addButton(self.tr("&Remove"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: button is remove and self.remove(name))
        self.question = box
        box.open()
        return box

    @asyncSlot(str)
    async def remove(self, name: str) -> None:
        try:
            await self._service.remove_queue(name)
        except Exception as exc:
            set_message(self.ui.queueErrorLabel, error_text(exc))
            return
        set_message(self.ui.queueErrorLabel)
        self.reload()

    def _select(self, name: str) -> None:
        matches = self.ui.queueList.findItems(name, Qt.MatchFlag.MatchExactly)
        if matches:
            self.ui.queueList.setCurrentItem(matches[0])

    def _member_ticked(self, _item: QListWidgetItem) -> None:
        self._dirty = True
        self.ui.saveMembersButton.setEnabled(True)
        set_message(self.ui.membersStatusLabel)

    def checked_members(self) -> list[str]:
        members = self.ui.memberList
        return [members.item(i).data(Qt.ItemDataRole.UserRole) for i in range(members.count())
                if members.item(i).checkState() == Qt.CheckState.Checked]

    @asyncSlot()
    async def _add_queue(self) -> None:
        name = self.ui.newQueueEdit.text().strip()
        if not name:
            set_message(self.ui.queueErrorLabel, self.tr("Enter the name of the new queue."))
            return
        self.ui.addQueueButton.setEnabled(False)
        try:
            queue = await self._service.add_queue(name)
        except Exception as exc:
            set_message(self.ui.queueErrorLabel, error_text(exc))
            return
        finally:
            self.ui.addQueueButton.setEnabled(True)
        set_message(self.ui.queueErrorLabel)
        self.ui.newQueueEdit.clear()
        self.reload()
        self._select(queue.name)

    @asyncSlot()
    async def _save_members(self) -> None:
        name = self.current_queue()
        if name is None:
            return
        self.ui.saveMembersButton.setEnabled(False)
        try:
            queue = await self._service.set_queue_members(name, self.checked_members())
        except Exception as exc:
            self.ui.saveMembersButton.setEnabled(True)
            set_message(self.ui.membersStatusLabel, error_text(exc), role="error")
            return
        self._dirty = False
        set_message(self.ui.membersStatusLabel,
                    self.tr("Saved: {0} member(s).").format(len(queue.members)), role="ok")
