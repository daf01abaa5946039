"""Ticket history: every change of the tracked fields is an event, written with the change."""

from __future__ import annotations

import pytest

from conftest import DOMAIN, run
from mailmaker import make_mail
from stringeex_desktop.core.errors import PermissionDeniedError, ValidationError

ALICE, BOB, ADMIN = f"alice@{DOMAIN}", f"bob@{DOMAIN}", f"admin@{DOMAIN}"


def deliver(service, portal, raw):
    return run(service.deliver(raw, [portal.id], "carol@example.com"))


def events(service, ticket_id):
    return [(e.actor, e.field, e.old, e.new) for e in service.ticket(ticket_id).events]


def test_routing_first_assignment_is_recorded_by_the_core(service, portal):
    ticket_id = deliver(service, portal, make_mail()).ticket_id
    assert events(service, ticket_id) == [(None, "assignee", None, ALICE)]


def test_agent_changes_are_recorded_with_old_and_new_oldest_first(service, portal):
    ticket_id = deliver(service, portal, make_mail()).ticket_id
    service.sign_in(ADMIN)
    run(service.set_ticket(ticket_id, status="pending", priority="urgent", type="problem"))
    run(service.set_ticket(ticket_id, assignee=BOB))
    run(service.set_ticket(ticket_id, status="pending"))  # no change, no event
    assert events(service, ticket_id)[1:] == [
        (ADMIN, "status", "new", "pending"), (ADMIN, "priority", "normal", "urgent"),
        (ADMIN, "type", "question", "problem"), (ADMIN, "assignee", ALICE, BOB)]
    at = [e.at for e in service.ticket(ticket_id).events]
    assert at == sorted(at)


def test_customer_answer_reopening_is_recorded_without_actor(service, portal):
    ticket_id = deliver(service, portal, make_mail(message_id="<a@example.com>")).ticket_id
    run(service.set_ticket(ticket_id, status="solved"))
    run(service.set_queue_members("Support", [BOB]))
    deliver(service, portal, make_mail(in_reply_to="<a@example.com>",
                                       message_id="<b@example.com>"))
    assert events(service, ticket_id)[-3:] == [
        (None, "status", "new", "solved"), (None, "status", "solved", "processing"),
        (None, "assignee", ALICE, BOB)]


def test_assignment_when_an_agent_comes_online_is_recorded(service, portal):
    run(service.update_mailbox(portal.id, online_first=True))
    ticket_id = deliver(service, portal, make_mail()).ticket_id
    assert events(service, ticket_id) == []
    run(service.set_presence(BOB, "online"))
    assert events(service, ticket_id) == [(None, "assignee", None, BOB)]


def test_queue_change_routes_and_both_are_recorded(service, portal):
    run(service.add_queue("Sales"))
    run(service.add_agent(f"sam@{DOMAIN}", "Sam", "agent", ["Sales"]))
    ticket_id = deliver(service, portal, make_mail()).ticket_id
    service.sign_in(ADMIN)
    run(service.set_ticket(ticket_id, queue="Sales"))
    assert events(service, ticket_id)[1:] == [(ADMIN, "queue", "Support", "Sales"),
                                               (None, "assignee", ALICE, f"sam@{DOMAIN}")]


def test_thread_interleaves_messages_and_events_by_time(service, portal):
    ticket_id = deliver(service, portal, make_mail()).ticket_id
    run(service.add_note(ticket_id, ALICE, "looking"))
    ticket = service.ticket(ticket_id)
    assert ticket.status == "new"  # a note is no answer
    assert [getattr(i, "direction", None) or i.field for i in ticket.thread()] == [
        "in", "out", "assignee", "note"]  # the auto-reply shares the ingest time


def test_ccs_added_and_removed_one_event_per_address(service, portal):
    ticket_id = deliver(service, portal, make_mail()).ticket_id
    service.sign_in(ALICE)
    run(service.set_ticket(ticket_id, ccs=["Dan <dan@example.com>", "erin@example.org"]))
    run(service.set_ticket(ticket_id, ccs=["erin@example.org", "DAN@example.com"]))
    run(service.set_ticket(ticket_id, ccs=["erin@example.org"]))
    assert [a.email for a in service.ticket(ticket_id).ccs] == ["erin@example.org"]
    assert events(service, ticket_id)[1:] == [
        (ALICE, "ccs", None, "dan@example.com"), (ALICE, "ccs", None, "erin@example.org"),
        (ALICE, "ccs", "dan@example.com", None)]


def test_customer_mail_adding_ccs_to_a_ticket_is_recorded(service, portal):
    ticket_id = deliver(service, portal, make_mail(message_id="<a@example.com>",
                                                   cc="frank@example.net")).ticket_id
    deliver(service, portal, make_mail(in_reply_to="<a@example.com>", cc="gina@example.net",
                                       message_id="<b@example.com>"))
    assert events(service, ticket_id)[-1] == (None, "ccs", None, "gina@example.net")


@pytest.mark.parametrize("hostile", [
    "dan@example.com\r\nBcc: all@example.com", "dan@example.com, eve@example.com",
    "not an address", "dan@example.com\nX-Evil: 1", "", f"support@{DOMAIN}",
    "carol@example.com"])
def test_hostile_or_impossible_ccs_are_refused_and_nothing_changes(service, portal, hostile):
    ticket_id = deliver(service, portal, make_mail()).ticket_id
    with pytest.raises(ValidationError):
        run(service.set_ticket(ticket_id, ccs=["ok@example.com", hostile]))
    ticket = service.ticket(ticket_id)
    assert ticket.ccs == [] and [e.field for e in ticket.events] == ["assignee"]


def test_agent_works_only_within_their_queues(service, portal):
    run(service.add_queue("Sales"))
    run(service.add_agent(f"sam@{DOMAIN}", "Sam", "agent", ["Sales"]))
    ticket_id = deliver(service, portal, make_mail()).ticket_id
    service.sign_in(BOB)
    assert run(service.set_ticket(ticket_id, assignee=BOB)).assignee == BOB  # Take it
    assert run(service.set_ticket(ticket_id, assignee=ALICE)).assignee == ALICE
    for change in ({"assignee": f"sam@{DOMAIN}"}, {"queue": "Sales"}):
        with pytest.raises(PermissionDeniedError):
            run(service.set_ticket(ticket_id, **change))
    service.sign_in(f"sam@{DOMAIN}")
    with pytest.raises(PermissionDeniedError):
        run(service.set_ticket(ticket_id, assignee=f"sam@{DOMAIN}"))
    service.sign_in(f"admin@{DOMAIN}")  # Sam may not even read another queue's ticket
    ticket = service.ticket(ticket_id)
    assert (ticket.queue, ticket.assignee) == ("Support", ALICE)
    assert events(service, ticket_id)[1:] == [(BOB, "assignee", ALICE, BOB),
                                               (BOB, "assignee", BOB, ALICE)]


def test_thread_follows_arrival_not_the_senders_date(service, portal):
    """A Date header is the sender's claim: an answer dated 1999 still comes after the
    change made before it arrived."""
    ticket_id = deliver(service, portal, make_mail(message_id="<a@example.com>")).ticket_id
    run(service.set_ticket(ticket_id, status="pending"))
    late = make_mail(in_reply_to="<a@example.com>", message_id="<b@example.com>").replace(
        b"Date: Sun, 01 Nov 2026", b"Date: Fri, 01 Jan 1999")
    assert b"1999" in late
    deliver(service, portal, late)
    assert [getattr(i, "direction", None) or f"{i.field}:{i.new}"
            for i in service.ticket(ticket_id).thread()] == [
        "in", "out", "assignee:alice@acme.stringeex.local", "status:pending", "in",
        "status:processing"]


def test_first_reply_puts_a_new_ticket_in_processing_as_its_author(service, portal):
    """Queued only (nothing is sent here): the status change is the author's."""
    sales = run(service.add_smtp_mailbox("sales@customer.example", host="127.0.0.1", port=1,
                                         security="none", auth=False, verify=False))
    ticket_id = deliver(service, portal, make_mail()).ticket_id
    run(service.reply(ticket_id, ALICE, "On it.", via=sales.id))
    assert events(service, ticket_id)[-1] == (ALICE, "status", "new", "processing")
    run(service.reply(ticket_id, ALICE, "Still on it.", via=sales.id))
    assert [e[1] for e in events(service, ticket_id)] == ["assignee", "status"]
