"""File → Export as PDF and Print of the open ticket, read back with Qt's PDF module."""

from __future__ import annotations

from pathlib import Path

from mailmaker import make_mail
from PySide6.QtCore import QSize
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter


def pdf_text(path: Path) -> str:
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    text = "\n".join(document.getAllText(page).text() for page in range(document.pageCount()))
    document.close()
    return text


def three_message_ticket(portal, internal, run) -> int:
    first = make_mail(to=internal.address, subject="Printer on fire in room 4",
                      message_id="<p1@example.com>",
                      html="<p>The <b>printer</b> is on fire.</p>"
                           "<img src='http://tracker.example/pixel.gif'>")
    ticket_id = run(portal.deliver(first, [internal.id], "carol@example.com")).ticket_id
    run(portal.add_note(ticket_id, portal.actor.email, "Called facilities at 9:40."))
    second = make_mail(to=internal.address, subject="Re: Printer on fire in room 4",
                       in_reply_to="<p1@example.com>", message_id="<p2@example.com>",
                       body="It is out now, thanks. Only smoke left.")
    assert run(portal.deliver(second, [internal.id], "carol@example.com")).ticket_id == ticket_id
    return ticket_id


def test_export_pdf_of_a_three_message_ticket(make_window, portal, internal, run, qtbot,
                                               tmp_path):
    ticket_id = three_message_ticket(portal, internal, run)
    window, _core, _presence = make_window()
    assert window.select_ticket(ticket_id)
    target = tmp_path / "ticket.pdf"
    chooser = window.printing.ask_export()
    with qtbot.waitSignal(window.printing.printer.finished, timeout=30_000) as done:
        chooser.fileSelected.emit(str(target))
    assert done.args == [True, str(target)]
    chooser.reject()
    assert target.read_bytes().startswith(b"%PDF")
    text = pdf_text(target)
    flat = " ".join(text.split())
    assert "Printer on fire in room 4" in flat
    assert "The printer is on fire." in flat
    assert "Called facilities at 9:40." in flat and "internal note" in flat.lower()
    assert "It is out now, thanks." in flat
    assert flat.count("Carol Customer") >= 2  # each message with its sender
    assert window.statusBar().currentMessage().startswith("Printed to")


def test_print_goes_through_qt_print_support(make_window, portal, internal, run, qtbot,
                                             tmp_path):
    """A printer writing to a file stands in for a real one: the same QPrinter path. (The
    dialog's own OK would re-apply its printer list, which is empty on a test machine.)"""
    ticket_id = three_message_ticket(portal, internal, run)
    window, _core, _presence = make_window()
    assert window.select_ticket(ticket_id)
    dialog = window.printing.ask_print()
    printer = dialog.printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(target))
    with qtbot.waitSignal(window.printing.printer.finished, timeout=30_000) as done:
        dialog.accepted.emit(printer)
    dialog.reject()
    assert done.args[0] is True
    document = QPdfDocument()  # QtWebEngine prints pages as pictures: check there is ink
    assert document.load(str(target)) == QPdfDocument.Error.None_
    assert document.pageCount() >= 1
    page = document.render(0, QSize(300, 420))
    dark = sum(1 for x in range(0, 300, 3) for y in range(0, 420, 3)
               if page.pixelColor(x, y).lightness() < 128)
    document.close()
    assert dark > 50


def test_without_a_ticket_the_status_bar_says_what_to_do(make_window):
    window, _core, _presence = make_window()
    window.ui.actionExportPdf.trigger()
    assert window.statusBar().currentMessage() == "Select a ticket to print it."
    assert window.printing.dialog is None
