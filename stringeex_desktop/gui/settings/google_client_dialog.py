"""Import the portal's Google OAuth client (the client_secret.json of a "Desktop app")."""

from __future__ import annotations

import asyncio
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget
from qasync import asyncSlot

from ...core.service import Service
from ..forms.ui_google_client_dialog import Ui_GoogleClientDialog
from ..widgets.common import error_text, set_message

MAX_FILE = 64 * 1024
"""The core refuses larger files too; reading stops here so a wrong pick costs nothing."""


class GoogleClientDialog(QDialog):
    """Shows the imported client id; the secret itself lives only in the keyring."""

    imported = Signal(str)  # the client id

    def __init__(self, service: Service, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_GoogleClientDialog()
        self.ui.setupUi(self)
        self.setWindowIcon(QIcon(":/icons/app.svg"))
        self._service = service
        self.file_dialog: QFileDialog | None = None
        self.ui.importButton.clicked.connect(self.choose_file)
        set_message(self.ui.resultLabel)
        self.ui.clientIdLabel.setText(self.tr("Reading…"))
        self.load()

    @asyncSlot()
    async def load(self) -> None:
        try:
            client_id = await asyncio.to_thread(self._service.google_client_id)
        except Exception as exc:
            client_id, error = None, exc
        else:
            error = None
        if not shiboken6.isValid(self):  # closed and deleted while the keyring answered
            return
        if error is not None:
            self.ui.clientIdLabel.setText("")
            set_message(self.ui.resultLabel, error_text(error), role="error")
            return
        self.ui.clientIdLabel.setText(client_id or self.tr("none yet"))

    def choose_file(self) -> QFileDialog:
        """Window-modal, without a nested event loop (which would re-enter asyncio)."""
        dialog = QFileDialog(self, self.tr("Import Google OAuth client"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters([self.tr("Google client secret (*.json)"), self.tr("All files (*)")])
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.import_file)
        dialog.open()
        self.file_dialog = dialog
        return dialog

    @asyncSlot(str)
    async def import_file(self, path: str) -> None:
        set_message(self.ui.resultLabel, self.tr("Importing…"), role="hint")
        self.ui.importButton.setEnabled(False)
        try:
            data = await asyncio.to_thread(_read_head, Path(path))
            client_id = await self._service.import_google_client(data)
        except Exception as exc:
            set_message(self.ui.resultLabel, self.tr("Not imported: {0}").format(error_text(exc)),
                        role="error")
            return
        finally:
            self.ui.importButton.setEnabled(True)
        self.ui.clientIdLabel.setText(client_id)
        set_message(self.ui.resultLabel, self.tr("Imported. Gmail addresses can now be added "
                                                 "with Add email address → Gmail."), role="ok")
        self.imported.emit(client_id)


def _read_head(path: Path) -> bytes:
    with path.open("rb") as file:
        return file.read(MAX_FILE + 1)
