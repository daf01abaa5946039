"""Checks on what people type; each error names the field it is about."""

from __future__ import annotations

import re

from ..errors import ValidationError
from ..mail.compose import check_header_value, parse_address_strict
from ..models import AutoReply

LOCAL_PART_RE = re.compile(r"[a-z0-9._+-]{1,64}")
DOMAIN_RE = re.compile(r"(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}")
MAX_NAME = 200
MAX_AUTO_REPLY_BODY = 64 * 1024


def header_value(value: str, label: str, field: str) -> str:
    """A value bound for a mail header: no line breaks or control characters."""
    try:
        return check_header_value(value or "", label)
    except ValidationError as exc:
        raise ValidationError(str(exc), field=field) from None


def local_part(local: str) -> str:
    local = local.strip().lower()
    if not local:
        raise ValidationError("Enter the beginning of the email address (the local part).",
                              field="local_part")
    if not LOCAL_PART_RE.fullmatch(local):
        raise ValidationError(
            f"{local[:70]!r} is not a valid local part: use 1–64 of a–z, 0–9, '.', '_', '+', '-'.",
            field="local_part")
    if local.startswith(".") or local.endswith(".") or ".." in local:
        raise ValidationError(f"{local!r}: a dot cannot start, end or repeat in a local part.",
                              field="local_part")
    return local


def domain(value: str, field: str = "domain") -> str:
    value = value.strip().lower().rstrip(".")
    if not DOMAIN_RE.fullmatch(value):
        raise ValidationError(f"{value[:80]!r} is not a valid domain name (e.g. acme.example.com).",
                              field=field)
    return value


def name(value: str, label: str, field: str, *, required: bool = True) -> str:
    value = header_value(value, label, field).strip()
    if required and not value:
        raise ValidationError(f"{label} is required.", field=field)
    if len(value) > MAX_NAME:
        raise ValidationError(f"{label} is longer than {MAX_NAME} characters.", field=field)
    return value


def choice(value: str, allowed: tuple[str, ...], label: str, field: str) -> str:
    if value not in allowed:
        raise ValidationError(f"{label} must be one of {', '.join(allowed)} (got {value!r}).",
                              field=field)
    return value


def port(value: int, field: str = "port") -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise ValidationError(f"Port {value!r} is not a number.", field=field) from None
    if not 1 <= number <= 65535:
        raise ValidationError(f"Port {value} is out of range (1–65535).", field=field)
    return number


def auto_reply(value: AutoReply | None) -> AutoReply:
    if value is None or not value.enabled:
        return AutoReply(False, value.subject if value else "", value.body if value else "")
    subject = header_value(value.subject, "Auto reply subject", "auto_reply").strip()
    if not subject or not value.body.strip():
        raise ValidationError("An auto reply needs both a subject and content.",
                              field="auto_reply")
    if len(subject) > 998 or len(value.body) > MAX_AUTO_REPLY_BODY:
        raise ValidationError("The auto reply is too long (subject 998, content 64 KiB at most).",
                              field="auto_reply")
    return AutoReply(True, subject, value.body)


def ticket_ref(ref: int | str) -> int:
    """A ticket id (`123`) or serial (`#000123`, `000123`)."""
    if isinstance(ref, int):
        return ref
    match = re.fullmatch(r"\s*#?(\d{1,12})\s*", str(ref))
    if not match:
        raise ValidationError(f"{str(ref)[:40]!r} is not a ticket id or serial like #000123.",
                              field="ticket")
    return int(match.group(1))


def address(text: str, label: str, field: str):
    """Exactly one address, parsed strictly (CR/LF and look-alike tricks refused)."""
    try:
        return parse_address_strict(text, label)
    except ValidationError as exc:
        raise ValidationError(str(exc), field=field) from None
