"""Tray and desktop notifications: what reaches me, what does not, and the counts."""

from __future__ import annotations

import pytest

from .conftest import ADMIN, CUSTOMER
from mailmaker import make_mail
from stringeex_desktop.core.models import format_serial
from stringeex_desktop.core.service import Service
from stringeex_desktop.gui import preferences

COALESCE_WAIT = 10_000


@pytest.fixture(autouse=True)
def quiet_defaults():
    preferences.set_do_not_disturb(False)
    preferences.set_notification_sound(False)
    yield
    preferences.set_do_not_disturb(False)


def mail(portal, internal, run, subject="Printer on fire", **kwargs):
    raw = make_mail(sender=f"Carol Customer <{CUSTOMER}>", to=internal.address,
                    subject=subject, **kwargs)
    return run(portal.deliver(raw, [internal.id], CUSTOMER)).ticket_id


def recorder(window):
    seen = []
    window.notifier.notify.connect(lambda *args: seen.append(args))
    return seen


def test_assignment_notifies_and_clicking_opens_the_ticket(make_window, portal, internal, run,
                                                          qtbot):
    window, _, _ = make_window()
    with qtbot.waitSignal(window.notifier.notify, timeout=COALESCE_WAIT) as signal:
        ticket_id = mail(portal, internal, run, message_id="<first@example.com>")
    serial = format_serial(ticket_id)
    assert signal.args == [f"Ticket {serial} assigned to you",
                           "Printer on fire\nfrom Carol Customer", ticket_id]
    assert window.tray.last_message == tuple(signal.args)
    window.ui.ticketView.clearSelection()
    window.tray.messageClicked.emit()
    assert window.selected_ticket_id() == ticket_id
    assert window.pane.ticket_id == ticket_id

    with qtbot.waitSignal(window.notifier.notify, timeout=COALESCE_WAIT) as signal:
        mail(portal, internal, run, subject=f"Re: Printer on fire [{serial}]",
             in_reply_to="<first@example.com>")
    assert signal.args == [f"Carol Customer answered ticket {serial}", "Printer on fire",
                           ticket_id]


def test_none_for_my_own_actions(make_window, portal, internal, linked_ticket, smtp_server, run,
                                 qtbot):
    """My reply, my note and taking a ticket myself are not news to me."""
    ticket_id, _sales = linked_ticket(smtp_server())
    window, _, _ = make_window()
    seen = recorder(window)
    run(portal.reply(ticket_id, ADMIN, "On it."))
    run(portal.add_note(ticket_id, ADMIN, "Called her."))
    run(portal.add_queue("Sales"))
    run(portal.set_ticket(ticket_id, queue="Sales"))  # no member: it waits unassigned
    run(portal.set_ticket(ticket_id, assignee=ADMIN))  # and I take it
    window.notifier.flush()
    assert seen == []

    run(portal.poll_changes())  # what the running app does twice a second
    other = Service(portal.data_dir)  # another process, e.g. a supervisor's desktop or the CLI
    try:
        run(other.set_ticket(ticket_id, assignee="none"))
        run(portal.poll_changes())
        run(other.set_ticket(ticket_id, assignee=ADMIN))
        with qtbot.waitSignal(window.notifier.notify, timeout=COALESCE_WAIT) as signal:
            run(portal.poll_changes())
    finally:
        other.close()
    assert signal.args[0] == f"Ticket {format_serial(ticket_id)} assigned to you"


def test_many_at_once_are_one_notification(make_window, portal, internal, run, qtbot):
    window, _, _ = make_window()
    seen = recorder(window)
    with qtbot.waitSignal(window.notifier.notify, timeout=COALESCE_WAIT) as signal:
        for n in range(12):
            mail(portal, internal, run, subject=f"Question {n}")
    assert signal.args == ["12 tickets need you", "12 assigned to you", 0]
    window.notifier.flush()
    assert len(seen) == 1
    window.tray.messageClicked.emit()  # a group: the window comes up, nothing else changes
    assert window.isVisible()


def test_do_not_disturb_keeps_quiet_but_counts_go_on(make_window, portal, internal, run, qtbot):
    window, _, _ = make_window()
    seen = recorder(window)
    preferences.set_do_not_disturb(True)
    mail(portal, internal, run)
    window.notifier.flush()
    assert seen == []
    qtbot.waitUntil(lambda: window.tray.counts == (1, 1))


def test_tray_count_follows_the_store(make_window, portal, internal, run, qtbot):
    window, _, _ = make_window()
    tray = window.tray
    assert tray.counts == (0, 0)
    first = mail(portal, internal, run, subject="One")
    mail(portal, internal, run, subject="Two")
    qtbot.waitUntil(lambda: tray.counts == (2, 2))
    assert tray.toolTip() == "StringeeX Desktop: 2 open ticket(s), 2 new"
    run(portal.set_ticket(first, status="pending"))
    qtbot.waitUntil(lambda: tray.counts == (2, 1))
    run(portal.poll_changes())
    other = Service(portal.data_dir)
    try:
        run(other.set_ticket(first, status="solved"))
    finally:
        other.close()
    run(portal.poll_changes())
    qtbot.waitUntil(lambda: tray.counts == (1, 1))
    assert not tray.icon().isNull()


def test_tray_menu_sets_presence_and_quits(make_window, run, qtbot):
    window, _, presence = make_window(idle_minutes=0)
    tray = window.tray
    tray.online_action.trigger()
    qtbot.waitUntil(lambda: presence.online and window.ui.actionOnline.isChecked())
    window.ui.actionOnline.trigger()
    qtbot.waitUntil(lambda: not presence.online and not tray.online_action.isChecked())
    with qtbot.waitSignal(window.closing):
        tray.quit_action.trigger()


def test_coming_online_hands_over_waiting_tickets_with_one_notification(make_window, portal,
                                                                         run, qtbot):
    online_first = run(portal.add_internal_mailbox("sales", name="Sales", queue="Support",
                                                   online_first=True))
    window, _, presence = make_window(idle_minutes=0)
    seen = recorder(window)
    for n in range(3):
        mail(portal, online_first, run, subject=f"Waiting {n}")
    window.notifier.flush()
    assert seen == []  # offline: they wait in the queue, nobody is told
    assert window.tray.counts == (0, 0)
    with qtbot.waitSignal(window.notifier.notify, timeout=COALESCE_WAIT) as signal:
        presence.set_online(True)
    assert signal.args == ["3 tickets need you", "3 assigned to you", 0]
    qtbot.waitUntil(lambda: window.tray.counts == (3, 3))
    window.notifier.flush()
    assert len(seen) == 1
