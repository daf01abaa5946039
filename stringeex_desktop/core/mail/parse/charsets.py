"""Bytes of unknown or mislabelled charset turned into text, never raising.

Mail often declares a narrower charset than it writes, or a wrong one, or none; 8-bit header
bytes reach us as surrogates; RFC 2047 words may split a character in two.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import re

_SURROGATE = re.compile("[\udc80-\udcff]")
_DETECT_SAMPLE = 64 * 1024
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
_TEXT_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]+")


def unsurrogate(value: str) -> str:
    """Raw 8-bit header bytes (kept as surrogates by the parser) decoded as text."""
    if not _SURROGATE.search(value):
        return value
    return decode(value.encode("utf-8", "surrogateescape"), "utf-8", detect=False)


def clean_text(text: str) -> str:
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
            pieces.append(decode(b"".join(pending), charset, detect=False))
            pending = []
        if not joinable:
            pieces.append(between)
        charset = word_charset
        pending.append(_word_bytes(m.group(2), m.group(3)))
        last = m.end()
    if pending:
        pieces.append(decode(b"".join(pending), charset, detect=False))
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
    return decode(data, declared_charset, detect=True)


def decode(data: bytes, declared_charset: str | None, *, detect: bool) -> str:
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
