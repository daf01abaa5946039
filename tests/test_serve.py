"""`serve` end to end: real SMTP clients in, auto-replies out through a real relay."""

from __future__ import annotations

import json
import smtplib
import subprocess
import sys
import time

import pytest

from conftest import DOMAIN, ROOT, cli_env
from mailmaker import make_mail
from peers.smtp_servers import RecordingSmtpServer, TlsMaterial


def wait_for(predicate, timeout=15.0, interval=0.05):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError("condition not met in time")


class Serving:
    """A `serve` subprocess on a free port, stopped with SIGTERM at the end."""

    def __init__(self, data_dir, *extra, env=None):
        self.data_dir = data_dir
        self.env = env or cli_env()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "stringeex_desktop", "--data-dir", str(data_dir), "serve",
             "--smtp", "127.0.0.1:0", *extra], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            text=True, env=self.env, cwd=ROOT)
        self.bound = {}
        while len(self.bound) < 1 + ("--lmtp" in extra):
            line = self.proc.stdout.readline()
            if not line:
                raise AssertionError(f"serve exited: {self.proc.stderr.read()}")
            _, kind, hostport = line.split()
            host, _, port = hostport.rpartition(":")
            self.bound[kind] = (host, int(port))

    @property
    def smtp(self):
        return self.bound["smtp"]

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(timeout=20)
        return self.proc.returncode

    def cli(self, *args, stdin=None, check=True):
        proc = subprocess.run([sys.executable, "-m", "stringeex_desktop", "--data-dir",
                               str(self.data_dir), *args], input=stdin, capture_output=True,
                              text=True, env=self.env, timeout=60)
        if check and proc.returncode:
            raise AssertionError(f"{args}: {proc.stderr}")
        return proc

    def js(self, *args):
        return json.loads(self.cli(*args, "--json").stdout)


def client(data_dir):
    """The CLI on a data folder, without starting a core."""
    base = Serving.__new__(Serving)
    base.data_dir, base.env = data_dir, cli_env()
    return base


def configure(data_dir, relay=None):
    base = client(data_dir)
    base.cli("portal", "set", "--domain", DOMAIN)
    if relay is not None:
        base.cli("portal", "set", "--relay-host", relay.host, "--relay-port", str(relay.port),
                 "--relay-security", "none")
    base.cli("queue", "add", "Support")
    base.cli("agent", "add", f"admin@{DOMAIN}", "--name", "Ada", "--role", "admin")
    base.cli("agent", "add", f"alice@{DOMAIN}", "--name", "Alice", "--queue", "Support")
    base.cli("mailbox", "add-internal", "support", "--name", "Acme Support", "--queue",
             "Support", "--auto-reply-subject", "We got it", "--auto-reply-body",
             "A person will answer soon.")


@pytest.fixture
def relay():
    with RecordingSmtpServer() as server:
        yield server


@pytest.fixture
def serving(data_dir, relay):
    configure(data_dir, relay)
    server = Serving(data_dir)
    yield server
    assert server.stop() == 0


def send(host_port, raw, rcpts=(f"support@{DOMAIN}",), sender="carol@example.com"):
    with smtplib.SMTP(*host_port, timeout=15) as client:
        return client.sendmail(sender, list(rcpts), raw)


def test_mail_becomes_ticket_and_customer_gets_auto_reply(serving, relay):
    send(serving.smtp, make_mail(subject="Where is my order?"))
    [ticket] = serving.js("ticket", "list")
    assert set(ticket) == {"id", "serial", "subject", "requester", "mailbox_id", "reply_via",
                           "queue", "assignee", "status", "priority", "type", "ccs",
                           "created_at", "updated_at", "message_count"}
    assert ticket["serial"] == "#000001" and ticket["subject"] == "Where is my order?"
    assert ticket["requester"] == {"name": "Carol Customer", "email": "carol@example.com"}
    assert ticket["assignee"] == f"alice@{DOMAIN}" and ticket["status"] == "new"
    assert ticket["created_at"].endswith("Z") and ticket["reply_via"] is None
    [auto] = wait_for(lambda: relay.messages)
    assert auto.mail_from == f"support@{DOMAIN}" and auto.rcpt_tos == ["carol@example.com"]
    assert b"Auto-Submitted: auto-replied" in auto.content
    assert b"From: Acme Support <support@" in auto.content
    shown = wait_for(lambda: [m for m in serving.js("ticket", "show", "#000001")["messages"]
                              if m["delivery"] == "sent"])
    assert shown[0]["direction"] == "out"


def test_ticket_show_set_note_contract(serving, tmp_path):
    send(serving.smtp, make_mail(html="<p>Hello <b>there</b></p>"))
    shown = serving.js("ticket", "show", "1")
    [incoming] = [m for m in shown["messages"] if m["direction"] == "in"]
    assert set(incoming) == {"id", "direction", "message_id", "from", "to", "cc", "subject",
                             "date", "text", "html", "attachments", "parse_error", "delivery",
                             "delivery_error"}
    assert "Hello" in incoming["html"] and incoming["parse_error"] is None
    assert incoming["to"] == [{"name": "", "email": f"support@{DOMAIN}"}]
    changed = serving.js("ticket", "set", "#000001", "--status", "pending", "--priority",
                         "high", "--type", "problem", "--assignee", "none")
    assert (changed["status"], changed["priority"], changed["type"], changed["assignee"]) == (
        "pending", "high", "problem", None)
    body = tmp_path / "note.txt"
    body.write_text("Called back, waiting for photos.")
    noted = serving.js("ticket", "note", "1", "--as", f"alice@{DOMAIN}", "--body-file",
                       str(body))
    assert noted["messages"][-1]["direction"] == "note"
    assert [t["id"] for t in serving.js("ticket", "list", "--status", "pending")] == [1]
    assert serving.js("ticket", "list", "--assignee", "none")[0]["id"] == 1
    for option, value, said in (("--queue", "Nope", "No queue named 'Nope' (queues: Support)"),
                                ("--assignee", "ghost@example.com", "No agent with the email")):
        refused = serving.cli("ticket", "list", option, value, "--json", check=False)
        assert refused.returncode == 1 and refused.stdout == ""
        assert said in refused.stderr and len(refused.stderr.strip().splitlines()) == 1


def test_unknown_recipient_550_and_never_an_open_relay(serving):
    for rcpt in (f"nobody@{DOMAIN}", "someone@gmail.com", f"support@sub.{DOMAIN}"):
        with pytest.raises(smtplib.SMTPRecipientsRefused) as info:
            send(serving.smtp, make_mail(), rcpts=[rcpt])
        code, text = info.value.recipients[rcpt]
        assert code == 550 and b"5.1.1" in text
    assert serving.js("ticket", "list") == []


def test_inactive_mailbox_refuses_mail(serving):
    serving.cli("mailbox", "update", "1", "--inactive")
    with pytest.raises(smtplib.SMTPRecipientsRefused):
        send(serving.smtp, make_mail())


def test_oversize_message_552(serving):
    raw = make_mail(body="x" * (26 * 1024 * 1024))
    with pytest.raises((smtplib.SMTPDataError, smtplib.SMTPSenderRefused,
                        smtplib.SMTPServerDisconnected)) as info:
        send(serving.smtp, raw)
    if hasattr(info.value, "smtp_code"):
        assert info.value.smtp_code == 552 and b"5.3.4" in info.value.smtp_error
    assert serving.js("ticket", "list") == []


def test_header_injection_in_names_and_subject_is_refused(serving):
    proc = serving.cli("mailbox", "update", "1", "--auto-reply-subject", "Hi\r\nBcc: x@evil.test",
                       "--auto-reply-body", "b", check=False)
    assert proc.returncode == 1 and "line breaks" in proc.stderr
    proc = serving.cli("mailbox", "update", "1", "--name", "Support\nBcc: x@evil.test",
                       check=False)
    assert proc.returncode == 1 and "line breaks" in proc.stderr


def test_second_core_is_refused(serving, data_dir):
    proc = subprocess.run([sys.executable, "-m", "stringeex_desktop", "--data-dir",
                           str(data_dir), "serve", "--smtp", "127.0.0.1:0"],
                          capture_output=True, text=True, env=cli_env(), timeout=60)
    assert proc.returncode == 1
    assert "Another StringeeX core" in proc.stderr and proc.stderr.count("\n") == 1


def test_core_notices_changes_from_other_processes(serving):
    serving.cli("mailbox", "add-internal", "sales", "--name", "Sales", "--queue", "Support")
    send(serving.smtp, make_mail(), rcpts=[f"sales@{DOMAIN}"])
    assert serving.js("ticket", "list")[0]["mailbox_id"] == 2


def test_without_relay_the_outbox_holds_and_says_why_then_sends(data_dir, relay):
    configure(data_dir, relay=None)
    server = Serving(data_dir)
    try:
        send(server.smtp, make_mail())
        held = wait_for(lambda: [m for m in server.js("ticket", "show", "1")["messages"]
                                 if m["direction"] == "out" and m["delivery_error"]])
        assert held[0]["delivery"] == "queued" and "relay" in held[0]["delivery_error"]
        shown = server.cli("ticket", "show", "1").stdout
        assert "queued, next attempt 20" in shown and "Z; last attempt: No outgoing relay" in shown
        assert relay.messages == []
        server.cli("portal", "set", "--relay-host", relay.host, "--relay-port",
                   str(relay.port), "--relay-security", "none")
        wait_for(lambda: relay.messages)
    finally:
        assert server.stop() == 0


def test_lmtp_answers_per_recipient_with_swaks(data_dir, relay):
    import shutil
    if not shutil.which("swaks"):
        pytest.skip("swaks is not installed (./dev test installs it)")
    configure(data_dir, relay)
    server = Serving(data_dir, "--lmtp", "127.0.0.1:0")
    try:
        server.cli("mailbox", "add-internal", "sales", "--name", "Sales", "--queue", "Support")
        host, port = server.bound["lmtp"]
        proc = subprocess.run(["swaks", "--protocol", "LMTP", "--server", f"{host}:{port}",
                               "--from", "carol@example.com", "--to",
                               f"support@{DOMAIN},sales@{DOMAIN}", "--header",
                               "Subject: via lmtp"], capture_output=True, text=True, timeout=60)
        assert proc.returncode == 0, proc.stdout + proc.stderr
        assert proc.stdout.count("<-  250") >= 2 + 3  # LHLO/MAIL/RCPT... and one per recipient
        [ticket] = server.js("ticket", "list")
        assert ticket["subject"] == "via lmtp" and ticket["mailbox_id"] == 1
    finally:
        assert server.stop() == 0


def test_starttls_listener_with_certificate(data_dir, relay, tmp_path):
    configure(data_dir, relay)
    tls = TlsMaterial()
    cert, key = tls.write_cert_files(tmp_path)
    server = Serving(data_dir, "--tls-cert", str(cert), "--tls-key", str(key))
    try:
        with smtplib.SMTP(*server.smtp, timeout=15) as client:
            client.starttls(context=tls.client_context())
            client.sendmail("carol@example.com", [f"support@{DOMAIN}"], make_mail())
        assert len(server.js("ticket", "list")) == 1
    finally:
        assert server.stop() == 0


def test_reply_queued_by_another_process_is_sent_by_the_serving_core(serving, relay, tmp_path):
    """`ticket reply --wait` as a client: the serving core notices the row and sends it."""
    with RecordingSmtpServer() as sales_server:
        proc = serving.cli("mailbox", "add-smtp", "sales@customer.example", "--host",
                           sales_server.host, "--port", str(sales_server.port), "--security",
                           "none", "--no-auth")
        assert proc.returncode == 0, proc.stderr
        send(serving.smtp, make_mail(to="sales@customer.example",
                                     headers={"X-Forwarded-For": "sales@customer.example"}))
        body = tmp_path / "answer.txt"
        body.write_text("Your order ships today.")
        shown = serving.js("ticket", "reply", "1", "--as", f"alice@{DOMAIN}", "--body-file",
                           str(body), "--wait")
        assert shown["messages"][-1]["delivery"] == "sent"
        assert shown["reply_via"] == 2
        [sent] = sales_server.messages
        assert sent.mail_from == "sales@customer.example"
        assert sent.rcpt_tos == ["carol@example.com"]
        assert b"Subject: Re: Printer on fire [#000001]" in sent.content


def no_keyring_env(tmp_path) -> dict:
    """A headless session: no backend chosen and no session bus, so no secure keyring."""
    env = cli_env(XDG_RUNTIME_DIR=str(tmp_path / "run"))
    for name in ("PYTHON_KEYRING_BACKEND", "DBUS_SESSION_BUS_ADDRESS"):
        env.pop(name, None)
    return env


@pytest.mark.skipif(sys.platform != "linux", reason="other systems always have a keyring")
def test_serve_without_keyring_says_so_and_reply_wait_ends_on_the_hold(data_dir, relay,
                                                                       tmp_path):
    """The reply is held (its password cannot be read): --wait says why, exit 1, no hang."""
    configure(data_dir, relay)
    with RecordingSmtpServer(auth=("sales@customer.example", "pw-sales")) as sales_server:
        server = Serving(data_dir, env=no_keyring_env(tmp_path))
        try:
            added = client(data_dir).cli("mailbox", "add-smtp", "sales@customer.example", "--host",
                               sales_server.host, "--port", str(sales_server.port),
                               "--security", "none", "--password-stdin", stdin="pw-sales\n")
            assert added.returncode == 0
            send(server.smtp, make_mail(to="sales@customer.example",
                                        headers={"X-Forwarded-For": "sales@customer.example"}))
            body = tmp_path / "answer.txt"
            body.write_text("Your order ships today.")
            waited = client(data_dir).cli("ticket", "reply", "1", "--as", f"alice@{DOMAIN}",
                                "--body-file", str(body), "--wait", check=False)
            assert waited.returncode == 1
            assert waited.stderr.count("\n") == 1, waited.stderr
            assert "cannot be sent yet" in waited.stderr
            assert "No secure keyring backend" in waited.stderr
            assert "queued" in waited.stdout
            assert sales_server.messages == []
        finally:
            assert server.stop() == 0
        warnings = server.proc.stderr.read()
    assert "warning: replies and auto-replies through servers that need a sign-in will wait: " \
           "No secure keyring backend" in warnings
    assert "PYTHON_KEYRING_BACKEND" in warnings and warnings.count("\n") == 1


def test_serve_without_portal_refuses_with_a_hint(data_dir):
    proc = subprocess.run([sys.executable, "-m", "stringeex_desktop", "--data-dir",
                           str(data_dir), "serve", "--smtp", "127.0.0.1:0"],
                          capture_output=True, text=True, env=cli_env(), timeout=60)
    assert proc.returncode == 1 and proc.stdout == ""
    assert proc.stderr.count("\n") == 1 and "portal set --domain D" in proc.stderr
    assert "listening" not in proc.stderr and "Traceback" not in proc.stderr


def test_serve_without_internal_email_warns(data_dir):
    client(data_dir).cli("portal", "set", "--domain", DOMAIN)
    server = Serving(data_dir)
    try:
        with pytest.raises(smtplib.SMTPRecipientsRefused):
            send(server.smtp, make_mail())
    finally:
        assert server.stop() == 0
    warnings = server.proc.stderr.read()
    assert "warning: no active internal email yet" in warnings
    assert warnings.count("\n") == 1
