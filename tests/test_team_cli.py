"""`--store URL`, `team init` and `team join` on a real PostgreSQL, as scripts run them."""

from __future__ import annotations

import json
import subprocess
import sys

import psycopg

from conftest import cli_env


def call(data_dir, url, *args, stdin=None, env=None):
    store = ["--store", url] if url else []
    return subprocess.run([sys.executable, "-m", "stringeex_desktop", "--data-dir",
                           str(data_dir), *store, *args], input=stdin, capture_output=True,
                          text=True, env=cli_env(**(env or {})), timeout=120)


def pg_dump(postgres, url) -> bytes:
    return subprocess.run([str(postgres.bin / "pg_dump"), "--data-only", url],
                          capture_output=True, check=True, timeout=120).stdout


def test_init_prints_the_key_once_and_machines_share_one_store(tmp_path, postgres,
                                                              empty_team_url):
    first, second = tmp_path / "first", tmp_path / "second"
    made = call(first, empty_team_url, "team", "init", "--json")
    assert made.returncode == 0, made.stderr
    key = json.loads(made.stdout)["key"]
    assert len(key) == 43
    again = call(first, empty_team_url, "team", "init")
    assert again.returncode == 1
    assert "already holds a team store: join it" in again.stderr
    assert call(first, empty_team_url, "portal", "set", "--domain", "acme.example").returncode == 0
    assert call(first, empty_team_url, "queue", "add", "Support").returncode == 0
    # Another machine (data folder), choosing the store through the environment.
    listed = call(second, None, "queue", "list", "--json", env={"STRINGEEX_STORE": empty_team_url})
    assert [q["name"] for q in json.loads(listed.stdout)] == ["Support"], listed.stderr
    assert not (second / "stringeex.db").exists()  # the folder keeps no tickets
    wrong = call(second, empty_team_url, "team", "join", "--key-stdin",
                 stdin="A" * 43 + "\n")
    assert wrong.returncode == 1
    assert "This is not the key of the team store" in wrong.stderr
    garbage = call(second, empty_team_url, "team", "join", "--key-stdin", stdin="hello\n")
    assert garbage.returncode == 1 and "not a team key" in garbage.stderr
    joined = call(second, empty_team_url, "team", "join", "--key-stdin", stdin=key + "\n")
    assert joined.returncode == 0, joined.stderr
    assert key not in pg_dump(postgres, empty_team_url).decode(errors="replace")


def test_secrets_are_sealed_in_the_store_and_need_the_key(tmp_path, postgres, empty_team_url):
    owner, stranger = tmp_path / "owner", tmp_path / "stranger"
    assert call(owner, empty_team_url, "team", "init").returncode == 0
    relay = call(owner, empty_team_url, "portal", "set", "--domain", "acme.example",
                 "--relay-host", "smtp.acme.example", "--relay-port", "587",
                 "--relay-username", "relay", "--relay-password-stdin", "--json",
                 stdin="Relay-Pa55word\n")
    assert relay.returncode == 0, relay.stderr
    assert json.loads(relay.stdout)["relay"]["password_set"] is True
    dump = pg_dump(postgres, empty_team_url)
    assert b"Relay-Pa55word" not in dump
    with psycopg.connect(empty_team_url) as conn:
        [(name, sealed)] = conn.execute("SELECT name, sealed FROM team_secrets").fetchall()
    assert b"Relay-Pa55word" not in bytes(sealed) and len(sealed) > 12 + 16
    # A machine that never joined works tickets but cannot use (or replace) the secrets.
    shown = call(stranger, empty_team_url, "portal", "show", "--json")
    assert json.loads(shown.stdout)["relay"]["password_set"] is True
    refused = call(stranger, empty_team_url, "portal", "set", "--relay-password-stdin",
                   stdin="mine\n")
    assert refused.returncode == 1
    assert "has not joined the team store" in refused.stderr


def test_team_commands_need_a_store_and_an_empty_database(tmp_path, postgres, empty_team_url):
    no_store = call(tmp_path / "d", None, "team", "init")
    assert no_store.returncode == 2 and "needs a team store" in no_store.stderr
    with psycopg.connect(empty_team_url, autocommit=True) as conn:
        conn.execute("CREATE TABLE someone_elses (id int)")
    taken = call(tmp_path / "d", empty_team_url, "team", "init")
    assert taken.returncode == 1
    assert "is not empty: a team store is made in an empty database" in taken.stderr
    unmade = call(tmp_path / "d", empty_team_url, "queue", "list")
    assert unmade.returncode == 1 and "holds no team store" in unmade.stderr
    bad = call(tmp_path / "d", "postgresql://x@127.0.0.1:1/db", "queue", "list")
    assert bad.returncode == 1
    assert bad.stderr.strip().endswith("connection refused (is PostgreSQL running there?)")


def test_a_change_made_elsewhere_reaches_a_client_as_its_kind_and_ids(tmp_path, team_url):
    """LISTEN/NOTIFY: the client re-reads the ticket named, not the whole list."""
    import asyncio
    import time

    from stringeex_desktop.core import events
    from stringeex_desktop.core.models import Address, utcnow
    from stringeex_desktop.core.service import Service

    client = Service(tmp_path / "client", store_url=team_url)
    heard: list = []
    client.bus.subscribe(heard.append)
    try:
        def seed(tx):
            queue = tx.people.add_queue("Support")
            return tx.tickets.create_ticket(subject="Hello", requester=Address("", "c@x.example"),
                                            mailbox_id=None, reply_via=None,
                                            queue_id=queue.id, now=utcnow())
        ticket_id = asyncio.run(client._ctx.store.write(seed))
        asyncio.run(client.poll_changes())
        changed = call(tmp_path / "other", team_url, "ticket", "set", str(ticket_id),
                       "--status", "pending")
        assert changed.returncode == 0, changed.stderr
        deadline = time.monotonic() + 30
        while not heard and time.monotonic() < deadline:
            asyncio.run(client.poll_changes())
            time.sleep(0.02)
        assert [(e.kind, e.ids) for e in heard] == [(events.TICKETS, (ticket_id,))]
    finally:
        client.close()


def test_store_migrate_copies_a_single_seat_whole(tmp_path, data_dir, portal, service,
                                                  postgres, empty_team_url):
    import asyncio

    from mailmaker import make_mail
    from stringeex_desktop.core.models import TicketFilter
    from stringeex_desktop.core.service import Service

    raws = [make_mail(subject="Hóa đơn tháng 5", sender=f"Khách {i} <k{i}@example.vn>",
                      body=f"Xin gửi hóa đơn số {i}") for i in range(3)]

    async def fill():
        await service.set_portal(relay_host="smtp.acme.example", relay_port=587,
                                 relay_security="starttls", relay_username="relay",
                                 relay_password="Relay-Pa55")
        await service.add_smtp_mailbox("sales@customer.example", host="smtp.customer.example",
                                       port=587, security="starttls", username="sales",
                                       password="Smtp-Pa55", verify=False)
        delivered = [await service.deliver(raw, [portal.id], "k@example.vn") for raw in raws]
        ticket_id = delivered[-1].ticket_id
        admin = service.sign_in(f"admin@{portal.address.split('@')[1]}").email
        await service.add_canned("Thanks", "Thanks, {customer_name}!")
        await service.allow_remote_content("News@Shop.example")
        await service.set_signature(admin, "Ada, Acme Support")
        await service.save_draft(admin, ticket_id, "Half a reply", "dan@example.com")
        await service.set_ticket(ticket_id, status="pending")
        await service.mark_read(ticket_id)
        return admin, ticket_id
    admin, ticket_id = asyncio.run(fill())
    before = service.tickets(TicketFilter(), 0, 100)
    history = service.ticket(ticket_id).events
    assert [e.field for e in history] == ["assignee", "status"]
    service.close()
    assert call(data_dir, empty_team_url, "team", "init").returncode == 0
    moved = call(data_dir, None, "store", "migrate", "--to", empty_team_url, "--json")
    assert moved.returncode == 0, moved.stderr
    counts = json.loads(moved.stdout)
    assert counts["tickets"] == 3 and counts["raw_messages"] == 3 and counts["secrets"] == 2
    assert counts["outbox"] == 3  # the auto-replies, still to send
    companion = ("canned_replies", "signatures", "drafts", "remote_content_senders",
                 "ticket_reads")
    assert {name: counts[name] for name in companion} == dict.fromkeys(companion, 1)
    assert counts["ticket_events"] == len(history) + 2  # the other two tickets' routing
    again = call(data_dir, None, "store", "migrate", "--to", empty_team_url)
    assert again.returncode == 1 and "already holds data" in again.stderr
    team = Service(data_dir, store_url=empty_team_url)
    local = Service(data_dir)
    try:
        after = team.tickets(TicketFilter(), 0, 100)
        assert [(t.id, t.serial, t.subject, t.requester, t.assignee) for t in after] == \
            [(t.id, t.serial, t.subject, t.requester, t.assignee) for t in before]
        assert [t.id for t in team.tickets(TicketFilter(search="hoa don so 2"), 0, 10)] == \
            [before[0].id]
        first = team.ticket(before[-1].id)
        assert team.raw_message(first.messages[0].id) == raws[0]
        assert team.relay_password() == "Relay-Pa55"
        assert [(c.title, c.body) for c in team.canned_replies()] == \
            [("Thanks", "Thanks, {customer_name}!")]
        assert team.remote_content_allowed("news@shop.example")
        assert team.signature(admin) == "Ada, Acme Support"
        assert (team.draft(admin, ticket_id).body, team.draft(admin, ticket_id).cc) == \
            ("Half a reply", "dan@example.com")
        assert team.ticket(ticket_id).events == history
        assert {t.id: t.unread for t in team.tickets(TicketFilter(reader=admin), 0, 100)} == \
            {t.id: t.id != ticket_id for t in before}
        dump = pg_dump(postgres, empty_team_url)
        assert b"Relay-Pa55" not in dump and b"Smtp-Pa55" not in dump
        assert len(local.tickets(TicketFilter(), 0, 100)) == 3  # the single seat is untouched
        assert local.relay_password() == "Relay-Pa55"
        newer = asyncio.run(team.deliver(make_mail(subject="After the move"), [portal.id],
                                         "c@example.com"))
        assert newer.ticket_id == max(t.id for t in before) + 1
    finally:
        team.close()
        local.close()
