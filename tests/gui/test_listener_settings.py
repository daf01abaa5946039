"""Where the window's listener binds (defect 19): `gui --smtp/--lmtp`, else the setting in
Settings → This computer; a taken port says which of the two to change."""

from __future__ import annotations

import asyncio
import smtplib
import socket
import subprocess
import sys

import pytest
from PySide6.QtCore import QSettings, Qt

from stringeex_desktop.gui.settings.listener_settings import ListenerSettings

from .test_app_process import ROOT, app_env


@pytest.fixture(autouse=True)
def fresh_settings(qloop):
    QSettings().remove("listener")
    yield
    QSettings().remove("listener")


@pytest.fixture
def squatter():
    """Another program holding a port."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        yield sock.getsockname()


def noop(client_class, port: int) -> int:
    with client_class("127.0.0.1", port, timeout=10) as client:
        return client.noop()[0]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_a_taken_port_names_the_setting_and_the_option(make_window, squatter, run):
    window, core, _ = make_window(smtp=squatter)
    assert run(core.start()) is False
    text = window._core_label.text()
    assert text.startswith("Mail listener failed: ")
    assert f"127.0.0.1:{squatter[1]}" in text and "in use" in text
    assert "Settings → This computer" in text and "--smtp HOST:PORT" in text
    assert not core.serving


def test_a_taken_port_from_the_command_line_names_the_option(core, squatter, run):
    core.listener = ListenerSettings.from_command_line(squatter, None)
    assert run(core.start()) is False
    assert "another --smtp HOST:PORT" in core.state_text
    assert "Settings" not in core.state_text


def test_the_setting_moves_the_listener(make_window, squatter, run, qtbot):
    window, core, _ = make_window(smtp=squatter)
    assert run(core.start()) is False
    page = window.open_settings().this_computer
    port, lmtp_port = free_port(), free_port()
    page.ui.smtpPortSpin.setValue(port)
    page.ui.lmtpCheck.setChecked(True)
    page.ui.lmtpPortSpin.setValue(lmtp_port)
    qtbot.mouseClick(page.ui.applyButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: core.serving, timeout=10_000)
    assert core.bound == {"smtp": ("127.0.0.1", port), "lmtp": ("127.0.0.1", lmtp_port)}
    assert window._core_label.text() == (
        f"Core running, receiving on SMTP 127.0.0.1:{port}, LMTP 127.0.0.1:{lmtp_port}")
    assert page.ui.resultLabel.text() == window._core_label.text()
    assert run(asyncio.to_thread(noop, smtplib.SMTP, port)) == 250  # off the GUI thread,
    assert run(asyncio.to_thread(noop, smtplib.LMTP, lmtp_port)) == 250  # which serves it
    assert ListenerSettings.load() == ListenerSettings(("127.0.0.1", port),
                                                       ("127.0.0.1", lmtp_port), True)
    page.ui.smtpPortSpin.setValue(squatter[1])  # and back onto the taken port
    qtbot.mouseClick(page.ui.applyButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.ui.resultLabel.text().startswith("Mail listener failed"),
                    timeout=10_000)
    assert not core.serving


def test_the_command_line_wins_for_the_run_and_the_setting_waits(portal, run, qtbot,
                                                                 make_window):
    window, core, _ = make_window()
    core.listener = ListenerSettings.from_command_line(("127.0.0.1", 0), None)
    page = window.open_settings().this_computer
    page.deleteLater()  # built before the listener changed: open a fresh dialog
    window._settings = None
    page = window.open_settings().this_computer
    assert "--smtp/--lmtp" in page.ui.optionsLabel.text() and not page.ui.optionsLabel.isHidden()
    page.ui.smtpPortSpin.setValue(2626)
    qtbot.mouseClick(page.ui.applyButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.ui.resultLabel.text() == "Saved for the next start.")
    assert not core.serving  # this run keeps listening where the options said
    assert ListenerSettings.load().smtp == ("127.0.0.1", 2626)


def test_a_stored_setting_that_makes_no_sense_falls_back(qloop):
    settings = QSettings()
    settings.setValue("listener/smtp_port", "many")
    settings.setValue("listener/lmtp_port", 70000)
    settings.setValue("listener/smtp_host", "   ")
    assert ListenerSettings.load() == ListenerSettings()


@pytest.mark.parametrize("value", ["nonsense", "127.0.0.1:99999", "[::1:25", "host name:25"])
def test_a_bad_option_is_one_line_before_any_window(tmp_path, value):
    result = subprocess.run([sys.executable, "-m", "stringeex_desktop", "--data-dir",
                             str(tmp_path / "data"), "gui", "--smtp", value],
                            capture_output=True, text=True, timeout=60, env=app_env(), cwd=ROOT)
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1 and "HOST:PORT" in result.stderr
    assert not (tmp_path / "data").exists()
