"""The CCs of one ticket: add and remove addresses, each change saved at once."""

from __future__ import annotations

from email.utils import formataddr

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget
from qasync import asyncSlot

from ...core.models import Ticket
from ...core.service import Service
from ..forms.ui_cc_dialog import Ui_CcDialog
from ..widgets.common import error_text, set_message


class CcDialog(QDialog):
    """The core parses each address strictly (CR/LF and lists refused) and refuses the
    requester and the portal's own addresses; its reason is shown under the field."""

    def __init__(self, service: Service, ticket: Ticket, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_CcDialog()
        self.ui.setupUi(self)
        self._service = service
        self.ticket = ticket
        self.setWindowTitle(self.tr("CCs of {0}").format(ticket.serial))
        ui = self.ui
        ui.addButton.clicked.connect(self.add)
        ui.addressEdit.returnPressed.connect(self.add)
        ui.removeButton.clicked.connect(self.remove)
        ui.ccList.itemSelectionChanged.connect(self._update_buttons)
        ui.addressEdit.textChanged.connect(self._update_buttons)
        QShortcut(QKeySequence.StandardKey.Delete, ui.ccList, self.remove,
                  context=Qt.ShortcutContext.WidgetShortcut)
        set_message(ui.errorLabel)
        self._show()

    def _show(self) -> None:
        self.ui.ccList.clear()
        for address in self.ticket.ccs:
            item = QListWidgetItem(str(address), self.ui.ccList)
            item.setData(Qt.ItemDataRole.UserRole, address.email)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.ui.addButton.setEnabled(bool(self.ui.addressEdit.text().strip()))
        self.ui.removeButton.setEnabled(bool(self.ui.ccList.selectedItems()))

    @asyncSlot()
    async def add(self) -> None:
        text = self.ui.addressEdit.text()
        if not text.strip():
            return
        if await self._save(self._kept(set()) + [text]):
            self.ui.addressEdit.clear()

    @asyncSlot()
    async def remove(self) -> None:
        gone = {item.data(Qt.ItemDataRole.UserRole).lower()
                for item in self.ui.ccList.selectedItems()}
        if gone:
            await self._save(self._kept(gone))

    def _kept(self, gone: set[str]) -> list[str]:
        """The stored CCs as text the core parses back (names with commas quoted)."""
        return [formataddr((a.name, a.email)) for a in self.ticket.ccs
                if a.email.lower() not in gone]

    async def _save(self, ccs: list[str]) -> bool:
        self.ui.addButton.setEnabled(False)
        try:
            self.ticket = await self._service.set_ticket(self.ticket.id, ccs=ccs)
        except Exception as exc:
            set_message(self.ui.errorLabel, error_text(exc))
            self.ui.addressEdit.setFocus()
            self._update_buttons()
            return False
        set_message(self.ui.errorLabel)
        self._show()
        return True
