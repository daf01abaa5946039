"""Core refusals land under the field `ValidationError.field` names, whatever their wording.

The messages below are Vietnamese and mention other fields' English words on purpose: a dialog
that looked for words in the text would put them in the wrong place (defect 15).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from stringeex_desktop.core.errors import ConflictError, StoreError, ValidationError
from stringeex_desktop.gui.bridge import EventBridge
from stringeex_desktop.gui.settings.add_agent_dialog import AddAgentDialog
from stringeex_desktop.gui.settings.internal_email_dialog import InternalEmailDialog
from stringeex_desktop.gui.settings.portal_page import PortalPage
from stringeex_desktop.gui.settings.portal_setup_dialog import PortalSetupDialog
from stringeex_desktop.gui.settings.smtp_email_dialog import SmtpEmailDialog
from stringeex_desktop.gui.widgets.field_errors import FORM

MISLEADING = "Giá trị này không hợp lệ (email, name, queue, host, port, password, domain)."


def shown(label) -> str:
    return label.text() if not label.isHidden() else ""


def refuse(monkeypatch, service, method: str, exc: Exception) -> None:
    async def refused(*_args, **_kwargs):
        raise exc

    monkeypatch.setattr(service, method, refused)


def save_and_wait(qtbot, button, label) -> str:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown(label)))
    return shown(label)


def only_shown(errors) -> dict[str, str]:
    return {field: shown(label) for field, label in errors.labels.items() if shown(label)}


# -- Internal email -------------------------------------------------------------------------

@pytest.fixture
def internal_dialog(portal, qtbot):
    dialog = InternalEmailDialog(portal)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.localEdit.setText("support")
    dialog.ui.nameEdit.setText("Acme Support")
    dialog.ui.queueCombo.setCurrentIndex(0)
    return dialog


@pytest.mark.parametrize("field", ["local_part", "name", "queue", "auto_reply"])
def test_internal_email_field_named_by_the_core(internal_dialog, portal, qtbot, monkeypatch,
                                                field):
    refuse(monkeypatch, portal, "add_internal_mailbox", ValidationError(MISLEADING, field=field))
    label = internal_dialog.errors.labels[field]
    assert save_and_wait(qtbot, internal_dialog.save_button, label) == MISLEADING
    assert only_shown(internal_dialog.errors) == {field: MISLEADING}
    assert internal_dialog.isVisible()


@pytest.mark.parametrize("exc", [ValidationError("Tên hộp thư local part đã có."),
                                 ValidationError("queue", field="no_such_field"),
                                 ConflictError("email queue name", field="smtp_host"),
                                 StoreError("the store is busy: another program holds it")])
def test_internal_email_unknown_field_goes_to_the_form_line(internal_dialog, portal, qtbot,
                                                            monkeypatch, exc):
    refuse(monkeypatch, portal, "add_internal_mailbox", exc)
    errors = internal_dialog.errors
    assert save_and_wait(qtbot, internal_dialog.save_button, errors.labels[FORM]) == str(exc)
    assert only_shown(errors) == {FORM: str(exc)}


def test_internal_email_conflict_from_the_real_service(internal_dialog, portal, qtbot, run,
                                                       monkeypatch):
    """Another window added the address meanwhile: the core's own refusal, where it says."""
    run(portal.add_internal_mailbox("support", name="Other window", queue="Support"))
    with pytest.raises(ConflictError) as refused:
        run(portal.add_internal_mailbox("support", name="Again", queue="Support"))
    monkeypatch.setattr(portal, "mailboxes", lambda kind=None: [])  # the dialog cannot foresee it
    errors = internal_dialog.errors
    label = errors.labels.get(refused.value.field, errors.labels[FORM])
    text = save_and_wait(qtbot, internal_dialog.save_button, label)
    assert "already" in text and "Traceback" not in text
    assert internal_dialog.save_button.isEnabled()


def test_editing_the_field_clears_the_core_error(internal_dialog, portal, qtbot, monkeypatch):
    refuse(monkeypatch, portal, "add_internal_mailbox", ValidationError(MISLEADING, field="name"))
    label = internal_dialog.errors.labels["name"]
    save_and_wait(qtbot, internal_dialog.save_button, label)
    assert internal_dialog.ui.nameEdit.hasFocus()
    qtbot.keyClicks(internal_dialog.ui.nameEdit, "x")
    assert not shown(label)


# -- SMTP email ------------------------------------------------------------------------------

SMTP_FIELDS = ["email", "password", "host", "port", "security", "username", "name"]


@pytest.mark.parametrize("field", SMTP_FIELDS + [None])
def test_smtp_email_field_named_by_the_core(portal, qtbot, monkeypatch, field):
    dialog = SmtpEmailDialog(portal)
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    ui.emailEdit.setText("sales@customer.example")
    ui.passwordEdit.setText("secret")
    ui.hostEdit.setText("smtp.customer.example")
    refuse(monkeypatch, portal, "add_smtp_mailbox", ValidationError(MISLEADING, field=field))
    label = dialog.errors.labels[field or FORM]
    assert save_and_wait(qtbot, dialog.save_button, label) == MISLEADING
    assert only_shown(dialog.errors) == {field or FORM: MISLEADING}
    assert set(dialog.errors.labels) == {*SMTP_FIELDS, FORM}


# -- Add agent -------------------------------------------------------------------------------

@pytest.mark.parametrize("field", ["email", "name", "role", "queues", None])
def test_add_agent_field_named_by_the_core(portal, qtbot, monkeypatch, field):
    dialog = AddAgentDialog(portal)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.emailEdit.setText("minh@acme.example")
    dialog.ui.nameEdit.setText("Minh Tran")
    refuse(monkeypatch, portal, "add_agent", ConflictError(MISLEADING, field=field))
    label = dialog.errors.labels[field or FORM]
    assert save_and_wait(qtbot, dialog.save_button, label) == MISLEADING
    assert only_shown(dialog.errors) == {field or FORM: MISLEADING}
    assert dialog.isVisible()


def test_add_agent_requires_email_and_name(portal, qtbot):
    dialog = AddAgentDialog(portal)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(only_shown(dialog.errors)))
    assert set(only_shown(dialog.errors)) == {"email", "name"}
    assert dialog.ui.emailEdit.hasFocus()
    assert [a.email for a in portal.agents()] == ["admin@acme.example"]


# -- Portal set-up and the Portal page -------------------------------------------------------

@pytest.mark.parametrize("field", ["domain", "admin_email", "admin_name", None])
def test_portal_setup_field_named_by_the_core(service, qtbot, monkeypatch, field):
    dialog = PortalSetupDialog(service)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.domainEdit.setText("acme.stringeex.test")
    dialog.ui.nameEdit.setText("Ada Admin")
    dialog.ui.emailEdit.setText("admin@acme.example")
    refuse(monkeypatch, service, "set_up", ValidationError(MISLEADING, field=field))
    label = dialog.errors.labels[field or FORM]
    assert save_and_wait(qtbot, dialog.ok_button, label) == MISLEADING
    assert only_shown(dialog.errors) == {field or FORM: MISLEADING}


def test_portal_setup_refuses_hostile_domain_locally(service, qtbot):
    dialog = PortalSetupDialog(service)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.domainEdit.setText("acme\r\nBcc: x@evil.example")
    dialog.ui.nameEdit.setText("Ada Admin")
    dialog.ui.emailEdit.setText("admin@acme.example")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(only_shown(dialog.errors)))
    assert set(only_shown(dialog.errors)) == {"domain"}
    assert service.portal() is None


@pytest.mark.parametrize("field", ["domain", "relay_host", "relay_port", "relay_security",
                                   "relay_username", "relay_password", None])
def test_portal_page_field_named_by_the_core(portal, qtbot, monkeypatch, field):
    bridge = EventBridge(portal.bus)
    page = PortalPage(portal, bridge)
    qtbot.addWidget(page)
    page.show()
    page.ui.hostEdit.setText("smtp.example.com")
    refuse(monkeypatch, portal, "set_portal", ValidationError(MISLEADING, field=field))
    label = page.errors.labels[field or FORM]
    assert save_and_wait(qtbot, page.ui.saveButton, label) == MISLEADING
    assert only_shown(page.errors) == {field or FORM: MISLEADING}
    bridge.detach()
