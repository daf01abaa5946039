"""A message's stored bytes, headers and body, as received: to read, search and save."""

from __future__ import annotations

import asyncio
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QKeySequence, QShortcut, QTextDocument
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget
from qasync import asyncSlot

from ..forms.ui_source_dialog import Ui_SourceDialog
from ..widgets.common import error_text, human_size, set_message


class SourceDialog(QDialog):
    """Works for mail that could not be parsed too: it only ever shows the bytes.

    Bytes that are not UTF-8 show as U+FFFD here; Save as .eml writes the stored bytes
    themselves, unchanged.
    """

    def __init__(self, raw: bytes, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_SourceDialog()
        self.ui.setupUi(self)
        self.raw = raw
        self._title = title
        self.file_dialog: QFileDialog | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Source of \u201c{0}\u201d").format(title))
        ui = self.ui
        ui.sourceEdit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        ui.sourceEdit.setPlainText(raw.decode("utf-8", errors="replace"))
        set_message(ui.introLabel, self.tr(
            "The message as it was received ({0}): every header and the body, encoded as "
            "sent.").format(human_size(len(raw))))
        set_message(ui.errorLabel)
        set_message(ui.matchLabel)
        ui.findEdit.textChanged.connect(lambda *_: self.find(from_start=True))
        ui.findEdit.returnPressed.connect(self.find)
        ui.nextButton.clicked.connect(self.find)
        ui.previousButton.clicked.connect(lambda: self.find(backward=True))
        ui.saveButton.clicked.connect(self.choose_file)
        ui.closeButton.clicked.connect(self.close)
        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_find)
        QShortcut(QKeySequence.StandardKey.FindNext, self, self.find)
        QShortcut(QKeySequence.StandardKey.FindPrevious, self, lambda: self.find(backward=True))
        ui.findEdit.setFocus()

    def _focus_find(self) -> None:
        self.ui.findEdit.setFocus()
        self.ui.findEdit.selectAll()

    def find(self, *, backward: bool = False, from_start: bool = False) -> bool:
        """Next (or previous) match, wrapping around; the label says when there is none."""
        text = self.ui.findEdit.text()
        edit = self.ui.sourceEdit
        if not text:
            set_message(self.ui.matchLabel)
            return False
        if from_start:
            cursor = edit.textCursor()
            cursor.setPosition(cursor.selectionStart())
            edit.setTextCursor(cursor)
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        found = edit.find(text, flags)
        if not found:  # wrap around
            cursor = edit.textCursor()
            cursor.movePosition(cursor.MoveOperation.End if backward
                                else cursor.MoveOperation.Start)
            edit.setTextCursor(cursor)
            found = edit.find(text, flags)
        set_message(self.ui.matchLabel, "" if found else self.tr("Not found"))
        return found

    def choose_file(self) -> QFileDialog:
        """Window-modal, without a nested event loop (which would re-enter asyncio)."""
        dialog = QFileDialog(self, self.tr("Save message as"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("eml")
        dialog.setNameFilters([self.tr("Email message (*.eml)"), self.tr("All files (*)")])
        dialog.selectFile(_file_name(self._title))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.save)
        dialog.open()
        self.file_dialog = dialog
        return dialog

    @asyncSlot(str)
    async def save(self, path: str) -> None:
        try:
            await asyncio.to_thread(Path(path).write_bytes, self.raw)
        except OSError as exc:
            if not shiboken6.isValid(self):  # closed while writing
                return
            set_message(self.ui.errorLabel, self.tr("Not saved: {0}").format(error_text(exc)),
                        role="error")
            return
        if shiboken6.isValid(self):
            set_message(self.ui.errorLabel, self.tr("Saved to {0}").format(path), role="hint")


def _file_name(title: str) -> str:
    """A file name from the subject: no path separators or characters systems refuse."""
    safe = "".join(c if c.isalnum() or c in " -_.#" else "_" for c in title).strip(" .")
    return f"{safe[:80] or 'message'}.eml"
