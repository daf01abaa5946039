"""Attachments in the thread: listed with sizes, Open (a warning for programs first) and
Save as byte-identical; inline images shown in place and not listed again."""

from __future__ import annotations

import base64
import stat
from email.message import EmailMessage
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from stringeex_desktop.core.models import AttachmentInfo
from stringeex_desktop.gui.tickets.attachment_opener import is_risky

PDF = b"%PDF-1.4\n" + bytes(range(256)) * 300 + b"\r\n\x00end"
PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQ"
                       "DwAEhQGAhKmMIQAAAABJRU5ErkJggg==")
EXE = b"MZ\x90\x00" + b"\x00" * 500


class Recorder(QObject):
    """Stands in for the desktop's file handler (Qt's own hook), so no viewer starts."""

    def __init__(self):
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def handle(self, url: QUrl) -> None:
        self.urls.append(url)


@pytest.fixture
def opened():
    recorder = Recorder()
    QDesktopServices.setUrlHandler("file", recorder, "handle")
    yield recorder.urls
    QDesktopServices.unsetUrlHandler("file")


@pytest.fixture
def ticket_id(portal, internal, run):
    msg = EmailMessage()
    msg["From"] = "Carol <carol@example.com>"
    msg["To"] = internal.address
    msg["Subject"] = "Statement attached"
    msg["Message-ID"] = "<att@example.com>"
    msg.set_content("See the files.")
    msg.add_alternative("<p>Chart:</p><img src='cid:chart1'>", subtype="html")
    msg.get_payload()[1].add_related(PNG, "image", "png", cid="<chart1>", filename="chart.png")
    msg.add_attachment(PDF, maintype="application", subtype="pdf",
                       filename="Hóa đơn 04/2026.pdf")
    msg.add_attachment(EXE, maintype="application", subtype="octet-stream",
                       filename="refund-tool.pdf.exe")
    msg.add_attachment(b"#!/bin/sh\nrm -rf ~\n", maintype="text", subtype="plain",
                       filename="readme.txt")
    return run(portal.deliver(msg.as_bytes(), [internal.id], "carol@example.com")).ticket_id


def open_block(make_window, ticket_id, qtbot):
    window, _core, _presence = make_window()
    assert window.select_ticket(ticket_id)
    qtbot.waitUntil(lambda: window.pane.ticket_id == ticket_id)
    block = window.pane.blocks[0]
    return window, block


def row(block, start: str):
    return next(r for r in block.attachments.rows if r[0].full_text.startswith(start))


def test_listed_with_sizes_and_inline_image_not_listed_again(make_window, ticket_id, qtbot):
    _window, block = open_block(make_window, ticket_id, qtbot)
    names = [r[0].full_text for r in block.attachments.rows]
    assert names == ["Hóa đơn 04_2026.pdf (75.0 KB)", "refund-tool.pdf.exe (504 bytes)",
                     "readme.txt (19 bytes)"]
    assert not any("chart" in n for n in names)


def test_save_as_writes_the_bytes_unchanged(make_window, ticket_id, qtbot, tmp_path):
    window, block = open_block(make_window, ticket_id, qtbot)
    saved = []
    window.pane.attachments.saved.connect(saved.append)
    label, _open, save = row(block, "Hóa đơn")
    dialog = None

    def capture(info):
        nonlocal dialog
        dialog = window.pane.attachments.save_as(info)

    block.save_attachment.disconnect()
    block.save_attachment.connect(capture)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible())
    target = tmp_path / "saved.pdf"
    dialog.selectFile(str(target))
    dialog.accept()
    qtbot.waitUntil(lambda: saved == [str(target)])
    assert target.read_bytes() == PDF


def test_open_writes_a_private_copy_and_hands_it_to_the_system(make_window, ticket_id, qtbot,
                                                              opened):
    _window, block = open_block(make_window, ticket_id, qtbot)
    qtbot.mouseClick(row(block, "Hóa đơn")[1], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(opened) == 1)
    path = Path(opened[0].toLocalFile())
    assert path.name == "Hóa đơn 04_2026.pdf" and path.read_bytes() == PDF
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    qtbot.mouseClick(row(block, "Hóa đơn")[1], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(opened) == 2)
    assert Path(opened[1].toLocalFile()).name == "Hóa đơn 04_2026 (2).pdf"


def test_programs_and_scripts_are_opened_only_after_a_warning(make_window, ticket_id, qtbot,
                                                               opened):
    window, block = open_block(make_window, ticket_id, qtbot)
    for name in ("refund-tool", "readme"):  # by extension; by content (#! in a .txt)
        box = window.pane.attachments.open(
            next(a for a in block.message.attachments if a.filename.startswith(name)))
        assert isinstance(box, QMessageBox) and box.isVisible()
        assert "program or script" in box.text()
        box.button(QMessageBox.StandardButton.Cancel).click()
        qtbot.waitUntil(lambda: not box.isVisible())
        assert opened == []
    box = window.pane.attachments.open(  # the agent insists
        next(a for a in block.message.attachments if a.filename.startswith("refund-tool")))
    anyway = next(b for b in box.buttons() if b.text() == "Open Anyway")
    anyway.click()
    qtbot.waitUntil(lambda: len(opened) == 1)
    assert Path(opened[0].toLocalFile()).read_bytes() == EXE


@pytest.mark.parametrize("name, content_type, data, risky", [
    ("report.pdf", "application/pdf", b"%PDF", False),
    ("photo.JPG", "image/jpeg", b"\xff\xd8", False),
    ("setup.EXE", "application/octet-stream", b"", True),
    ("invoice.pdf.js", "application/pdf", b"", True),
    ("notes", "application/x-sh", b"", True),
    ("data.bin", "application/octet-stream", b"\x7fELF\x02", True),
    ("letter.docm", "application/octet-stream", b"", True),
])
def test_is_risky(name, content_type, data, risky):
    assert is_risky(AttachmentInfo(name, content_type, len(data)), data) is risky
