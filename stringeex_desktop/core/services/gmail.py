"""Gmail mailboxes: the portal's Google OAuth client, consent, tokens, and the SMTP route.

`access_token(mailbox_id)` is the one token provider for everything that talks to Gmail
(the outbox's SMTP XOAUTH2 here, the IMAP sync): fresh or refreshed, and on a grant Google
no longer accepts it flags that mailbox alone `needs_reauth` and raises NeedsReauthError.
"""

from __future__ import annotations

import asyncio
import os
from typing import Callable

from .. import events
from ..auth.google import CLIENT_KEY, GoogleClient, GoogleConsent, GoogleGrant, GoogleTokens
from ..errors import (ConflictError, ConsentError, NeedsReauthError, SecretStoreError,
                      ValidationError)
from ..mail.inbound import parse_hostport
from ..models import Mailbox, SmtpSettings, utcnow
from . import validation as valid
from .context import Context
from .mailboxes import MailboxService

ENV_SMTP = "STRINGEEX_GMAIL_SMTP"
DEFAULT_SMTP = ("smtp.gmail.com", 465)
DEFAULT_TIMEOUT = 300.0
MAX_SINCE_DAYS = 36500

ShowConsent = Callable[[GoogleConsent], None]
"""Shows `consent.url` to the person: the system browser, or the app's embedded view (which
hands each navigation to `consent.offer(url)`)."""


def gmail_smtp_settings(address: str) -> SmtpSettings:
    """Gmail's SMTP server, or `STRINGEEX_GMAIL_SMTP` (465: implicit TLS, else STARTTLS)."""
    value = os.environ.get(ENV_SMTP)
    host, port = DEFAULT_SMTP
    if value:
        try:
            host, port = parse_hostport(value)
        except ValidationError:
            raise ValidationError(f"{ENV_SMTP}={value[:100]!r} is not HOST:PORT "
                                  "(e.g. smtp.gmail.com:465).") from None
    return SmtpSettings(host, port, "auto", address)


class GmailService:
    def __init__(self, ctx: Context, mailboxes: MailboxService):
        self.ctx = ctx
        self.mailboxes = mailboxes
        self.tokens = GoogleTokens(ctx.secrets, self.client, self._address)

    def client(self) -> GoogleClient | None:
        """The imported OAuth client. Blocking (keyring)."""
        stored = self.ctx.secrets.get(CLIENT_KEY)
        if not stored:
            return None
        try:
            return GoogleClient.from_stored(stored)
        except (ValueError, TypeError):
            return None

    def client_id(self) -> str | None:
        """For Settings: which client is imported. Blocking (keyring)."""
        client = self.client()
        return client.client_id if client else None

    async def import_client(self, data: bytes | str) -> str:
        """Keep the portal's client_secret JSON (a Desktop app client); returns its client id."""
        self.ctx.require("admin", "supervisor")
        client = GoogleClient.from_client_secrets(data)
        await self._require_keyring()
        await asyncio.to_thread(self.ctx.secrets.set, CLIENT_KEY, client.to_stored())
        self.ctx.notify(events.PORTAL)
        return client.client_id

    async def add_mailbox(self, show: ShowConsent, *, timeout: float = DEFAULT_TIMEOUT,
                          queue: str | None = None, online_first: bool = False,
                          since_days: int | None = None) -> Mailbox:
        """Consent, then the mailbox named by the account's address.

        Everything a person could get wrong is checked before the consent page opens. An
        address already listed as Gmail gets its grant renewed (re-authorization).
        """
        self.ctx.require("admin", "supervisor")
        if since_days is not None and not 1 <= since_days <= MAX_SINCE_DAYS:
            raise ValidationError(f"--since-days must be between 1 and {MAX_SINCE_DAYS}.",
                                  field="since_days")
        queue_id = None
        if queue:
            queue_id = self.ctx.store.read().people.find_queue(queue).id
        grant = await self._consent(show, timeout)
        existing = [m for m in self.mailboxes.mailboxes() if m.address.lower() == grant.email]
        if existing:
            if existing[0].kind != "gmail":
                raise ConflictError(f"The address {grant.email} is already in the email "
                                    f"channel list as {existing[0].kind}.", field="email")
            return await self._renew(existing[0], grant, queue=queue,
                                     online_first=online_first or None)

        mailbox = await self.ctx.store.write(lambda tx: tx.mailboxes.add_mailbox(
            kind="gmail", address=grant.email, name="", queue_id=queue_id,
            online_first=online_first, since_days=since_days))
        try:
            await asyncio.to_thread(self.tokens.save, mailbox.id, grant)
        except Exception:
            await self.ctx.store.write(lambda tx: tx.mailboxes.remove_mailbox(mailbox.id))
            raise
        self.ctx.notify(events.MAILBOXES, (mailbox.id,))
        return mailbox

    async def reauthorize(self, mailbox_id: int, show: ShowConsent, *,
                          timeout: float = DEFAULT_TIMEOUT) -> Mailbox:
        """Consent again for a mailbox that needs it; the account must be the same."""
        self.ctx.require("admin", "supervisor")
        mailbox = self.mailboxes.mailbox(mailbox_id)
        if mailbox.kind != "gmail":
            raise ValidationError(f"{mailbox.address} is not a Gmail mailbox.")
        grant = await self._consent(show, timeout)
        if grant.email != mailbox.address.lower():
            raise ConsentError(f"You signed in as {grant.email}, but this mailbox is "
                               f"{mailbox.address}; nothing was changed.")
        return await self._renew(mailbox, grant)

    async def access_token(self, mailbox_id: int, *, refresh: bool = False) -> str:
        """The token provider for SMTP and IMAP (see the module docstring)."""
        try:
            return await self.tokens.access_token(mailbox_id, refresh=refresh)
        except NeedsReauthError as exc:
            await self.ctx.store.write(lambda tx: tx.mailboxes.set_health(
                mailbox_id, "needs_reauth", error=str(exc)))
            self.ctx.notify(events.MAILBOXES, (mailbox_id,))
            raise

    async def _consent(self, show: ShowConsent, timeout: float) -> GoogleGrant:
        if not 0 < timeout <= 3600:
            raise ValidationError("The consent timeout must be between 1 and 3600 seconds.",
                                  field="timeout")
        await self._require_keyring()
        client = await asyncio.to_thread(self.client)
        if client is None:
            raise ValidationError("No Google OAuth client is imported yet: import the "
                                  "client_secret.json of a Desktop app client (Settings, or "
                                  "`mailbox add-gmail --client-secrets FILE`).",
                                  field="client_secrets")
        async with GoogleConsent(client) as consent:
            show(consent)
            code = await consent.wait_code(timeout)
            grant = await consent.exchange(code)
        valid.address(grant.email, "The Google account's address", "email")
        return grant

    async def _renew(self, mailbox: Mailbox, grant: GoogleGrant, *, queue: str | None = None,
                     online_first: bool | None = None) -> Mailbox:
        await asyncio.to_thread(self.tokens.save, mailbox.id, grant)

        def write(tx):
            changes = {}
            if queue:
                changes["queue_id"] = tx.people.find_queue(queue).id
            if online_first is not None:
                changes["online_first"] = int(online_first)
            tx.mailboxes.set_health(mailbox.id, "ok", ok_at=utcnow())
            tx.outbox.release_held(utcnow())
            return tx.mailboxes.update_mailbox(mailbox.id, **changes)

        renewed = await self.ctx.store.write(write)
        self.ctx.notify(events.MAILBOXES, (mailbox.id,))
        self.ctx.notify(events.OUTBOX)
        return renewed

    async def _require_keyring(self) -> None:
        usable, why = await asyncio.to_thread(self.ctx.secrets.status)
        if not usable:
            raise SecretStoreError(why)

    def _address(self, mailbox_id: int) -> str:
        return self.mailboxes.mailbox(mailbox_id).address
