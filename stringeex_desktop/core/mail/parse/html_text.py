"""A readable plain-text view of an HTML body, for mail that sends no text part."""

from __future__ import annotations

import html as htmllib
import re

from .charsets import clean_text

_SPACES = re.compile(r"\s+")
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
    lines = [line.strip() for line in clean_text("".join(out)).split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
