"""Real SMTP servers (aiosmtpd) for tests: TLS from trustme, AUTH, and scripted failures.

Each server runs in its own thread and event loop on a free 127.0.0.1 port, so clients on
the test's loop, in a qasync loop or in a subprocess (swaks, the CLI) all talk to it alike.

    with RecordingSmtpServer(tls=TlsMaterial(), tls_mode="starttls",
                             auth=("user", "secret")) as server:
        ...  # connect to server.host, server.port
        assert server.messages[0].rcpt_tos == ["to@example.com"]
"""

from __future__ import annotations

import json
import ssl
import threading
from base64 import b64decode
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import trustme
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword

HOST = "127.0.0.1"
SERVER_NAME = "peer.test"
DROP = "drop"
"""A `data_script` entry: close the connection in the middle of DATA, without a reply."""


class TlsMaterial:
    """A private CA and one certificate for 127.0.0.1 and localhost.

    Clients trust it with `client_context()`, or process-wide with SSL_CERT_FILE pointed at
    `write_ca_file(...)` (how a CLI subprocess learns to trust it).
    """

    def __init__(self, *hosts: str):
        self.ca = trustme.CA()
        self.cert = self.ca.issue_cert(*(hosts or (HOST, "localhost")))

    def server_context(self) -> ssl.SSLContext:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        self.cert.configure_cert(context)
        return context

    def client_context(self) -> ssl.SSLContext:
        context = ssl.create_default_context()
        self.ca.configure_trust(context)
        return context

    def write_ca_file(self, path: str | Path) -> Path:
        path = Path(path)
        self.ca.cert_pem.write_to_path(str(path))
        return path

    def write_cert_files(self, directory: str | Path) -> tuple[Path, Path]:
        """Certificate chain and key as PEM files, for servers started with --tls-cert/--tls-key."""
        directory = Path(directory)
        cert, key = directory / "server.crt", directory / "server.key"
        with cert.open("wb") as out:
            for blob in self.cert.cert_chain_pems:
                out.write(blob.bytes())
        self.cert.private_key_pem.write_to_path(str(key))
        return cert, key


@dataclass(frozen=True)
class ReceivedMessage:
    mail_from: str
    rcpt_tos: list[str]
    content: bytes
    peer: tuple
    tls: bool
    auth_user: str | None


class _Handler:
    """aiosmtpd hooks: they run on the server's thread and loop."""

    def __init__(self, owner: RecordingSmtpServer):
        self.owner = owner

    async def handle_EHLO(self, server, session, envelope, hostname, responses):
        """Like a real server without SASL: no bare `AUTH` line when no mechanism is on."""
        session.host_name = hostname
        return [line for line in responses if line.strip() != "250-AUTH"]

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        if self.owner.requires_auth and not session.authenticated:
            return "530 5.7.0 Authentication required"
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 2.1.0 OK"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        reply = self.owner.reject_rcpt.get(address)
        if reply:
            return reply
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(rcpt_options)
        return "250 2.1.5 OK"

    async def handle_DATA(self, server, session, envelope):
        if server.scripted_reply:
            return server.scripted_reply
        transport = server.transport
        message = ReceivedMessage(
            mail_from=envelope.mail_from,
            rcpt_tos=list(envelope.rcpt_tos),
            content=envelope.original_content,
            peer=session.peer,
            tls=transport is not None and transport.get_extra_info("ssl_object") is not None,
            auth_user=session.auth_data if session.authenticated else None,
        )
        return f"250 2.0.0 OK: queued as {self.owner._record(message)}"

    def authenticate(self, server, session, envelope, mechanism, auth_data):
        """PLAIN and LOGIN against the fixed user and password."""
        self.owner._note_auth(mechanism)
        user, password = self.owner.auth
        ok = (isinstance(auth_data, LoginPassword)
              and auth_data.login == user.encode() and auth_data.password == password.encode())
        # handled=False: aiosmtpd then answers 535 itself; True would leave the client waiting.
        return AuthResult(success=ok, handled=False, auth_data=user if ok else None)

    async def auth_XOAUTH2(self, server, args):
        """Gmail's behaviour: on a bad token a 334 JSON challenge, then 535 after the empty reply."""
        self.owner._note_auth("XOAUTH2")
        if len(args) == 2:
            try:
                blob = b64decode(args[1], validate=True)
            except ValueError:
                await server.push("501 5.5.2 Can't decode base64")
                return AuthResult(success=False, handled=True)
        else:
            blob = await server.challenge_auth("")
            if not isinstance(blob, bytes):
                return AuthResult(success=False, handled=True)
        user = self.owner.xoauth2_user(blob)
        if user is not None:
            return AuthResult(success=True, auth_data=user)
        await server.challenge_auth(json.dumps(
            {"status": "401", "schemes": "Bearer", "scope": "https://mail.google.com/"}))
        return AuthResult(success=False, handled=False,
                          message="535 5.7.8 Username and Password not accepted")


class _PeerSMTP(SMTP):
    """Counts client connections and can drop one in the middle of DATA."""

    def __init__(self, owner: RecordingSmtpServer, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.owner = owner
        self.counted = False
        self.scripted_reply: str | None = None

    def _note_client(self) -> None:
        if not self.counted:
            self.counted = True
            self.owner._count_connection()

    async def smtp_EHLO(self, hostname: str):
        self._note_client()
        await super().smtp_EHLO(hostname)

    async def smtp_HELO(self, hostname: str):
        self._note_client()
        await super().smtp_HELO(hostname)

    async def smtp_DATA(self, arg: str) -> None:
        if self.envelope is None or not self.envelope.rcpt_tos:
            await super().smtp_DATA(arg)
            return
        action = self.owner._next_data_action()
        if action == DROP:
            await self.push("354 End data with <CR><LF>.<CR><LF>")
            await self._reader.readline()
            self.transport.abort()
            return
        self.scripted_reply = action
        await super().smtp_DATA(arg)


class _Controller(Controller):
    def __init__(self, owner: RecordingSmtpServer, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.owner = owner

    def factory(self):
        return _PeerSMTP(self.owner, self.handler, **self.SMTP_kwargs)

    def _trigger_server(self):
        # Port 0 asked the OS for a free port; learn it before the start-up probe uses it.
        self.port = self.server.sockets[0].getsockname()[1]
        super()._trigger_server()


class RecordingSmtpServer:
    """An SMTP server that keeps what it accepts in `messages`.

    tls + tls_mode: "starttls" (offered; AUTH only after it) or "implicit" (TLS from the
    first byte, as on port 465). auth=(user, password) enables PLAIN/LOGIN; xoauth2=(user,
    token), or a check (user, token) -> bool (e.g. asking an OAuth peer), enables
    XOAUTH2; with either, MAIL needs a successful AUTH first.
    data_script: replies to successive DATA commands ("451 4.3.0 ..." or DROP), then
    acceptance; always_reply: the reply to every DATA (e.g. "554 5.7.1 ...").
    reject_rcpt: recipient -> reply for refused recipients. port: 0 picks a free one.
    `connections` counts clients that said EHLO/HELO; `auth_attempts` lists AUTH mechanisms tried.
    """

    def __init__(self, *, tls: TlsMaterial | None = None, tls_mode: str = "starttls",
                 auth: tuple[str, str] | None = None,
                 xoauth2: tuple[str, str] | Callable[[str, str], bool] | None = None,
                 data_script: list[str] | tuple[str, ...] = (), always_reply: str | None = None,
                 reject_rcpt: dict[str, str] | None = None, port: int = 0):
        if tls_mode not in ("starttls", "implicit"):
            raise ValueError(f"tls_mode must be starttls or implicit, not {tls_mode!r}")
        self.tls = tls
        self.tls_mode = tls_mode
        self.auth = auth
        self.xoauth2 = xoauth2
        self.requires_auth = bool(auth or xoauth2)
        self.reject_rcpt = dict(reject_rcpt or {})
        self.always_reply = always_reply
        self.messages: list[ReceivedMessage] = []
        self.auth_attempts: list[str] = []
        self.connections = 0
        self.host = HOST
        self.port = port
        self._script = list(data_script)
        self._lock = threading.Lock()
        self._controller: _Controller | None = None

    @property
    def address(self) -> str:
        return f"{self.host}:{self.port}"

    def start(self) -> RecordingSmtpServer:
        excluded = []
        if not self.auth:
            excluded += ["PLAIN", "LOGIN"]
        if not self.xoauth2:
            excluded.append("XOAUTH2")
        implicit = self.tls is not None and self.tls_mode == "implicit"
        starttls = self.tls is not None and self.tls_mode == "starttls"
        handler = _Handler(self)
        controller = _Controller(
            self, handler, hostname=self.host, port=self.port,
            server_hostname=SERVER_NAME,
            ssl_context=self.tls.server_context() if implicit else None,
            tls_context=self.tls.server_context() if starttls else None,
            # aiosmtpd does not see implicit TLS as TLS: requiring it would refuse AUTH there.
            auth_require_tls=starttls,
            auth_exclude_mechanism=excluded,
            authenticator=handler.authenticate if self.auth else None,
        )
        controller.start()
        self._controller = controller
        self.port = controller.port
        return self

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    def __enter__(self) -> RecordingSmtpServer:
        return self.start()

    def __exit__(self, *exc_info) -> None:
        self.stop()

    def xoauth2_user(self, blob: bytes) -> str | None:
        """The user an XOAUTH2 initial response signs in, when its token is accepted."""
        if callable(self.xoauth2):
            fields = dict(part.split("=", 1) for part in blob.decode("utf-8", "replace")
                          .split("\x01") if "=" in part)
            user, token = fields.get("user", ""), fields.get("auth", "").removeprefix("Bearer ")
            return user if user and self.xoauth2(user, token) else None
        user, token = self.xoauth2
        return user if blob == f"user={user}\x01auth=Bearer {token}\x01\x01".encode() else None

    def _record(self, message: ReceivedMessage) -> int:
        with self._lock:
            self.messages.append(message)
            return len(self.messages)

    def _note_auth(self, mechanism: str) -> None:
        with self._lock:
            self.auth_attempts.append(mechanism)

    def _count_connection(self) -> None:
        with self._lock:
            self.connections += 1

    def _next_data_action(self) -> str | None:
        with self._lock:
            if self.always_reply:
                return self.always_reply
            return self._script.pop(0) if self._script else None
