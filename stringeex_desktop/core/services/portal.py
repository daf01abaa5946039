"""The portal: its domain, its admin at first start, and the outgoing relay."""

from __future__ import annotations

import asyncio

from .. import events
from ..errors import ConflictError, NotFoundError, ValidationError
from ..mail import smtp_send
from ..models import SECURITIES, Agent, Portal, Relay, RemoteSender, SmtpSettings, utcnow
from . import validation as valid
from .context import Context

RELAY_PASSWORD = "relay-password"


class PortalService:
    def __init__(self, ctx: Context):
        self.ctx = ctx

    def portal(self) -> Portal | None:
        return self.ctx.store.read().portal.get_portal()

    def require_portal(self) -> Portal:
        portal = self.portal()
        if portal is None:
            raise NotFoundError("The portal is not set up yet: run `portal set --domain D` or "
                                "start the app to set it up.")
        return portal

    def thread_key(self) -> bytes | None:
        return self.ctx.store.read().portal.thread_key()

    def relay_password(self) -> str | None:
        return self.ctx.secrets.get(RELAY_PASSWORD)

    async def set_up(self, domain: str, admin_email: str, admin_name: str) -> Agent:
        """First start: the portal's domain and its admin, in one transaction."""
        domain = valid.domain(domain)
        email = valid.address(admin_email, "Admin email", "admin_email").email
        name = valid.name(admin_name, "Admin name", "admin_name")

        def write(tx):
            if tx.portal.get_portal() is not None:
                raise ValidationError("The portal is already set up.", field="domain")
            tx.portal.save_portal(Portal(domain))
            return tx.people.add_agent(email, name, "admin")

        agent = await self.ctx.store.write(write)
        self.ctx.notify(events.PORTAL)
        self.ctx.notify(events.PEOPLE)
        return agent

    async def set_portal(self, *, domain: str | None = None, relay_host: str | None = None,
                         relay_port: int | None = None, relay_security: str | None = None,
                         relay_username: str | None = None, relay_password: str | None = None
                         ) -> Portal:
        self.ctx.require("admin")
        current = self.portal() or Portal("")
        relay = current.relay
        new = Portal(valid.domain(domain) if domain is not None else current.domain, Relay(
            host=valid.header_value(relay_host, "Relay host", "relay_host").strip()
            if relay_host is not None else relay.host,
            port=valid.port(relay_port, "relay_port") if relay_port is not None else relay.port,
            security=valid.choice(relay_security, SECURITIES, "Relay security", "relay_security")
            if relay_security is not None else relay.security,
            username=valid.header_value(relay_username, "Relay username",
                                        "relay_username").strip()
            if relay_username is not None else relay.username,
            password_set=relay.password_set))
        if not new.domain:
            raise ValidationError("The portal needs a domain first: --domain D.", field="domain")
        if (new.domain != current.domain
                and self.ctx.store.read().mailboxes.list_mailboxes("internal")):
            raise ConflictError(
                f"Internal emails use @{current.domain}; remove them before changing the "
                "portal domain, or they would stop receiving mail.", field="domain")
        if relay_password is not None:
            if relay_password:
                await asyncio.to_thread(self.ctx.secrets.set, RELAY_PASSWORD, relay_password)
            else:
                await asyncio.to_thread(self.ctx.secrets.delete, RELAY_PASSWORD)
            new.relay.password_set = bool(relay_password)

        def write(tx):
            saved = tx.portal.save_portal(new)
            tx.outbox.release_held(utcnow())
            return saved

        portal = await self.ctx.store.write(write)
        self.ctx.notify(events.PORTAL)
        return portal

    async def test_relay(self, *, host: str, port: int, security: str, username: str = "",
                         password: str | None = None) -> str:
        """Connect, upgrade to TLS and authenticate without saving anything.

        Without a password given, the stored relay password is used.
        """
        self.ctx.require("admin")
        settings = SmtpSettings(valid.header_value(host, "Relay host", "relay_host").strip(),
                                valid.port(port, "relay_port"),
                                valid.choice(security, SECURITIES, "Relay security",
                                             "relay_security"),
                                valid.header_value(username, "Relay username",
                                                   "relay_username").strip())
        if not settings.host:
            raise ValidationError("Enter the relay host.", field="relay_host")
        if settings.username and password is None:
            password = await asyncio.to_thread(self.relay_password)
        return await smtp_send.test_connection(settings, password=password)

    # -- remote content -----------------------------------------------------------------

    def remote_content_senders(self) -> list[RemoteSender]:
        return self.ctx.store.read().portal.remote_senders()

    def remote_content_allowed(self, email: str) -> bool:
        return bool(email) and self.ctx.store.read().portal.remote_sender(email) is not None

    async def allow_remote_content(self, email: str) -> RemoteSender:
        """Any agent may trust a sender they read: the choice is shared by the team and
        listed in Settings, where it can be taken back."""
        email = valid.address(email, "Sender", "email").email
        actor = self.ctx.actor.email if self.ctx.actor is not None else None

        def write(tx):
            tx.portal.allow_remote_sender(email, actor)
            return tx.portal.remote_sender(email)

        sender = await self.ctx.store.write(write)
        self.ctx.notify(events.PORTAL)
        return sender

    async def revoke_remote_content(self, email: str) -> None:
        """A supervisor or admin, or the agent who allowed it."""
        current = self.ctx.store.read().portal.remote_sender(email.strip())
        if current is None:
            raise NotFoundError(f"Remote content is not allowed for {email.strip()}.")
        actor = self.ctx.actor
        if actor is not None and actor.email.lower() != (current.allowed_by or "").lower():
            self.ctx.require("admin", "supervisor")
        await self.ctx.store.write(lambda tx: tx.portal.remove_remote_sender(current.email))
        self.ctx.notify(events.PORTAL)
