"""Ingest through the service: threading, routing, reopen, auto-reply rules, idempotence."""

from __future__ import annotations

from datetime import timedelta

import pytest

from conftest import DOMAIN, run, store_of
from mailmaker import make_mail
from stringeex_desktop.core.models import AutoReply, TicketFilter

SUPPORT = f"support@{DOMAIN}"


def deliver(service, mailbox, raw, envelope_from="carol@example.com", source_id=None):
    return run(service.deliver(raw, [mailbox.id], envelope_from, source_id))


def outbox(service):
    return store_of(service).read().outbox.list_items(("queued", "sending", "sent", "failed"))


def test_new_mail_becomes_ticket_routed_with_auto_reply(service, portal):
    result = deliver(service, portal, make_mail())
    ticket = service.ticket(result.ticket_id)
    assert result.created_ticket and not result.duplicate
    assert ticket.subject == "Printer on fire"
    assert ticket.requester.email == "carol@example.com"
    assert ticket.requester.name == "Carol Customer"
    assert ticket.queue == "Support"
    assert ticket.status == "new"
    assert ticket.assignee == f"alice@{DOMAIN}"  # tie: never assigned, then lowest id
    assert [m.direction for m in ticket.messages] == ["in", "out"]
    auto = ticket.messages[1]
    assert auto.subject == "We got your message"
    assert auto.delivery == "queued"
    [item] = outbox(service)
    assert item.kind == "auto_reply" and item.recipients == ["carol@example.com"]
    assert item.envelope_from == SUPPORT and item.via_mailbox_id is None


def test_load_balancing_alternates_between_agents(service, portal):
    assignees = [service.ticket(deliver(service, portal, make_mail(
        subject=f"Case {i}", sender=f"c{i}@example.com")).ticket_id).assignee for i in range(4)]
    assert assignees == [f"alice@{DOMAIN}", f"bob@{DOMAIN}", f"alice@{DOMAIN}", f"bob@{DOMAIN}"]


def test_reply_with_references_joins_ticket(service, portal):
    first = deliver(service, portal, make_mail(message_id="<m1@example.com>"))
    second = deliver(service, portal, make_mail(subject="Re: Printer on fire",
                                                message_id="<m2@example.com>",
                                                in_reply_to="<m1@example.com>",
                                                references="<m1@example.com>"))
    assert second.ticket_id == first.ticket_id and not second.created_ticket
    assert service.ticket(first.ticket_id).message_count == 3  # in, auto-reply, in


def test_reply_to_our_auto_reply_threads_by_its_message_id(service, portal):
    first = deliver(service, portal, make_mail())
    ours = service.ticket(first.ticket_id).messages[1].message_id
    assert ours.startswith("<") and DOMAIN in ours
    again = deliver(service, portal, make_mail(subject="thanks", in_reply_to=ours,
                                               references=ours))
    assert again.ticket_id == first.ticket_id


def test_an_id_merely_shaped_like_ours_threads_nowhere(service, portal):
    """A stranger who copies our id's shape (ticket number, domain) opens a new ticket, and
    does not become a participant of the ticket they aimed at."""
    first = deliver(service, portal, make_mail())
    ours = service.ticket(first.ticket_id).messages[1].message_id
    number = ours.strip("<>").split(".")[1]
    for forged in (f"<stx.{number}.{'a' * 16}.{'b' * 16}@{DOMAIN}>",
                   f"<stx.{number}.{'c' * 32}@{DOMAIN}>"):
        stranger = deliver(service, portal, make_mail(
            subject="hello", sender="mallory@evil.example", in_reply_to=forged,
            references=forged))
        assert stranger.created_ticket and stranger.ticket_id != first.ticket_id
    serial = service.ticket(first.ticket_id).serial
    again = deliver(service, portal, make_mail(subject=f"Re: [{serial}]",
                                               sender="mallory@evil.example"))
    assert again.created_ticket and again.ticket_id != first.ticket_id
    assert service.ticket(first.ticket_id).message_count == 2


def test_stored_ids_of_the_old_shape_keep_threading(service, portal):
    """Ids stored before the keyed tag existed still join their thread by lookup."""
    first = deliver(service, portal, make_mail(message_id=f"<stx.000001.{'d' * 32}@{DOMAIN}>",
                                               sender="old@example.com"))
    again = deliver(service, portal, make_mail(in_reply_to=f"<stx.000001.{'d' * 32}@{DOMAIN}>",
                                               subject="follow-up", sender="old@example.com"))
    assert again.ticket_id == first.ticket_id


@pytest.mark.parametrize("headers,envelope", [
    ({"Auto-Submitted": "auto-replied"}, "carol@example.com"),
    ({"Precedence": "bulk"}, "carol@example.com"),
    ({"List-Id": "<news.example.com>"}, "carol@example.com"),
    ({}, ""),  # a bounce
])
def test_automatic_mail_joins_its_thread_but_never_reopens(service, portal, headers, envelope):
    first = deliver(service, portal, make_mail(message_id="<a@example.com>"))
    run(service.set_ticket(first.ticket_id, status="solved"))
    auto = deliver(service, portal, make_mail(in_reply_to="<a@example.com>",
                                              message_id="<ooo@example.com>",
                                              subject="Out of office", headers=headers),
                   envelope_from=envelope)
    assert auto.ticket_id == first.ticket_id and not auto.created_ticket
    ticket = service.ticket(first.ticket_id)
    assert ticket.status == "solved" and ticket.messages[-1].subject == "Out of office"


def test_serial_in_subject_threads_only_for_participants(service, portal):
    first = deliver(service, portal, make_mail())
    serial = service.ticket(first.ticket_id).serial
    same = deliver(service, portal, make_mail(subject=f"Re: anything [{serial}]"))
    assert same.ticket_id == first.ticket_id
    stranger = deliver(service, portal, make_mail(subject=f"Re: anything [{serial}]",
                                                  sender="mallory@evil.example"))
    assert stranger.created_ticket and stranger.ticket_id != first.ticket_id


def test_mail_on_solved_ticket_reopens_with_same_assignee(service, portal):
    first = deliver(service, portal, make_mail(message_id="<a@example.com>"))
    run(service.set_ticket(first.ticket_id, status="solved"))
    deliver(service, portal, make_mail(in_reply_to="<a@example.com>",
                                       message_id="<b@example.com>"))
    ticket = service.ticket(first.ticket_id)
    assert ticket.status == "processing"
    assert ticket.assignee == f"alice@{DOMAIN}"


def test_reopen_routes_again_when_assignee_left_the_queue(service, portal):
    first = deliver(service, portal, make_mail(message_id="<a@example.com>"))
    run(service.set_ticket(first.ticket_id, status="closed"))
    run(service.set_queue_members("Support", [f"bob@{DOMAIN}"]))
    deliver(service, portal, make_mail(in_reply_to="<a@example.com>",
                                       message_id="<b@example.com>"))
    ticket = service.ticket(first.ticket_id)
    assert ticket.status == "processing" and ticket.assignee == f"bob@{DOMAIN}"


def test_online_first_waits_then_goes_to_agents_as_they_come_online(service, portal):
    run(service.update_mailbox(portal.id, online_first=True))
    ids = [deliver(service, portal, make_mail(subject=f"Wait {i}", sender=f"w{i}@example.com")
                   ).ticket_id for i in range(3)]
    assert [service.ticket(i).assignee for i in ids] == [None, None, None]
    run(service.set_presence(f"bob@{DOMAIN}", "online"))
    assert [service.ticket(i).assignee for i in ids] == [f"bob@{DOMAIN}"] * 3
    late = deliver(service, portal, make_mail(subject="Late", sender="late@example.com"))
    assert service.ticket(late.ticket_id).assignee == f"bob@{DOMAIN}"  # alice is away


def test_online_first_never_parks_with_expired_heartbeat(service, portal):
    run(service.update_mailbox(portal.id, online_first=True))
    run(service.set_presence(f"alice@{DOMAIN}", "online", ttl=timedelta(seconds=-1)))
    result = deliver(service, portal, make_mail())
    assert service.ticket(result.ticket_id).assignee is None
    assert service.agent(f"alice@{DOMAIN}").presence == "offline"


def test_waiting_tickets_go_oldest_first_and_balance(service, portal):
    run(service.update_mailbox(portal.id, online_first=True))
    ids = [deliver(service, portal, make_mail(subject=f"W{i}", sender=f"w{i}@example.com")
                   ).ticket_id for i in range(4)]
    run(service.set_presence(f"alice@{DOMAIN}", "online"))
    run(service.set_presence(f"bob@{DOMAIN}", "online"))
    assert [service.ticket(i).assignee for i in ids] == [f"alice@{DOMAIN}"] * 4
    # Bob came online later: new tickets go to him until the load evens out.
    more = [deliver(service, portal, make_mail(subject=f"N{i}", sender=f"n{i}@example.com")
                    ).ticket_id for i in range(2)]
    assert [service.ticket(i).assignee for i in more] == [f"bob@{DOMAIN}"] * 2


def test_same_source_id_is_stored_once(service, portal):
    raw = make_mail()
    a = deliver(service, portal, raw, source_id="uid-1")
    b = deliver(service, portal, raw, source_id="uid-1")
    assert b.duplicate and b.ticket_id == a.ticket_id
    assert service.ticket_count() == 1


def test_same_message_id_and_content_is_stored_once(service, portal):
    raw = make_mail(message_id="<dup@example.com>")
    deliver(service, portal, raw)
    assert deliver(service, portal, raw).duplicate
    other = deliver(service, portal, make_mail(message_id="<dup@example.com>", body="different"))
    assert not other.duplicate  # Message-ID is a hint, never an identity


def test_two_internal_recipients_store_once_on_first(service, portal):
    sales = run(service.add_internal_mailbox("sales", name="Sales", queue="Support"))
    result = run(service.deliver(make_mail(to=f"{SUPPORT}, sales@{DOMAIN}"),
                                 [sales.id, portal.id], "carol@example.com"))
    assert service.ticket(result.ticket_id).mailbox_id == sales.id
    assert service.ticket_count() == 1


@pytest.mark.parametrize("headers,envelope", [
    ({"Auto-Submitted": "auto-generated"}, "carol@example.com"),
    ({"Auto-Submitted": "auto-replied; owner-email=x@example.com"}, "carol@example.com"),
    ({"Precedence": "bulk"}, "carol@example.com"),
    ({"Precedence": "list"}, "carol@example.com"),
    ({"List-Id": "<news.example.com>"}, "carol@example.com"),
    ({"List-Unsubscribe": "<mailto:u@example.com>"}, "carol@example.com"),
    ({"X-Auto-Response-Suppress": "OOF, AutoReply"}, "carol@example.com"),
    ({}, ""),
])
def test_loop_rules_suppress_auto_reply(service, portal, headers, envelope):
    result = deliver(service, portal, make_mail(headers=headers), envelope_from=envelope)
    assert result.created_ticket and not result.auto_reply_queued
    assert outbox(service) == []


@pytest.mark.parametrize("sender", ["MAILER-DAEMON@example.com", "postmaster@example.com",
                                    "noreply@example.com", "no-reply@example.com",
                                    f"someone@{DOMAIN}", f"sales@{DOMAIN}"])
def test_no_auto_reply_to_robots_or_the_portal(service, portal, sender):
    result = deliver(service, portal, make_mail(sender=sender))
    assert not result.auto_reply_queued


def test_auto_submitted_no_still_gets_auto_reply(service, portal):
    assert deliver(service, portal, make_mail(headers={"Auto-Submitted": "no"})).auto_reply_queued


def test_at_most_one_auto_reply_per_sender_in_24_hours(service, portal):
    first = deliver(service, portal, make_mail(subject="One"))
    second = deliver(service, portal, make_mail(subject="Two"))
    assert first.auto_reply_queued and second.created_ticket and not second.auto_reply_queued
    other = deliver(service, portal, make_mail(subject="Three", sender="dave@example.com"))
    assert other.auto_reply_queued


def test_auto_reply_goes_to_reply_to(service, portal):
    deliver(service, portal, make_mail(headers={"Reply-To": "Help Desk <desk@example.org>"}))
    [item] = outbox(service)
    assert item.recipients == ["desk@example.org"]


def test_auto_reply_disabled_sends_nothing(service, portal):
    run(service.update_mailbox(portal.id, auto_reply=AutoReply(False, "x", "y")))
    assert not deliver(service, portal, make_mail()).auto_reply_queued


def test_unparseable_mail_is_kept_raw_with_parse_error(service, portal):
    raw = (b"From: x@example.com\r\nSubject: broken\r\nContent-Type: multipart/mixed; "
           + b";" * 60000 + b"\r\n\r\nbody\r\n")
    result = deliver(service, portal, raw)
    [message] = [m for m in service.ticket(result.ticket_id).messages if m.direction == "in"]
    assert message.parse_error
    assert service.ticket_count() == 1


def test_search_finds_by_body_sender_and_serial_and_survives_fts_syntax(service, portal):
    first = deliver(service, portal, make_mail(body="The quantum flux capacitor broke."))
    deliver(service, portal, make_mail(subject="Other", sender="zed@example.com", body="hello"))
    assert [t.id for t in service.tickets(TicketFilter(search="capacitor"))] == [first.ticket_id]
    assert len(service.tickets(TicketFilter(search="zed"))) == 1
    assert [t.id for t in service.tickets(TicketFilter(search=f"#{first.ticket_id:06d}"))] == [
        first.ticket_id]
    for hostile in ['"', "AND OR NOT", "*", "a:b", "NEAR(", "%_", "'; DROP TABLE tickets;--"]:
        service.tickets(TicketFilter(search=hostile))
    assert service.ticket_count() == 2


def test_note_is_stored_and_never_queued(service, portal):
    result = deliver(service, portal, make_mail())
    before = len(outbox(service))
    ticket = run(service.add_note(result.ticket_id, f"alice@{DOMAIN}", "Called the customer."))
    assert ticket.messages[-1].direction == "note" and ticket.messages[-1].delivery is None
    assert len(outbox(service)) == before


def test_hostile_attachment_names_are_made_safe(service, portal):
    from email.message import EmailMessage
    import email.policy
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "c@example.com", SUPPORT, "files"
    msg.set_content("see attached")
    for name in ("../../etc/passwd", "CON.txt", "..\\..\\boot.ini", "a\x00b\x1b[31m.pdf"):
        msg.add_attachment(b"data", maintype="application", subtype="octet-stream",
                           filename=name)
    result = deliver(service, portal, msg.as_bytes(policy=email.policy.SMTP))
    [incoming] = [m for m in service.ticket(result.ticket_id).messages if m.direction == "in"]
    names = [a.filename for a in incoming.attachments]
    assert len(names) == 4
    for name in names:
        assert "/" not in name and "\\" not in name and not name.startswith(".")
        assert all(ch.isprintable() for ch in name) and name.split(".")[0].upper() != "CON"
