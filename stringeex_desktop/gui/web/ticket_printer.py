"""Print or export a ticket through Qt's print support, from a page nobody sees."""

from __future__ import annotations

from PySide6.QtCore import QMarginsF, QObject, Qt, Signal
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWebEngineWidgets import QWebEngineView

from ...core.models import Ticket
from .message_page import MessagePage
from .message_profile import MessageProfile
from .print_document import ticket_document


class TicketPrinter(QObject):
    """One job at a time: the ticket's printable document is loaded into an offscreen view of
    the message profile (JavaScript off, remote content blocked, navigation refused), then
    printed to a printer or written as PDF. `finished(ok, where)` says how it ended."""

    finished = Signal(bool, str)  # ok, the PDF's path or the printer's name

    def __init__(self, profile: MessageProfile, parent: QObject | None = None):
        super().__init__(parent)
        self._profile = profile
        self._view: QWebEngineView | None = None
        self._printer: QPrinter | None = None  # Qt only borrows it while printing

    @property
    def busy(self) -> bool:
        return self._view is not None

    def export_pdf(self, ticket: Ticket, path: str) -> None:
        view = self._load(ticket)
        layout = QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                             QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
        view.page().pdfPrintingFinished.connect(lambda _path, ok: self._done(ok, path))
        view.loadFinished.connect(
            lambda ok: view.page().printToPdf(path, layout) if ok else self._done(False, path))

    def print(self, ticket: Ticket, printer: QPrinter) -> None:
        view = self._load(ticket)
        self._printer = printer
        name = printer.printerName() or printer.outputFileName()
        view.printFinished.connect(lambda ok: self._done(ok, name))
        view.loadFinished.connect(
            lambda ok: view.print(printer) if ok else self._done(False, name))

    def _load(self, ticket: Ticket) -> QWebEngineView:
        if self._view is not None:
            raise RuntimeError("a print job is still running")
        view = QWebEngineView()
        view.setPage(MessagePage(self._profile, view))
        view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
        view.resize(800, 1000)  # layout width for the document
        view.show()  # printing needs a live render widget, even one never on screen
        self._view = view
        view.page().load_html(ticket_document(ticket))
        return view

    def _done(self, ok: bool, where: str) -> None:
        view, self._view, self._printer = self._view, None, None
        if view is not None:
            view.deleteLater()
        self.finished.emit(ok, where)
