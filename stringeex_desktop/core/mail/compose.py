"""Outgoing mail: strict input checks, our Message-IDs, reply subjects, MIME building.

Every header value that came from a person or from inbound mail passes `check_header_value`
before it reaches a header (DESIGN.md section 5: header injection).
"""

from __future__ import annotations

import email.utils
import hashlib
import hmac
import re
import uuid
from datetime import datetime, timezone
from email import errors as email_errors
from email import headerregistry, policy
from email.message import EmailMessage

from ..errors import ValidationError
from ..models import Address
from .parse import decode_words

_LINE_BREAKS = re.compile("[\r\n\x85\u2028\u2029]")
_CONTROLS = re.compile("[\x00-\x08\x0a-\x1f\x7f]")
_ATEXT = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_DOT_ATOM = re.compile(rf"{_ATEXT}(?:\.{_ATEXT})*")
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_DOMAIN = re.compile(rf"{_LABEL}(?:\.{_LABEL})*")
_MSG_ID = re.compile(r"<[!-;=?-~]+@[!-;=?-~]+>")
_HEADER_NAME = re.compile(r"[!-9;-~]+")
_OUR_ID = re.compile(r"<?stx\.(\d{6,12})\.([0-9a-f]{16})\.([0-9a-f]{16})@([^<>\s]+?)>?")
_PREFIX = re.compile(r"^\s*(?:(?:re|fwd?|aw|sv|antw|wg|tr)\s*(?:\[\d+\]|\(\d+\))?\s*:\s*)+",
                     re.IGNORECASE)
_SERIAL_TOKEN = re.compile(r"\s*\[#\d+\]")
_RESERVED = {"from", "to", "cc", "bcc", "subject", "date", "message-id", "in-reply-to",
             "references", "mime-version", "content-type", "content-transfer-encoding",
             "content-disposition", "sender", "reply-to", "return-path"}
MAX_AUTO_REPLY_REFERENCES = 20
# 7-bit bodies (quoted-printable/base64): some relays still refuse 8-bit data.
_POLICY = policy.SMTP.clone(cte_type="7bit")


def check_header_value(value: str, field: str) -> str:
    """The value unchanged, or ValidationError when it could smuggle a header line."""
    if not isinstance(value, str):
        raise ValidationError(f"{field} must be text, not {type(value).__name__}")
    if _LINE_BREAKS.search(value) or _CONTROLS.search(value):
        raise ValidationError(f"{field} must not contain line breaks or control characters")
    return value


def _shown(text: str) -> str:
    return repr(text if len(text) <= 80 else text[:77] + "...")


def check_addr_spec(addr: str, field: str, original: str) -> str:
    """`local@domain` with a dot-atom local part and a host name (IDN made ASCII)."""
    local, at, domain = addr.rpartition("@")
    if not at or not _DOT_ATOM.fullmatch(local or "") or len(local) > 64:
        raise ValidationError(f"{field} is not a valid email address: {_shown(original)}")
    try:
        ascii_domain = domain.encode("idna").decode("ascii") if not domain.isascii() else domain
    except UnicodeError:
        raise ValidationError(f"{field} has an invalid domain: {_shown(original)}") from None
    if not _DOMAIN.fullmatch(ascii_domain) or len(ascii_domain) > 253:
        raise ValidationError(f"{field} has an invalid domain: {_shown(original)}")
    result = f"{local}@{ascii_domain.lower()}"
    if len(result) > 254:
        raise ValidationError(f"{field} is too long: {_shown(original)}")
    return result


def parse_address_strict(text: str, field: str = "address") -> Address:
    """Exactly one address, e.g. `Bob <bob@example.com>` or `bob@example.com`."""
    check_header_value(text, field)
    text = text.strip()
    if not text:
        raise ValidationError(f"{field} is empty")
    pairs = email.utils.getaddresses([text], strict=True)
    if len(pairs) != 1 or not pairs[0][1]:
        raise ValidationError(f"{field} must be exactly one email address: {_shown(text)}")
    name, addr = pairs[0]
    if addr not in text:  # the legacy parser glues `a@exa mple.com` into `a@example.com`
        raise ValidationError(f"{field} is not a valid email address: {_shown(text)}")
    try:
        headerregistry.Address(addr_spec=addr)
    except (ValueError, IndexError, email_errors.HeaderParseError):
        raise ValidationError(f"{field} is not a valid email address: {_shown(text)}") from None
    name = " ".join(decode_words(name).split())
    check_header_value(name, field)
    return Address(name, check_addr_spec(addr, field, text))


def _checked_address(address: Address, field: str) -> headerregistry.Address:
    if not isinstance(address, Address):
        raise ValidationError(f"{field} must be an address, not {type(address).__name__}")
    name = check_header_value(address.name or "", f"{field} name").strip()
    addr = check_addr_spec(check_header_value(address.email, field).strip(), field,
                            address.email)
    local, _, domain = addr.rpartition("@")
    return headerregistry.Address(display_name=name, username=local, domain=domain)


def _checked_domain(domain: str) -> str:
    check_header_value(domain, "domain")
    if not _DOMAIN.fullmatch(domain or ""):
        raise ValidationError(f"domain is not a valid host name: {_shown(domain)}")
    return domain.lower()


def make_message_id(domain: str, ticket_id: int | None = None, key: bytes | None = None
                    ) -> str:
    """Our Message-IDs carry the ticket and a tag keyed with the portal's secret.

    A reply then threads even without a stored copy of what it answers, while an id that
    merely looks like ours (a stranger guessing `stx.000123.*`) never joins ticket 123.
    """
    domain = _checked_domain(domain)
    if ticket_id is None:
        return f"<stx.{uuid.uuid4().hex}@{domain}>"
    if isinstance(ticket_id, bool) or not isinstance(ticket_id, int) or ticket_id < 0:
        raise ValidationError(f"ticket id must be a non-negative integer: {ticket_id!r}")
    if not key:
        raise ValidationError("a ticket's Message-ID needs the portal's threading key")
    nonce = uuid.uuid4().hex[:16]
    return f"<stx.{ticket_id:06d}.{nonce}.{_thread_tag(key, ticket_id, nonce)}@{domain}>"


def ticket_from_message_id(message_id: str, domain: str, key: bytes | None) -> int | None:
    """The ticket of one of our own ids, or None when the id or its tag does not verify."""
    if not isinstance(message_id, str) or not isinstance(domain, str) or not domain or not key:
        return None
    m = _OUR_ID.fullmatch(message_id.strip())
    if not m or m.group(4).lower() != domain.strip().lower():
        return None
    ticket_id, nonce, tag = int(m.group(1)), m.group(2), m.group(3)
    if not hmac.compare_digest(tag, _thread_tag(key, ticket_id, nonce)):
        return None
    return ticket_id


def _thread_tag(key: bytes, ticket_id: int, nonce: str) -> str:
    return hmac.new(key, f"{ticket_id}.{nonce}".encode(), hashlib.sha256).hexdigest()[:16]


def reply_subject(ticket_subject: str, serial: str) -> str:
    """`Re: <subject> [#000123]`, never `Re: Re:` and never two ticket tokens."""
    digits = str(serial).strip().strip("[]").lstrip("#")
    if not digits.isdigit():
        raise ValidationError(f"ticket serial must look like #000123: {_shown(str(serial))}")
    subject = " ".join(str(ticket_subject or "").split())
    while True:
        stripped = _PREFIX.sub("", _SERIAL_TOKEN.sub("", subject)).strip()
        if stripped == subject:
            break
        subject = stripped
    token = f"[#{int(digits):06d}]"
    return f"Re: {subject} {token}" if subject else f"Re: {token}"


def _checked_msg_id(value: str, field: str) -> str:
    check_header_value(value, field)
    value = value.strip()
    if not _MSG_ID.fullmatch(value):
        raise ValidationError(f"{field} must look like <id@domain>: {_shown(value)}")
    return value


def build_message(*, sender: Address, to: list[Address], cc: list[Address] = (), subject: str,
                  text: str, html: str | None = None,
                  attachments: list[tuple[str, str, bytes]] = (), message_id: str,
                  in_reply_to: str | None = None, references: list[str] = (),
                  extra_headers: dict[str, str] | None = None) -> bytes:
    """RFC 5322 bytes with CRLF line ends, ready for SMTP."""
    if not to:
        raise ValidationError("a message needs at least one To address")
    msg = EmailMessage(policy=_POLICY)
    msg["From"] = _checked_address(sender, "From")
    msg["To"] = [_checked_address(a, "To") for a in to]
    if cc:
        msg["Cc"] = [_checked_address(a, "Cc") for a in cc]
    msg["Subject"] = check_header_value(subject, "Subject")
    msg["Date"] = email.utils.format_datetime(datetime.now(timezone.utc))
    msg["Message-ID"] = _checked_msg_id(message_id, "Message-ID")
    if in_reply_to:
        msg["In-Reply-To"] = _checked_msg_id(in_reply_to, "In-Reply-To")
    if references:
        msg["References"] = " ".join(_checked_msg_id(r, "References") for r in references)
    for name, value in (extra_headers or {}).items():
        if not isinstance(name, str) or not _HEADER_NAME.fullmatch(name):
            raise ValidationError(f"header name is not valid: {_shown(str(name))}")
        if name.lower() in _RESERVED:
            raise ValidationError(f"header {name} is set by the app and cannot be given")
        msg[name] = check_header_value(value, name)
    msg.set_content(_text(text, "body"))
    if html is not None:
        msg.add_alternative(_text(html, "HTML body"), subtype="html")
    for filename, content_type, data in attachments:
        _attach(msg, filename, content_type, data)
    try:
        return msg.as_bytes(policy=_POLICY)
    except (email_errors.MessageError, ValueError, TypeError) as exc:
        raise ValidationError(f"message could not be built: {exc}") from None


def _text(value: str, field: str) -> str:
    if not isinstance(value, str):
        raise ValidationError(f"{field} must be text, not {type(value).__name__}")
    return value.replace("\x00", "")


def _attach(msg: EmailMessage, filename: str, content_type: str, data: bytes) -> None:
    check_header_value(filename, "attachment file name")
    if not filename.strip():
        raise ValidationError("attachment file name is empty")
    check_header_value(content_type, "attachment content type")
    maintype, slash, subtype = content_type.strip().lower().partition("/")
    if not slash or not re.fullmatch(r"[a-z0-9][a-z0-9!#$&^_.+-]*", maintype) \
            or not re.fullmatch(r"[a-z0-9][a-z0-9!#$&^_.+-]*", subtype):
        raise ValidationError(f"attachment content type is not valid: {_shown(content_type)}")
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise ValidationError(f"attachment {_shown(filename)} must be bytes")
    if maintype in ("multipart", "message"):
        maintype, subtype = "application", "octet-stream"
    msg.add_attachment(bytes(data), maintype=maintype, subtype=subtype, filename=filename)


def build_auto_reply(*, mailbox_address: Address, to: Address, subject: str, body: str,
                     original_message_id: str | None, original_references: list[str],
                     message_id: str) -> bytes:
    """RFC 3834 auto-reply; ids from the inbound mail are kept only when well formed."""
    refs = [r.strip() for r in original_references or [] if _is_msg_id(r)]
    original = original_message_id.strip() if _is_msg_id(original_message_id) else None
    if original and original not in refs:
        refs.append(original)
    if len(refs) > MAX_AUTO_REPLY_REFERENCES:
        refs = refs[:1] + refs[-(MAX_AUTO_REPLY_REFERENCES - 1):]
    return build_message(
        sender=mailbox_address, to=[to], subject=check_header_value(subject, "Auto reply subject"),
        text=body, message_id=message_id, in_reply_to=original, references=refs,
        extra_headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})


def _is_msg_id(value) -> bool:
    return isinstance(value, str) and bool(_MSG_ID.fullmatch(value.strip()))


def with_sender(data: bytes, sender: Address) -> bytes:
    """The same message with another From: (a reply re-routed through another mailbox).

    Only the From field of the header block is rewritten, so the body's bytes stay as built.
    """
    head, sep, body = data.partition(b"\r\n\r\n")
    header = EmailMessage(policy=_POLICY)
    header["From"] = _checked_address(sender, "From")
    new_from = header.as_bytes(policy=_POLICY).rstrip(b"\r\n")
    lines, out, skipping = head.split(b"\r\n"), [], False
    for line in lines:
        if line[:1] in (b" ", b"\t") and skipping:
            continue
        skipping = line.lower().startswith(b"from:")
        out.append(new_from if skipping else line)
    return b"\r\n".join(out) + sep + body
