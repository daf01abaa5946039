"""The agent's day in the core: views and their counts, what an agent sees, read markers,
and bulk changes that respect roles."""

from __future__ import annotations

import pytest

from conftest import DOMAIN, run
from mailmaker import make_mail
from stringeex_desktop.core.errors import PermissionDeniedError, ValidationError
from stringeex_desktop.core.models import TicketFilter, view_filter

ALICE = f"alice@{DOMAIN}"
BOB = f"bob@{DOMAIN}"


def deliver(service, mailbox, subject, sender="carol@example.com"):
    return run(service.deliver(make_mail(sender=sender, subject=subject), [mailbox.id],
                               sender)).ticket_id


@pytest.fixture
def sales(service, portal):
    """A second queue, Sales, worked by Sam alone, with its own internal email."""
    run(service.add_queue("Sales"))
    run(service.add_agent(f"sam@{DOMAIN}", "Sam", "agent", ["Sales"]))
    return run(service.add_internal_mailbox("sales", name="Sales", queue="Sales"))


def test_counts_match_the_views_lists(service, portal, sales):
    support = [deliver(service, portal, f"Support {n}") for n in range(4)]
    deliver(service, sales, "Sales question")
    run(service.set_ticket(support[0], status="solved"))
    run(service.set_ticket(support[1], status="pending"))
    run(service.set_ticket(support[2], assignee="none"))
    run(service.set_ticket(support[3], assignee=ALICE))
    counts = service.view_counts()  # no one signed in (the CLI): everything, nothing "mine"
    assert (counts["open"], counts["solved"], counts["pending"], counts["mine"]) == (4, 1, 1, 0)
    for me in (f"admin@{DOMAIN}", ALICE):  # an admin sees both queues, Alice only Support
        service.sign_in(me)
        counts = service.view_counts()
        for view, count in counts.items():
            assert service.ticket_count(view_filter(view, me)) == count, (me, view)
    assert counts["mine"] == 1 and "queue:Sales" not in counts


def test_an_agent_sees_only_the_tickets_of_their_queues(service, portal, sales):
    support = deliver(service, portal, "Printer on fire")
    deal = deliver(service, sales, "Quote for 40 chairs")
    service.sign_in(f"sam@{DOMAIN}")
    assert [t.id for t in service.tickets(TicketFilter(), 0, 10)] == [deal]
    assert service.ticket_count(TicketFilter(search="printer")) == 0
    assert service.tickets_by_ids([support, deal]) == service.tickets(TicketFilter(), 0, 10)
    assert set(service.view_counts()) == {"mine", "unassigned", "open", "pending", "solved",
                                          "closed", "queue:Sales"}
    assert service.view_counts()["open"] == 1
    with pytest.raises(PermissionDeniedError):
        service.ticket(support)
    service.sign_in(f"admin@{DOMAIN}")
    assert service.ticket_count(TicketFilter()) == 2


def test_new_customer_mail_makes_a_read_ticket_unread_again(service, portal):
    ticket_id = deliver(service, portal, "Broken widget")
    service.sign_in(ALICE)
    assert service.tickets(TicketFilter(), 0, 1)[0].unread
    run(service.mark_read(ticket_id))
    assert not service.tickets(TicketFilter(), 0, 1)[0].unread
    run(service.add_note(ticket_id, ALICE, "Looking into it"))  # our own words: still read
    assert not service.tickets(TicketFilter(), 0, 1)[0].unread
    raw = make_mail(subject=f"Re: Broken widget [#{ticket_id:06d}]", body="Any news?")
    assert run(service.deliver(raw, [portal.id], "carol@example.com")).ticket_id == ticket_id
    assert service.tickets(TicketFilter(), 0, 1)[0].unread
    service.sign_in(BOB)
    assert service.tickets(TicketFilter(), 0, 1)[0].unread


def test_bulk_changes_are_one_transaction_and_respect_roles(service, portal, sales):
    support = [deliver(service, portal, f"Support {n}") for n in range(3)]
    deal = deliver(service, sales, "Quote")
    service.sign_in(ALICE)
    taken = run(service.update_tickets(support, assignee=ALICE))  # an agent may take
    assert {t.assignee for t in taken} == {ALICE}
    with pytest.raises(PermissionDeniedError):
        run(service.update_tickets(support, assignee=BOB))
    with pytest.raises(PermissionDeniedError):
        run(service.update_tickets(support, queue="Sales"))
    with pytest.raises(PermissionDeniedError):  # one ticket of another queue: none change
        run(service.update_tickets(support + [deal], status="solved"))
    assert {service.ticket(t).status for t in support} == {"new"}
    run(service.update_tickets(support, status="pending"))
    assert {service.ticket(t).status for t in support} == {"pending"}
    with pytest.raises(ValidationError):
        run(service.update_tickets(support, status="done"))
    with pytest.raises(ValidationError):
        run(service.update_tickets([], status="solved"))
    service.sign_in(f"admin@{DOMAIN}")
    moved = run(service.update_tickets(support, queue="Sales", assignee=f"sam@{DOMAIN}"))
    assert {(t.queue, t.assignee) for t in moved} == {("Sales", f"sam@{DOMAIN}")}
    history = [(e.actor, e.field, e.old, e.new) for e in service.ticket(support[0]).events]
    assert history[-4:] == [(None, "assignee", None, ALICE),  # routing gave it to her
                            (ALICE, "status", "new", "pending"),
                            (f"admin@{DOMAIN}", "queue", "Support", "Sales"),
                            (f"admin@{DOMAIN}", "assignee", ALICE, f"sam@{DOMAIN}")]


def test_a_deactivated_agent_is_not_assigned_in_bulk(service, portal):
    ticket = deliver(service, portal, "Help")
    run(service.update_agent(BOB, active=False))
    with pytest.raises(ValidationError, match="deactivated"):
        run(service.update_tickets([ticket], assignee=BOB))
    assert service.ticket(ticket).assignee != BOB


def test_sorting_by_an_unknown_column_is_refused(service, portal):
    with pytest.raises(ValidationError):
        service.tickets(TicketFilter(sort="id; DROP TABLE tickets"))
