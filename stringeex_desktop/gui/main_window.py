"""The agent's window: the ticket list beside the selected ticket."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import datetime, timedelta, timezone

from PySide6.QtCore import (QItemSelectionModel, QLocale, QModelIndex, QSettings, Qt, QTime, QTimer,
                            Signal)
from PySide6.QtGui import QCloseEvent, QFontMetrics, QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (QHeaderView, QLabel, QMainWindow, QMenu, QMessageBox, QSplitter,
                               QToolButton, QWidget)
from qasync import asyncSlot

from .. import __version__
from ..components import components
from ..core.models import PRIORITIES, STATUSES, TicketFilter, format_serial, view_filter
from ..core.service import Service
from . import preferences
from .bridge import EventBridge
from .core_controller import CoreController
from .forms.ui_main_window import Ui_MainWindow
from .presence_controller import PresenceController
from .settings.settings_dialog import SettingsDialog
from .shortcuts_dialog import ShortcutsDialog
from .tickets.badge_delegate import PAD_X as BADGE_PAD_X, BadgeDelegate
from .tickets.outbox_view import OutboxView
from .tickets.print_actions import PrintActions
from .tickets.ticket_pane import TicketPane
from .tickets.ticket_table_model import TicketTableModel
from .theme import theme_icons
from .ticket_notifier import TicketNotifier
from .tickets.view_sidebar import ViewSidebar
from .tray_icon import TrayIcon
from .web.message_profile import MessageProfile
from .widgets.common import (error_text, format_number, format_time, health_text,
                             needs_attention, priority_label, set_style_property, show_error,
                             status_label)

SEARCH_DELAY_MS = 250
REFRESH_DELAY_MS = 100
MAX_NAMED = 50
MAX_OUTBOX_REASONS = 3  # the status bar; the tooltip lists them all
HEADER_KEY = "ticketList/header"
LAYOUT_KEYS = {"sidebar": "window/sidebar", "pane": "window/pane", "below": "window/paneBelow"}
"""More tickets named at once (a burst of routing) re-read the rows in use in one query."""


class MainWindow(QMainWindow):
    """Reads through the service, hears changes through the bridge; closing it quits the app
    (the composition root awaits `closing` to stop the core and set the agent offline)."""

    closing = Signal()

    def __init__(self, service: Service, bridge: EventBridge, profile: MessageProfile,
                 presence: PresenceController, core: CoreController,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self._service = service
        self._bridge = bridge
        self._presence = presence
        self._core = core
        self._settings: SettingsDialog | None = None
        self._outbox: OutboxView | None = None
        self._restore_id: int | None = None
        self._changed_ids: set[int] = set()
        self._reload_window = False
        self.setWindowIcon(QIcon(":/icons/app.svg"))
        theme_icons(self)

        self.model = TicketTableModel(service, self)
        view = self.ui.ticketView
        view.setModel(self.model)
        badges = BadgeDelegate(view)  # only where badges are: a Python paint per cell is slow
        view.setItemDelegateForColumn(TicketTableModel.STATUS, badges)
        view.setItemDelegateForColumn(TicketTableModel.PRIORITY, badges)
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionsMovable(True)
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TicketTableModel.SUBJECT, QHeaderView.ResizeMode.Stretch)
        bold = view.font()
        bold.setBold(True)  # unread rows are bold: size for them
        metrics = QFontMetrics(bold)
        yesterday = format_time(datetime.now(timezone.utc) - timedelta(days=1), "list")
        noon = QLocale().toString(QTime(12, 59), QLocale.FormatType.ShortFormat)
        for column, samples in ((TicketTableModel.SERIAL, ["#000000"]),
                                (TicketTableModel.REQUESTER, ["Jonathan Albrecht-Me"]),
                                (TicketTableModel.QUEUE, ["Technical"]),
                                (TicketTableModel.ASSIGNEE, ["Trần Minh Quân"]),
                                (TicketTableModel.PRIORITY, map(priority_label, PRIORITIES)),
                                (TicketTableModel.STATUS, map(status_label, STATUSES)),
                                (TicketTableModel.UPDATED, [yesterday, noon])):
            badge = column in (TicketTableModel.PRIORITY, TicketTableModel.STATUS)
            widest = max(map(metrics.horizontalAdvance, samples))  # in the chosen language
            header.resizeSection(column, widest + 16 + (2 * BADGE_PAD_X + 6 if badge else 0))
        header.setSortIndicator(TicketTableModel.UPDATED, Qt.SortOrder.DescendingOrder)
        header.restoreState(QSettings().value(HEADER_KEY, b""))
        header.setSectionResizeMode(TicketTableModel.SUBJECT, QHeaderView.ResizeMode.Stretch)
        header.setSectionHidden(TicketTableModel.SUBJECT, False)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
        view.setSortingEnabled(True)  # the model sorts in SQL (TicketTableModel.sort)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

        self.sidebar = ViewSidebar(self)
        self.outer_splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.outer_splitter.setObjectName("outerSplitter")
        self.outer_splitter.setChildrenCollapsible(False)
        self.ui.centralLayout.replaceWidget(self.ui.splitter, self.outer_splitter)
        self.outer_splitter.addWidget(self.sidebar)
        self.outer_splitter.addWidget(self.ui.splitter)
        self.outer_splitter.setStretchFactor(0, 0)
        self.outer_splitter.setStretchFactor(1, 1)
        self.outer_splitter.setSizes([self.sidebar.sizeHint().width(), 1030])

        self.pane = TicketPane(service, profile, self)
        self.ui.splitter.addWidget(self.pane)
        self.ui.splitter.setStretchFactor(0, 1)  # a wider window widens the list
        self.ui.splitter.setStretchFactor(1, 0)
        self.ui.splitter.setSizes([740, 480])
        self.setTabOrder(self.sidebar, view)
        self.setTabOrder(view, self.pane)
        self.ui.menubar.insertMenu(self.ui.menuAgent.menuAction(), self.pane.actions.menu)
        self._shortcuts = self._make_shortcuts()

        self._core_label = QLabel(core.state_text, self)
        self._outbox_button = QToolButton(self)
        self._outbox_button.setObjectName("outboxButton")
        self._outbox_button.setAutoRaise(True)
        self._outbox_button.hide()
        self._mailbox_button = QToolButton(self)
        self._mailbox_button.setObjectName("mailboxHealthButton")
        self._mailbox_button.setAutoRaise(True)
        self._mailbox_button.hide()
        self.statusBar().addPermanentWidget(self._mailbox_button)
        self.statusBar().addPermanentWidget(self._outbox_button)
        self.statusBar().addPermanentWidget(self._core_label)

        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_filter)
        self._refresh_timer = QTimer(self, singleShot=True, interval=REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self._refresh_tickets)

        self._quitting = False
        self.notifier = TicketNotifier(service, bridge, service.actor.email, self)
        self.tray = TrayIcon(presence, self.notifier, self)
        self.tray.show_requested.connect(self.bring_up)
        self.tray.quit_requested.connect(self.quit)
        self.tray.ticket_requested.connect(self.open_ticket)

        me = service.actor
        self._fill_status_combo()
        self._fill_priority_combo()
        self._fill_queue_combo()
        self._fill_people_combos()
        self._restore_layout()
        self._connect(core)
        self._connect_links(profile)
        self.printing = PrintActions(service, profile, self.pane, self.ui.actionPrint,
                                     self.ui.actionExportPdf, self)
        self.sidebar.select_view("mine" if me is not None and me.role == "agent" else "open")
        self._apply_filter()
        self.reload()
        self._show_presence(presence.online)

    # -- wiring ---------------------------------------------------------------------------

    def _connect(self, core: CoreController) -> None:
        ui = self.ui
        ui.actionQuit.triggered.connect(self.quit)
        ui.actionSettings.triggered.connect(self.open_settings)
        ui.actionFind.triggered.connect(self._focus_search)
        ui.actionRefresh.triggered.connect(self.reload)
        ui.actionOutbox.triggered.connect(self.open_outbox)
        self._outbox_button.clicked.connect(self.open_outbox)
        self._mailbox_button.clicked.connect(
            lambda: self.open_settings().show_page(SettingsDialog.EMAIL_CHANNEL))
        ui.actionAbout.triggered.connect(self._about)
        ui.actionOnline.toggled.connect(self._presence_toggled)
        ui.searchEdit.textChanged.connect(lambda *_: self._search_timer.start())
        ui.searchEdit.returnPressed.connect(self._apply_filter)
        for combo in (ui.statusCombo, ui.priorityCombo, ui.queueCombo, ui.assigneeCombo,
                      ui.mailboxCombo):
            combo.currentIndexChanged.connect(lambda *_: self._apply_filter())
        self.sidebar.view_chosen.connect(lambda *_: self._apply_filter())
        ui.actionShowSidebar.toggled.connect(self._layout_changed)
        ui.actionShowPane.toggled.connect(self._layout_changed)
        ui.actionPaneBelow.toggled.connect(self._layout_changed)
        ui.actionShortcuts.triggered.connect(self.show_shortcuts)
        ui.ticketView.customContextMenuRequested.connect(
            lambda pos: self._bulk_menu().popup(ui.ticketView.viewport().mapToGlobal(pos)))
        ui.ticketView.selectionModel().currentRowChanged.connect(self._current_changed)
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._restore_selection)
        self.model.rowsInserted.connect(lambda *_: self._update_count())
        self.model.page_failed.connect(self._show_read_error)

        bridge = self._bridge
        bridge.tickets_changed.connect(self._tickets_changed)
        bridge.outbox_changed.connect(self._update_outbox)
        bridge.mailboxes_changed.connect(self.pane.composer.reload_mailboxes)
        bridge.mailboxes_changed.connect(self._update_mailbox_health)
        bridge.mailboxes_changed.connect(self._fill_people_combos)
        bridge.people_changed.connect(self._people_changed)
        bridge.store_changed.connect(self._store_changed)
        bridge.core_changed.connect(self._core_event)

        self._presence.changed.connect(self._show_presence)
        self._presence.slept.connect(lambda: self._show_offline_banner(self.tr(
            "You were set offline while the computer slept, so no new tickets were assigned "
            "to you. Go online when you are back at work.")))
        self._presence.locked.connect(lambda: self._show_offline_banner(self.tr(
            "You were set offline when the screen locked, so no new tickets were assigned "
            "to you. Go online when you are back at work.")))
        self._presence.went_idle.connect(lambda minutes: self._show_offline_banner(self.tr(
            "You were set offline after {0} idle minutes, so no new tickets were assigned "
            "to you. Go online when you are back at work.").format(minutes)))
        ui.goOnlineButton.clicked.connect(lambda: self._presence.set_online(True))
        ui.dismissBannerButton.clicked.connect(ui.presenceBanner.hide)
        self._presence.failed.connect(
            lambda text: self.statusBar().showMessage(self.tr("Presence not changed: {0}")
                                                      .format(text), 10_000))
        core.state_changed.connect(self._core_state)

    def _connect_links(self, profile: MessageProfile) -> None:
        """Links in messages: the real target in the status bar, mailto: to our composer;
        remote content per sender, through the service."""
        shown = [""]

        def hovered(url: str) -> None:
            if url:
                self.statusBar().showMessage(url)
            elif self.statusBar().currentMessage() == shown[0]:
                self.statusBar().clearMessage()
            shown[0] = url

        profile.links.hovered.connect(hovered)
        profile.links.reply_to.connect(self.pane.composer.write_to)
        profile.remote.use(self._service.remote_content_allowed)
        profile.remote.allow_requested.connect(self._allow_remote_content)
        self._bridge.portal_changed.connect(profile.remote.changed)
        self._bridge.store_changed.connect(profile.remote.changed)

    @asyncSlot(str)
    async def _allow_remote_content(self, email: str) -> None:
        """Every message of the sender re-renders through the PORTAL event."""
        try:
            await self._service.allow_remote_content(email)
        except Exception as exc:
            self.statusBar().showMessage(self.tr("Remote content not allowed: {0}").format(
                error_text(exc)), 10_000)
            return
        self.statusBar().showMessage(self.tr(
            "Remote images are shown for {0}; Settings → Remote content takes it back.")
            .format(email), 10_000)

    def _tickets_changed(self, ids: tuple[int, ...]) -> None:
        """At most one re-read per REFRESH_DELAY_MS, of the tickets named meanwhile."""
        self._changed_ids.update(ids)
        self._reload_window |= not ids
        self._schedule_refresh()

    def _schedule_refresh(self) -> None:
        if not self._refresh_timer.isActive():  # a steady stream must not postpone it forever
            self._refresh_timer.start()

    def _store_changed(self) -> None:
        """Another process wrote: which tickets is unknown, so the shown ones are read again."""
        self._reload_window = True
        self._schedule_refresh()
        self._update_outbox()
        self._update_mailbox_health()
        self._people_changed()

    def _people_changed(self) -> None:
        self._fill_queue_combo()
        self._fill_people_combos()
        self._update_view_counts()
        self._presence.sync_from_store()

    # -- ticket list ------------------------------------------------------------------------

    def _fill_status_combo(self) -> None:
        combo = self.ui.statusCombo
        combo.addItem(self.tr("All statuses"), None)
        for status in STATUSES:
            combo.addItem(status_label(status), status)

    def _fill_priority_combo(self) -> None:
        combo = self.ui.priorityCombo
        combo.addItem(self.tr("Any priority"), None)
        for priority in reversed(PRIORITIES):
            combo.addItem(priority_label(priority), priority)

    def _fill_people_combos(self) -> None:
        """Assignees by name and mailboxes by address; each keeps its choice across a refresh."""
        try:
            agents = [(a.name, a.email) for a in self._service.agents()]
            mailboxes = [(f"{m.name} <{m.address}>" if m.name else m.address, m.id)
                         for m in self._service.mailboxes()]
        except Exception as exc:
            self._show_read_error(error_text(exc))
            return
        self._refill(self.ui.assigneeCombo, [(self.tr("Anyone"), None),
                                             (self.tr("Unassigned"), "none")] + agents)
        self._refill(self.ui.mailboxCombo, [(self.tr("All mailboxes"), None)] + mailboxes)

    def _refill(self, combo, items: list[tuple[str, object]]) -> None:
        if [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())] == items:
            return
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for text, data in items:
            combo.addItem(text, data)
        index = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)
        _fit_popup(combo)
        if current is not None and index < 0:
            self._apply_filter()

    def _fill_queue_combo(self) -> None:
        """Keeps the chosen queue across a refresh; a removed queue falls back to all."""
        combo = self.ui.queueCombo
        current = combo.currentData()
        try:
            names = [q.name for q in self._service.queues()]
        except Exception as exc:
            self._show_read_error(error_text(exc))
            return
        if [combo.itemData(i) for i in range(1, combo.count())] == names and combo.count():
            return
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All queues"), None)
        for name in names:
            combo.addItem(name, name)
        index = combo.findData(current) if current else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)
        if current and index < 0:
            self._apply_filter()

    def current_filter(self) -> TicketFilter:
        """The chosen view, narrowed by the filter bar: a status, queue or assignee chosen
        there replaces the view's own; the sort stays as the header shows it."""
        ui = self.ui
        me = self._service.actor
        flt = view_filter(self.sidebar.current_view() or "open", me.email if me else None)
        search = ui.searchEdit.text().strip()
        flt = replace(flt, search=search or None, priority=ui.priorityCombo.currentData(),
                      mailbox_id=ui.mailboxCombo.currentData(),
                      sort=self.model.ticket_filter.sort,
                      descending=self.model.ticket_filter.descending)
        if ui.statusCombo.currentData():
            flt = replace(flt, status=ui.statusCombo.currentData(), statuses=None)
        if ui.queueCombo.currentData():
            flt = replace(flt, queue=ui.queueCombo.currentData())
        if ui.assigneeCombo.currentData():
            flt = replace(flt, assignee=ui.assigneeCombo.currentData())
        return flt

    def _apply_filter(self) -> None:
        self._search_timer.stop()
        flt = self.current_filter()
        if flt == self.model.ticket_filter:
            return
        try:
            self.model.set_filter(flt)
        except Exception as exc:
            self._show_read_error(self.tr("Search failed: {0}").format(error_text(exc)))
        self._update_count()
        self._follow_list()

    def _follow_list(self) -> None:
        """The pane shows the list's current ticket, or nothing once its ticket left the list."""
        current = self.selected_ticket_id()
        if self.pane.ticket_id is not None and self.pane.ticket_id != current:
            self.pane.show_ticket(current)

    def _update_view_counts(self) -> None:
        """One read-only query; its "queue:<name>" keys are the queues this agent may see."""
        try:
            counts = self._service.view_counts()
        except Exception as exc:
            self._show_read_error(error_text(exc))
            return
        self.sidebar.set_queues([key[len("queue:"):] for key in counts
                                 if key.startswith("queue:")])
        self.sidebar.set_counts(counts)

    def reload(self) -> None:
        """F5: read the list from the first page again, and the open ticket."""
        try:
            self.model.reload()
        except Exception as exc:
            self._show_read_error(error_text(exc))
        self.pane.refresh()
        self._update_count()
        self._update_view_counts()
        self._update_outbox()
        self._update_mailbox_health()

    def _refresh_tickets(self) -> None:
        """The list re-reads the named rows (or, after a STORE event, the rows in view and
        above); the pane only its own ticket. The rows in view stay where they are."""
        ids, whole = self._changed_ids, self._reload_window or len(self._changed_ids) > MAX_NAMED
        self._changed_ids, self._reload_window = set(), False
        anchor = self._scroll_anchor(ids)
        try:
            if whole:
                self.model.reload_window(self._rows_in_use())
            else:
                self.model.refresh_tickets(ids)
        except Exception as exc:
            self._show_read_error(error_text(exc))
        else:
            self._keep_anchor(anchor)
        if whole or self.pane.ticket_id in ids:
            self.pane.refresh()
        self._follow_list()
        self._update_count()
        self._update_view_counts()

    def _rows_in_use(self) -> int:
        """Rows down to the last one shown or the selected one, whichever is lower."""
        view = self.ui.ticketView
        bottom = view.rowAt(view.viewport().height() - 1)
        if bottom < 0:
            bottom = self.model.rowCount() - 1
        return max(bottom, view.currentIndex().row()) + 1

    def _scroll_anchor(self, moving: set[int]) -> tuple[int, int] | None:
        """The first ticket in view that is not about to move, and its position; None at the
        top of the list, where new tickets should come into view."""
        view = self.ui.ticketView
        top = view.rowAt(0)
        if top < 0 or view.verticalScrollBar().value() == 0:
            return None
        bottom = view.rowAt(view.viewport().height() - 1)
        for row in range(top, (bottom if bottom >= 0 else self.model.rowCount() - 1) + 1):
            ticket = self.model.at(row)
            if ticket is not None and ticket.id not in moving:
                return ticket.id, view.rowViewportPosition(row)
        return None

    def _keep_anchor(self, anchor: tuple[int, int] | None) -> None:
        """Scroll so the anchor ticket is where it was, whatever came or went above it."""
        row = self.model.row_of(anchor[0]) if anchor else None
        if row is None:
            return
        view = self.ui.ticketView
        view.updateGeometries()  # the scroll range must already count the new rows
        bar = view.verticalScrollBar()
        bar.setValue(bar.value() + view.rowViewportPosition(row) - anchor[1])

    def _show_read_error(self, text: str) -> None:
        """A store that cannot be read (busy, damaged) is said here; F5 tries again."""
        self.statusBar().showMessage(self.tr("{0} (F5 to try again)").format(text))

    def _update_count(self) -> None:
        total = self.model.total
        self.ui.countLabel.setText(self.tr("1 ticket") if total == 1
                                   else self.tr("{0} tickets").format(format_number(total)))

    def _remember_selection(self) -> None:
        index = self.ui.ticketView.currentIndex()
        self._restore_id = index.data(TicketTableModel.TicketIdRole) if index.isValid() else None

    def _restore_selection(self) -> None:
        """A reset (new or moved tickets) keeps the selected ticket selected, by id."""
        if self._restore_id is None:
            return
        row = self.model.row_of(self._restore_id)
        self._restore_id = None
        if row is None:
            self._follow_list()
            return
        view = self.ui.ticketView
        selection = view.selectionModel()
        selection.blockSignals(True)
        selection.setCurrentIndex(self.model.index(row, 0),
                                  QItemSelectionModel.SelectionFlag.ClearAndSelect
                                  | QItemSelectionModel.SelectionFlag.Rows)
        selection.blockSignals(False)
        view.viewport().update()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """Opening a ticket marks its customer mail read for the signed-in agent."""
        ticket = self.model.at(current.row()) if current.isValid() else None
        self.pane.show_ticket(ticket.id if ticket else None)
        if ticket is not None and ticket.unread:
            asyncio.ensure_future(self._mark_read(ticket.id))

    async def _mark_read(self, ticket_id: int) -> None:
        try:
            await self._service.mark_read(ticket_id)
        except Exception as exc:
            self.statusBar().showMessage(error_text(exc), 10_000)

    def selected_ticket_ids(self) -> list[int]:
        rows = sorted(i.row() for i in self.ui.ticketView.selectionModel().selectedRows())
        return [t.id for t in (self.model.at(r) for r in rows) if t is not None]

    # -- bulk actions -----------------------------------------------------------------------

    def _bulk_menu(self) -> QMenu:
        """Take, Assign to, Status and Queue for every selected ticket: one service call each,
        refused by the core when the role does not allow it (and not offered then)."""
        menu = QMenu(self)
        ids = self.selected_ticket_ids()
        me = self._service.actor
        if not ids:
            menu.addAction(self.tr("No tickets selected")).setEnabled(False)
            return menu
        manager = me is None or me.role in ("admin", "supervisor")
        if me is not None:
            menu.addAction(self.tr("&Take ({0})").format(len(ids)),
                           lambda: self.bulk_update(ids, assignee=me.email))
        if manager:
            assign = menu.addMenu(self.tr("&Assign to"))
            assign.addAction(self.tr("Nobody (unassign)"),
                             lambda: self.bulk_update(ids, assignee="none"))
            for agent in self._service.agents():
                assign.addAction(agent.name, lambda e=agent.email: self.bulk_update(ids, assignee=e))
        status = menu.addMenu(self.tr("&Status"))
        for code in STATUSES:
            status.addAction(status_label(code), lambda c=code: self.bulk_update(ids, status=c))
        if manager:
            queues = menu.addMenu(self.tr("&Queue"))
            for queue in self._service.queues():
                queues.addAction(queue.name,
                                 lambda n=queue.name: self.bulk_update(ids, queue=n))
        return menu

    def bulk_update(self, ids: list[int], **changes) -> asyncio.Future:
        return asyncio.ensure_future(self._bulk_update(ids, changes))

    async def _bulk_update(self, ids: list[int], changes: dict) -> None:
        try:
            await self._service.update_tickets(ids, **changes)
        except Exception as exc:
            show_error(self, self.tr("Tickets not changed"), exc)
            return
        self.statusBar().showMessage(self.tr("{0} tickets changed.").format(len(ids))
                                     if len(ids) != 1 else self.tr("1 ticket changed."), 5_000)

    def selected_ticket_id(self) -> int | None:
        index = self.ui.ticketView.currentIndex()
        return index.data(TicketTableModel.TicketIdRole) if index.isValid() else None

    def select_ticket(self, ticket_id: int) -> bool:
        """Select a ticket in the list, loading further pages until it shows up."""
        row = self.model.row_of(ticket_id)
        while row is None and self.model.canFetchMore():
            self.model.fetchMore()
            row = self.model.row_of(ticket_id)
        if row is None:
            return False
        view = self.ui.ticketView
        view.selectionModel().setCurrentIndex(
            self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        view.scrollTo(self.model.index(row, 0))
        return True

    # -- keyboard and layout ----------------------------------------------------------------

    def _make_shortcuts(self) -> list[QShortcut]:
        """Keys of the list; each says what it does (Help → Keyboard shortcuts reads them)."""
        view = self.ui.ticketView
        made = []
        for keys, what, slot, widget in (
                ("J", self.tr("Next ticket"), lambda: self._move(1), view),
                ("K", self.tr("Previous ticket"), lambda: self._move(-1), view),
                ("Return", self.tr("Read the selected ticket"), self._open_current, view),
                ("Esc", self.tr("Close the ticket (in the list)"), self._close_pane, view),
                ("Esc", self.tr("Clear the search (in the search box)"), self._clear_search,
                 self.ui.searchEdit),
                ("Shift+F10", self.tr("Actions for the selected tickets"), self._menu_at_current,
                 view)):
            shortcut = QShortcut(QKeySequence(keys), widget, context=Qt.ShortcutContext
                                 .WidgetShortcut)
            shortcut.setWhatsThis(what)
            shortcut.activated.connect(slot)
            made.append(shortcut)
        return made

    def _move(self, step: int) -> None:
        view = self.ui.ticketView
        row = view.currentIndex().row() + step if view.currentIndex().isValid() else 0
        if row >= self.model.rowCount() and self.model.canFetchMore():
            self.model.fetchMore()
        if 0 <= row < self.model.rowCount():
            view.setCurrentIndex(self.model.index(row, TicketTableModel.SUBJECT))

    def _open_current(self) -> None:
        if self.selected_ticket_id() is not None:
            self.ui.actionShowPane.setChecked(True)
            self.pane.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _close_pane(self) -> None:
        self.ui.ticketView.selectionModel().clear()
        self.pane.show_ticket(None)

    def _clear_search(self) -> None:
        self.ui.searchEdit.clear()
        self._apply_filter()
        self.ui.ticketView.setFocus()

    def _menu_at_current(self) -> None:
        view = self.ui.ticketView
        rect = view.visualRect(view.currentIndex())
        self._bulk_menu().popup(view.viewport().mapToGlobal(rect.center()))

    def _header_menu(self, pos) -> None:
        """Hide or show columns (not Subject, which takes the spare width)."""
        header = self.ui.ticketView.horizontalHeader()
        menu = QMenu(self)
        for column in range(self.model.columnCount()):
            if column == TicketTableModel.SUBJECT:
                continue
            action = menu.addAction(self.model.headerData(column, Qt.Orientation.Horizontal))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(lambda on, c=column: header.setSectionHidden(c, not on))
        menu.popup(header.mapToGlobal(pos))

    def _restore_layout(self) -> None:
        settings = QSettings()
        ui = self.ui
        for action, key in ((ui.actionShowSidebar, "sidebar"), (ui.actionShowPane, "pane"),
                            (ui.actionPaneBelow, "below")):
            action.setChecked(settings.value(LAYOUT_KEYS[key], key != "below", type=bool))
        self._layout_changed()

    def _layout_changed(self) -> None:
        """Sidebar and pane shown or not, the pane beside or below the list; remembered."""
        ui = self.ui
        self.sidebar.setVisible(ui.actionShowSidebar.isChecked())
        self.pane.setVisible(ui.actionShowPane.isChecked())
        below = ui.actionPaneBelow.isChecked()
        orientation = Qt.Orientation.Vertical if below else Qt.Orientation.Horizontal
        if ui.splitter.orientation() != orientation:
            ui.splitter.setOrientation(orientation)
            total = sum(ui.splitter.sizes()) or 1000
            ui.splitter.setSizes([total * 45 // 100, total * 55 // 100] if below
                                 else [total * 3 // 5, total * 2 // 5])
        settings = QSettings()
        for action, key in ((ui.actionShowSidebar, "sidebar"), (ui.actionShowPane, "pane"),
                            (ui.actionPaneBelow, "below")):
            settings.setValue(LAYOUT_KEYS[key], action.isChecked())

    def show_shortcuts(self) -> ShortcutsDialog:
        dialog = ShortcutsDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _focus_search(self) -> None:
        self.ui.searchEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.searchEdit.selectAll()

    # -- status bar -------------------------------------------------------------------------

    def _core_state(self, text: str, serving: bool) -> None:
        self._core_label.setText(text)
        self._core_label.setToolTip(
            self.tr("This window runs the mail core for its data folder.") if serving else
            self.tr("Another process runs the mail core, or it could not start; this window "
                    "reads and writes the store and checks it for changes twice a second."))

    def _core_event(self, detail: str) -> None:
        """Besides "started" and "stopped", the core reports failures as one line."""
        if detail not in ("started", "stopped"):
            self.statusBar().showMessage(detail, 30_000)

    def _update_outbox(self) -> None:
        """Why mail waits, one part per reason: '16 waiting: no outgoing relay is set ·
        1 failed: cannot resolve host'; the tooltip has each reason whole, and a click opens
        the Outbox."""
        button = self._outbox_button
        try:
            groups = self._service.outbox_reasons()
        except Exception as exc:
            button.setText(error_text(exc))
            button.show()
            return
        parts, tips = [], []
        for state, reason, rows in groups:
            text = (self.tr("{0} waiting") if state == "queued"
                    else self.tr("{0} failed")).format(rows)
            parts.append(f"{text}: {_first_clause(reason)}" if reason else text)
            tips.append(f"{text}: {reason}" if reason else text)
        shown = parts[:MAX_OUTBOX_REASONS] + (["…"] if len(parts) > MAX_OUTBOX_REASONS else [])
        button.setText("  ·  ".join(shown).replace("&", "&&"))
        button.setToolTip("\n".join(tips + [self.tr("Click to open the Outbox.")]) if tips else "")
        button.setVisible(bool(parts))
        set_style_property(button, "failed",
                           "true" if any(g[0] == "failed" for g in groups) else "false")

    def _update_mailbox_health(self) -> None:
        """Names the first mailbox that needs a person (an error, or Google's consent again);
        the tooltip lists them all, and a click opens Settings → Email channel."""
        button = self._mailbox_button
        try:
            troubled = [m for m in self._service.mailboxes() if needs_attention(m)]
        except Exception as exc:
            troubled, text = [], error_text(exc)
        else:
            text = ""
        if troubled:
            first = troubled[0]
            label = (self.tr("{0} needs re-authorization") if first.health.state == "needs_reauth"
                     else self.tr("{0} has an error")).format(first.address)
            more = len(troubled) - 1
            text = label + (self.tr(" (and {0} more)").format(more) if more else "")
            button.setToolTip("\n".join(f"{m.address}: {health_text(m)}" for m in troubled)
                              + "\n" + self.tr("Click to open Settings → Email channel."))
        button.setText(text.replace("&", "&&"))
        button.setVisible(bool(text))

    # -- presence ---------------------------------------------------------------------------

    def _presence_toggled(self, online: bool) -> None:
        if online != self._presence.online:
            self._presence.set_online(online)

    def _show_offline_banner(self, text: str) -> None:
        self.ui.presenceBannerLabel.setText(text)
        self.ui.presenceBanner.show()

    def _show_presence(self, online: bool) -> None:
        if online:
            self.ui.presenceBanner.hide()
        action = self.ui.actionOnline
        action.blockSignals(True)
        action.setChecked(online)
        action.blockSignals(False)
        action.setText(self.tr("&Online") if online else self.tr("&Offline"))
        action.setToolTip(self.tr("You are online: new tickets can be assigned to you. "
                                  "Click to go offline (Ctrl+Shift+O).") if online else
                          self.tr("You are offline. Click to go online and receive new "
                                  "tickets (Ctrl+Shift+O)."))

    # -- dialogs ----------------------------------------------------------------------------

    def open_settings(self) -> SettingsDialog:
        if self._settings is None:
            self._settings = SettingsDialog(self._service, self._bridge, self._core, self)
            self._settings.personal.idle_minutes_changed.connect(
                lambda minutes: setattr(self._presence, "idle_minutes", minutes))
        self._settings.open()
        self._settings.raise_()
        self._settings.activateWindow()
        return self._settings

    def open_outbox(self) -> OutboxView:
        """Not modal: failed replies can be retried while their tickets are looked at."""
        if self._outbox is None:
            self._outbox = OutboxView(self._service, self._bridge, self)
            self._outbox.ticket_requested.connect(self._show_outbox_ticket)
        self._outbox.reload()
        self._outbox.show()
        self._outbox.raise_()
        self._outbox.activateWindow()
        return self._outbox

    def _show_outbox_ticket(self, ticket_id: int) -> None:
        if not self.select_ticket(ticket_id):
            self.statusBar().showMessage(self.tr(
                "Ticket {0} is not in the list with the current filters.").format(
                    format_serial(ticket_id)), 10_000)
        self.activateWindow()

    def _about(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("About StringeeX Desktop"),
                          self.tr("StringeeX Desktop\n\nThe email channel of a contact center: "
                                  "internal email, Gmail and SMTP email in one ticket list.\n\n"
                                  "Licensed under the GNU GPL, version 3 or later."),
                          QMessageBox.StandardButton.Ok, self)
        box.setInformativeText(self.tr("Version {0}. Its components and their licences are "
                                       "under Show Details; the installed app keeps their full "
                                       "texts in its licenses folder.").format(__version__))
        box.setDetailedText("\n".join(f"{c.name} {c.version}: {c.license}"
                                       for c in components()))
        box.setIconPixmap(QIcon(":/icons/app.svg").pixmap(64, 64))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # -- the tray ----------------------------------------------------------------------------

    def bring_up(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def open_ticket(self, ticket_id: int) -> None:
        """A notification's ticket (0: a group of them, which the list shows)."""
        self.bring_up()
        if ticket_id:
            self._show_outbox_ticket(ticket_id)

    def quit(self) -> None:
        self._quitting = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        """With "keep running in the tray" on, closing hides the window; Quit quits."""
        QSettings().setValue(HEADER_KEY, self.ui.ticketView.horizontalHeader().saveState())
        if not self._quitting and self.tray.isVisible() and preferences.close_to_tray():
            event.ignore()
            self.hide()
            self.tray.showMessage(self.tr("StringeeX Desktop is still running"),
                                  self.tr("New tickets still reach you here. Quit from this "
                                          "icon's menu."), self.windowIcon(), 5_000)
            return
        self.tray.hide()
        self.closing.emit()
        event.accept()


def _fit_popup(combo) -> None:
    """The combo stays narrow in the filter bar; its list opens wide enough to read."""
    combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)


def _first_clause(reason: str) -> str:
    """'No outgoing relay is set: add one in …' -> 'no outgoing relay is set' for the bar."""
    clause = reason.split(": ")[0]
    return clause[0].lower() + clause[1:] if clause[1:2].islower() else clause
