"""Plain data objects shared by the store, the service, the CLI and the GUI.

`to_json()` gives the exact shapes of the command-line contract (DESIGN.md section 6).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone

ROLES = ("agent", "supervisor", "admin")
PRESENCES = ("online", "offline")
SECURITIES = ("auto", "starttls", "ssl", "none")
MAILBOX_KINDS = ("internal", "gmail", "smtp")
STATUSES = ("new", "processing", "pending", "solved", "closed")
OPEN_STATUSES = ("new", "processing", "pending")
PRIORITIES = ("low", "normal", "high", "urgent")
TYPES = ("question", "problem", "task", "other")
HEALTH_STATES = ("ok", "syncing", "error", "needs_reauth", "inactive")


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def iso(dt: datetime | None) -> str | None:
    """ISO 8601 UTC with `Z`, the contract's time format."""
    if dt is None:
        return None
    return dt.astimezone(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")


def format_serial(ticket_id: int) -> str:
    return f"#{ticket_id:06d}"


@dataclass(frozen=True)
class Address:
    name: str
    email: str

    def to_json(self) -> dict:
        return {"name": self.name, "email": self.email}

    def __str__(self) -> str:
        return f"{self.name} <{self.email}>" if self.name else self.email


@dataclass
class Relay:
    host: str = ""
    port: int = 587
    security: str = "auto"
    username: str = ""
    password_set: bool = False

    def to_json(self) -> dict:
        return {"host": self.host, "port": self.port, "security": self.security,
                "username": self.username, "password_set": self.password_set}


@dataclass
class Portal:
    domain: str
    relay: Relay = field(default_factory=Relay)

    def to_json(self) -> dict:
        return {"domain": self.domain, "relay": self.relay.to_json()}


@dataclass
class Queue:
    id: int
    name: str
    members: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        return {"id": self.id, "name": self.name, "members": list(self.members)}


@dataclass
class Agent:
    id: int
    email: str
    name: str
    role: str = "agent"
    queues: list[str] = field(default_factory=list)
    presence: str = "offline"
    active: bool = True

    def to_json(self) -> dict:
        return {"id": self.id, "email": self.email, "name": self.name, "role": self.role,
                "queues": list(self.queues), "presence": self.presence, "active": self.active}


@dataclass
class MailboxHealth:
    state: str = "ok"
    last_ok: datetime | None = None
    last_error: str | None = None

    def to_json(self) -> dict:
        return {"state": self.state, "last_ok": iso(self.last_ok), "last_error": self.last_error}


@dataclass
class AutoReply:
    enabled: bool = False
    subject: str = ""
    body: str = ""

    def to_json(self) -> dict:
        return {"enabled": self.enabled, "subject": self.subject, "body": self.body}


@dataclass
class SmtpSettings:
    host: str
    port: int
    security: str = "auto"
    username: str = ""
    verify: bool = True


@dataclass
class Mailbox:
    id: int
    kind: str
    address: str
    name: str
    queue: str | None
    active: bool = True
    online_first: bool = False
    auto_reply: AutoReply = field(default_factory=AutoReply)
    health: MailboxHealth = field(default_factory=MailboxHealth)
    smtp: SmtpSettings | None = None
    """Gmail: the first sync imports only the last N days (None: everything)."""

    def to_json(self) -> dict:
        health = self.health if self.active else MailboxHealth(
            "inactive", self.health.last_ok, self.health.last_error)
        return {"id": self.id, "kind": self.kind, "address": self.address, "name": self.name,
                "queue": self.queue, "active": self.active, "online_first": self.online_first,
                "auto_reply": self.auto_reply.to_json(), "health": health.to_json()}


@dataclass
class AttachmentInfo:
    filename: str
    content_type: str
    size: int
    id: int | None = None               # for reading its bytes; not part of the JSON contract
    content_id: str | None = None       # what a `cid:` URL of its message names
    inline: bool = False

    def to_json(self) -> dict:
        return {"filename": self.filename, "content_type": self.content_type, "size": self.size}


@dataclass
class Message:
    id: int
    ticket_id: int
    direction: str  # in | out | note
    message_id: str | None
    sender: Address
    to: list[Address]
    cc: list[Address]
    subject: str
    date: datetime | None
    text: str
    html: str | None
    attachments: list[AttachmentInfo] = field(default_factory=list)
    parse_error: str | None = None
    delivery: str | None = None
    delivery_error: str | None = None
    outbox_id: int | None = None        # for Retry; not part of the JSON contract
    delivery_reply: str | None = None   # the server's answer once sent
    received_at: datetime | None = None  # when it was stored; `date` is the sender's claim

    def to_json(self) -> dict:
        return {"id": self.id, "direction": self.direction, "message_id": self.message_id,
                "from": self.sender.to_json(), "to": [a.to_json() for a in self.to],
                "cc": [a.to_json() for a in self.cc], "subject": self.subject,
                "date": iso(self.date), "text": self.text, "html": self.html,
                "attachments": [a.to_json() for a in self.attachments],
                "parse_error": self.parse_error, "delivery": self.delivery,
                "delivery_error": self.delivery_error}


EVENT_FIELDS = ("status", "priority", "type", "queue", "assignee", "ccs")


@dataclass
class TicketEvent:
    """One change of a ticket's field: `actor` is the agent's email, None for the core
    (routing, a customer's answer). For ccs one event per address: added (old None) or
    removed (new None)."""
    at: datetime
    actor: str | None
    field: str
    old: str | None
    new: str | None

    def to_json(self) -> dict:
        return {"at": iso(self.at), "actor": self.actor, "field": self.field, "old": self.old,
                "new": self.new}


@dataclass
class Ticket:
    id: int
    subject: str
    requester: Address
    mailbox_id: int | None
    reply_via: int | None
    queue: str | None
    assignee: str | None
    status: str
    priority: str
    type: str
    ccs: list[Address]
    created_at: datetime
    updated_at: datetime
    message_count: int
    messages: list[Message] | None = None
    events: list[TicketEvent] | None = None
    assignee_name: str | None = None
    unread: bool = False  # new customer mail since the reading agent last opened it

    @property
    def serial(self) -> str:
        return format_serial(self.id)

    def thread(self) -> list[Message | TicketEvent]:
        """Messages and events interleaved by the time they were stored, each kept in its
        own order (a message's Date is the sender's claim and may be anything)."""
        messages, events = self.messages or [], self.events or []
        out: list[Message | TicketEvent] = []
        i = j = 0
        while i < len(messages) or j < len(events):
            if j == len(events) or (i < len(messages) and (
                    messages[i].received_at is None or messages[i].received_at <= events[j].at)):
                out.append(messages[i])
                i += 1
            else:
                out.append(events[j])
                j += 1
        return out

    def to_json(self) -> dict:
        out = {"id": self.id, "serial": self.serial, "subject": self.subject,
               "requester": self.requester.to_json(), "mailbox_id": self.mailbox_id,
               "reply_via": self.reply_via, "queue": self.queue, "assignee": self.assignee,
               "status": self.status, "priority": self.priority, "type": self.type,
               "ccs": [a.to_json() for a in self.ccs], "created_at": iso(self.created_at),
               "updated_at": iso(self.updated_at), "message_count": self.message_count}
        if self.messages is not None:
            out["messages"] = [m.to_json() for m in self.messages]
        if self.events is not None:
            out["events"] = [e.to_json() for e in self.events]
        return out


SORT_KEYS = ("serial", "subject", "requester", "queue", "assignee", "status", "priority",
             "updated")
VIEWS = ("mine", "unassigned", "open", "pending", "solved", "closed")
"""The fixed views of the ticket list; each queue adds "queue:<name>" (its open tickets)."""


@dataclass(frozen=True)
class TicketFilter:
    queue: str | None = None
    status: str | None = None
    assignee: str | None = None  # an email, or "none" for unassigned
    search: str | None = None
    statuses: tuple[str, ...] | None = None  # any of these (a view: open = new+processing+pending)
    priority: str | None = None
    mailbox_id: int | None = None
    sort: str = "updated"  # one of SORT_KEYS
    descending: bool = True
    reader: str | None = None  # whose read markers make rows unread (the signed-in agent)
    within_queues: tuple[str, ...] | None = None  # an agent sees the tickets of their queues


def view_filter(view: str, me: str | None) -> TicketFilter:
    """The filter of a sidebar view; `me` is the signed-in agent's email."""
    if view.startswith("queue:"):
        return TicketFilter(queue=view[len("queue:"):], statuses=OPEN_STATUSES)
    if view == "mine":
        return TicketFilter(assignee=me or "none", statuses=OPEN_STATUSES)
    if view == "unassigned":
        return TicketFilter(assignee="none", statuses=OPEN_STATUSES)
    if view == "open":
        return TicketFilter(statuses=OPEN_STATUSES)
    if view in ("pending", "solved", "closed"):
        return TicketFilter(status=view)
    raise ValueError(f"unknown view {view!r}")


@dataclass
class OutboxItem:
    id: int
    ticket_id: int | None
    message_row_id: int | None
    kind: str  # reply | auto_reply
    via_mailbox_id: int | None
    envelope_from: str
    recipients: list[str]
    state: str  # queued | sending | sent | failed
    attempts: int
    next_attempt_at: datetime | None
    last_error: str | None
    server_reply: str | None
    created_at: datetime


@dataclass
class TicketState:
    """The ids routing and threading work with (the public Ticket carries names)."""
    id: int
    queue_id: int | None
    assignee_id: int | None
    status: str
    mailbox_id: int | None
    reply_via: int | None
    requester_email: str
    priority: str = "normal"
    type: str = "question"


@dataclass
class NewAttachment:
    filename: str
    content_type: str
    data: bytes
    content_id: str | None = None
    inline: bool = False


@dataclass(frozen=True)
class Candidate:
    """An agent as the routing rules see them."""
    agent_id: int
    open_count: int
    last_assigned_at: datetime | None
    online: bool


@dataclass(frozen=True)
class ImapState:
    """Where a Gmail mailbox's sync stands: every UID below `uidnext` of this `uidvalidity`
    is stored (the durable watermark). No uidvalidity yet: the first import has not begun."""
    uidvalidity: int | None = None
    uidnext: int | None = None
    highestmodseq: int | None = None
    since: datetime | None = None


@dataclass(frozen=True)
class CannedReply:
    id: int
    title: str
    body: str

    def to_json(self) -> dict:
        return {"id": self.id, "title": self.title, "body": self.body}


@dataclass(frozen=True)
class Draft:
    """The reply an agent is writing on a ticket, saved as they type."""

    ticket_id: int
    body: str
    cc: str = ""


@dataclass(frozen=True)
class TicketActivity:
    """What notifications compare between two reads of an agent's tickets."""

    id: int
    status: str
    message_count: int
    last_direction: str | None  # of the newest message: in | out | note


@dataclass(frozen=True)
class RemoteSender:
    """A sender whose mail may load remote images (a per-sender allow, DESIGN.md section 5)."""
    email: str
    allowed_by: str | None
    allowed_at: datetime

    def to_json(self) -> dict:
        return {"email": self.email, "allowed_by": self.allowed_by,
                "allowed_at": iso(self.allowed_at)}


@dataclass(frozen=True)
class Composing:
    """Another agent writing on a ticket now (a lease that the composer renews)."""
    agent_email: str
    agent_name: str
    mode: str  # reply | note
    expires_at: datetime
