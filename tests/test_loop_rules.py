"""RFC 3834 loop rules: which inbound mail must never get an auto-reply."""

from __future__ import annotations

import pytest

from stringeex_desktop.core.mail.compose import build_auto_reply, make_message_id
from stringeex_desktop.core.mail.loop_rules import auto_reply_recipient, auto_reply_suppressed
from stringeex_desktop.core.mail.parse import parse_message
from stringeex_desktop.core.models import Address

DOMAIN = "acme.example"
OURS = {"Support@acme.example", "sales@partner.example"}


def mail(*headers: str, sender: str = "Carol <carol@example.com>"):
    lines = [f"From: {sender}", "To: support@acme.example", "Subject: Help", *headers]
    return parse_message(("\r\n".join(lines) + "\r\n\r\nPlease help.\r\n").encode())


def suppressed(msg, envelope_from="carol@example.com"):
    return auto_reply_suppressed(msg, envelope_from, DOMAIN, OURS)


def test_an_ordinary_customer_mail_gets_an_auto_reply():
    assert suppressed(mail()) is None
    assert suppressed(mail(), envelope_from=None) is None


@pytest.mark.parametrize("header,reason", [
    ("Auto-Submitted: auto-generated", "Auto-Submitted: auto-generated"),
    ("Auto-Submitted: Auto-Replied; owner-email=x@example.com", "Auto-Submitted: auto-replied"),
    ("Auto-Submitted: auto-notified (vacation)", "Auto-Submitted: auto-notified"),
    ("Auto-Submitted: ", "Auto-Submitted: (empty)"),
    ("Precedence: bulk", "Precedence: bulk"),
    ("Precedence: JUNK", "Precedence: junk"),
    ("Precedence: list", "Precedence: list"),
    ("List-Id: News <news.example.com>", "list-id"),
    ("List-Unsubscribe: <mailto:u@example.com>", "list-unsubscribe"),
    ("Return-Path: <>", "empty Return-Path"),
    ("Return-Path: < >", "empty Return-Path"),
    ("X-Auto-Response-Suppress: OOF, AutoReply", "X-Auto-Response-Suppress"),
    ("X-Auto-Response-Suppress: all", "X-Auto-Response-Suppress"),
    ("X-Auto-Response-Suppress: DR,autoreply", "X-Auto-Response-Suppress"),
])
def test_robot_headers_suppress(header, reason):
    assert reason in suppressed(mail(header))


@pytest.mark.parametrize("header", [
    "Auto-Submitted: no",
    "Auto-Submitted: No (a person wrote this)",
    "Precedence: first-class",
    "X-Auto-Response-Suppress: DR, RN, NRN",
    "Return-Path: <carol@example.com>",
    "X-List-Idea: not a list header",
])
def test_harmless_headers_do_not_suppress(header):
    assert suppressed(mail(header)) is None


@pytest.mark.parametrize("envelope", ["", "<>", " <> "])
def test_empty_envelope_sender_is_a_bounce(envelope):
    assert "empty envelope sender" in suppressed(mail(), envelope_from=envelope)


@pytest.mark.parametrize("sender", [
    "MAILER-DAEMON@example.com", "postmaster@example.com", "noreply@example.com",
    "No-Reply <no-reply@example.com>", "no_reply@example.com", "do-not-reply@example.com",
    "DoNotReply@example.com", "noreply+bounces-123@example.com",
])
def test_robot_senders_suppress(sender):
    assert "is an automatic mailbox" in suppressed(mail(sender=sender))


def test_robot_reply_to_suppresses_even_with_a_human_from():
    assert "noreply@shop.example" in suppressed(mail("Reply-To: noreply@shop.example"))


def test_human_reply_to_is_the_recipient_of_a_robot_from():
    msg = mail("Reply-To: Desk <desk@shop.example>", sender="notifications@shop.example")
    assert suppressed(msg) is None
    assert auto_reply_recipient(msg) == Address("Desk", "desk@shop.example")


def test_robot_envelope_sender_suppresses():
    assert "envelope sender" in suppressed(mail(), envelope_from="MAILER-DAEMON@mx.example")


@pytest.mark.parametrize("sender,blocked", [
    ("someone@acme.example", True),
    ("Someone@ACME.Example", True),
    ("support@acme.example", True),
    ("sales@partner.example", True),
    ("SALES@Partner.Example", True),
    ("x@sub.acme.example", False),
    ("x@acme.example.org", False),
    ("x@notacme.example", False),
])
def test_portal_addresses_are_never_answered(sender, blocked):
    reason = suppressed(mail(sender=sender), envelope_from=sender)
    assert (reason is not None and "address of the portal" in reason) is blocked


def test_portal_from_with_outside_reply_to_is_still_ours():
    msg = mail("Reply-To: carol@example.com", sender="support@acme.example")
    assert "address of the portal" in suppressed(msg)


def test_no_usable_sender_suppresses():
    msg = parse_message(b"From: undisclosed-recipients:;\r\nSubject: x\r\n\r\nbody")
    assert auto_reply_recipient(msg) is None
    assert suppressed(msg) == "no sender address to reply to"


@pytest.mark.parametrize("sender,reason", [
    ("a..b@example.com", "sender address is not a valid email address: 'a..b@example.com'"),
    ("x@under_score.example", "sender address has an invalid domain"),
    ("x@-bad.example", "sender address has an invalid domain"),
])
def test_an_address_we_could_not_send_to_suppresses(sender, reason):
    assert reason in suppressed(mail(sender=sender))


def test_recipient_prefers_reply_to_then_from():
    assert auto_reply_recipient(mail()) == Address("Carol", "carol@example.com")
    assert auto_reply_recipient(mail("Reply-To: A <a@x.example>, b@x.example")) == Address(
        "A", "a@x.example")


def test_our_own_auto_reply_coming_back_is_not_answered():
    raw = build_auto_reply(mailbox_address=Address("ACME", "help@other.example"),
                           to=Address("", "carol@example.com"), subject="Got it", body="b",
                           original_message_id="<o@example.com>", original_references=[],
                           message_id=make_message_id(DOMAIN, 3, b"k" * 32))
    assert suppressed(parse_message(raw)) == "Auto-Submitted: auto-replied"
