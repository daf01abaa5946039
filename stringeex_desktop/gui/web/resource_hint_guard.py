"""The viewer's own second parse: what reaches Chromium is rebuilt from tokens, without
the elements that open connections no request interceptor sees.

`<link rel=preconnect>` makes QtWebEngine open a socket directly (no setting, switch or CSP
stops it), so the page must never contain a `<link>`, even if the sanitiser lets one
through. The document is re-serialised from Python's tokenizer rather than filtered as text:
text is escaped and tags are rebuilt from their parsed names and attributes, so Chromium
sees exactly the elements this parse saw. Comments, declarations and the content of raw-text
elements are dropped, because tokenizers disagree on where those end (`--!>`, `</script x>`),
which is where a hidden element could hide.

The parse runs only when the text contains `<link`, `<meta` or `<base` in any case: a
tokenizer makes an element only from a literal `<` followed by its name, so without one of
those there is nothing to drop, and sanitised mail (which never has them) pays nothing.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from html.parser import HTMLParser

# Resource hints and anything that can name a URL outside a request the interceptor sees.
DROPPED = frozenset({"link", "meta", "base"})
# Their content is raw text to one tokenizer and maybe markup to another: dropped whole.
RAW_TEXT = frozenset({"script", "style"})
_NAME_OK = frozenset("abcdefghijklmnopqrstuvwxyz0123456789-_:")
_HINT = re.compile(r"<(?:link|meta|base)", re.IGNORECASE)
# Links in serialised HTML (the sanitiser's or the rebuild's: attributes double-quoted).
_LINK = re.compile(r'<a\s[^>]*?\bhref="([^"]*)"[^>]*>(.*?)</a\s*>', re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]*>")


@dataclass(frozen=True)
class Guarded:
    html: str
    links: tuple[tuple[str, str], ...]
    """(href, shown text) of every link, as the person sees them: the viewer compares the
    text with where a click really leads."""


class _Rebuilder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self._raw: str | None = None

    def _tag(self, tag: str, attrs, close: str) -> None:
        if tag in RAW_TEXT:
            self._raw = None if close else tag
            return
        if tag in DROPPED or not _name(tag):
            return
        parts = [tag]
        for name, value in attrs:
            if _name(name):
                parts.append(name if value is None
                             else f'{name}="{html.escape(value, quote=True)}"')
        self.out.append(f"<{' '.join(parts)}{close}>")

    def handle_starttag(self, tag, attrs):
        self._tag(tag, attrs, "")

    def handle_startendtag(self, tag, attrs):
        self._tag(tag, attrs, " /")

    def handle_endtag(self, tag):
        if tag in RAW_TEXT:
            self._raw = None
        elif tag not in DROPPED and _name(tag):
            self.out.append(f"</{tag}>")

    def handle_data(self, data):
        if self._raw is None:
            self.out.append(html.escape(data, quote=False))


def _name(name: str) -> bool:
    return bool(name) and set(name) <= _NAME_OK


def guard(document: str) -> Guarded:
    """`document` without hints (rebuilt when it might have one), and its links."""
    if _HINT.search(document):
        parser = _Rebuilder()
        parser.feed(document)
        parser.close()
        document = "".join(parser.out)
    links = tuple((html.unescape(href).strip(),
                   " ".join(html.unescape(_TAG.sub("", inner)).split()))
                  for href, inner in _LINK.findall(document))
    return Guarded(document, links)
