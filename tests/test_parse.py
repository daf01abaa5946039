"""Inbound parsing: real-world corpus, malformed mail, hostile mail, charsets, file names."""

from __future__ import annotations

import email
from datetime import datetime, timezone
from email import policy
from pathlib import Path

import pytest

from stringeex_desktop.core.mail.parse import (Limits, ParsedMessage, decode_bytes, html_to_text,
                                               parse_message, safe_filename)
from stringeex_desktop.core.mail.parse.prescan import Scan, scan_entity

DATA = Path(__file__).parent / "data" / "malformed"
CPYTHON_DATA = Path(email.__file__).parent.parent / "test" / "test_email" / "data"
CORPUS = sorted(CPYTHON_DATA.glob("msg_*.txt")) if CPYTHON_DATA.is_dir() else []
CORPUS_PARAMS = [pytest.param(p, id=p.name) for p in CORPUS] or [
    pytest.param(None, marks=pytest.mark.skip(reason=f"no CPython email test data at "
                                                     f"{CPYTHON_DATA}"))]
HOSTILE = pytest.mark.timeout(60)


def load(name: str) -> ParsedMessage:
    return parse_message((DATA / name).read_bytes())


def stdlib_part_count(text: str) -> int:
    return sum(1 for _ in email.parser.Parser(policy=policy.default).parsestr(text).walk())


# --- the CPython corpus -----------------------------------------------------------------


@pytest.mark.parametrize("path", CORPUS_PARAMS)
def test_cpython_corpus_decodes_like_the_stdlib(path):
    raw = path.read_bytes()
    parsed = parse_message(raw)
    reference = email.message_from_bytes(raw, policy=policy.default)
    assert " ".join(parsed.subject.split()) == " ".join(str(reference["subject"] or "").split())
    ref_from = reference["from"].addresses if reference["from"] else ()
    if ref_from and "@" in ref_from[0].addr_spec:
        assert parsed.sender.email == ref_from[0].addr_spec
    assert "\r" not in parsed.text and "\x00" not in parsed.text


@pytest.mark.parametrize("path", CORPUS_PARAMS)
def test_prescan_sees_the_parts_the_stdlib_parser_sees(path):
    text = path.read_bytes().decode("ascii", "surrogateescape")
    scan = Scan(Limits())
    out: list[str] = []
    scan_entity(text, 0, len(text), 0, "text/plain", out, scan, top=True)
    # A delivery-status part is counted by its blank lines: an upper bound.
    assert scan.parts >= stdlib_part_count("".join(out))
    if b"delivery-status" not in path.read_bytes().lower():
        assert scan.parts == stdlib_part_count("".join(out))


# --- malformed mail ---------------------------------------------------------------------


def test_wrong_boundary_shows_the_raw_body():
    parsed = load("broken_boundary.eml")
    assert parsed.parse_error is None
    assert "The part the customer wrote." in parsed.text
    assert parsed.attachments == []


def test_missing_end_boundary_keeps_every_part():
    parsed = load("missing_end_boundary.eml")
    assert parsed.text == "First part été"
    [pdf] = parsed.attachments
    assert (pdf.filename, pdf.content_type, pdf.data) == ("report.pdf", "application/pdf",
                                                           b"%PDF-1.4 minimal")


def test_unknown_charset_falls_back_to_utf8():
    parsed = load("unknown_charset.eml")
    assert parsed.subject == "Grüße aus Köln"
    assert parsed.text == "Grüße aus Köln, schöne Grüße.\n"


def test_undeclared_8bit_body_is_detected_as_windows_1252():
    parsed = load("undeclared_8bit.eml")
    assert parsed.text == "Café crème brûlée à la carte — “quoted” déjà vu, señor.\n"


def test_raw_utf8_headers_are_decoded():
    parsed = load("raw_utf8_header.eml")
    assert parsed.subject == "Привет, мир — ünïcödé"
    assert parsed.sender.name == "Jörg Müller" and parsed.sender.email == "jorg@example.de"
    assert parsed.to[0].name == "Zoë"
    assert parsed.text == "Тело письма\n"


def test_iso_2022_jp_headers_and_body():
    parsed = load("iso2022jp.eml")
    assert parsed.subject == "お問い合わせ"
    assert parsed.sender.name == "山田太郎"
    assert parsed.text == "こんにちは、世界。お問い合わせありがとうございます。\n"


def test_windows_1251_and_1252():
    russian = load("windows1251.eml")
    assert russian.subject == "Принтер"
    assert russian.text.startswith("Здравствуйте! Мой принтер не печатает")
    western = load("windows1252.eml")
    assert western.subject == "Price €100 “special”"
    assert western.text == "Total: €100 “incl. VAT” – naïve\n"


def test_base64_garbage_decodes_what_it_can():
    parsed = load("base64_garbage.eml")
    assert parsed.text == "Hello World"
    [blob] = parsed.attachments
    assert blob.filename == "data.bin" and isinstance(blob.data, bytes)


def test_rfc2231_and_rfc2047_file_names():
    names = [a.filename for a in load("rfc2231_name.eml").attachments]
    assert names == ["€ rates 2024.pdf", "Отчёт.csv", "фото.png"]


def test_mime_parameters_survive_their_canonical_rewrite():
    raw = (b"Content-Type: multipart/mixed; boundary=\"----=_Part_1 x\"\r\n\r\n"
           b"------=_Part_1 x\r\nContent-Type: application/octet-stream;\r\n"
           b" name=\"a b c d e f g h i j k.txt\"; x-extra=\"q\\\"uote\"\r\n"
           b"Content-Transfer-Encoding: BASE64 (comment)\r\n\r\naGk=\r\n------=_Part_1 x--\r\n")
    parsed = parse_message(raw)
    [attachment] = parsed.attachments
    assert attachment.filename == "a b c d e f g h i j k.txt"
    assert attachment.data == b"hi"


def test_header_only_message():
    parsed = load("header_only.eml")
    assert parsed.subject == "only headers"
    assert parsed.date == datetime(2026, 3, 3, 8, 0, tzinfo=timezone.utc)
    assert parsed.text == "" and parsed.parse_error is None


def test_empty_bytes():
    parsed = parse_message(b"")
    assert parsed.parse_error == "empty message"
    assert (parsed.subject, parsed.text, parsed.sender) == ("", "", None)


def test_binary_junk_is_shown_as_raw_text():
    raw = (DATA / "binary_junk.eml").read_bytes()
    parsed = parse_message(raw)
    assert "no header fields" in parsed.parse_error
    assert parsed.text and "\x00" not in parsed.text
    assert parsed.headers == {}


def test_nul_and_escape_bytes_never_reach_text():
    parsed = load("nul_bytes.eml")
    assert parsed.subject == "nul  inside"
    assert parsed.text == "beforeafter[31m red\n"


def test_malformed_address_headers_keep_what_parses():
    parsed = load("malformed_addresses.eml")
    assert parsed.sender.email == "bob@example.com" and parsed.sender.name == "Bob Example"
    assert [(a.name, a.email) for a in parsed.to] == [("", "good@example.org"),
                                                      ("Quoted, Name", "q@example.net")]
    assert parsed.cc == []
    assert [(a.name, a.email) for a in parsed.reply_to] == [("Help Desk", "desk@example.org")]


def test_deeply_nested_comments_in_from_do_not_recurse():
    parsed = load("deep_comments.eml")
    assert parsed.sender.email == "real@example.com"
    assert parsed.parse_error is None


def test_garbage_date_and_message_id_normalisation():
    parsed = load("garbage_date.eml")
    assert parsed.date is None
    assert parsed.message_id == "<abc@example.com>"
    assert parsed.in_reply_to == ["<one@x>", "<two@y>"]
    assert parsed.references == ["<r1@x>", "<r2@x>", "<r3@x>"]


def test_html_only_body_gets_a_text_rendering():
    parsed = load("html_only.eml")
    assert "<script>" in parsed.html
    assert parsed.text == "Hello Zoë\n\n- one\n- two"


def test_inline_image_keeps_its_content_id():
    parsed = load("inline_image.eml")
    [image] = parsed.attachments
    assert (image.content_id, image.inline, image.content_type) == ("logo@x", True, "image/png")
    assert image.data.startswith(b"\x89PNG")
    assert 'src="cid:logo@x"' in parsed.html


def test_forwarded_message_is_an_eml_attachment():
    parsed = load("forwarded.eml")
    assert parsed.text == "See below."
    [eml] = parsed.attachments
    assert eml.filename == "inner subject.eml" and eml.content_type == "message/rfc822"
    assert parse_message(eml.data).text == "Inner body."


def test_lone_cr_line_endings():
    parsed = load("lone_cr.eml")
    assert parsed.subject == "old mac"
    assert parsed.text == "line one\nline two"


def test_encoded_line_breaks_in_subject_are_folded():
    parsed = parse_message(b"Subject: =?utf-8?q?a=0D=0ABcc:_x@evil?=\r\n\r\nbody")
    assert parsed.subject == "a  Bcc: x@evil"
    assert parsed.header("SUBJECT") == parsed.subject


def test_encoded_words_join_a_character_split_across_words():
    parsed = parse_message(b"Subject: =?utf-8?q?caf=C3?= =?utf-8?q?=A9?= =?iso-8859-1?q?_=E0?= "
                           b"ok =?bogus?b?!!!?=\r\n\r\n")
    assert parsed.subject == "café à ok"


def test_dates_are_utc_aware():
    parsed = parse_message(b"Date: Tue, 3 Mar 2026 10:00:00 -0000\r\n\r\n")
    assert parsed.date == datetime(2026, 3, 3, 10, 0, tzinfo=timezone.utc)
    assert parse_message(b"Date: Tue, 3 Mar 2026 23:30:00 -0500\r\n\r\n").date == datetime(
        2026, 3, 4, 4, 30, tzinfo=timezone.utc)


def test_headers_dict_keeps_every_value_decoded():
    parsed = parse_message(b"Received: a\r\nReceived: b\r\nX-Original-To: =?utf-8?q?s=C3=A9@x.y?="
                           b"\r\n\r\n")
    assert parsed.headers["received"] == ["a", "b"]
    assert parsed.header("x-original-to") == "sé@x.y"
    assert parsed.header("missing") is None


# --- hostile mail -----------------------------------------------------------------------


@HOSTILE
def test_60000_semicolons_in_content_type():
    raw = (b"From: x@example.com\r\nSubject: broken\r\nContent-Type: multipart/mixed; "
           + b";" * 60000 + b"\r\n\r\nbody\r\n")
    parsed = parse_message(raw)
    assert "Content-Type header over 16384 bytes" in parsed.parse_error
    assert parsed.subject == "broken" and parsed.sender.email == "x@example.com"
    assert parsed.text == "body\n"


@HOSTILE
def test_semicolons_under_the_length_cap_are_refused_too():
    raw = (b"Subject: s\r\nContent-Type: text/plain" + b";" * 10000 + b"\r\n\r\nbody\r\n")
    parsed = parse_message(raw)
    assert "over 100 parameters" in parsed.parse_error
    assert parsed.text == "body\n"


@HOSTILE
def test_quote_runs_in_mime_parameters_stay_cheap():
    # 16,000 quotes in one parameter take CPython 3.13.0's parser ~19 s.
    part = (b"--q\r\nContent-Type: application/octet-stream; name=\"" + b'"' * 15000
            + b"\r\nContent-Disposition: attachment; filename=" + b'\\"' * 7000
            + b"\r\nContent-Transfer-Encoding: " + b'"' * 15000 + b"\r\n\r\nQUJD\r\n")
    raw = (b"From: a@b.example\r\nTo: " + b'"' * 15000
           + b"\r\nContent-Type: multipart/mixed; boundary=q\r\n\r\n" + part * 20 + b"--q--\r\n")
    parsed = parse_message(raw)
    assert len(parsed.attachments) == 20
    assert parsed.to == []


@HOSTILE
def test_10000_nested_multiparts():
    raw = b"From: a@example.com\r\nSubject: deep\r\n" + b"".join(
        b"Content-Type: multipart/mixed; boundary=b%d\r\n\r\n--b%d\r\n" % (i, i)
        for i in range(10000)) + b"\r\nleaf\r\n"
    parsed = parse_message(raw)
    assert parsed.parse_error == "MIME nesting deeper than 20 levels"
    assert parsed.subject == "deep"
    assert parsed.text.startswith("--b0\nContent-Type: multipart/mixed; boundary=b1\n")


@HOSTILE
def test_5000_parts():
    raw = (b"From: a@example.com\r\nSubject: many\r\nContent-Type: multipart/mixed; boundary=z"
           b"\r\n\r\n" + b"--z\r\nContent-Type: text/plain\r\n\r\nx\r\n" * 5000 + b"--z--\r\n")
    parsed = parse_message(raw)
    assert parsed.parse_error == "more than 500 MIME parts"
    assert parsed.subject == "many" and parsed.attachments == []
    assert parsed.text.startswith("--z\nContent-Type: text/plain")


@HOSTILE
def test_300kb_header_block():
    raw = (b"From: a@example.com\r\nSubject: big\r\n"
           + b"".join(b"X-H%d: %s\r\n" % (i, b"v" * 100) for i in range(3000)) + b"\r\nbody\r\n")
    parsed = parse_message(raw)
    assert parsed.parse_error == "header block over 262144 bytes"
    assert parsed.subject == "big" and parsed.sender.email == "a@example.com"
    assert parsed.text == "body\n"
    assert 2000 < len(parsed.headers) < 3000


def test_one_oversized_header_is_dropped_and_the_rest_parsed():
    raw = (b"Subject: s\r\nX-Long: " + b"a" * 20000 + b"\r\nContent-Type: multipart/mixed; "
           b"boundary=z\r\n\r\n--z\r\nContent-Type: text/plain\r\n\r\nhello\r\n--z--\r\n")
    parsed = parse_message(raw)
    assert parsed.parse_error == "X-Long header over 16384 bytes (dropped)"
    assert parsed.text == "hello" and "x-long" not in parsed.headers


def test_oversized_part_content_type_makes_that_part_plain_text():
    raw = (b"Subject: s\r\nContent-Type: multipart/mixed; boundary=z\r\n\r\n--z\r\n"
           b"Content-Type: multipart/mixed; boundary=" + b"y" * 20000 + b"\r\n\r\ninner\r\n"
           b"--z--\r\n")
    parsed = parse_message(raw)
    assert "Content-Type header over 16384 bytes" in parsed.parse_error
    assert parsed.text == "inner"


def test_message_over_max_bytes_keeps_headers_and_a_raw_view():
    raw = b"From: a@example.com\r\nSubject: huge\r\n\r\n" + b"line\r\n" * 1000
    parsed = parse_message(raw, Limits(max_bytes=1000))
    assert parsed.parse_error == "message over 1000 bytes"
    assert parsed.subject == "huge" and parsed.text.startswith("line\nline\n")
    assert len(parsed.text) < 1000


def test_part_and_depth_limits_are_configurable():
    raw = (b"Content-Type: multipart/mixed; boundary=z\r\n\r\n"
           + b"--z\r\nContent-Type: text/plain\r\n\r\nx\r\n" * 3 + b"--z--\r\n")
    assert parse_message(raw, Limits(max_parts=3)).parse_error == "more than 3 MIME parts"
    assert parse_message(raw, Limits(max_parts=4)).parse_error is None
    assert parse_message(raw, Limits(max_depth=0)).parse_error == (
        "MIME nesting deeper than 0 levels")


def test_non_bytes_input_never_raises():
    parsed = parse_message(None)
    assert parsed.parse_error.startswith("parser failed: TypeError")
    assert parse_message(bytearray(b"Subject: ok\r\n\r\nx")).subject == "ok"


# --- decode_bytes, html_to_text, safe_filename ------------------------------------------


@pytest.mark.parametrize("data,charset,expected", [
    ("Grüße".encode("utf-8"), "utf-8", "Grüße"),
    ("Grüße".encode("utf-8"), "x-unknown", "Grüße"),
    ("€ 5".encode("cp1252"), "iso-8859-1", "€ 5"),
    ("Grüße".encode("utf-8"), "us-ascii", "Grüße"),
    ("Привет".encode("koi8-r"), " \"KOI8-R\" ", "Привет"),
    (b"\\u0041", "unicode-escape", "\\u0041"),
    (b"aGk=", "base64", "aGk="),
    ("日本語".encode("iso2022_jp"), None, "日本語"),
    ("Grüße".encode("utf-8-sig"), None, "Grüße"),
    (b"caf\xe9", "utf-8", "café"),
    ("Ceci est un café crème, très élégant et déjà prêt.".encode("cp1252"), None,
     "Ceci est un café crème, très élégant et déjà prêt."),
    ("Это длинное письмо о принтере, который не печатает.".encode("cp1251"), "x-bogus",
     "Это длинное письмо о принтере, который не печатает."),
])
def test_decode_bytes(data, charset, expected):
    assert decode_bytes(data, charset) == expected


def test_decode_bytes_never_raises():
    assert decode_bytes(None, None) == ""
    assert decode_bytes(b"x", "a\x00b") == "x"
    assert decode_bytes(b"x", "x" * 10000) == "x"
    assert decode_bytes(b"\xff" * 100, "utf-16") == "\uffff" * 50


def test_html_to_text():
    html = ("<html><head><title>T</title><style>p{}</style></head><body><p>Hello&nbsp;"
            "<b>World</b></p><script>alert(1)</script><ul><li>a</li><li>b</li></ul>"
            "<!-- c > d --><table><tr><td>x</td><td>y</td></tr></table>&lt;tag&gt; a<<b")
    assert html_to_text(html) == "Hello World\n\n- a\n- b\n\nx\ty\n\n<tag> a<<b"
    assert html_to_text("<p>unclosed <!-- comment <p>hidden") == "unclosed"
    assert html_to_text("<script>never closed <p>hidden") == ""
    assert html_to_text("") == ""


@HOSTILE
def test_html_to_text_is_linear_on_hostile_markup():
    assert html_to_text("<" * 200000) == "<" * 200000
    assert html_to_text("<!--" * 50000) == ""
    assert html_to_text("<script>" * 50000) == ""


@pytest.mark.parametrize("name,expected", [
    ("report.pdf", "report.pdf"),
    ("../../etc/passwd", "_.._etc_passwd"),
    ("C:\\Windows\\evil.dll", "C__Windows_evil.dll"),
    ("CON.txt", "_CON.txt"),
    ("nul", "_nul"),
    ("lpt1.doc", "_lpt1.doc"),
    ("..", "attachment"),
    ("", "attachment"),
    (".bashrc", "bashrc"),
    ("a\x00b\r\nc.txt", "abc.txt"),
    ("invoice\u202efdp.exe", "invoicefdp.exe"),
    (" trailing. ", "trailing"),
    ("a<b>c:d|e?f*g\"h.txt", "a_b_c_d_e_f_g_h.txt"),
])
def test_safe_filename(name, expected):
    assert safe_filename(name) == expected


def test_safe_filename_caps_length_and_keeps_the_extension():
    long_ascii = safe_filename("x" * 300 + ".pdf")
    assert len(long_ascii) == 200 and long_ascii.endswith("x.pdf")
    long_utf8 = safe_filename("あ" * 150 + ".txt")
    assert long_utf8.endswith("あ.txt") and len(long_utf8.encode("utf-8")) <= 240
    assert safe_filename(safe_filename("x" * 300 + ".pdf")) == long_ascii
