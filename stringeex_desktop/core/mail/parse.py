"""Turn raw inbound bytes into a `ParsedMessage`, whatever the bytes are.

Hostile mail must never stop ingest (DESIGN.md section 4.6), and CPython 3.13.0's `email`
parser is slow on some inputs (section 8). So the raw text is first walked here, with the
stdlib's own line, header and boundary rules, under caps on sizes, parts and depth; headers
over the caps are dropped before the stdlib parser ever sees them, and a structure over the
caps is not handed to it at all. `parse_message` never raises.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import email.utils
import html as htmllib
import mimetypes
import re
import unicodedata
import urllib.parse
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email import policy
from email.parser import Parser

from ..models import Address

# Same rules as CPython's email.feedparser (headerRE, NLCRE, boundaryendRE), so that the
# pre-scan sees exactly the header blocks and parts the stdlib parser will see.
_HEADER_LINE = re.compile(r"From |[\041-\071\073-\176]*:|[\t ]")
_NON_HEADER_LINE = re.compile(
    r"(?:(?<=\n)|(?<=\r)(?!\n)|\A)(?!From |[\041-\071\073-\176]*:|[\t ])")
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+")
_EOL = re.compile(r"\r\n|\r|\n")
_SURROGATE = re.compile("[\udc80-\udcff]")
_BLANK_LINE = re.compile(r"(?:(?<=\n)|(?<=\r)(?!\n)|\A)(?:\r\n|\r|\n)")

MAX_MIME_PARAMS = 100          # ';' in one Content-Type/-Disposition (the parser is quadratic)
_MAX_KEPT_PARAMS = 20          # a real MIME header has a handful
_MAX_PARAM_CHARS = 255         # decoded; file names are cut to 200 anyway
_MAX_CANONICAL = 2048          # bytes of a re-emitted MIME header
RAW_VIEW_BYTES = 512 * 1024    # text shown for mail that could not be parsed as MIME
_DETECT_SAMPLE = 64 * 1024
_PARAM_HEADERS = ("content-type", "content-disposition")
_REFUSED_CODECS = {"unicode_escape", "raw_unicode_escape", "idna", "punycode", "undefined"}
_NOT_MAIL_CODECS = ("utf_16", "utf_32", "cp037", "cp273", "cp424", "cp500", "cp875", "cp1026",
                    "cp1140")
# Labels that mail clients use for a narrower charset than the bytes they really write.
_SUPERSETS = {"iso8859-1": ["cp1252"], "gb2312": ["gb18030"], "gbk": ["gb18030"],
              "shift_jis": ["cp932"], "euc_kr": ["cp949"], "iso8859-9": ["cp1254"],
              "tis-620": ["cp874"], "iso8859-11": ["cp874"], "big5": ["big5hkscs"],
              "iso2022_jp": ["iso2022_jp", "iso2022_jp_2", "iso2022_jp_ext"]}
_ISO2022_JP_ESCAPES = (b"\x1b$B", b"\x1b$@", b"\x1b(J", b"\x1b(B\x1b$B")
_ENCODED_WORD = re.compile(r"=\?([^?\s]+)\?([QqBb])\?([^?\s]*)\?=")
_MSG_ID = re.compile(r"<([^<>]*)>")
# Anchored at the start of a run and possessive: one linear scan, never a quadratic search.
_ADDR_SPEC = re.compile(r'(?<![^\s<>()",;\\\[\]@])[^\s<>()",;\\\[\]@]++@[^\s<>()",;\\\[\]@]++')
_MAX_NAME = 256
_EML_POLICY = policy.compat32.clone(linesep="\r\n")
# Headers are decoded by this module from their raw values, so the parser needs no header
# objects: compat32 walks the same MIME tree as policy.default at a fraction of the cost
# (policy.default builds and re-parses a header object on every access).
_PARSE_POLICY = policy.compat32
_MSG_ID_CHARS = re.compile(r"[!-;=?-~]+")
_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_SPACES = re.compile(r"\s+")
_SECTION = re.compile(r"([^*]+)\*(?:(\d{1,3})(\*)?)?")
_QUOTED = re.compile(r'"((?:[^"\\]|\\.)*)"?', re.DOTALL)
_QUOTABLE = re.compile(r'[ !#-\[\]-~]+')
_TOKEN = re.compile(r"[A-Za-z0-9!#$%&'*+.^_`|~-]+")
_TEXT_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]+")


@dataclass(frozen=True)
class Limits:
    max_bytes: int = 25 * 1024 * 1024
    max_header_block: int = 256 * 1024     # bytes of the top header block
    max_header_value: int = 16 * 1024      # bytes of any one (unfolded) header field
    max_parts: int = 500
    max_depth: int = 20


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


class _Overflow(Exception):
    """The MIME structure is over a cap; the stdlib parser must not see it."""


@dataclass
class _Scan:
    limits: Limits
    problems: list[str] = field(default_factory=list)
    parts: int = 0
    top_headers: str = ""
    top_body_start: int = 0

    def problem(self, reason: str) -> None:
        if reason not in self.problems:
            self.problems.append(reason)


def parse_message(raw: bytes, limits: Limits = Limits()) -> ParsedMessage:
    try:
        return _parse(bytes(raw), limits)
    except Exception as exc:  # noqa: BLE001 - hostile input must never stop ingest
        return _last_resort(raw, f"parser failed: {type(exc).__name__}: {exc}"[:200])


def _parse(raw: bytes, limits: Limits) -> ParsedMessage:
    if not raw:
        return _empty("", "empty message")
    scan = _Scan(limits)
    oversize = len(raw) > limits.max_bytes
    if oversize:
        scan.problem(f"message over {limits.max_bytes} bytes")
        raw = raw[:limits.max_bytes]
    text = raw.decode("ascii", "surrogateescape")
    out: list[str] = []
    structured = not oversize
    try:
        _scan_entity(text, 0, len(text), 0, "text/plain", out, scan, top=True, structure=structured)
    except _Overflow as exc:
        scan.problem(str(exc))
        structured = False
    if not scan.top_headers.strip():
        scan.problem("no header fields; shown as raw text")
    if structured:
        msg = Parser(policy=_PARSE_POLICY).parsestr("".join(out))
        result = _from_message(msg)
    else:
        msg = Parser(policy=_PARSE_POLICY).parsestr(scan.top_headers, headersonly=True)
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
        scan = _Scan(Limits())
        text = data[:Limits().max_header_block * 2].decode("ascii", "surrogateescape")
        _scan_entity(text, 0, len(text), 0, "text/plain", [], scan, top=True, structure=False)
        result = _from_headers(Parser(policy=_PARSE_POLICY).parsestr(scan.top_headers,
                                                                      headersonly=True))
        result.text = _raw_view(data[scan.top_body_start:])
    except Exception:  # noqa: BLE001
        result = _empty(_raw_view(data), reason)
    result.parse_error = reason
    return result


def _empty(text: str, reason: str | None) -> ParsedMessage:
    return ParsedMessage(None, [], [], "", None, [], [], [], None, text, None, [], {}, reason)


def _raw_view(data: bytes) -> str:
    return _clean_text(decode_bytes(data[:RAW_VIEW_BYTES], None))


# --- pre-scan --------------------------------------------------------------------------


def _scan_entity(s: str, start: int, end: int, depth: int, default_type: str, out: list[str],
                 scan: _Scan, *, top: bool = False, structure: bool = True) -> None:
    """Emit one entity with over-cap header fields dropped; recurse like the feedparser."""
    limits = scan.limits
    if depth > limits.max_depth:
        raise _Overflow(f"MIME nesting deeper than {limits.max_depth} levels")
    scan.parts += 1
    if scan.parts > limits.max_parts:
        raise _Overflow(f"more than {limits.max_parts} MIME parts")
    headers, block_end, body_start = _header_block(s, start, end, scan, top)
    if top:
        scan.top_headers, scan.top_body_start = headers, body_start
    if not structure:
        return
    out.append(headers)
    out.append(s[block_end:body_start])
    ctype, boundary = _content_info(headers, default_type)
    if ctype == "message/delivery-status":
        scan.parts += 1 + sum(1 for _ in _BLANK_LINE.finditer(s, body_start, end))
        if scan.parts > limits.max_parts:
            raise _Overflow(f"more than {limits.max_parts} MIME parts")
        out.append(s[body_start:end])
    elif ctype.startswith("message/"):
        _scan_entity(s, body_start, end, depth + 1, "text/plain", out, scan)
    elif ctype.startswith("multipart/") and boundary is not None:
        child_type = "message/rfc822" if ctype == "multipart/digest" else "text/plain"
        _scan_multipart(s, body_start, end, depth + 1, boundary, child_type, out, scan)
    else:
        out.append(s[body_start:end])


def _scan_multipart(s: str, start: int, end: int, depth: int, boundary: str, child_type: str,
                    out: list[str], scan: _Scan) -> None:
    """The feedparser's multipart loop: preamble, parts split by boundary lines, epilogue."""
    lines = _BoundaryLines(s, boundary, end)
    first = lines.next_from(start)
    if first is None or first[2]:
        out.append(s[start:end])
        return
    cursor, pos = start, first[0]
    while True:
        while pos < end and (dup := lines.at(pos)):
            pos = dup.end()
        nxt = lines.next_from(pos)
        part_end = nxt[0] if nxt else end
        out.append(s[cursor:pos])
        _scan_entity(s, pos, part_end, depth, child_type, out, scan)
        cursor = part_end
        if nxt is None or nxt[2]:
            break
        pos = nxt[0]
    out.append(s[cursor:end])


class _BoundaryLines:
    """Finds boundary lines with literal-prefix regexes, each scanning the text once."""

    def __init__(self, s: str, boundary: str, end: int):
        tail = re.escape("--" + boundary) + r"(--)?[ \t]*(?:\r\n|\r|\n|\Z)"
        self._s, self._end = s, end
        self._at = re.compile(tail)
        self._after = [re.compile("\n" + tail), re.compile("\r" + tail)]
        self._cache: list[tuple[int, re.Match | None]] = [(-1, None), (-1, None)]

    def at(self, pos: int) -> re.Match | None:
        return self._at.match(self._s, pos, self._end)

    def next_from(self, pos: int) -> tuple[int, int, bool] | None:
        """(start, end, is_close) of the first boundary line at or after line start `pos`."""
        here = self.at(pos)
        if here:
            return here.start(), here.end(), bool(here.group(1))
        best = None
        for i, pattern in enumerate(self._after):
            searched, found = self._cache[i]
            if searched < 0 or searched > pos or (found is not None and found.start() < pos):
                found = pattern.search(self._s, pos, self._end)
                self._cache[i] = (pos, found)
            if found is not None and (best is None or found.start() < best.start()):
                best = found
        if best is None:
            return None
        return best.start() + 1, best.end(), bool(best.group(1))


def _header_block(s: str, start: int, end: int, scan: _Scan, top: bool
                  ) -> tuple[str, int, int]:
    """Kept header fields (original text), where the block ends and where the body starts."""
    limits = scan.limits
    budget = start + limits.max_header_block
    kept: list[str] = []
    current: list[str] = []
    pos, block_end = start, end
    while pos < end:
        if pos > budget:
            found = _NON_HEADER_LINE.search(s, pos, end)
            block_end = found.start() if found else end
            what = "header block" if top else "MIME part header block"
            scan.problem(f"{what} over {limits.max_header_block} bytes")
            current = []
            break
        m = _LINE.match(s, pos, end)
        line = m.group()
        if not _HEADER_LINE.match(line):
            block_end = pos
            break
        pos = m.end()
        if line[0] in " \t":
            if current:
                current.append(line)
            continue
        _keep_field(current, kept, scan)
        current = [line]
    if pos <= budget:
        _keep_field(current, kept, scan)
    body_start = block_end
    if block_end < end and s[block_end] in "\r\n":
        body_start = _EOL.match(s, block_end).end()
    return "".join(kept), block_end, body_start


def _keep_field(lines: list[str], kept: list[str], scan: _Scan) -> None:
    if not lines:
        return
    limits = scan.limits
    text = "".join(lines)
    name = text.split(":", 1)[0].strip()
    shown = _clean_header(_unsurrogate(name))[:40] or "unnamed"
    if len(text) - sum(len(e) for e in _EOL.findall(text)) > limits.max_header_value:
        scan.problem(f"{shown} header over {limits.max_header_value} bytes (dropped)")
        return
    lowered = name.lower()
    if lowered in _PARAM_HEADERS or lowered == "content-transfer-encoding":
        if text.count(";") > MAX_MIME_PARAMS:
            scan.problem(f"{shown} header with over {MAX_MIME_PARAMS} parameters (dropped)")
            return
        text = _canonical_mime_field(name, text)
        if text is None:
            return
    kept.append(text)


def _canonical_mime_field(name: str, field_text: str) -> str | None:
    """Re-emit a MIME header in a plain form the stdlib parses in linear time.

    CPython 3.13.0 parses these headers in quadratic time on runs of quotes, semicolons
    and similar; the stdlib must only ever see what this function writes.
    """
    eol = next((e for e in ("\r\n", "\n", "\r") if field_text.endswith(e)), "")
    value = _unsurrogate(_unfold(field_text.split(":", 1)[1]))
    main, params = _mime_params(value)
    lowered = name.lower()
    if lowered == "content-transfer-encoding":
        words = main.split()
        token = re.sub(r"[^a-z0-9-]", "", words[0].lower())[:64] if words else ""
        return f"{name}: {token}{eol}" if token else None
    main = re.sub(r"[^a-z0-9!#$%&'*+.^_`|~/-]", "", _strip_comments(main).lower())
    if lowered == "content-type":
        if main.count("/") != 1 or main.startswith("/") or main.endswith("/"):
            main = "text/plain"
    else:
        main = main.replace("/", "") or "attachment"
    out = [f"{name}: {main}"]
    size = len(out[0])
    for attr, val in params[:_MAX_KEPT_PARAMS]:
        val = val[:_MAX_PARAM_CHARS]
        while val and size + len(piece := _param_text(attr, val)) > _MAX_CANONICAL:
            val = val[:len(val) * 3 // 4]
        if val:
            out.append(piece)
            size += len(piece)
    return "".join(out) + eol


def _param_text(attr: str, val: str) -> str:
    """The cheapest form for the stdlib: each space in a quoted or encoded value costs it a
    token, while an RFC 2231 value is one token."""
    if _TOKEN.fullmatch(val):
        return f"; {attr}={val}"
    spaces = len(_SPACES.findall(val))
    if spaces > 8:
        return f"; {attr}*=utf-8''" + urllib.parse.quote(val.encode("utf-8", "replace"),
                                                         safe="!#$&+.^_`|~-")
    if _QUOTABLE.fullmatch(val):
        return f'; {attr}="{val}"'
    encoded = base64.b64encode(val.encode("utf-8", "replace")).decode("ascii")
    return f'; {attr}="=?utf-8?b?{encoded}?="'


def _mime_params(value: str) -> tuple[str, list[tuple[str, str]]]:
    """Main value and decoded parameters (RFC 2231 joined, RFC 2047 in names decoded)."""
    cut = value.find(";")
    main = value if cut < 0 else value[:cut]
    raw: list[tuple[str, str]] = []
    pos, n = (len(value) if cut < 0 else cut + 1), len(value)
    while pos < n:
        eq, semi = value.find("=", pos), value.find(";", pos)
        if eq < 0 or 0 <= semi < eq:
            pos = n if semi < 0 else semi + 1
            continue
        attr = value[pos:eq].strip().lower()
        pos = eq + 1
        while pos < n and value[pos] in " \t":
            pos += 1
        if pos < n and value[pos] == '"':
            quoted = _QUOTED.match(value, pos)
            val = re.sub(r"\\(.)", r"\1", quoted.group(1), flags=re.DOTALL)
            semi = value.find(";", quoted.end())
        else:
            semi = value.find(";", pos)
            val = _strip_comments(value[pos:n if semi < 0 else semi]).strip()
        pos = n if semi < 0 else semi + 1
        if _TOKEN.fullmatch(attr):
            raw.append((attr, val))
    return main.strip(), _join_rfc2231(raw)


def _join_rfc2231(raw: list[tuple[str, str]]) -> list[tuple[str, str]]:
    plain: dict[str, str] = {}
    sections: dict[str, dict[int, tuple[str, bool]]] = {}
    order: list[str] = []
    for attr, val in raw:
        m = _SECTION.fullmatch(attr)
        base = m.group(1) if m else attr
        if base not in order:
            order.append(base)
        if not m:
            plain.setdefault(base, val)
        else:
            number = int(m.group(2)) if m.group(2) is not None else 0
            encoded = m.group(2) is None or bool(m.group(3))
            sections.setdefault(base, {}).setdefault(number, (val, encoded))
    result = []
    for base in order:
        if base in sections:
            result.append((base, _decode_sections(sections[base])))
        else:
            value = plain[base]
            if base in ("name", "filename"):
                value = decode_words(value)
            result.append((base, value))
    return result


def _decode_sections(parts: dict[int, tuple[str, bool]]) -> str:
    charset = "utf-8"
    data = []
    first = min(parts)
    for number in sorted(parts):
        val, encoded = parts[number]
        if encoded:
            if number == first and val.count("'") >= 2:
                charset, _lang, val = val.split("'", 2)
            data.append(urllib.parse.unquote_to_bytes(val))
        else:
            data.append(val.encode("utf-8", "surrogateescape"))
    return _decode(b"".join(data), charset or "utf-8", detect=False)


def _strip_comments(text: str) -> str:
    """Drop (comments), nesting counted without recursion."""
    if "(" not in text:
        return text
    out, depth = [], 0
    for c in text:
        if c == "(":
            depth += 1
        elif c == ")" and depth:
            depth -= 1
        elif not depth:
            out.append(c)
    return "".join(out)


def _content_info(headers: str, default_type: str) -> tuple[str, str | None]:
    """Content type and boundary exactly as the stdlib will decide them."""
    msg = Parser(policy=_PARSE_POLICY).parsestr(headers, headersonly=True)
    msg.set_default_type(default_type)
    ctype = msg.get_content_type()
    return ctype, msg.get_boundary() if ctype.startswith("multipart/") else None


# --- extraction -------------------------------------------------------------------------


def _from_headers(msg) -> ParsedMessage:
    raw_items = list(msg.raw_items())
    headers: dict[str, list[str]] = {}
    for name, value in raw_items:
        headers.setdefault(name.strip().lower(), []).append(_decode_header(value))

    def first_raw(name: str) -> str | None:
        return next((v for n, v in raw_items if n.strip().lower() == name), None)

    sender = _addresses(first_raw("from"))
    return ParsedMessage(
        message_id=next(iter(_msg_ids(first_raw("message-id"))), None),
        in_reply_to=_msg_ids(first_raw("in-reply-to")),
        references=_msg_ids(first_raw("references")),
        subject=(headers.get("subject") or [""])[0],
        sender=sender[0] if sender else None,
        reply_to=_addresses(first_raw("reply-to")),
        to=_addresses(first_raw("to")),
        cc=_addresses(first_raw("cc")),
        date=_date((headers.get("date") or [None])[0]),
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
            plain.append(_clean_text(decode_bytes(_part_bytes(part), None)))
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
            plain.append(_clean_text(body))
        else:
            html.append(body.replace("\r\n", "\n").replace("\x00", ""))
        return
    content_id = (_raw_header(part, "content-id") or "")[:_MAX_PARAM_CHARS]
    content_id = _clean_header(_unfold(content_id)).strip("<>").strip() or None
    name = decode_words(_unsurrogate(filename)) if filename else ""
    if not name and ctype == "message/rfc822" and part.is_multipart():
        inner = part.get_payload()
        subject = _raw_header(inner[0], "subject") if inner else None
        name = f"{_decode_header(subject)[:100]}.eml" if subject else ""
    if not name:
        name = "attachment" + (mimetypes.guess_extension(ctype) or "")
    attachments.append(ParsedAttachment(
        filename=safe_filename(name), content_type=ctype, data=_part_bytes(part),
        content_id=_unsurrogate(content_id) if content_id else None,
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


def _addresses(value: str | None) -> list[Address]:
    """Whatever addresses a header yields, in one linear pass (the stdlib's address parsers
    recurse on nested comments and are quadratic on runs of quotes)."""
    if not value:
        return []
    text = _unsurrogate(_unfold(value))
    result: list[Address] = []
    words: list[str] = []
    comments: list[str] = []
    angle: str | None = None

    def flush() -> None:
        nonlocal words, comments, angle
        joined = "".join(words)
        if angle is None and "<" in joined:  # an unterminated quote swallowed the <addr>
            joined, angle = joined.rsplit("<", 1)
        if angle is not None:
            addr, name = angle.rsplit(":", 1)[-1], joined
        else:
            addr, name = joined, " ".join(c.replace("(", "").replace(")", "") for c in comments)
        found = _ADDR_SPEC.search("".join(_clean_header(addr).split()))
        if found:
            name = " ".join(decode_words(_clean_header(name)).split()).strip("\"' ")
            result.append(Address(name[:_MAX_NAME], found.group()))
        words, comments, angle = [], [], None

    has_at = False
    pos, n = 0, len(text)
    while pos < n:
        c = text[pos]
        if c == '"':
            quoted = _QUOTED.match(text, pos)
            words.append(re.sub(r"\\(.)", r"\1", quoted.group(1), flags=re.DOTALL))
            pos = quoted.end()
        elif c == "(":
            depth, start = 0, pos
            while pos < n:
                if text[pos] == "\\":
                    pos += 1
                elif text[pos] == "(":
                    depth += 1
                elif text[pos] == ")":
                    depth -= 1
                    if not depth:
                        break
                pos += 1
            comments.append(text[start + 1:pos])
            pos += 1
        elif c == "<":
            close = text.find(">", pos)
            close = n if close < 0 else close
            angle = text[pos + 1:close]
            pos = close + 1
        elif c in ",;":
            flush()
            has_at = False
            pos += 1
        elif c == ":" and angle is None and not has_at:  # a group's name
            words = []
            pos += 1
        else:
            words.append(c)
            has_at = has_at or c == "@"
            pos += 1
    flush()
    return result


def _msg_ids(value: str | None) -> list[str]:
    if not value:
        return []
    text = _unfold(value)
    ids = ["".join(m.group(1).split()) for m in _MSG_ID.finditer(text)]
    if not ids and "<" not in text:
        ids = [t for t in re.split(r"[\s,]+", text) if "@" in t]
    return [f"<{i}>" for i in ids if _MSG_ID_CHARS.fullmatch(i)]


def _date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(value)
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=timezone.utc)
        return parsed.astimezone(timezone.utc)
    except Exception:  # noqa: BLE001 - garbage dates are common and harmless
        return None


# --- decoding ---------------------------------------------------------------------------


def _unfold(value: str) -> str:
    return _EOL.sub("", value)


def _unsurrogate(value: str) -> str:
    """Raw 8-bit header bytes (kept as surrogates by the parser) decoded as text."""
    if not _SURROGATE.search(value):
        return value
    return _decode(value.encode("utf-8", "surrogateescape"), "utf-8", detect=False)


def _clean_header(value: str) -> str:
    return _CONTROLS.sub(" ", value).strip()


def _decode_header(value: str) -> str:
    return _clean_header(decode_words(_unsurrogate(_unfold(value))))


def _clean_text(text: str) -> str:
    return _TEXT_CONTROLS.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def decode_words(value: str) -> str:
    """RFC 2047 encoded words decoded; adjacent words of one charset are joined first, so a
    character split across two words survives."""
    pieces: list[str] = []
    pending: list[bytes] = []
    charset = ""
    last = 0
    for m in _ENCODED_WORD.finditer(value):
        between = value[last:m.start()]
        joinable = bool(pending) and not between.strip()
        word_charset = m.group(1).split("*", 1)[0].lower()
        if pending and not (joinable and word_charset == charset):
            pieces.append(_decode(b"".join(pending), charset, detect=False))
            pending = []
        if not joinable:
            pieces.append(between)
        charset = word_charset
        pending.append(_word_bytes(m.group(2), m.group(3)))
        last = m.end()
    if pending:
        pieces.append(_decode(b"".join(pending), charset, detect=False))
    pieces.append(value[last:])
    return "".join(pieces)


def _word_bytes(encoding: str, text: str) -> bytes:
    data = text.encode("utf-8", "surrogateescape")
    if encoding in "Qq":
        data = data.replace(b"_", b" ")
        return re.sub(rb"=([0-9A-Fa-f]{2})", lambda m: bytes([int(m.group(1), 16)]), data)
    data = re.sub(rb"[^A-Za-z0-9+/]", b"", data)
    data = data[:len(data) - len(data) % 4] if len(data) % 4 == 1 else data
    try:
        return base64.b64decode(data + b"=" * (-len(data) % 4))
    except (binascii.Error, ValueError):
        return b""


def decode_bytes(data: bytes, declared_charset: str | None) -> str:
    """Declared charset (or its common superset), then UTF-8, detection, windows-1252."""
    return _decode(data, declared_charset, detect=True)


def _decode(data: bytes, declared_charset: str | None, *, detect: bool) -> str:
    """Header text skips detection: it is short, where detectors guess wrong, and many."""
    if isinstance(data, str):
        return data
    try:
        data = bytes(data)
    except Exception:  # noqa: BLE001 - never raise, whatever the caller hands over
        return ""
    for name in _charset_candidates(declared_charset):
        try:
            return data.decode(name)
        except Exception:  # noqa: BLE001 - wrong label: fall back below
            continue
    if data.startswith(codecs.BOM_UTF8):
        return data.decode("utf-8-sig", "replace")
    if any(e in data for e in _ISO2022_JP_ESCAPES):
        for name in _SUPERSETS["iso2022_jp"]:
            try:
                return data.decode(name)
            except UnicodeDecodeError:
                continue
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    detected = _detect(data[:_DETECT_SAMPLE]) if detect else None
    if detected:
        try:
            return data.decode(detected, "replace")
        except Exception:  # noqa: BLE001 - a detector's odd pick must not break decoding
            pass
    return data.decode("cp1252", "replace")


def _charset_candidates(declared: str | None) -> list[str]:
    if not declared or not isinstance(declared, str):
        return []
    label = declared.strip().strip("\"'").strip().lower()[:64]
    try:
        info = codecs.lookup(label)
    except (LookupError, ValueError, TypeError):
        return []
    name = info.name
    if not getattr(info, "_is_text_encoding", True) or name.replace("-", "_") in _REFUSED_CODECS:
        return []
    return _SUPERSETS.get(name, []) + [name]


def _detect(sample: bytes) -> str | None:
    try:
        import charset_normalizer
        matches = [m for m in charset_normalizer.from_bytes(sample)
                   if not m.encoding.startswith(_NOT_MAIL_CODECS)]
    except Exception:  # noqa: BLE001 - detection is best effort
        return None
    if not matches:
        return None
    best = matches[0]
    for m in matches:
        if m.chaos <= best.chaos and "cp1252" in m.could_be_from_charset:
            return "cp1252"
    return best.encoding


# --- html and file names ----------------------------------------------------------------

_TAG_TOKEN = re.compile(r"<[A-Za-z/!?][^<>]*>|(?:[^<]|<(?!!--)(?![A-Za-z/!?][^<>]*>))+|<")
_TAG_START = re.compile(r"<[A-Za-z/!?]")
_TAG_NAME = re.compile(r"</?\s*([a-zA-Z][a-zA-Z0-9]*)")
_BLOCK_TAGS = {"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table",
               "ul", "ol", "blockquote", "pre", "hr", "section", "article", "header",
               "footer", "dt", "dd", "address", "form", "fieldset"}
_SKIP_TAGS = {"script", "style", "head", "title", "template", "noscript"}


def html_to_text(html: str) -> str:
    """A readable plain view of an HTML body; one linear pass, so hostile markup is cheap."""
    html = html or ""
    out: list[str] = []
    pre = 0
    pos, n = 0, len(html)
    while pos < n:
        if html.startswith("<!--", pos):
            close = html.find("-->", pos + 4)
            pos = n if close < 0 else close + 3
            continue
        m = _TAG_TOKEN.match(html, pos)
        token, pos = m.group(), m.end()
        if not _TAG_START.match(token):
            text = htmllib.unescape(token)
            out.append(text if pre else _SPACES.sub(" ", text))
            continue
        tag = _TAG_NAME.match(token)
        if not tag:
            continue
        name = tag.group(1).lower()
        closing = token[1:].lstrip().startswith("/")
        if name in _SKIP_TAGS and not closing and not token.endswith("/>"):
            close = re.compile(r"</\s*" + name + r"\s*>", re.IGNORECASE).search(html, pos)
            pos = close.end() if close else n
        elif name == "pre":
            pre = max(0, pre + (-1 if closing else 1))
            out.append("\n")
        elif name == "li":
            out.append("" if closing else "\n- ")
        elif name in ("td", "th") and closing:
            out.append("\t")
        elif name in _BLOCK_TAGS:
            out.append("\n")
    lines = [line.strip() for line in _clean_text("".join(out)).split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


_WINDOWS_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)),
                     *(f"lpt{i}" for i in range(10)), "conin$", "conout$"}
_UNSAFE_NAME_CHARS = re.compile(r'[/\\:*?"<>|]')


def safe_filename(name: str) -> str:
    """A name that is safe to show and to write into any folder on any OS."""
    text = unicodedata.normalize("NFC", str(name or ""))
    text = "".join(c for c in text if unicodedata.category(c) not in ("Cc", "Cf", "Cs", "Zl",
                                                                        "Zp"))
    text = _UNSAFE_NAME_CHARS.sub("_", text)
    text = text.strip().lstrip(".").strip().rstrip(". ")
    stem = text.split(".", 1)[0].strip().lower()
    if stem in _WINDOWS_RESERVED:
        text = "_" + text
    if len(text) > 200 or len(text.encode("utf-8")) > 240:
        base, dot, ext = text.rpartition(".")
        ext = dot + ext if dot and base and len(ext) <= 16 else ""
        base = text[:len(text) - len(ext)][:200 - len(ext)]
        while base and len((base + ext).encode("utf-8")) > 240:
            base = base[:-1]
        text = base.rstrip(". ") + ext
    return text or "attachment"
