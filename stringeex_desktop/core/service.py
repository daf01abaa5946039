"""The one door into the core for the GUI and the CLI.

Reads are synchronous and cheap (per-thread read-only connections, WAL); writes are async
and run on the writer thread. Permission checks live here, not in hidden buttons.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import re
import sqlite3
from datetime import datetime, timedelta
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Iterator

from . import events
from .auth.secrets import SecretStore, namespace_for
from .errors import (ConflictError, NotFoundError, PermissionDeniedError, SecretStoreError,
                     ValidationError)
from .events import Event, EventBus
from .lock import DataLock
from .mail.compose import (build_message, check_header_value, make_message_id,
                           parse_address_strict, reply_subject)
from .mail import smtp_send
from .mail.ingest import IngestResult, ingest
from .mail.parse import parse_message, safe_filename
from .models import (PRESENCES, PRIORITIES, ROLES, SECURITIES, STATUSES, TYPES, Address, Agent,
                     AutoReply, Mailbox, OutboxItem, Portal, Queue, Relay, SmtpSettings, Ticket,
                     TicketFilter,
                     utcnow)
from .routing import dispatch
from .store import (mailbox_repo, outbox_repo, people_repo, portal_repo, ticket_repo)
from .store.common import ts
from .store.db import DB_NAME, ReadConnections, migrate
from .store.writer import Writer

log = logging.getLogger(__name__)

LOCAL_PART_RE = re.compile(r"[a-z0-9._+-]{1,64}")
DOMAIN_RE = re.compile(r"(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}")
RELAY_PASSWORD = "relay-password"
HEARTBEAT_TTL = timedelta(seconds=90)
HEALTH_WRITE_INTERVAL = timedelta(seconds=10)  # last_ok is shown to the minute
MAX_NAME = 200
MAX_AUTO_REPLY_BODY = 64 * 1024


def mailbox_password_key(mailbox_id: int) -> str:
    return f"mailbox-{mailbox_id}-password"


def validate_local_part(local: str) -> str:
    local = local.strip().lower()
    if not local:
        raise ValidationError("Enter the beginning of the email address (the local part).")
    if not LOCAL_PART_RE.fullmatch(local):
        raise ValidationError(
            f"{local[:70]!r} is not a valid local part: use 1–64 of a–z, 0–9, '.', '_', '+', '-'.")
    if local.startswith(".") or local.endswith(".") or ".." in local:
        raise ValidationError(f"{local!r}: a dot cannot start, end or repeat in a local part.")
    return local


def validate_domain(domain: str) -> str:
    domain = domain.strip().lower().rstrip(".")
    if not DOMAIN_RE.fullmatch(domain):
        raise ValidationError(f"{domain[:80]!r} is not a valid domain name (e.g. acme.example.com).")
    return domain


def validate_name(name: str, field: str, *, required: bool = True) -> str:
    name = check_header_value(name or "", field).strip()
    if required and not name:
        raise ValidationError(f"{field} is required.")
    if len(name) > MAX_NAME:
        raise ValidationError(f"{field} is longer than {MAX_NAME} characters.")
    return name


def _choice(value: str, allowed: tuple[str, ...], field: str) -> str:
    if value not in allowed:
        raise ValidationError(f"{field} must be one of {', '.join(allowed)} (got {value!r}).")
    return value


class Service:
    def __init__(self, data_dir: Path, *, bus: EventBus | None = None,
                 secrets: SecretStore | None = None):
        self.data_dir = Path(data_dir)
        self.db_path = self.data_dir / DB_NAME
        migrate(self.db_path)
        self.readers = ReadConnections(self.db_path)
        self.writer = Writer(self.db_path)
        self.bus = bus or EventBus()
        self.secrets = secrets or SecretStore(namespace_for(self.data_dir))
        self.lock = DataLock(self.data_dir)
        self.actor: Agent | None = None
        self._data_version: int | None = None
        self._health_written: dict[int, datetime] = {}
        self._parse_pool: ProcessPoolExecutor | None = None

    def close(self) -> None:
        self.stop_parse_pool()
        self.writer.close()
        self.readers.close()

    @property
    def _r(self) -> sqlite3.Connection:
        return self.readers.get()

    def notify(self, kind: str, ids=(), detail: str = "") -> None:
        self.bus.emit(Event(kind, tuple(ids), detail))

    # -- identity and permissions -------------------------------------------------------

    def sign_in(self, email: str | None = None) -> Agent:
        """Single seat: the app acts as one agent, by default the first admin."""
        if email:
            self.actor = people_repo.find_agent(self._r, email)
        else:
            admins = [a for a in people_repo.list_agents(self._r) if a.role == "admin"]
            if not admins:
                raise NotFoundError("No admin exists yet; set up the portal first.")
            self.actor = admins[0]
        return self.actor

    def _require(self, *roles: str) -> None:
        if self.actor is not None and self.actor.role not in roles:
            raise PermissionDeniedError(
                f"{self.actor.email} is a{'n' if self.actor.role[0] in 'aeiou' else ''} "
                f"{self.actor.role}; this needs the role {' or '.join(roles)}.")

    def _require_ticket_access(self, ticket: Ticket, actor: Agent | None) -> None:
        if actor is None or actor.role in ("admin", "supervisor"):
            return
        if ticket.queue not in actor.queues:
            raise PermissionDeniedError(
                f"{actor.email} is not a member of the queue of ticket {ticket.serial}.")

    # -- reads ----------------------------------------------------------------------------

    def portal(self) -> Portal | None:
        return portal_repo.get_portal(self._r)

    def require_portal(self) -> Portal:
        portal = self.portal()
        if portal is None:
            raise NotFoundError("The portal is not set up yet: run `portal set --domain D` or "
                                "start the app to set it up.")
        return portal

    def queues(self) -> list[Queue]:
        return people_repo.list_queues(self._r)

    def agents(self) -> list[Agent]:
        return people_repo.list_agents(self._r)

    def agent(self, email: str) -> Agent:
        return people_repo.find_agent(self._r, email)

    def mailboxes(self, kind: str | None = None) -> list[Mailbox]:
        return mailbox_repo.list_mailboxes(self._r, kind)

    def mailbox(self, mailbox_id: int) -> Mailbox:
        return mailbox_repo.get_mailbox(self._r, mailbox_id)

    def tickets(self, flt: TicketFilter | None = None, offset: int = 0, limit: int = 100
                ) -> list[Ticket]:
        return ticket_repo.list_tickets(self._r, flt or TicketFilter(), offset, limit)

    def iter_tickets(self, flt: TicketFilter | None = None, limit: int = 100) -> Iterator[Ticket]:
        return ticket_repo.iter_tickets(self._r, flt or TicketFilter(), 0, limit)

    def ticket_count(self, flt: TicketFilter | None = None) -> int:
        return ticket_repo.count_tickets(self._r, flt or TicketFilter())

    def ticket(self, ref: int | str, *, with_messages: bool = True) -> Ticket:
        return ticket_repo.get_ticket(self._r, parse_ticket_ref(ref), with_messages=with_messages)

    def raw_message(self, message_row_id: int) -> bytes | None:
        """The bytes as received: what a person sees of mail that could not be parsed."""
        return ticket_repo.raw_message(self._r, message_row_id)

    def inline_part(self, message_row_id: int, content_id: str) -> tuple[str, bytes] | None:
        return ticket_repo.attachment_data(self._r, message_row_id, content_id)

    def outbox(self) -> list[OutboxItem]:
        return outbox_repo.list_items(self._r)

    def outbox_counts(self) -> dict[str, int]:
        """{"queued": n, "sending": n, "failed": n}"""
        return outbox_repo.counts(self._r)

    def resolve_recipient(self, address: str, portal_domain: str | None = None) -> int | None:
        """The active internal mailbox for an envelope recipient of the portal domain."""
        local, _, domain = address.strip().rpartition("@")
        if portal_domain is None:
            portal = self.portal()
            portal_domain = portal.domain if portal else ""
        if not portal_domain or domain.lower() != portal_domain:
            return None
        found = mailbox_repo.find_active(self._r, f"{local.lower()}@{portal_domain}",
                                         ("internal",))
        return found.id if found else None

    async def poll_changes(self) -> bool:
        """True (and a STORE event) when another process committed since the last poll.

        Read on the writer's own connection, whose data_version ignores this process's writes
        (those already announce themselves with their own events).
        """
        version = await self.writer.peek(
            lambda conn: conn.execute("PRAGMA data_version").fetchone()[0])
        changed = self._data_version is not None and version != self._data_version
        self._data_version = version
        if changed:
            self.notify(events.STORE)
        return changed

    def relay_password(self) -> str | None:
        return self.secrets.get(RELAY_PASSWORD)

    def mailbox_password(self, mailbox_id: int) -> str | None:
        return self.secrets.get(mailbox_password_key(mailbox_id))

    # -- portal ---------------------------------------------------------------------------

    async def set_up(self, domain: str, admin_email: str, admin_name: str) -> Agent:
        """First start: the portal's domain and its admin, in one transaction."""
        domain = validate_domain(domain)
        email = parse_address_strict(admin_email, "Admin email").email
        name = validate_name(admin_name, "Admin name")

        def write(conn):
            if portal_repo.get_portal(conn) is not None:
                raise ValidationError("The portal is already set up.")
            portal_repo.save_portal(conn, Portal(domain))
            return people_repo.add_agent(conn, email, name, "admin")

        agent = await self.writer.run(write)
        self.notify(events.PORTAL)
        self.notify(events.PEOPLE)
        return agent

    async def set_portal(self, *, domain: str | None = None, relay_host: str | None = None,
                         relay_port: int | None = None, relay_security: str | None = None,
                         relay_username: str | None = None, relay_password: str | None = None
                         ) -> Portal:
        self._require("admin")
        current = self.portal() or Portal("")
        relay = current.relay
        new = Portal(validate_domain(domain) if domain is not None else current.domain, Relay(
            host=check_header_value(relay_host, "Relay host").strip()
            if relay_host is not None else relay.host,
            port=_port(relay_port) if relay_port is not None else relay.port,
            security=_choice(relay_security, SECURITIES, "Relay security")
            if relay_security is not None else relay.security,
            username=check_header_value(relay_username, "Relay username").strip()
            if relay_username is not None else relay.username,
            password_set=relay.password_set))
        if not new.domain:
            raise ValidationError("The portal needs a domain first: --domain D.")
        if new.domain != current.domain and self.mailboxes("internal"):
            raise ConflictError(
                f"Internal emails use @{current.domain}; remove them before changing the "
                "portal domain, or they would stop receiving mail.")
        if relay_password is not None:
            if relay_password:
                await asyncio.to_thread(self.secrets.set, RELAY_PASSWORD, relay_password)
            else:
                await asyncio.to_thread(self.secrets.delete, RELAY_PASSWORD)
            new.relay.password_set = bool(relay_password)
        def write(conn):
            saved = portal_repo.save_portal(conn, new)
            outbox_repo.release_held(conn, utcnow())
            return saved

        portal = await self.writer.run(write)
        self.notify(events.PORTAL)
        return portal

    async def test_relay(self, *, host: str, port: int, security: str, username: str = "",
                         password: str | None = None) -> str:
        """Connect, upgrade to TLS and authenticate without saving anything.

        Without a password given, the stored relay password is used.
        """
        self._require("admin")
        settings = SmtpSettings(check_header_value(host, "Relay host").strip(), _port(port),
                                _choice(security, SECURITIES, "Relay security"),
                                username.strip())
        if not settings.host:
            raise ValidationError("Enter the relay host.")
        if settings.username and password is None:
            password = await asyncio.to_thread(self.relay_password)
        return await smtp_send.test_connection(settings, password=password)

    # -- queues and agents ----------------------------------------------------------------

    async def add_queue(self, name: str) -> Queue:
        self._require("admin", "supervisor")
        name = validate_name(name, "Queue name")
        queue = await self.writer.run(people_repo.add_queue, name)
        self.notify(events.PEOPLE)
        return queue

    async def set_queue_members(self, name: str, emails: list[str]) -> Queue:
        self._require("admin", "supervisor")

        def write(conn):
            queue = people_repo.find_queue(conn, name)
            ids = [people_repo.find_agent(conn, e).id for e in emails]
            people_repo.set_queue_members(conn, queue.id, ids)
            changed = dispatch.assign_waiting(conn, [queue.id], utcnow())
            return people_repo.get_queue(conn, queue.id), changed

        queue, changed = await self.writer.run(write)
        self.notify(events.PEOPLE)
        if changed:
            self.notify(events.TICKETS, changed)
        return queue

    async def add_agent(self, email: str, name: str, role: str = "agent",
                        queues: list[str] = ()) -> Agent:
        self._require("admin")
        email = parse_address_strict(email, "Agent email").email
        name = validate_name(name, "Agent name")
        role = _choice(role, ROLES, "Role")

        def write(conn):
            queue_ids = [people_repo.find_queue(conn, q).id for q in queues]
            agent = people_repo.add_agent(conn, email, name, role)
            for queue_id in queue_ids:
                people_repo.add_membership(conn, queue_id, agent.id)
            changed = dispatch.assign_waiting(conn, queue_ids, utcnow())
            return people_repo.get_agent(conn, agent.id), changed

        agent, changed = await self.writer.run(write)
        self.notify(events.PEOPLE)
        if changed:
            self.notify(events.TICKETS, changed)
        return agent

    async def set_presence(self, email: str, presence: str, *, ttl: timedelta | None = None
                           ) -> Agent:
        """Online agents pick up waiting tickets at once; `ttl` makes a heartbeat expire."""
        presence = _choice(presence, PRESENCES, "Presence")
        if self.actor is not None and self.actor.email.lower() != email.strip().lower():
            self._require("admin", "supervisor")

        def write(conn):
            now = utcnow()
            agent = people_repo.find_agent(conn, email)
            deadline = now + ttl if ttl is not None and presence == "online" else None
            people_repo.set_presence(conn, agent.id, presence, deadline)
            changed = []
            if presence == "online":
                changed = dispatch.assign_waiting(conn, people_repo.queues_of_agent(conn, agent.id),
                                                  now)
            return people_repo.get_agent(conn, agent.id), changed

        agent, changed = await self.writer.run(write)
        self.notify(events.PEOPLE, (agent.id,))
        if changed:
            self.notify(events.TICKETS, changed)
        return agent

    # -- mailboxes ------------------------------------------------------------------------

    async def add_internal_mailbox(self, local: str, *, name: str, queue: str,
                                   online_first: bool = False,
                                   auto_reply: AutoReply | None = None) -> Mailbox:
        self._require("admin", "supervisor")
        portal = self.require_portal()
        local = validate_local_part(local)
        name = validate_name(name, "Full name")
        if not queue:
            raise ValidationError("Take one among queues: an internal email needs a queue.")
        auto_reply = _auto_reply(auto_reply)

        def write(conn):
            queue_id = people_repo.find_queue(conn, queue).id
            return mailbox_repo.add_mailbox(conn, kind="internal",
                                            address=f"{local}@{portal.domain}", name=name,
                                            queue_id=queue_id, online_first=online_first,
                                            auto_reply=auto_reply)

        mailbox = await self.writer.run(write)
        self.notify(events.MAILBOXES, (mailbox.id,))
        return mailbox

    async def add_smtp_mailbox(self, email: str, *, host: str, port: int,
                               password: str | None = None, security: str = "auto",
                               username: str | None = None, name: str = "",
                               verify: bool = True, tls_verify: bool = True,
                               auth: bool = True) -> Mailbox:
        """A sending mailbox; unless told not to, connect, secure and sign in before saving.

        `auth=False`: a server that needs no sign-in; no username, no password, no keyring.
        """
        self._require("admin", "supervisor")
        address = parse_address_strict(email, "Email").email
        name = validate_name(name, "Name", required=False)
        if not auth and (username or password):
            raise ValidationError("A mailbox without sign-in has no username or password.")
        if auth and username is None:
            username = address
        settings = SmtpSettings(check_header_value(host, "Host").strip(), _port(port),
                                _choice(security, SECURITIES, "Security"),
                                check_header_value(username or "", "Username").strip(),
                                tls_verify)
        if not settings.host:
            raise ValidationError("Enter the SMTP host (e.g. smtp.gmail.com).")
        if auth and not password:
            raise ValidationError("Enter the password of the SMTP email.")
        if any(m.address.lower() == address.lower() for m in self.mailboxes()):
            raise ConflictError(f"The address {address} is already in the email channel list.")
        if auth:
            usable, why = await asyncio.to_thread(self.secrets.status)
            if not usable:
                raise SecretStoreError(why)
        if verify:
            await smtp_send.test_connection(settings, password=password)
        mailbox = await self.writer.run(lambda conn: mailbox_repo.add_mailbox(
            conn, kind="smtp", address=address, name=name, queue_id=None, smtp=settings))
        if auth:
            try:
                await asyncio.to_thread(self.secrets.set, mailbox_password_key(mailbox.id),
                                        password)
            except Exception:
                await self.writer.run(mailbox_repo.remove_mailbox, mailbox.id)
                raise
        self.notify(events.MAILBOXES, (mailbox.id,))
        return mailbox

    async def test_smtp(self, *, host: str, port: int, security: str, username: str,
                        password: str | None, mailbox_id: int | None = None,
                        tls_verify: bool = True) -> str:
        """The dialog's Test connection: nothing is saved. A stored password fills a blank one."""
        settings = SmtpSettings(check_header_value(host, "Host").strip(), _port(port),
                                _choice(security, SECURITIES, "Security"),
                                check_header_value(username, "Username").strip(), tls_verify)
        if not settings.host:
            raise ValidationError("Enter the SMTP host.")
        if not password and mailbox_id is not None:
            password = await asyncio.to_thread(self.mailbox_password, mailbox_id)
        return await smtp_send.test_connection(settings, password=password)

    async def update_mailbox(self, mailbox_id: int, *, active: bool | None = None,
                             name: str | None = None, queue: str | None = None,
                             online_first: bool | None = None,
                             auto_reply: AutoReply | None = None,
                             password: str | None = None,
                             smtp: SmtpSettings | None = None) -> Mailbox:
        """`smtp` replaces an SMTP email's server settings (the password stays unless given)."""
        self._require("admin", "supervisor")
        changes: dict = {}
        if smtp is not None:
            host = check_header_value(smtp.host, "Host").strip()
            if not host:
                raise ValidationError("Enter the SMTP host.")
            changes.update(smtp_host=host, smtp_port=_port(smtp.port),
                           smtp_security=_choice(smtp.security, SECURITIES, "Security"),
                           smtp_username=check_header_value(smtp.username, "Username").strip(),
                           smtp_verify=int(smtp.verify))
        if active is not None:
            changes["active"] = int(active)
        if name is not None:
            changes["name"] = validate_name(name, "Full name", required=False)
        if online_first is not None:
            changes["online_first"] = int(online_first)
        if auto_reply is not None:
            auto_reply = _auto_reply(auto_reply)
            changes.update(auto_reply_enabled=int(auto_reply.enabled),
                           auto_reply_subject=auto_reply.subject,
                           auto_reply_body=auto_reply.body)

        if password is not None:
            if self.mailbox(mailbox_id).kind != "smtp":
                raise ValidationError("Only an SMTP email has a password.")
            if not password:
                raise ValidationError("The new password is empty.")
            await asyncio.to_thread(self.secrets.set, mailbox_password_key(mailbox_id), password)

        def write(conn):
            mailbox = mailbox_repo.get_mailbox(conn, mailbox_id)
            if auto_reply is not None and auto_reply.enabled and mailbox.kind != "internal":
                raise ValidationError("Only an internal email sends auto replies.")
            if smtp is not None and mailbox.kind != "smtp":
                raise ValidationError("Only an SMTP email has server settings.")
            if queue is not None:
                changes["queue_id"] = people_repo.find_queue(conn, queue).id
            if password is not None or smtp is not None:
                outbox_repo.release_held(conn, utcnow())
            return mailbox_repo.update_mailbox(conn, mailbox_id, **changes)

        mailbox = await self.writer.run(write)
        self.notify(events.MAILBOXES, (mailbox_id,))
        return mailbox

    async def remove_mailbox(self, mailbox_id: int) -> Mailbox:
        self._require("admin", "supervisor")
        mailbox = await self.writer.run(mailbox_repo.remove_mailbox, mailbox_id)
        if mailbox.kind == "smtp":
            await asyncio.to_thread(self.secrets.delete, mailbox_password_key(mailbox_id))
        self.notify(events.MAILBOXES, (mailbox_id,))
        return mailbox

    async def set_mailbox_health(self, mailbox_id: int, state: str, *, ok: bool = False,
                                 error: str | None = None) -> None:
        await self.writer.run(lambda conn: mailbox_repo.set_health(
            conn, mailbox_id, state, ok_at=utcnow() if ok else None, error=error))
        self.notify(events.MAILBOXES, (mailbox_id,))

    # -- tickets --------------------------------------------------------------------------

    async def set_ticket(self, ref: int | str, *, status: str | None = None,
                         priority: str | None = None, type: str | None = None,
                         queue: str | None = None, assignee: str | None = None) -> Ticket:
        ticket_id = parse_ticket_ref(ref)
        actor = self.actor
        self._require_ticket_access(self.ticket(ticket_id, with_messages=False), actor)
        changes: dict = {}
        if status is not None:
            changes["status"] = _choice(status, STATUSES, "Status")
        if priority is not None:
            changes["priority"] = _choice(priority, PRIORITIES, "Priority")
        if type is not None:
            changes["type"] = _choice(type, TYPES, "Type")
        if (queue is not None or assignee is not None) and actor is not None:
            self._require("admin", "supervisor")

        def write(conn):
            now = utcnow()
            if queue is not None:
                changes["queue_id"] = people_repo.find_queue(conn, queue).id
            if assignee is not None:
                if assignee.lower() == "none":
                    changes.update(assignee_id=None, awaiting_agent=0)
                else:
                    agent = people_repo.find_agent(conn, assignee)
                    changes.update(assignee_id=agent.id, awaiting_agent=0)
                    people_repo.touch_assigned(conn, agent.id, now)
            changes["updated_at"] = ts(now)
            ticket_repo.update_ticket(conn, ticket_id, **changes)
            if queue is not None and assignee is None:
                dispatch.route(conn, ticket_id, now)
            return ticket_repo.get_ticket(conn, ticket_id)

        ticket = await self.writer.run(write)
        self.notify(events.TICKETS, (ticket_id,))
        return ticket

    def sending_mailboxes(self) -> list[Mailbox]:
        """Mailboxes a reply can leave through: never an internal email."""
        return [m for m in self.mailboxes() if m.kind in ("smtp", "gmail") and m.active]

    def sending_mailbox(self, ref: int | str) -> Mailbox:
        """An active SMTP email or Gmail, by id or by address."""
        if isinstance(ref, str) and not ref.strip().isdigit():
            wanted = ref.strip().lower()
            found = [m for m in self.mailboxes() if m.address.lower() == wanted]
            if not found:
                choices = ", ".join(f"{m.id} ({m.address})" for m in self.sending_mailboxes())
                raise ValidationError(
                    f"No mailbox has the address {ref.strip()[:80]!r}; "
                    + (f"pick one of {choices}." if choices else "add an SMTP email or Gmail."),
                    field="via")
            mailbox = found[0]
        else:
            mailbox = self.mailbox(int(ref))
        if mailbox.kind not in ("smtp", "gmail"):
            raise ValidationError(f"{mailbox.address} is an internal email: it never sends "
                                  "replies. Pick an SMTP email or Gmail.", field="via")
        if not mailbox.active:
            raise ValidationError(f"{mailbox.address} is inactive; activate it or pick another.",
                                  field="via")
        return mailbox

    async def reply(self, ref: int | str, author_email: str, body: str, *,
                    via: int | str | None = None, cc: list[str] = (),
                    attachments: list[tuple[str, str, bytes]] = (),
                    html: str | None = None) -> tuple[Ticket, int]:
        """Queue an agent's reply through the ticket's sending mailbox; returns the outbox id.

        An explicit `via` (a mailbox id or address) becomes the ticket's `reply_via`: the
        choice sticks.
        """
        ticket = self.ticket(ref)
        author = self.agent(author_email)
        self._require_ticket_access(ticket, author)
        if not body.strip():
            raise ValidationError("The reply is empty.")
        via = via if via is not None else ticket.reply_via
        if via is None:
            choices = ", ".join(f"{m.id} ({m.address})" for m in self.sending_mailboxes())
            raise ValidationError(
                f"Ticket {ticket.serial} has no sending mailbox: pick one with --via "
                + (f"({choices})." if choices else "after adding an SMTP email or Gmail."))
        mailbox = self.sending_mailbox(via)
        extra_cc = [parse_address_strict(a, "Cc") for a in cc]
        portal = self.require_portal()
        to = [ticket.requester]
        ccs = list({a.email.lower(): a for a in ticket.ccs + extra_cc
                    if a.email.lower() != ticket.requester.email.lower()}.values())
        inbound = [m for m in ticket.messages if m.direction == "in" and m.message_id]
        thread_ids = [m.message_id for m in ticket.messages
                      if m.message_id and m.direction in ("in", "out")]
        message_id = make_message_id(portal.domain, ticket.id)
        subject = reply_subject(ticket.subject, ticket.serial)
        sender = Address(mailbox.name, mailbox.address)
        data = build_message(sender=sender, to=to, cc=ccs, subject=subject, text=body, html=html,
                             attachments=list(attachments), message_id=message_id,
                             in_reply_to=inbound[-1].message_id if inbound else None,
                             references=thread_ids[-20:])

        def write(conn):
            now = utcnow()
            row_id = ticket_repo.add_message(
                conn, ticket_id=ticket.id, mailbox_id=mailbox.id, direction="out", sender=sender,
                to=to, cc=ccs, subject=subject, text=body, html=html, now=now,
                message_id=message_id, author_id=author.id,
                attachments=[ticket_repo.NewAttachment(safe_filename(n), t, d)
                             for n, t, d in attachments])
            item_id = outbox_repo.enqueue(
                conn, kind="reply", ticket_id=ticket.id, message_row_id=row_id,
                via_mailbox_id=mailbox.id, envelope_from=mailbox.address,
                recipients=[a.email for a in to + ccs], data=data, now=now)
            changes = {"reply_via": mailbox.id}
            if ticket.status == "new":
                changes["status"] = "processing"
            ticket_repo.update_ticket(conn, ticket.id, **changes)
            return item_id

        item_id = await self.writer.run(write)
        self.notify(events.TICKETS, (ticket.id,))
        self.notify(events.OUTBOX, (item_id,))
        return self.ticket(ticket.id), item_id

    async def set_reply_via(self, ref: int | str, mailbox_id: int) -> Ticket:
        ticket = self.ticket(ref, with_messages=False)
        self._require_ticket_access(ticket, self.actor)
        mailbox = self.mailbox(mailbox_id)
        if mailbox.kind not in ("smtp", "gmail"):
            raise ValidationError(f"{mailbox.address} cannot send replies.")

        def write(conn):
            ticket_repo.update_ticket(conn, ticket.id, reply_via=mailbox.id)
            return ticket_repo.get_ticket(conn, ticket.id)

        updated = await self.writer.run(write)
        self.notify(events.TICKETS, (ticket.id,))
        return updated

    def outbox_item(self, item_id: int) -> OutboxItem:
        return outbox_repo.get_item(self._r, item_id)

    async def add_note(self, ref: int | str, author_email: str, body: str) -> Ticket:
        ticket_id = parse_ticket_ref(ref)
        author = self.agent(author_email)
        self._require_ticket_access(self.ticket(ticket_id, with_messages=False), author)
        if not body.strip():
            raise ValidationError("The note is empty.")

        def write(conn):
            now = utcnow()
            ticket_repo.add_message(conn, ticket_id=ticket_id, mailbox_id=None, direction="note",
                                    sender=Address(author.name, author.email), to=[], cc=[],
                                    subject="", text=body, html=None, now=now,
                                    author_id=author.id)
            return ticket_repo.get_ticket(conn, ticket_id, with_messages=True)

        ticket = await self.writer.run(write)
        self.notify(events.TICKETS, (ticket_id,))
        return ticket

    # -- mail in --------------------------------------------------------------------------

    def start_parse_pool(self) -> None:
        """Parse in worker processes: the GIL-bound core then keeps a core for SMTP and SQLite.

        Only the serving core uses it; one-off commands parse in a thread.
        """
        if self._parse_pool is None:
            workers = max(1, min(2, (os.cpu_count() or 2) - 1))
            self._parse_pool = ProcessPoolExecutor(
                workers, mp_context=multiprocessing.get_context("spawn"))

    def stop_parse_pool(self) -> None:
        if self._parse_pool is not None:
            self._parse_pool.shutdown(wait=True, cancel_futures=True)
            self._parse_pool = None

    async def _parse(self, raw: bytes):
        pool = self._parse_pool
        if pool is not None:
            try:
                return await asyncio.get_running_loop().run_in_executor(pool, parse_message, raw)
            except BrokenProcessPool:
                log.error("the parser process died; parsing in a thread from now on")
                self._parse_pool = None
        return await asyncio.to_thread(parse_message, raw)

    async def deliver(self, raw: bytes, mailbox_ids: list[int], envelope_from: str | None,
                      source_id: str | None = None) -> IngestResult:
        """Parse off the loop, then store in the writer's next group commit."""
        parsed = await self._parse(raw)

        def write(conn):
            now = utcnow()
            result = ingest(conn, raw=raw, parsed=parsed, mailbox_ids=mailbox_ids,
                            source_id=source_id, envelope_from=envelope_from, now=now)
            last = self._health_written.get(mailbox_ids[0])
            if last is None or now - last > HEALTH_WRITE_INTERVAL:
                mailbox_repo.set_health(conn, mailbox_ids[0], "ok", ok_at=now)
                self._health_written[mailbox_ids[0]] = now
            return result

        result = await self.writer.run(write)
        if not result.duplicate:
            self.notify(events.TICKETS, (result.ticket_id,))
            if result.auto_reply_queued:
                self.notify(events.OUTBOX)
        return result

    # -- outbox ---------------------------------------------------------------------------

    async def retry_outbox(self, item_id: int) -> OutboxItem:
        def write(conn):
            outbox_repo.requeue(conn, item_id, utcnow())
            return outbox_repo.get_item(conn, item_id)

        item = await self.writer.run(write)
        self.notify(events.OUTBOX, (item_id,))
        if item.ticket_id:
            self.notify(events.TICKETS, (item.ticket_id,))
        return item

    def secret_store_status(self) -> tuple[bool, str]:
        """Whether secrets can be kept, and a sentence saying where or why not (may block on
        D-Bus: call it off the GUI thread)."""
        return self.secrets.status()


def parse_ticket_ref(ref: int | str) -> int:
    """A ticket id (`123`) or serial (`#000123`, `000123`)."""
    if isinstance(ref, int):
        return ref
    match = re.fullmatch(r"\s*#?(\d{1,12})\s*", str(ref))
    if not match:
        raise ValidationError(f"{str(ref)[:40]!r} is not a ticket id or serial like #000123.")
    return int(match.group(1))


def _port(value: int) -> int:
    if not 1 <= int(value) <= 65535:
        raise ValidationError(f"Port {value} is out of range (1–65535).")
    return int(value)


def _auto_reply(auto_reply: AutoReply | None) -> AutoReply:
    if auto_reply is None or not auto_reply.enabled:
        return AutoReply(False, auto_reply.subject if auto_reply else "",
                         auto_reply.body if auto_reply else "")
    subject = check_header_value(auto_reply.subject, "Auto reply subject").strip()
    if not subject or not auto_reply.body.strip():
        raise ValidationError("An auto reply needs both a subject and content.")
    if len(subject) > 998 or len(auto_reply.body) > MAX_AUTO_REPLY_BODY:
        raise ValidationError("The auto reply is too long (subject 998, content 64 KiB at most).")
    return AutoReply(True, subject, auto_reply.body)
