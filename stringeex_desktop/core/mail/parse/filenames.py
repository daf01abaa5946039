"""Attachment file names made safe to show and to write on any OS (DESIGN.md section 5)."""

from __future__ import annotations

import re
import unicodedata

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
