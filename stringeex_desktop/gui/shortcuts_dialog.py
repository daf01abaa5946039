"""Help → Keyboard shortcuts: read from the window's own actions and shortcuts, so the list
cannot drift from what the keys do."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from .forms.ui_shortcuts_dialog import Ui_ShortcutsDialog


def window_shortcuts(window: QWidget) -> list[tuple[str, str]]:
    """(keys, what they do) for every QAction with a shortcut and every QShortcut (whose
    `whatsThis` says what it does) under `window`; one key may do different things in
    different places (Esc in the list and in the search box)."""
    found: set[tuple[str, str]] = set()
    native = QKeySequence.SequenceFormat.NativeText
    for action in window.findChildren(QAction):
        text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        found.update((s.toString(native), text) for s in action.shortcuts())
    for shortcut in window.findChildren(QShortcut):
        found.update((s.toString(native), shortcut.whatsThis()) for s in shortcut.keys())
    return sorted(((keys, text) for keys, text in found if keys and text),
                  key=lambda pair: pair[1].lower())


class ShortcutsDialog(QDialog):
    def __init__(self, window: QWidget):
        super().__init__(window)
        self.ui = Ui_ShortcutsDialog()
        self.ui.setupUi(self)
        table = self.ui.shortcutTable
        rows = window_shortcuts(window)
        table.setColumnCount(2)
        table.setRowCount(len(rows))
        table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        table.verticalHeader().hide()
        table.setEditTriggers(table.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(table.SelectionBehavior.SelectRows)
        for row, (keys, text) in enumerate(rows):
            table.setItem(row, 0, QTableWidgetItem(text))
            table.setItem(row, 1, QTableWidgetItem(keys))
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.ui.buttonBox.rejected.connect(self.reject)
        table.setFocus()
