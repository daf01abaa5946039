"""The window on 2,100 tickets scrolled to row ~1,500: events re-read only the tickets they
name, and the list keeps its selection and what is in view (defect 10)."""

from __future__ import annotations

from pathlib import Path

import pytest

from stringeex_desktop.core import events
from stringeex_desktop.core.runtime import Core
from stringeex_desktop.core.service import Service
from stringeex_desktop.gui.bridge import EventBridge
from stringeex_desktop.gui.core_controller import CoreController
from stringeex_desktop.gui.main_window import MAX_NAMED, MainWindow
from stringeex_desktop.gui.presence_controller import PresenceController
from stringeex_desktop.gui.settings.listener_settings import ListenerSettings
from stringeex_desktop.gui.web.message_profile import MessageProfile

from .conftest import build_ticket_store, signed_in_copy, ticket_mail

COUNT = 2100
SELECTED_ROW = 1500


@pytest.fixture(scope="module")
def store_of_2100(tmp_path_factory) -> Path:
    return build_ticket_store(tmp_path_factory.mktemp("store-of-2100"), COUNT)


@pytest.fixture
def big(store_of_2100, tmp_path, loop):
    with signed_in_copy(store_of_2100, tmp_path / "data") as service:
        yield service


@pytest.fixture
def window(big, qapp, qtbot, run):
    """The main window scrolled to and selecting row SELECTED_ROW."""
    bridge = EventBridge(big.bus)
    profile = MessageProfile(big.inline_part, qapp)
    presence = PresenceController(big, big.actor.email)
    core = CoreController(big, lambda: Core(big), ListenerSettings())
    window = MainWindow(big, bridge, profile, presence, core)
    window.resize(1200, 760)
    window.show()
    qtbot.waitExposed(window)
    target = big.tickets(window.model.ticket_filter, SELECTED_ROW, 1)[0]
    assert window.select_ticket(target.id)
    assert window.model.rowCount() >= SELECTED_ROW
    qtbot.waitUntil(lambda: window.pane.ticket_id == target.id)
    # opening it marked it read: wait for that write's own event to come back to the list
    qtbot.waitUntil(lambda: not window.model.at(window.model.row_of(target.id)).unread)
    yield window
    run(presence.shut_down())
    bridge.detach()
    window.close()
    window.deleteLater()
    qtbot.wait(50)
    profile.deleteLater()
    qtbot.wait(20)


@pytest.fixture
def reads(big, monkeypatch):
    """Every read the list and the pane make: (method, ids or None)."""
    calls = []
    for name in ("tickets", "tickets_by_ids", "ticket"):
        real = getattr(big, name)

        def spy(*args, _name=name, _real=real, **kwargs):
            named = sorted(args[0]) if _name == "tickets_by_ids" else (
                args[0] if _name == "ticket" else None)
            calls.append((_name, named))
            return _real(*args, **kwargs)

        monkeypatch.setattr(big, name, spy)
    return calls


def view_state(window) -> dict:
    view = window.ui.ticketView
    top = view.rowAt(0)
    return {"selected": window.selected_ticket_id(),
            "scroll": view.verticalScrollBar().value(),
            "top ticket": window.model.at(top).id,
            "its position": view.rowViewportPosition(top)}


def in_view(window) -> list[int]:
    view = window.ui.ticketView
    first, last = view.rowAt(0), view.rowAt(view.viewport().height() - 1)
    return [window.model.at(r).id for r in range(first, last + 1)]


def test_an_event_for_the_selected_ticket_rereads_that_row_and_the_pane(window, big, reads,
                                                                        qtbot):
    before = view_state(window)
    assert before["scroll"] > 0
    selected = before["selected"]
    big.notify(events.TICKETS, (selected,))
    qtbot.waitUntil(lambda: len(reads) >= 2)
    assert sorted(reads, key=str) == [("ticket", selected), ("tickets_by_ids", [selected])]
    assert view_state(window) == before


def test_an_unrelated_event_leaves_the_pane_and_the_view_alone(window, big, reads, qtbot):
    before = view_state(window)
    other = window.model.at(SELECTED_ROW - 100).id
    big.notify(events.TICKETS, (other,))
    qtbot.waitUntil(lambda: bool(reads))  # the list and the pane refresh in one slot
    assert reads == [("tickets_by_ids", [other])]
    assert view_state(window) == before


def test_a_new_ticket_comes_in_at_the_top_and_the_view_stays(window, big, reads, run, qtbot):
    before, shown = view_state(window), in_view(window)
    total = window.model.total
    box = big.mailboxes()[0]
    result = run(big.deliver(ticket_mail(9001, box.address), [box.id], "new@example.com"))
    qtbot.waitUntil(lambda: window.model.total == total + 1)
    assert window.model.at(0).id == result.ticket_id
    assert [name for name, _ in reads] == ["tickets_by_ids"]
    after = view_state(window)
    assert (after["selected"], after["top ticket"], after["its position"]) == (
        before["selected"], before["top ticket"], before["its position"])
    assert in_view(window) == shown
    assert window.ui.countLabel.text() == f"{total + 1:,} tickets"


def test_the_selected_ticket_changed_moves_up_and_stays_selected(window, big, reads, run,
                                                                 qtbot):
    before = view_state(window)
    selected = before["selected"]
    run(big.set_ticket(selected, status="pending"))
    qtbot.waitUntil(lambda: window.model.at(0).id == selected)
    assert window.selected_ticket_id() == selected
    assert window.ui.ticketView.currentIndex().row() == 0
    assert window.pane.ui.statusBadge.text() == "Pending"
    assert {name for name, _ in reads} == {"tickets_by_ids", "ticket"}
    after = view_state(window)
    assert (after["top ticket"], after["its position"]) == (before["top ticket"],
                                                            before["its position"])


def test_another_process_writing_keeps_scroll_and_selection(window, big, reads, run, qtbot):
    """STORE names no tickets: the rows in use are read again, in one query."""
    before, shown = view_state(window), in_view(window)
    changed = window.model.at(SELECTED_ROW + 3).id
    other = Service(big.data_dir)  # as `serve` or the CLI would
    try:
        other.sign_in()
        run(other.set_ticket(changed, priority="high"))
    finally:
        other.close()
    big.notify(events.STORE)
    qtbot.waitUntil(lambda: window.model.at(0).id == changed)
    assert [name for name, _ in reads].count("tickets") == 1
    after = view_state(window)
    assert after["selected"] == before["selected"]
    assert (after["top ticket"], after["its position"]) == (before["top ticket"],
                                                            before["its position"])
    assert [i for i in in_view(window) if i != changed] == [i for i in shown if i != changed]


def test_a_burst_of_named_tickets_reads_the_rows_in_use_once(window, big, reads, qtbot):
    """Routing a queue's backlog names hundreds of tickets: one read of the window instead."""
    before = view_state(window)
    burst = tuple(window.model.at(r).id for r in range(100, 100 + MAX_NAMED + 1))
    big.notify(events.TICKETS, burst)
    qtbot.waitUntil(lambda: any(name == "tickets" for name, _ in reads))
    assert [name for name, _ in reads if name != "ticket"] == ["tickets"]
    assert view_state(window) == before
