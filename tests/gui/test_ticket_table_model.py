"""TicketTableModel without a window: pages of 200 over 1,000 tickets, newest first."""

from __future__ import annotations

import asyncio
import time

import pytest
from PySide6.QtCore import QModelIndex, Qt

from stringeex_desktop.core.models import TicketFilter
from stringeex_desktop.gui.ticket_table_model import TicketTableModel

COUNT = 1000
Display = Qt.ItemDataRole.DisplayRole


def message(n: int, to: str) -> bytes:
    return (f"From: Customer {n} <customer{n}@example.com>\r\nTo: {to}\r\n"
            f"Subject: Question number {n}\r\nMessage-ID: <q{n}@example.com>\r\n"
            f"Date: Thu, 27 Nov 2025 10:00:00 +0000\r\n\r\nBody of question {n}.\r\n").encode()


@pytest.fixture
def many(portal, run):
    """1,000 tickets delivered concurrently (the writer groups them into few commits), to a
    queue nobody works, so they stay unassigned."""
    run(portal.add_queue("Inbox"))
    mailbox = run(portal.add_internal_mailbox("inbox", name="Inbox", queue="Inbox"))

    async def deliver_all():
        for start in range(0, COUNT, 250):
            await asyncio.gather(*(portal.deliver(message(n, mailbox.address), [mailbox.id],
                                                  f"customer{n}@example.com")
                                   for n in range(start, min(start + 250, COUNT))))

    began = time.monotonic()
    run(deliver_all(), timeout=60_000)
    assert portal.ticket_count() == COUNT, time.monotonic() - began
    return portal


def test_pages_of_200(many):
    model = TicketTableModel(many)
    model.reload()
    assert (model.rowCount(), model.total, model.columnCount()) == (200, COUNT, 7)
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
    tickets = [model.ticket_at(r) for r in range(model.rowCount())]
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
    ticket = model.ticket_at(row)
    values = [model.data(model.index(row, c), Display) for c in range(model.columnCount())]
    assert values[:6] == [ticket.serial, ticket.subject, ticket.requester.name, "Inbox",
                          "admin@acme.example", "Processing"]
    assert values[TicketTableModel.UPDATED]  # a local time
    assert ticket.subject.startswith("Question number ")
    headers = [model.headerData(c, Qt.Orientation.Horizontal, Display)
               for c in range(model.columnCount())]
    assert headers == ["Serial", "Subject", "Requester", "Queue", "Assignee", "Status", "Updated"]
    unassigned = model.index(1, TicketTableModel.ASSIGNEE)
    assert model.data(unassigned, Display) == "Unassigned"
    assert model.data(model.index(1, TicketTableModel.STATUS), Display) == "New"
    assert model.data(model.index(1, 0), Qt.ItemDataRole.FontRole).bold()  # new = bold
    assert "@example.com" in model.data(model.index(1, TicketTableModel.REQUESTER),
                                        Qt.ItemDataRole.ToolTipRole)


def test_filter_and_search(many, run):
    model = TicketTableModel(many)
    model.set_filter(TicketFilter(search="customer999@example.com"))
    assert model.total == 1 and model.rowCount() == 1
    assert model.data(model.index(0, TicketTableModel.SUBJECT)) == "Question number 999"
    model.set_filter(TicketFilter(search="customer42"))  # words match as prefixes: 42, 420-429
    assert model.total == 11
    model.set_filter(TicketFilter(status="solved"))
    assert (model.rowCount(), model.canFetchMore()) == (0, False)


def test_refresh_keeps_rows_or_resets(many, run, qtbot):
    model = TicketTableModel(many)
    model.reload()
    model.fetchMore()
    assert model.rowCount() == 400
    target = model.ticket_at(0)
    run(many.set_ticket(target.id, status="pending"))  # still the newest: a value change
    with qtbot.waitSignal(model.dataChanged):
        model.refresh()
    assert model.rowCount() == 400
    assert model.data(model.index(0, TicketTableModel.STATUS)) == "Pending"
    moved = model.ticket_at(10)
    run(many.set_ticket(moved.id, status="solved"))  # moves to the top: the row set changes
    with qtbot.waitSignal(model.modelReset):
        model.refresh()
    assert model.rowCount() == 400 and model.ticket_at(0).id == moved.id


def test_model_contract(many, qtmodeltester):
    model = TicketTableModel(many, page_size=50)
    model.reload()
    qtmodeltester.check(model, force_py=True)
