"""Reading a thread: the composer bar, older messages folded, quoted text, sender lines."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from mailmaker import make_mail
from stringeex_desktop.gui.tickets.quoted_text import split_quoted
from stringeex_desktop.gui.widgets.sender_label import SenderLabel

QUOTE = "\n\nOn Mon, 3 Nov 2026, Alice Pham wrote:\n> Could you send the statement?\n>\n> Alice"


@pytest.fixture
def long_ticket(portal, internal, run):
    """Eight customer messages, each quoting the previous answer."""
    first = run(portal.deliver(make_mail(to=internal.address, message_id="<m0@example.com>",
                                         body="The first question."), [internal.id],
                               "carol@example.com")).ticket_id
    for n in range(1, 8):
        run(portal.deliver(make_mail(to=internal.address, message_id=f"<m{n}@example.com>",
                                     in_reply_to=f"<m{n - 1}@example.com>",
                                     body=f"Answer number {n}." + QUOTE),
                           [internal.id], "carol@example.com"))
    return first


def open_ticket(make_window, ticket_id, qtbot):
    window, _core, _presence = make_window()
    assert window.select_ticket(ticket_id)
    qtbot.waitUntil(lambda: window.pane.ticket_id == ticket_id)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_older_messages_folded_behind_show_more(make_window, long_ticket, qtbot):
    window = open_ticket(make_window, long_ticket, qtbot)
    pane = window.pane
    assert [b.ui.bodyLabel.text() for b in pane.blocks] == [
        "Answer number 5.", "Answer number 6.", "Answer number 7."]
    assert pane.ui.olderButton.isVisible()
    assert pane.ui.olderButton.text() == "Show 5 older messages"
    qtbot.mouseClick(pane.ui.olderButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(pane.blocks) == 8)
    assert pane.blocks[0].ui.bodyLabel.text() == "The first question."
    assert not pane.ui.olderButton.isVisible()
    # and the event of the first assignment sits after the first message, by time
    assert window.pane.event_lines[0].text().startswith("StringeeX assigned Ada Admin")


def test_quoted_text_is_folded_behind_a_toggle(make_window, long_ticket, qtbot):
    window = open_ticket(make_window, long_ticket, qtbot)
    block = window.pane.blocks[-1]
    assert block.ui.bodyLabel.text() == "Answer number 7."
    quoted = block.quoted
    assert quoted is not None and not quoted.label.isVisible()
    assert quoted.label.text().startswith("On Mon, 3 Nov 2026, Alice Pham wrote:")
    quoted.toggle.setFocus()
    qtbot.keyClick(quoted.toggle, Qt.Key.Key_Space)
    qtbot.waitUntil(quoted.label.isVisible)
    assert quoted.toggle.text() == "Hide quoted text"


@pytest.mark.parametrize("text, body, quoted", [
    ("Thanks!" + QUOTE, "Thanks!", QUOTE.strip("\n")),
    ("Top\n\n-----Original Message-----\nFrom: x\nOld", "Top",
     "-----Original Message-----\nFrom: x\nOld"),
    ("> only a quote\n> nothing else", "> only a quote\n> nothing else", ""),
    ("Inline answers:\n> question one\nanswer one", "Inline answers:\n> question one\nanswer one",
     ""),
    ("No quote at all.", "No quote at all.", ""),
    ("", "", ""),
])
def test_split_quoted(text, body, quoted):
    assert split_quoted(text) == (body, quoted)


def test_sender_name_kept_whole_and_address_elided(make_window, portal, internal, run, qtbot):
    name = "Nguyễn Thị Minh Khai"
    address = "minh.khai.accounts-payable.department@very-long-customer-domain.example.com"
    ticket_id = run(portal.deliver(make_mail(sender=f"{name} <{address}>",
                                             to=internal.address), [internal.id],
                                   address)).ticket_id
    window = open_ticket(make_window, ticket_id, qtbot)
    window.resize(1024, 640)
    block = window.pane.blocks[0]
    qtbot.waitUntil(lambda: window.width() == 1024)
    label = block.ui.fromLabel
    assert label.text() == f"{name} <{address}>" == label.toolTip()
    qtbot.waitUntil(lambda: label.width() < label.sizeHint().width())  # it does not all fit
    shown_name, shown_address, _ = label.shown()
    assert shown_name == name
    assert shown_address == "" or (shown_address.startswith("<minh")
                                    and shown_address.endswith("…"))
    assert block.ui.dateLabel.width() >= block.ui.dateLabel.sizeHint().width()


def test_sender_label_elides_the_name_only_when_it_alone_does_not_fit(qtbot):
    label = SenderLabel()
    qtbot.addWidget(label)
    label.set_sender("Ada", "ada@example.com")
    label.resize(label.sizeHint().width() + 20, 20)
    assert label.shown()[:2] == ("Ada", "<ada@example.com>")
    label.resize(label.fontMetrics().horizontalAdvance("Ada <ada@…") + 8, 20)
    name, address, _ = label.shown()
    assert name == "Ada" and address.startswith("<ada@") and address.endswith("…")
    label.resize(label.fontMetrics().horizontalAdvance("Ada") + 2, 20)
    assert label.shown()[:2] == ("Ada", "")
    label.set_sender("Adalbert", "a@example.com")
    label.resize(label.fontMetrics().horizontalAdvance("Ad…") + 2, 20)
    assert label.shown()[0].endswith("…")


def test_composer_bar_expands_with_r_and_n_and_folds_after_a_note(make_window, portal,
                                                                   long_ticket, qtbot):
    window = open_ticket(make_window, long_ticket, qtbot)
    pane, composer = window.pane, window.pane.composer
    assert composer.isHidden() and pane.ui.replyButton.isVisible()
    for size in ((1024, 640), (1200, 760)):  # the thread gets most of the pane
        window.resize(*size)
        qtbot.waitUntil(lambda: window.size().toTuple() == size
                        and pane.ui.threadArea.height() > pane.height() // 2)

    window.ui.ticketView.setFocus()
    qtbot.keyClick(window.ui.ticketView, Qt.Key.Key_R)
    qtbot.waitUntil(composer.isVisible)
    assert composer.mode == "reply" and composer.ui.fromCombo.isVisible()
    qtbot.waitUntil(composer.ui.bodyEdit.hasFocus)
    qtbot.mouseClick(pane.ui.hideComposerButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(composer.isHidden)

    window.ui.ticketView.setFocus()
    qtbot.keyClick(window.ui.ticketView, Qt.Key.Key_N)
    qtbot.waitUntil(composer.isVisible)
    assert composer.mode == "note" and not composer.ui.fromCombo.isVisible()
    assert not composer.ui.sendButton.isVisible()
    qtbot.waitUntil(composer.ui.bodyEdit.hasFocus)
    qtbot.keyClicks(composer.ui.bodyEdit, "Called the bank")
    qtbot.keyClick(composer.ui.bodyEdit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(composer.isHidden)
    assert portal.ticket(long_ticket).messages[-1].direction == "note"
    assert portal.ticket(long_ticket).messages[-1].text == "Called the bank"
    assert not pane.ui.hideComposerButton.isVisible()


def test_hidden_draft_is_kept_and_said(make_window, long_ticket, qtbot):
    window = open_ticket(make_window, long_ticket, qtbot)
    pane = window.pane
    pane.open_composer("reply")
    qtbot.keyClicks(pane.composer.ui.bodyEdit, "Half written")
    pane.close_composer()
    assert pane.ui.draftLabel.isVisible()
    pane.open_composer("reply")
    assert pane.composer.ui.bodyEdit.toPlainText() == "Half written"


def test_a_note_takes_less_room_than_a_reply(make_window, long_ticket, qtbot):
    window = open_ticket(make_window, long_ticket, qtbot)
    pane = window.pane
    pane.open_composer("reply")
    qtbot.waitUntil(pane.composer.ui.fromCombo.isVisible)
    beside_reply = pane.ui.threadArea.height()
    pane.open_composer("note")  # straight from the reply, without Hide
    qtbot.waitUntil(lambda: pane.ui.threadArea.height() > beside_reply)
