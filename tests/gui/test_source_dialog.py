"""View source: the stored bytes, searchable, saved byte for byte; unparseable mail too."""

from __future__ import annotations

from mailmaker import make_mail

from stringeex_desktop.gui.tickets.source_dialog import SourceDialog

UNPARSEABLE = (b"From: x@example.com\r\nTo: {to}\r\nSubject: broken\r\n"
               b"Content-Type: multipart/mixed; " + b";" * 60000
               + b"\r\n\r\nbody with \xff\xfe bytes that are not UTF-8\r\n")


def open_source(window, qtbot, index: int) -> SourceDialog:
    block = window.pane.blocks[index]
    before = set(window.findChildren(SourceDialog))
    block.source_action.trigger()
    qtbot.waitUntil(lambda: bool(set(window.findChildren(SourceDialog)) - before))
    dialog = (set(window.findChildren(SourceDialog)) - before).pop()
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_view_source_shows_and_saves_the_stored_bytes(make_window, portal, internal, run,
                                                      qtbot, tmp_path):
    raw = make_mail(to=internal.address, subject="Refund for order 8812",
                    body="Ticket body. Marker-ONE then Marker-TWO.",
                    headers={"X-Custom-Trace": "abc-123"})
    raw_broken = UNPARSEABLE.replace(b"{to}", internal.address.encode())
    first = run(portal.deliver(raw, [internal.id], "carol@example.com")).ticket_id
    broken = run(portal.deliver(raw_broken, [internal.id], "x@example.com")).ticket_id
    window, _core, _presence = make_window()

    assert window.select_ticket(first)
    qtbot.waitUntil(lambda: len(window.pane.blocks) >= 1)
    dialog = open_source(window, qtbot, 0)
    assert dialog.raw == raw
    text = dialog.ui.sourceEdit.toPlainText()
    assert "X-Custom-Trace: abc-123" in text and "Subject: Refund for order 8812" in text
    dialog.ui.findEdit.setText("marker-")  # case-insensitive, as a person types
    first_hit = dialog.ui.sourceEdit.textCursor().selectionStart()
    assert dialog.ui.sourceEdit.textCursor().selectedText() == "Marker-"
    dialog.ui.nextButton.click()
    second_hit = dialog.ui.sourceEdit.textCursor().selectionStart()
    assert second_hit > first_hit
    dialog.ui.previousButton.click()
    assert dialog.ui.sourceEdit.textCursor().selectionStart() == first_hit
    dialog.ui.findEdit.setText("no such text anywhere")
    assert dialog.ui.matchLabel.text() == "Not found"
    target = tmp_path / "saved.eml"
    chooser = dialog.choose_file()
    chooser.fileSelected.emit(str(target))
    qtbot.waitUntil(lambda: dialog.ui.errorLabel.text().startswith("Saved to"))
    assert target.read_bytes() == raw
    chooser.reject()
    dialog.close()

    assert window.select_ticket(broken)
    qtbot.waitUntil(lambda: bool(window.pane.blocks)
                    and window.pane.blocks[0].message.parse_error is not None)
    dialog = open_source(window, qtbot, 0)
    assert dialog.raw == raw_broken
    assert dialog.ui.sourceEdit.toPlainText().endswith(
        "body with \ufffd\ufffd bytes that are not UTF-8\n")
    target = tmp_path / "broken.eml"
    chooser = dialog.choose_file()
    chooser.fileSelected.emit(str(target))
    qtbot.waitUntil(lambda: dialog.ui.errorLabel.text().startswith("Saved to"))
    assert target.read_bytes() == raw_broken
    chooser.reject()
    dialog.close()


def test_saving_into_a_missing_folder_says_why(qapp, qtbot, tmp_path, loop):
    dialog = SourceDialog(b"Subject: x\r\n\r\nbody\r\n", "x")
    qtbot.addWidget(dialog)
    dialog.save(str(tmp_path / "no" / "such" / "folder" / "x.eml"))
    qtbot.waitUntil(lambda: dialog.ui.errorLabel.text().startswith("Not saved:"))


def test_notes_have_no_source(make_window, portal, internal, run, qtbot):
    raw = make_mail(to=internal.address, subject="Question")
    ticket_id = run(portal.deliver(raw, [internal.id], "carol@example.com")).ticket_id
    run(portal.add_note(ticket_id, portal.actor.email, "Called the customer."))
    window, _core, _presence = make_window()
    assert window.select_ticket(ticket_id)
    qtbot.waitUntil(lambda: len(window.pane.blocks) == 2)
    assert window.pane.blocks[0].source_action.isEnabled()
    assert not window.pane.blocks[1].source_action.isEnabled()
