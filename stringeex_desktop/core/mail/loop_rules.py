"""When an auto-reply must not be sent (RFC 3834; DESIGN.md section 5).

Two robots answering each other forever, or a reply to a list of thousands, is far worse
than one customer who gets no acknowledgement, so every doubtful case suppresses.
"""

from __future__ import annotations

import re

from ..errors import ValidationError
from ..models import Address
from .compose import check_addr_spec
from .parse import ParsedMessage

ROBOT_LOCAL_PARTS = {"mailer-daemon", "postmaster", "noreply", "no-reply", "no_reply",
                     "do-not-reply", "donotreply"}
_SUPPRESS_TOKENS = {"all", "autoreply", "oof"}
_COMMENT = re.compile(r"\([^()]*\)")


def auto_reply_recipient(msg: ParsedMessage) -> Address | None:
    """First Reply-To address, else the From address."""
    for address in [*msg.reply_to, *([msg.sender] if msg.sender else [])]:
        if address.email and "@" in address.email:
            return address
    return None


def auto_reply_suppressed(msg: ParsedMessage, envelope_from: str | None, portal_domain: str,
                          portal_addresses: set[str]) -> str | None:
    """The reason no auto-reply may go out, or None when one may."""
    for value in msg.headers.get("auto-submitted", []):
        token = _first_token(value)
        if token != "no":
            return f"Auto-Submitted: {token or '(empty)'}"
    for value in msg.headers.get("precedence", []):
        if _first_token(value) in ("bulk", "junk", "list"):
            return f"Precedence: {_first_token(value)}"
    for name in ("list-id", "list-unsubscribe"):
        if name in msg.headers:
            return f"mailing list ({name} present)"
    if envelope_from is not None and envelope_from.strip() in ("", "<>"):
        return "empty envelope sender (a bounce)"
    if any("".join(v.split()) in ("<>", "") for v in msg.headers.get("return-path", [])):
        return "empty Return-Path (a bounce)"
    for value in msg.headers.get("x-auto-response-suppress", []):
        tokens = {t.strip().lower() for t in value.split(",")}
        if tokens & _SUPPRESS_TOKENS:
            return f"X-Auto-Response-Suppress: {value.strip()}"
    recipient = auto_reply_recipient(msg)
    if recipient is None:
        return "no sender address to reply to"
    try:
        check_addr_spec(recipient.email, "sender address", recipient.email)
    except ValidationError as exc:
        return str(exc)
    for label, addr in (("sender", recipient.email), ("envelope sender", envelope_from or "")):
        local = addr.strip().strip("<>").rpartition("@")[0].lower().split("+", 1)[0]
        if local in ROBOT_LOCAL_PARTS:
            return f"{label} {addr.strip()} is an automatic mailbox"
    ours = {a.strip().lower() for a in portal_addresses}
    domain = (portal_domain or "").strip().lower()
    for addr in (recipient.email, msg.sender.email if msg.sender else ""):
        lowered = addr.strip().lower()
        if not lowered:
            continue
        if lowered in ours or (domain and lowered.rpartition("@")[2] == domain):
            return f"{addr} is an address of the portal"
    return None


def _first_token(value: str) -> str:
    """`auto-replied; owner-email=...` -> `auto-replied` (parameters and comments ignored)."""
    words = _COMMENT.sub(" ", value).split(";", 1)[0].split()
    return words[0].lower() if words else ""
