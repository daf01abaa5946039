"""File → Print… and Export as PDF… of the ticket open in the pane."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QMainWindow

from ...core.models import Ticket
from ...core.service import Service
from ..web.message_profile import MessageProfile
from ..web.ticket_printer import TicketPrinter
from ..widgets.common import show_error
from .ticket_pane import TicketPane


class PrintActions(QObject):
    """The ticket is read afresh when asked, so what prints is what the store holds, every
    message at full length. Without an open ticket the status bar says what to do."""

    def __init__(self, service: Service, profile: MessageProfile, pane: TicketPane,
                 print_action: QAction, export_action: QAction, window: QMainWindow):
        super().__init__(window)
        self._service = service
        self._pane = pane
        self._window = window
        self.printer = TicketPrinter(profile, self)
        self.printer.finished.connect(self._finished)
        self.dialog: QFileDialog | QPrintDialog | None = None
        self._qprinter: QPrinter | None = None
        print_action.triggered.connect(self.ask_print)
        export_action.triggered.connect(self.ask_export)

    def _ticket(self) -> Ticket | None:
        if self._pane.ticket_id is None or self.printer.busy:
            self._window.statusBar().showMessage(
                self.tr("Still printing the last ticket; try again in a moment.")
                if self.printer.busy else self.tr("Select a ticket to print it."), 10_000)
            return None
        try:
            return self._service.ticket(self._pane.ticket_id, with_messages=True)
        except Exception as exc:
            show_error(self._window, self.tr("Print"), exc)
            return None

    def ask_export(self) -> QFileDialog | None:
        ticket = self._ticket()
        if ticket is None:
            return None
        dialog = QFileDialog(self._window, self.tr("Export ticket as PDF"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("pdf")
        dialog.setNameFilters([self.tr("PDF document (*.pdf)")])
        dialog.selectFile(f"ticket-{ticket.serial.lstrip('#')}.pdf")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda path: self._start(
            lambda: self.printer.export_pdf(ticket, path)))
        self.dialog = dialog
        dialog.open()
        return dialog

    def ask_print(self) -> QPrintDialog | None:
        ticket = self._ticket()
        if ticket is None:
            return None
        self._qprinter = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(self._qprinter, self._window)
        dialog.setWindowTitle(self.tr("Print ticket {0}").format(ticket.serial))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        printer = self._qprinter
        dialog.accepted.connect(
            lambda *_: self._start(lambda: self.printer.print(ticket, printer)))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog = dialog
        dialog.show()  # PySide6's QPrintDialog.open wants a slot; show() is the same here
        return dialog

    def _start(self, job) -> None:
        job()
        self._window.statusBar().showMessage(self.tr("Preparing the ticket for printing…"))

    def _finished(self, ok: bool, where: str) -> None:
        if ok:
            self._window.statusBar().showMessage(self.tr("Printed to {0}").format(where), 10_000)
        else:
            self._window.statusBar().clearMessage()
            show_error(self._window, self.tr("Print"),
                       self.tr("The ticket could not be printed to {0}.").format(where))
