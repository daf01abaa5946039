"""Settings: the email channel list, queues, agents and the portal's relay."""

from __future__ import annotations

import socket

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from stringeex_desktop.gui.settings.settings_dialog import SettingsDialog


def test_pages(settings):
    pages = settings.ui.pageList
    assert [pages.item(i).text() for i in range(pages.count())] == [
        "Email channel", "Queues", "Agents", "Portal", "This computer", "You",
        "Canned replies", "Remote content", "Team store"]
    for index, page in ((SettingsDialog.PORTAL, settings.portal),
                        (SettingsDialog.THIS_COMPUTER, settings.this_computer),
                        (SettingsDialog.PERSONAL, settings.personal),
                        (SettingsDialog.CANNED, settings.canned),
                        (SettingsDialog.REMOTE_CONTENT, settings.remote_content),
                        (SettingsDialog.TEAM_STORE, settings.team_store)):
        settings.show_page(index)
        assert settings.ui.pageStack.currentWidget() is page


def test_add_email_address_menu(settings):
    page = settings.email_channel
    actions = [a for a in page.ui.addButton.menu().actions()]
    assert [(a.text().replace("&", ""), a.isEnabled()) for a in actions] == [
        ("Internal email", True),
        ("Gmail", True),
        ("SMTP email", True)]


def test_new_internal_email_shows_in_the_list(settings, qtbot):
    page = settings.email_channel
    page.add_internal_action.trigger()
    dialog = page.dialog
    assert dialog.isVisible()
    dialog.ui.localEdit.setText("support")
    dialog.ui.nameEdit.setText("Acme Support")
    dialog.ui.queueCombo.setCurrentIndex(0)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    model = page.model
    row = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert row == ["support@acme.stringeex.test", "Internal email", "Acme Support", "Support",
                   "Active", "OK"]


def test_update_and_remove(settings, portal, run, qtbot):
    run(portal.add_internal_mailbox("support", name="Acme Support", queue="Support"))
    page = settings.email_channel
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.ui.mailboxView.selectRow(0)
    assert page.ui.updateButton.isEnabled() and page.ui.removeButton.isEnabled()
    qtbot.mouseClick(page.ui.updateButton, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog.ui.localEdit.isReadOnly()
    dialog.ui.activeCheck.setChecked(False)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    qtbot.waitUntil(lambda: page.model.data(page.model.index(0, 4)) == "Inactive")

    page.ui.mailboxView.selectRow(0)
    settings.activateWindow()
    qtbot.waitUntil(settings.isActiveWindow)
    page.ui.mailboxView.setFocus()
    qtbot.keyClick(page.ui.mailboxView, Qt.Key.Key_Delete)  # same as the Remove… button
    [box] = [w for w in settings.findChildren(QMessageBox) if w.isVisible()]
    assert "support@acme.stringeex.test" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    remove = next(b for b in box.buttons() if b.text().replace("&", "") == "Remove")
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: portal.mailboxes() == [] and page.model.rowCount() == 0)


def test_queues_and_members(settings, portal, run, qtbot):
    run(portal.add_agent("alex@acme.example", "Alex Nguyen", "agent"))
    page = settings.queues
    qtbot.waitUntil(lambda: page.ui.memberList.count() == 2)
    qtbot.keyClicks(page.ui.newQueueEdit, "Billing")
    qtbot.keyClick(page.ui.newQueueEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.current_queue() == "Billing")
    assert "Billing" in [q.name for q in portal.queues()]
    members = page.ui.memberList
    alex = next(members.item(i) for i in range(members.count())
                if members.item(i).data(Qt.ItemDataRole.UserRole) == "alex@acme.example")
    alex.setCheckState(Qt.CheckState.Checked)
    assert page.ui.saveMembersButton.isEnabled()
    qtbot.mouseClick(page.ui.saveMembersButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: portal.agent("alex@acme.example").queues == ["Billing"])
    assert "Saved" in page.ui.membersStatusLabel.text()


def test_duplicate_queue_is_explained(settings, qtbot):
    page = settings.queues
    qtbot.keyClicks(page.ui.newQueueEdit, "Support")
    qtbot.mouseClick(page.ui.addQueueButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(page.ui.queueErrorLabel.text()))
    assert not page.ui.queueErrorLabel.isHidden()


def test_add_agent(settings, portal, qtbot):
    page = settings.agents
    assert page.model.rowCount() == 1
    dialog = page.open_add_agent()
    dialog.ui.emailEdit.setText("minh@acme.example")
    dialog.ui.nameEdit.setText("Minh Tran")
    dialog.ui.roleCombo.setCurrentIndex(dialog.ui.roleCombo.findData("supervisor"))
    dialog.ui.queueList.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    agent = portal.agent("minh@acme.example")
    assert (agent.name, agent.role, agent.queues) == ("Minh Tran", "supervisor", ["Support"])


def test_portal_relay_is_saved_and_the_password_never_shown(settings, portal, qtbot):
    page = settings.portal
    ui = page.ui
    assert ui.domainEdit.text() == "acme.stringeex.test"
    assert [ui.securityCombo.itemData(i) for i in range(ui.securityCombo.count())] == [
        "auto", "starttls", "ssl", "none"]
    ui.hostEdit.setText("smtp.example.com")
    ui.portSpin.setValue(2587)
    ui.securityCombo.setCurrentIndex(ui.securityCombo.findData("starttls"))
    ui.usernameEdit.setText("relay-user")
    ui.passwordEdit.setText("s3cret")
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ui.resultLabel.text() == "Saved.")
    relay = portal.portal().relay
    assert (relay.host, relay.port, relay.security, relay.username, relay.password_set) == (
        "smtp.example.com", 2587, "starttls", "relay-user", True)
    assert portal.relay_password() == "s3cret"
    assert ui.passwordEdit.text() == ""
    assert ui.passwordEdit.placeholderText() == "stored in the system keyring"


def test_relay_test_names_the_failing_step(settings, qtbot):
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    ui = settings.portal.ui
    ui.hostEdit.setText("127.0.0.1")
    ui.portSpin.setValue(port)
    ui.securityCombo.setCurrentIndex(ui.securityCombo.findData("none"))
    qtbot.mouseClick(ui.testButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ui.resultLabel.text().startswith("Test failed:"), timeout=10_000)
    assert "connection refused" in ui.resultLabel.text().lower()
    assert ui.testButton.isEnabled()
