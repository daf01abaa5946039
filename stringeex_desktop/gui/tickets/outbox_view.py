"""The outbox window: what is waiting to be sent, what failed and why, and Retry."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QWidget
from qasync import asyncSlot

from ...core.service import Service
from ..bridge import EventBridge
from ..forms.ui_outbox_view import Ui_OutboxView
from ..widgets.common import error_text, set_message
from .outbox_table_model import OutboxTableModel


class OutboxView(QDialog):
    """Not modal: the agent can keep it open beside the tickets. It re-reads the outbox on
    every outbox or store event, keeping the selection by item id."""

    ticket_requested = Signal(int)  # ticket id, for the main window to select

    def __init__(self, service: Service, bridge: EventBridge, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_OutboxView()
        self.ui.setupUi(self)
        self.setWindowIcon(QIcon(":/icons/app.svg"))
        self._service = service
        self._busy = False
        self.model = OutboxTableModel(service, self)
        view = self.ui.outboxView
        view.setModel(self.model)
        header = view.horizontalHeader()
        for column, width in ((OutboxTableModel.TICKET, 70), (OutboxTableModel.TO, 150),
                              (OutboxTableModel.VIA, 150), (OutboxTableModel.STATE, 64),
                              (OutboxTableModel.ATTEMPTS, 64), (OutboxTableModel.NEXT, 110)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(OutboxTableModel.ERROR, QHeaderView.ResizeMode.Stretch)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)

        close = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close)
        close.setAutoDefault(False)  # Enter in the table opens a ticket, it does not close
        close.setDefault(False)
        self.ui.retryButton.clicked.connect(self.retry_selected)
        self.ui.retryAllButton.clicked.connect(self.retry_all)
        self.ui.openButton.clicked.connect(self._open_ticket)
        view.activated.connect(lambda *_: self._open_ticket())  # double-click or Enter
        view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        view.selectionModel().currentRowChanged.connect(lambda *_: self._show_detail())
        for signal in (bridge.outbox_changed, bridge.mailboxes_changed, bridge.store_changed):
            signal.connect(self.reload)
        set_message(self.ui.errorLabel)
        self.reload()

    def reload(self) -> None:
        selected = self.selected_ids()
        try:
            self.model.reload()
        except Exception as exc:
            set_message(self.ui.errorLabel, error_text(exc))
            return
        view = self.ui.outboxView
        for item_id in selected:
            row = self.model.row_of(item_id)
            if row is not None:
                view.selectRow(row)
        self.ui.emptyLabel.setVisible(self.model.rowCount() == 0)
        self._update_buttons()
        self._show_detail()

    def _show_detail(self) -> None:
        """The whole of the current row's last error, which the table cuts short."""
        index = self.ui.outboxView.currentIndex()
        item = self.model.at(index.row()) if index.isValid() else None
        if item is None or not item.last_error:
            set_message(self.ui.detailLabel)
            return
        set_message(self.ui.detailLabel, self.tr("{0}, to {1}: {2}").format(
            self.model.data(self.model.index(index.row(), OutboxTableModel.TICKET)) or
            self.tr("Message"), ", ".join(item.recipients), item.last_error),
            role="error" if item.state == "failed" else "hint")

    def selected_ids(self) -> list[int]:
        return [index.data(OutboxTableModel.ItemIdRole)
                for index in self.ui.outboxView.selectionModel().selectedRows()]

    def _update_buttons(self) -> None:
        failed = set(self.model.failed_ids())
        selected = self.selected_ids()
        self.ui.retryButton.setEnabled(not self._busy and any(i in failed for i in selected))
        self.ui.retryAllButton.setEnabled(not self._busy and bool(failed))
        index = self.ui.outboxView.currentIndex()
        self.ui.openButton.setEnabled(
            index.isValid() and index.data(OutboxTableModel.TicketIdRole) is not None)

    def _open_ticket(self) -> None:
        index = self.ui.outboxView.currentIndex()
        ticket_id = index.data(OutboxTableModel.TicketIdRole) if index.isValid() else None
        if ticket_id is not None:
            self.ticket_requested.emit(ticket_id)

    @asyncSlot()
    async def retry_selected(self) -> None:
        failed = set(self.model.failed_ids())
        await self._retry([i for i in self.selected_ids() if i in failed])

    @asyncSlot()
    async def retry_all(self) -> None:
        await self._retry(self.model.failed_ids())

    async def _retry(self, item_ids: list[int]) -> None:
        """One row after the other; a refusal stops there and says why."""
        if self._busy or not item_ids:
            return
        self._busy = True
        self._update_buttons()
        set_message(self.ui.errorLabel)
        try:
            for item_id in item_ids:
                await self._service.retry_outbox(item_id)
        except Exception as exc:
            set_message(self.ui.errorLabel, self.tr("Retry failed: {0}").format(error_text(exc)))
        finally:
            self._busy = False
            self.reload()
