"""The Internal email dialog: the seed's fields, inline validation, saving through the core."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from stringeex_desktop.core.models import AutoReply
from stringeex_desktop.gui.settings.internal_email_dialog import InternalEmailDialog


@pytest.fixture
def dialog(portal, qtbot):
    dialog = InternalEmailDialog(portal)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def fill(dialog, *, local="support", name="Acme Support", queue="Support", auto_reply=None):
    ui = dialog.ui
    ui.localEdit.setText(local)
    ui.nameEdit.setText(name)
    ui.queueCombo.setCurrentIndex(ui.queueCombo.findText(queue) if queue else -1)
    if auto_reply is not None:
        ui.autoReplyCheck.setChecked(True)
        ui.subjectEdit.setText(auto_reply[0])
        ui.contentEdit.setPlainText(auto_reply[1])


def click_save(dialog, qtbot, until):
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(until()))


def shown(label) -> str:
    return label.text() if not label.isHidden() else ""


def test_fields_follow_the_seed(dialog, domain):
    ui = dialog.ui
    assert ui.domainLabel.text() == f"@{domain}"
    assert ui.queueCombo.placeholderText() == "Take one among queues"
    assert ui.queueCombo.currentIndex() == -1
    assert "online agents" in ui.onlineCheck.text().replace("&", "")
    assert ui.activeCheck.isHidden()  # only when updating
    assert not ui.subjectEdit.isEnabled() and not ui.contentEdit.isEnabled()
    ui.autoReplyCheck.setChecked(True)
    assert ui.subjectEdit.isEnabled() and ui.contentEdit.isEnabled()
    assert dialog.save_button.isDefault()


def test_no_errors_before_anything_is_typed(dialog):
    assert all(not shown(label) for label in dialog.errors.labels.values())


def test_empty_local_part(dialog, qtbot, portal):
    fill(dialog, local="")
    click_save(dialog, qtbot, lambda: shown(dialog.ui.emailError))
    assert "local part" in shown(dialog.ui.emailError)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert portal.mailboxes() == []


@pytest.mark.parametrize("local", ["a b", "x..y", "a" * 65, ".x", "x.", "café", "a@b"])
def test_invalid_local_part(dialog, qtbot, portal, local):
    fill(dialog, local=local)
    click_save(dialog, qtbot, lambda: shown(dialog.ui.emailError))
    assert dialog.isVisible()
    assert portal.mailboxes() == []


def test_error_shows_while_typing_once_the_field_is_edited(dialog, qtbot):
    qtbot.keyClicks(dialog.ui.localEdit, "a b")
    assert "not a valid local part" in shown(dialog.ui.emailError)
    assert not shown(dialog.ui.nameError)  # untouched fields stay quiet
    dialog.ui.localEdit.clear()
    qtbot.keyClicks(dialog.ui.localEdit, "sales")
    assert not shown(dialog.ui.emailError)


def test_duplicate_address(dialog, qtbot, portal, run, domain):
    run(portal.add_internal_mailbox("support", name="Existing", queue="Support"))
    fill(dialog, local="Support")
    click_save(dialog, qtbot, lambda: shown(dialog.ui.emailError))
    assert f"support@{domain} is already in the email channel list" in shown(dialog.ui.emailError)
    assert len(portal.mailboxes()) == 1


def test_no_queue(dialog, qtbot):
    fill(dialog, queue=None)
    click_save(dialog, qtbot, lambda: shown(dialog.ui.queueError))
    assert "Take one among queues" in shown(dialog.ui.queueError)


def test_missing_full_name(dialog, qtbot):
    fill(dialog, name="  ")
    click_save(dialog, qtbot, lambda: shown(dialog.ui.nameError))
    assert dialog.ui.nameEdit.hasFocus()


@pytest.mark.parametrize("subject, content, expected", [
    ("", "", "needs a subject and content"),
    ("Thanks", "", "needs content"),
    ("", "We will answer soon.", "needs a subject"),
    ("Thanks", "   \n ", "needs content"),
])
def test_auto_reply_needs_subject_and_content(dialog, qtbot, portal, subject, content, expected):
    fill(dialog, auto_reply=(subject, content))
    click_save(dialog, qtbot, lambda: shown(dialog.ui.autoReplyError))
    assert expected in shown(dialog.ui.autoReplyError)
    assert portal.mailboxes() == []


def test_every_error_at_once_on_save(dialog, qtbot):
    fill(dialog, local="x..y", name="", queue=None, auto_reply=("", ""))
    click_save(dialog, qtbot, lambda: shown(dialog.ui.queueError))
    assert all(shown(getattr(dialog.ui, name)) for name in
               ("emailError", "nameError", "queueError", "autoReplyError"))
    assert dialog.ui.localEdit.hasFocus()


def test_saves_the_mailbox(dialog, qtbot, portal, domain):
    saved = []
    dialog.saved.connect(saved.append)
    fill(dialog, local="Sales.Team+vip", name="Acme Sales",
         auto_reply=("We got your email", "Thanks!\nAn agent will answer soon."))
    dialog.ui.onlineCheck.setChecked(True)
    click_save(dialog, qtbot, lambda: dialog.result() == QDialog.DialogCode.Accepted)
    [mailbox] = portal.mailboxes()
    assert saved == [mailbox]
    assert mailbox.kind == "internal"
    assert mailbox.address == f"sales.team+vip@{domain}"
    assert mailbox.name == "Acme Sales"
    assert mailbox.queue == "Support"
    assert mailbox.active and mailbox.online_first
    assert mailbox.auto_reply == AutoReply(True, "We got your email",
                                           "Thanks!\nAn agent will answer soon.")
    assert not dialog.isVisible()


def test_saves_without_auto_reply(dialog, qtbot, portal, domain):
    fill(dialog)
    qtbot.keyClick(dialog.ui.nameEdit, Qt.Key.Key_Return)  # Enter presses the default button
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    [mailbox] = portal.mailboxes()
    assert (mailbox.address, mailbox.online_first, mailbox.auto_reply.enabled) == (
        f"support@{domain}", False, False)


def test_escape_closes(dialog, qtbot, portal):
    fill(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert portal.mailboxes() == []


def test_update_mode(portal, qtbot, run):
    mailbox = run(portal.add_internal_mailbox(
        "support", name="Acme Support", queue="Support",
        auto_reply=AutoReply(True, "Got it", "We will answer soon.")))
    run(portal.add_queue("Billing"))
    dialog = InternalEmailDialog(portal, mailbox)
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    assert dialog.windowTitle() == "Update internal email"
    assert ui.localEdit.isReadOnly() and ui.localEdit.text() == "support"
    assert not ui.activeCheck.isHidden() and ui.activeCheck.isChecked()
    assert ui.queueCombo.currentText() == "Support"
    assert ui.autoReplyCheck.isChecked() and ui.subjectEdit.text() == "Got it"
    ui.activeCheck.setChecked(False)
    ui.queueCombo.setCurrentIndex(ui.queueCombo.findText("Billing"))
    ui.autoReplyCheck.setChecked(False)
    click_save(dialog, qtbot, lambda: dialog.result() == QDialog.DialogCode.Accepted)
    [updated] = portal.mailboxes()
    assert updated.id == mailbox.id and updated.address == mailbox.address
    assert not updated.active and updated.queue == "Billing"
    assert updated.auto_reply == AutoReply(False, "Got it", "We will answer soon.")
