"""Queues renamed and removed, agents edited and deactivated: rules checked in the core."""

from __future__ import annotations

import pytest

from conftest import DOMAIN, run
from mailmaker import make_mail
from stringeex_desktop.core.errors import (ConflictError, PermissionDeniedError,
                                           ValidationError)

ALICE, BOB, ADMIN = f"alice@{DOMAIN}", f"bob@{DOMAIN}", f"admin@{DOMAIN}"


def deliver(service, portal, n: int) -> int:
    raw = make_mail(to=portal.address, subject=f"Question {n}", message_id=f"<q{n}@example.com>")
    return run(service.deliver(raw, [portal.id], "carol@example.com")).ticket_id


def test_rename_keeps_tickets_mailboxes_and_members(service, portal):
    ticket_id = deliver(service, portal, 1)
    queue = run(service.rename_queue("support", "Customer care"))  # names ignore case
    assert queue.name == "Customer care" and ALICE in queue.members
    assert service.ticket(ticket_id).queue == "Customer care"
    assert service.mailbox(portal.id).queue == "Customer care"
    run(service.add_queue("Sales"))
    with pytest.raises(ConflictError):
        run(service.rename_queue("Sales", "customer CARE"))
    with pytest.raises(ValidationError):
        run(service.rename_queue("Sales", "  "))
    assert run(service.rename_queue("Sales", "SALES")).name == "SALES"


def test_remove_is_refused_while_a_mailbox_or_open_ticket_uses_the_queue(service, portal):
    ticket_id = deliver(service, portal, 1)
    with pytest.raises(ConflictError) as refused:
        run(service.remove_queue("Support"))
    assert "support@" in str(refused.value) and "1 open ticket is in it" in str(refused.value)
    run(service.add_queue("Billing"))
    run(service.update_mailbox(portal.id, queue="Billing"))
    with pytest.raises(ConflictError) as refused:
        run(service.remove_queue("Support"))
    assert "support@" not in str(refused.value) and "1 open ticket" in str(refused.value)
    run(service.set_ticket(ticket_id, status="closed"))
    run(service.remove_queue("Support"))
    assert [q.name for q in service.queues()] == ["Billing"]
    assert service.ticket(ticket_id).queue is None  # its history stays
    assert service.agent(ALICE).queues == []


def test_deactivating_an_agent_hands_their_tickets_back_to_routing(service, portal):
    run(service.set_presence(ALICE, "online"))
    run(service.set_presence(BOB, "online"))
    tickets = [deliver(service, portal, n) for n in range(4)]
    mine = [t for t in tickets if service.ticket(t).assignee == ALICE]
    assert mine
    agent = run(service.update_agent(ALICE, active=False))
    assert not agent.active and agent.presence == "offline"
    assert all(service.ticket(t).assignee == BOB for t in tickets)
    deliver(service, portal, 9)
    assert all(t.assignee == BOB for t in service.tickets())  # never routed to Alice again
    with pytest.raises(ValidationError):
        run(service.set_ticket(tickets[0], assignee=ALICE))
    with pytest.raises(ValidationError):
        run(service.set_presence(ALICE, "online"))
    with pytest.raises(PermissionDeniedError) as refused:
        service.sign_in(ALICE)
    assert "deactivated" in str(refused.value)
    assert service.agent(ALICE).to_json()["active"] is False
    run(service.update_agent(ALICE, active=True))
    assert service.sign_in(ALICE).email == ALICE


def test_with_nobody_left_tickets_wait_for_the_queue(service, portal):
    run(service.update_agent(BOB, queues=[]))
    tickets = [deliver(service, portal, n) for n in range(2)]
    assert {service.ticket(t).assignee for t in tickets} == {ALICE}
    run(service.update_agent(ALICE, active=False))
    assert {service.ticket(t).assignee for t in tickets} == {None}
    run(service.update_agent(BOB, queues=["Support"]))  # a member again: waiting work goes
    assert {service.ticket(t).assignee for t in tickets} == {BOB}


def test_edit_name_role_and_queues_and_moving_out_of_a_queue(service, portal):
    ticket_id = deliver(service, portal, 1)
    owner = service.ticket(ticket_id).assignee
    other = BOB if owner == ALICE else ALICE
    run(service.add_queue("Sales"))
    agent = run(service.update_agent(owner, name="Renamed Person", role="supervisor",
                                     queues=["Sales"]))
    assert (agent.name, agent.role, agent.queues) == ("Renamed Person", "supervisor", ["Sales"])
    assert service.ticket(ticket_id).assignee == other  # not in Support any more
    with pytest.raises(ValidationError):
        run(service.update_agent(owner, role="owner"))
    with pytest.raises(ValidationError):
        run(service.update_agent(owner, name="x" * 500))


def test_only_an_admin_edits_agents_and_the_last_admin_stays(service, portal):
    with pytest.raises(ConflictError):
        run(service.update_agent(ADMIN, active=False))
    with pytest.raises(ConflictError):
        run(service.update_agent(ADMIN, role="agent"))
    run(service.add_agent(f"sue@{DOMAIN}", "Sue", "supervisor"))
    service.sign_in(f"sue@{DOMAIN}")
    run(service.rename_queue("Support", "Help desk"))  # a supervisor's work
    with pytest.raises(PermissionDeniedError):
        run(service.update_agent(ALICE, name="Eve"))
    service.sign_in(ALICE)
    for attempt in (service.rename_queue("Help desk", "X"), service.remove_queue("Help desk")):
        with pytest.raises(PermissionDeniedError):
            run(attempt)
    service.sign_in(ADMIN)
    run(service.update_agent(f"sue@{DOMAIN}", role="admin"))
    run(service.update_agent(ADMIN, role="agent"))  # another admin exists now
    assert service.agent(ADMIN).role == "agent"
