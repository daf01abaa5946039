"""The Outbox: failed replies with their reason, Retry, and the way there from the main window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from stringeex_desktop.core.models import AutoReply

from stringeex_desktop.gui.bridge import EventBridge
from stringeex_desktop.gui.tickets.outbox_table_model import OutboxTableModel
from stringeex_desktop.gui.tickets.outbox_view import OutboxView

from .conftest import CUSTOMER, SALES

M = OutboxTableModel


@pytest.fixture
def failed(portal, linked_ticket, smtp_server, run):
    """One reply the server refused for good: (ticket id, outbox item id)."""
    ticket_id, _ = linked_ticket(smtp_server(always_reply="554 5.7.1 rejected"))
    _, item_id = run(portal.reply(ticket_id, portal.actor.email, "Hello"))
    run(portal.outbox_worker(base_delay=0.05, timeout=5).drain({item_id}))
    assert portal.outbox_item(item_id).state == "failed"
    return ticket_id, item_id


@pytest.fixture
def view(portal, qtbot):
    bridge = EventBridge(portal.bus)
    view = OutboxView(portal, bridge)
    qtbot.addWidget(view)
    view.show()
    yield view
    bridge.detach()


def row(model, r=0):
    return [model.data(model.index(r, c)) for c in range(model.columnCount())]


def test_model_rows(portal, failed, qtbot):
    model = OutboxTableModel(portal)
    model.reload()
    assert model.rowCount() == 1
    serial, to, via, state, attempts, next_attempt, error = row(model)
    assert (serial, to, via, state, attempts, next_attempt) == (
        "#000001", CUSTOMER, SALES, "Failed", 1, "")
    assert "554 5.7.1 rejected" in error
    assert model.data(model.index(0, M.ERROR), Qt.ItemDataRole.ToolTipRole) == error
    assert model.data(model.index(0, M.STATE), Qt.ItemDataRole.ForegroundRole) is not None
    assert model.data(model.index(0, 0), M.ItemIdRole) == failed[1]
    assert model.data(model.index(0, 0), M.TicketIdRole) == failed[0]
    assert model.failed_ids() == [failed[1]]


def test_empty(view):
    assert view.model.rowCount() == 0
    assert not view.ui.emptyLabel.isHidden()
    assert not view.ui.retryButton.isEnabled() and not view.ui.retryAllButton.isEnabled()


def test_retry_selected(portal, failed, view, qtbot):
    _, item_id = failed
    ui = view.ui
    assert view.model.rowCount() == 1 and ui.emptyLabel.isHidden()
    assert ui.retryAllButton.isEnabled() and not ui.retryButton.isEnabled()
    ui.outboxView.selectRow(0)
    assert ui.retryButton.isEnabled() and ui.openButton.isEnabled()
    qtbot.mouseClick(ui.retryButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: portal.outbox_item(item_id).state == "queued")
    qtbot.waitUntil(lambda: view.model.data(view.model.index(0, M.STATE)) == "Queued")
    assert view.model.data(view.model.index(0, M.ATTEMPTS)) == 0
    assert view.model.data(view.model.index(0, M.NEXT))  # when it goes out again
    assert view.selected_ids() == [item_id]  # the selection survived the reload
    assert not ui.retryButton.isEnabled() and not ui.retryAllButton.isEnabled()


def test_retry_all_failed(portal, failed, view, run, qtbot):
    ticket_id, first = failed
    _, second = run(portal.reply(ticket_id, portal.actor.email, "Hello again"))
    run(portal.outbox_worker(base_delay=0.05, timeout=5).drain({second}))
    qtbot.waitUntil(lambda: len(view.model.failed_ids()) == 2)
    qtbot.mouseClick(view.ui.retryAllButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: {portal.outbox_item(i).state for i in (first, second)} == {"queued"})
    qtbot.waitUntil(lambda: view.model.failed_ids() == [])


def test_reached_from_the_main_window(make_window, portal, failed, qtbot):
    ticket_id, item_id = failed
    window, _, _ = make_window()
    button = window._outbox_button
    assert button.isVisible() and button.text().startswith("1 failed: ")
    assert "Outbox" in button.toolTip()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    view = window._outbox
    assert view is not None and view.isVisible() and view.model.rowCount() == 1
    view.hide()
    assert window.ui.actionOutbox.text().replace("&", "") == "Outbox"
    window.ui.actionOutbox.trigger()
    assert view.isVisible()
    view.ui.outboxView.selectRow(0)
    qtbot.mouseClick(view.ui.openButton, Qt.MouseButton.LeftButton)
    assert window.selected_ticket_id() == ticket_id
    qtbot.waitUntil(lambda: window.pane.ticket_id == ticket_id)
    qtbot.mouseClick(view.ui.retryButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shown_queued(window))
    qtbot.waitUntil(lambda: button.text().startswith("1 waiting"))


def shown_queued(window) -> bool:
    label = window.pane.blocks[-1].ui.deliveryLabel
    return not label.isHidden() and label.text().startswith("Queued")


def test_status_bar_separates_the_reasons_mail_waits(make_window, portal, failed, run, qtbot):
    """'2 waiting: no outgoing relay is set  ·  1 failed: …', one part per reason."""
    box = run(portal.add_internal_mailbox("help", name="Help", queue="Support",
                                          auto_reply=AutoReply(True, "Got it", "Thanks!")))
    for n in range(2):
        run(portal.deliver(f"From: c{n}@example.com\r\nTo: {box.address}\r\nSubject: Hi\r\n"
                           f"Message-ID: <r{n}@example.com>\r\n\r\nbody\r\n".encode(),
                           [box.id], f"c{n}@example.com"))
    window, _, _ = make_window()
    button = window._outbox_button
    qtbot.waitUntil(lambda: bool(button.text()))
    waiting, refused = button.text().split("  ·  ")
    assert waiting == "2 waiting: no outgoing relay is set"
    assert refused.startswith("1 failed: ") and "554 5.7.1 rejected" in button.toolTip()
    assert "add one in Settings → Portal" in button.toolTip()
