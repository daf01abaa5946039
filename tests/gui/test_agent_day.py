"""The agent's day in the window: sign-in, views with counts, filters, sort, search, the pane
following the list, bulk actions, keys, the remembered layout, and screenshots at 1024×640
and 1600×1000 that fail when short columns or headers are cut."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyle

from stringeex_desktop.core.errors import PermissionDeniedError
from stringeex_desktop.core.models import TicketFilter, view_filter
from stringeex_desktop.gui.settings.settings_dialog import SettingsDialog
from stringeex_desktop.gui.sign_in_dialog import SignInDialog
from stringeex_desktop.gui.tickets.badge_delegate import PAD_X
from stringeex_desktop.gui.tickets.ticket_table_model import TicketTableModel

from .conftest import DOMAIN
from .realistic import AGENTS, populate

HUONG = AGENTS[0][0]
SLACK_CHARS = 3  # "elided beyond a few characters" (badges: none)


@pytest.fixture(autouse=True)
def fresh_settings():
    """The window remembers its layout in QSettings: each test starts from the defaults and
    leaves none behind for other tests' windows."""
    settings = QSettings()
    for group in ("ticketList", "window", "session"):
        settings.remove(group)
    yield
    for group in ("ticketList", "window", "session"):
        settings.remove(group)


@pytest.fixture
def day(portal, run):
    return run(populate(portal, DOMAIN), timeout=60_000)


def shown_ids(window) -> list[int]:
    return [window.model.at(r).id for r in range(window.model.rowCount())]


def test_views_show_their_counts_and_their_tickets(make_window, portal, day, run, qtbot):
    window, _, _ = make_window()
    assert window.sidebar.current_view() == "open"  # an admin starts with All open
    counts = portal.view_counts()
    for view in ("mine", "unassigned", "open", "pending", "solved", "closed", "queue:Billing"):
        assert window.sidebar.count_text(view) == f"{counts[view]:,}"
        window.sidebar.select_view(view)
        assert window.model.total == counts[view] > 0 or view == "mine"
        assert shown_ids(window) == [t.id for t in portal.tickets(
            view_filter(view, portal.actor.email), 0, 200)]
    window.sidebar.select_view("open")
    ticket = window.model.at(0)
    run(portal.update_tickets([ticket.id], status="solved"))  # counts follow TICKETS events
    qtbot.waitUntil(lambda: window.sidebar.count_text("solved") == f"{counts['solved'] + 1:,}")
    assert window.sidebar.count_text("open") == f"{counts['open'] - 1:,}"


def test_filters_combine_with_the_view_and_the_search(make_window, portal, day, qtbot):
    window, _, _ = make_window()
    ui = window.ui
    ui.priorityCombo.setCurrentIndex(ui.priorityCombo.findData("urgent"))
    assert window.model.total == portal.ticket_count(TicketFilter(
        statuses=("new", "processing", "pending"), priority="urgent")) > 0
    assert {window.model.at(r).priority for r in range(window.model.rowCount())} == {"urgent"}
    ui.assigneeCombo.setCurrentIndex(ui.assigneeCombo.findData("none"))
    assert {window.model.at(r).assignee for r in range(window.model.rowCount())} == {None}
    ui.priorityCombo.setCurrentIndex(0)
    ui.assigneeCombo.setCurrentIndex(0)
    ui.statusCombo.setCurrentIndex(ui.statusCombo.findData("closed"))  # replaces All open's
    assert window.model.total == portal.ticket_count(TicketFilter(status="closed")) > 0
    ui.statusCombo.setCurrentIndex(0)
    billing = next(m for m in portal.mailboxes() if m.name == "Acme Billing")
    ui.mailboxCombo.setCurrentIndex(ui.mailboxCombo.findData(billing.id))
    assert {window.model.at(r).queue for r in range(window.model.rowCount())} == {"Billing"}
    ui.mailboxCombo.setCurrentIndex(0)
    ui.searchEdit.setText("hoa don")  # Vietnamese without its accents
    qtbot.waitUntil(lambda: window.model.ticket_filter.search == "hoa don")
    assert window.model.total > 0
    assert all("Hóa đơn" in window.model.at(r).subject for r in range(window.model.rowCount()))


def test_the_pane_follows_the_list(make_window, portal, day, run, qtbot):
    window, _, _ = make_window()
    first = window.model.at(0)
    assert window.select_ticket(first.id)
    qtbot.waitUntil(lambda: window.pane.ticket_id == first.id)
    window.sidebar.select_view("closed")  # the open ticket is not in this view
    assert first.id not in shown_ids(window) and window.pane.ticket_id is None
    window.sidebar.select_view("open")
    assert window.select_ticket(first.id)
    run(portal.update_tickets([first.id], status="closed"))  # it leaves All open
    qtbot.waitUntil(lambda: first.id not in shown_ids(window))
    assert window.pane.ticket_id != first.id


def test_clicking_a_header_sorts_in_the_store(make_window, portal, day, qtbot):
    window, _, _ = make_window()
    header = window.ui.ticketView.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=header.rect().topLeft() + _section_centre(header,
                                                                   TicketTableModel.PRIORITY))
    flt = window.model.ticket_filter
    assert flt.sort == "priority"
    assert shown_ids(window) == [t.id for t in portal.tickets(flt, 0, 200)]
    ranks = ["low", "normal", "high", "urgent"]
    values = [ranks.index(window.model.at(r).priority) for r in range(window.model.rowCount())]
    assert values == sorted(values, reverse=flt.descending)


def _section_centre(header, column):
    from PySide6.QtCore import QPoint

    return QPoint(header.sectionViewportPosition(column) + header.sectionSize(column) // 2,
                  header.height() // 2)


def test_bulk_assign_keeps_the_list_position(make_window, portal, day, run, qtbot):
    window, _, _ = make_window()
    window.sidebar.select_view("unassigned")
    ids = shown_ids(window)[:2]
    view = window.ui.ticketView
    view.selectRow(0)
    view.selectionModel().select(window.model.index(1, 0),
                                 view.selectionModel().SelectionFlag.Select
                                 | view.selectionModel().SelectionFlag.Rows)
    assert window.selected_ticket_ids() == ids
    menu = window._bulk_menu()
    assign = next(a.menu() for a in menu.actions() if a.menu() and "Assign" in a.text())
    next(a for a in assign.actions() if a.text() == "Sarah O'Connor").trigger()
    qtbot.waitUntil(lambda: all(portal.ticket(t).assignee == "sarah@acme.example" for t in ids))
    qtbot.waitUntil(lambda: not set(ids) & set(shown_ids(window)))  # they left Unassigned


def test_an_agent_takes_in_bulk_but_cannot_assign_others(make_window, portal, day, run,
                                                         qtbot):
    portal.sign_in(HUONG)
    window, _, _ = make_window()
    assert window.sidebar.current_view() == "mine"  # an agent starts with their own
    assert window.sidebar.count_text("queue:Billing") and \
        not window.sidebar.count_text("queue:Technical")  # views of their queues only
    window.sidebar.select_view("unassigned")
    assert {window.model.at(r).queue for r in range(window.model.rowCount())} <= {"Support",
                                                                                 "Billing"}
    window.ui.ticketView.selectAll()
    ids = window.selected_ticket_ids()
    labels = [a.text() for a in window._bulk_menu().actions()]
    assert not any("Assign" in t or "Queue" in t for t in labels)
    future = window.bulk_update(ids, assignee=HUONG)
    qtbot.waitUntil(future.done)
    assert {portal.ticket(t).assignee for t in ids} == {HUONG}
    with pytest.raises(PermissionDeniedError):
        run(portal.update_tickets(ids, assignee="quan@acme.example"))


def test_an_agent_cannot_open_mailbox_settings(make_window, portal, day, run, qtbot):
    portal.sign_in(HUONG)
    window, _, _ = make_window()
    dialog = window.open_settings()
    pages = dialog.ui.pageList
    hidden = [pages.item(i).isHidden() for i in range(pages.count())]
    assert hidden == [True] * 4 + [False] * 5  # their own pages, and this machine's team store
    assert pages.currentRow() == SettingsDialog.THIS_COMPUTER
    dialog.show_page(SettingsDialog.EMAIL_CHANNEL)  # the status bar's mailbox button does this
    assert pages.currentRow() == SettingsDialog.THIS_COMPUTER
    dialog.close()
    box = portal.mailboxes()[0]
    with pytest.raises(PermissionDeniedError):  # and the core refuses the call itself
        run(portal.update_mailbox(box.id, active=False))
    assert portal.mailbox(box.id).active


def test_sign_in_offers_every_agent_and_remembers_the_choice(portal, day, qtbot):
    agents = portal.agents()
    dialog = SignInDialog(agents)
    qtbot.addWidget(dialog)
    assert dialog.ui.agentList.count() == len(agents) == 5
    assert dialog.chosen_email() == agents[0].email
    row = next(i for i, a in enumerate(agents) if a.email == "quan@acme.example")
    dialog.ui.agentList.setCurrentRow(row)
    assert "Trần Minh Quân — Agent" == dialog.ui.agentList.currentItem().text()
    dialog.accept()
    again = SignInDialog(agents)
    qtbot.addWidget(again)
    assert again.chosen_email() == "quan@acme.example"
    again.reject()
    assert QSettings().value("session/agent") == "quan@acme.example"


def test_keys_move_open_and_close(make_window, portal, day, qtbot):
    window, _, _ = make_window()
    view = window.ui.ticketView
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    view.setCurrentIndex(window.model.index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_J)
    qtbot.keyClick(view, Qt.Key.Key_J)
    assert view.currentIndex().row() == 2
    qtbot.keyClick(view, Qt.Key.Key_K)
    assert window.pane.ticket_id == window.model.at(1).id
    qtbot.keyClick(view, Qt.Key.Key_Down)  # arrows too
    assert window.pane.ticket_id == window.model.at(2).id
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert window.pane.ticket_id is None
    window.ui.searchEdit.setFocus()
    qtbot.keyClicks(window.ui.searchEdit, "refund")
    qtbot.keyClick(window.ui.searchEdit, Qt.Key.Key_Escape)
    assert window.ui.searchEdit.text() == "" and window.model.ticket_filter.search is None


def test_keyboard_shortcuts_lists_the_window_keys(make_window, portal, qtbot):
    window, _, _ = make_window()
    dialog = window.show_shortcuts()
    table = dialog.ui.shortcutTable
    rows = {(table.item(r, 1).text(), table.item(r, 0).text()) for r in range(table.rowCount())}
    assert {("J", "Next ticket"), ("K", "Previous ticket"), ("Ctrl+F", "Find Tickets"),
            ("F1", "Keyboard Shortcuts"), ("Esc", "Close the ticket (in the list)"),
            ("Esc", "Clear the search (in the search box)"),
            ("Shift+F10", "Actions for the selected tickets")} <= rows
    assert "Ctrl+Shift+B" in {keys for keys, _ in rows}
    dialog.close()


def test_layout_and_columns_are_remembered(make_window, portal, day, qtbot):
    window, _, _ = make_window()
    ui = window.ui
    header = ui.ticketView.horizontalHeader()
    assert not ui.actionPaneBelow.isChecked() and ui.actionShowPane.isChecked()
    ui.actionPaneBelow.setChecked(True)
    header.setSectionHidden(TicketTableModel.QUEUE, True)
    header.moveSection(header.visualIndex(TicketTableModel.STATUS), 0)
    window.close()
    again, _, _ = make_window()
    header = again.ui.ticketView.horizontalHeader()
    assert again.ui.splitter.orientation() == Qt.Orientation.Vertical
    assert header.isSectionHidden(TicketTableModel.QUEUE)
    assert header.visualIndex(TicketTableModel.STATUS) == 0


# -- what the list looks like -----------------------------------------------------------------

def cut_texts(window) -> list[str]:
    """Header texts of visible columns, and the cells of the short columns, that need more
    than SLACK_CHARS characters' width beyond their section."""
    view = window.ui.ticketView
    header = view.horizontalHeader()
    model = window.model
    style = view.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    cell_metrics = QFontMetrics(view.font())
    bold = QFontMetrics(model._bold)
    head_metrics = QFontMetrics(header.font())
    slack = SLACK_CHARS * cell_metrics.averageCharWidth()
    cut = []
    for column in range(model.columnCount()):
        if header.isSectionHidden(column):
            continue
        size = header.sectionSize(column)
        text = model.headerData(column, Qt.Orientation.Horizontal)
        needed = head_metrics.horizontalAdvance(text) + 2 * style.pixelMetric(
            QStyle.PixelMetric.PM_HeaderMargin, None, header)
        if needed > size + slack:
            cut.append(f"header {text!r}: {needed} px in {size}")
        if column not in (TicketTableModel.STATUS, TicketTableModel.PRIORITY,
                          TicketTableModel.UPDATED, TicketTableModel.REQUESTER):
            continue
        for row in range(model.rowCount()):
            index = model.index(row, column)
            text = index.data()
            metrics = bold if model.at(row).unread else cell_metrics
            badge = index.data(TicketTableModel.BadgeRole) is not None
            needed = metrics.horizontalAdvance(text) + (2 * PAD_X + 6 if badge else 2 * margin)
            if needed > size + (0 if badge else slack):  # a badge is never cut
                cut.append(f"{text!r} ({model.headerData(column, Qt.Orientation.Horizontal)}): "
                           f"{needed} px in {size}")
    return cut


@pytest.mark.parametrize("size,layouts,subject_width", [
    ((1024, 640), ("below", "collapsed"), 140), ((1600, 1000), ("beside",), 240)],
                         ids=["1024x640", "1600x1000"])
def test_screenshot_nothing_cut(make_window, portal, day, tmp_path, qtbot, size, layouts,
                                subject_width):
    """At 1024×640 the pane goes below the list or is collapsed (View menu); at 1600×1000
    it stays beside the list. Each layout is saved as a PNG (the path is printed)."""
    window, _, _ = make_window()
    ui = window.ui
    window.resize(*size)
    qtbot.waitUntil(lambda: window.size().width() == size[0])
    assert window.select_ticket(window.model.at(2).id)
    qtbot.waitUntil(lambda: window.pane.ticket_id == window.model.at(2).id)
    for layout in layouts:
        ui.actionPaneBelow.setChecked(layout == "below")
        ui.actionShowPane.setChecked(layout != "collapsed")
        qtbot.wait(200)  # QtWebEngine paints after loadFinished (DESIGN.md section 8)
        path = Path(tmp_path) / f"main-window-{size[0]}x{size[1]}-{layout}.png"
        assert window.grab().save(str(path))
        print(f"screenshot: {path}")
        assert cut_texts(window) == [], layout
        subject = ui.ticketView.horizontalHeader().sectionSize(TicketTableModel.SUBJECT)
        assert subject >= subject_width, (layout, subject)  # it gets the spare width
