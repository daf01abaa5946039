"""What only the team store (PostgreSQL) does: its URL, its errors, its schema among nodes."""

from __future__ import annotations

import threading

import psycopg
import pytest

from conftest import free_port
from stringeex_desktop.core.errors import StoreError
from stringeex_desktop.core.store.migrations import MIGRATIONS
from stringeex_desktop.core.store.postgres import Store as TeamStore
from stringeex_desktop.core.store.postgres.db import parse_url


def test_urls_are_checked_and_shown_without_their_password():
    location = parse_url("postgresql://ada:s3cret@db.example:6432/team?sslmode=verify-full")
    assert (location.host, location.port, location.database, location.user) == \
        ("db.example", 6432, "team", "ada")
    assert location.display() == "postgresql://ada@db.example:6432/team?sslmode=verify-full"
    assert parse_url("postgresql://ada@db.example/team").port == 5432
    for bad, says in [("mysql://ada@db/team", "not a team store URL"),
                      ("postgresql://db.example/team", "lacks its user"),
                      ("postgresql://ada:s3cret@db.example:http/team", "port is not a number"),
                      ("postgresql://ada:s3cret@db.example/team?bogus=1", "malformed")]:
        with pytest.raises(StoreError, match=says) as caught:
            parse_url(bad)
        assert "s3cret" not in str(caught.value)


def test_failures_to_connect_name_the_place_and_the_step(postgres, team_url):
    port = free_port()
    with pytest.raises(StoreError) as refused:
        TeamStore(f"postgresql://ada:x@127.0.0.1:{port}/team")
    assert str(refused.value) == (f"cannot reach the team store at 127.0.0.1:{port}: connection "
                                  "refused (is PostgreSQL running there?)")
    wrong = team_url.replace(postgres.password, "wrong-password")
    with pytest.raises(StoreError) as denied:
        TeamStore(wrong)
    assert str(denied.value) == (f"password authentication failed for user stringeex on the "
                                 f"team store at 127.0.0.1:{postgres.port}")
    assert "wrong-password" not in str(denied.value)
    missing = team_url.rsplit("/", 1)[0] + "/no_such_db"
    with pytest.raises(StoreError, match='database "no_such_db" does not exist'):
        TeamStore(missing)


def test_a_database_without_a_team_store_is_refused_not_filled(empty_team_url):
    with pytest.raises(StoreError, match="holds no team store: create one with `team init`"):
        TeamStore(empty_team_url)
    with psycopg.connect(empty_team_url) as conn:
        assert conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
                            ).fetchone()[0] == 0


def test_a_store_from_a_newer_app_is_refused(team_url):
    with psycopg.connect(team_url, autocommit=True) as conn:
        conn.execute("UPDATE stringeex_schema SET version = %s", (len(MIGRATIONS) + 1,))
    with pytest.raises(StoreError, match="newer StringeeX Desktop .*update the app"):
        TeamStore(team_url)


def test_eight_nodes_create_one_store_at_once(empty_team_url):
    """The version is read under the migration lock, inside each step's transaction."""
    go = threading.Barrier(8)
    outcomes: list = []

    def node():
        go.wait()
        try:
            TeamStore(empty_team_url, create=True).close()
            outcomes.append("ok")
        except Exception as exc:  # reported below
            outcomes.append(repr(exc))

    threads = [threading.Thread(target=node) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert outcomes == ["ok"] * 8
    with psycopg.connect(empty_team_url) as conn:
        assert conn.execute("SELECT version FROM stringeex_schema").fetchall() == \
            [(len(MIGRATIONS),)]


def test_a_database_restart_costs_one_failed_call_not_the_store(postgres, team_url):
    from stringeex_desktop.core.models import Portal
    import asyncio

    store = TeamStore(team_url)
    try:
        asyncio.run(store.write(lambda tx: tx.portal.save_portal(Portal("acme.example"))))
        assert store.read().portal.get_portal().domain == "acme.example"
        postgres.stop()
        postgres.start()
        with pytest.raises(StoreError, match="connection"):
            store.read().portal.get_portal()
        assert store.read().portal.get_portal().domain == "acme.example"
        asyncio.run(store.write(lambda tx: tx.portal.save_portal(Portal("beta.example"))))
        assert store.read().portal.get_portal().domain == "beta.example"
    finally:
        store.close()


# A node: claims due outbox rows until none is left, printing each id it claimed.
CLAIMER = """
import asyncio, sys
from stringeex_desktop.core.models import utcnow
from stringeex_desktop.core.store.postgres import Store
store = Store(sys.argv[1])
print("ready", flush=True)
sys.stdin.readline()
while True:
    items = asyncio.run(store.write(lambda tx: tx.outbox.claim_due(utcnow(), limit=7)))
    if not items:
        break
    asyncio.run(store.write(lambda tx: tx.outbox.mark_sent_many(
        [(i.id, "250 ok", None) for i in items], utcnow())))
    print(" ".join(str(i.id) for i in items), flush=True)
store.close()
"""

# A node that claims everything due and then hangs while "sending" (until killed).
HOLDER = """
import asyncio, sys, time
from stringeex_desktop.core.models import utcnow
from stringeex_desktop.core.store.postgres import Store
store = Store(sys.argv[1])
items = asyncio.run(store.write(lambda tx: tx.outbox.claim_due(utcnow())))
print(len(items), flush=True)
time.sleep(600)
"""


def queue_rows(store, count: int) -> list[int]:
    import asyncio

    from stringeex_desktop.core.models import utcnow

    now = utcnow()
    return asyncio.run(store.write(lambda tx: [tx.outbox.enqueue(
        kind="auto_reply", ticket_id=None, message_row_id=None, via_mailbox_id=None,
        envelope_from="support@acme.example", recipients=[f"c{i}@example.com"],
        data=b"x", now=now) for i in range(count)]))


def node(script: str, url: str):
    import subprocess
    import sys

    from conftest import cli_env

    return subprocess.Popen([sys.executable, "-c", script, url], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=cli_env())


def test_three_nodes_claim_each_outbox_row_exactly_once(team_url):
    store = TeamStore(team_url)
    try:
        ids = queue_rows(store, 300)
        nodes = [node(CLAIMER, team_url) for _ in range(3)]
        for child in nodes:
            assert child.stdout.readline() == "ready\n", child.stderr.read()
        for child in nodes:
            child.stdin.write("go\n")
            child.stdin.flush()
        claimed: list[int] = []
        for child in nodes:
            out, err = child.communicate(timeout=120)
            assert child.returncode == 0, err
            claimed += [int(i) for i in out.split()]
        assert sorted(claimed) == ids  # every row once: none twice, none left
        assert {store.read().outbox.get_item(i).state for i in ids} == {"sent"}
    finally:
        store.close()


def test_rows_of_a_node_killed_while_sending_are_taken_over(team_url):
    import asyncio
    import time

    from stringeex_desktop.core.models import utcnow

    store = TeamStore(team_url)
    holder = node(HOLDER, team_url)
    try:
        ids = queue_rows(store, 5)
        assert holder.stdout.readline() == "5\n", holder.stderr.read()
        # The holder lives: its rows are its own, for claims and for a restart's recovery.
        assert asyncio.run(store.write(lambda tx: tx.outbox.claim_due(utcnow()))) == []
        assert asyncio.run(store.write(lambda tx: tx.outbox.recover_sending(utcnow()))) == 0
        holder.kill()
        holder.wait()
        deadline = time.monotonic() + 30  # PostgreSQL ends the session when its socket closes
        taken: list = []
        while not taken and time.monotonic() < deadline:
            taken = asyncio.run(store.write(lambda tx: tx.outbox.claim_due(utcnow())))
            time.sleep(0.05)
        assert sorted(i.id for i in taken) == ids
    finally:
        if holder.poll() is None:
            holder.kill()
            holder.wait()
        store.close()
