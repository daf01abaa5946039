"""Settings → Team store: a connection test naming its failing step, creating a team store
(its key shown once) and joining one, against a real PostgreSQL."""

from __future__ import annotations

from urllib.parse import urlparse

import pytest
from PySide6.QtCore import QSettings, Qt

from conftest import free_port
from stringeex_desktop.gui.settings.team_store_page import TeamStorePage
from stringeex_desktop.gui.settings.team_store_settings import TeamStoreSettings


@pytest.fixture(autouse=True)
def fresh_settings(qloop):
    QSettings().remove("team_store")
    yield
    QSettings().remove("team_store")


@pytest.fixture
def page(portal, qtbot):
    widget = TeamStorePage(portal)
    qtbot.addWidget(widget)
    widget.resize(760, 720)
    widget.show()
    return widget


def fill(page, qtbot, url: str, *, password: str | None = None, port: int | None = None):
    parts = urlparse(url)
    ui = page.ui
    for edit, text in ((ui.hostEdit, parts.hostname), (ui.databaseEdit, parts.path[1:]),
                       (ui.userEdit, parts.username),
                       (ui.passwordEdit, parts.password if password is None else password)):
        edit.clear()
        qtbot.keyClicks(edit, text)
    ui.portSpin.setValue(port or parts.port)
    ui.tlsCombo.setCurrentText("disable")


def click_and_wait(page, qtbot, button, label):
    label.clear()
    label.hide()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: button.isEnabled() and label.isVisible()
                    and not label.text().endswith("…"), timeout=60000)
    return label.text()


def test_a_failed_test_names_its_step(page, qtbot, postgres, empty_team_url):
    ui = page.ui
    assert "own store" in ui.currentLabel.text()
    assert click_and_wait(page, qtbot, ui.testButton, ui.testResultLabel) == \
        "Fill in the host, the database and the user."
    fill(page, qtbot, empty_team_url, password="wrong")
    assert click_and_wait(page, qtbot, ui.testButton, ui.testResultLabel) == (
        "Test failed: password authentication failed for user stringeex on the team store "
        f"at 127.0.0.1:{postgres.port}")
    port = free_port()
    fill(page, qtbot, empty_team_url, port=port)
    assert click_and_wait(page, qtbot, ui.testButton, ui.testResultLabel).endswith(
        f"127.0.0.1:{port}: connection refused (is PostgreSQL running there?)")
    fill(page, qtbot, empty_team_url)
    assert "the database is empty" in click_and_wait(page, qtbot, ui.testButton,
                                                     ui.testResultLabel)


def test_create_shows_the_key_once_and_join_checks_it(page, qtbot, empty_team_url):
    ui = page.ui
    fill(page, qtbot, empty_team_url)
    assert not ui.newKeyEdit.isVisible()
    text = click_and_wait(page, qtbot, ui.createButton, ui.keyResultLabel)
    assert text.startswith("The team store is ready"), text
    key = ui.newKeyEdit.text()
    assert ui.newKeyEdit.isVisible() and ui.newKeyEdit.isReadOnly() and len(key) == 43
    saved = TeamStoreSettings.load()
    assert saved.enabled and saved.url().startswith("postgresql://stringeex@127.0.0.1:")
    assert "holds a team store" in click_and_wait(page, qtbot, ui.testButton,
                                                  ui.testResultLabel)
    ui.passwordEdit.clear()  # from now on the keyring's copy is used
    qtbot.keyClicks(ui.keyEdit, "A" * 43)
    assert "This is not the key of the team store" in click_and_wait(
        page, qtbot, ui.joinButton, ui.keyResultLabel)
    ui.keyEdit.clear()
    qtbot.keyClicks(ui.keyEdit, key)
    assert click_and_wait(page, qtbot, ui.joinButton, ui.keyResultLabel).startswith(
        "This computer has joined the team store")
    assert ui.keyEdit.text() == ""
    qtbot.mouseClick(ui.localButton, Qt.MouseButton.LeftButton)
    assert not TeamStoreSettings.load().enabled
