"""`parse_message`: raw inbound bytes into a `ParsedMessage`, whatever the bytes are.

Hostile mail must never stop ingest (DESIGN.md section 4.6): the pre-scan drops what is over
the caps, a structure over the caps is shown as raw text under its headers, and
`parse_message` never raises.
"""

from __future__ import annotations

import mimetypes
from dataclasses import dataclass
from datetime import datetime
from email import policy
from email.parser import Parser

from ...models import Address
from .charsets import clean_text, decode_bytes, decode_words, unsurrogate
from .filenames import safe_filename
from .headers import addresses, clean_header, decode_header, msg_ids, parse_date, unfold
from .html_text import html_to_text
from .prescan import MAX_PARAM_CHARS, PARSE_POLICY, Limits, Overflow, Scan, scan_entity

RAW_VIEW_BYTES = 512 * 1024    # text shown for mail that could not be parsed as MIME
_EML_POLICY = policy.compat32.clone(linesep="\r\n")


@dataclass
class ParsedAttachment:
    filename: str              # decoded and passed through safe_filename
    content_type: str
    data: bytes
    content_id: str | None     # without angle brackets: what a `cid:` URL names
    inline: bool


@dataclass
class ParsedMessage:
    message_id: str | None
    in_reply_to: list[str]
    references: list[str]
    subject: str
    sender: Address | None
    reply_to: list[Address]
    to: list[Address]
    cc: list[Address]
    date: datetime | None
    text: str
    html: str | None
    attachments: list[ParsedAttachment]
    headers: dict[str, list[str]]
    parse_error: str | None

    def header(self, name: str) -> str | None:
        values = self.headers.get(name.lower())
        return values[0] if values else None


def parse_message(raw: bytes, limits: Limits = Limits()) -> ParsedMessage:
    try:
        return _parse(bytes(raw), limits)
    except Exception as exc:  # noqa: BLE001 - hostile input must never stop ingest
        return _last_resort(raw, f"parser failed: {type(exc).__name__}: {exc}"[:200])


def _parse(raw: bytes, limits: Limits) -> ParsedMessage:
    if not raw:
        return _empty("", "empty message")
    scan = Scan(limits)
    oversize = len(raw) > limits.max_bytes
    if oversize:
        scan.problem(f"message over {limits.max_bytes} bytes")
        raw = raw[:limits.max_bytes]
    text = raw.decode("ascii", "surrogateescape")
    out: list[str] = []
    structured = not oversize
    try:
        scan_entity(text, 0, len(text), 0, "text/plain", out, scan, top=True, structure=structured)
    except Overflow as exc:
        scan.problem(str(exc))
        structured = False
    if not scan.top_headers.strip():
        scan.problem("no header fields; shown as raw text")
    if structured:
        msg = Parser(policy=PARSE_POLICY).parsestr("".join(out))
        result = _from_message(msg)
    else:
        msg = Parser(policy=PARSE_POLICY).parsestr(scan.top_headers, headersonly=True)
        result = _from_headers(msg)
        result.text = _raw_view(raw[scan.top_body_start:])
    result.parse_error = "; ".join(scan.problems)[:500] or None
    return result


def _last_resort(raw, reason: str) -> ParsedMessage:
    """Even the salvage failed: keep a readable view and the subject/from if reachable."""
    try:
        data = bytes(raw)
    except Exception:  # noqa: BLE001
        data = b""
    try:
        scan = Scan(Limits())
        text = data[:Limits().max_header_block * 2].decode("ascii", "surrogateescape")
        scan_entity(text, 0, len(text), 0, "text/plain", [], scan, top=True, structure=False)
        result = _from_headers(Parser(policy=PARSE_POLICY).parsestr(scan.top_headers,
                                                                     headersonly=True))
        result.text = _raw_view(data[scan.top_body_start:])
    except Exception:  # noqa: BLE001
        result = _empty(_raw_view(data), reason)
    result.parse_error = reason
    return result


def _empty(text: str, reason: str | None) -> ParsedMessage:
    return ParsedMessage(None, [], [], "", None, [], [], [], None, text, None, [], {}, reason)


def _raw_view(data: bytes) -> str:
    return clean_text(decode_bytes(data[:RAW_VIEW_BYTES], None))


def _from_headers(msg) -> ParsedMessage:
    raw_items = list(msg.raw_items())
    headers: dict[str, list[str]] = {}
    for name, value in raw_items:
        headers.setdefault(name.strip().lower(), []).append(decode_header(value))

    def first_raw(name: str) -> str | None:
        return next((v for n, v in raw_items if n.strip().lower() == name), None)

    sender = addresses(first_raw("from"))
    return ParsedMessage(
        message_id=next(iter(msg_ids(first_raw("message-id"))), None),
        in_reply_to=msg_ids(first_raw("in-reply-to")),
        references=msg_ids(first_raw("references")),
        subject=(headers.get("subject") or [""])[0],
        sender=sender[0] if sender else None,
        reply_to=addresses(first_raw("reply-to")),
        to=addresses(first_raw("to")),
        cc=addresses(first_raw("cc")),
        date=parse_date((headers.get("date") or [None])[0]),
        text="", html=None, attachments=[], headers=headers, parse_error=None)


def _from_message(msg) -> ParsedMessage:
    result = _from_headers(msg)
    plain: list[str] = []
    html: list[str] = []
    _walk(msg, None, plain, html, result.attachments)
    result.html = "\n".join(html) if html else None
    result.text = "\n".join(plain) if plain else (html_to_text(result.html) if html else "")
    return result


def _walk(part, alternative: dict | None, plain: list[str], html: list[str],
          attachments: list[ParsedAttachment]) -> None:
    ctype = part.get_content_type()
    if ctype.startswith("multipart/"):
        if not part.is_multipart():  # no boundary, or none found: show what is there
            plain.append(clean_text(decode_bytes(_part_bytes(part), None)))
            return
        scope = {"plain": False, "html": False} if ctype == "multipart/alternative" else alternative
        for child in part.get_payload():
            _walk(child, scope, plain, html, attachments)
        return
    disposition = part.get_content_disposition()
    filename = part.get_filename()
    subtype = {"text/plain": "plain", "text/html": "html"}.get(ctype)
    if subtype and disposition != "attachment" and not filename:
        if alternative is not None:
            if alternative[subtype]:
                return
            alternative[subtype] = True
        body = decode_bytes(part.get_payload(decode=True) or b"", part.get_content_charset())
        if subtype == "plain":
            plain.append(clean_text(body))
        else:
            html.append(body.replace("\r\n", "\n").replace("\x00", ""))
        return
    content_id = (_raw_header(part, "content-id") or "")[:MAX_PARAM_CHARS]
    content_id = clean_header(unfold(content_id)).strip("<>").strip() or None
    name = decode_words(unsurrogate(filename)) if filename else ""
    if not name and ctype == "message/rfc822" and part.is_multipart():
        inner = part.get_payload()
        subject = _raw_header(inner[0], "subject") if inner else None
        name = f"{decode_header(subject)[:100]}.eml" if subject else ""
    if not name:
        name = "attachment" + (mimetypes.guess_extension(ctype) or "")
    attachments.append(ParsedAttachment(
        filename=safe_filename(name), content_type=ctype, data=_part_bytes(part),
        content_id=unsurrogate(content_id) if content_id else None,
        inline=disposition == "inline" or (disposition is None and content_id is not None)))


def _part_bytes(part) -> bytes:
    if part.is_multipart():
        try:
            inner = part.get_payload()
            return b"\r\n".join(m.as_bytes(policy=_EML_POLICY) for m in inner)
        except Exception:  # noqa: BLE001 - a broken forwarded message is still an attachment
            return b""
    data = part.get_payload(decode=True)
    return data if isinstance(data, bytes) else b""


def _raw_header(part, name: str) -> str | None:
    return next((v for n, v in part.raw_items() if n.strip().lower() == name), None)
