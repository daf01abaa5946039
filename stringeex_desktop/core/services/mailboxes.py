"""The email channel list: internal, SMTP and Gmail mailboxes, their settings and health."""

from __future__ import annotations

import asyncio

from .. import events
from ..auth.google import token_key
from ..errors import ConflictError, SecretStoreError, ValidationError
from ..mail import smtp_send
from ..models import SECURITIES, AutoReply, Mailbox, SmtpSettings, utcnow
from . import validation as valid
from .context import Context
from .portal import PortalService

SENDING_KINDS = ("smtp", "gmail")


def mailbox_password_key(mailbox_id: int) -> str:
    return f"mailbox-{mailbox_id}-password"


class MailboxService:
    def __init__(self, ctx: Context, portal: PortalService):
        self.ctx = ctx
        self.portal = portal

    def mailboxes(self, kind: str | None = None) -> list[Mailbox]:
        return self.ctx.store.read().mailboxes.list_mailboxes(kind)

    def mailbox(self, mailbox_id: int) -> Mailbox:
        return self.ctx.store.read().mailboxes.get_mailbox(mailbox_id)

    def sending_mailboxes(self) -> list[Mailbox]:
        """Mailboxes a reply can leave through: never an internal email."""
        return [m for m in self.mailboxes() if m.kind in SENDING_KINDS and m.active]

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
        if mailbox.kind not in SENDING_KINDS:
            raise ValidationError(f"{mailbox.address} is an internal email: it never sends "
                                  "replies. Pick an SMTP email or Gmail.", field="via")
        if not mailbox.active:
            raise ValidationError(f"{mailbox.address} is inactive; activate it or pick another.",
                                  field="via")
        return mailbox

    def mailbox_password(self, mailbox_id: int) -> str | None:
        return self.ctx.secrets.get(mailbox_password_key(mailbox_id))

    def resolve_recipient(self, address: str, portal_domain: str | None = None) -> int | None:
        """The active internal mailbox for an envelope recipient of the portal domain."""
        local, _, domain = address.strip().rpartition("@")
        if portal_domain is None:
            portal = self.portal.portal()
            portal_domain = portal.domain if portal else ""
        if not portal_domain or domain.lower() != portal_domain:
            return None
        found = self.ctx.store.read().mailboxes.find_active(
            f"{local.lower()}@{portal_domain}", ("internal",))
        return found.id if found else None

    async def add_internal_mailbox(self, local: str, *, name: str, queue: str,
                                   online_first: bool = False,
                                   auto_reply: AutoReply | None = None) -> Mailbox:
        self.ctx.require("admin", "supervisor")
        portal = self.portal.require_portal()
        local = valid.local_part(local)
        name = valid.name(name, "Full name", "name")
        if not queue:
            raise ValidationError("Take one among queues: an internal email needs a queue.",
                                  field="queue")
        auto_reply = valid.auto_reply(auto_reply)

        def write(tx):
            queue_id = tx.people.find_queue(queue).id
            return tx.mailboxes.add_mailbox(kind="internal", address=f"{local}@{portal.domain}",
                                            name=name, queue_id=queue_id,
                                            online_first=online_first, auto_reply=auto_reply)

        mailbox = await self.ctx.store.write(write)
        self.ctx.notify(events.MAILBOXES, (mailbox.id,))
        return mailbox

    def _smtp_settings(self, host: str, port: int, security: str, username: str,
                       tls_verify: bool) -> SmtpSettings:
        settings = SmtpSettings(valid.header_value(host, "Host", "host").strip(), valid.port(port),
                                valid.choice(security, SECURITIES, "Security", "security"),
                                valid.header_value(username, "Username", "username").strip(),
                                tls_verify)
        if not settings.host:
            raise ValidationError("Enter the SMTP host (e.g. smtp.gmail.com).", field="host")
        return settings

    async def add_smtp_mailbox(self, email: str, *, host: str, port: int,
                               password: str | None = None, security: str = "auto",
                               username: str | None = None, name: str = "",
                               verify: bool = True, tls_verify: bool = True,
                               auth: bool = True) -> Mailbox:
        """A sending mailbox; unless told not to, connect, secure and sign in before saving.

        `auth=False`: a server that needs no sign-in; no username, no password, no keyring.
        """
        self.ctx.require("admin", "supervisor")
        address = valid.address(email, "Email", "email").email
        name = valid.name(name, "Name", "name", required=False)
        if not auth and (username or password):
            raise ValidationError("A mailbox without sign-in has no username or password.",
                                  field="username" if username else "password")
        if auth and username is None:
            username = address
        settings = self._smtp_settings(host, port, security, username or "", tls_verify)
        if auth and not password:
            raise ValidationError("Enter the password of the SMTP email.", field="password")
        if any(m.address.lower() == address.lower() for m in self.mailboxes()):
            raise ConflictError(f"The address {address} is already in the email channel list.",
                                field="email")
        if auth:
            usable, why = await asyncio.to_thread(self.ctx.secrets.status)
            if not usable:
                raise SecretStoreError(why)
        if verify:
            await smtp_send.test_connection(settings, password=password)
        mailbox = await self.ctx.store.write(lambda tx: tx.mailboxes.add_mailbox(
            kind="smtp", address=address, name=name, queue_id=None, smtp=settings))
        if auth:
            try:
                await asyncio.to_thread(self.ctx.secrets.set, mailbox_password_key(mailbox.id),
                                        password)
            except Exception:
                await self.ctx.store.write(lambda tx: tx.mailboxes.remove_mailbox(mailbox.id))
                raise
        self.ctx.notify(events.MAILBOXES, (mailbox.id,))
        return mailbox

    async def test_smtp(self, *, host: str, port: int, security: str, username: str,
                        password: str | None, mailbox_id: int | None = None,
                        tls_verify: bool = True) -> str:
        """The dialog's Test connection: nothing is saved. A stored password fills a blank one."""
        settings = self._smtp_settings(host, port, security, username, tls_verify)
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
        self.ctx.require("admin", "supervisor")
        changes: dict = {}
        if smtp is not None:
            checked = self._smtp_settings(smtp.host, smtp.port, smtp.security, smtp.username,
                                          smtp.verify)
            changes.update(smtp_host=checked.host, smtp_port=checked.port,
                           smtp_security=checked.security, smtp_username=checked.username,
                           smtp_verify=int(checked.verify))
        if active is not None:
            changes["active"] = int(active)
        if name is not None:
            changes["name"] = valid.name(name, "Full name", "name", required=False)
        if online_first is not None:
            changes["online_first"] = int(online_first)
        if auto_reply is not None:
            auto_reply = valid.auto_reply(auto_reply)
            changes.update(auto_reply_enabled=int(auto_reply.enabled),
                           auto_reply_subject=auto_reply.subject,
                           auto_reply_body=auto_reply.body)

        if password is not None:
            if self.mailbox(mailbox_id).kind != "smtp":
                raise ValidationError("Only an SMTP email has a password.", field="password")
            if not password:
                raise ValidationError("The new password is empty.", field="password")
            await asyncio.to_thread(self.ctx.secrets.set, mailbox_password_key(mailbox_id),
                                    password)

        def write(tx):
            mailbox = tx.mailboxes.get_mailbox(mailbox_id)
            if auto_reply is not None and auto_reply.enabled and mailbox.kind != "internal":
                raise ValidationError("Only an internal email sends auto replies.",
                                      field="auto_reply")
            if smtp is not None and mailbox.kind != "smtp":
                raise ValidationError("Only an SMTP email has server settings.", field="host")
            if queue is not None:
                changes["queue_id"] = tx.people.find_queue(queue).id
            if password is not None or smtp is not None:
                tx.outbox.release_held(utcnow())
            return tx.mailboxes.update_mailbox(mailbox_id, **changes)

        mailbox = await self.ctx.store.write(write)
        self.ctx.notify(events.MAILBOXES, (mailbox_id,))
        return mailbox

    async def remove_mailbox(self, mailbox_id: int) -> Mailbox:
        self.ctx.require("admin", "supervisor")
        mailbox = await self.ctx.store.write(lambda tx: tx.mailboxes.remove_mailbox(mailbox_id))
        if mailbox.kind in ("smtp", "gmail"):
            key = mailbox_password_key if mailbox.kind == "smtp" else token_key
            await asyncio.to_thread(self.ctx.secrets.delete, key(mailbox_id))
        self.ctx.notify(events.MAILBOXES, (mailbox_id,))
        return mailbox

    async def set_mailbox_health(self, mailbox_id: int, state: str, *, ok: bool = False,
                                 error: str | None = None) -> None:
        await self.ctx.store.write(lambda tx: tx.mailboxes.set_health(
            mailbox_id, state, ok_at=utcnow() if ok else None, error=error))
        self.ctx.notify(events.MAILBOXES, (mailbox_id,))
