"""Settings that edit: rename and remove queues, edit and deactivate agents, in the pages."""

from __future__ import annotations

import pytest
from mailmaker import make_mail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from stringeex_desktop.gui.bridge import EventBridge
from stringeex_desktop.gui.settings.settings_dialog import SettingsDialog

ALICE = "alice@acme.example"
BOB = "bob@acme.example"


@pytest.fixture
def settings(portal, core, qtbot):
    bridge = EventBridge(portal.bus)
    dialog = SettingsDialog(portal, bridge, core)
    qtbot.addWidget(dialog)
    dialog.show()
    yield dialog
    bridge.detach()


def select_queue(page, name: str) -> None:
    [item] = page.ui.queueList.findItems(name, Qt.MatchFlag.MatchExactly)
    page.ui.queueList.setCurrentItem(item)


def test_rename_and_remove_queues_with_the_refusal_shown(settings, portal, internal, run, qtbot):
    page = settings.queues
    settings.show_page(SettingsDialog.QUEUES)
    ticket_id = run(portal.deliver(make_mail(to=internal.address), [internal.id],
                                   "carol@example.com")).ticket_id
    select_queue(page, "Support")
    dialog = page.ask_rename()
    dialog.setTextValue("Customer care")
    dialog.accept()
    qtbot.waitUntil(lambda: page.current_queue() == "Customer care")
    assert portal.ticket(ticket_id).queue == "Customer care"

    box = page.ask_remove()
    assert "Customer care" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    next(b for b in box.buttons()
         if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole).click()
    qtbot.waitUntil(lambda: "cannot be removed" in page.ui.queueErrorLabel.text())
    text = page.ui.queueErrorLabel.text()
    assert internal.address in text and "1 open ticket is in it" in text
    assert [q.name for q in portal.queues()] == ["Customer care"]

    run(portal.add_queue("Spare"))
    qtbot.waitUntil(lambda: page.ui.queueList.count() == 2)
    select_queue(page, "Spare")
    settings.activateWindow()
    qtbot.waitUntil(settings.isActiveWindow)
    page.ui.queueList.setFocus()
    earlier = page.question
    qtbot.keyClick(page.ui.queueList, Qt.Key.Key_Delete)  # the keyboard way
    qtbot.waitUntil(lambda: page.question is not earlier)
    box = page.question
    assert "Spare" in box.text()
    next(b for b in box.buttons()
         if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole).click()
    qtbot.waitUntil(lambda: page.ui.queueList.count() == 1)
    assert not page.ui.queueErrorLabel.isVisible()


def test_edit_and_deactivate_an_agent(settings, portal, internal, run, qtbot):
    run(portal.add_agent(ALICE, "Alice", "agent", ["Support"]))
    run(portal.add_agent(BOB, "Bob", "agent", ["Support"]))
    run(portal.set_queue_members("Support", [ALICE, BOB]))
    run(portal.set_presence(ALICE, "online"))
    run(portal.set_presence(BOB, "online"))
    tickets = [run(portal.deliver(make_mail(to=internal.address, subject=f"Q{n}",
                                            message_id=f"<q{n}@example.com>"),
                                  [internal.id], "carol@example.com")).ticket_id
               for n in range(4)]
    assert ALICE in {portal.ticket(t).assignee for t in tickets}
    page = settings.agents
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    row = next(r for r in range(page.model.rowCount()) if page.model.at(r).email == ALICE)
    page.ui.agentView.selectRow(row)
    dialog = page.open_edit_agent()
    ui = dialog.ui
    assert ui.emailEdit.isReadOnly() and ui.emailEdit.text() == ALICE
    assert ui.activeCheck.isVisible() and ui.activeCheck.isChecked()
    assert ui.queueList.item(0).checkState() == Qt.CheckState.Checked
    ui.nameEdit.setText("Alice Nguyễn")
    ui.roleCombo.setCurrentIndex(ui.roleCombo.findData("supervisor"))
    ui.activeCheck.setChecked(False)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    agent = portal.agent(ALICE)
    assert (agent.name, agent.role, agent.active, agent.presence) == (
        "Alice Nguyễn", "supervisor", False, "offline")
    assert {portal.ticket(t).assignee for t in tickets} == {BOB}
    qtbot.waitUntil(lambda: page.model.data(page.model.index(row, page.model.PRESENCE))
                    == "Deactivated")


def test_the_last_admin_cannot_be_deactivated_and_the_dialog_says_why(settings, portal, qtbot):
    page = settings.agents
    page.ui.agentView.selectRow(0)
    dialog = page.open_edit_agent()
    dialog.ui.activeCheck.setChecked(False)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "only active admin" in dialog.ui.formError.text()
                    or "only active admin" in dialog.ui.emailError.text())
    assert portal.agent(portal.actor.email).active
    dialog.reject()
