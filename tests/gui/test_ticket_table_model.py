"""TicketTableModel without a window: pages of 200 over 1,000 tickets, newest first."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt

from stringeex_desktop.core.models import TicketFilter
from stringeex_desktop.core.service import Service
from stringeex_desktop.gui.tickets.ticket_table_model import TicketTableModel

from .conftest import build_ticket_store, ticket_mail as message

COUNT = 1000
Display = Qt.ItemDataRole.DisplayRole


@pytest.fixture(scope="module")
def store_of_1000(tmp_path_factory) -> Path:
    return build_ticket_store(tmp_path_factory.mktemp("store-of-1000"), COUNT)


@pytest.fixture
def many(store_of_1000, tmp_path, loop):
    folder = tmp_path / "data"
    shutil.copytree(store_of_1000, folder)
    service = Service(folder)
    service.sign_in()
    yield service
    service.close()


def test_pages_of_200(many):
    model = TicketTableModel(many)
    model.reload()
    assert (model.rowCount(), model.total, model.columnCount()) == (200, COUNT, 8)
    pages = 1
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
        pages += 1
        assert model.rowCount() == min(200 * pages, COUNT)
    assert pages == 5 and model.rowCount() == COUNT
    assert not model.canFetchMore(QModelIndex())
    ids = [model.data(model.index(r, 0), TicketTableModel.TicketIdRole) for r in range(COUNT)]
    assert len(set(ids)) == COUNT


def test_newest_first(many):
    model = TicketTableModel(many)
    model.reload()
    while model.canFetchMore():
        model.fetchMore()
    tickets = [model.at(r) for r in range(model.rowCount())]
    keys = [(t.updated_at, t.id) for t in tickets]
    assert keys == sorted(keys, reverse=True)
    assert model.data(model.index(0, TicketTableModel.SERIAL)) == tickets[0].serial


def test_columns(many, run):
    newest = many.tickets(TicketFilter(), 0, 1)[0]
    run(many.set_ticket(newest.id, status="processing", assignee="admin@acme.example"))
    model = TicketTableModel(many)
    model.reload()
    row = model.row_of(newest.id)
    assert row == 0  # the change made it the most recently updated
    ticket = model.at(row)
    values = [model.data(model.index(row, c), Display) for c in range(model.columnCount())]
    assert values[:7] == [ticket.serial, ticket.subject, ticket.requester.name, "Inbox",
                          "Ada Admin", "Normal", "Processing"]  # the assignee by name
    assert values[TicketTableModel.UPDATED]  # a local time
    assert ticket.subject.startswith("Question number ")
    headers = [model.headerData(c, Qt.Orientation.Horizontal, Display)
               for c in range(model.columnCount())]
    assert headers == ["Serial", "Subject", "Requester", "Queue", "Assignee", "Priority",
                       "Status", "Updated"]
    assert "admin@acme.example" in model.data(model.index(row, TicketTableModel.ASSIGNEE),
                                              Qt.ItemDataRole.ToolTipRole)
    unassigned = model.index(1, TicketTableModel.ASSIGNEE)
    assert model.data(unassigned, Display) == "Unassigned"
    assert model.data(model.index(1, TicketTableModel.STATUS), Display) == "New"
    assert model.data(model.index(1, TicketTableModel.STATUS), TicketTableModel.BadgeRole) == "new"
    assert model.data(model.index(1, TicketTableModel.PRIORITY),
                      TicketTableModel.BadgeRole) is None  # normal priority: no badge
    assert model.data(model.index(1, 0), Qt.ItemDataRole.FontRole).bold()  # unread = bold
    assert "@example.com" in model.data(model.index(1, TicketTableModel.REQUESTER),
                                        Qt.ItemDataRole.ToolTipRole)


def test_unread_is_per_agent_and_opening_reads_it(many, run):
    model = TicketTableModel(many)
    model.reload()
    first = model.at(0).id
    run(many.mark_read(first))
    model.refresh_tickets([first])
    assert model.data(model.index(0, 0), Qt.ItemDataRole.FontRole) is None
    assert model.data(model.index(1, 0), Qt.ItemDataRole.FontRole).bold()


def test_urgent_gets_a_badge_and_the_store_sorts_every_column(many, run):
    ids = [t.id for t in many.tickets(TicketFilter(), 0, 3)]
    run(many.update_tickets(ids[:1], status="pending"))
    run(many.set_ticket(ids[1], priority="urgent"))
    model = TicketTableModel(many)
    model.reload()
    row = model.row_of(ids[1])
    assert model.data(model.index(row, TicketTableModel.PRIORITY),
                      TicketTableModel.BadgeRole) == "urgent"
    for column, key in enumerate(TicketTableModel.SORT_KEYS):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            model.sort(column, order)
            assert (model.ticket_filter.sort, model.rowCount(), model.total) == (key, 200, COUNT)
            descending = order == Qt.SortOrder.DescendingOrder
            assert [t.id for t in many.tickets(TicketFilter(sort=key, descending=descending),
                                               0, 200)] == loaded_ids(model)
    model.sort(TicketTableModel.PRIORITY, Qt.SortOrder.DescendingOrder)
    assert model.at(0).id == ids[1]
    model.sort(TicketTableModel.STATUS, Qt.SortOrder.DescendingOrder)  # new < ... < pending
    assert model.at(0).id == ids[0]
    model.sort(TicketTableModel.SERIAL, Qt.SortOrder.AscendingOrder)
    assert [model.at(r).id for r in range(3)] == sorted(loaded_ids(model))[:3]


def test_a_change_under_a_column_sort_keeps_the_order_of_the_store(many, run):
    model = TicketTableModel(many)
    model.sort(TicketTableModel.SERIAL, Qt.SortOrder.AscendingOrder)
    lowest = model.at(0).id
    run(many.set_ticket(lowest, status="pending"))
    model.refresh_tickets([lowest])
    assert model.at(0).id == lowest  # not moved to the top as "newest" would
    assert_first_rows_of_the_store(model, many)


def test_filters_by_priority_status_set_and_mailbox(many, run):
    ids = [t.id for t in many.tickets(TicketFilter(), 0, 4)]
    run(many.set_ticket(ids[0], priority="high"))
    run(many.update_tickets(ids[1:3], status="solved"))
    model = TicketTableModel(many)
    model.set_filter(TicketFilter(priority="high"))
    assert loaded_ids(model) == [ids[0]]
    model.set_filter(TicketFilter(statuses=("new", "processing", "pending")))
    assert model.total == COUNT - 2
    mailbox = many.mailboxes()[0].id
    model.set_filter(TicketFilter(mailbox_id=mailbox, status="solved", search="question"))
    assert sorted(loaded_ids(model)) == sorted(ids[1:3])
    model.set_filter(TicketFilter(mailbox_id=mailbox + 99))
    assert model.total == 0


def test_filter_and_search(many, run):
    model = TicketTableModel(many)
    model.set_filter(TicketFilter(search="customer999@example.com"))
    assert model.total == 1 and model.rowCount() == 1
    assert model.data(model.index(0, TicketTableModel.SUBJECT)) == "Question number 999"
    model.set_filter(TicketFilter(search="customer42"))  # words match as prefixes: 42, 420-429
    assert model.total == 11
    model.set_filter(TicketFilter(status="solved"))
    assert (model.rowCount(), model.canFetchMore()) == (0, False)


def loaded_ids(model) -> list[int]:
    return [model.at(r).id for r in range(model.rowCount())]


def assert_first_rows_of_the_store(model, service) -> None:
    """The loaded rows are exactly the first N of the store's order: fetchMore's offsets hold."""
    flt = model.ticket_filter
    assert loaded_ids(model) == [t.id for t in service.tickets(flt, 0, model.rowCount())]
    assert model.total == service.ticket_count(flt)


@pytest.fixture
def counted(many, monkeypatch):
    """Which read-only service calls the model makes."""
    calls = []
    for name in ("tickets", "tickets_by_ids", "ticket_count"):
        real = getattr(many, name)

        def spy(*args, _name=name, _real=real, **kwargs):
            calls.append((_name, [sorted(args[0])] if _name == "tickets_by_ids" else None))
            return _real(*args, **kwargs)

        monkeypatch.setattr(many, name, spy)
    return calls


def test_a_value_change_rereads_that_row_only(many, run, qtbot, counted):
    model = TicketTableModel(many)
    model.reload()
    model.fetchMore()
    target = model.at(0)
    run(many.set_ticket(target.id, status="pending"))  # still the newest: stays in place
    counted.clear()
    with qtbot.waitSignal(model.dataChanged):
        model.refresh_tickets([target.id])
    assert counted == [("tickets_by_ids", [[target.id]])]
    assert model.rowCount() == 400
    assert model.data(model.index(0, TicketTableModel.STATUS)) == "Pending"


def test_a_changed_ticket_moves_to_its_place_without_a_reset(many, run, qtbot, counted):
    model = TicketTableModel(many)
    model.reload()
    model.fetchMore()
    moved = model.at(310)
    run(many.set_ticket(moved.id, status="solved"))  # now the most recently updated
    counted.clear()
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    with qtbot.waitSignal(model.rowsMoved):
        model.refresh_tickets([moved.id])
    assert not resets and counted == [("tickets_by_ids", [[moved.id]])]
    assert model.rowCount() == 400 and model.at(0).id == moved.id
    assert model.at(0).status == "solved"
    assert_first_rows_of_the_store(model, many)


def test_several_named_tickets_move_together(many, run):
    model = TicketTableModel(many)
    model.reload()
    model.fetchMore()
    named = [model.at(5).id, model.at(120).id, model.at(300).id, model.at(399).id]
    for ticket_id in named:
        run(many.set_ticket(ticket_id, status="pending"))
    model.set_filter(TicketFilter(status="new"))
    model.fetchMore()
    run(many.set_ticket(model.at(7).id, status="processing"))  # leaves the filter
    leaving = model.at(7).id
    model.refresh_tickets([leaving, 999_999])
    model.set_filter(TicketFilter())
    model.fetchMore()
    for ticket_id in named[:2]:
        run(many.set_ticket(ticket_id, status="processing"))
    model.refresh_tickets([*named, leaving])
    assert_first_rows_of_the_store(model, many)
    assert [model.at(r).id for r in range(2)] == named[1::-1]


def test_a_ticket_from_below_the_window_comes_in_at_the_top(many, run, counted):
    model = TicketTableModel(many)
    model.reload()
    below = many.tickets(TicketFilter(), 900, 1)[0]
    run(many.set_ticket(below.id, priority="urgent"))
    model.refresh_tickets([below.id])
    assert model.rowCount() == 201 and model.at(0).id == below.id
    assert_first_rows_of_the_store(model, many)
    while model.canFetchMore():
        model.fetchMore()
    assert sorted(loaded_ids(model)) == sorted(t.id for t in many.tickets(TicketFilter(), 0, COUNT))


def test_a_new_ticket_is_inserted_at_the_top(many, run, qtbot):
    model = TicketTableModel(many)
    model.reload()
    box = many.mailboxes()[0]
    with qtbot.waitSignal(model.rowsInserted):
        result = run(many.deliver(message(5000, box.address), [box.id], "new@example.com"))
        model.refresh_tickets([result.ticket_id])
    assert model.at(0).id == result.ticket_id
    assert (model.rowCount(), model.total) == (201, COUNT + 1)


def test_a_ticket_that_leaves_the_filter_is_removed(many, run, qtbot):
    model = TicketTableModel(many)
    model.set_filter(TicketFilter(status="new"))
    gone = model.at(5)
    run(many.set_ticket(gone.id, status="processing"))
    with qtbot.waitSignal(model.rowsRemoved):
        model.refresh_tickets([gone.id])
    assert gone.id not in loaded_ids(model)
    assert (model.rowCount(), model.total) == (199, COUNT - 1)
    assert_first_rows_of_the_store(model, many)


def test_unknown_and_hostile_ids_change_nothing(many, qtbot):
    model = TicketTableModel(many)
    model.reload()
    before = loaded_ids(model)
    signals = []
    for signal in (model.rowsInserted, model.rowsRemoved, model.rowsMoved, model.modelReset,
                   model.dataChanged):
        signal.connect(lambda *args: signals.append(args))
    model.refresh_tickets([0, -1, 2**62, 999_999])
    model.refresh_tickets([])
    assert loaded_ids(model) == before and not signals


def test_reload_window_keeps_the_rows_in_use_and_drops_the_rest(many, run, qtbot):
    model = TicketTableModel(many)
    model.reload()
    for _ in range(3):
        model.fetchMore()
    assert model.rowCount() == 800
    model.reload_window(300)  # nothing changed: the rows below 300 + a page go
    assert model.rowCount() == 500 and model.canFetchMore()
    assert_first_rows_of_the_store(model, many)
    changed = model.at(450)
    run(many.set_ticket(changed.id, priority="high"))  # another process's write, say
    model.reload_window(300)
    assert model.rowCount() == 500 and model.at(0).id == changed.id
    assert_first_rows_of_the_store(model, many)


def test_model_contract(many, qtmodeltester):
    model = TicketTableModel(many, page_size=50)
    model.reload()
    qtmodeltester.check(model, force_py=True)


def test_times_read_relative_to_today(qapp):
    from datetime import datetime, timezone

    from stringeex_desktop.gui.widgets.common import format_time

    now = datetime(2026, 11, 30, 15, 0).astimezone()
    local = lambda y, m, d, h=14, mi=5: datetime(y, m, d, h, mi).astimezone(timezone.utc)
    assert format_time(local(2026, 11, 30), now=now) in ("14:05", "2:05 PM", "2:05\u202fPM")
    assert format_time(local(2026, 11, 29, 23, 59), now=now) == "yesterday"
    assert format_time(local(2026, 11, 3), now=now) == "3 Nov"
    assert format_time(local(2025, 11, 3), now=now) == "3 Nov 2025"
