"""What a click on a link in a customer's mail may do, decided from the link alone.

The shown text is compared with the real target because phishing mail shows one address and
links to another. Schemes that run code or reach this computer's files never open; other
programs' schemes (tel:, zoommtg:, ...) open only after the person agrees.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import unquote

from PySide6.QtCore import QCoreApplication, QUrl

OPEN, WARN, REFUSE, MAIL = "open", "warn", "refuse", "mail"
"""OPEN: a link whose text matches (Ctrl+click opens it at once, a click asks first);
WARN: ask with a warning, even on Ctrl+click; REFUSE: never opens; MAIL: our composer."""

WEB_SCHEMES = frozenset({"http", "https"})
# Code, this computer's files, the browser's insides, or our own message documents.
REFUSED_SCHEMES = frozenset({"javascript", "vbscript", "data", "file", "blob", "filesystem",
                             "about", "chrome", "view-source", "cid", "qrc", "jar", "smb"})
_HOSTLIKE = re.compile(
    r"^(?:[a-z][a-z0-9+.-]*://)?(?:[^@/\s]+@)?"
    r"((?:[^\s./:@?#]+\.)+[^\s./:@?#\d][^\s./:@?#]*)\.?(?::\d+)?(?:[/?#]\S*)?$", re.I)


@dataclass(frozen=True)
class LinkVerdict:
    action: str
    url: QUrl
    text: str = ""  # what to tell the person (WARN, REFUSE), or the address (MAIL)


def _tr(text: str) -> str:
    return QCoreApplication.translate("LinkPolicy", text)


def shown_host(text: str) -> str | None:
    """The host a link's text names (`paypal.com`, `https://www.paypal.com/login`), if any."""
    match = _HOSTLIKE.match(text.strip())
    return _ace(match.group(1)) if match else None


def _ace(host: str) -> str:
    """The ASCII form, so look-alike letters (Cyrillic а) never compare equal to Latin."""
    ace = bytes(QUrl.toAce(host.lower().rstrip("."))).decode("ascii", "replace")
    return ace.removeprefix("www.")


def _same_site(shown: str, real: str) -> bool:
    return real == shown or real.endswith("." + shown)


def judge(url: QUrl, texts: list[str]) -> LinkVerdict:
    """`texts`: what the mail shows for links to this URL's host (empty when unknown)."""
    scheme = url.scheme().lower()
    if scheme == "mailto":
        address = unquote(url.path()).split(",")[0].strip()
        if address and "@" in address and not any(c in address for c in "\r\n<>\"'"):
            return LinkVerdict(MAIL, url, address)
        return LinkVerdict(REFUSE, url, _tr("This mail link has no usable address."))
    if scheme in REFUSED_SCHEMES or not scheme:
        return LinkVerdict(REFUSE, url, _tr(
            "This link was not opened: a \u201c{0}:\u201d link can run code or reach files on "
            "this computer, and mail has no reason to use one.").format(scheme or "?"))
    if scheme not in WEB_SCHEMES:
        return LinkVerdict(WARN, url, _tr(
            "This link opens another program on your computer (\u201c{0}:\u201d). Open it "
            "only if you expected this from the sender.").format(scheme))
    real = _ace(url.host())
    for text in texts:
        shown = shown_host(text)
        if shown and not _same_site(shown, real):
            return LinkVerdict(WARN, url, _tr(
                "The link says {0} but leads to {1}. Mail that hides where a link goes is "
                "often a phishing attempt.").format(shown, real))
    if real.startswith("xn--") or ".xn--" in real:
        return LinkVerdict(WARN, url, _tr(
            "The link leads to {0}, an address written with letters from other alphabets "
            "that can imitate a known site.").format(real))
    return LinkVerdict(OPEN, url)
