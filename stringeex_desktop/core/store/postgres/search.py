"""Full-text search on PostgreSQL with the same folding as SQLite's (sqlite/search.py).

The repositories tokenize in Python and hand PostgreSQL finished lexemes: the `search`
column is `array_to_tsvector` of each message's words, lower-cased, as written and folded
(accents and đ/Đ removed); a query is a `tsquery` of quoted prefix lexemes, cast from text
and so never parsed by a text-search configuration. Nothing depends on the server's locale,
its dictionaries or the unaccent extension (which a managed database may not offer), and a
search typed with or without accents finds what SQLite would find. As there, the words as
typed rank the tickets that hold that exact form first.

A tsvector holds at most 1 MB and a lexeme at most 2 KB: words longer than MAX_WORD are left
out, and a message's words stop being added past MAX_BYTES (a hostile message still stores).
"""

from __future__ import annotations

import re
import unicodedata

from ..sqlite.search import fold

_WORD = re.compile(r"[^\W_]+")
MAX_WORD = 200
MAX_BYTES = 512 * 1024


def lexemes(*texts: str | None) -> list[str]:
    """The distinct lexemes of `texts`: each word lower-cased, and its folded form."""
    found: dict[str, None] = {}
    size = 0
    for text in texts:
        for word in _WORD.findall(unicodedata.normalize("NFC", text or "").lower()):
            if len(word) > MAX_WORD:
                continue
            for form in (word, fold(word)):
                if form not in found:
                    size += len(form.encode()) + 8
                    if size > MAX_BYTES:
                        return list(found)
                    found[form] = None
    return list(found)


def _query(words: list[str]) -> str:
    return " & ".join("'" + w.replace("\\", "\\\\").replace("'", "''") + "':*" for w in words)


def _words(text: str) -> list[str]:
    return [w for w in _WORD.findall(unicodedata.normalize("NFC", text).lower())
            if len(w) <= MAX_WORD]


def match_query(text: str) -> str:
    """The tsquery text that finds `text` whatever its accents ("" when it has no words)."""
    return _query([fold(w) for w in _words(text)])


def exact_query(text: str) -> str | None:
    """The tsquery text for the words exactly as typed; None when that is `match_query`."""
    words = _words(text)
    if all(fold(w) == w for w in words):
        return None
    return _query(words)
