"""The main window end to end: mail through the running core's SMTP listener shows up live."""

from __future__ import annotations

import asyncio
import os
import signal
import smtplib
import time
from email.message import EmailMessage

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWebEngineCore import QWebEngineScript

from stringeex_desktop.core.models import AutoReply
from stringeex_desktop.gui import smoke
from stringeex_desktop.gui.tickets.ticket_table_model import TicketTableModel

SUBJECT = TicketTableModel.SUBJECT


def send_mail(host: str, port: int, to: str, subject: str, sender: str = "lan@example.org"):
    msg = EmailMessage()
    msg["From"] = f"Lan Pham <{sender}>"
    msg["To"] = to
    msg["Subject"] = subject
    msg.set_content(f"Hello, this is about: {subject}")
    with smtplib.SMTP(host, port, timeout=10) as client:
        client.send_message(msg)


def deliver_over_smtp(run, core, to: str, subject: str, **kwargs):
    """smtplib blocks, so it runs in a thread while the loop serves the core's listener."""
    host, port = core.bound["smtp"]
    loop = asyncio.get_event_loop()
    run(loop.run_in_executor(None, lambda: send_mail(host, port, to, subject, **kwargs)))


@pytest.fixture
def mailbox(portal, run):
    return run(portal.add_internal_mailbox("support", name="Acme Support", queue="Support"))


def row_subjects(window):
    model = window.model
    return [model.data(model.index(r, SUBJECT)) for r in range(model.rowCount())]


def test_mail_through_the_core_appears_without_restart(make_window, mailbox, run, qtbot):
    window, core, _ = make_window()
    assert run(core.start()) is True
    assert core.serving and "Core running" in window._core_label.text()
    assert window.model.rowCount() == 0

    deliver_over_smtp(run, core, mailbox.address, "My order never arrived")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=5000)
    assert row_subjects(window) == ["My order never arrived"]
    assert window.ui.countLabel.text() == "1 ticket"

    window.select_ticket(window.model.at(0).id)
    selected = window.selected_ticket_id()
    qtbot.waitUntil(lambda: window.pane.ticket_id == selected)
    assert window.pane.ui.subjectLabel.text() == "My order never arrived"

    deliver_over_smtp(run, core, mailbox.address, "Second question", sender="bob@example.net")
    qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=5000)
    assert row_subjects(window) == ["Second question", "My order never arrived"]
    assert window.selected_ticket_id() == selected  # the selection followed its ticket
    assert window.ui.ticketView.currentIndex().row() == 1


def test_unknown_recipient_is_refused(make_window, mailbox, run):
    window, core, _ = make_window()
    run(core.start())
    with pytest.raises(smtplib.SMTPRecipientsRefused):
        deliver_over_smtp(run, core, "nobody@acme.stringeex.test", "Hello?")
    assert window.model.rowCount() == 0


def test_busy_port_keeps_the_window_running_as_a_client(make_window, run, qtbot):
    first, core, _ = make_window()
    assert run(core.start())
    second, other, _ = make_window(smtp=("127.0.0.1", core.bound["smtp"][1]))
    assert run(other.start()) is False  # the folder's lock is held by the first core
    assert second._core_label.text().startswith("Client of a running core")


def test_search_status_and_queue_filters(make_window, mailbox, portal, run, qtbot):
    for n, subject in enumerate(["Refund request", "Login problem", "Refund for order 7"]):
        run(portal.deliver(
            f"From: c{n}@example.com\r\nTo: {mailbox.address}\r\nSubject: {subject}\r\n"
            f"Message-ID: <f{n}@example.com>\r\n\r\nbody\r\n".encode(), [mailbox.id],
            f"c{n}@example.com"))
    window, _, _ = make_window()
    assert window.model.rowCount() == 3
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.ui.searchEdit.hasFocus()
    qtbot.keyClicks(window.ui.searchEdit, "refund")
    qtbot.waitUntil(lambda: window.model.rowCount() == 2)
    assert sorted(row_subjects(window)) == ["Refund for order 7", "Refund request"]
    window.ui.searchEdit.clear()
    qtbot.waitUntil(lambda: window.model.rowCount() == 3)
    run(portal.set_ticket(window.model.at(0).id, status="solved"))
    combo = window.ui.statusCombo
    combo.setCurrentIndex(combo.findData("solved"))
    assert window.model.rowCount() == 1
    combo.setCurrentIndex(0)
    queues = window.ui.queueCombo
    assert [queues.itemText(i) for i in range(queues.count())] == ["All queues", "Support"]
    run(portal.add_queue("Billing"))
    qtbot.waitUntil(lambda: queues.count() == 3)
    queues.setCurrentIndex(queues.findData("Billing"))
    assert window.model.rowCount() == 0


def test_html_message_renders_with_its_inline_image(make_window, portal, run, qtbot):
    ticket_id = run(smoke.ensure_html_ticket(portal))
    window, _, _ = make_window()
    with qtbot.waitSignal(window.pane.html_rendered, timeout=10_000) as rendered:
        assert window.select_ticket(ticket_id)
    assert rendered.args[1] is True
    [block] = window.pane.blocks
    assert block.ui.directionBadge.text() == "Received"
    assert "blocked" in block.remote_bar.ui.textLabel.text()  # the tracking pixel
    result = []
    block.view.page().runJavaScript("document.images[0].naturalWidth",
                                    QWebEngineScript.ScriptWorldId.ApplicationWorld,
                                    result.append)
    qtbot.waitUntil(lambda: bool(result))
    assert result == [48]


def big_html_mail(to: str) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "Big Sender <big@example.com>", to, "Catalogue"
    msg["Message-ID"] = "<big-html@example.com>"
    msg.set_content("PLAIN-PART-MARKER: the catalogue, as text.\n")
    rows = "".join(f"<tr><td>Item {n}</td><td>{'x' * 60}</td></tr>\n" for n in range(40_000))
    msg.add_alternative(f"<html><body><h1>HTML-START-MARKER</h1><table>{rows}</table>"
                        "<p>HTML-END-MARKER</p></body></html>", subtype="html")
    return msg.as_bytes()


def test_html_mail_over_two_megabytes_renders_in_the_pane(make_window, portal, internal, run,
                                                          qtbot):
    raw = big_html_mail(internal.address)
    assert len(raw) > 3 * 1024 * 1024
    ticket_id = run(portal.deliver(raw, [internal.id], "big@example.com")).ticket_id
    window, _, _ = make_window()
    with qtbot.waitSignal(window.pane.html_rendered, timeout=30_000) as rendered:
        assert window.select_ticket(ticket_id)
    assert rendered.args == [window.pane.blocks[0].message.id, True]
    text = []
    window.pane.blocks[0].view.page().toPlainText(text.append)
    qtbot.waitUntil(lambda: bool(text), timeout=10_000)
    assert text[0].startswith("HTML-START-MARKER") and "HTML-END-MARKER" in text[0]


@pytest.mark.skipif(os.name == "nt", reason="SIGKILL")
def test_html_that_cannot_be_shown_falls_back_to_the_text(make_window, portal, run, qtbot):
    ticket_id = run(smoke.ensure_html_ticket(portal))
    window, _, _ = make_window()
    with qtbot.waitSignal(window.pane.html_rendered, timeout=10_000):
        assert window.select_ticket(ticket_id)
    [block] = window.pane.blocks
    with qtbot.waitSignal(window.pane.html_rendered, timeout=10_000) as failed:
        os.kill(block.view.page().renderProcessPid(), signal.SIGKILL)  # say, out of memory
    assert failed.args == [block.message.id, False]
    assert block.view.isHidden() and not block.ui.bodyLabel.isHidden()
    assert block.ui.bodyLabel.text().startswith("Hello from the smoke test.")
    assert "could not be shown" in block.ui.errorLabel.text()


def test_outbox_status_names_the_reason(make_window, portal, run, qtbot):
    box = run(portal.add_internal_mailbox("help", name="Help", queue="Support",
                                          auto_reply=AutoReply(True, "Got it", "Thanks!")))
    window, _, _ = make_window()
    run(portal.deliver(f"From: c@example.com\r\nTo: {box.address}\r\nSubject: Hi\r\n"
                       f"Message-ID: <o1@example.com>\r\n\r\nbody\r\n".encode(), [box.id],
                       "c@example.com"))
    qtbot.waitUntil(lambda: bool(window._outbox_button.text()))
    assert window._outbox_button.text() == "1 waiting: no outgoing relay is set"
    assert "add one in Settings → Portal" in window._outbox_button.toolTip()


def test_presence_toggle_heartbeat_and_idle(make_window, portal, run, qtbot):
    window, _, presence = make_window()
    email = portal.actor.email
    assert not window.ui.actionOnline.isChecked()
    window.ui.actionOnline.trigger()
    qtbot.waitUntil(lambda: presence.online and window.ui.actionOnline.isChecked())
    assert portal.agent(email).presence == "online"
    assert window.ui.actionOnline.text() == "&Online"
    presence._last_input = time.monotonic() - 3600
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_Shift)  # input reaches the QWindow first
    assert presence.idle_seconds() < 60
    presence._last_input = time.monotonic() - presence.idle_minutes * 60 - 1
    with qtbot.waitSignal(presence.went_idle):
        presence._beat()
    qtbot.waitUntil(lambda: portal.agent(email).presence == "offline")
    qtbot.waitUntil(lambda: not window.ui.actionOnline.isChecked())
    run(portal.set_presence(email, "online"))  # e.g. `agent presence EMAIL online`
    qtbot.waitUntil(lambda: window.ui.actionOnline.isChecked())


def test_quit_right_after_going_online_ends_offline(make_window, portal, run):
    _, _, presence = make_window()
    presence.set_online(True)  # still being written when the window closes
    run(presence.shut_down())
    assert portal.agent(portal.actor.email).presence == "offline"
    assert not presence.online


def test_shortcuts(make_window):
    window, _, _ = make_window()
    ui = window.ui
    assert ui.actionSettings.shortcut().toString() == "Ctrl+,"
    assert ui.actionFind.shortcut().toString() == "Ctrl+F"
    assert ui.actionRefresh.shortcut().toString() == "F5"
    dialog = window.open_settings()
    assert dialog.isVisible()
    dialog.reject()


def test_unreadable_mail_shows_the_error_and_the_raw_text(make_window, mailbox, portal, run,
                                                           qtbot):
    raw = (f"From: a@example.com\r\nTo: {mailbox.address}\r\nSubject: Too deep\r\n"
           "Content-Type: multipart/mixed; boundary=b0\r\n\r\n").encode()
    for depth in range(1, 30):
        raw += b"--b%d\r\nContent-Type: multipart/mixed; boundary=b%d\r\n\r\n" % (depth - 1,
                                                                                 depth)
    raw += b"--b29\r\nContent-Type: text/plain\r\n\r\nhello\r\n"
    result = run(portal.deliver(raw, [mailbox.id], "a@example.com"))
    window, _, _ = make_window()
    assert window.select_ticket(result.ticket_id)
    [block] = window.pane.blocks
    assert "could not be read" in block.ui.errorLabel.text()
    assert not block.ui.errorLabel.isHidden()
    assert "--b0" in block.ui.bodyLabel.text() and block.view is None
    assert block.ui.bodyLabel.text().startswith("From: a@example.com\r\n")  # the bytes received


def test_every_window_shortcut_is_unique(make_window):
    """Qt fires neither action when two share a key ("ambiguous shortcut"): Export as PDF
    once took the reading pane's Ctrl+Shift+P."""
    from PySide6.QtGui import QAction, QKeySequence

    window, _, _ = make_window()
    owners: dict[str, list[str]] = {}
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            if action.shortcutContext() != Qt.ShortcutContext.WidgetShortcut:
                owners.setdefault(key.toString(QKeySequence.SequenceFormat.PortableText),
                                  []).append(action.text())
    clashes = {key: names for key, names in owners.items() if len(set(names)) > 1}
    assert owners and clashes == {}
