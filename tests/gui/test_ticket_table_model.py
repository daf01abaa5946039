"""TicketTableModel without a window: pages of 200 over 1,000 tickets, newest first."""

from __future__ import annotations

import asyncio
import shutil
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt

from stringeex_desktop.core.models import TicketFilter
from stringeex_desktop.core.service import Service
from stringeex_desktop.gui.tickets.ticket_table_model import TicketTableModel

COUNT = 1000
Display = Qt.ItemDataRole.DisplayRole


def message(n: int, to: str) -> bytes:
    return (f"From: Customer {n} <customer{n}@example.com>\r\nTo: {to}\r\n"
            f"Subject: Question number {n}\r\nMessage-ID: <q{n}@example.com>\r\n"
            f"Date: Thu, 27 Nov 2025 10:00:00 +0000\r\n\r\nBody of question {n}.\r\n").encode()


@pytest.fixture(scope="module")
def store_of_1000(tmp_path_factory) -> Path:
    """1,000 tickets, built once per module on a plain asyncio loop in a worker thread (the
    session's qasync loop belongs to the GUI thread), then copied for each test."""
    folder = tmp_path_factory.mktemp("store-of-1000")

    async def build():
        service = Service(folder)
        try:
            await service.set_up("acme.stringeex.test", "admin@acme.example", "Ada Admin")
            service.sign_in()
            await service.add_queue("Inbox")  # nobody works it: tickets stay unassigned
            box = await service.add_internal_mailbox("inbox", name="Inbox", queue="Inbox")
            for start in range(0, COUNT, 250):  # concurrent: the writer groups the commits
                await asyncio.gather(*(
                    service.deliver(message(n, box.address), [box.id], f"customer{n}@example.com")
                    for n in range(start, min(start + 250, COUNT))))
            assert service.ticket_count() == COUNT
        finally:
            service.close()

    with ThreadPoolExecutor(1) as pool:
        pool.submit(asyncio.run, build()).result(timeout=120)
    return folder


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
    target = model.at(0)
    run(many.set_ticket(target.id, status="pending"))  # still the newest: a value change
    with qtbot.waitSignal(model.dataChanged):
        model.refresh()
    assert model.rowCount() == 400
    assert model.data(model.index(0, TicketTableModel.STATUS)) == "Pending"
    moved = model.at(10)
    run(many.set_ticket(moved.id, status="solved"))  # moves to the top: the row set changes
    with qtbot.waitSignal(model.modelReset):
        model.refresh()
    assert model.rowCount() == 400 and model.at(0).id == moved.id


def test_model_contract(many, qtmodeltester):
    model = TicketTableModel(many, page_size=50)
    model.reload()
    qtmodeltester.check(model, force_py=True)
