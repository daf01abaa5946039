"""Building test messages with the stdlib, as a customer's mail client would."""

from __future__ import annotations

import email.policy
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from datetime import datetime, timezone


def make_mail(*, sender="Carol Customer <carol@example.com>", to="support@acme.stringeex.local",
              subject="Printer on fire", body="Please help.", message_id=None, in_reply_to=None,
              references=None, cc=None, headers=None, html=None) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2026, 11, 1, 9, 30, tzinfo=timezone.utc))
    msg["Message-ID"] = message_id or make_msgid(domain="example.com")
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
    if references:
        msg["References"] = references
    for name, value in (headers or {}).items():
        msg[name] = value
    msg.set_content(body)
    if html:
        msg.add_alternative(html, subtype="html")
    return msg.as_bytes(policy=email.policy.SMTP)
