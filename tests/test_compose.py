"""Outgoing mail: header injection, strict addresses, Message-IDs, reply subjects, MIME."""

from __future__ import annotations

import email
from email import policy

import pytest

from stringeex_desktop.core.errors import ValidationError
from stringeex_desktop.core.mail.compose import (build_auto_reply, build_message,
                                                 check_header_value, make_message_id,
                                                 parse_address_strict, reply_subject,
                                                 ticket_from_message_id)
from stringeex_desktop.core.mail.parse import parse_message
from stringeex_desktop.core.models import Address

DOMAIN = "acme.example"
KEY = bytes(range(32))
HOSTILE_VALUES = ["Bob\r\nBcc: evil@x", "x\nSubject: y", "a\rb", "nul\x00", "esc\x1b[2J",
                  "line\u2028sep", "next\x85line", "del\x7f"]


def build(**overrides) -> bytes:
    args = dict(sender=Address("Support", "support@acme.example"),
                to=[Address("Carol", "carol@example.com")], subject="Hello", text="Body\n",
                message_id=make_message_id(DOMAIN, 7, KEY))
    args.update(overrides)
    return build_message(**args)


# --- check_header_value and strict addresses --------------------------------------------


def test_check_header_value_passes_plain_text_through():
    assert check_header_value("Re: Hello\tthere — ünïcödé", "Subject") == (
        "Re: Hello\tthere — ünïcödé")


@pytest.mark.parametrize("value", HOSTILE_VALUES)
def test_check_header_value_rejects_breaks_and_controls(value):
    with pytest.raises(ValidationError,
                       match="^Subject must not contain line breaks or control characters$"):
        check_header_value(value, "Subject")


def test_check_header_value_names_line_breaks():
    with pytest.raises(ValidationError, match="Full name must not contain line breaks"):
        check_header_value("Bob\r\nBcc: evil@x", "Full name")


def test_check_header_value_rejects_non_text():
    with pytest.raises(ValidationError, match="must be text"):
        check_header_value(b"bytes", "Subject")


@pytest.mark.parametrize("text,name,addr", [
    ("bob@example.com", "", "bob@example.com"),
    ("Bob Smith <bob@Example.COM>", "Bob Smith", "bob@example.com"),
    ('"Smith, Bob" <bob@example.com>', "Smith, Bob", "bob@example.com"),
    ("=?utf-8?q?J=C3=B6rg?= <j@example.de>", "Jörg", "j@example.de"),
    ("Jörg <j@bücher.de>", "Jörg", "j@xn--bcher-kva.de"),
    ("  agent@localhost  ", "", "agent@localhost"),
    ("first.last+tag@sub.example.co.uk", "", "first.last+tag@sub.example.co.uk"),
])
def test_parse_address_strict_accepts(text, name, addr):
    assert parse_address_strict(text) == Address(name, addr)


@pytest.mark.parametrize("text,message", [
    ("", "Agent email is empty"),
    ("not an address", "Agent email is not a valid email address: 'not an address'"),
    ("a@example.com, b@example.com", "exactly one"),
    ("Bob\r\nBcc: evil@x", "line breaks"),
    ("bob@", "exactly one"),
    ("@example.com", "Agent email"),
    ("bob@example.com garbage", "not a valid email address"),
    ("Bob <bob@example.com> trailing", "exactly one"),
    ("bob@-bad-.com", "invalid domain"),
    ("bob@exa mple.com", "not a valid email address"),
    ("bob@[127.0.0.1]", "Agent email"),
    ('"quoted local"@example.com', "not a valid email address"),
    ("bob..x@example.com", "Agent email"),
    ("a" * 65 + "@example.com", "not a valid email address"),
])
def test_parse_address_strict_rejects(text, message):
    with pytest.raises(ValidationError, match=message):
        parse_address_strict(text, "Agent email")


def test_parse_address_strict_error_shows_truncated_input():
    with pytest.raises(ValidationError) as caught:
        parse_address_strict("x" * 500, "Email")
    assert "'xxx" in str(caught.value) and len(str(caught.value)) < 200


# --- Message-IDs and subjects -----------------------------------------------------------


def test_message_ids_carry_the_ticket_and_invert():
    mid = make_message_id(DOMAIN, 123, KEY)
    assert mid.startswith("<stx.000123.") and mid.endswith("@acme.example>")
    assert ticket_from_message_id(mid, DOMAIN, KEY) == 123
    assert ticket_from_message_id(mid, "ACME.example", KEY) == 123
    assert ticket_from_message_id(mid.strip("<>"), DOMAIN, KEY) == 123
    assert make_message_id(DOMAIN, 123, KEY) != mid


def test_message_id_without_ticket():
    mid = make_message_id(DOMAIN)
    assert mid.startswith("<stx.") and mid.count(".") == 2
    assert ticket_from_message_id(mid, DOMAIN, KEY) is None


def test_an_id_shaped_like_ours_without_the_keyed_tag_threads_nowhere():
    """A stranger can copy our id's shape, ticket number and domain, but not the tag."""
    genuine = make_message_id(DOMAIN, 123, KEY)
    number, nonce, tag = genuine.strip("<>").split("@")[0].split(".")[1:]
    forged_tag = f"<stx.{number}.{nonce}.{'0' * len(tag)}@{DOMAIN}>"
    other_ticket = f"<stx.000124.{nonce}.{tag}@{DOMAIN}>"
    old_shape = f"<stx.000123.{'ab' * 16}@{DOMAIN}>"
    for mid in (forged_tag, other_ticket, old_shape):
        assert ticket_from_message_id(mid, DOMAIN, KEY) is None
    assert ticket_from_message_id(genuine, DOMAIN, b"another portal's key") is None
    assert ticket_from_message_id(genuine, DOMAIN, None) is None


@pytest.mark.parametrize("mid", [
    "<stx.000123.0123456789abcdef0123456789abcdef@other.example>",
    "<stx.000123.0123456789abcdef0123456789abcdef@acme.example.evil>",
    "<stx.000123.nothex@acme.example>",
    "<abc@acme.example>",
    "",
    None,
])
def test_ticket_from_foreign_or_broken_ids(mid):
    assert ticket_from_message_id(mid, DOMAIN, KEY) is None


@pytest.mark.parametrize("domain,ticket", [("bad domain", 1), ("x\r\ny", 1), ("", 1),
                                           (DOMAIN, -1), (DOMAIN, True), (DOMAIN, "5")])
def test_make_message_id_rejects_bad_input(domain, ticket):
    with pytest.raises(ValidationError):
        make_message_id(domain, ticket, KEY)


@pytest.mark.parametrize("subject,serial,expected", [
    ("Help", "#000012", "Re: Help [#000012]"),
    ("Re: Re: Fwd: Help [#000012]", "#000012", "Re: Help [#000012]"),
    ("RE: AW: Fw: Printer", "#000012", "Re: Printer [#000012]"),
    ("[#000012] Re: Printer", "#000012", "Re: Printer [#000012]"),
    ("Re[2]: Printer [#000099]", "#000012", "Re: Printer [#000012]"),
    ("Re:Re:x", "12", "Re: x [#000012]"),
    ("", "#000012", "Re: [#000012]"),
    ("Re: ", "#000012", "Re: [#000012]"),
    ("Trust: Rewards", "#1234567", "Re: Trust: Rewards [#1234567]"),
    ("Line\r\nbreak", "#000001", "Re: Line break [#000001]"),
])
def test_reply_subject(subject, serial, expected):
    assert reply_subject(subject, serial) == expected
    assert reply_subject(expected, serial) == expected


def test_reply_subject_rejects_a_bad_serial():
    with pytest.raises(ValidationError, match="serial"):
        reply_subject("x", "#12a")


# --- build_message ----------------------------------------------------------------------


def test_round_trip_through_parse_message_and_the_stdlib():
    mid = make_message_id(DOMAIN, 12, KEY)
    raw = build(sender=Address("Zoë Ångström", "zoe@acme.example"),
                to=[Address("Bob, Jr.", "bob@example.org")], cc=[Address("", "c@example.io")],
                subject="Привет — héllo [#000012]", text="Hello\nWorld é\n", html="<p>Hi é</p>",
                attachments=[("Отчёт 2024.pdf", "application/pdf", b"%PDF-1.4 data"),
                             ("notes.csv", "text/csv", b"a,b\n1,2\n")],
                message_id=mid, in_reply_to="<a@b.example>",
                references=["<x@y.example>", "<a@b.example>"], extra_headers={"X-Test": "yes"})
    parsed = parse_message(raw)
    assert parsed.parse_error is None
    assert parsed.subject == "Привет — héllo [#000012]"
    assert parsed.sender == Address("Zoë Ångström", "zoe@acme.example")
    assert parsed.to == [Address("Bob, Jr.", "bob@example.org")]
    assert parsed.cc == [Address("", "c@example.io")]
    assert parsed.message_id == mid
    assert parsed.in_reply_to == ["<a@b.example>"]
    assert parsed.references == ["<x@y.example>", "<a@b.example>"]
    assert parsed.text == "Hello\nWorld é\n" and parsed.html == "<p>Hi é</p>\n"
    assert [(a.filename, a.content_type, a.data) for a in parsed.attachments] == [
        ("Отчёт 2024.pdf", "application/pdf", b"%PDF-1.4 data"),
        ("notes.csv", "text/csv", b"a,b\n1,2\n")]
    assert parsed.header("x-test") == "yes" and parsed.date is not None

    stdlib = email.message_from_bytes(raw, policy=policy.default)
    assert str(stdlib["subject"]) == "Привет — héllo [#000012]"
    assert stdlib["from"].addresses[0].display_name == "Zoë Ångström"
    assert [p.get_filename() for p in stdlib.iter_attachments()] == ["Отчёт 2024.pdf",
                                                                     "notes.csv"]
    assert stdlib.get_body(("plain",)).get_content() == "Hello\r\nWorld é\r\n"
    assert not stdlib.defects


def test_built_bytes_are_seven_bit_with_crlf_only():
    raw = build(subject="Ünïcödé", text="é" * 500 + "\n", html="<p>ü</p>",
                attachments=[("fïle.bin", "application/octet-stream", bytes(range(256)))])
    assert all(b < 128 for b in raw)
    assert b"\n" not in raw.replace(b"\r\n", b"")
    assert b"filename*=utf-8''f%C3%AFle.bin" in raw
    assert b"=?utf-8?" in raw.split(b"\r\n\r\n", 1)[0]


@pytest.mark.parametrize("value", HOSTILE_VALUES)
def test_hostile_values_never_reach_a_header(value):
    attempts = [dict(subject=value),
                dict(sender=Address(value, "support@acme.example")),
                dict(to=[Address(value, "carol@example.com")]),
                dict(cc=[Address("", "c@example.com" + value)]),
                dict(extra_headers={"X-Note": value}),
                dict(attachments=[(value + ".txt", "text/plain", b"x")]),
                dict(in_reply_to="<a@b>" + value)]
    for overrides in attempts:
        with pytest.raises(ValidationError):
            build(**overrides)


@pytest.mark.parametrize("overrides,message", [
    (dict(to=[]), "at least one To"),
    (dict(to=[Address("", "not-an-address")]), "To is not a valid email address"),
    (dict(extra_headers={"Bcc": "x@example.com"}), "set by the app"),
    (dict(extra_headers={"X-Bad:Name": "x"}), "header name"),
    (dict(extra_headers={"X Space": "x"}), "header name"),
    (dict(message_id="no-brackets@x"), "Message-ID must look like"),
    (dict(references=["<ok@x>", "bad"]), "References"),
    (dict(attachments=[("a.txt", "text", b"x")]), "content type"),
    (dict(attachments=[("a.txt", "text/plain\r\nX: y", b"x")]), "line breaks"),
    (dict(attachments=[("a.txt", "text/plain", "not bytes")]), "must be bytes"),
    (dict(attachments=[("  ", "text/plain", b"x")]), "file name is empty"),
    (dict(text=None), "body must be text"),
])
def test_build_message_rejects(overrides, message):
    with pytest.raises(ValidationError, match=message):
        build(**overrides)


def test_subject_injection_does_not_add_a_header():
    with pytest.raises(ValidationError, match="Subject must not contain line breaks"):
        build(subject="x\r\nBcc: evil@example.com")


def test_nul_in_body_is_dropped():
    assert parse_message(build(text="a\x00b\n")).text == "ab\n"


# --- build_auto_reply -------------------------------------------------------------------


def test_auto_reply_headers():
    mid = make_message_id(DOMAIN, 5, KEY)
    raw = build_auto_reply(mailbox_address=Address("ACME Support", "support@acme.example"),
                           to=Address("Carol", "carol@example.com"), subject="We got it",
                           body="Thanks, we will answer soon.", original_message_id="<o@c.example>",
                           original_references=["<r1@c.example>"], message_id=mid)
    parsed = parse_message(raw)
    assert parsed.sender == Address("ACME Support", "support@acme.example")
    assert parsed.to == [Address("Carol", "carol@example.com")]
    assert parsed.subject == "We got it"
    assert parsed.header("auto-submitted") == "auto-replied"
    assert parsed.in_reply_to == ["<o@c.example>"]
    assert parsed.references == ["<r1@c.example>", "<o@c.example>"]
    assert parsed.message_id == mid
    assert parsed.text == "Thanks, we will answer soon.\n"


def test_auto_reply_drops_malformed_ids_from_hostile_mail():
    raw = build_auto_reply(mailbox_address=Address("S", "s@acme.example"),
                           to=Address("", "c@example.com"), subject="s", body="b",
                           original_message_id="<x\r\nBcc: evil@x>",
                           original_references=["<ok@x>", "junk", "<a b@c>", None],
                           message_id=make_message_id(DOMAIN, 1, KEY))
    parsed = parse_message(raw)
    assert parsed.in_reply_to == [] and parsed.references == ["<ok@x>"]
    assert "bcc" not in parsed.headers


def test_auto_reply_trims_a_long_reference_chain():
    refs = [f"<r{i}@x>" for i in range(100)]
    raw = build_auto_reply(mailbox_address=Address("S", "s@acme.example"),
                           to=Address("", "c@example.com"), subject="s", body="b",
                           original_message_id="<last@x>", original_references=refs,
                           message_id=make_message_id(DOMAIN, 1, KEY))
    parsed = parse_message(raw)
    assert len(parsed.references) == 20
    assert parsed.references[0] == "<r0@x>" and parsed.references[-1] == "<last@x>"


def test_auto_reply_rejects_a_hostile_subject():
    with pytest.raises(ValidationError, match="Auto reply subject"):
        build_auto_reply(mailbox_address=Address("S", "s@acme.example"),
                         to=Address("", "c@example.com"), subject="x\nBcc: evil@x", body="b",
                         original_message_id=None, original_references=[],
                         message_id=make_message_id(DOMAIN, 1, KEY))
