"""Reading a Gmail inbox over IMAP (implicit TLS, XOAUTH2) with aioimaplib: protocol only.

aioimaplib 2.0.3 has sharp edges (DESIGN.md section 8), handled here so the sync service
never meets them: a dropped connection is not reported to the pending command (we watch
`conn_lost_cb`), a refused XOAUTH2 waits forever for the client's empty line (we send it),
EXAMINE leaves its state machine in AUTH (we move it to SELECTED), and `UID SEARCH UID n:*`
answers the highest UID even when it is below n (RFC 3501; we filter). Every wait has a
deadline. The mailbox is opened read-only (EXAMINE) and bodies are fetched with
`BODY.PEEK[]`, so nothing on the server is ever marked read or deleted.
"""

from __future__ import annotations

import asyncio
import base64
import re
import ssl
from dataclasses import dataclass
from datetime import date

import aioimaplib
from imapclient.exceptions import ProtocolError
from imapclient.response_parser import parse_fetch_response

from ..errors import ConnectionTestError

DEFAULT_TIMEOUT = 60.0
FETCH_DEADLINE_FACTOR = 10   # a batch may take long; each read still has DEFAULT_TIMEOUT
_STATUS_CODE = re.compile(rb"\[(UIDVALIDITY|UIDNEXT|HIGHESTMODSEQ) (\d+)\]")
_EXISTS = re.compile(rb"^(\d+) EXISTS")
_FETCH_PREFIX = re.compile(rb"^(\d+) FETCH ")
_LITERAL = re.compile(rb"\{(\d+)\}$")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True)
class MailboxStatus:
    uidvalidity: int
    uidnext: int | None
    highestmodseq: int | None
    exists: int


@dataclass(frozen=True)
class FetchedMessage:
    uid: int
    raw: bytes


def xoauth2_string(user: str, token: str) -> str:
    return base64.b64encode(f"user={user}\1auth=Bearer {token}\1\1".encode()).decode("ascii")


class ImapSession:
    """One authenticated connection with INBOX (or another folder) examined."""

    def __init__(self, client: aioimaplib.IMAP4_SSL, host: str, timeout: float):
        self._client = client
        self._host = host
        self.timeout = timeout
        self._lost = asyncio.Event()
        client.protocol.conn_lost_cb = lambda exc: self._lost.set()

    @property
    def lost(self) -> bool:
        return self._lost.is_set()

    @classmethod
    async def connect(cls, host: str, port: int, user: str, token: str, *,
                      ssl_context: ssl.SSLContext | None = None,
                      timeout: float = DEFAULT_TIMEOUT) -> ImapSession:
        """TLS from the first byte, certificate verified (system store, SSL_CERT_FILE)."""
        context = ssl_context or ssl.create_default_context()
        client = aioimaplib.IMAP4_SSL(host, port, timeout=timeout, ssl_context=context)
        session = cls(client, host, timeout)
        try:
            await session._hello()
            await session._authenticate(user, token)
        except BaseException:
            session.abort()
            raise
        return session

    async def _hello(self) -> None:
        try:
            await asyncio.wait_for(self._client.wait_hello_from_server(), self.timeout)
        except ssl.SSLCertVerificationError as exc:
            raise ConnectionTestError(f"certificate not trusted for host {self._host}",
                                      exc.verify_message or str(exc)) from exc
        except ConnectionRefusedError as exc:
            raise ConnectionTestError("connection refused", f"{self._host}") from exc
        except (TimeoutError, asyncio.TimeoutError) as exc:
            raise ConnectionTestError("timed out", f"no greeting from {self._host}") from exc
        except OSError as exc:
            raise ConnectionTestError("connection failed", str(exc)) from exc

    async def _authenticate(self, user: str, token: str) -> None:
        protocol = self._client.protocol
        if "AUTH=XOAUTH2" not in protocol.capabilities:
            raise ConnectionTestError("authentication failed",
                                      f"{self._host} does not offer XOAUTH2")
        command = aioimaplib.Command("AUTHENTICATE", protocol.new_tag(), "XOAUTH2",
                                     xoauth2_string(user, token), loop=protocol.loop)

        answered = []

        def answer_challenge() -> None:
            """A refused token comes back as a `+` challenge that waits for an empty line."""
            lines = command.response.lines
            if (not answered and lines and bytes(lines[-1]).startswith(b"+")
                    and not self.lost):
                answered.append(True)
                protocol.transport.write(b"\r\n")

        command.flush = answer_challenge
        response = await self._call(protocol.execute(command, scrub=token), "AUTHENTICATE")
        if response.result != "OK":
            detail = _text(response.lines[-1]) if response.lines else ""
            raise ConnectionTestError("authentication failed", detail)
        protocol.state = aioimaplib.AUTH
        await self._call(protocol.capability(), "CAPABILITY")  # they change after login

    def has_capability(self, name: str) -> bool:
        return name in self._client.protocol.capabilities

    async def examine(self, folder: str = "INBOX") -> MailboxStatus:
        """Read-only select, with CONDSTORE when offered so HIGHESTMODSEQ comes back."""
        protocol = self._client.protocol
        args = [folder] + (["(CONDSTORE)"] if self.has_capability("CONDSTORE") else [])
        response = await self._call(protocol.simple_command("EXAMINE", *args), "EXAMINE")
        if response.result != "OK":
            raise ConnectionTestError("mailbox not available",
                                      f"{folder}: {_text(response.lines[-1])}")
        protocol.state = aioimaplib.SELECTED  # simple_command leaves aioimaplib in AUTH
        codes: dict[bytes, int] = {}
        exists = 0
        for line in response.lines:
            line = bytes(line)
            for name, value in _STATUS_CODE.findall(line):
                codes[name] = int(value)
            match = _EXISTS.match(line)
            if match:
                exists = int(match.group(1))
        if b"UIDVALIDITY" not in codes:
            raise ConnectionTestError("mailbox not available", f"{folder} has no UIDVALIDITY")
        return MailboxStatus(codes[b"UIDVALIDITY"], codes.get(b"UIDNEXT"),
                             codes.get(b"HIGHESTMODSEQ"), exists)

    async def search_uids(self, start_uid: int = 1, since: date | None = None) -> list[int]:
        """UIDs from `start_uid` up (arrived on or after `since`), ascending."""
        criteria = [f"UID {start_uid}:*"]
        if since is not None:
            criteria.append(f"SINCE {since.day}-{_MONTHS[since.month - 1]}-{since.year}")
        response = await self._call(
            self._client.protocol.search(*criteria, charset=None, by_uid=True), "UID SEARCH")
        if response.result != "OK":
            raise ConnectionTestError("search failed", _text(response.lines[-1]))
        uids: set[int] = set()
        for line in response.lines[:-1]:  # aioimaplib strips `* SEARCH`; the last is the tag's
            numbers = bytes(line).removeprefix(b"SEARCH").split()
            if all(n.isdigit() for n in numbers):
                uids.update(map(int, numbers))
        # `n:*` always matches the highest UID, even below n (RFC 3501 section 6.4.8)
        return sorted(uid for uid in uids if uid >= start_uid)

    async def fetch(self, uids: list[int]) -> list[FetchedMessage]:
        """Whole messages, unread flags untouched. Keep batches to 100-250: aioimaplib
        recurses per line and rescans its buffer, so big batches overflow or crawl."""
        if not uids:
            return []
        response = await self._call(
            self._client.protocol.fetch(",".join(map(str, uids)), "(UID BODY.PEEK[])",
                                        by_uid=True, timeout=self.timeout),
            "UID FETCH", deadline=self.timeout * FETCH_DEADLINE_FACTOR)
        if response.result != "OK":
            raise ConnectionTestError("fetch failed", _text(response.lines[-1]))
        try:
            parsed = parse_fetch_response(_imaplib_shape(response.lines), uid_is_key=True)
        except ProtocolError as exc:
            raise ConnectionTestError("protocol error", f"UID FETCH answer: {exc}") from exc
        wanted = set(uids)
        return [FetchedMessage(uid, bytes(data[b"BODY[]"])) for uid, data in sorted(parsed.items())
                if uid in wanted and data.get(b"BODY[]") is not None]

    async def idle(self, deadline: float) -> bool:
        """Wait for new mail up to `deadline` seconds; True when the server said EXISTS."""
        client = self._client
        while not client.protocol.idle_queue.empty():
            client.protocol.idle_queue.get_nowait()
        idle = await self._call(client.idle_start(timeout=deadline), "IDLE")
        woke = False
        try:
            loop = asyncio.get_running_loop()
            end = loop.time() + deadline
            while not woke and (remaining := end - loop.time()) > 0:
                try:
                    lines = await self._call(client.protocol.idle_queue.get(), "IDLE",
                                             deadline=remaining)
                except ConnectionTestError as exc:
                    if exc.step != "timed out":
                        raise
                    break
                if lines == aioimaplib.STOP_WAIT_SERVER_PUSH:
                    break
                woke = any(_EXISTS.match(bytes(line)) for line in lines)
        finally:
            if not self.lost and client.protocol.has_pending_idle_command():
                client.idle_done()
        await self._call(idle, "IDLE DONE")
        return woke

    def abort(self) -> None:
        """Close at once: the sync never needs a polite LOGOUT, and a deactivated mailbox
        must stop within a second."""
        transport = self._client.protocol.transport
        if transport is not None:
            transport.close()
        else:
            self._client._client_task.cancel()

    async def _call(self, awaitable, what: str, *, deadline: float | None = None):
        """Await one IMAP exchange under a deadline, failing fast if the connection drops."""
        task = asyncio.ensure_future(awaitable)
        lost = asyncio.ensure_future(self._lost.wait())
        try:
            done, _ = await asyncio.wait_for(
                asyncio.wait({task, lost}, return_when=asyncio.FIRST_COMPLETED),
                deadline or self.timeout)
        except (TimeoutError, asyncio.TimeoutError):
            task.cancel()
            raise ConnectionTestError("timed out", f"no answer to {what} from {self._host} "
                                                   f"within {deadline or self.timeout:g} s")
        finally:
            lost.cancel()
        if task not in done:
            task.cancel()
            raise ConnectionTestError("connection lost", f"{self._host} closed the connection "
                                                         f"during {what}")
        try:
            return task.result()
        except aioimaplib.CommandTimeout as exc:
            raise ConnectionTestError("timed out", f"{what} stalled on {self._host}") from exc
        except aioimaplib.AioImapException as exc:
            raise ConnectionTestError("protocol error", f"{what}: {exc}") from exc


def _text(line) -> str:
    return bytes(line).decode("utf-8", "replace")[:300]


def _imaplib_shape(lines: list) -> list:
    """aioimaplib's FETCH lines into imaplib's shape, which imapclient's parser reads:
    `N (...{size}` joined with its literal as a tuple, `FETCH` dropped."""
    shaped: list = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if isinstance(line, bytearray):  # a literal without its line: not FETCH data
            index += 1
            continue
        match = _FETCH_PREFIX.match(line)
        if match:
            line = match.group(1) + b" " + line[match.end():]
        elif not shaped or not line.startswith(b")") and not line.startswith(b" "):
            index += 1  # the tagged result text, or an untagged response of another kind
            continue
        if _LITERAL.search(line) and index + 1 < len(lines) and isinstance(lines[index + 1],
                                                                           bytearray):
            shaped.append((line, bytes(lines[index + 1])))
            index += 2
        else:
            shaped.append(line)
            index += 1
    return shaped
