"""Replying from the ticket pane: the composer, delivery states in the thread, Retry, notes."""

from __future__ import annotations

import email
import email.policy

import pytest
from PySide6.QtCore import Qt

from stringeex_desktop.gui.tickets.reply_composer import MAX_ATTACHMENTS, split_addresses

from .conftest import CUSTOMER, SALES


def open_ticket(make_window, ticket_id, qtbot):
    window, core, presence = make_window()
    assert window.select_ticket(ticket_id)
    qtbot.waitUntil(lambda: window.pane.ticket_id == ticket_id)
    window.activateWindow()  # focus moves only in the active window
    qtbot.waitUntil(window.isActiveWindow)
    window.pane.open_composer("reply")  # the composer bar's Reply
    return window, core


def shown(label) -> str:
    return label.text() if not label.isHidden() else ""


def last_block(window):
    return window.pane.blocks[-1]


def write(composer, qtbot, body: str, cc: str = "") -> None:
    """Typed as a person would (QTest types no newline: Return between the lines)."""
    edit = composer.ui.bodyEdit
    edit.setFocus()
    for n, line in enumerate(body.split("\n")):
        if n:
            qtbot.keyClick(edit, Qt.Key.Key_Return)
        qtbot.keyClicks(edit, line)
    composer.ui.ccEdit.setText(cc)


def test_reply_shows_queued_then_sent_and_reaches_the_server(make_window, linked_ticket,
                                                            smtp_server, run, qtbot, tmp_path,
                                                            portal):
    server = smtp_server()
    ticket_id, sales = linked_ticket(server)
    window, core = open_ticket(make_window, ticket_id, qtbot)  # the core is not running yet
    composer = window.pane.composer
    ui = composer.ui
    assert ui.fromCombo.currentData() == sales.id
    assert ui.fromCombo.currentText() == f"Customer Sales <{SALES}>"
    assert [ui.fromCombo.itemData(i) for i in range(ui.fromCombo.count())] == [sales.id]
    assert ui.toEdit.isReadOnly() and ui.toEdit.text() == f"Carol Customer <{CUSTOMER}>"
    assert not shown(ui.promptLabel)

    blob = bytes(range(256)) * 64
    attachment = tmp_path / "Rechnung März.pdf"
    attachment.write_bytes(blob)
    composer.add_files([str(attachment)])
    qtbot.waitUntil(lambda: ui.attachmentList.count() == 1)
    assert ui.attachmentList.item(0).text() == "Rechnung März.pdf — 16.0 KB"
    write(composer, qtbot, "Hello Carol,\nwe ship a new one.", "Erin Ops <erin@example.com>")
    qtbot.keyClick(ui.bodyEdit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    qtbot.waitUntil(lambda: last_block(window).message.direction == "out")
    block = last_block(window)
    assert shown(block.ui.deliveryLabel) == "Queued"
    assert block.ui.directionBadge.text() == "Outgoing" and block.ui.retryButton.isHidden()
    assert "Hello Carol" in block.ui.bodyLabel.text()
    assert block.attachments.rows[0][0].full_text.startswith("Rechnung März.pdf")
    assert ui.bodyEdit.toPlainText() == "" and ui.ccEdit.text() == ""
    assert ui.attachmentList.count() == 0 and not shown(ui.errorLabel)
    assert window._outbox_button.text() == "1 waiting"

    assert run(core.start())
    qtbot.waitUntil(lambda: shown(last_block(window).ui.deliveryLabel).startswith("Sent"),
                    timeout=20_000)
    assert shown(last_block(window).ui.deliveryLabel).startswith("Sent (250 ")
    qtbot.waitUntil(lambda: window._outbox_button.isHidden())
    [sent] = server.messages
    assert sent.mail_from == SALES and sent.tls and sent.auth_user == SALES
    assert sorted(sent.rcpt_tos) == [CUSTOMER, "erin@example.com"]
    msg = email.message_from_bytes(sent.content, policy=email.policy.default)
    assert msg["Subject"] == "Re: Broken widget [#000001]"
    assert msg["In-Reply-To"] == "<c1@example.com>"
    [part] = list(msg.iter_attachments())
    assert part.get_filename() == "Rechnung März.pdf" and part.get_content() == blob
    assert portal.ticket(ticket_id).status == "processing"


def test_refused_reply_shows_failed_with_retry_that_requeues(make_window, linked_ticket,
                                                            smtp_server, run, qtbot, portal):
    server = smtp_server(always_reply="554 5.7.1 rejected")
    ticket_id, _ = linked_ticket(server)
    window, core = open_ticket(make_window, ticket_id, qtbot)
    assert run(core.start())
    composer = window.pane.composer
    write(composer, qtbot, "Hello again")
    qtbot.mouseClick(composer.ui.sendButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shown(last_block(window).ui.deliveryLabel).startswith("Failed"),
                    timeout=20_000)
    block = last_block(window)
    text = shown(block.ui.deliveryLabel)
    assert text.startswith("Failed: ") and "554 5.7.1 rejected" in text
    assert block.ui.deliveryLabel.property("delivery") == "failed"
    qtbot.waitUntil(block.ui.retryButton.isVisible)  # Qt shows a new block on its next pass
    assert block.ui.retryButton.isEnabled()
    [item] = portal.outbox()
    assert (item.state, item.message_row_id) == ("failed", block.message.id)
    qtbot.waitUntil(lambda: window._outbox_button.text().startswith("1 failed: "))
    assert server.messages == []

    run(core.stop())  # so the retried reply stays queued long enough to be seen
    qtbot.mouseClick(block.ui.retryButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: portal.outbox_item(item.id).state == "queued")
    qtbot.waitUntil(lambda: shown(last_block(window).ui.deliveryLabel).startswith("Queued"))
    block = last_block(window)
    assert shown(block.ui.deliveryLabel).endswith("last attempt: " + item.last_error)
    assert "next attempt" in shown(block.ui.deliveryLabel)
    assert block.ui.retryButton.isHidden()
    qtbot.waitUntil(lambda: window._outbox_button.text().startswith(
        "1 waiting: 127.0.0.1:"))  # with the last attempt's reason


def test_internal_note_is_kept_and_never_sent(make_window, linked_ticket, smtp_server, run,
                                              qtbot, portal):
    server = smtp_server()
    ticket_id, _ = linked_ticket(server)
    window, core = open_ticket(make_window, ticket_id, qtbot)
    assert run(core.start())
    composer = window.pane.composer
    write(composer, qtbot, "Customer called, wants a refund.")
    qtbot.mouseClick(composer.ui.noteButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: last_block(window).message.direction == "note")
    block = last_block(window)
    assert block.ui.directionBadge.text() == "Internal note"
    assert block.property("direction") == "note"  # styled apart from mail (app.qss)
    assert not shown(block.ui.deliveryLabel) and block.ui.retryButton.isHidden()
    assert composer.ui.bodyEdit.toPlainText() == ""
    assert portal.outbox() == [] and portal.outbox_counts()["queued"] == 0
    qtbot.wait(300)
    assert server.messages == []


def test_note_refuses_cc_and_attachments(make_window, linked_ticket, smtp_server, qtbot,
                                         portal, tmp_path):
    ticket_id, _ = linked_ticket(smtp_server())
    window, _ = open_ticket(make_window, ticket_id, qtbot)
    composer = window.pane.composer
    write(composer, qtbot, "internal", cc="dan@example.com")
    qtbot.mouseClick(composer.ui.noteButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown(composer.ui.errorLabel)))
    assert "never sent" in shown(composer.ui.errorLabel)
    assert len(portal.ticket(ticket_id).messages) == 1


def test_ticket_without_reply_address_asks_and_the_choice_sticks(make_window, internal, portal,
                                                                 smtp_server, run, qtbot):
    from mailmaker import make_mail

    server = smtp_server()
    result = run(portal.deliver(make_mail(to=internal.address, sender=CUSTOMER),
                                [internal.id], CUSTOMER))
    sales = run(portal.add_smtp_mailbox(SALES, host=server.host, port=server.port,
                                        password="pw", security="starttls", verify=False))
    assert portal.ticket(result.ticket_id).reply_via is None
    window, _ = open_ticket(make_window, result.ticket_id, qtbot)
    composer = window.pane.composer
    ui = composer.ui
    assert ui.fromCombo.currentIndex() == -1
    assert ui.fromCombo.placeholderText() == "Choose the address to reply from…"
    assert "Choose one in From" in shown(ui.promptLabel)

    write(composer, qtbot, "Hi")
    qtbot.mouseClick(ui.sendButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown(ui.errorLabel)))
    assert shown(ui.errorLabel) == "Choose the address to reply from (From) first."
    assert ui.fromCombo.hasFocus() and portal.outbox() == []

    ui.fromCombo.setFocus()
    qtbot.keyClick(ui.fromCombo, Qt.Key.Key_Down)  # chosen by keyboard
    qtbot.waitUntil(lambda: portal.ticket(result.ticket_id).reply_via == sales.id)
    qtbot.waitUntil(lambda: not shown(ui.promptLabel))
    assert ui.fromCombo.currentData() == sales.id
    assert ui.bodyEdit.toPlainText() == "Hi"  # the draft survived the refresh


def test_no_sending_mailbox_at_all(make_window, internal, portal, run, qtbot):
    from mailmaker import make_mail

    result = run(portal.deliver(make_mail(to=internal.address), [internal.id], CUSTOMER))
    window, _ = open_ticket(make_window, result.ticket_id, qtbot)
    ui = window.pane.composer.ui
    assert ui.fromCombo.count() == 0
    assert "add one in Settings → Email channel" in shown(ui.promptLabel)


def test_invalid_cc_is_explained_and_nothing_queued(make_window, linked_ticket, smtp_server,
                                                    qtbot, portal):
    ticket_id, _ = linked_ticket(smtp_server())
    window, _ = open_ticket(make_window, ticket_id, qtbot)
    composer = window.pane.composer
    write(composer, qtbot, "Hello", cc="dan@example.com, not an address")
    qtbot.mouseClick(composer.ui.sendButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown(composer.ui.errorLabel)))
    assert "Cc" in shown(composer.ui.errorLabel) and "not an address" in shown(
        composer.ui.errorLabel)
    assert "Traceback" not in shown(composer.ui.errorLabel)
    assert portal.outbox() == [] and composer.ui.bodyEdit.toPlainText() == "Hello"
    assert composer.ui.ccEdit.hasFocus()


def test_empty_reply(make_window, linked_ticket, smtp_server, qtbot, portal):
    ticket_id, _ = linked_ticket(smtp_server())
    window, _ = open_ticket(make_window, ticket_id, qtbot)
    composer = window.pane.composer
    qtbot.mouseClick(composer.ui.sendButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown(composer.ui.errorLabel)))
    assert shown(composer.ui.errorLabel) == "Write the reply first."
    assert portal.outbox() == []


def test_attachments_over_25_mib_are_refused(make_window, linked_ticket, smtp_server, qtbot,
                                             tmp_path):
    ticket_id, _ = linked_ticket(smtp_server())
    window, _ = open_ticket(make_window, ticket_id, qtbot)
    composer = window.pane.composer
    ui = composer.ui
    huge, big, small = tmp_path / "huge.iso", tmp_path / "big.zip", tmp_path / "notes.txt"
    with huge.open("wb") as f:
        f.truncate(MAX_ATTACHMENTS + 1)
    with big.open("wb") as f:
        f.truncate(20 * 1024 * 1024)
    small.write_bytes(b"x" * 6 * 1024 * 1024)
    composer.add_files([str(huge)])
    qtbot.waitUntil(lambda: bool(shown(ui.errorLabel)))
    assert shown(ui.errorLabel) == ("huge.iso (25.0 MB) is not attached: one reply carries at "
                                    "most 25.0 MB of attachments (0 bytes attached already).")
    assert ui.attachmentList.count() == 0
    composer.add_files([str(big), str(small)])
    qtbot.waitUntil(lambda: ui.attachmentList.count() == 1 and bool(shown(ui.errorLabel)))
    assert shown(ui.errorLabel).startswith("notes.txt (6.0 MB) is not attached")
    assert ui.sizeLabel.text() == "20.0 MB of 25.0 MB"
    ui.attachmentList.item(0).setSelected(True)
    assert ui.removeButton.isEnabled()
    qtbot.mouseClick(ui.removeButton, Qt.MouseButton.LeftButton)
    assert ui.attachmentList.count() == 0 and ui.attachmentList.isHidden()


def test_draft_is_kept_per_ticket(make_window, linked_ticket, smtp_server, portal, internal,
                                  run, qtbot):
    from mailmaker import make_mail

    first, _ = linked_ticket(smtp_server())
    other = run(portal.deliver(make_mail(to=internal.address, subject="Other", sender=CUSTOMER),
                               [internal.id], CUSTOMER)).ticket_id
    window, _ = open_ticket(make_window, first, qtbot)
    composer = window.pane.composer
    write(composer, qtbot, "half-written", cc="dan@example.com")
    assert window.select_ticket(other)
    qtbot.waitUntil(lambda: window.pane.ticket_id == other)
    assert composer.ui.bodyEdit.toPlainText() == "" and composer.ui.ccEdit.text() == ""
    assert window.select_ticket(first)
    qtbot.waitUntil(lambda: window.pane.ticket_id == first)
    assert composer.ui.bodyEdit.toPlainText() == "half-written"
    assert composer.ui.ccEdit.text() == "dan@example.com"


@pytest.mark.parametrize("text, expected", [
    ("", []),
    ("a@example.com", ["a@example.com"]),
    (" a@example.com , b@example.com;c@example.com ", ["a@example.com", "b@example.com",
                                                       "c@example.com"]),
    ('"Doe, Jane" <jane@example.com>, Bob <bob@example.com>',
     ['"Doe, Jane" <jane@example.com>', "Bob <bob@example.com>"]),
])
def test_split_addresses(text, expected):
    assert split_addresses(text) == expected
