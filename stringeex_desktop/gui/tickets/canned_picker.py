"""Pick a canned reply by typing part of its title or text; it shows filled for the ticket."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from ...core.service import Service
from ..forms.ui_canned_picker import Ui_CannedPicker
from ..widgets.common import error_text, set_message


class CannedPicker(QDialog):
    """Up/Down in the search field move through the list, Enter inserts, Esc cancels.
    `text` is the chosen reply with the ticket's placeholders filled."""

    def __init__(self, service: Service, ticket_id: int, agent_email: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_CannedPicker()
        self.ui.setupUi(self)
        self._service = service
        self._ticket_id = ticket_id
        self._agent = agent_email
        self.text = ""
        ui = self.ui
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Insert"))
        ui.searchEdit.textChanged.connect(self._filter)
        ui.searchEdit.installEventFilter(self)
        ui.cannedList.currentItemChanged.connect(lambda item, _: self._preview(item))
        ui.cannedList.itemActivated.connect(lambda *_: self.accept())
        try:
            replies = service.canned_replies()
        except Exception as exc:
            replies = []
            set_message(ui.emptyLabel, error_text(exc), role="error")
        else:
            set_message(ui.emptyLabel, "" if replies else self.tr(
                "No canned replies yet: supervisors add them in Settings → Canned replies."))
        for canned in replies:
            item = QListWidgetItem(canned.title, ui.cannedList)
            item.setData(Qt.ItemDataRole.UserRole, canned.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, f"{canned.title}\n{canned.body}".casefold())
        self._filter("")
        ui.searchEdit.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Up,
                                                                    Qt.Key.Key_Down):
            row, step = self.ui.cannedList.currentRow(), -1 if event.key() == Qt.Key.Key_Up else 1
            rows = [r for r in range(self.ui.cannedList.count())
                    if not self.ui.cannedList.item(r).isHidden()]
            later = [r for r in rows if (r - row) * step > 0]
            if later:
                self.ui.cannedList.setCurrentRow(later[0] if step > 0 else later[-1])
            return True
        return super().eventFilter(watched, event)

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        lst = self.ui.cannedList
        first = None
        for row in range(lst.count()):
            item = lst.item(row)
            shown = all(w in item.data(Qt.ItemDataRole.UserRole + 1) for w in words)
            item.setHidden(not shown)
            if shown and first is None:
                first = item
        current = lst.currentItem()
        if current is None or current.isHidden():
            lst.setCurrentItem(first)
            if first is None:
                self._preview(None)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(first is not None)

    def _preview(self, item: QListWidgetItem | None) -> None:
        self.text = ""
        if item is not None:
            try:
                self.text = self._service.fill_canned(item.data(Qt.ItemDataRole.UserRole),
                                                      self._ticket_id, self._agent)
            except Exception as exc:
                set_message(self.ui.emptyLabel, error_text(exc), role="error")
        self.ui.previewEdit.setPlainText(self.text)

    def accept(self) -> None:
        if self.text:
            super().accept()
