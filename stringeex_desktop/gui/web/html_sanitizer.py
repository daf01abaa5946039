"""HTML mail reduced to inert formatting before any web view sees it (DESIGN.md section 5).

nh3 keeps text formatting, lists, tables, links (never followed: the page refuses navigation)
and images whose source is an inline `cid:` part. Every other image source is dropped and
counted, so the message can say that remote content was blocked; web images stay only when
the person allowed remote content for this message or its sender. A `cid:` URL is rewritten to
`cid:<message row id>/<content id>` because one scheme handler serves every message.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote, unquote

import nh3

TAGS = {
    "a", "abbr", "acronym", "address", "b", "bdi", "bdo", "big", "blockquote", "br", "caption",
    "center", "cite", "code", "col", "colgroup", "dd", "del", "dfn", "div", "dl", "dt", "em",
    "font", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd", "li", "mark",
    "ol", "p", "pre", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup",
    "table", "tbody", "td", "tfoot", "th", "thead", "tr", "tt", "u", "ul", "var",
}
# Removed together with their content: never shown as text.
DROPPED_WITH_CONTENT = {"script", "style", "title", "template", "noscript", "head", "object",
                        "iframe", "svg", "math", "textarea", "select"}
_CELL = {"align", "valign", "width", "height", "colspan", "rowspan", "bgcolor", "nowrap"}
ATTRIBUTES = {
    "*": {"style", "title", "dir", "lang", "align"},
    "a": {"href"},
    "img": {"src", "alt", "width", "height", "border"},
    "table": {"width", "border", "cellpadding", "cellspacing", "bgcolor"},
    "tr": {"valign", "bgcolor"},
    "td": _CELL, "th": _CELL,
    "col": {"span", "width"}, "colgroup": {"span", "width"},
    "font": {"color", "face", "size"},
    "ol": {"start", "type", "reversed"}, "ul": {"type"}, "li": {"value"},
}
# Properties that cannot name a URL, so inline styles keep their look without loading anything.
STYLE_PROPERTIES = {
    "color", "background-color", "font", "font-family", "font-size", "font-style",
    "font-weight", "font-variant", "line-height", "letter-spacing", "text-align",
    "text-decoration", "text-indent", "text-transform", "white-space", "word-spacing",
    "vertical-align", "direction", "margin", "margin-top", "margin-right", "margin-bottom",
    "margin-left", "padding", "padding-top", "padding-right", "padding-bottom", "padding-left",
    "border", "border-top", "border-right", "border-bottom", "border-left", "border-color",
    "border-style", "border-width", "border-collapse", "border-spacing", "border-radius",
    "width", "max-width", "min-width", "height", "max-height", "min-height", "display",
    "list-style-type", "table-layout",
}
URL_SCHEMES = {"cid", "http", "https", "mailto"}


@dataclass(frozen=True)
class SanitizedHtml:
    html: str
    remote_blocked: int


def cid_url(message_row_id: int, content_id: str) -> str:
    return f"cid:{message_row_id}/{quote(content_id, safe='')}"


def parse_cid_url(url: str) -> tuple[int, str] | None:
    """`cid:<row id>/<quoted content id>` -> (row id, content id); None for anything else."""
    if not url.lower().startswith("cid:"):
        return None
    row, sep, content_id = url[4:].partition("/")
    if not sep or not row.isdigit() or not content_id:
        return None
    return int(row), unquote(content_id)


def sanitize_html(html: str, message_row_id: int, allow_remote: bool = False) -> SanitizedHtml:
    blocked = 0

    def keep(tag: str, attribute: str, value: str) -> str | None:
        nonlocal blocked
        if tag == "img" and attribute == "src":
            if value.strip().lower().startswith("cid:"):
                content_id = unquote(value.strip()[4:]).strip().strip("<>")
                return cid_url(message_row_id, content_id) if content_id else None
            if allow_remote and value.strip().lower().startswith(("https://", "http://")):
                return value.strip()
            blocked += 1
            return None
        return value

    clean = nh3.clean(
        html, tags=TAGS, clean_content_tags=DROPPED_WITH_CONTENT, attributes=ATTRIBUTES,
        attribute_filter=keep, strip_comments=True, link_rel="noopener noreferrer",
        url_schemes=URL_SCHEMES, filter_style_properties=STYLE_PROPERTIES)
    return SanitizedHtml(clean, blocked)
