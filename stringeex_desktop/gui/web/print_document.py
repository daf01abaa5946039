"""The printable HTML of a whole ticket, built from the ticket rather than grabbed from the
screen: every message at full length, notes marked, mail sanitised as on screen."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from ...core.models import Message, Ticket
from ..widgets.common import format_time, human_size, status_label
from .html_sanitizer import sanitize_html
from .resource_hint_guard import guard

# The same wall as on screen: the document fetches nothing but inline cid: images.
_CSP = "default-src 'none'; img-src cid:; style-src 'unsafe-inline'"
_STYLE = """
body { font-family: sans-serif; font-size: 10pt; color: #000; margin: 0; }
h1 { font-size: 15pt; margin: 0 0 4pt 0; }
.meta { color: #333; margin: 0 0 2pt 0; }
.message { border-top: 1px solid #999; padding: 8pt 0 6pt 0; margin-top: 8pt;
           break-inside: auto; }
.head { font-weight: bold; }
.when, .to { color: #333; font-weight: normal; }
.note { background: #fff6d5; border: 1px solid #d8b64a; padding: 6pt; }
.badge { font-size: 8pt; text-transform: uppercase; letter-spacing: 0.5pt;
         border: 1px solid #666; padding: 0 3pt; margin-right: 4pt; }
.note .badge { border-color: #a07d00; color: #7a5c00; }
pre { white-space: pre-wrap; overflow-wrap: anywhere; font-family: inherit; margin: 4pt 0; }
.body img { max-width: 100%; height: auto; }
.body table { max-width: 100%; }
.files, .error { color: #333; font-size: 9pt; }
"""


def _tr(text: str) -> str:
    return QCoreApplication.translate("PrintDocument", text)


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def ticket_document(ticket: Ticket) -> str:
    place = " · ".join([
        _tr("Status: {0}").format(status_label(ticket.status)),
        _tr("Queue: {0}").format(ticket.queue or _tr("none")),
        _tr("Assignee: {0}").format(ticket.assignee or _tr("unassigned"))])
    parts = [
        f"<h1>{_e(ticket.serial)} {_e(ticket.subject)}</h1>",
        f"<p class='meta'>{_e(_tr('From {0}').format(ticket.requester))}</p>",
        f"<p class='meta'>{_e(place)}</p>",
        f"<p class='meta'>{_e(_tr('Created {0}').format(format_time(ticket.created_at, 'short')))}"
        "</p>",
    ]
    parts += (_message(m) for m in ticket.messages or ())
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'>"
            f"<meta http-equiv='Content-Security-Policy' content=\"{_CSP}\">"
            f"<title>{_e(ticket.serial)} {_e(ticket.subject)}</title><style>{_STYLE}</style>"
            f"</head><body>{''.join(parts)}</body></html>")


def _message(message: Message) -> str:
    badge = {"in": _tr("Received"), "out": _tr("Sent"), "note": _tr("Internal note")}.get(
        message.direction, message.direction)
    recipients = []
    if message.to:
        recipients.append(_tr("To: {0}").format(", ".join(map(str, message.to))))
    if message.cc:
        recipients.append(_tr("Cc: {0}").format(", ".join(map(str, message.cc))))
    if message.html and not message.parse_error:
        body = guard(sanitize_html(message.html, message.id).html).html
    else:
        body = f"<pre>{_e(message.text.strip())}</pre>"
    files = ", ".join(f"{a.filename or _tr('(unnamed)')} ({human_size(a.size)})"
                      for a in message.attachments)
    error = (_tr("Could not be read completely: {0}").format(message.parse_error)
             if message.parse_error else "")
    return "".join([
        f"<div class='message {'note' if message.direction == 'note' else ''}'>",
        f"<div class='head'><span class='badge'>{_e(badge)}</span>{_e(message.sender)} ",
        f"<span class='when'>· {_e(format_time(message.date, 'short'))}</span></div>",
        f"<div class='to'>{_e('   '.join(recipients))}</div>" if recipients else "",
        f"<div class='error'>{_e(error)}</div>" if error else "",
        f"<div class='body'>{body}</div>",
        f"<div class='files'>{_e(_tr('Attachments: {0}').format(files))}</div>" if files else "",
        "</div>"])
