"""The ticket list as a paged table model: windows of SQL rows, never the whole table."""

from __future__ import annotations

import bisect
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from typing import Iterable

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QFont, QIcon

from ...core.models import Ticket, TicketFilter
from ...core.service import Service
from ..widgets.common import error_text, format_time, priority_label, status_label
from ..widgets.row_table_model import ModelIndex, RowTableModel

PAGE_SIZE = 200
EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
MICROSECOND = timedelta(microseconds=1)


def _order_key(ticket: Ticket) -> tuple[int, int]:
    """Ascending along the list, which is newest first (as the store orders it)."""
    updated = (ticket.updated_at - EPOCH) // MICROSECOND if ticket.updated_at else 0
    return -updated, -ticket.id


class TicketTableModel(RowTableModel):
    """Newest first, as the service orders them; the view pulls more rows as it scrolls
    (canFetchMore/fetchMore), each page one read-only service call (DESIGN.md section 8)."""

    SERIAL, SUBJECT, REQUESTER, QUEUE, ASSIGNEE, PRIORITY, STATUS, UPDATED = range(8)
    SORT_KEYS = ("serial", "subject", "requester", "queue", "assignee", "priority", "status",
                 "updated")  # per column: TicketFilter.sort
    TicketIdRole = Qt.ItemDataRole.UserRole + 1
    BadgeRole = Qt.ItemDataRole.UserRole + 2  # the status or priority code a delegate colours
    DraftRole = Qt.ItemDataRole.UserRole + 3  # the signed-in agent has a draft reply on it
    _ROLES = frozenset((Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                        Qt.ItemDataRole.FontRole, Qt.ItemDataRole.DecorationRole,
                        TicketIdRole, BadgeRole, DraftRole))

    page_failed = Signal(str)  # a page the view asked for could not be read (e.g. StoreError)

    def __init__(self, service: Service, parent: QObject | None = None, *,
                 page_size: int = PAGE_SIZE):
        super().__init__(parent)
        self._service = service
        self._page_size = page_size
        self._filter = TicketFilter()
        self._rows: list[Ticket] = []
        self._total = 0
        self._stalled = False  # a page failed: no more until the list is read again
        self._headers = (self.tr("Serial"), self.tr("Subject"), self.tr("Requester"),
                         self.tr("Queue"), self.tr("Assignee"), self.tr("Priority"),
                         self.tr("Status"), self.tr("Updated"))
        self._bold = QFont()
        self._bold.setBold(True)
        self._drafts: set[int] = set()
        self._pencil = QIcon(":/icons/draft.svg")

    # -- loading --------------------------------------------------------------------------

    @property
    def ticket_filter(self) -> TicketFilter:
        return self._filter

    @property
    def total(self) -> int:
        """Tickets matching the filter, loaded or not."""
        return self._total

    def set_filter(self, flt: TicketFilter) -> None:
        """The list keeps its old filter when the new one cannot be read."""
        old, self._filter = self._filter, flt
        try:
            self.reload()
        except Exception:
            self._filter = old
            raise

    def reload(self) -> None:
        """Back to the first page (a new filter, or F5)."""
        rows = self._service.tickets(self._filter, 0, self._page_size)
        total = self._service.ticket_count(self._filter)
        self.beginResetModel()
        self._rows, self._total, self._stalled = rows, total, False
        self.endResetModel()
        self._read_drafts()

    def _read_drafts(self) -> None:
        """The pencils: a draft saved or sent names its ticket in a TICKETS event."""
        actor = self._service.actor
        try:
            drafts = self._service.draft_ticket_ids(actor.email) if actor else set()
        except Exception:
            return
        flipped, self._drafts = drafts ^ self._drafts, drafts
        for ticket_id in flipped:
            row = self.row_of(ticket_id)
            if row is not None:
                index = self.index(row, self.SUBJECT)
                self.dataChanged.emit(index, index)

    def refresh_tickets(self, ids: Iterable[int]) -> None:
        """Re-read just the named tickets (one query): a changed row moves to its place in the
        order, a row that left the filter goes, a ticket new to it comes in where it sorts.

        Rows move rather than reset, so the view keeps its selection; the loaded rows stay
        the first N of the order, which `fetchMore`'s offsets rely on.
        """
        ids = set(ids)
        if not ids:
            return
        self._read_drafts()
        if (self._filter.sort, self._filter.descending) != ("updated", True):
            self.reload_window(max(len(self._rows) - self._page_size, 0))  # no bisect by column
            return
        fresh = {t.id: t for t in self._service.tickets_by_ids(ids, self._filter)}
        more = len(self._rows) < self._total
        left_or_came = False
        for ticket_id in [t.id for t in self._rows if t.id in ids]:
            row = self.row_of(ticket_id)  # where it is now: earlier moves shift rows
            ticket = fresh.pop(ticket_id, None)
            if ticket is None:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self.endRemoveRows()
                left_or_came = True
            else:
                left_or_came |= self._place(row, ticket, more)
        for ticket in fresh.values():  # not loaded: new to the filter, or below the window
            left_or_came = True
            place = self._sorted_place(ticket)
            if place < len(self._rows) or not more:
                self.beginInsertRows(QModelIndex(), place, place)
                self._rows.insert(place, ticket)
                self.endInsertRows()
        if left_or_came:
            self._total = self._service.ticket_count(self._filter)

    def _place(self, row: int, ticket: Ticket, more: bool) -> bool:
        """Put a loaded ticket's new values where they sort; True when it left the window."""
        place = self._sorted_place(ticket, without=row)
        if place == len(self._rows) - 1 and more:  # now sorts below the loaded rows
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()
            return True
        if place != row:
            self.beginMoveRows(QModelIndex(), row, row, QModelIndex(),
                               place if place < row else place + 1)
            del self._rows[row]
            self._rows.insert(place, ticket)
            self.endMoveRows()
        else:
            self._rows[row] = ticket
        self.dataChanged.emit(self.index(place, 0), self.index(place, len(self._headers) - 1))
        return False

    def _sorted_place(self, ticket: Ticket, without: int | None = None) -> int:
        """Where `ticket` goes among the loaded rows (newest first), leaving out row `without`."""
        rows = self._rows if without is None else self._rows[:without] + self._rows[without + 1:]
        return bisect.bisect_left(rows, _order_key(ticket), key=_order_key)

    def reload_window(self, keep: int) -> None:
        """Re-read the first `keep` rows and a page more, so the view need not fetch at once
        (another process changed the store: any row may have changed). A window with the same
        tickets keeps its rows, else it resets and the view restores its selection and scroll
        position by ticket id; the rows below it are read again on demand."""
        wanted = keep + self._page_size
        self._read_drafts()
        rows = self._service.tickets(self._filter, 0, wanted)
        total = self._service.ticket_count(self._filter)
        self._stalled = False
        if [t.id for t in rows] != [t.id for t in self._rows[:wanted]]:
            self.beginResetModel()
            self._rows, self._total = rows, total
            self.endResetModel()
            return
        self._total = total
        if len(self._rows) > len(rows):
            self.beginRemoveRows(QModelIndex(), len(rows), len(self._rows) - 1)
            del self._rows[len(rows):]
            self.endRemoveRows()
        changed = [i for i, (old, new) in enumerate(zip(self._rows, rows)) if old != new]
        self._rows = rows
        if changed:
            self.dataChanged.emit(self.index(changed[0], 0),
                                  self.index(changed[-1], len(self._headers) - 1))

    def canFetchMore(self, parent: ModelIndex = QModelIndex()) -> bool:
        return not parent.isValid() and not self._stalled and len(self._rows) < self._total

    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:
        """Called by the view as it scrolls, so a failure is reported, never raised."""
        if parent.isValid():
            return
        try:
            page = self._service.tickets(self._filter, len(self._rows), self._page_size)
        except Exception as exc:
            self._stalled = True
            self.page_failed.emit(error_text(exc))
            return
        known = {t.id for t in self._rows}
        page = [t for t in page if t.id not in known]  # tickets that moved up meanwhile
        if not page:
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    # -- Qt model API ---------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorted by the store (an ORDER BY over every matching ticket), not by the view."""
        if not 0 <= column < len(self.SORT_KEYS):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (self._filter.sort, self._filter.descending) != (self.SORT_KEYS[column], descending):
            self.set_filter(replace(self._filter, sort=self.SORT_KEYS[column],
                                    descending=descending))

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role not in self._ROLES:  # a repaint asks for a dozen roles per cell: answer fast
            return None
        ticket = self.at(index.row()) if index.isValid() else None
        if ticket is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(ticket, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(ticket, column)
        if role == Qt.ItemDataRole.FontRole and ticket.unread:
            return self._bold
        if role == self.BadgeRole:
            if column == self.STATUS:
                return ticket.status
            if column == self.PRIORITY and ticket.priority in ("high", "urgent"):
                return ticket.priority
            return None
        if role == self.TicketIdRole:
            return ticket.id
        if role == self.DraftRole:
            return ticket.id in self._drafts
        if (role == Qt.ItemDataRole.DecorationRole and column == self.SUBJECT
                and ticket.id in self._drafts):
            return self._pencil
        return None

    def _tooltip(self, ticket: Ticket, column: int) -> str | None:
        if column == self.REQUESTER:
            return str(ticket.requester)
        if column == self.ASSIGNEE:
            return (f"{ticket.assignee_name} <{ticket.assignee}>" if ticket.assignee
                    else self.tr("Nobody works this ticket yet."))
        if column == self.SUBJECT:
            return ticket.subject + ("\n" + self.tr("New customer mail since you last opened it.")
                                     if ticket.unread else "")
        if column == self.UPDATED:
            return format_time(ticket.updated_at, "long")
        return None

    def _display(self, ticket: Ticket, column: int) -> str | None:
        if column == self.SERIAL:
            return ticket.serial
        if column == self.SUBJECT:
            return ticket.subject
        if column == self.REQUESTER:
            return ticket.requester.name or ticket.requester.email
        if column == self.QUEUE:
            return ticket.queue or ""
        if column == self.ASSIGNEE:
            return (ticket.assignee_name or ticket.assignee) if ticket.assignee \
                else self.tr("Unassigned")
        if column == self.PRIORITY:
            return priority_label(ticket.priority)
        if column == self.STATUS:
            return status_label(ticket.status)
        if column == self.UPDATED:
            return format_time(ticket.updated_at)
        return None
