"""The SMTP email dialog: the seed's fields, validation, Test connection against real servers."""

from __future__ import annotations

import select
import socket

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QLineEdit

from stringeex_desktop.gui.bridge import EventBridge
from stringeex_desktop.gui.settings.settings_dialog import SettingsDialog
from stringeex_desktop.gui.settings.smtp_email_dialog import SmtpEmailDialog

from .conftest import SALES, SALES_PASSWORD


@pytest.fixture
def dialog(portal, qtbot):
    dialog = SmtpEmailDialog(portal)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def fill(dialog, server=None, *, email=SALES, password=SALES_PASSWORD, host=None, port=None,
         username="", name="Customer Sales"):
    ui = dialog.ui
    ui.emailEdit.setText(email)
    ui.passwordEdit.setText(password)
    ui.hostEdit.setText(host if host is not None else server.host if server else "")
    ui.portSpin.setValue(port if port is not None else server.port if server else 587)
    ui.usernameEdit.setText(username)
    ui.nameEdit.setText(name)


def choose_security(dialog, code):
    combo = dialog.ui.securityCombo
    combo.setCurrentIndex(combo.findData(code))
    combo.activated.emit(combo.currentIndex())  # as a person's choice does


def shown(label) -> str:
    return label.text() if not label.isHidden() else ""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_fields_follow_the_seed(dialog):
    ui = dialog.ui
    assert dialog.windowTitle() == "SMTP email"
    assert ui.passwordEdit.echoMode() == QLineEdit.EchoMode.Password
    assert ui.portSpin.value() == 587
    assert ui.securityCombo.currentData() == "starttls"
    assert [ui.securityCombo.itemText(i) for i in range(ui.securityCombo.count())] == [
        "Automatic (465 = TLS, else STARTTLS)", "STARTTLS", "SSL/TLS", "None (unencrypted)"]
    assert ui.usernameEdit.placeholderText() == "Same as the email"
    assert ui.activeCheck.isHidden()  # only when updating
    assert dialog.save_button.isDefault()
    assert all(not shown(label) for label in dialog.errors.labels.values())
    assert not shown(ui.resultLabel) and ui.busyBar.isHidden()


def test_security_follows_the_port_until_chosen(dialog, qtbot):
    ui = dialog.ui
    for port, security in ((465, "ssl"), (25, "starttls"), (2525, "auto"), (587, "starttls")):
        ui.portSpin.setValue(port)
        assert ui.securityCombo.currentData() == security, port
    ui.securityCombo.setFocus()
    qtbot.keyClick(ui.securityCombo, Qt.Key.Key_Down)  # STARTTLS -> SSL/TLS, by keyboard
    assert ui.securityCombo.currentData() == "ssl"
    ui.portSpin.setValue(25)
    assert ui.securityCombo.currentData() == "ssl"  # the person's choice stays


@pytest.mark.parametrize("fields, label, expected", [
    ({"email": ""}, "emailError", "Enter the email address"),
    ({"email": "not an address"}, "emailError", "not a valid email address"),
    ({"email": "sales@"}, "emailError", "Email"),
    ({"email": "Sales <sales@customer.example>"}, "emailError", "Enter the address alone"),
    ({"password": ""}, "passwordError", "Enter the password"),
    ({"host": ""}, "hostError", "Enter the SMTP host"),
    ({"host": "smtp example.com"}, "hostError", "no spaces"),
    ({"port": 70000}, "portError", "Port 70000 is out of range (1–65535)"),
    ({"port": 0}, "portError", "Port 0 is out of range"),
])
def test_validation(dialog, qtbot, portal, fields, label, expected):
    fill(dialog, **{"host": "smtp.customer.example", **fields})
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown(getattr(dialog.ui, label))))
    assert expected in shown(getattr(dialog.ui, label))
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert portal.mailboxes("smtp") == []
    qtbot.mouseClick(dialog.ui.testButton, Qt.MouseButton.LeftButton)  # same rules for Test
    assert not shown(dialog.ui.resultLabel)


def test_errors_show_while_typing_once_edited(dialog, qtbot):
    qtbot.keyClicks(dialog.ui.emailEdit, "sales@")
    assert shown(dialog.ui.emailError)
    assert not shown(dialog.ui.hostError)  # untouched fields stay quiet
    qtbot.keyClicks(dialog.ui.emailEdit, "customer.example")
    assert not shown(dialog.ui.emailError)


def run_test(dialog, qtbot, click: bool = True) -> str:
    if click:
        qtbot.mouseClick(dialog.ui.testButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shown(dialog.ui.resultLabel).startswith(("Test passed",
                                                                      "Test failed")),
                    timeout=20_000)
    assert dialog.ui.testButton.isEnabled() and dialog.ui.busyBar.isHidden()
    return shown(dialog.ui.resultLabel)


def test_connection_passes_and_saves_nothing(dialog, qtbot, portal, smtp_server):
    server = smtp_server(tls_mode="starttls")
    fill(dialog, server)
    text = run_test(dialog, qtbot)
    assert text.startswith("Test passed: ")
    assert dialog.ui.resultLabel.property("role") == "ok"
    assert server.auth_attempts and server.messages == []
    assert portal.mailboxes("smtp") == []


def test_connection_over_implicit_tls(dialog, qtbot, smtp_server):
    server = smtp_server(tls_mode="implicit")
    fill(dialog, server)
    choose_security(dialog, "ssl")
    assert run_test(dialog, qtbot).startswith("Test passed: ")


def test_wrong_password(dialog, qtbot, smtp_server):
    fill(dialog, smtp_server(), password="not-the-password")
    text = run_test(dialog, qtbot)
    assert text.startswith("Test failed: authentication failed")
    assert dialog.ui.resultLabel.property("role") == "error"
    assert "Traceback" not in text


def test_server_without_tls_while_starttls_is_chosen(dialog, qtbot, smtp_server):
    server = smtp_server(tls=None)
    fill(dialog, server)
    assert dialog.ui.securityCombo.currentData() != "none"
    choose_security(dialog, "starttls")
    assert run_test(dialog, qtbot).startswith("Test failed: server does not offer STARTTLS")
    assert server.auth_attempts == []  # the password never went over plain text


def test_closed_port(dialog, qtbot):
    fill(dialog, host="127.0.0.1", port=free_port())
    assert run_test(dialog, qtbot).startswith("Test failed: connection refused")


def test_untrusted_certificate(dialog, qtbot, smtp_server, tmp_path, monkeypatch):
    from peers.smtp_servers import TlsMaterial

    server = smtp_server()
    monkeypatch.setenv("SSL_CERT_FILE", str(TlsMaterial().write_ca_file(tmp_path / "other.pem")))
    fill(dialog, server)
    assert run_test(dialog, qtbot).startswith(
        "Test failed: certificate not trusted for host 127.0.0.1")


def test_busy_while_testing(dialog, qtbot):
    """A server that accepts the connection and never greets: the dialog shows it is busy."""
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        fill(dialog, host="127.0.0.1", port=silent.getsockname()[1])
        qtbot.mouseClick(dialog.ui.testButton, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.ui.busyBar.isVisible())
        assert not dialog.ui.testButton.isEnabled() and not dialog.save_button.isEnabled()
        assert shown(dialog.ui.resultLabel).startswith("Testing 127.0.0.1:")
        qtbot.waitUntil(lambda: bool(select.select([silent], [], [], 0)[0]))
        connection, _ = silent.accept()
        connection.close()  # the server hangs up: the test ends with the step that failed
    text = run_test(dialog, qtbot, click=False)
    assert "connection" in text.lower() and dialog.save_button.isEnabled()


def test_save_adds_the_mailbox_and_keeps_the_password_out_of_the_database(
        dialog, qtbot, portal, smtp_server):
    server = smtp_server()
    saved = []
    dialog.saved.connect(saved.append)
    fill(dialog, server, username=SALES)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=20_000)
    [mailbox] = portal.mailboxes("smtp")
    assert saved == [mailbox] and not dialog.isVisible()
    assert (mailbox.address, mailbox.name, mailbox.queue, mailbox.active) == (
        SALES, "Customer Sales", None, True)
    smtp = mailbox.smtp
    assert (smtp.host, smtp.port, smtp.security, smtp.username) == (
        server.host, server.port, "auto", SALES)  # a test port: STARTTLS, required
    assert server.auth_attempts  # Save verified the connection first
    assert portal.mailbox_password(mailbox.id) == SALES_PASSWORD
    files = [p for p in portal.data_dir.iterdir() if p.is_file()]
    assert any(p.name.endswith(".db") for p in files)
    for path in files:
        assert SALES_PASSWORD.encode() not in path.read_bytes(), path


def test_save_refuses_when_the_server_does(dialog, qtbot, portal, smtp_server):
    fill(dialog, smtp_server(), password="wrong")
    qtbot.keyClick(dialog.ui.nameEdit, Qt.Key.Key_Return)  # Enter presses Save
    qtbot.waitUntil(lambda: shown(dialog.ui.resultLabel).startswith("Not saved"), timeout=20_000)
    assert "authentication failed" in shown(dialog.ui.resultLabel)
    assert portal.mailboxes("smtp") == [] and dialog.isVisible()
    assert dialog.save_button.isEnabled()


def test_duplicate_address(dialog, qtbot, portal, smtp_server, run):
    server = smtp_server()
    run(portal.add_smtp_mailbox(SALES, host=server.host, port=server.port,
                                password=SALES_PASSWORD, security="starttls"))
    fill(dialog, server, email=SALES.upper())
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown(dialog.ui.emailError)))
    assert "already in the email channel list" in shown(dialog.ui.emailError)
    assert len(portal.mailboxes("smtp")) == 1


def test_forwarding_hint_lists_internal_emails_to_copy(portal, qtbot, run, domain):
    dialog = SmtpEmailDialog(portal)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert "An SMTP email only sends" in ui.forwardLabel.text()
    assert "none is active yet" in ui.forwardLabel.text() and ui.copyButton.isHidden()
    run(portal.add_internal_mailbox("support", name="Acme Support", queue="Support"))
    off = run(portal.add_internal_mailbox("old", name="Old", queue="Support"))
    run(portal.update_mailbox(off.id, active=False))
    dialog = SmtpEmailDialog(portal)
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    ui.emailEdit.setText(SALES)
    assert f"sent to {SALES}" in ui.forwardLabel.text()
    assert "forward it to an internal email" in ui.forwardLabel.text()
    assert [ui.internalList.item(i).text() for i in range(ui.internalList.count())] == [
        f"support@{domain}"]
    qtbot.mouseClick(ui.copyButton, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == f"support@{domain}"
    assert ui.copyButton.text() == "Copied"


def test_update_keeps_or_replaces_the_password(portal, qtbot, run, smtp_server):
    server = smtp_server()
    mailbox = run(portal.add_smtp_mailbox(SALES, host=server.host, port=server.port,
                                          password=SALES_PASSWORD, security="starttls",
                                          name="Sales"))
    dialog = SmtpEmailDialog(portal, mailbox)
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    assert dialog.windowTitle() == "Update SMTP email"
    assert ui.emailEdit.isReadOnly() and ui.emailEdit.text() == SALES
    assert ui.passwordEdit.text() == "" and "keep the stored password" in (
        ui.passwordEdit.placeholderText())
    assert (ui.hostEdit.text(), ui.portSpin.value(), ui.securityCombo.currentData()) == (
        server.host, server.port, "starttls")
    assert ui.usernameEdit.text() == ""  # the email itself
    assert not ui.activeCheck.isHidden() and ui.activeCheck.isChecked()
    assert run_test(dialog, qtbot).startswith("Test passed")  # with the stored password

    ui.nameEdit.setText("Customer Sales")
    ui.activeCheck.setChecked(False)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    [updated] = portal.mailboxes("smtp")
    assert (updated.name, updated.active, updated.smtp.username) == (
        "Customer Sales", False, SALES)
    assert portal.mailbox_password(mailbox.id) == SALES_PASSWORD

    dialog = SmtpEmailDialog(portal, updated)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.passwordEdit.setText("a-new-password")
    dialog.ui.portSpin.setValue(465)
    choose_security(dialog, "ssl")  # it was chosen, for a port that suggests none
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    [updated] = portal.mailboxes("smtp")
    assert (updated.smtp.port, updated.smtp.security) == (465, "ssl")
    assert portal.mailbox_password(mailbox.id) == "a-new-password"


def test_escape_closes_without_saving(dialog, qtbot, portal):
    fill(dialog, host="smtp.customer.example")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected
    assert portal.mailboxes("smtp") == []


def test_opened_from_the_email_channel_page(portal, core, qtbot, run, smtp_server):
    bridge = EventBridge(portal.bus)
    settings = SettingsDialog(portal, bridge, core)
    qtbot.addWidget(settings)
    settings.show()
    page = settings.email_channel
    page.add_smtp_action.trigger()
    dialog = page.dialog
    assert isinstance(dialog, SmtpEmailDialog) and dialog.isVisible() and dialog.mailbox is None
    server = smtp_server()
    fill(dialog, server)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=20_000)
    model = page.model
    assert [model.data(model.index(0, c)) for c in range(3)] == [
        SALES, "SMTP email", "Customer Sales"]
    page.ui.mailboxView.selectRow(0)
    assert page.ui.updateButton.isEnabled()
    qtbot.mouseClick(page.ui.updateButton, Qt.MouseButton.LeftButton)
    assert isinstance(page.dialog, SmtpEmailDialog) and page.dialog.mailbox.address == SALES
    page.dialog.reject()
    bridge.detach()


def test_a_server_without_sign_in(dialog, qtbot, portal, smtp_server):
    """Sign in off: no username, no password, nothing in the keyring; the update dialog keeps
    it off. With Sign in on, the refusal says the server offers no AUTH."""
    server = smtp_server(auth=None)
    fill(dialog, server, password="")
    ui = dialog.ui
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown(ui.passwordError)))
    assert "turn off Sign in" in shown(ui.passwordError) and portal.mailboxes("smtp") == []
    ui.passwordEdit.setText("not-needed")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shown(ui.resultLabel).startswith("Not saved"), timeout=20_000)
    assert "offers no AUTH" in shown(ui.resultLabel)

    ui.signInCheck.setChecked(False)
    assert not ui.passwordEdit.isEnabled() and not ui.usernameEdit.isEnabled()
    assert not shown(ui.passwordError)
    assert run_test(dialog, qtbot).startswith("Test passed")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=20_000)
    [mailbox] = portal.mailboxes("smtp")
    assert mailbox.smtp.username == "" and portal.mailbox_password(mailbox.id) is None
    assert server.auth_attempts == []

    again = SmtpEmailDialog(portal, mailbox)
    qtbot.addWidget(again)
    again.show()
    assert not again.ui.signInCheck.isChecked() and not again.ui.passwordEdit.isEnabled()
    again.ui.nameEdit.setText("Relay without login")
    qtbot.mouseClick(again.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: again.result() == QDialog.DialogCode.Accepted)
    [updated] = portal.mailboxes("smtp")
    assert (updated.name, updated.smtp.username) == ("Relay without login", "")
