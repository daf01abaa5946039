"""SMTP email mailboxes and agents' replies: forwarding link, threading, outbox states."""

from __future__ import annotations

import asyncio
import email
import email.policy
import smtplib
import socket
import subprocess
import sys

import pytest

from conftest import DOMAIN, cli_env, free_port, run, store_of
from mailmaker import make_mail
from peers.smtp_servers import DROP, RecordingSmtpServer, TlsMaterial
from stringeex_desktop.core.auth.secrets import namespace_for
from stringeex_desktop.core.errors import ConnectionTestError, ValidationError
from stringeex_desktop.core.models import utcnow

SALES = "sales@customer.example"
PASSWORD = "pw-Zq81-unique-secret"


@pytest.fixture
def smtp_peer(tls):
    with RecordingSmtpServer(tls=tls, tls_mode="starttls", auth=(SALES, PASSWORD)) as server:
        yield server


def add_smtp(service, server, **kw):
    return run(service.add_smtp_mailbox(SALES, host=server.host, port=server.port,
                                        password=kw.pop("password", PASSWORD),
                                        security="starttls", name="Customer Sales", **kw))


def forwarded(**kw):
    headers = {"X-Forwarded-For": SALES, "X-Forwarded-To": f"support@{DOMAIN}"}
    return make_mail(to=SALES, message_id="<c1@example.com>", headers=headers, **kw)


async def drain(service, item_id, base_delay=0.05):
    await service.outbox_worker(base_delay=base_delay, timeout=5).drain({item_id})
    return service.outbox_item(item_id)


def test_add_smtp_verifies_and_keeps_password_only_in_keyring(service, portal, smtp_peer,
                                                             data_dir, tmp_path):
    mailbox = add_smtp(service, smtp_peer)
    assert (mailbox.kind, mailbox.address, mailbox.queue) == ("smtp", SALES, None)
    assert smtp_peer.auth_attempts and smtp_peer.messages == []
    assert service.mailbox_password(mailbox.id) == PASSWORD
    for path in data_dir.iterdir():
        assert PASSWORD.encode() not in path.read_bytes(), path
    import keyring
    backend = keyring.core.load_env()
    assert backend.get_password(namespace_for(data_dir), f"mailbox-{mailbox.id}-password") == \
        PASSWORD
    assert any(f.is_file() for f in (tmp_path / "xdg").rglob("*"))  # the keyring's own file


@pytest.mark.parametrize("change,step", [
    ({"password": "wrong"}, "authentication failed"),
])
def test_add_smtp_refuses_bad_settings_and_saves_nothing(service, portal, smtp_peer, change,
                                                         step):
    with pytest.raises(ConnectionTestError) as info:
        add_smtp(service, smtp_peer, **change)
    assert info.value.step.startswith(step)
    assert [m.kind for m in service.mailboxes()] == ["internal"]


def test_add_smtp_connection_refused_and_untrusted_certificate(service, portal, monkeypatch,
                                                               tmp_path):
    port = free_port()
    with pytest.raises(ConnectionTestError) as info:
        run(service.add_smtp_mailbox(SALES, host="127.0.0.1", port=port, password="x",
                                     security="starttls"))
    assert info.value.step == "connection refused"
    other = TlsMaterial()  # the server's CA is not the one we trust
    monkeypatch.setenv("SSL_CERT_FILE", str(TlsMaterial().write_ca_file(tmp_path / "x.pem")))
    with RecordingSmtpServer(tls=other, tls_mode="implicit") as server:
        with pytest.raises(ConnectionTestError) as info:
            run(service.add_smtp_mailbox(SALES, host=server.host, port=server.port,
                                         password="x", security="ssl"))
    assert info.value.step == "certificate not trusted for host 127.0.0.1"
    assert len(service.mailboxes()) == 1


def test_forwarded_mail_links_reply_via_and_reply_threads_both_ways(service, portal, smtp_peer,
                                                                     tmp_path):
    sales = add_smtp(service, smtp_peer)
    result = run(service.deliver(forwarded(subject="Broken widget", cc="Dan <dan@example.com>"),
                                 [portal.id], "carol@example.com"))
    ticket = service.ticket(result.ticket_id)
    assert ticket.reply_via == sales.id and ticket.mailbox_id == portal.id
    blob = bytes(range(256)) * 40
    ticket, item_id = run(service.reply(
        ticket.id, f"alice@{DOMAIN}", "Hello Carol,\nwe ship a new one.",
        cc=["Erin Ops <erin@example.com>"],
        attachments=[("Rechnung März.pdf", "application/pdf", blob)]))
    reply = ticket.messages[-1]
    assert reply.direction == "out" and reply.delivery == "queued"
    assert run(drain(service, item_id)).state == "sent"
    [sent] = smtp_peer.messages
    assert sent.mail_from == SALES and sent.auth_user == SALES and sent.tls
    assert sorted(sent.rcpt_tos) == ["carol@example.com", "dan@example.com", "erin@example.com"]
    msg = email.message_from_bytes(sent.content, policy=email.policy.default)
    assert msg["Subject"] == "Re: Broken widget [#000001]"
    assert msg["In-Reply-To"] == "<c1@example.com>"
    assert "<c1@example.com>" in msg["References"]
    assert msg["From"].addresses[0].addr_spec == SALES
    assert {a.addr_spec for a in msg["Cc"].addresses} == {"dan@example.com", "erin@example.com"}
    [part] = list(msg.iter_attachments())
    assert part.get_filename() == "Rechnung März.pdf" and part.get_content() == blob
    shown = service.ticket(ticket.id).messages[-1]
    assert shown.delivery == "sent" and shown.delivery_error is None
    answer = make_mail(subject=msg["Subject"], in_reply_to=msg["Message-ID"],
                       references=msg["Message-ID"], message_id="<c2@example.com>")
    again = run(service.deliver(answer, [portal.id], "carol@example.com"))
    assert again.ticket_id == ticket.id and not again.created_ticket


def test_reply_needs_a_sending_mailbox_and_choice_sticks(service, portal, smtp_peer):
    result = run(service.deliver(make_mail(), [portal.id], "carol@example.com"))
    with pytest.raises(ValidationError, match="no sending mailbox"):
        run(service.reply(result.ticket_id, f"alice@{DOMAIN}", "hi"))
    with pytest.raises(ValidationError, match="internal email"):
        run(service.reply(result.ticket_id, f"alice@{DOMAIN}", "hi", via=portal.id))
    sales = add_smtp(service, smtp_peer)
    run(service.reply(result.ticket_id, f"alice@{DOMAIN}", "hi", via=sales.id))
    assert service.ticket(result.ticket_id).reply_via == sales.id
    run(service.reply(result.ticket_id, f"alice@{DOMAIN}", "again"))  # no --via needed now


@pytest.mark.parametrize("cc", ["x@evil.test\r\nBcc: y@evil.test", "not an address",
                                "a@b.example, c@d.example"])
def test_hostile_cc_is_refused(service, portal, smtp_peer, cc):
    add_smtp(service, smtp_peer)
    result = run(service.deliver(forwarded(), [portal.id], "carol@example.com"))
    before = len(service.outbox())
    with pytest.raises(ValidationError):
        run(service.reply(result.ticket_id, f"alice@{DOMAIN}", "hi", cc=[cc]))
    assert len(service.outbox()) == before


def test_hostile_subject_from_customer_cannot_inject_headers(service, portal, smtp_peer):
    add_smtp(service, smtp_peer)
    raw = forwarded(subject="=?utf-8?q?Hi=0D=0ABcc:_victim@evil.test?=")
    result = run(service.deliver(raw, [portal.id], "carol@example.com"))
    _, item_id = run(service.reply(result.ticket_id, f"alice@{DOMAIN}", "hi"))
    assert run(drain(service, item_id)).state == "sent"
    [sent] = smtp_peer.messages
    assert b"\nBcc:" not in sent.content and sent.rcpt_tos == ["carol@example.com"]


@pytest.mark.parametrize("script,state,attempts", [
    (["451 4.3.0 try later", "451 4.3.0 try later"], "sent", 3),
    ([DROP], "sent", 2),
])
def test_transient_failures_are_retried(service, portal, tls, script, state, attempts):
    with RecordingSmtpServer(tls=tls, auth=(SALES, PASSWORD), data_script=script) as server:
        add_smtp(service, server)
        result = run(service.deliver(forwarded(), [portal.id], "carol@example.com"))
        _, item_id = run(service.reply(result.ticket_id, f"alice@{DOMAIN}", "hi"))
        item = run(drain(service, item_id))
        assert (item.state, item.attempts) == (state, attempts)
        assert len(server.messages) == 1


def test_permanent_failure_fails_at_once_with_reason_and_retry_requeues(service, portal, tls):
    with RecordingSmtpServer(tls=tls, auth=(SALES, PASSWORD),
                             always_reply="554 5.7.1 Message rejected as spam") as server:
        add_smtp(service, server)
        result = run(service.deliver(forwarded(), [portal.id], "carol@example.com"))
        _, item_id = run(service.reply(result.ticket_id, f"alice@{DOMAIN}", "hi"))
        item = run(drain(service, item_id))
        assert item.state == "failed" and item.attempts == 1
        assert "554" in item.last_error and "spam" in item.last_error
        shown = service.ticket(result.ticket_id).messages[-1]
        assert shown.delivery == "failed" and "spam" in shown.delivery_error
        assert run(service.retry_outbox(item_id)).state == "queued"


def test_server_down_at_first_then_up(service, portal, tls):
    port = free_port()
    run(service.add_smtp_mailbox(SALES, host="127.0.0.1", port=port, password=PASSWORD,
                                 security="starttls", verify=False))
    result = run(service.deliver(forwarded(), [portal.id], "carol@example.com"))
    _, item_id = run(service.reply(result.ticket_id, f"alice@{DOMAIN}", "hi"))

    async def scenario():
        worker = service.outbox_worker(base_delay=0.3, timeout=5)
        task = asyncio.create_task(worker.run())
        try:
            while service.outbox_item(item_id).attempts == 0:
                await asyncio.sleep(0.05)
            assert "connection refused" in service.outbox_item(item_id).last_error
            with RecordingSmtpServer(tls=tls, auth=(SALES, PASSWORD), port=port) as server:
                while service.outbox_item(item_id).state != "sent":
                    await asyncio.sleep(0.05)
                return server.messages
        finally:
            task.cancel()

    assert len(run(asyncio.wait_for(scenario(), 30))) == 1


def test_cli_add_smtp_and_reply_wait(data_dir, portal, smtp_peer, tmp_path, service):
    env = cli_env()

    def cli(*args, stdin=None):
        return subprocess.run([sys.executable, "-m", "stringeex_desktop", "--data-dir",
                               str(data_dir), *args], input=stdin, capture_output=True,
                              text=True, env=env, timeout=60)

    bad = cli("mailbox", "add-smtp", SALES, "--host", smtp_peer.host, "--port",
              str(smtp_peer.port), "--security", "starttls", "--password-stdin", "--json",
              stdin="nope\n")
    assert bad.returncode == 1 and "authentication failed" in bad.stderr
    ok = cli("mailbox", "add-smtp", SALES, "--host", smtp_peer.host, "--port",
             str(smtp_peer.port), "--security", "starttls", "--password-stdin", "--json",
             stdin=PASSWORD + "\n")
    assert ok.returncode == 0, ok.stderr
    mailbox = __import__("json").loads(ok.stdout)
    assert mailbox["kind"] == "smtp" and mailbox["auto_reply"]["enabled"] is False
    run(service.deliver(forwarded(), [portal.id], "carol@example.com"))
    body = tmp_path / "body.txt"
    body.write_text("Thanks, Carol.")
    sent = cli("ticket", "reply", "1", "--as", f"alice@{DOMAIN}", "--body-file", str(body),
               "--wait", "--json")
    assert sent.returncode == 0, sent.stderr
    shown = __import__("json").loads(sent.stdout)
    assert shown["messages"][-1]["delivery"] == "sent"
    assert len(smtp_peer.messages) == 1
    logs = sent.stderr + ok.stderr
    assert PASSWORD not in logs


def test_no_port_is_left_listening(tls):
    """A stopped peer frees its port. The session ends with QUIT: a bare connect closed at
    once races the stop, and Python 3.13.0 then leaks a half-made server transport that
    later fails in its __del__ (a PytestUnraisableExceptionWarning in some other test)."""
    with RecordingSmtpServer(tls=tls) as server:
        with smtplib.SMTP(server.host, server.port, timeout=15) as client:
            assert client.noop()[0] == 250
    with socket.socket() as s:
        assert s.connect_ex((server.host, server.port)) != 0


def test_a_burst_shares_one_connection_and_a_refusal_does_not_break_it(service, portal, tls):
    with RecordingSmtpServer(tls=tls, auth=(SALES, PASSWORD),
                             reject_rcpt={"bad@example.com": "550 5.1.1 no such user"}) as server:
        add_smtp(service, server)
        first = run(service.deliver(forwarded(), [portal.id], "carol@example.com"))
        bad = run(service.deliver(make_mail(sender="bad@example.com", to=SALES,
                                            headers={"X-Forwarded-For": SALES}),
                                  [portal.id], "bad@example.com"))
        ids = [run(service.reply(first.ticket_id, f"alice@{DOMAIN}", "one"))[1],
               run(service.reply(bad.ticket_id, f"alice@{DOMAIN}", "refused"))[1],
               run(service.reply(first.ticket_id, f"alice@{DOMAIN}", "three"))[1]]

        async def go():
            items = await store_of(service).write(lambda tx: tx.outbox.claim_due(utcnow()))
            return await service.outbox_worker(timeout=5).send_batch(items)

        connections = server.connections  # the connection test when the mailbox was added
        outcomes = run(go())
        assert [outcomes[i] for i in ids] == ["sent", "failed", "sent"]
        assert server.connections == connections + 1 and len(server.messages) == 2
        assert "550" in service.outbox_item(ids[1]).last_error


def test_a_refused_cc_is_kept_on_the_sent_reply_and_in_the_outbox(service, portal, tls):
    """The server takes the customer but refuses one Cc: sent, and the refusal is shown."""
    with RecordingSmtpServer(tls=tls, auth=(SALES, PASSWORD),
                             reject_rcpt={"gone@partner.example": "550 5.1.1 No such user"}
                             ) as server:
        add_smtp(service, server)
        result = run(service.deliver(forwarded(), [portal.id], "carol@example.com"))
        _, item_id = run(service.reply(result.ticket_id, f"alice@{DOMAIN}", "hi",
                                       cc=["gone@partner.example", "ok@partner.example"]))
        item = run(drain(service, item_id))
        assert item.state == "sent"
        assert "gone@partner.example" in item.last_error and "550 5.1.1" in item.last_error
        assert "ok@partner.example" not in item.last_error
        [received] = server.messages
        assert sorted(received.rcpt_tos) == ["carol@example.com", "ok@partner.example"]
        shown = service.ticket(result.ticket_id).messages[-1]
        assert shown.delivery == "sent" and "gone@partner.example" in shown.delivery_error
        assert item_id in [i.id for i in service.outbox()]


@pytest.mark.parametrize("how,said", [("remove", "was removed"), ("deactivate", "is inactive")])
def test_a_reply_whose_mailbox_went_away_fails_at_once_and_retry_picks_another(
        service, portal, tls, how, said):
    with RecordingSmtpServer(tls=tls, auth=(SALES, PASSWORD)) as server, \
            RecordingSmtpServer(tls=tls, auth=("help@customer.example", PASSWORD)) as other:
        sales = add_smtp(service, server)
        result = run(service.deliver(forwarded(), [portal.id], "carol@example.com"))
        _, item_id = run(service.reply(result.ticket_id, f"alice@{DOMAIN}", "hi"))
        if how == "remove":
            run(service.remove_mailbox(sales.id))
        else:
            run(service.update_mailbox(sales.id, active=False))
        item = run(drain(service, item_id))
        assert item.state == "failed" and said in item.last_error
        assert "Retry and pick another address" in item.last_error
        assert server.messages == []
        help_box = run(service.add_smtp_mailbox(
            "help@customer.example", host=other.host, port=other.port, password=PASSWORD,
            security="starttls", name="Customer Help"))
        with pytest.raises(ValidationError, match="internal email"):
            run(service.retry_outbox(item_id, via=portal.id))
        requeued = run(service.retry_outbox(item_id, via="help@customer.example"))
        assert requeued.state == "queued" and requeued.via_mailbox_id == help_box.id
        assert run(drain(service, item_id)).state == "sent"
        [received] = other.messages
        head = received.content.split(b"\r\n\r\n", 1)[0]
        assert [line for line in head.split(b"\r\n") if line.lower().startswith(b"from:")] \
            == [b"From: Customer Help <help@customer.example>"]
        assert received.mail_from == "help@customer.example"
        ticket = service.ticket(result.ticket_id)
        assert ticket.reply_via == help_box.id
        assert ticket.messages[-1].sender.email == "help@customer.example"


def test_mailbox_health_follows_its_last_send(service, portal, tls):
    """A wrong password shows on the mailbox, not only on each failed reply."""
    with RecordingSmtpServer(tls=tls, auth=(SALES, PASSWORD)) as server:
        sales = add_smtp(service, server)
        result = run(service.deliver(forwarded(), [portal.id], "carol@example.com"))
        run(service.update_mailbox(sales.id, password="wrong-password"))
        _, item_id = run(service.reply(result.ticket_id, f"alice@{DOMAIN}", "hi"))
        assert run(drain(service, item_id)).state == "failed"
        health = service.mailbox(sales.id).health
        assert health.state == "error" and "authentication failed" in health.last_error
        assert service.mailbox(sales.id).to_json()["health"]["state"] == "error"
        run(service.update_mailbox(sales.id, password=PASSWORD))
        run(service.retry_outbox(item_id))
        assert run(drain(service, item_id)).state == "sent"
        health = service.mailbox(sales.id).health
        assert health.state == "ok" and health.last_ok is not None


def test_outbox_reasons_group_why_mail_waits(service, portal, tls):
    for subject in ("one", "two"):
        run(service.deliver(make_mail(subject=subject, sender=f"{subject}@example.com"),
                            [portal.id], f"{subject}@example.com"))
    run(service.outbox_worker(timeout=5).send_batch(
        run(store_of(service).write(lambda tx: tx.outbox.claim_due(utcnow())))))
    [(state, reason, rows)] = service.outbox_reasons()
    assert (state, rows) == ("queued", 2) and "No outgoing relay is set" in reason


def reply_cli(data_dir, tmp_path, *args):
    body = tmp_path / "reply.txt"
    body.write_text("Thanks, Carol.")
    return subprocess.run([sys.executable, "-m", "stringeex_desktop", "--data-dir",
                           str(data_dir), "ticket", "reply", "1", "--as", f"alice@{DOMAIN}",
                           "--body-file", str(body), *args], capture_output=True, text=True,
                          env=cli_env(), timeout=60)


def test_reply_via_an_address_picks_the_active_sending_mailbox(data_dir, portal, smtp_peer,
                                                               service, tmp_path):
    sales = add_smtp(service, smtp_peer)
    run(service.deliver(make_mail(), [portal.id], "carol@example.com"))  # no forwarding link
    without = reply_cli(data_dir, tmp_path)
    assert without.returncode == 1 and "--via" in without.stderr
    sent = reply_cli(data_dir, tmp_path, "--via", SALES.upper(), "--wait", "--json")
    assert sent.returncode == 0, sent.stderr
    shown = __import__("json").loads(sent.stdout)
    assert shown["reply_via"] == sales.id and shown["messages"][-1]["delivery"] == "sent"
    assert smtp_peer.messages[0].mail_from == SALES
    assert reply_cli(data_dir, tmp_path, "--wait").returncode == 0  # the choice sticks


@pytest.mark.parametrize("via,said", [
    ("nobody@customer.example", f"pick one of 2 ({SALES})"),
    ("sales@customer.example\r\nBcc: x@evil.test", f"pick one of 2 ({SALES})"),
    (f"support@{DOMAIN}", "is an internal email"),
    ("٣", "does not exist"),
])
def test_reply_via_a_wrong_address_is_refused_naming_the_choices(data_dir, portal, smtp_peer,
                                                                service, tmp_path, via, said):
    add_smtp(service, smtp_peer)
    run(service.deliver(make_mail(), [portal.id], "carol@example.com"))
    proc = reply_cli(data_dir, tmp_path, "--via", via)
    assert proc.returncode == 1 and proc.stderr.count("\n") == 1, proc.stderr
    assert said in proc.stderr, proc.stderr
    assert [item.kind for item in service.outbox()] == ["auto_reply"]


def test_reply_via_an_inactive_mailbox_address_is_refused(data_dir, portal, smtp_peer, service,
                                                          tmp_path):
    sales = add_smtp(service, smtp_peer)
    run(service.update_mailbox(sales.id, active=False))
    run(service.deliver(make_mail(), [portal.id], "carol@example.com"))
    proc = reply_cli(data_dir, tmp_path, "--via", SALES)
    assert proc.returncode == 1 and "is inactive" in proc.stderr
