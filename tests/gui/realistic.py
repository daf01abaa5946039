"""A contact center's morning: 30 tickets from real-sounding people (English and
Vietnamese), three queues, five agents, every status and priority; through the real ingest
and service calls. Screenshots and flows use it."""

from __future__ import annotations

from mailmaker import make_mail

AGENTS = [  # email, name, role, queues
    ("huong@acme.example", "Nguyễn Thị Hương", "agent", ["Support", "Billing"]),
    ("quan@acme.example", "Trần Minh Quân", "agent", ["Technical"]),
    ("binh@acme.example", "Lê Văn Bình", "supervisor", ["Support", "Billing", "Technical"]),
    ("sarah@acme.example", "Sarah O'Connor", "agent", ["Support"]),
]
CUSTOMERS = ["Carol Whitfield", "Phạm Quốc Anh", "Jonathan Albrecht-Meyer", "Đỗ Thu Trang",
             "Maria Gonzalez", "Võ Thành Long", "Priya Raman", "Hoàng Gia Bảo", "Tom Becker",
             "Bùi Ngọc Lan"]
SUBJECTS = [
    ("Support", "Cannot log in to the customer portal after password reset"),
    ("Billing", "Hóa đơn tháng 11 bị tính sai hai lần"),
    ("Billing", "Refund for order #48213 not received"),
    ("Technical", "Voicemail transcription stops after 30 seconds"),
    ("Support", "How do I add a second admin to our account?"),
    ("Technical", "Cuộc gọi bị rớt khi chuyển sang máy nhánh 204"),
    ("Support", "Change of billing contact"),
    ("Technical", "SIP trunk registration fails since this morning"),
    ("Billing", "Please send a VAT invoice for October"),
    ("Support", "Không nhận được email xác nhận đăng ký"),
    ("Technical", "Call recordings are missing for Nov 27"),
    ("Support", "Request to export all tickets as CSV"),
    ("Billing", "Upgrade to the Business plan mid-cycle"),
    ("Technical", "IVR menu plays the wrong language"),
    ("Support", "Tài khoản bị khóa sau 5 lần nhập sai mật khẩu"),
]
STATES = [  # status, priority, assignee index in AGENTS (None: unassigned)
    ("new", "urgent", None), ("processing", "high", 0), ("pending", "normal", 0),
    ("new", "normal", None), ("solved", "low", 3), ("processing", "urgent", 1),
    ("closed", "normal", 3), ("new", "high", 1), ("pending", "normal", 0), ("new", "normal", 0),
]


async def populate(service, domain: str, count: int = 30) -> list[int]:
    """Queues, agents, two internal emails and `count` tickets; returns their ids."""
    await service.add_queue("Billing")
    await service.add_queue("Technical")
    for email, name, role, queues in AGENTS:
        await service.add_agent(email, name, role, queues)
    boxes = {"Support": await service.add_internal_mailbox("help", name="Acme Help",
                                                           queue="Support"),
             "Billing": await service.add_internal_mailbox("billing", name="Acme Billing",
                                                           queue="Billing"),
             "Technical": await service.add_internal_mailbox("tech", name="Acme Technical",
                                                             queue="Technical")}
    ids = []
    for n in range(count):
        queue, subject = SUBJECTS[n % len(SUBJECTS)]
        name = CUSTOMERS[n % len(CUSTOMERS)]
        email = f"customer{n}@example.com"
        raw = make_mail(sender=f"{name} <{email}>", to=boxes[queue].address, subject=subject,
                        body=f"Hello,\n\n{subject}. Could you look into it?\n\n{name}")
        ids.append((await service.deliver(raw, [boxes[queue].id], email)).ticket_id)
    for n, ticket_id in enumerate(ids):
        status, priority, who = STATES[n % len(STATES)]
        queue = SUBJECTS[n % len(SUBJECTS)][0]
        members = [a for a in AGENTS if queue in a[3]]
        assignee = members[who % len(members)][0] if who is not None else "none"
        await service.set_ticket(ticket_id, priority=priority)
        await service.update_tickets([ticket_id], status=status, assignee=assignee)
    return ids
