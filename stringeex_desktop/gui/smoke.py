"""`gui --smoke`: the data it needs, so the check works on an empty or a real data folder."""

from __future__ import annotations

from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from ..core.models import Mailbox, TicketFilter, utcnow
from ..core.service import Service

DOMAIN = "smoke.stringeex.local"
ADMIN_EMAIL = f"admin@{DOMAIN}"
ADMIN_NAME = "Smoke Admin"
QUEUE = "Smoke"
LOCAL_PART = "smoke"
SENDER = "smoke@example.com"
SUBJECT = "StringeeX smoke test"


class SmokeError(Exception):
    """The one line `gui --smoke` prints before exiting 1."""


async def ensure_html_ticket(service: Service) -> int:
    """The id of a ticket whose thread holds an HTML message, delivering one if needed."""
    for ticket in service.tickets(TicketFilter(search=SENDER), 0, 50):
        full = service.ticket(ticket.id)
        if any(m.html for m in full.messages or ()):
            return ticket.id
    mailbox = await _mailbox(service)
    result = await service.deliver(sample_message(mailbox.address), [mailbox.id], SENDER)
    return result.ticket_id


async def _mailbox(service: Service) -> Mailbox:
    portal = service.require_portal()
    address = f"{LOCAL_PART}@{portal.domain}"
    found = next((m for m in service.mailboxes() if m.address == address), None)
    if found is not None:
        return found
    if QUEUE not in {q.name for q in service.queues()}:
        await service.add_queue(QUEUE)
    return await service.add_internal_mailbox(LOCAL_PART, name="Smoke test", queue=QUEUE)


def sample_message(to: str) -> bytes:
    """An HTML message with an inline (cid:) image, a table and a remote image to block."""
    msg = EmailMessage()
    msg["From"] = f"Smoke Tester <{SENDER}>"
    msg["To"] = to
    msg["Subject"] = SUBJECT
    msg["Date"] = format_datetime(utcnow())
    msg["Message-ID"] = make_msgid(domain="example.com")
    msg.set_content("Hello from the smoke test.\n\nThis message has an HTML part.\n")
    msg.add_alternative(
        "<html><body><h2 style='color:#1f6feb'>Hello from the smoke test</h2>"
        "<p>This message has <b>formatting</b>, a table and an inline image.</p>"
        "<table border='1' cellpadding='4'><tr><th>Order</th><th>Status</th></tr>"
        "<tr><td>#1042</td><td>Shipped</td></tr></table>"
        "<p><img src='cid:logo@smoke' alt='logo' width='48' height='48'></p>"
        "<p><img src='https://tracker.example.com/pixel.gif' alt=''></p>"
        "</body></html>", subtype="html")
    msg.get_payload()[1].add_related(_png(), "image", "png", cid="<logo@smoke>",
                                     filename="logo.png")
    return msg.as_bytes()


def _png() -> bytes:
    image = QImage(48, 48, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor("#1f6feb"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawRoundedRect(2, 2, 44, 44, 10, 10)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())
