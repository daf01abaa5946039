"""Screenshots of the agent's window in the light and dark palettes and in Vietnamese, at
1024x640 and 1600x1000, with realistic data. Saved under the test's folder (or
$STRINGEEX_SCREENSHOTS) and printed, for a person to look at; the checks here are only that
each palette and language took effect."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from stringeex_desktop.app import install_translators
from stringeex_desktop.gui.theme import apply_theme
from stringeex_desktop.gui.tickets.canned_picker import CannedPicker
from stringeex_desktop.gui.tickets.ticket_table_model import TicketTableModel
from stringeex_desktop.gui.tray_icon import badge_icon

from .conftest import ADMIN, CUSTOMER, SALES
from mailmaker import make_mail

SIZES = ((1024, 640), (1600, 1000))
CUSTOMERS = [("Nguyễn Thị Lan", "lan@example.vn", "Đơn hàng #4471 chưa được giao"),
             ("Trần Minh Đức", "duc@example.vn", "Hóa đơn tháng 11 bị tính sai"),
             ("Carol Customer", CUSTOMER, "Refund for a damaged blender"),
             ("Phạm Quốc Bảo", "bao@example.vn", "Không đăng nhập được vào ứng dụng")]


@pytest.fixture
def shots(tmp_path) -> Path:
    folder = Path(os.environ.get("STRINGEEX_SCREENSHOTS") or tmp_path / "screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def desk(portal, internal, linked_ticket, smtp_server, run):
    """A morning's work: tickets from Vietnamese and English customers, a canned reply, a
    signature, one ticket half answered."""
    ticket_id, sales = linked_ticket(smtp_server(), subject="Máy xay sinh tố bị hỏng")
    for name, address, subject in CUSTOMERS:
        raw = make_mail(sender=f"{name} <{address}>", to=SALES, subject=subject,
                        body=f"Chào anh/chị,\n\n{subject}. Mong được hỗ trợ sớm.\n\n{name}",
                        headers={"X-Forwarded-For": SALES})
        run(portal.deliver(raw, [internal.id], address))
    run(portal.add_canned("Xin lỗi vì chậm trễ", "Chào {customer_name}, chúng tôi xin lỗi."))
    run(portal.set_signature(ADMIN, "{agent_name}\n{mailbox_name} · 1900 1234"))
    run(portal.save_draft(ADMIN, ticket_id, "Chào chị, bên em đã gửi máy mới hôm nay."))
    return ticket_id


def take(window, qtbot, shots: Path, name: str, ticket_id: int) -> list[Path]:
    assert window.select_ticket(ticket_id)
    qtbot.waitUntil(lambda: window.pane.ticket_id == ticket_id)
    blocks = window.pane.blocks
    qtbot.waitUntil(lambda: blocks and all(b.isVisible() and b.height() > 40 for b in blocks))
    saved = []
    for width, height in SIZES:
        window.resize(width, height)
        qtbot.waitUntil(lambda: window.size().width() == width)
        path = shots / f"{name}-{width}x{height}.png"
        assert window.grab().save(str(path))
        saved.append(path)
        print(f"screenshot: {path}")
    return saved


def test_light(make_window, desk, qtbot, shots, qapp):
    apply_theme(qapp, Qt.ColorScheme.Light)
    window, _, _ = make_window()
    assert qapp.palette().color(QPalette.ColorRole.Window).lightness() > 128
    model = window.model
    assert model.index(model.row_of(desk), TicketTableModel.SUBJECT).data(
        TicketTableModel.DraftRole)
    take(window, qtbot, shots, "light", desk)
    badge_icon(3).pixmap(64, 64).save(str(shots / "tray-badge.png"))
    print(f"screenshot: {shots / 'tray-badge.png'}")
    composer = window.pane.composer
    composer.insert_canned()
    picker = composer.findChild(CannedPicker)
    qtbot.waitUntil(lambda: picker.isVisible() and picker.ui.previewEdit.toPlainText() != "")
    assert picker.grab().save(str(shots / "light-canned-picker.png"))
    print(f"screenshot: {shots / 'light-canned-picker.png'}")
    picker.reject()


def test_dark(make_window, desk, qtbot, shots, qapp):
    apply_theme(qapp, Qt.ColorScheme.Dark)
    try:
        window, _, _ = make_window()
        assert qapp.palette().color(QPalette.ColorRole.Window).lightness() < 64
        assert "#0d1117" in qapp.styleSheet()  # dark.qss over app.qss
        icon = window.ui.actionRefresh.icon().pixmap(32, 32).toImage()
        inked = [icon.pixelColor(x, y) for x in range(32) for y in range(32)
                 if icon.pixelColor(x, y).alpha() > 200]
        assert inked and min(c.lightness() for c in inked) > 128  # light ink on dark
        take(window, qtbot, shots, "dark", desk)
        settings = window.open_settings()
        settings.resize(1024, 640)
        settings.show_page(settings.CANNED)
        assert settings.grab().save(str(shots / "dark-settings-canned.png"))
        print(f"screenshot: {shots / 'dark-settings-canned.png'}")
    finally:
        apply_theme(qapp, Qt.ColorScheme.Light)


def test_vietnamese(make_window, desk, qtbot, shots, qapp):
    previous = QLocale()
    QLocale.setDefault(QLocale("vi_VN"))
    translators = install_translators(qapp, QLocale("vi_VN"))
    try:
        assert translators
        window, _, _ = make_window()
        assert window.ui.actionSettings.text() == "&Cài đặt…"
        assert window.model.headerData(TicketTableModel.SUBJECT, Qt.Orientation.Horizontal) \
            == "Tiêu đề"
        take(window, qtbot, shots, "vi", desk)
        settings = window.open_settings()
        settings.resize(1024, 640)
        settings.show_page(settings.PERSONAL)
        assert settings.grab().save(str(shots / "vi-settings-you.png"))
        print(f"screenshot: {shots / 'vi-settings-you.png'}")
    finally:
        for translator in translators:
            QApplication.removeTranslator(translator)
        QLocale.setDefault(previous)
