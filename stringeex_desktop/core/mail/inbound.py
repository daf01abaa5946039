"""The internal emails' own MX: an SMTP and/or LMTP listener on the core's event loop.

aiosmtpd's protocol classes run on the running loop (no Controller thread), so a delivery
awaits the core directly and the `250` leaves only after the core's durable commit
(DESIGN.md section 3). aiosmtpd 1.4.6 is lenient where an MX must not be, and the
subclasses here close those gaps:

- its address parser quietly drops source routes, comments, quotes and a missing `>`
  (`<@relay:sales@d>`, `<"sales"@d>` and `<sales@d` all become `sales@d`), so recipients are
  checked against the raw RCPT argument, never against the parsed address;
- its size rejections say `552 Error: ...` without the RFC 3463 code, so they are rewritten;
- its DATA refuses a line over 1000 bytes with `500 Line too long`, while Postfix and the big
  providers accept such mail (huge recipient lists, HTML on one line), so DATA is read here,
  bounded by the message size alone; command lines keep aiosmtpd's bounded buffer;
- it advertises AUTH after STARTTLS even without any use for it, so AUTH is removed;
- it shares one `command_size_limits` dict between all sessions, so each gets its own.

STARTTLS is offered when a certificate is given but never required: RFC 3207 forbids a
publicly referenced MX to insist on it, and senders fall back to plain text anyway.
"""

from __future__ import annotations

import asyncio
import collections
import ipaddress
import logging
import re
import socket
import ssl
from collections.abc import Awaitable, Callable

from aiosmtpd.lmtp import LMTP
from aiosmtpd.smtp import CALL_LIMIT_DEFAULT, SMTP, Envelope, TLSSetupException, syntax

from ..errors import StringeexError, ValidationError

log = logging.getLogger(__name__)

RecipientResolver = Callable[[str], Awaitable[int | None]]
Deliverer = Callable[[bytes, list[int], str, list[str]], Awaitable[None]]

OK_QUEUED = "250 2.0.0 OK queued"
TEMP_FAILURE = "451 4.3.0 Temporary failure, try again later"

SESSION_TIMEOUT = 300.0
# RFC 5321 4.5.3.1.8: a server must accept at least 100 recipients per message.
MAX_RECIPIENTS = 100
# aiosmtpd's default budget for every command, except those a relay repeats per message
# when it reuses one connection for many messages.
COMMAND_CALL_LIMITS = {"*": CALL_LIMIT_DEFAULT, "MAIL": 1000, "RCPT": 1000 * MAX_RECIPIENTS,
                       "DATA": 1000, "RSET": 1000, "NOOP": 1000}
# A delivery that has read its DATA finishes even if the session is cut; stop() waits this
# long for such commits before giving up on them.
DELIVERY_DEADLINE = 60.0

_LOCAL_PART = re.compile(r"[a-z0-9._+-]{1,64}", re.IGNORECASE | re.ASCII)
# The recipient exactly as the client wrote it: `<addr>` or a bare addr, then only
# whitespace-separated parameters (which aiosmtpd has already validated).
_RCPT_ARG = re.compile(r"TO:\s*(?:<([^<>]*)>|([^<>\s]+))(?=\s|\Z)", re.IGNORECASE | re.ASCII)
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_HOSTNAME = re.compile(
    r"(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*\.?",
    re.IGNORECASE | re.ASCII)
_PORT = re.compile(r"[0-9]{1,5}", re.ASCII)


def parse_hostport(text: str, default_host: str = "127.0.0.1") -> tuple[str, int]:
    """Reads the `serve --smtp/--lmtp` value; IPv6 needs brackets so the port is unambiguous."""
    bad = ValidationError(f"bad listen address {text!r}: expected HOST:PORT, "
                          "e.g. 127.0.0.1:2525, [::1]:25 or :2525")
    if text.startswith("["):
        host, closed, rest = text[1:].partition("]")
        if not closed or not rest.startswith(":"):
            raise bad
        port_text = rest[1:]
        try:
            version = ipaddress.ip_address(host).version
        except ValueError:
            raise bad from None
        if version != 6:
            raise bad
    else:
        host, colon, port_text = text.rpartition(":")
        if not colon or ":" in host:
            raise bad
        host = host or default_host
        if not _HOSTNAME.fullmatch(host):
            raise bad
    if not _PORT.fullmatch(port_text) or int(port_text) > 65535:
        raise bad
    return host, int(port_text)


def _shown(text: str) -> str:
    """An address safe to echo in a reply line: printable ASCII, bounded length."""
    clean = "".join(c if " " < c < "\x7f" else "?" for c in text)
    return clean if len(clean) <= 100 else clean[:100] + "..."


def _no_such_mailbox(address: str) -> str:
    return f"550 5.1.1 <{_shown(address)}>: no such mailbox here"


_PLAIN_PATH = re.compile(r"\s*<([A-Za-z0-9._+-]{1,64}@[A-Za-z0-9.-]{1,253})>(.*)\Z", re.S)


class _Envelope(Envelope):
    def __init__(self) -> None:
        super().__init__()
        self.mailbox_ids: list[int] = []


class _StrictSession:
    """Mixed into aiosmtpd's SMTP and LMTP to close the gaps listed in the module docstring."""

    def __init__(self, handler: _Handler, *, too_big: str, **kwargs) -> None:
        self.command_size_limits = collections.defaultdict(lambda: SMTP.command_size_limit)
        self.rcpt_arg = ""
        self._too_big = too_big
        super().__init__(handler, **kwargs)

    def _create_envelope(self) -> Envelope:
        return _Envelope()

    async def push(self, status: str | bytes) -> None:
        # aiosmtpd's only 552: SIZE= over the limit at MAIL (DATA is read by smtp_DATA here).
        if isinstance(status, str) and status.startswith("552 Error:"):
            status = self._too_big
        await super().push(status)

    def _getaddr(self, arg: str) -> tuple[str | None, str | None]:
        """The plain `<local@domain>` form without aiosmtpd's costly general parser."""
        match = _PLAIN_PATH.match(arg or "")
        if match:
            return match.group(1), match.group(2)
        return super()._getaddr(arg)

    @syntax("DATA")
    async def smtp_DATA(self, arg: str | None) -> None:
        if await self.check_helo_needed() or await self.check_auth_needed("DATA"):
            return
        if not self.envelope.rcpt_tos:
            await self.push("503 Error: need RCPT command")
            return
        if arg:
            await self.push("501 Syntax: DATA")
            return
        await self.push("354 End data with <CR><LF>.<CR><LF>")
        content = await self._read_data()
        if content is None:
            status = self._too_big
        else:
            self.envelope.content = self.envelope.original_content = content
            status = await self.event_handler.handle_DATA(self, self.session, self.envelope)
        self._set_post_data_state()
        await self.push(status)

    async def _read_data(self) -> bytes | None:
        """The message up to the lone dot, unstuffed; None when it is over the size limit (read
        to its end all the same, keeping nothing, so the session can go on)."""
        kept: list[bytes] = []
        size = 0
        line_start = True
        while True:
            try:
                piece = await self._reader.readuntil(b"\r\n")
            except asyncio.LimitOverrunError as error:
                # A line longer than the reader's buffer arrives in pieces.
                piece = await self._reader.read(error.consumed)
            if line_start and piece == b".\r\n":
                return b"".join(kept) if size <= self.data_size_limit else None
            size += len(piece)
            if size <= self.data_size_limit:
                kept.append(piece[1:] if line_start and piece.startswith(b".") else piece)
            else:
                kept.clear()
            line_start = piece.endswith(b"\r\n")

    @syntax("RCPT TO: <address>", extended=" [SP <mail-parameters>]")
    async def smtp_RCPT(self, arg: str | None) -> None:
        self.rcpt_arg = arg or ""
        await super().smtp_RCPT(arg)

    async def smtp_AUTH(self, arg: str | None) -> None:
        await self.push("502 5.5.1 AUTH not offered: this server only receives mail for "
                        "its own mailboxes")


class _SmtpSession(_StrictSession, SMTP):
    pass


class _LmtpSession(_StrictSession, LMTP):
    pass


class _Handler:
    """aiosmtpd hooks: recipient policy and the delivery hand-off."""

    def __init__(self, listener: InboundListener, *, lmtp: bool) -> None:
        self._listener = listener
        self._lmtp = lmtp

    async def handle_EHLO(self, server, session, envelope, hostname, responses):
        # With this hook aiosmtpd leaves recording the client's name to us.
        session.host_name = hostname
        return [line for line in responses if not line[4:].upper().startswith("AUTH")]

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        if _CONTROL.search(address):
            return "553 5.1.7 Malformed sender address"
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 2.1.0 OK"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if len(envelope.rcpt_tos) >= MAX_RECIPIENTS:
            return "452 4.5.3 Too many recipients"
        match = _RCPT_ARG.match(server.rcpt_arg)
        if match is None:
            return "501 5.1.3 Bad recipient address syntax"
        given = match.group(1) if match.group(1) is not None else match.group(2)
        try:
            mailbox_id = await self._listener._lookup(given)
        except Exception:
            log.exception("Recipient lookup failed; answered 451")
            return TEMP_FAILURE
        if mailbox_id is None:
            return _no_such_mailbox(given)
        envelope.rcpt_tos.append(given)
        envelope.rcpt_options.extend(rcpt_options)
        envelope.mailbox_ids.append(mailbox_id)
        return "250 2.1.5 OK"

    async def handle_DATA(self, server, session, envelope):
        sender = "" if envelope.mail_from == "<>" else envelope.mail_from
        recipients: dict[str, str] = {}
        for rcpt in envelope.rcpt_tos:
            recipients.setdefault(rcpt.lower(), rcpt)
        delivered = await self._listener._deliver_shielded(
            envelope.original_content, list(dict.fromkeys(envelope.mailbox_ids)), sender,
            list(recipients.values()))
        reply = OK_QUEUED if delivered else TEMP_FAILURE
        if self._lmtp:
            # RFC 2033: one reply per accepted RCPT; one commit, so all share its outcome.
            return "\r\n".join([reply] * len(envelope.rcpt_tos))
        return reply

    async def handle_exception(self, error: Exception) -> str:
        if isinstance(error, TLSSetupException):
            log.warning("Inbound STARTTLS handshake failed: %s", error.__cause__)
        else:
            log.exception("Inbound session error; answered 451")
        return TEMP_FAILURE


class InboundListener:
    """Accepts mail for the portal's active internal emails and hands it to the core."""

    def __init__(self, *, resolve: RecipientResolver, deliver: Deliverer,
                 domain_getter: Callable[[], str], max_size: int = 25 * 1024 * 1024,
                 tls_context: ssl.SSLContext | None = None, hostname: str | None = None,
                 stop_grace: float = 5.0) -> None:
        if max_size < 1:
            raise ValueError("max_size must be positive")
        self._resolve = resolve
        self._deliver = deliver
        self._domain_getter = domain_getter
        self._max_size = max_size
        self._tls_context = tls_context
        self._hostname = hostname
        self._stop_grace = stop_grace
        self._servers: list[asyncio.Server] = []
        self._deliveries: set[asyncio.Task[bool]] = set()

    async def start_smtp(self, host: str, port: int) -> tuple[str, int]:
        return await self._start(_SmtpSession, "smtp", host, port)

    async def start_lmtp(self, host: str, port: int) -> tuple[str, int]:
        return await self._start(_LmtpSession, "lmtp", host, port)

    async def stop(self) -> None:
        """Stops accepting, lets sessions finish within the grace, then cuts the rest."""
        servers, self._servers = self._servers, []
        for server in servers:
            server.close()
        try:
            async with asyncio.timeout(self._stop_grace):
                await asyncio.gather(*(server.wait_closed() for server in servers))
        except TimeoutError:
            for server in servers:
                server.abort_clients()
            await asyncio.gather(*(server.wait_closed() for server in servers))
        if self._deliveries:
            _, late = await asyncio.wait(self._deliveries, timeout=DELIVERY_DEADLINE)
            for task in late:
                log.error("Inbound delivery still running at shutdown; cancelled")
                task.cancel()

    async def _start(self, session_class: type[SMTP], kind: str, host: str,
                     port: int) -> tuple[str, int]:
        loop = asyncio.get_running_loop()
        if self._hostname is None:
            # aiosmtpd would otherwise call getfqdn() (a blocking DNS query) per connection.
            self._hostname = await asyncio.to_thread(socket.getfqdn)
        handler = _Handler(self, lmtp=kind == "lmtp")
        too_big = f"552 5.3.4 Message too big (limit {self._max_size} bytes)"

        def new_session() -> SMTP:
            return session_class(
                handler, too_big=too_big, data_size_limit=self._max_size, decode_data=False,
                enable_SMTPUTF8=False, hostname=self._hostname,
                ident=f"StringeeX {'LMTP' if kind == 'lmtp' else 'ESMTP'}",
                tls_context=self._tls_context, require_starttls=False,
                timeout=SESSION_TIMEOUT, command_call_limit=COMMAND_CALL_LIMITS, loop=loop)

        try:
            server = await loop.create_server(new_session, host, port)
        except OSError as exc:
            raise StringeexError(
                f"cannot listen for {kind} on {host}:{port}: {exc.strerror or exc}") from exc
        self._servers.append(server)
        bound = server.sockets[0].getsockname()
        return bound[0], bound[1]

    async def _lookup(self, address: str) -> int | None:
        """Only well-formed addresses of the portal domain ever reach the resolver."""
        local, at, domain = address.rpartition("@")
        portal = self._domain_getter()
        if not at or not portal or domain.lower() != portal.lower():
            return None
        if not _LOCAL_PART.fullmatch(local):
            return None
        return await self._resolve(address)

    async def _deliver_shielded(self, raw: bytes, mailbox_ids: list[int], sender: str,
                                recipients: list[str]) -> bool:
        """A client hanging up after its final dot must not cancel a commit half-way."""
        task = asyncio.ensure_future(self._deliver_logged(raw, mailbox_ids, sender, recipients))
        self._deliveries.add(task)
        task.add_done_callback(self._deliveries.discard)
        return await asyncio.shield(task)

    async def _deliver_logged(self, raw: bytes, mailbox_ids: list[int], sender: str,
                              recipients: list[str]) -> bool:
        try:
            await self._deliver(raw, mailbox_ids, sender, recipients)
        except Exception:
            log.exception("Inbound delivery of %d bytes to mailbox ids %s failed; answered 451",
                          len(raw), mailbox_ids)
            return False
        return True
