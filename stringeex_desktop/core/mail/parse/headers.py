"""Header values: unfolding, addresses, Message-IDs and dates, each in one linear pass."""

from __future__ import annotations

import email.utils
import re
from datetime import datetime, timezone

from ...models import Address
from .charsets import decode_words, unsurrogate

EOL = re.compile(r"\r\n|\r|\n")
_MSG_ID = re.compile(r"<([^<>]*)>")
# Anchored at the start of a run and possessive: one linear scan, never a quadratic search.
_ADDR_SPEC = re.compile(r'(?<![^\s<>()",;\\\[\]@])[^\s<>()",;\\\[\]@]++@[^\s<>()",;\\\[\]@]++')
_MAX_NAME = 256
_MSG_ID_CHARS = re.compile(r"[!-;=?-~]+")
_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f]")
QUOTED = re.compile(r'"((?:[^"\\]|\\.)*)"?', re.DOTALL)


def addresses(value: str | None) -> list[Address]:
    """Whatever addresses a header yields, in one linear pass (the stdlib's address parsers
    recurse on nested comments and are quadratic on runs of quotes)."""
    if not value:
        return []
    text = unsurrogate(unfold(value))
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
        found = _ADDR_SPEC.search("".join(clean_header(addr).split()))
        if found:
            name = " ".join(decode_words(clean_header(name)).split()).strip("\"' ")
            result.append(Address(name[:_MAX_NAME], found.group()))
        words, comments, angle = [], [], None

    has_at = False
    pos, n = 0, len(text)
    while pos < n:
        c = text[pos]
        if c == '"':
            quoted = QUOTED.match(text, pos)
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


def msg_ids(value: str | None) -> list[str]:
    if not value:
        return []
    text = unfold(value)
    ids = ["".join(m.group(1).split()) for m in _MSG_ID.finditer(text)]
    if not ids and "<" not in text:
        ids = [t for t in re.split(r"[\s,]+", text) if "@" in t]
    return [f"<{i}>" for i in ids if _MSG_ID_CHARS.fullmatch(i)]


def parse_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(value)
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=timezone.utc)
        return parsed.astimezone(timezone.utc)
    except Exception:  # noqa: BLE001 - garbage dates are common and harmless
        return None


def unfold(value: str) -> str:
    return EOL.sub("", value)


def clean_header(value: str) -> str:
    return _CONTROLS.sub(" ", value).strip()


def decode_header(value: str) -> str:
    return clean_header(decode_words(unsurrogate(unfold(value))))
