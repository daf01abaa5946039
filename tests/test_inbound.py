"""The inbound listener against real clients: smtplib, swaks (multi-recipient LMTP), raw sockets.

The listener runs on an asyncio loop in a background thread, as the core's loop would; the
blocking clients run in the test thread.
"""

import asyncio
import gc
import logging
import re
import shutil
import smtplib
import socket
import ssl
import subprocess
import threading
import tracemalloc
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import psutil
import pytest
import trustme

from stringeex_desktop.core.errors import StringeexError, ValidationError
from stringeex_desktop.core.mail.inbound import InboundListener, parse_hostport

pytestmark = pytest.mark.timeout(60)

HOST = "127.0.0.1"
DOMAIN = "example.com"
MAILBOXES = {"sales@example.com": 1, "support@example.com": 2}
SENDER = "alice@customer.test"
STRICT_ADDRESS = re.compile(r"[a-z0-9._+-]{1,64}@example\.com", re.IGNORECASE | re.ASCII)
OK = b"2.0.0 OK queued"
TOO_BIG = b"5.3.4 Message too big (limit 1000 bytes)"
TEMP = b"4.3.0 Temporary failure, try again later"

RAW = (b"From: Alice <alice@customer.test>\r\n"
       b"To: sales@example.com\r\n"
       b"Subject: =?utf-8?q?Xin_ch=C3=A0o?=\r\n"
       b"Message-ID: <1@customer.test>\r\n"
       b"Content-Type: text/plain; charset=utf-8\r\n"
       b"Content-Transfer-Encoding: 8bit\r\n"
       b"\r\n"
       b"Ch\xc3\xa0o b\xe1\xba\xa1n, SECRET-BODY-MARKER\r\n"
       b".a line that starts with a dot\r\n"
       b"..and one with two\r\n"
       b"  spaces kept  \r\n"
       b"From the desk\r\n")


@dataclass
class Delivery:
    raw: bytes
    mailbox_ids: list[int]
    sender: str
    recipients: list[str]


class Mail:
    """A resolver over MAILBOXES and a deliverer recording into a list; both can be made to fail."""

    def __init__(self):
        self.domain = DOMAIN
        self.lookups: list[str] = []
        self.deliveries: list[Delivery] = []
        self.fail_lookup = False
        self.fail_delivery = False
        self.entered = threading.Event()
        self.release: threading.Event | None = None

    async def resolve(self, address: str) -> int | None:
        self.lookups.append(address)
        if self.fail_lookup:
            raise RuntimeError("store unavailable")
        return MAILBOXES.get(address.lower())

    async def deliver(self, raw: bytes, mailbox_ids: list[int], sender: str,
                      recipients: list[str]) -> None:
        self.entered.set()
        if self.release is not None:
            await asyncio.to_thread(self.release.wait, 30)
        await asyncio.sleep(0)
        if self.fail_delivery:
            raise RuntimeError("database is locked")
        self.deliveries.append(Delivery(raw, mailbox_ids, sender, recipients))


@dataclass
class Peer:
    listener: InboundListener
    port: int
    mail: Mail
    loop: asyncio.AbstractEventLoop

    def smtp(self) -> smtplib.SMTP:
        return smtplib.SMTP(HOST, self.port, local_hostname="client.test", timeout=10)

    def stop(self) -> None:
        on(self.loop, self.listener.stop())


class RawClient:
    """Speaks bytes the polite clients refuse to send."""

    def __init__(self, port: int):
        self.sock = socket.create_connection((HOST, port), timeout=10)
        self.file = self.sock.makefile("rb")
        self.greeting = self.reply()

    def reply(self) -> str:
        lines = []
        while True:
            line = self.file.readline()
            if not line:
                raise ConnectionError("server closed the connection")
            lines.append(line.decode("ascii").rstrip("\r\n"))
            if line[3:4] != b"-":
                return "\n".join(lines)

    def cmd(self, line: bytes) -> str:
        self.sock.sendall(line + b"\r\n")
        return self.reply()

    def close(self) -> None:
        self.file.close()
        self.sock.close()


def on(loop: asyncio.AbstractEventLoop, coro):
    return asyncio.run_coroutine_threadsafe(coro, loop).result(timeout=30)


@pytest.fixture
def loop():
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    yield loop
    loop.call_soon_threadsafe(loop.stop)
    thread.join()
    loop.close()


@pytest.fixture
def start(loop):
    listeners = []

    def start(kind: str = "smtp", **options) -> Peer:
        mail = Mail()
        listener = InboundListener(resolve=mail.resolve, deliver=mail.deliver,
                                   domain_getter=lambda: mail.domain, hostname="mx.test",
                                   **options)
        listeners.append(listener)
        begin = listener.start_lmtp if kind == "lmtp" else listener.start_smtp
        host, port = on(loop, begin(HOST, 0))
        assert host == HOST and port > 0
        return Peer(listener, port, mail, loop)

    yield start
    for listener in listeners:
        on(loop, listener.stop())


@pytest.fixture(scope="module")
def ca():
    return trustme.CA()


def server_tls(ca: trustme.CA) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert(HOST, "localhost").configure_cert(context)
    return context


def client_tls(ca: trustme.CA) -> ssl.SSLContext:
    context = ssl.create_default_context()
    ca.configure_trust(context)
    return context


def test_smtp_delivers_the_bytes_exactly_as_sent(start):
    peer = start()
    with peer.smtp() as client:
        client.ehlo()
        assert client.esmtp_features["size"] == str(25 * 1024 * 1024)
        assert client.has_extn("8bitmime")
        assert not client.has_extn("auth") and not client.has_extn("starttls")
        assert client.mail(SENDER) == (250, b"2.1.0 OK")
        assert client.rcpt("sales@example.com") == (250, b"2.1.5 OK")
        assert client.data(RAW) == (250, OK)
    assert peer.mail.deliveries == [Delivery(RAW, [1], SENDER, ["sales@example.com"])]


def test_null_sender_is_passed_as_empty_string(start):
    peer = start()
    with peer.smtp() as client:
        assert client.sendmail("", ["support@example.com"], RAW) == {}
    assert peer.mail.deliveries == [Delivery(RAW, [2], "", ["support@example.com"])]


@pytest.mark.parametrize("address, looked_up", [
    ("nobody@example.com", True),
    ("sales@example.org", False),
    ("sales@example.com.evil.test", False),
    ("sales@mx.example.com", False),
    ("sales@[127.0.0.1]", False),
    ("sales%evil.test@example.com", False),
    ("sales!evil.test@example.com", False),
    ('"sales"@example.com', False),
    ("@relay.evil.test:sales@example.com", False),
    ("sales(comment)@example.com", False),
    ("a" * 65 + "@example.com", False),
])
def test_recipients_that_are_not_ours_are_refused(start, address, looked_up):
    peer = start()
    with peer.smtp() as client:
        client.ehlo()
        client.mail(SENDER)
        code, reply = client.docmd("RCPT", f"TO:<{address}>")
        assert (code, reply) == (550, f"5.1.1 <{address}>: no such mailbox here".encode())
        assert client.docmd("DATA")[0] == 503
    assert peer.mail.lookups == ([address] if looked_up else [])
    assert peer.mail.deliveries == []


def test_local_part_and_domain_are_case_insensitive_and_passed_as_given(start):
    peer = start()
    with peer.smtp() as client:
        assert client.sendmail(SENDER, ["SALES@Example.COM"], RAW) == {}
    assert peer.mail.lookups == ["SALES@Example.COM"]
    assert peer.mail.deliveries == [Delivery(RAW, [1], SENDER, ["SALES@Example.COM"])]


def test_portal_domain_is_read_per_recipient(start):
    peer = start()
    peer.mail.domain = ""
    with peer.smtp() as client:
        client.ehlo()
        client.mail(SENDER)
        assert client.rcpt("sales@example.com")[0] == 550
        peer.mail.domain = "EXAMPLE.com"
        assert client.rcpt("sales@example.com") == (250, b"2.1.5 OK")
    assert peer.mail.lookups == ["sales@example.com"]


def test_two_recipients_make_one_delivery_with_both_mailboxes(start):
    peer = start()
    with peer.smtp() as client:
        refused = client.sendmail(SENDER, ["sales@example.com", "support@example.com",
                                           "Sales@example.com", "nobody@example.com"], RAW)
    assert refused == {"nobody@example.com":
                       (550, b"5.1.1 <nobody@example.com>: no such mailbox here")}
    assert peer.mail.deliveries == [
        Delivery(RAW, [1, 2], SENDER, ["sales@example.com", "support@example.com"])]


def test_oversize_is_refused_with_552_5_3_4_at_mail_and_after_data(start):
    peer = start(max_size=1000)
    small = b"Subject: small\r\n\r\nfits\r\n"
    big = b"Subject: big\r\n\r\n" + (b"x" * 70 + b"\r\n") * 20
    with peer.smtp() as client:
        client.ehlo()
        assert client.esmtp_features["size"] == "1000"
        assert client.mail(SENDER, ["SIZE=1001"]) == (552, TOO_BIG)
        assert client.mail(SENDER, ["SIZE=1000"]) == (250, b"2.1.0 OK")
        client.rset()
        # No SIZE= declared: the limit bites while the data streams in.
        client.mail(SENDER)
        client.rcpt("sales@example.com")
        assert client.data(big) == (552, TOO_BIG)
        assert client.sendmail(SENDER, ["sales@example.com"], small) == {}
        with pytest.raises(smtplib.SMTPSenderRefused) as refused:
            client.sendmail(SENDER, ["sales@example.com"], big)
        assert (refused.value.smtp_code, refused.value.smtp_error) == (552, TOO_BIG)
    assert [d.raw for d in peer.mail.deliveries] == [small]


def long_lines_mail(header: int, *body: int) -> bytes:
    """A header line and body lines of the given lengths; every second body line starts with a
    dot, which the client stuffs and the server must unstuff."""
    to = b"To: " + b",".join(b"r%d@customer.test" % i for i in range(header // 10))
    lines = [(b"." if i % 2 else b"<") + b"y" * (n - 1) for i, n in enumerate(body)]
    return b"\r\n".join([b"Subject: long", to[:header], b""] + lines) + b"\r\n"


def send_without_size(client: smtplib.SMTP, mail: bytes) -> tuple[int, bytes]:
    """DATA without a SIZE= declared at MAIL, so only the streamed size can refuse it."""
    client.ehlo_or_helo_if_needed()
    assert client.mail(SENDER) == (250, b"2.1.0 OK")
    assert client.rcpt("sales@example.com") == (250, b"2.1.5 OK")
    return client.data(mail)


def test_long_lines_are_accepted_and_kept_raw(start):
    peer = start()
    mail = long_lines_mail(5_000, 5_000, 200_000, 200_000)
    with peer.smtp() as client:
        assert send_without_size(client, mail) == (250, OK)
        assert client.sendmail(SENDER, ["sales@example.com"], mail) == {}
        assert client.sendmail(SENDER, ["sales@example.com"], RAW) == {}
    assert [d.raw for d in peer.mail.deliveries] == [mail, mail, RAW]


@pytest.mark.skipif(shutil.which("swaks") is None,
                    reason="swaks is not installed (apt-get install swaks)")
def test_lmtp_accepts_long_lines_for_every_recipient(start, tmp_path):
    peer = start("lmtp")
    mail = long_lines_mail(5_000, 200_000, 5_000)
    (tmp_path / "mail.eml").write_bytes(mail)
    swaks = subprocess.run(
        ["swaks", "--protocol", "LMTP", "--server", HOST, "--port", str(peer.port),
         "--helo", "client.test", "--from", SENDER,
         "--to", "sales@example.com,support@example.com",
         "--data", f"@{tmp_path / 'mail.eml'}", "--timeout", "20", "--suppress-data"],
        capture_output=True, text=True, timeout=30)
    assert swaks.returncode == 0, swaks.stdout
    [delivery] = peer.mail.deliveries
    # swaks ends the data with one line break more than the file has.
    assert (delivery.raw, delivery.mailbox_ids) == (mail + b"\r\n", [1, 2])


def test_a_long_line_over_the_size_limit_gets_552_and_is_not_kept(start):
    peer = start(max_size=300_000)
    fits = long_lines_mail(5_000, 294_979)
    over = long_lines_mail(5_000, 294_980)
    huge = b"Subject: huge\r\n\r\n" + b"z" * 2_000_000 + b"\r\n"
    assert len(fits) == 300_000
    too_big = (552, b"5.3.4 Message too big (limit 300000 bytes)")
    with peer.smtp() as client:
        assert send_without_size(client, over) == too_big
        assert send_without_size(client, huge) == too_big
        assert send_without_size(client, fits) == (250, OK)
    assert [d.raw for d in peer.mail.deliveries] == [fits]


def test_one_line_of_the_whole_default_limit_is_accepted(start):
    peer = start()
    limit = 25 * 1024 * 1024
    head = b"Subject: one line\r\n\r\n"
    whole = head + b"w" * (limit - len(head) - 2) + b"\r\n"
    with peer.smtp() as client:
        assert send_without_size(client, whole) == (250, OK)
        assert send_without_size(client, whole + b"w\r\n")[0] == 552
    assert [d.raw == whole for d in peer.mail.deliveries] == [True]


def test_a_huge_command_line_is_refused_without_being_buffered(start):
    peer = start()
    hostile = b"NOOP " + b"n" * (4 * 1024 * 1024) + b"\r\n"
    client = RawClient(peer.port)
    try:
        tracemalloc.start()
        try:
            client.sock.sendall(hostile)
            assert client.reply() == "500 Command line too long"
            assert client.cmd(b"NOOP") == "250 OK"
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    finally:
        client.close()
    assert peak < 1024 * 1024


def test_failed_delivery_answers_451_and_logs_no_content(start, caplog):
    caplog.set_level(logging.INFO, logger="stringeex_desktop.core.mail.inbound")
    peer = start()
    peer.mail.fail_delivery = True
    with peer.smtp() as client:
        with pytest.raises(smtplib.SMTPDataError) as failed:
            client.sendmail(SENDER, ["sales@example.com"], RAW)
        assert (failed.value.smtp_code, failed.value.smtp_error) == (451, TEMP)
        assert peer.mail.deliveries == []
        peer.mail.fail_delivery = False
        assert client.sendmail(SENDER, ["sales@example.com"], RAW) == {}
    assert len(peer.mail.deliveries) == 1
    ours = [r for r in caplog.records if r.name == "stringeex_desktop.core.mail.inbound"]
    assert any(r.levelno == logging.ERROR and "451" in r.getMessage() for r in ours)
    assert not any("SECRET-BODY-MARKER" in (r.getMessage() + (r.exc_text or "")) for r in ours)


def test_failed_lookup_answers_451_at_rcpt(start):
    peer = start()
    peer.mail.fail_lookup = True
    with peer.smtp() as client:
        client.ehlo()
        client.mail(SENDER)
        assert client.rcpt("sales@example.com") == (451, TEMP)


def lmtp_replies_after_data(output: str) -> list[str]:
    """swaks prints server lines as `<-  ` (or `<** ` for errors); keep those after the dot."""
    lines = output.splitlines()
    after = lines[lines.index(" -> .") + 1:]
    return [line[4:] for line in after if line.startswith(("<-  ", "<** "))
            and not line[4:].startswith("221")]


@pytest.mark.skipif(shutil.which("swaks") is None,
                    reason="swaks is not installed (apt-get install swaks)")
@pytest.mark.parametrize("fail, expected", [
    (False, "250 2.0.0 OK queued"), (True, "451 4.3.0 Temporary failure, try again later")])
def test_lmtp_answers_once_per_accepted_recipient(start, fail, expected):
    peer = start("lmtp")
    peer.mail.fail_delivery = fail
    swaks = subprocess.run(
        ["swaks", "--protocol", "LMTP", "--server", HOST, "--port", str(peer.port),
         "--helo", "client.test", "--from", SENDER,
         "--to", "sales@example.com,nobody@example.com,support@example.com",
         "--data", "Subject: lmtp\n\nhello\n", "--timeout", "20"],
        capture_output=True, text=True, timeout=30)
    assert lmtp_replies_after_data(swaks.stdout) == [expected, expected], swaks.stdout
    assert (swaks.returncode == 0) is not fail
    if fail:
        assert peer.mail.deliveries == []
    else:
        [delivery] = peer.mail.deliveries
        assert delivery.mailbox_ids == [1, 2]
        assert delivery.recipients == ["sales@example.com", "support@example.com"]
        assert delivery.raw.startswith(b"Subject: lmtp\r\n\r\nhello\r\n")


def test_lmtp_refuses_smtp_greetings(start):
    peer = start("lmtp")
    client = RawClient(peer.port)
    try:
        assert client.cmd(b"EHLO client.test").startswith("500")
        assert client.cmd(b"LHLO client.test").endswith("250 HELP")
    finally:
        client.close()


def test_starttls_with_a_trusted_certificate(start, ca):
    peer = start(tls_context=server_tls(ca))
    with peer.smtp() as client:
        client.ehlo()
        assert client.has_extn("starttls") and not client.has_extn("auth")
        assert client.starttls(context=client_tls(ca))[0] == 220
        client.ehlo()
        assert isinstance(client.sock, ssl.SSLSocket)
        assert not client.has_extn("starttls") and not client.has_extn("auth")
        assert client.docmd("AUTH", "PLAIN AGFsaWNlAHNlY3JldA==")[0] == 502
        assert client.sendmail(SENDER, ["sales@example.com"], RAW) == {}
    assert peer.mail.deliveries == [Delivery(RAW, [1], SENDER, ["sales@example.com"])]


def test_failed_tls_handshake_leaves_the_listener_serving(start, ca):
    peer = start(tls_context=server_tls(ca))
    with peer.smtp() as client:
        client.ehlo()
        with pytest.raises(ssl.SSLCertVerificationError):
            client.starttls(context=client_tls(trustme.CA()))
    with peer.smtp() as client:
        assert client.sendmail(SENDER, ["sales@example.com"], RAW) == {}
    assert len(peer.mail.deliveries) == 1


def test_without_certificate_starttls_and_auth_are_not_available(start):
    peer = start()
    with peer.smtp() as client:
        client.ehlo()
        assert client.docmd("STARTTLS")[0] == 454
        assert client.docmd("AUTH", "PLAIN AGFsaWNlAHNlY3JldA==")[0] == 502


def test_concurrent_sessions_each_deliver_once(start):
    peer = start()

    def send(n: int) -> dict:
        raw = RAW.replace(b"<1@customer.test>", f"<{n}@customer.test>".encode())
        with peer.smtp() as client:
            return client.sendmail(SENDER, ["sales@example.com"], raw)

    with ThreadPoolExecutor(max_workers=5) as pool:
        assert list(pool.map(send, range(50))) == [{}] * 50
    ids = sorted(int(re.search(rb"<(\d+)@customer", d.raw)[1]) for d in peer.mail.deliveries)
    assert ids == list(range(50))


def test_hostile_command_arguments_get_5xx_and_never_reach_the_resolver(start):
    peer = start()
    client = RawClient(peer.port)
    try:
        client.cmd(b"EHLO client.test")
        assert client.cmd(b"MAIL FROM:<a\x01b@customer.test>") == (
            "553 5.1.7 Malformed sender address")
        assert client.cmd(b"MAIL FROM:<" + SENDER.encode() + b">") == "250 2.1.0 OK"
        hostile = {
            b"RCPT TO:<sales\r@example.com>": "550 5.1.1 <sales?@example.com>: no such mailbox",
            b"RCPT TO:<sales\x00@example.com>": "550 5.1.1 <sales?@example.com>: no such mailbox",
            b"RCPT TO:<sa les@example.com>": "550 5.1.1 <sa?les@example.com>: no such mailbox",
            b"RCPT TO:<sales@example.com": "501 5.1.3 Bad recipient address syntax",
            b"RCPT TO:<sales@example.com><support@example.com>": "501 Syntax",
            b"RCPT TO:<>": "550 5.1.1 <>: no such mailbox here",
            b"RCPT TO:<" + b"a" * 300 + b"@example.com>": "550 5.1.1 <" + "a" * 100 + "...>",
            b"RCPT TO:<sales@" + b"a" * 600 + b".com>": "500 Command line too long",
            b"RCPT TO:<" + b"x" * 5000 + b"@example.com>": "500 Command line too long",
            "RCPT TO:<sålés@example.com>".encode(): "500 Error: strict ASCII mode",
        }
        for line, reply in hostile.items():
            assert client.cmd(line).startswith(reply), line[:40]
        # A CR LF or bare LF inside the argument splits it into two commands, both refused.
        for split in (b"\r\n", b"\n"):
            client.sock.sendall(b"RCPT TO:<sales@example.com" + split + b">\r\n")
            assert client.reply() == "501 5.1.3 Bad recipient address syntax"
            assert client.reply().startswith("500")
        assert client.cmd(b"DATA").startswith("503")
        assert client.cmd(b"RCPT TO:<sales@example.com>") == "250 2.1.5 OK"
    finally:
        client.close()
    assert peer.mail.lookups == ["sales@example.com"]
    assert all(STRICT_ADDRESS.fullmatch(a) for a in peer.mail.lookups)


def test_recipient_count_per_message_is_capped(start):
    peer = start()
    with peer.smtp() as client:
        client.ehlo()
        client.mail(SENDER)
        for _ in range(100):
            assert client.rcpt("sales@example.com")[0] == 250
        assert client.rcpt("support@example.com") == (452, b"4.5.3 Too many recipients")
        assert client.data(RAW) == (250, OK)
    assert peer.mail.deliveries == [Delivery(RAW, [1], SENDER, ["sales@example.com"])]


def test_repeated_commands_end_the_session(start):
    peer = start()
    client = RawClient(peer.port)
    try:
        for _ in range(20):
            assert client.cmd(b"HELP").startswith("250")
        assert client.cmd(b"HELP") == "421 4.7.0 HELP sent too many times"
        with pytest.raises(ConnectionError):
            client.reply()
    finally:
        client.close()


def test_stop_closes_the_port(start):
    peer = start()
    with peer.smtp() as client:
        assert client.noop()[0] == 250
    peer.stop()
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection((HOST, peer.port), timeout=10)
    peer.stop()


def test_stop_cuts_an_idle_session_after_the_grace(start):
    peer = start(stop_grace=0.1)
    with peer.smtp() as client:
        client.ehlo()
        peer.stop()
        with pytest.raises(smtplib.SMTPServerDisconnected):
            client.noop()


def test_stop_waits_for_a_delivery_in_progress(start, loop):
    peer = start(stop_grace=30)
    peer.mail.release = threading.Event()

    def send() -> dict:
        with peer.smtp() as client:
            return client.sendmail(SENDER, ["sales@example.com"], RAW)

    with ThreadPoolExecutor(max_workers=1) as pool:
        sending = pool.submit(send)
        assert peer.mail.entered.wait(10)
        stopping = asyncio.run_coroutine_threadsafe(peer.listener.stop(), loop)
        # The loop runs callbacks in order: once this returns, stop() has closed the port.
        on(loop, asyncio.sleep(0))
        with pytest.raises(ConnectionRefusedError):
            socket.create_connection((HOST, peer.port), timeout=10)
        assert not stopping.done()
        peer.mail.release.set()
        stopping.result(30)
        assert sending.result(30) == {}
    assert len(peer.mail.deliveries) == 1


def test_client_hanging_up_after_the_final_dot_does_not_cancel_the_commit(start):
    peer = start()
    peer.mail.release = threading.Event()
    client = RawClient(peer.port)
    client.cmd(b"EHLO client.test")
    client.cmd(b"MAIL FROM:<" + SENDER.encode() + b">")
    client.cmd(b"RCPT TO:<sales@example.com>")
    assert client.cmd(b"DATA").startswith("354")
    client.sock.sendall(RAW.replace(b"\r\n.", b"\r\n..") + b".\r\n")
    assert peer.mail.entered.wait(10)
    client.close()
    peer.mail.release.set()
    peer.stop()
    assert peer.mail.deliveries == [Delivery(RAW, [1], SENDER, ["sales@example.com"])]


def test_port_in_use_is_a_stringeex_error(start, loop):
    peer = start()
    other = InboundListener(resolve=peer.mail.resolve, deliver=peer.mail.deliver,
                            domain_getter=lambda: DOMAIN, hostname="mx.test")
    with pytest.raises(StringeexError, match=f"cannot listen for lmtp on 127.0.0.1:{peer.port}"):
        on(loop, other.start_lmtp(HOST, peer.port))
    on(loop, other.stop())


@pytest.mark.parametrize("text, expected", [
    ("127.0.0.1:2525", ("127.0.0.1", 2525)),
    ("0.0.0.0:25", ("0.0.0.0", 25)),
    ("mx.example.com:24", ("mx.example.com", 24)),
    ("[::1]:25", ("::1", 25)),
    ("[::]:0", ("::", 0)),
    (":2525", ("127.0.0.1", 2525)),
    ("localhost:65535", ("localhost", 65535)),
])
def test_parse_hostport_accepts(text, expected):
    assert parse_hostport(text) == expected


def test_parse_hostport_default_host():
    assert parse_hostport(":24", default_host="0.0.0.0") == ("0.0.0.0", 24)


@pytest.mark.parametrize("text", [
    "", "2525", "host", "host:", "host:65536", "host:-1", "host:25x", "host: 25", "::1:25",
    "[::1]", "[::1]25", "[::1:25", "[127.0.0.1]:25", "[]:25", "[nothost]:25", "bad host:25",
    "host\n:25", "host:２５",
])
def test_parse_hostport_rejects(text):
    with pytest.raises(ValidationError, match="bad listen address"):
        parse_hostport(text)


def test_clients_hanging_up_at_once_leave_no_socket_open(start):
    peer = start()
    me = psutil.Process()
    # Only an explicit close counts: the garbage collector would hide a leaked transport.
    gc.disable()
    try:
        for _ in range(20):
            socket.create_connection((HOST, peer.port), timeout=10).close()
        for _ in range(1000):
            held = [c for c in me.net_connections(kind="tcp")
                    if c.laddr.port == peer.port and c.status != psutil.CONN_LISTEN]
            if not held:
                return
            threading.Event().wait(0.01)
        raise AssertionError(f"server still holds {held}")
    finally:
        gc.enable()
