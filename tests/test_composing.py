"""Who else is writing on a ticket ("Ada is replying"): the core's leases, on SQLite."""

from __future__ import annotations

from datetime import timedelta

import pytest

from conftest import DOMAIN, run, store_of
from mailmaker import make_mail
from stringeex_desktop.core import events
from stringeex_desktop.core.errors import NotFoundError, PermissionDeniedError, ValidationError
from stringeex_desktop.core.models import utcnow
from stringeex_desktop.core.service import COMPOSING_LEASE

ADMIN, ALICE, BOB = (f"{name}@{DOMAIN}" for name in ("admin", "alice", "bob"))


@pytest.fixture
def ticket_id(service, portal):
    raw = make_mail(sender="Carol Customer <carol@example.com>", to=f"support@{DOMAIN}")
    return run(service.deliver(raw, [portal.id], "carol@example.com")).ticket_id


def shown(service, ticket_id):
    return [(c.agent_name, c.mode) for c in service.composing_on(ticket_id)]


def test_a_mark_shows_to_others_never_to_myself_and_ends_when_cleared(service, ticket_id):
    seen = []
    service.bus.subscribe(lambda e: seen.append(e.ids) if e.kind == events.TICKETS else None)
    service.sign_in(ALICE)
    before = utcnow()
    expires = run(service.mark_composing(ticket_id, "reply"))
    assert before + COMPOSING_LEASE <= expires <= utcnow() + COMPOSING_LEASE
    assert shown(service, ticket_id) == []  # not myself
    run(service.mark_composing(ticket_id, "reply"))  # a renewal: nobody needs telling
    assert seen == [(ticket_id,)]
    service.sign_in(BOB)
    assert shown(service, ticket_id) == [("Alice", "reply")]
    run(service.mark_composing(ticket_id, "note"))
    service.sign_in(ADMIN)
    assert shown(service, ticket_id) == [("Alice", "reply"), ("Bob", "note")]
    service.sign_in(ALICE)
    run(service.mark_composing(ticket_id, "note"))  # the mode changed: others hear of it
    run(service.clear_composing(ticket_id))
    run(service.clear_composing(ticket_id))  # nothing left to end: no event
    assert seen == [(ticket_id,)] * 4
    service.sign_in(BOB)
    assert shown(service, ticket_id) == []


def test_a_lease_runs_out_unless_renewed(service, ticket_id):
    service.sign_in(ALICE)
    past = utcnow() - COMPOSING_LEASE - timedelta(seconds=1)
    alice = service.actor.id
    run(store_of(service).write(lambda tx: tx.drafts.mark_composing(
        alice, ticket_id, "reply", past + COMPOSING_LEASE, past)))
    service.sign_in(BOB)
    assert shown(service, ticket_id) == []
    service.sign_in(ALICE)
    seen = []
    service.bus.subscribe(lambda e: seen.append(e.ids) if e.kind == events.TICKETS else None)
    run(service.mark_composing(ticket_id, "reply"))  # renewed after it ran out: starts anew
    assert seen == [(ticket_id,)]
    service.sign_in(BOB)
    assert shown(service, ticket_id) == [("Alice", "reply")]


def test_only_agents_who_may_work_the_ticket_mark_it(service, ticket_id):
    run(service.add_queue("Billing"))
    run(service.add_agent(f"carl@{DOMAIN}", "Carl", "agent", ["Billing"]))
    service.sign_in(f"carl@{DOMAIN}")
    with pytest.raises(PermissionDeniedError):
        run(service.mark_composing(ticket_id, "reply"))
    with pytest.raises(PermissionDeniedError):
        service.composing_on(ticket_id)
    service.sign_in(ALICE)
    for mode in ("draft", "", "REPLY"):
        with pytest.raises(ValidationError):
            run(service.mark_composing(ticket_id, mode))
    with pytest.raises(NotFoundError):
        run(service.mark_composing(ticket_id + 99, "reply"))
    with pytest.raises(ValidationError):
        run(service.mark_composing("#x'; DROP TABLE composing", "reply"))
    service.sign_in(BOB)
    assert shown(service, ticket_id) == []


def test_scripts_without_an_agent_cannot_mark(service, ticket_id):
    with pytest.raises(ValidationError):
        run(service.mark_composing(ticket_id, "reply"))
