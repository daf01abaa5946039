"""Add or update an SMTP email: the seed's Email, Password, Host and Port, tested before saving."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget
from qasync import asyncSlot

from ...core.errors import ConnectionTestError, ValidationError
from ...core.models import Mailbox, SmtpSettings
from ...core.service import MAX_NAME, Service, parse_address_strict
from ..forms.ui_smtp_email_dialog import Ui_SmtpEmailDialog
from ..widgets.common import error_text, set_message
from ..widgets.field_errors import FORM, FieldErrors

# The core's ValidationError.field names for this form's inputs.
EMAIL, PASSWORD, HOST, PORT, SECURITY, USERNAME, NAME = (
    "email", "password", "host", "port", "security", "username", "name")
DEFAULT_PORT = 587
PORT_SECURITY = {465: "ssl", 587: "starttls", 25: "starttls"}
"""What the Security combo follows until the user picks something there."""


class SmtpEmailDialog(QDialog):
    """Errors show under their field as in the Internal email dialog; connection results (Test
    connection, and the check Save runs before adding) in the result line.

    The stored password is never shown: when updating, an empty field keeps it. Receiving
    needs forwarding on the mail server (seed text), so the dialog lists where to forward to.
    """

    saved = Signal(object)  # the stored Mailbox

    def __init__(self, service: Service, mailbox: Mailbox | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_SmtpEmailDialog()
        self.ui.setupUi(self)
        self.setWindowIcon(QIcon(":/icons/app.svg"))
        self._service = service
        self.mailbox = mailbox
        self._busy = False
        self._security_chosen = False
        ui = self.ui
        self.errors = FieldErrors(
            {EMAIL: ui.emailError, PASSWORD: ui.passwordError, HOST: ui.hostError,
             PORT: ui.portError, SECURITY: ui.securityError, USERNAME: ui.usernameError,
             NAME: ui.nameError, FORM: ui.formError},
            {EMAIL: lambda: ui.emailEdit, PASSWORD: lambda: ui.passwordEdit,
             HOST: lambda: ui.hostEdit, PORT: lambda: ui.portSpin,
             SECURITY: lambda: ui.securityCombo, USERNAME: lambda: ui.usernameEdit,
             NAME: lambda: ui.nameEdit},
            self.validate)
        self.save_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        for code, text in (("auto", self.tr("Automatic (465 = TLS, else STARTTLS)")),
                           ("starttls", self.tr("STARTTLS")),
                           ("ssl", self.tr("SSL/TLS")),
                           ("none", self.tr("None (unencrypted)"))):
            ui.securityCombo.addItem(text, code)
        ui.busyBar.hide()
        if mailbox is None:
            ui.activeCheck.hide()
            ui.passwordEdit.setPlaceholderText(self.tr("Password of the email account"))
            ui.portSpin.setValue(DEFAULT_PORT)
            self._follow_port(DEFAULT_PORT)
        else:
            self._fill(mailbox)

        ui.signInCheck.toggled.connect(self._sign_in_toggled)
        ui.emailEdit.textEdited.connect(lambda *_: self.errors.edited(EMAIL))
        ui.emailEdit.textChanged.connect(lambda *_: self._show_forwarding())
        ui.passwordEdit.textEdited.connect(lambda *_: self.errors.edited(PASSWORD))
        ui.hostEdit.textEdited.connect(lambda *_: self.errors.edited(HOST))
        ui.portSpin.valueChanged.connect(self._port_changed)
        ui.securityCombo.activated.connect(self._security_activated)
        ui.usernameEdit.textEdited.connect(lambda *_: self.errors.edited(USERNAME))
        ui.nameEdit.textEdited.connect(lambda *_: self.errors.edited(NAME))
        ui.testButton.clicked.connect(self.test_connection)
        ui.copyButton.clicked.connect(self._copy_address)
        self.save_button.clicked.connect(self.save)
        set_message(ui.resultLabel)
        self._fill_internal_list()
        self._show_forwarding()
        self.errors.show({})

    def _fill(self, mailbox: Mailbox) -> None:
        ui = self.ui
        self.setWindowTitle(self.tr("Update SMTP email"))
        ui.emailEdit.setText(mailbox.address)
        ui.emailEdit.setReadOnly(True)
        ui.emailEdit.setToolTip(self.tr("An address cannot change; add a new one instead."))
        ui.passwordEdit.setPlaceholderText(self.tr("Leave empty to keep the stored password"))
        smtp = mailbox.smtp or SmtpSettings("", DEFAULT_PORT)
        ui.hostEdit.setText(smtp.host)
        ui.portSpin.setValue(smtp.port)
        ui.securityCombo.setCurrentIndex(max(0, ui.securityCombo.findData(smtp.security)))
        self._security_chosen = smtp.security != PORT_SECURITY.get(smtp.port, "auto")
        if smtp.username.lower() != mailbox.address.lower():
            ui.usernameEdit.setText(smtp.username)
        ui.signInCheck.setChecked(bool(smtp.username))
        self._sign_in_toggled(bool(smtp.username))
        ui.nameEdit.setText(mailbox.name)
        ui.activeCheck.setChecked(mailbox.active)
        ui.passwordEdit.setFocus()

    def _sign_in_toggled(self, sign_in: bool) -> None:
        """A server that needs no sign-in gets no username or password at all."""
        ui = self.ui
        for widget in (ui.passwordLabel, ui.passwordEdit, ui.usernameLabel, ui.usernameEdit):
            widget.setEnabled(sign_in)
        self.errors.edited(PASSWORD)
        self.errors.edited(USERNAME)

    def sign_in(self) -> bool:
        return self.ui.signInCheck.isChecked()

    # -- security follows the port ----------------------------------------------------------

    def _port_changed(self, port: int) -> None:
        self.errors.edited(PORT)
        if not self._security_chosen:
            self._follow_port(port)

    def _follow_port(self, port: int) -> None:
        combo = self.ui.securityCombo
        combo.setCurrentIndex(combo.findData(PORT_SECURITY.get(port, "auto")))

    def _security_activated(self, _index: int) -> None:
        self._security_chosen = True
        self.errors.edited(SECURITY)

    # -- forwarding -------------------------------------------------------------------------

    def _fill_internal_list(self) -> None:
        """The active internal emails, the places this address can be forwarded to."""
        ui = self.ui
        try:
            internal = [m.address for m in self._service.mailboxes("internal") if m.active]
        except Exception as exc:
            internal = []
            set_message(ui.formError, error_text(exc))
        ui.internalList.addItems(internal)
        ui.internalList.setCurrentRow(0)
        ui.internalList.setVisible(bool(internal))
        ui.copyButton.setVisible(bool(internal))

    def _show_forwarding(self) -> None:
        """The seed: receiving needs the address forwarded to an internal email."""
        ui = self.ui
        address = ui.emailEdit.text().strip() or self.tr("this address")
        if ui.internalList.count():
            ui.forwardLabel.setText(self.tr(
                "An SMTP email only sends. To receive customers' email sent to {0}, configure "
                "the mail server of {0} to forward it to an internal email:").format(address))
        else:
            ui.forwardLabel.setText(self.tr(
                "An SMTP email only sends. To receive customers' email sent to {0}, its mail "
                "server must forward it to an internal email, and none is active yet: add one "
                "with Add email address → Internal email.").format(address))

    def _copy_address(self) -> None:
        item = self.ui.internalList.currentItem() or self.ui.internalList.item(0)
        if item is None:
            return
        QGuiApplication.clipboard().setText(item.text())
        button = self.ui.copyButton
        button.setText(self.tr("Copied"))
        QTimer.singleShot(1500, button, lambda: button.setText(self.tr("Cop&y address")))

    # -- validation -------------------------------------------------------------------------

    def username(self) -> str:
        """Empty without sign-in: the sender then never authenticates."""
        if not self.sign_in():
            return ""
        return self.ui.usernameEdit.text().strip() or self.ui.emailEdit.text().strip()

    def validate(self) -> dict[str, str]:
        """Every problem by field, with the same rules the core enforces."""
        ui = self.ui
        errors: dict[str, str] = {}
        if self.mailbox is None:
            text = ui.emailEdit.text().strip()
            if not text:
                errors[EMAIL] = self.tr("Enter the email address replies are sent from.")
            else:
                try:
                    address = parse_address_strict(text, "Email")
                except ValidationError as exc:
                    errors[EMAIL] = str(exc)
                else:
                    taken = {m.address.lower() for m in self._service.mailboxes()}
                    if address.name or "<" in text:
                        errors[EMAIL] = self.tr("Enter the address alone, e.g. sales@example.com "
                                                "(the sender's name goes in Name).")
                    elif address.email.lower() in taken:
                        errors[EMAIL] = self.tr(
                            "{0} is already in the email channel list.").format(address.email)
            if self.sign_in() and not ui.passwordEdit.text():
                errors[PASSWORD] = self.tr("Enter the password of the SMTP email, or turn off "
                                           "Sign in if the server needs none.")
        host = ui.hostEdit.text().strip()
        if not host:
            errors[HOST] = self.tr("Enter the SMTP host, e.g. smtp.gmail.com.")
        elif any(char.isspace() for char in host):
            errors[HOST] = self.tr("A host name has no spaces.")
        port = ui.portSpin.value()
        if not 1 <= port <= 65535:
            errors[PORT] = self.tr("Port {0} is out of range (1–65535).").format(port)
        if len(ui.nameEdit.text().strip()) > MAX_NAME:
            errors[NAME] = self.tr("The name is longer than {0} characters.").format(MAX_NAME)
        return errors

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        self.ui.busyBar.setVisible(busy)
        self.ui.testButton.setEnabled(not busy)
        self.save_button.setEnabled(not busy)
        if busy:
            set_message(self.ui.resultLabel, text, role="hint")

    # -- actions ----------------------------------------------------------------------------

    @asyncSlot()
    async def test_connection(self) -> None:
        """Connect, secure and sign in as a send would; nothing is saved."""
        if self._busy or not self.errors.check():
            return
        ui = self.ui
        host, port = ui.hostEdit.text().strip(), ui.portSpin.value()
        self._set_busy(True, self.tr("Testing {0}:{1}…").format(host, port))
        try:
            result = await self._service.test_smtp(
                host=host, port=port, security=ui.securityCombo.currentData(),
                username=self.username(),
                password=(ui.passwordEdit.text() or None) if self.sign_in() else None,
                mailbox_id=self.mailbox.id if self.mailbox else None)
        except Exception as exc:
            set_message(ui.resultLabel, self.tr("Test failed: {0}").format(error_text(exc)),
                        role="error")
        else:
            set_message(ui.resultLabel, self.tr("Test passed: {0}").format(result), role="ok")
        finally:
            self._set_busy(False)

    @asyncSlot()
    async def save(self) -> None:
        """Adding tests the connection first (nothing is saved when it fails); updating saves
        the settings as given, with the password only when one was typed."""
        if self._busy or not self.errors.check():
            return
        ui = self.ui
        host, port = ui.hostEdit.text().strip(), ui.portSpin.value()
        security = ui.securityCombo.currentData()
        password = ui.passwordEdit.text() if self.sign_in() else ""
        name = ui.nameEdit.text().strip()
        try:
            if self.mailbox is None:
                self._set_busy(True, self.tr("Checking {0}:{1} before saving…")
                               .format(host, port))
                mailbox = await self._service.add_smtp_mailbox(
                    ui.emailEdit.text().strip(), host=host, port=port,
                    password=password or None, security=security,
                    username=(ui.usernameEdit.text().strip() or None) if self.sign_in() else None,
                    name=name, auth=self.sign_in())
            else:
                self._set_busy(True, self.tr("Saving…"))
                verify = self.mailbox.smtp.verify if self.mailbox.smtp else True
                mailbox = await self._service.update_mailbox(
                    self.mailbox.id, active=ui.activeCheck.isChecked(), name=name,
                    password=password or None,
                    smtp=SmtpSettings(host, port, security, self.username(), verify))
        except ConnectionTestError as exc:
            set_message(ui.resultLabel, self.tr("Not saved: the connection test failed: {0}")
                        .format(error_text(exc)), role="error")
            return
        except Exception as exc:
            set_message(ui.resultLabel)
            self.errors.show_core_error(exc)
            return
        finally:
            self._set_busy(False)
        self.mailbox = mailbox
        self.saved.emit(mailbox)
        self.accept()

