"""The pre-scan: raw text walked under caps before the stdlib parser may see it.

CPython 3.13.0's `email` parser is slow on some inputs (DESIGN.md section 8), so the text is
walked here with the stdlib's own line, header and boundary rules, under caps on sizes, parts
and depth. Header fields over the caps are dropped, MIME headers are re-emitted in a form the
stdlib parses in linear time, and a structure over the caps raises `Overflow`.
"""

from __future__ import annotations

import base64
import re
import urllib.parse
from dataclasses import dataclass, field
from email import policy
from email.parser import Parser

from .charsets import decode, decode_words, unsurrogate
from .headers import EOL, QUOTED, clean_header, unfold

# Same rules as CPython's email.feedparser (headerRE, NLCRE, boundaryendRE), so that the
# pre-scan sees exactly the header blocks and parts the stdlib parser will see.
_HEADER_LINE = re.compile(r"From |[\041-\071\073-\176]*:|[\t ]")
_NON_HEADER_LINE = re.compile(
    r"(?:(?<=\n)|(?<=\r)(?!\n)|\A)(?!From |[\041-\071\073-\176]*:|[\t ])")
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+")
_BLANK_LINE = re.compile(r"(?:(?<=\n)|(?<=\r)(?!\n)|\A)(?:\r\n|\r|\n)")

MAX_MIME_PARAMS = 100          # ';' in one Content-Type/-Disposition (the parser is quadratic)
_MAX_KEPT_PARAMS = 20          # a real MIME header has a handful
MAX_PARAM_CHARS = 255          # decoded; file names are cut to 200 anyway
_MAX_CANONICAL = 2048          # bytes of a re-emitted MIME header
_PARAM_HEADERS = ("content-type", "content-disposition")
# Headers are decoded by this package from their raw values, so the parser needs no header
# objects: compat32 walks the same MIME tree as policy.default at a fraction of the cost
# (policy.default builds and re-parses a header object on every access).
PARSE_POLICY = policy.compat32
_SPACES = re.compile(r"\s+")
_SECTION = re.compile(r"([^*]+)\*(?:(\d{1,3})(\*)?)?")
_QUOTABLE = re.compile(r'[ !#-\[\]-~]+')
_TOKEN = re.compile(r"[A-Za-z0-9!#$%&'*+.^_`|~-]+")


@dataclass(frozen=True)
class Limits:
    """The caps (DESIGN.md section 5); what is over them never reaches the stdlib parser."""

    max_bytes: int = 25 * 1024 * 1024
    max_header_block: int = 256 * 1024     # bytes of the top header block
    max_header_value: int = 16 * 1024      # bytes of any one (unfolded) header field
    max_parts: int = 500
    max_depth: int = 20


class Overflow(Exception):
    """The MIME structure is over a cap; the stdlib parser must not see it."""


@dataclass
class Scan:
    limits: Limits
    problems: list[str] = field(default_factory=list)
    parts: int = 0
    top_headers: str = ""
    top_body_start: int = 0

    def problem(self, reason: str) -> None:
        if reason not in self.problems:
            self.problems.append(reason)


def scan_entity(s: str, start: int, end: int, depth: int, default_type: str, out: list[str],
                scan: Scan, *, top: bool = False, structure: bool = True) -> None:
    """Emit one entity with over-cap header fields dropped; recurse like the feedparser."""
    limits = scan.limits
    if depth > limits.max_depth:
        raise Overflow(f"MIME nesting deeper than {limits.max_depth} levels")
    scan.parts += 1
    if scan.parts > limits.max_parts:
        raise Overflow(f"more than {limits.max_parts} MIME parts")
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
            raise Overflow(f"more than {limits.max_parts} MIME parts")
        out.append(s[body_start:end])
    elif ctype.startswith("message/"):
        scan_entity(s, body_start, end, depth + 1, "text/plain", out, scan)
    elif ctype.startswith("multipart/") and boundary is not None:
        child_type = "message/rfc822" if ctype == "multipart/digest" else "text/plain"
        _scan_multipart(s, body_start, end, depth + 1, boundary, child_type, out, scan)
    else:
        out.append(s[body_start:end])


def _scan_multipart(s: str, start: int, end: int, depth: int, boundary: str, child_type: str,
                    out: list[str], scan: Scan) -> None:
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
        scan_entity(s, pos, part_end, depth, child_type, out, scan)
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


def _header_block(s: str, start: int, end: int, scan: Scan, top: bool
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
        body_start = EOL.match(s, block_end).end()
    return "".join(kept), block_end, body_start


def _keep_field(lines: list[str], kept: list[str], scan: Scan) -> None:
    if not lines:
        return
    limits = scan.limits
    text = "".join(lines)
    name = text.split(":", 1)[0].strip()
    shown = clean_header(unsurrogate(name))[:40] or "unnamed"
    if len(text) - sum(len(e) for e in EOL.findall(text)) > limits.max_header_value:
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
    value = unsurrogate(unfold(field_text.split(":", 1)[1]))
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
        val = val[:MAX_PARAM_CHARS]
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
            quoted = QUOTED.match(value, pos)
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
    return decode(b"".join(data), charset or "utf-8", detect=False)


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
    msg = Parser(policy=PARSE_POLICY).parsestr(headers, headersonly=True)
    msg.set_default_type(default_type)
    ctype = msg.get_content_type()
    return ctype, msg.get_boundary() if ctype.startswith("multipart/") else None
