"""Settings page: the portal domain and the outgoing relay that sends auto replies."""

from __future__ import annotations

import asyncio

from PySide6.QtWidgets import QWidget
from qasync import asyncSlot

from ...core.models import Portal
from ...core.service import Service
from ..bridge import EventBridge
from ..forms.ui_portal_page import Ui_PortalPage
from ..widgets.common import error_text, set_message
from ..widgets.field_errors import FORM, FieldErrors

# The core's ValidationError.field names for this page's inputs.
DOMAIN, HOST, PORT, SECURITY, USERNAME, PASSWORD = (
    "domain", "relay_host", "relay_port", "relay_security", "relay_username", "relay_password")


class PortalPage(QWidget):
    """The stored relay password is never shown: an empty field keeps it, text replaces it.

    The domain can change only while no internal email uses it, since their addresses end with
    it and the listener accepts only the current domain.
    """

    def __init__(self, service: Service, bridge: EventBridge, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_PortalPage()
        self.ui.setupUi(self)
        self._service = service
        self._dirty = False
        ui = self.ui
        for code, text in (("auto", self.tr("Auto (TLS when the server offers it)")),
                           ("starttls", self.tr("STARTTLS (required)")),
                           ("ssl", self.tr("SSL/TLS (implicit, usually port 465)")),
                           ("none", self.tr("None (plain text, not recommended)"))):
            ui.securityCombo.addItem(text, code)
        self.errors = FieldErrors(
            {DOMAIN: ui.domainError, HOST: ui.hostError, PORT: ui.portError,
             SECURITY: ui.securityError, USERNAME: ui.usernameError, PASSWORD: ui.passwordError,
             FORM: ui.resultLabel},
            {DOMAIN: lambda: ui.domainEdit, HOST: lambda: ui.hostEdit, PORT: lambda: ui.portSpin,
             SECURITY: lambda: ui.securityCombo, USERNAME: lambda: ui.usernameEdit,
             PASSWORD: lambda: ui.passwordEdit},
            dict)  # the core checks these on Save; editing a field clears its refusal
        for field, edit in ((DOMAIN, ui.domainEdit), (HOST, ui.hostEdit),
                            (USERNAME, ui.usernameEdit), (PASSWORD, ui.passwordEdit)):
            edit.textEdited.connect(lambda *_, f=field: self._edited(f))
        ui.portSpin.valueChanged.connect(lambda *_: self._edited(PORT))
        ui.securityCombo.activated.connect(lambda *_: self._edited(SECURITY))
        ui.saveButton.clicked.connect(self._save)
        ui.testButton.clicked.connect(self._test)
        bridge.portal_changed.connect(self.reload)
        bridge.mailboxes_changed.connect(self.reload)
        bridge.store_changed.connect(self.reload)
        set_message(ui.keyringLabel)
        self.errors.show({})
        self.reload(force=True)
        asyncio.ensure_future(self._check_keyring())

    def _edited(self, field: str) -> None:
        self._dirty = True
        self.errors.edited(field)

    def reload(self, force: bool = False) -> None:
        if self._dirty and not force:
            return
        try:
            portal = self._service.portal() or Portal("")
            internal = self._service.mailboxes("internal")
        except Exception as exc:
            set_message(self.ui.resultLabel, error_text(exc), role="error")
            return
        ui = self.ui
        ui.domainEdit.setText(portal.domain)
        ui.domainEdit.setReadOnly(bool(internal))
        ui.domainHint.setText(
            self.tr("Internal emails are addresses of this domain. It cannot change while "
                    "{0} internal email(s) use it.").format(len(internal)) if internal else
            self.tr("Internal emails will be addresses of this domain."))
        relay = portal.relay
        ui.hostEdit.setText(relay.host)
        ui.portSpin.setValue(relay.port)
        ui.securityCombo.setCurrentIndex(max(0, ui.securityCombo.findData(relay.security)))
        ui.usernameEdit.setText(relay.username)
        ui.passwordEdit.clear()
        ui.passwordEdit.setPlaceholderText(
            self.tr("stored in the system keyring") if relay.password_set
            else self.tr("not set"))
        self._dirty = False

    async def _check_keyring(self) -> None:
        """Say so up front when no secure keyring exists (the call may block on D-Bus)."""
        try:
            ok, message = await asyncio.to_thread(self._service.secret_store_status)
        except Exception as exc:
            ok, message = False, error_text(exc)
        if not ok:
            set_message(self.ui.keyringLabel, message)

    def _relay_fields(self) -> dict:
        ui = self.ui
        return dict(host=ui.hostEdit.text().strip(), port=ui.portSpin.value(),
                    security=ui.securityCombo.currentData(),
                    username=ui.usernameEdit.text().strip())

    @asyncSlot()
    async def _save(self) -> None:
        fields = self._relay_fields()
        password = self.ui.passwordEdit.text()
        domain = self.ui.domainEdit.text().strip()
        self.ui.saveButton.setEnabled(False)
        set_message(self.ui.resultLabel)
        try:
            await self._service.set_portal(
                domain=None if self.ui.domainEdit.isReadOnly() else domain,
                relay_host=fields["host"], relay_port=fields["port"],
                relay_security=fields["security"], relay_username=fields["username"],
                relay_password=password or None)
        except Exception as exc:
            self.errors.show_core_error(exc)
            return
        finally:
            self.ui.saveButton.setEnabled(True)
        self.reload(force=True)
        set_message(self.ui.resultLabel, self.tr("Saved."), role="ok")

    @asyncSlot()
    async def _test(self) -> None:
        fields = self._relay_fields()
        password = self.ui.passwordEdit.text() or None
        self.ui.testButton.setEnabled(False)
        set_message(self.ui.resultLabel, self.tr("Testing {0}:{1}…").format(
            fields["host"], fields["port"]), role="hint")
        try:
            result = await self._service.test_relay(password=password, **fields)
        except Exception as exc:
            set_message(self.ui.resultLabel, self.tr("Test failed: {0}").format(error_text(exc)),
                        role="error")
        else:
            set_message(self.ui.resultLabel, self.tr("Test passed: {0}").format(result),
                        role="ok")
        finally:
            self.ui.testButton.setEnabled(True)
