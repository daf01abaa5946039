"""Full-text search that ignores accents (đ/Đ included) and still ranks the exact form first.

The index keeps every word as written (NFC, tokenizer `remove_diacritics 0`) and adds, per
message, the folded form of each word that folding changes: "Hóa đơn" is indexed as
"Hóa đơn Hoa don". A search matches the folded words of the query, so "hoa don", "HOA DON"
and "hóa đơn" all find it; a second match on the words as typed tells which tickets hold the
exact accented form, and those rank first.

The folding runs inside SQLite as the function `stx_search_text`, registered by every
`connect()` and called by the index triggers (migration 2), rather than written by the
repository into a folded column: the triggers keep the index in step with every insert, update
and cascading delete whoever makes it, and a connection that lacks the function fails loudly
("no such function") instead of indexing unfolded text. The query side calls the same Python
`fold`, so both sides always agree. Changing `fold` changes what is indexed: it needs a new
migration that rebuilds `messages_fts` (the contentless index deletes by re-tokenizing).
"""

from __future__ import annotations

import functools
import re
import unicodedata

SEARCH_TEXT_SQL = "stx_search_text"

_WORD = re.compile(r"\w+")
# The accents of Latin (Vietnamese included), Greek and Cyrillic once decomposed, but not the
# vowel signs and viramas of other scripts, whose removal changes the word.
_MARKS = re.compile("[\u0300-\u036f]+")
# Letters that are not a base letter plus a mark, which decomposition leaves alone.
_LETTERS = str.maketrans({"đ": "d", "Đ": "D"})


def fold(text: str) -> str:
    """Without accents or compatibility forms: "Hóa Đơn" -> "Hoa Don", "ﬁ" -> "fi"."""
    return _MARKS.sub("", unicodedata.normalize("NFKD", text)).translate(_LETTERS)


_fold_word = functools.lru_cache(maxsize=65536)(fold)


def search_text(text: str | None) -> str:
    """What the index holds for `text`: the words as written, then the folded ones that differ.

    This runs on the writer thread for every message stored, so it splits on spaces (tokens
    never span them) and folds each distinct word once, from a cache: Vietnamese is written
    in a few thousand syllables. The extra words keep their first order, so deleting a message
    re-tokenizes it exactly as it was inserted.
    """
    if not text or text.isascii():
        return text or ""
    text = unicodedata.normalize("NFC", text)
    extra = dict.fromkeys(folded for word in dict.fromkeys(text.split())
                          if not word.isascii() and (folded := _fold_word(word)) != word)
    return f"{text}\n{' '.join(extra)}" if extra else text


def _query(words: list[str]) -> str:
    """Every word as a quoted prefix term, so user input can never be FTS syntax."""
    return " ".join('"' + w.replace('"', '""') + '"*' for w in words)


def match_query(text: str) -> str:
    """The FTS query that finds `text` whatever its accents ("" when it has no words)."""
    return _query([fold(w) for w in _WORD.findall(unicodedata.normalize("NFC", text))])


def exact_query(text: str) -> str | None:
    """The FTS query for the words exactly as typed; None when that is `match_query` itself."""
    words = _WORD.findall(unicodedata.normalize("NFC", text))
    if all(fold(w) == w for w in words):
        return None
    return _query(words)
