"""Outgoing mail over SMTP (aiosmtplib), under the app's transport rules.

Certificates are verified unless the user turned that off for this server; STARTTLS, when
chosen, is required and never downgraded to plain text; every connect and command has a
deadline. Failures before the mail transaction are ConnectionTestError naming the step a
person can fix; refusals of MAIL/RCPT/DATA are DeliveryError, permanent for 5xx replies.
"""

from __future__ import annotations

import asyncio
import os
import socket
import ssl
from dataclasses import dataclass, field

import aiosmtplib

from ..errors import ConnectionTestError, DeliveryError, NoAuthOfferedError, ValidationError
from ..models import SECURITIES, SmtpSettings

STEP_REFUSED = "connection refused"
STEP_CERTIFICATE = "certificate not trusted for host"
STEP_NO_STARTTLS = "server does not offer STARTTLS"
STEP_NO_AUTH = "server offers no AUTH over this connection"
STEP_AUTH = "authentication failed"
STEP_AUTH_TEMPORARY = "authentication temporarily unavailable"
STEP_TIMEOUT = "timed out"
STEP_TLS = "TLS handshake failed"
STEP_LOST = "connection lost"

PERMANENT_STEPS = frozenset({STEP_AUTH, STEP_NO_AUTH, "certificate not trusted"})
"""ConnectionTestError steps that retrying cannot fix (match with `str.startswith`);
every other step is transient."""

_QUIT_TIMEOUT = 5.0


def is_permanent_step(step: str) -> bool:
    return any(step.startswith(prefix) for prefix in PERMANENT_STEPS)


@dataclass
class SendResult:
    server_reply: str
    refused: dict[str, str] = field(default_factory=dict)
    """Recipients the server refused while it accepted the others: address -> reply."""


def effective_security(settings: SmtpSettings) -> str:
    """Resolve "auto": implicit TLS on 465, required STARTTLS elsewhere; never plain text."""
    if not settings.host:
        raise ValidationError("The SMTP host is empty.")
    if not 0 < settings.port < 65536:
        raise ValidationError(f"The SMTP port must be 1-65535 (got {settings.port}).")
    if settings.security not in SECURITIES:
        raise ValidationError(f"SMTP security must be one of {', '.join(SECURITIES)} "
                              f"(got {settings.security!r}).")
    if settings.security == "auto":
        return "ssl" if settings.port == 465 else "starttls"
    return settings.security


def _tls_context(verify: bool) -> ssl.SSLContext:
    context = ssl.create_default_context()  # the system store; honours SSL_CERT_FILE
    if not verify:
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    return context


def _reply(exc: aiosmtplib.SMTPResponseException) -> str:
    return f"{exc.code} {exc.message}".strip()


def _find(exc: BaseException, kind: type[BaseException]) -> BaseException | None:
    seen = set()
    while exc is not None and id(exc) not in seen:
        if isinstance(exc, kind):
            return exc
        seen.add(id(exc))
        exc = exc.__cause__ or exc.__context__
    return None


class SmtpSession:
    """One connection for a burst of messages: `async with SmtpSession(...) as s: await s.send(...)`.

    Entering connects, secures and authenticates, raising ConnectionTestError; `send`
    raises DeliveryError. A refused message leaves the session usable for the next one.
    """

    def __init__(self, settings: SmtpSettings, *, password: str | None = None,
                 oauth_token: str | None = None, timeout: float = 30.0,
                 tls_context: ssl.SSLContext | None = None):
        self.settings = settings
        self.description = ""
        self._password = password
        self._oauth_token = oauth_token
        self._timeout = timeout
        self._tls_context = tls_context
        self._client: aiosmtplib.SMTP | None = None
        self._where = f"{settings.host}:{settings.port}"

    async def __aenter__(self) -> SmtpSession:
        await self.open()
        return self

    async def __aexit__(self, exc_type, exc, tb) -> None:
        if exc_type is None or issubclass(exc_type, DeliveryError):
            await self.close()
        else:
            self.abort()

    async def open(self) -> None:
        security = effective_security(self.settings)
        context = None
        if security != "none":
            context = self._tls_context or await asyncio.to_thread(
                _tls_context, self.settings.verify)
        client = aiosmtplib.SMTP(
            hostname=self.settings.host, port=self.settings.port, timeout=self._timeout,
            use_tls=security == "ssl", start_tls=False, tls_context=context)
        self._client = client
        try:
            await self._establish(client, security)
        except BaseException as exc:
            self.abort()
            if isinstance(exc, (aiosmtplib.SMTPException, OSError, TimeoutError)):
                raise self._connection_error(exc) from exc
            raise
        self.description = self._describe(client, security)

    async def _establish(self, client: aiosmtplib.SMTP, security: str) -> None:
        await client.connect()
        await self._greet(client)
        if security == "starttls":
            if not client.supports_extension("starttls"):
                raise ConnectionTestError(
                    STEP_NO_STARTTLS, f"{self._where} offers no encryption; nothing was sent")
            try:
                await client.starttls()
            except aiosmtplib.SMTPResponseException as exc:
                raise ConnectionTestError(
                    STEP_NO_STARTTLS, f"{self._where} answered {_reply(exc)} to STARTTLS; "
                                      "nothing was sent") from exc
            await self._greet(client)
        if self.settings.username:
            await self._authenticate(client)

    async def send(self, envelope_from: str, recipients: list[str], data: bytes) -> SendResult:
        client = self._client
        if client is None or not client.is_connected:
            raise DeliveryError(f"The connection to {self._where} is closed; try again.",
                                permanent=False)
        if not recipients:
            raise DeliveryError("The message has no recipients.", permanent=True)
        addresses = [envelope_from, *recipients]
        for address in addresses:
            if any(ch in address for ch in "\r\n<> \t"):
                raise DeliveryError(f"Invalid envelope address {address!r}.", permanent=True)
        utf8 = not all(address.isascii() for address in addresses)
        if utf8 and not client.supports_extension("smtputf8"):
            raise DeliveryError(f"{self._where} does not accept non-ASCII addresses "
                                "(no SMTPUTF8).", permanent=True)
        options = []
        if client.supports_extension("size"):
            options.append(f"SIZE={len(data)}")
        if not data.isascii() and client.supports_extension("8bitmime"):
            options.append("BODY=8BITMIME")
        if utf8:
            options.append("SMTPUTF8")
        encoding = "utf-8" if utf8 else "ascii"
        try:
            try:
                await client.mail(envelope_from, options=options, encoding=encoding)
            except aiosmtplib.SMTPSenderRefused as exc:
                raise DeliveryError(f"{self._where} refused the sender <{envelope_from}>: "
                                    f"{_reply(exc)}", permanent=exc.code >= 500,
                                    server_reply=_reply(exc)) from exc
            refused = await self._recipients(client, recipients, encoding)
            try:
                response = await client.data(data)
            except aiosmtplib.SMTPResponseException as exc:
                raise DeliveryError(f"{self._where} refused the message: {_reply(exc)}",
                                    permanent=exc.code >= 500,
                                    server_reply=_reply(exc)) from exc
        except DeliveryError:
            await self._reset(client)
            raise
        except (aiosmtplib.SMTPServerDisconnected, aiosmtplib.SMTPTimeoutError,
                ConnectionError, TimeoutError) as exc:
            self.abort()
            if isinstance(exc, TimeoutError):
                what = f"did not answer within {self._timeout:g} s"
            else:
                what = "closed the connection"
            raise DeliveryError(f"{self._where} {what} while the message was being sent.",
                                permanent=False) from exc
        except ValueError as exc:
            await self._reset(client)
            raise DeliveryError(f"Invalid envelope: {exc}", permanent=True) from exc
        except aiosmtplib.SMTPException as exc:
            await self._reset(client)
            raise DeliveryError(f"{self._where}: {exc}", permanent=False) from exc
        return SendResult(f"{response.code} {response.message}".strip(), refused)

    async def close(self) -> None:
        """Polite QUIT; a server that does not answer it is closed on anyway."""
        client = self._client
        if client is not None and client.is_connected:
            try:
                await client.quit(timeout=min(self._timeout, _QUIT_TIMEOUT))
            except (aiosmtplib.SMTPException, OSError, TimeoutError):
                pass
        self.abort()

    def abort(self) -> None:
        client, self._client = self._client, None
        if client is not None:
            client.close()

    async def _greet(self, client: aiosmtplib.SMTP) -> None:
        try:
            await client.ehlo()
        except aiosmtplib.SMTPHeloError:
            await client.helo()

    async def _authenticate(self, client: aiosmtplib.SMTP) -> None:
        username = self.settings.username
        try:
            if self._oauth_token:
                if "xoauth2" not in client.server_auth_methods:
                    raise ConnectionTestError(STEP_AUTH,
                                              f"{self._where} does not offer XOAUTH2")
                await client.auth_xoauth2(username, self._oauth_token)
            elif self._password is None:
                raise ConnectionTestError(STEP_AUTH, f"no password is saved for {username}")
            elif not client.supports_extension("auth"):
                raise NoAuthOfferedError(STEP_NO_AUTH, self._no_auth_detail(client))
            else:
                await client.login(username, self._password)
        except aiosmtplib.SMTPAuthenticationError as exc:
            step = STEP_AUTH if exc.code >= 500 else STEP_AUTH_TEMPORARY
            raise ConnectionTestError(step, f"{self._where} answered {_reply(exc)}") from exc
        except aiosmtplib.SMTPException as exc:
            if isinstance(exc, (aiosmtplib.SMTPServerDisconnected, aiosmtplib.SMTPTimeoutError)):
                raise
            raise ConnectionTestError(STEP_AUTH, f"{self._where}: {exc}") from exc

    def _no_auth_detail(self, client: aiosmtplib.SMTP) -> str:
        """What the server does offer, and the setting that fits: a server that signs in only
        after STARTTLS, or one that needs no sign-in at all."""
        offered = [name.upper() for name in client.esmtp_extensions]
        detail = f"{self._where} offers {', '.join(offered) or 'no ESMTP extensions'}"
        if "STARTTLS" in offered and client.get_transport_info("ssl_object") is None:
            detail += "; choose the security STARTTLS to sign in after it"
        return f"{detail}; if it needs no sign-in, turn sign-in off"

    async def _recipients(self, client: aiosmtplib.SMTP, recipients: list[str],
                          encoding: str) -> dict[str, str]:
        refused: dict[str, str] = {}
        codes = []
        for recipient in recipients:
            try:
                await client.rcpt(recipient, encoding=encoding)
            except aiosmtplib.SMTPRecipientRefused as exc:
                refused[recipient] = _reply(exc)
                codes.append(exc.code)
        if len(refused) == len(recipients):
            replies = "; ".join(f"<{r}>: {reply}" for r, reply in refused.items())
            raise DeliveryError(f"{self._where} refused every recipient: {replies}",
                                permanent=all(code >= 500 for code in codes),
                                server_reply=refused[recipients[-1]])
        return refused

    async def _reset(self, client: aiosmtplib.SMTP) -> None:
        """RSET after a refusal so the next message of the burst starts clean."""
        if not client.is_connected:
            return
        try:
            await client.rset()
        except (aiosmtplib.SMTPException, OSError, TimeoutError):
            self.abort()

    def _connection_error(self, exc: BaseException) -> ConnectionTestError:
        host = self.settings.host
        certificate = _find(exc, ssl.SSLCertVerificationError)
        if certificate is not None:
            detail = getattr(certificate, "verify_message", "") or str(certificate)
            return ConnectionTestError(f"{STEP_CERTIFICATE} {host}",
                                       f"{detail} (the server at {self._where})")
        if _find(exc, TimeoutError) is not None:
            return ConnectionTestError(STEP_TIMEOUT, f"no answer from {self._where} within "
                                                     f"{self._timeout:g} s")
        tls = _find(exc, ssl.SSLError)
        if tls is not None:
            reason = getattr(tls, "reason", None) or str(tls)
            return ConnectionTestError(STEP_TLS, f"{self._where}: {reason} (check the port and "
                                                 "the security setting)")
        if isinstance(exc, aiosmtplib.SMTPResponseException):
            return ConnectionTestError(STEP_REFUSED, f"{self._where} answered {_reply(exc)}")
        if isinstance(exc, aiosmtplib.SMTPServerDisconnected) or (
                isinstance(exc, aiosmtplib.SMTPConnectError)
                and _find(exc, aiosmtplib.SMTPServerDisconnected) is not None):
            return ConnectionTestError(STEP_LOST, f"{self._where} closed the connection")
        root = exc
        while root.__cause__ is not None:
            root = root.__cause__
        if isinstance(root, socket.gaierror):
            reason = f"cannot resolve {host} ({root.strerror})"
        elif isinstance(root, OSError) and root.errno and root.errno > 0:
            reason = os.strerror(root.errno)
        else:
            reason = str(root)
        return ConnectionTestError(STEP_REFUSED, f"{self._where}: {reason}")

    def _describe(self, client: aiosmtplib.SMTP, security: str) -> str:
        ssl_object = client.get_transport_info("ssl_object")
        version = f" ({ssl_object.version()})" if ssl_object is not None else ""
        how = {"ssl": f"over TLS{version}", "starttls": f"with STARTTLS{version}",
               "none": "without encryption"}[security]
        who = f", signed in as {self.settings.username}" if self.settings.username else ""
        return f"Connected to {self._where} {how}{who}."


async def send_message(settings: SmtpSettings, *, password: str | None, envelope_from: str,
                       recipients: list[str], data: bytes, oauth_token: str | None = None,
                       timeout: float = 30.0,
                       tls_context: ssl.SSLContext | None = None) -> SendResult:
    """One message on its own connection."""
    async with SmtpSession(settings, password=password, oauth_token=oauth_token,
                           timeout=timeout, tls_context=tls_context) as session:
        return await session.send(envelope_from, recipients, data)


async def test_connection(settings: SmtpSettings, *, password: str | None,
                          oauth_token: str | None = None, timeout: float = 15.0,
                          tls_context: ssl.SSLContext | None = None) -> str:
    """Connect, secure and sign in as a send would, then quit; returns what succeeded."""
    async with SmtpSession(settings, password=password, oauth_token=oauth_token,
                           timeout=timeout, tls_context=tls_context) as session:
        return session.description


test_connection.__test__ = False  # its name must not make pytest collect it
