"""A store that cannot be read (busy, damaged) is said in the window, which keeps working
(defect 3, GUI part). pytest-qt fails a test on any exception a slot or a model method lets
out, so "no crash" is checked by every test here."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from stringeex_desktop.core import events
from stringeex_desktop.core.errors import StoreError
from stringeex_desktop.core.runtime import Core
from stringeex_desktop.core.service import Service
from stringeex_desktop.gui.bridge import EventBridge
from stringeex_desktop.gui.core_controller import CoreController
from stringeex_desktop.gui.main_window import MainWindow
from stringeex_desktop.gui.presence_controller import PresenceController
from stringeex_desktop.gui.settings.listener_settings import ListenerSettings
from stringeex_desktop.gui.web.message_profile import MessageProfile

from .conftest import build_ticket_store, signed_in_copy

BUSY = "the store is busy: another program holds it; try again"


@pytest.fixture(scope="module")
def store_of_600(tmp_path_factory) -> Path:
    return build_ticket_store(tmp_path_factory.mktemp("store-of-600"), 600)


@pytest.fixture
def store(store_of_600, tmp_path, loop):
    with signed_in_copy(store_of_600, tmp_path / "data") as service:
        yield service


@pytest.fixture
def window(store, qapp, qtbot, run):
    bridge = EventBridge(store.bus)
    profile = MessageProfile(store.inline_part, qapp)
    presence = PresenceController(store, store.actor.email)
    core = CoreController(store, lambda: Core(store), ListenerSettings(("127.0.0.1", 0)))
    window = MainWindow(store, bridge, profile, presence, core)
    window.resize(1200, 760)
    window.show()
    first = window.model.at(0).id
    assert window.select_ticket(first)
    qtbot.waitUntil(lambda: window.pane.ticket_id == first)
    yield window
    run(core.stop())
    bridge.detach()
    window.close()
    window.deleteLater()
    qtbot.wait(50)
    profile.deleteLater()
    qtbot.wait(20)


def status(window) -> str:
    return window.statusBar().currentMessage()


def damage(service: Service) -> None:
    """Garbage over all but the first pages of the file, under the open connections."""
    path = service.data_dir / "stringeex.db"
    size = path.stat().st_size
    with open(path, "r+b") as db:
        db.seek(4 * 4096)
        db.write(os.urandom(size - 4 * 4096))


def test_a_damaged_store_is_reported_and_the_window_keeps_working(window, store, qtbot):
    damage(store)
    view = window.ui.ticketView
    view.scrollToBottom()  # the view asks for the next page itself
    qtbot.waitUntil(lambda: bool(status(window)))
    assert "malformed" in status(window) or "damaged" in status(window).lower()
    assert status(window).endswith("(F5 to try again)")
    assert not window.model.canFetchMore() and window.model.rowCount() == 200
    oldest = window.model.at(199).id
    window.select_ticket(oldest)  # its messages were never read: they are in the garbage
    qtbot.waitUntil(lambda: window.pane.ticket_id == oldest)
    assert window.pane.ui.emptyLabel.text().startswith("The ticket could not be read: ")
    assert not window.pane.ui.emptyLabel.isHidden()
    window.ui.actionRefresh.trigger()  # F5, events: whatever can still be read is shown
    store.notify(events.PEOPLE)
    store.notify(events.STORE)
    qtbot.waitUntil(lambda: not window._refresh_timer.isActive())
    assert window.isVisible() and window.model.rowCount() >= 1


def test_store_errors_are_said_in_their_own_words(window, store, qtbot, monkeypatch):
    def busy(*_args, **_kwargs):
        raise StoreError(BUSY)

    for name in ("tickets", "ticket", "tickets_by_ids", "ticket_count", "queues"):
        monkeypatch.setattr(store, name, busy)
    window.model.fetchMore()
    assert status(window) == f"{BUSY} (F5 to try again)"
    window.statusBar().clearMessage()
    assert window.pane.ticket_id is not None
    store.notify(events.TICKETS, (window.pane.ticket_id,))
    qtbot.waitUntil(lambda: bool(status(window)))
    assert status(window) == f"{BUSY} (F5 to try again)"
    assert window.pane.ui.emptyLabel.text() == f"The ticket could not be read: {BUSY}"
    window.ui.searchEdit.setText("refund")
    window.ui.searchEdit.returnPressed.emit()
    assert status(window) == f"Search failed: {BUSY} (F5 to try again)"
    assert window.model.ticket_filter.search is None  # the list still shows what it says
    store.notify(events.STORE)
    qtbot.waitUntil(lambda: window._refresh_timer.isActive() is False)
    monkeypatch.undo()  # the store answers again: F5 brings everything back
    window.ui.actionRefresh.trigger()
    assert window.model.canFetchMore() and window.model.rowCount() == 200
    assert window.pane.ui.stack.currentWidget() is window.pane.ui.ticketPage


def test_settings_pages_say_a_store_error(window, store, qtbot, monkeypatch):
    settings = window.open_settings()

    def busy(*_args, **_kwargs):
        raise StoreError(BUSY)

    for name in ("agents", "queues", "mailboxes", "portal"):
        monkeypatch.setattr(store, name, busy)
    store.notify(events.STORE)
    qtbot.waitUntil(lambda: settings.agents.ui.errorLabel.text() == BUSY)
    assert settings.agents.model.rowCount() == 1  # kept, not half reset
    assert settings.email_channel.ui.errorLabel.text() == BUSY
    assert settings.portal.ui.resultLabel.text() == BUSY
    assert settings.queues.ui.queueErrorLabel.text() == BUSY
    assert settings.result() != QDialog.DialogCode.Accepted and settings.isVisible()
