"""Open an attachment with the system's viewer, or save it where the agent says.

Open writes the bytes under a sanitised name into a private folder (0700, removed when the
app quits) and hands it to QDesktopServices; programs and scripts, recognised by name, type
or content, are opened only after a warning. Save as writes the stored bytes unchanged.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ...core.models import AttachmentInfo
from ...core.service import Service, safe_filename
from ..widgets.common import error_text

RISKY_EXTENSIONS = frozenset("""
    exe com scr pif bat cmd msi msp mst cpl msc hta jar js jse vbs vbe wsf wsh ws ps1 psm1 psd1
    reg lnk inf scf gadget application appref-ms sh bash zsh csh ksh command run bin out elf
    app dmg pkg mpkg deb rpm apk appimage desktop py pyw pyc rb pl php lua ipa xll dll so dylib
    iso img vhd vhdx docm xlsm pptm
""".split())
RISKY_TYPES = frozenset("""
    application/x-msdownload application/x-msdos-program application/x-ms-installer
    application/x-msi application/vnd.microsoft.portable-executable application/x-executable
    application/x-elf application/x-sharedlib application/x-mach-binary application/x-sh
    application/x-shellscript text/x-shellscript application/x-bat application/x-csh
    application/java-archive application/x-java-archive application/javascript
    text/javascript application/x-javascript text/x-python application/x-python-code
    text/x-perl application/x-perl application/x-ruby application/x-php text/vbscript
    application/hta application/x-ms-shortcut application/vnd.android.package-archive
    application/x-apple-diskimage application/x-debian-package application/x-rpm
    application/x-iso9660-image
""".split())
MAGIC = (b"MZ", b"\x7fELF", b"#!", b"\xcf\xfa\xed\xfe", b"\xce\xfa\xed\xfe", b"\xca\xfe\xba\xbe")


def is_risky(info: AttachmentInfo, data: bytes) -> bool:
    """A program or script: by any of its name's extensions, its declared type, or its first
    bytes (a Windows, Linux or macOS executable, a script with #!)."""
    extensions = {part.strip().lower() for part in (info.filename or "").split(".")[1:]}
    content_type = (info.content_type or "").split(";")[0].strip().lower()
    return bool(extensions & RISKY_EXTENSIONS) or content_type in RISKY_TYPES or (
        data.startswith(MAGIC))


class AttachmentOpener(QObject):
    failed = Signal(str)
    opened = Signal(str)  # the path handed to the system
    saved = Signal(str)

    def __init__(self, service: Service, parent: QWidget):
        super().__init__(parent)
        self._service = service
        self._folder: Path | None = None
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.clean_up)

    def _read(self, info: AttachmentInfo) -> bytes | None:
        try:
            return self._service.attachment(info.id)[1]
        except Exception as exc:
            self.failed.emit(error_text(exc))
            return None

    def open(self, info: AttachmentInfo) -> QMessageBox | None:
        """Returns the warning shown first for a program or script (window-modal, no nested
        event loop), else None."""
        data = self._read(info)
        if data is None:
            return None
        if not is_risky(info, data):
            self._open(info, data)
            return None
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Open a program?"), self.tr(
            "{0} is a program or script. Opening it can run code on this computer with your "
            "rights. Open it only if you expected it from this sender and trust them."
        ).format(info.filename), QMessageBox.StandardButton.Cancel, self.parent().window())
        anyway = box.addButton(self.tr("Open Anyway"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(lambda button: button is anyway and self._open(info, data))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def _open(self, info: AttachmentInfo, data: bytes) -> None:
        try:
            path = self._write_private(info.filename, data)
        except OSError as exc:
            self.failed.emit(self.tr("{0} could not be written for opening: {1}").format(
                info.filename, error_text(exc)))
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self.failed.emit(self.tr("No program on this computer opens {0}; use Save as.")
                             .format(info.filename))
            return
        self.opened.emit(str(path))

    def _write_private(self, filename: str, data: bytes) -> Path:
        if self._folder is None:
            self._folder = Path(tempfile.mkdtemp(prefix="stringeex-attachments-"))
        name = safe_filename(filename)
        stem, dot, ext = name.rpartition(".")
        if not dot:
            stem, ext = name, ""
        path, n = self._folder / name, 1
        while path.exists():  # two attachments of one name both open
            n += 1
            path = self._folder / (f"{stem} ({n}).{ext}" if dot else f"{name} ({n})")
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as file:
            file.write(data)
        return path

    def save_as(self, info: AttachmentInfo) -> QFileDialog:
        dialog = QFileDialog(self.parent().window(), self.tr("Save attachment"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.selectFile(safe_filename(info.filename))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda path: self._save(info, path))
        dialog.open()
        return dialog

    def _save(self, info: AttachmentInfo, path: str) -> None:
        data = self._read(info)
        if data is None:
            return
        try:
            Path(path).write_bytes(data)
        except OSError as exc:
            self.failed.emit(self.tr("{0} was not saved: {1}").format(path, error_text(exc)))
            return
        self.saved.emit(path)

    def clean_up(self) -> None:
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
            self._folder = None
