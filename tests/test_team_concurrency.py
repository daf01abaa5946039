"""Several processes on one team store: who wins a ticket, who gets a waiting one."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import DOMAIN, cli_env, run, store_of
from stringeex_desktop.core.models import Address, utcnow
from stringeex_desktop.core.service import Service

# An agent's desktop: signs in, waits for "go", takes each ticket named, prints the outcomes.
TAKER = """
import asyncio, json, sys
from pathlib import Path
from stringeex_desktop.core.errors import ConflictError
from stringeex_desktop.core.service import Service
service = Service(Path(sys.argv[1]), store_url=sys.argv[2])
service.sign_in(sys.argv[3])
print("ready", flush=True)
tickets = json.loads(sys.stdin.readline())
async def take_all():
    outcomes = []
    for ticket_id in tickets:
        try:
            await service.take_ticket(ticket_id)
            outcomes.append("won")
        except ConflictError as exc:
            outcomes.append(str(exc))
    return outcomes
print(json.dumps(asyncio.run(take_all())), flush=True)
service.close()
"""


def make_tickets(service, count: int) -> list[int]:
    async def setup():
        await service.set_up(DOMAIN, f"admin@{DOMAIN}", "Ada Admin")
        await service.add_queue("Support")
        await service.add_agent(f"alice@{DOMAIN}", "Alice", "agent", ["Support"])
        await service.add_agent(f"bob@{DOMAIN}", "Bob", "agent", ["Support"])
        return await service.add_internal_mailbox("support", name="Acme Support",
                                                  queue="Support")
    mailbox = run(setup())
    store = store_of(service)

    def create(tx):
        ids = []
        queue_id = tx.people.find_queue("Support").id
        for i in range(count):
            ticket_id = tx.tickets.create_ticket(
                subject=f"Race {i}", requester=Address("", "c@example.com"),
                mailbox_id=mailbox.id, reply_via=None, queue_id=queue_id, now=utcnow())
            ids.append(ticket_id)
        return ids
    return run(store.write(create))


def test_two_agents_taking_the_same_tickets_get_one_winner_each(tmp_path, team_url):
    service = Service(tmp_path / "admin", store_url=team_url)
    try:
        tickets = make_tickets(service, 20)
        desks = [subprocess.Popen([sys.executable, "-c", TAKER, str(tmp_path / name), team_url,
                                   f"{name}@{DOMAIN}"], stdin=subprocess.PIPE,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                  env=cli_env()) for name in ("alice", "bob")]
        for desk in desks:
            assert desk.stdout.readline() == "ready\n", desk.stderr.read()
        for desk in desks:
            desk.stdin.write(json.dumps(tickets) + "\n")
            desk.stdin.flush()
        results = []
        for desk in desks:
            out, err = desk.communicate(timeout=120)
            assert desk.returncode == 0, err
            results.append(json.loads(out))
        for index, ticket_id in enumerate(tickets):
            alice, bob = results[0][index], results[1][index]
            assert sorted([alice == "won", bob == "won"]) == [False, True], (alice, bob)
            winner = "alice" if alice == "won" else "bob"
            loser_heard = bob if winner == "alice" else alice
            assert loser_heard.startswith(f"Ticket #{ticket_id:06d} was just taken by ")
            assert f"({winner}@{DOMAIN})" in loser_heard
            assert service.ticket(ticket_id).assignee == f"{winner}@{DOMAIN}"
    finally:
        service.close()


def test_taking_a_ticket_on_a_single_seat(portal, service):
    """The same rule without a team store: the second taker hears who has it."""
    import pytest

    from stringeex_desktop.core.errors import ConflictError

    [ticket_id] = make_tickets_single(service)
    service.sign_in(f"alice@{DOMAIN}")
    assert run(service.take_ticket(ticket_id)).assignee == f"alice@{DOMAIN}"
    assert run(service.take_ticket(ticket_id)).assignee == f"alice@{DOMAIN}"  # again: fine
    service.sign_in(f"bob@{DOMAIN}")
    with pytest.raises(ConflictError, match=r"#\d{6} was just taken by Alice \(alice@"):
        run(service.take_ticket(ticket_id))


def make_tickets_single(service) -> list[int]:
    def create(tx):
        queue_id = tx.people.find_queue("Support").id
        return [tx.tickets.create_ticket(subject="One", requester=Address("", "c@example.com"),
                                         mailbox_id=None, reply_via=None, queue_id=queue_id,
                                         now=utcnow())]
    return run(store_of(service).write(create))


def test_deliveries_through_two_nodes_at_once_share_out_by_the_rules(tmp_path, team_url):
    """Two nodes routing at the same moment each see the other's assignment: the queue's
    two members end with five tickets each (fewest open tickets first), never ten and none."""
    import asyncio

    from mailmaker import make_mail

    first = Service(tmp_path / "n1", store_url=team_url)
    second = Service(tmp_path / "n2", store_url=team_url)
    try:
        async def setup():
            await first.set_up(DOMAIN, f"admin@{DOMAIN}", "Ada Admin")
            await first.add_queue("Support")
            for name in ("alice", "bob"):
                await first.add_agent(f"{name}@{DOMAIN}", name.title(), "agent", ["Support"])
            return await first.add_internal_mailbox("support", name="Acme Support",
                                                    queue="Support")
        mailbox = run(setup())

        async def burst():
            mails = [make_mail(sender=f"c{i}@example.com", subject=f"Load {i}")
                     for i in range(10)]
            await asyncio.gather(*[(first if i % 2 else second).deliver(
                raw, [mailbox.id], f"c{i}@example.com") for i, raw in enumerate(mails)])
        run(burst())
        assignees = [t.assignee for t in first.tickets(limit=100)]
        assert sorted(assignees) == [f"alice@{DOMAIN}"] * 5 + [f"bob@{DOMAIN}"] * 5
    finally:
        first.close()
        second.close()
