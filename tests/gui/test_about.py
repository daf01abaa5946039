"""Help → About: the version and the licence of every bundled component."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from stringeex_desktop import __version__


def test_about_shows_the_version_and_the_components_licences(make_window, qtbot):
    window, _core, _ = make_window()
    window.ui.actionAbout.trigger()
    box = window.findChild(QMessageBox)
    qtbot.waitUntil(box.isVisible)
    assert f"Version {__version__}" in box.informativeText()
    lines = box.detailedText().splitlines()
    assert f"stringeex-desktop {__version__}: GPL-3.0-or-later" in lines
    assert "aioimaplib 2.0.3: GPL-3.0-only" in lines
    assert any(line.startswith("PySide6 6.12.0: LGPL-3.0-only") for line in lines)
    assert any(line.startswith("Python 3.13") for line in lines)
    box.close()
