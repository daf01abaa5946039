"""The one door into the core for the GUI and the CLI: a facade over `core/services`.

Reads are synchronous and cheap (per-thread read-only connections); writes are async and
run in the store's writer. Permission checks live in the services, not in hidden buttons.
Callers never see the store, the keyring or the services behind this class.
"""

from __future__ import annotations

import asyncio
from datetime import datetime
from pathlib import Path
from typing import Iterator

from . import events
from .auth.secrets import SecretStore, namespace_for
from .errors import ValidationError
from .events import EventBus
from .lock import DataLock
from .mail.compose import parse_address_strict
from .mail.parse import safe_filename
from .models import (Agent, AttachmentInfo, AutoReply, CannedReply, Composing, Draft, Mailbox,
                     OutboxItem, Portal, Queue, RemoteSender, SmtpSettings, Ticket,
                     TicketActivity, TicketFilter)
from .services import team
from .services.canned import CannedService
from .services.context import Context
from .services.delivery import DeliveryService, IngestResult
from .services.drafts import COMPOSING_LEASE, DraftService
from .services.gmail import DEFAULT_TIMEOUT as CONSENT_TIMEOUT
from .services.gmail import GmailService, ShowConsent
from .services.mailboxes import MailboxService
from .services.outbox import OutboxService, OutboxWorker
from .services.people import HEARTBEAT_TTL, PeopleService
from .services.portal import PortalService
from .services.sync import SyncService, TokenProvider, start_import
from .services.tickets import TicketService
from .services.validation import MAX_NAME, domain as validate_domain
from .services.validation import local_part as validate_local_part
from .store import team_store_display
from .store import team_store_url as store_team_url

__all__ = ["Service", "COMPOSING_LEASE", "HEARTBEAT_TTL", "MAX_NAME", "parse_address_strict",
           "safe_filename", "validate_domain", "validate_local_part"]


class Service:
    def __init__(self, data_dir: Path, *, bus: EventBus | None = None,
                 secrets: SecretStore | None = None, store_url: str | None = None):
        """`store_url`: a team store (PostgreSQL) instead of the data folder's SQLite; the
        data folder then keeps only this machine's lock, settings and keyring entries."""
        self.data_dir = Path(data_dir)
        self.bus = bus or EventBus()
        self.lock = DataLock(self.data_dir)
        self.store_url = store_url
        machine = secrets or SecretStore(namespace_for(self.data_dir))
        self._machine_secrets = machine
        store = team.open_store(self.data_dir, store_url, machine)
        self._ctx = Context(self.data_dir, store, self.bus,
                            team.TeamSecrets(store, machine, store_url) if store_url
                            else machine)
        self._portal = PortalService(self._ctx)
        self._people = PeopleService(self._ctx)
        self._mailboxes = MailboxService(self._ctx, self._portal)
        self._tickets = TicketService(self._ctx, self._portal, self._mailboxes)
        self._delivery = DeliveryService(self._ctx)
        self._gmail = GmailService(self._ctx, self._mailboxes)
        self._outbox = OutboxService(self._ctx, self._portal, self._mailboxes, self._gmail)
        self._canned = CannedService(self._ctx)
        self._drafts = DraftService(self._ctx)

    @classmethod
    async def open(cls, data_dir: Path, **kwargs) -> Service:
        """Open (and migrate) the store off the event loop, so a window never freezes on it."""
        return await asyncio.to_thread(lambda: cls(data_dir, **kwargs))

    def close(self) -> None:
        self._delivery.stop_parse_pool()
        self._ctx.store.close()

    @property
    def actor(self) -> Agent | None:
        return self._ctx.actor

    def notify(self, kind: str, ids=(), detail: str = "") -> None:
        self._ctx.notify(kind, ids, detail)

    async def poll_changes(self) -> bool:
        """True when another process changed the store since the last poll; its changes are
        emitted here as events (on a team store the kinds and ids it named, on a single
        seat one STORE event). Emitted on this bus only, never published back."""
        changes = await self._ctx.store.changes_elsewhere()
        for kind, ids in dict.fromkeys(changes):
            self.bus.emit(events.Event(kind, ids))
        return bool(changes)

    def secret_store_status(self) -> tuple[bool, str]:
        """Whether passwords can be kept, and if not, how to make it so. May block: use a
        thread from the event loop."""
        return self._ctx.secrets.status()

    # -- portal ---------------------------------------------------------------------------

    def portal(self) -> Portal | None:
        return self._portal.portal()

    def require_portal(self) -> Portal:
        return self._portal.require_portal()

    def relay_password(self) -> str | None:
        return self._portal.relay_password()

    async def set_up(self, domain: str, admin_email: str, admin_name: str) -> Agent:
        return await self._portal.set_up(domain, admin_email, admin_name)

    async def set_portal(self, **changes) -> Portal:
        return await self._portal.set_portal(**changes)

    async def test_relay(self, **settings) -> str:
        return await self._portal.test_relay(**settings)

    # -- people ---------------------------------------------------------------------------

    def sign_in(self, email: str | None = None) -> Agent:
        return self._people.sign_in(email)

    def queues(self) -> list[Queue]:
        return self._people.queues()

    def agents(self) -> list[Agent]:
        return self._people.agents()

    def agent(self, email: str) -> Agent:
        return self._people.agent(email)

    async def add_queue(self, name: str) -> Queue:
        return await self._people.add_queue(name)

    async def set_queue_members(self, name: str, emails: list[str]) -> Queue:
        return await self._people.set_queue_members(name, emails)

    async def add_agent(self, email: str, name: str, role: str = "agent",
                        queues: list[str] = ()) -> Agent:
        return await self._people.add_agent(email, name, role, queues)

    async def set_presence(self, email: str, presence: str, **kwargs) -> Agent:
        return await self._people.set_presence(email, presence, **kwargs)

    # -- mailboxes ------------------------------------------------------------------------

    def mailboxes(self, kind: str | None = None) -> list[Mailbox]:
        return self._mailboxes.mailboxes(kind)

    def mailbox(self, mailbox_id: int) -> Mailbox:
        return self._mailboxes.mailbox(mailbox_id)

    def sending_mailboxes(self) -> list[Mailbox]:
        return self._mailboxes.sending_mailboxes()

    def sending_mailbox(self, ref: int | str) -> Mailbox:
        return self._mailboxes.sending_mailbox(ref)

    def mailbox_password(self, mailbox_id: int) -> str | None:
        return self._mailboxes.mailbox_password(mailbox_id)

    def resolve_recipient(self, address: str, portal_domain: str | None = None) -> int | None:
        return self._mailboxes.resolve_recipient(address, portal_domain)

    async def add_internal_mailbox(self, local: str, **settings) -> Mailbox:
        return await self._mailboxes.add_internal_mailbox(local, **settings)

    async def add_smtp_mailbox(self, email: str, **settings) -> Mailbox:
        return await self._mailboxes.add_smtp_mailbox(email, **settings)

    async def test_smtp(self, **settings) -> str:
        return await self._mailboxes.test_smtp(**settings)

    async def update_mailbox(self, mailbox_id: int, *, active: bool | None = None,
                             name: str | None = None, queue: str | None = None,
                             online_first: bool | None = None,
                             auto_reply: AutoReply | None = None, password: str | None = None,
                             smtp: SmtpSettings | None = None) -> Mailbox:
        return await self._mailboxes.update_mailbox(
            mailbox_id, active=active, name=name, queue=queue, online_first=online_first,
            auto_reply=auto_reply, password=password, smtp=smtp)

    async def remove_mailbox(self, mailbox_id: int) -> Mailbox:
        return await self._mailboxes.remove_mailbox(mailbox_id)

    async def set_mailbox_health(self, mailbox_id: int, state: str, **kwargs) -> None:
        await self._mailboxes.set_mailbox_health(mailbox_id, state, **kwargs)

    # -- tickets --------------------------------------------------------------------------

    def tickets(self, flt: TicketFilter | None = None, offset: int = 0, limit: int = 100
                ) -> list[Ticket]:
        return self._tickets.tickets(flt, offset, limit)

    def iter_tickets(self, flt: TicketFilter | None = None, limit: int = 100
                     ) -> Iterator[Ticket]:
        return self._tickets.iter_tickets(flt, limit)

    def ticket_count(self, flt: TicketFilter | None = None) -> int:
        return self._tickets.ticket_count(flt)

    def tickets_by_ids(self, ids, flt: TicketFilter | None = None) -> list[Ticket]:
        return self._tickets.tickets_by_ids(ids, flt)

    def ticket(self, ref: int | str, *, with_messages: bool = True) -> Ticket:
        return self._tickets.ticket(ref, with_messages=with_messages)

    def raw_message(self, message_row_id: int) -> bytes | None:
        return self._tickets.raw_message(message_row_id)

    def inline_part(self, message_row_id: int, content_id: str) -> tuple[str, bytes] | None:
        return self._tickets.inline_part(message_row_id, content_id)

    async def set_ticket(self, ref: int | str, **changes) -> Ticket:
        return await self._tickets.set_ticket(ref, **changes)

    async def reply(self, ref: int | str, author_email: str, body: str, **options
                    ) -> tuple[Ticket, int]:
        return await self._tickets.reply(ref, author_email, body, **options)

    async def set_reply_via(self, ref: int | str, mailbox: int | str) -> Ticket:
        return await self._tickets.set_reply_via(ref, mailbox)

    async def add_note(self, ref: int | str, author_email: str, body: str) -> Ticket:
        return await self._tickets.add_note(ref, author_email, body)

    # -- mail in and out ------------------------------------------------------------------

    def start_parse_pool(self) -> None:
        self._delivery.start_parse_pool()

    def stop_parse_pool(self) -> None:
        self._delivery.stop_parse_pool()

    async def deliver(self, raw: bytes, mailbox_ids: list[int], envelope_from: str | None,
                      source_id: str | None = None) -> IngestResult:
        return await self._delivery.deliver(raw, mailbox_ids, envelope_from, source_id)

    def outbox(self) -> list[OutboxItem]:
        return self._outbox.outbox()

    def outbox_item(self, item_id: int) -> OutboxItem:
        return self._outbox.outbox_item(item_id)

    def outbox_counts(self) -> dict[str, int]:
        return self._outbox.outbox_counts()

    def outbox_reasons(self) -> list[tuple[str, str | None, int]]:
        return self._outbox.outbox_reasons()

    async def retry_outbox(self, item_id: int, via: int | str | None = None) -> OutboxItem:
        return await self._outbox.retry_outbox(item_id, via)

    def outbox_worker(self, **options) -> OutboxWorker:
        return self._outbox.worker(**options)

    # -- Gmail ----------------------------------------------------------------------------

    async def import_google_client(self, data: bytes | str) -> str:
        """The portal's client_secret JSON (Desktop app); returns its client id."""
        return await self._gmail.import_client(data)

    def google_client_id(self) -> str | None:
        """The imported OAuth client's id, or None. May block (keyring): use a thread."""
        return self._gmail.client_id()

    async def add_gmail_mailbox(self, show: ShowConsent, *, timeout: float = CONSENT_TIMEOUT,
                                queue: str | None = None, online_first: bool = False,
                                since_days: int | None = None) -> Mailbox:
        """Google consent, then the Gmail mailbox; `show(consent)` presents `consent.url`."""
        return await self._gmail.add_mailbox(show, timeout=timeout, queue=queue,
                                             online_first=online_first, since_days=since_days)

    async def reauthorize_gmail(self, mailbox_id: int, show: ShowConsent, *,
                                timeout: float = CONSENT_TIMEOUT) -> Mailbox:
        return await self._gmail.reauthorize(mailbox_id, show, timeout=timeout)

    # -- Gmail sync -----------------------------------------------------------------------

    def gmail_sync(self, token_provider: TokenProvider | None = None, **options) -> SyncService:
        """The serving core's sync of every active Gmail mailbox; tokens come from Google
        sign-in unless a `token_provider(mailbox_id)` is given (tests)."""
        return SyncService(self._ctx, self._delivery,
                           token_provider or self._gmail.access_token, **options)

    async def start_gmail_import(self, mailbox_id: int, since_days: int | None = None) -> None:
        """The next sync imports everything, or the mail of the last `since_days` days."""
        await start_import(self._ctx, mailbox_id, since_days)

    # -- the desktop companion: canned replies, signatures, drafts ------------------------

    def canned_replies(self) -> list[CannedReply]:
        return self._canned.canned_replies()

    def canned_reply(self, canned_id: int) -> CannedReply:
        return self._canned.canned_reply(canned_id)

    async def add_canned(self, title: str, body: str) -> CannedReply:
        return await self._canned.add_canned(title, body)

    async def update_canned(self, canned_id: int, title: str, body: str) -> CannedReply:
        return await self._canned.update_canned(canned_id, title, body)

    async def remove_canned(self, canned_id: int) -> CannedReply:
        return await self._canned.remove_canned(canned_id)

    def fill_canned(self, canned_id: int, ticket_ref: int | str, agent_email: str) -> str:
        """The canned reply's text with the ticket's customer, serial and the agent filled in."""
        return self._canned.fill_canned(canned_id, self.ticket(ticket_ref, with_messages=False),
                                        self.agent(agent_email).name)

    def signature(self, email: str) -> str:
        return self._canned.signature(email)

    async def set_signature(self, email: str, body: str) -> str:
        return await self._canned.set_signature(email, body)

    def filled_signature(self, email: str, mailbox_name: str) -> str:
        return self._canned.filled_signature(email, mailbox_name)

    def draft(self, email: str, ticket_ref: int | str) -> Draft | None:
        return self._drafts.draft(email, ticket_ref)

    def draft_ticket_ids(self, email: str) -> set[int]:
        return self._drafts.draft_ticket_ids(email)

    async def save_draft(self, email: str, ticket_ref: int | str, body: str, cc: str = ""
                         ) -> None:
        await self._drafts.save_draft(email, ticket_ref, body, cc)

    def ticket_activity(self, email: str, ids=None, limit: int = 2000) -> list[TicketActivity]:
        """The agent's tickets (those of `ids`, else the most recent) with their status,
        message count and newest message's direction: what notifications compare."""
        return self._drafts.ticket_activity(email, ids, limit)

    # -- the ticket pane: attachments -----------------------------------------------------

    def attachment(self, attachment_id: int) -> tuple[AttachmentInfo, bytes]:
        """One attachment and its bytes, read-only (the pane's Open and Save as)."""
        return self._tickets.attachment(attachment_id)

    # -- remote content in the message viewer (per-sender allow) --------------------------

    def remote_content_senders(self) -> list[RemoteSender]:
        return self._portal.remote_content_senders()

    def remote_content_allowed(self, email: str) -> bool:
        return self._portal.remote_content_allowed(email)

    async def allow_remote_content(self, email: str) -> RemoteSender:
        return await self._portal.allow_remote_content(email)

    async def revoke_remote_content(self, email: str) -> None:
        await self._portal.revoke_remote_content(email)

    # -- settings that edit: queues and agents --------------------------------------------

    async def rename_queue(self, name: str, new_name: str) -> Queue:
        return await self._people.rename_queue(name, new_name)

    async def remove_queue(self, name: str) -> Queue:
        return await self._people.remove_queue(name)

    async def update_agent(self, email: str, *, name: str | None = None,
                           role: str | None = None, queues: list[str] | None = None,
                           active: bool | None = None) -> Agent:
        return await self._people.update_agent(email, name=name, role=role, queues=queues,
                                               active=active)

    # -- the agent's day: views, read markers, bulk changes (issue 8) ----------------------

    def view_counts(self) -> dict[str, int]:
        """The sidebar's live counts by view ("mine", "unassigned", "open", "pending",
        "solved", "closed", "queue:<name>"), as the signed-in agent may see them."""
        return self._tickets.view_counts()

    async def mark_read(self, ref: int | str) -> None:
        await self._tickets.mark_read(ref)

    async def update_tickets(self, refs, **changes) -> list[Ticket]:
        """Status, queue or assignee of many tickets at once, in one transaction."""
        return await self._tickets.update_tickets(refs, **changes)

    # -- team store ---------------------------------------------------------------------

    @staticmethod
    async def init_team_store(data_dir: Path, url: str,
                              secrets: SecretStore | None = None) -> str:
        """Make a team store in the empty database at `url`; its key, to show once."""
        machine = secrets or SecretStore(namespace_for(Path(data_dir)))
        return await team.init_team(Path(data_dir), url, machine)

    async def take_ticket(self, ref: int | str) -> Ticket:
        """Assign the ticket to the signed-in agent; ConflictError naming who has it."""
        return await self._tickets.take(ref)

    @staticmethod
    async def migrate_to_team_store(data_dir: Path, url: str,
                                    secrets: SecretStore | None = None) -> dict[str, int]:
        """Copy the data folder's store into the empty team store at `url`; counts copied."""
        machine = secrets or SecretStore(namespace_for(Path(data_dir)))
        return await asyncio.to_thread(team.migrate_to_team, Path(data_dir), url, machine)

    @staticmethod
    async def test_team_store(data_dir: Path, url: str, password: str | None = None,
                              secrets: SecretStore | None = None) -> str:
        """Reach and sign in to a team store without opening it; a line saying what it holds,
        or a StoreError naming the failing step."""
        machine = secrets or SecretStore(namespace_for(Path(data_dir)))
        return await asyncio.to_thread(team.test_team_store, url, password, machine)

    @staticmethod
    async def save_team_store_password(data_dir: Path, url: str, password: str,
                                       secrets: SecretStore | None = None) -> None:
        """Keep a team store's password in this machine's keyring (never in settings)."""
        machine = secrets or SecretStore(namespace_for(Path(data_dir)))
        await asyncio.to_thread(machine.set, team.store_password_key(url), password)

    @staticmethod
    async def join_team_store_at(data_dir: Path, url: str, key: str,
                                 secrets: SecretStore | None = None) -> None:
        """Join the team store at `url` from a process working on another store."""
        machine = secrets or SecretStore(namespace_for(Path(data_dir)))
        await asyncio.to_thread(team.join_team_at, Path(data_dir), url, machine, key)

    @staticmethod
    def team_store_url(host: str, port: int, database: str, user: str, tls: str) -> str:
        return store_team_url(host, port, database, user, tls)

    def store_location(self) -> str:
        """Where this service's store is, for people: the team store's URL without its
        password, or the data folder."""
        return team_store_display(self.store_url) if self.store_url else str(self.data_dir)

    async def join_team_store(self, key: str) -> None:
        """Keep the team key in this machine's keyring once it proves right."""
        if not self.store_url:
            raise ValidationError("This is the single-seat store: join a team store with "
                                  "--store URL.")
        await asyncio.to_thread(team.join_team, self._ctx.store, self._machine_secrets,
                                self.store_url, key)

    # -- who else is writing on a ticket ("Ada is replying") --------------------------------

    async def mark_composing(self, ticket_ref: int | str, mode: str) -> datetime:
        """The signed-in agent is writing a reply or a note on the ticket: renews a short
        lease (call it again within COMPOSING_LEASE); when it runs out."""
        return await self._drafts.mark_composing(ticket_ref, mode)

    async def clear_composing(self, ticket_ref: int | str) -> None:
        await self._drafts.clear_composing(ticket_ref)

    def composing_on(self, ticket_ref: int | str) -> list[Composing]:
        """The other agents writing on the ticket now, with their mode and lease's end."""
        return self._drafts.composing_on(ticket_ref)
