"""Working a ticket from its header and the Ticket menu: changes persist with their event,
shortcuts, Take it, the core's refusals, CCs, and the event lines in the thread."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu

from conftest import cli_env
from mailmaker import make_mail

from .conftest import ADMIN, DOMAIN

SAM = f"sam@{DOMAIN}"


@pytest.fixture
def ticket_id(portal, internal, run):
    return run(portal.deliver(make_mail(to=internal.address), [internal.id],
                              "carol@example.com")).ticket_id


def open_ticket(make_window, ticket_id, qtbot):
    window, _core, _presence = make_window()
    assert window.select_ticket(ticket_id)
    qtbot.waitUntil(lambda: window.pane.ticket_id == ticket_id)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def choose(menu: QMenu, text: str, qtbot) -> None:
    """Pick an entry of an open menu with the keyboard, as a person would."""
    qtbot.waitUntil(menu.isVisible)
    target = next(a for a in menu.actions() if a.text() == text)
    for _ in menu.actions():
        if menu.activeAction() is target:
            break
        qtbot.keyClick(menu, Qt.Key.Key_Down)
    assert menu.activeAction() is target
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not menu.isVisible())


def last_event(portal, ticket_id):
    event = portal.ticket(ticket_id).events[-1]
    return event.actor, event.field, event.old, event.new


def event_texts(window) -> list[str]:
    return [line.text().rpartition(" · ")[0] for line in window.pane.event_lines]


def test_status_priority_queue_assignee_from_the_header_persist_with_events(
        make_window, portal, ticket_id, run, qtbot, tmp_path):
    run(portal.add_queue("Billing"))
    run(portal.add_agent(f"bob@{DOMAIN}", "Bob Le", "agent", ["Support", "Billing"]))
    window = open_ticket(make_window, ticket_id, qtbot)
    pane, actions = window.pane, window.pane.actions

    qtbot.mouseClick(pane.buttons["status"], Qt.MouseButton.LeftButton)
    choose(actions.status_menu, "Solved", qtbot)
    qtbot.waitUntil(lambda: portal.ticket(ticket_id).status == "solved")
    assert last_event(portal, ticket_id) == (ADMIN, "status", "new", "solved")

    qtbot.mouseClick(pane.buttons["priority"], Qt.MouseButton.LeftButton)
    choose(actions.priority_menu, "Urgent", qtbot)
    qtbot.waitUntil(lambda: portal.ticket(ticket_id).priority == "urgent")

    qtbot.mouseClick(pane.buttons["assignee"], Qt.MouseButton.LeftButton)
    choose(actions.assignee_menu, "Bob Le", qtbot)
    qtbot.waitUntil(lambda: portal.ticket(ticket_id).assignee == f"bob@{DOMAIN}")

    qtbot.mouseClick(pane.buttons["queue"], Qt.MouseButton.LeftButton)
    choose(actions.queue_menu, "Billing", qtbot)
    qtbot.waitUntil(lambda: portal.ticket(ticket_id).queue == "Billing")
    qtbot.waitUntil(lambda: pane.buttons["queue"].text().startswith("Queue: Billing"))
    assert pane.buttons["priority"].text().startswith("Priority: Urgent")
    assert pane.ui.statusBadge.text() == "Solved"

    qtbot.waitUntil(lambda: len(pane.event_lines) == 5)
    assert event_texts(window) == [
        "StringeeX assigned Ada Admin", "Ada Admin set status Solved",
        "Ada Admin set priority Urgent", "Ada Admin assigned Bob Le",
        "Ada Admin moved the ticket to Billing"]

    shown = json.loads(subprocess.run(
        [sys.executable, "-m", "stringeex_desktop", "--data-dir", str(tmp_path / "data"),
         "ticket", "show", str(ticket_id), "--json"], capture_output=True, text=True,
        env=cli_env(), timeout=60, check=True).stdout)
    assert (shown["status"], shown["priority"], shown["queue"], shown["assignee"]) == (
        "solved", "urgent", "Billing", f"bob@{DOMAIN}")
    assert [(e["actor"], e["field"], e["new"]) for e in shown["events"]][1:] == [
        (ADMIN, "status", "solved"), (ADMIN, "priority", "urgent"),
        (ADMIN, "assignee", f"bob@{DOMAIN}"), (ADMIN, "queue", "Billing")]


def test_keyboard_s_sets_status_and_a_takes_an_unassigned_ticket(make_window, portal,
                                                                 ticket_id, run, qtbot):
    run(portal.set_ticket(ticket_id, assignee="none"))
    window = open_ticket(make_window, ticket_id, qtbot)
    pane = window.pane
    assert pane.buttons["take"].isVisible()
    window.ui.ticketView.setFocus()

    qtbot.keyClick(window.ui.ticketView, Qt.Key.Key_S)
    choose(pane.actions.status_menu, "Pending", qtbot)
    qtbot.waitUntil(lambda: portal.ticket(ticket_id).status == "pending")
    window.activateWindow()  # offscreen, a closed popup does not give the activation back
    qtbot.waitUntil(window.isActiveWindow)

    qtbot.keyClick(window.ui.ticketView, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: portal.ticket(ticket_id).assignee == ADMIN)
    assert last_event(portal, ticket_id) == (ADMIN, "assignee", None, ADMIN)
    qtbot.waitUntil(lambda: not pane.buttons["take"].isVisible())
    assert "Ada Admin took the ticket" in event_texts(window)

    qtbot.keyClick(window.ui.ticketView, Qt.Key.Key_A)  # assigned now: A opens the choice
    qtbot.waitUntil(pane.actions.assignee_menu.isVisible)
    pane.actions.assignee_menu.close()


def test_single_key_shortcuts_do_not_fire_while_typing(make_window, portal, ticket_id, qtbot):
    window = open_ticket(make_window, ticket_id, qtbot)
    edit = window.pane.composer.ui.bodyEdit
    if not edit.isVisible():
        window.pane.actions.reply_action.trigger()
    qtbot.waitUntil(edit.isVisible)
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    qtbot.keyClicks(edit, "as")
    assert edit.toPlainText() == "as"
    assert not window.pane.actions.status_menu.isVisible()
    qtbot.wait(50)  # give a wrongly fired action's write the chance to land
    assert portal.ticket(ticket_id).assignee == ADMIN
    assert [e.field for e in portal.ticket(ticket_id).events] == ["assignee"]


def test_agent_outside_the_tickets_queue_is_refused_by_the_core(make_window, portal,
                                                                ticket_id, run, qtbot):
    run(portal.add_queue("Sales"))
    run(portal.add_agent(SAM, "Sam Vo", "agent", ["Sales"]))
    window = open_ticket(make_window, ticket_id, qtbot)
    portal.sign_in(SAM)  # the pane still shows what the admin could: only the core refuses
    window.pane.actions.status_menu.actions()[3].trigger()  # Solved
    error = window.pane.ui.headerError
    qtbot.waitUntil(error.isVisible)
    assert "not a member of the queue" in error.text() and "Traceback" not in error.text()
    portal.sign_in(ADMIN)
    assert portal.ticket(ticket_id).status == "new"


def test_ccs_added_removed_and_hostile_input_refused(make_window, portal, ticket_id, qtbot):
    window = open_ticket(make_window, ticket_id, qtbot)
    qtbot.mouseClick(window.pane.buttons["ccs"], Qt.MouseButton.LeftButton)
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if w.objectName() == "CcDialog" and w.isVisible())
    ui = dialog.ui
    for hostile, reason in (("dan@example.com, eve@example.com", "exactly one"),
                            ("carol@example.com", "requester"),
                            (f"support@{DOMAIN}", "portal"),
                            ("dan@example.com\rBcc: all@example.com", "")):
        ui.addressEdit.setText(hostile)
        qtbot.mouseClick(ui.addButton, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(ui.errorLabel.isVisible)
        assert reason in ui.errorLabel.text()
        assert portal.ticket(ticket_id).ccs == []
        ui.errorLabel.hide()
    ui.addressEdit.setText('"Tran, Dan" <dan@example.com>')
    qtbot.keyClick(ui.addressEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ui.ccList.count() == 1)
    ui.addressEdit.setText("erin@example.org")
    qtbot.mouseClick(ui.addButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ui.ccList.count() == 2)
    assert not ui.errorLabel.isVisible()  # a name with a comma survives the round trip
    ui.ccList.item(0).setSelected(True)
    qtbot.mouseClick(ui.removeButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ui.ccList.count() == 1)
    assert [a.email for a in portal.ticket(ticket_id).ccs] == ["erin@example.org"]
    dialog.reject()
    qtbot.waitUntil(lambda: window.pane.buttons["ccs"].text() == "CC: 1")
    assert event_texts(window)[-3:] == ["Ada Admin added CC dan@example.com",
                                        "Ada Admin added CC erin@example.org",
                                        "Ada Admin removed CC dan@example.com"]


def test_an_ampersand_in_a_name_is_shown_not_taken_as_a_mnemonic(make_window, portal,
                                                                  ticket_id, run, qtbot):
    from PySide6.QtGui import QKeySequence

    run(portal.add_queue("R&D"))
    run(portal.set_ticket(ticket_id, queue="R&D", assignee=ADMIN))
    window = open_ticket(make_window, ticket_id, qtbot)
    button = window.pane.buttons["queue"]
    assert button.text() == "Queue: R&&D ▾"  # drawn as "Queue: R&D ▾"
    assert QKeySequence.mnemonic(button.text()).isEmpty()
    assert "R&&D" in [a.text() for a in window.pane.actions.queue_menu.actions()]
