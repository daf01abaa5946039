"""The composer's helpers: drafts kept in the store (even through a killed app), canned
replies with placeholders, the signature on replies only; and their Settings pages."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from stringeex_desktop.gui.settings.settings_dialog import SettingsDialog
from stringeex_desktop.gui.tickets.canned_picker import CannedPicker
from stringeex_desktop.gui.tickets.ticket_table_model import TicketTableModel

from .conftest import ADMIN, DOMAIN

ROOT = Path(__file__).resolve().parents[2]
TYPED = "Chào chị Carol, đơn hàng {order} đã được gửi"


def open_ticket(make_window, ticket_id, qtbot):
    window, _, _ = make_window()
    assert window.select_ticket(ticket_id)
    qtbot.waitUntil(lambda: window.pane.ticket_id == ticket_id)
    window.pane.open_composer("reply")  # the Reply bar: the composer is folded until asked
    return window, window.pane.composer


def has_draft(window, ticket_id) -> bool:
    model = window.model
    return model.index(model.row_of(ticket_id), TicketTableModel.SUBJECT).data(
        TicketTableModel.DraftRole)


@pytest.mark.skipif(os.name == "nt", reason="SIGKILL")
def test_draft_survives_killing_the_app(make_window, portal, linked_ticket, smtp_server, run,
                                        qtbot):
    ticket_id, _ = linked_ticket(smtp_server())
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": os.pathsep.join(filter(None, (str(ROOT), str(ROOT / "tests"),
                                                       os.environ.get("PYTHONPATH"))))}
    app = subprocess.Popen([sys.executable, str(ROOT / "tests" / "gui" / "draft_driver.py"),
                            str(portal.data_dir), str(ticket_id), TYPED],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        ready, _, _ = select.select([app.stdout], [], [], 90)
        line = app.stdout.readline() if ready else ""
        assert line.strip() == "saved", app.stderr.read() if app.poll() is not None else line
    finally:
        app.send_signal(signal.SIGKILL)
        app.wait(30)
    assert app.returncode == -signal.SIGKILL

    window, composer = open_ticket(make_window, ticket_id, qtbot)  # "the app again"
    assert composer.ui.bodyEdit.toPlainText() == TYPED
    assert has_draft(window, ticket_id)
    icon = window.model.index(window.model.row_of(ticket_id), TicketTableModel.SUBJECT).data(
        Qt.ItemDataRole.DecorationRole)
    assert icon is not None and not icon.isNull()

    composer.ui.sendButton.click()
    qtbot.waitUntil(lambda: composer.ui.bodyEdit.toPlainText() == "")
    qtbot.waitUntil(lambda: not has_draft(window, ticket_id))
    assert portal.draft(ADMIN, ticket_id) is None


def test_typing_saves_a_draft_after_a_pause_and_switching_keeps_it(make_window, portal,
                                                                   linked_ticket, smtp_server,
                                                                   run, qtbot):
    server = smtp_server()
    first, _ = linked_ticket(server)
    window, composer = open_ticket(make_window, first, qtbot)
    qtbot.keyClicks(composer.ui.bodyEdit, "Half a thought")
    assert portal.draft(ADMIN, first) is None  # not on every key
    qtbot.waitUntil(lambda: portal.draft(ADMIN, first) is not None, timeout=5000)
    qtbot.waitUntil(lambda: has_draft(window, first))
    qtbot.keyClicks(composer.ui.bodyEdit, ", more")
    composer.drafts.leave()  # what showing another ticket does: save what is pending now
    qtbot.waitUntil(composer.drafts.pending.done)
    assert portal.draft(ADMIN, first).body == "Half a thought, more"
    composer.ui.bodyEdit.clear()
    composer.drafts.enter(first)  # an empty composer takes the stored draft
    assert composer.ui.bodyEdit.toPlainText() == "Half a thought, more"


def test_canned_reply_inserted_with_placeholders_filled(make_window, portal, linked_ticket,
                                                        smtp_server, run, qtbot):
    run(portal.add_canned("Shipping delay", "Sorry {customer_name}!"))
    run(portal.add_canned("Refund", "Hello {customer_name}, refund for {ticket_serial} is on "
                          "its way. {unknown} {} {{x}}\n{agent_name}"))
    ticket_id, _ = linked_ticket(smtp_server())
    window, composer = open_ticket(make_window, ticket_id, qtbot)
    window.activateWindow()  # shortcuts work in the active window
    qtbot.waitUntil(window.isActiveWindow)
    body = composer.ui.bodyEdit
    body.setFocus()
    qtbot.keyClicks(body, "Hi. ")
    qtbot.keyClick(body, Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: composer.findChild(CannedPicker) is not None)
    picker = composer.findChild(CannedPicker)
    qtbot.waitUntil(picker.isVisible)
    assert picker.ui.cannedList.currentItem().text() == "Refund"  # by title
    qtbot.keyClicks(picker.ui.searchEdit, "sorry")  # the text is searched too
    assert picker.ui.cannedList.currentItem().text() == "Shipping delay"
    picker.ui.searchEdit.clear()
    qtbot.keyClicks(picker.ui.searchEdit, "REFUND way")
    visible = [picker.ui.cannedList.item(r).text() for r in range(picker.ui.cannedList.count())
               if not picker.ui.cannedList.item(r).isHidden()]
    assert visible == ["Refund"]
    qtbot.keyClick(picker.ui.searchEdit, Qt.Key.Key_Return)
    serial = f"#{ticket_id:06d}"
    qtbot.waitUntil(lambda: "refund" in body.toPlainText())
    assert body.toPlainText() == (f"Hi. Hello Carol Customer, refund for {serial} is on its "
                                  "way. {unknown} {} {{x}}\nAda Admin")

    composer.canned_button.click()  # the same by the button; nothing found, nothing inserted
    qtbot.waitUntil(lambda: composer.findChild(CannedPicker) is not None
                    and composer.findChild(CannedPicker).isVisible())
    picker = composer.findChild(CannedPicker)
    qtbot.keyClicks(picker.ui.searchEdit, "no such words")
    qtbot.keyClick(picker.ui.searchEdit, Qt.Key.Key_Return)
    assert picker.isVisible() and picker.text == ""
    qtbot.keyClick(picker.ui.searchEdit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not picker.isVisible())
    assert body.toPlainText().startswith("Hi. Hello Carol")


def test_signature_shown_and_added_to_replies_only(make_window, portal, linked_ticket,
                                                   smtp_server, run, qtbot):
    run(portal.set_signature(ADMIN, "{agent_name}\n{mailbox_name}"))
    ticket_id, _ = linked_ticket(smtp_server())
    window, composer = open_ticket(make_window, ticket_id, qtbot)
    preview = composer.signature
    assert not preview.isHidden()
    assert preview.text() == "Send adds your signature:\n-- \nAda Admin\nCustomer Sales"
    composer.ui.bodyEdit.setPlainText("An internal remark")
    composer.ui.noteButton.click()
    qtbot.waitUntil(lambda: composer.ui.bodyEdit.toPlainText() == "")
    composer.ui.bodyEdit.setPlainText("We ship a new one.")
    composer.ui.sendButton.click()
    qtbot.waitUntil(lambda: composer.ui.bodyEdit.toPlainText() == "")
    messages = portal.ticket(ticket_id).messages
    assert [(m.direction, m.text) for m in messages[-2:]] == [
        ("note", "An internal remark"),
        ("out", "We ship a new one.\n\n-- \nAda Admin\nCustomer Sales")]
    run(portal.set_signature(ADMIN, ""))
    window.pane.refresh()
    assert preview.isHidden()


def test_settings_pages_signature_and_canned_replies(make_window, portal, run, qtbot):
    window, _, _ = make_window()
    settings = window.open_settings()
    settings.show_page(SettingsDialog.PERSONAL)
    page = settings.personal
    page.ui.signatureEdit.setPlainText("Ada\n{mailbox_name}")
    page.ui.saveSignatureButton.click()
    qtbot.waitUntil(lambda: page.ui.signatureStatusLabel.text() == "Saved.")
    assert portal.signature(ADMIN) == "Ada\n{mailbox_name}"
    page.ui.idleSpin.setValue(20)
    assert window._presence.idle_minutes == 20
    page.ui.idleSpin.setValue(15)

    settings.show_page(SettingsDialog.CANNED)
    canned = settings.canned
    canned.ui.newButton.click()
    canned.ui.cannedTitleEdit.setText("Thanks")
    canned.ui.cannedBodyEdit.setPlainText("Thank you, {customer_name}.")
    canned.ui.saveButton.click()
    qtbot.waitUntil(lambda: canned.ui.cannedList.count() == 1)
    canned.ui.cannedTitleEdit.setText("Thanks!")
    canned.ui.saveButton.click()
    qtbot.waitUntil(lambda: canned.ui.cannedList.item(0).text() == "Thanks!")
    assert [(c.title, c.body) for c in portal.canned_replies()] == [
        ("Thanks!", "Thank you, {customer_name}.")]
    canned.ui.newButton.click()
    canned.ui.cannedTitleEdit.setText("Empty")
    canned.ui.saveButton.click()
    qtbot.waitUntil(lambda: canned.ui.cannedStatusLabel.text() ==
                    "Write the canned reply's text.")
    canned.ui.cannedList.setCurrentRow(0)
    canned.ui.cannedList.setFocus()
    qtbot.keyClick(canned.ui.cannedList, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: canned.ui.cannedList.count() == 0)
    assert portal.canned_replies() == []


def test_agents_see_canned_replies_read_only(make_window, portal, run, qtbot):
    run(portal.add_canned("Thanks", "Thank you."))
    run(portal.add_agent(f"alice@{DOMAIN}", "Alice", "agent", ["Support"]))
    portal.sign_in(f"alice@{DOMAIN}")
    window, _, _ = make_window()
    settings = window.open_settings()
    canned = settings.canned
    assert canned.ui.saveButton.isHidden() and canned.ui.cannedBodyEdit.isReadOnly()
    assert canned.ui.cannedStatusLabel.text() == \
        "Only supervisors and admins change canned replies."
