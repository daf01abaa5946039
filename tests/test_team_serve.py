"""Two `serve` nodes on one team store: mail in through either, each reply out once."""

from __future__ import annotations

import threading

import pytest

from conftest import DOMAIN, cli_env
from mailmaker import make_mail
from test_serve import Serving, relay, send, wait_for  # noqa: F401 (relay: a fixture)


@pytest.fixture
def team_env(tmp_path, team_url):
    env = cli_env(STRINGEEX_STORE=team_url)
    owner = Serving.__new__(Serving)
    owner.data_dir, owner.env = tmp_path / "owner", env
    owner.cli("team", "init")
    return env


def node(tmp_path, name, env):
    return Serving(tmp_path / name, env=env)


def test_the_same_message_through_two_nodes_is_stored_once(tmp_path, team_env, relay):
    admin = Serving.__new__(Serving)
    admin.data_dir, admin.env = tmp_path / "owner", team_env
    _configure(admin, relay)
    nodes = [node(tmp_path, "n1", team_env), node(tmp_path, "n2", team_env)]
    try:
        raw = make_mail(subject="Twice through the MX", message_id="<twice@example.com>")
        threads = [threading.Thread(target=send, args=(n.smtp, raw)) for n in nodes]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        [ticket] = admin.js("ticket", "list")
        messages = admin.js("ticket", "show", str(ticket["id"]))["messages"]
        assert [m["direction"] for m in messages] == ["in", "out"]  # stored once, one auto-reply
        burst = [make_mail(sender=f"C{i} <c{i}@example.com>", subject=f"Burst {i}")
                 for i in range(30)]
        senders = [threading.Thread(target=lambda i=i: send(
            nodes[i % 2].smtp, burst[i], sender=f"c{i}@example.com")) for i in range(30)]
        for thread in senders:
            thread.start()
        for thread in senders:
            thread.join()
        assert len(admin.js("ticket", "list")) == 31
        wait_for(lambda: len(relay.messages) >= 31, timeout=60)
    finally:
        for n in nodes:
            assert n.stop() == 0
    recipients = sorted(m.rcpt_tos[0] for m in relay.messages)
    assert recipients == sorted(["carol@example.com"] + [f"c{i}@example.com" for i in range(30)])


def _configure(admin, relay):
    admin.cli("portal", "set", "--domain", DOMAIN, "--relay-host", relay.host,
              "--relay-port", str(relay.port), "--relay-security", "none")
    admin.cli("queue", "add", "Support")
    admin.cli("agent", "add", f"alice@{DOMAIN}", "--name", "Alice", "--queue", "Support")
    admin.cli("mailbox", "add-internal", "support", "--name", "Acme Support", "--queue",
              "Support", "--auto-reply-subject", "We got it", "--auto-reply-body", "Soon.")


def test_a_database_restart_in_the_middle_loses_nothing(tmp_path, team_env, relay, postgres):
    """What was acknowledged is stored; what was refused meanwhile (451) the sender retries."""
    import smtplib
    import time

    admin = Serving.__new__(Serving)
    admin.data_dir, admin.env = tmp_path / "owner", team_env
    _configure(admin, relay)
    serving = node(tmp_path, "n1", team_env)

    def deliver(i: int) -> None:
        raw = make_mail(sender=f"C{i} <c{i}@example.com>", subject=f"Restart {i}")
        deadline = time.monotonic() + 60
        while True:  # as an MTA would: a 451 (or a dropped session) means try again later
            try:
                send(serving.smtp, raw, sender=f"c{i}@example.com")
                return
            except (smtplib.SMTPException, OSError):
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)

    try:
        for i in range(5):
            deliver(i)
        postgres.stop()
        postgres.start()
        for i in range(5, 10):
            deliver(i)
        assert sorted(t["subject"] for t in admin.js("ticket", "list")) == \
            sorted(f"Restart {i}" for i in range(10))
        wait_for(lambda: len(relay.messages) >= 10, timeout=60)
    finally:
        assert serving.stop() == 0
    # Every customer got the auto-reply. A send whose 250 came just before the database went
    # away may go again (DESIGN.md section 3): then both copies carry one Message-ID.
    by_rcpt: dict[str, set[bytes]] = {}
    for message in relay.messages:
        by_rcpt.setdefault(message.rcpt_tos[0], set()).add(_message_id(message.content))
    assert sorted(by_rcpt) == sorted(f"c{i}@example.com" for i in range(10))
    assert all(len(ids) == 1 for ids in by_rcpt.values())


def _message_id(content: bytes) -> bytes:
    from email import message_from_bytes

    return message_from_bytes(content)["Message-ID"].encode()
