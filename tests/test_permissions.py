"""Roles are enforced in the service, whatever the GUI shows."""

from __future__ import annotations

import pytest

from conftest import DOMAIN, run
from mailmaker import make_mail
from stringeex_desktop.core.errors import PermissionDeniedError


@pytest.fixture
def ticket_id(service, portal):
    return run(service.deliver(make_mail(), [portal.id], "carol@example.com")).ticket_id


def test_agent_cannot_administer(service, portal):
    service.sign_in(f"alice@{DOMAIN}")
    for attempt in (service.add_queue("Sales"),
                    service.add_agent("eve@example.com", "Eve", "admin"),
                    service.add_internal_mailbox("x", name="X", queue="Support"),
                    service.update_mailbox(portal.id, active=False),
                    service.set_portal(relay_host="smtp.example.com"),
                    service.set_presence(f"bob@{DOMAIN}", "online")):
        with pytest.raises(PermissionDeniedError):
            run(attempt)
    assert service.mailbox(portal.id).active
    assert service.agent(f"bob@{DOMAIN}").presence == "offline"


def test_agent_sets_own_presence_and_works_tickets_of_own_queue(service, portal, ticket_id):
    run(service.add_agent(f"sam@{DOMAIN}", "Sam", "agent"))
    service.sign_in(f"alice@{DOMAIN}")
    assert run(service.set_presence(f"alice@{DOMAIN}", "online")).presence == "online"
    assert run(service.set_ticket(ticket_id, status="pending")).status == "pending"
    with pytest.raises(PermissionDeniedError):  # not a member of the ticket's queue
        run(service.set_ticket(ticket_id, assignee=f"sam@{DOMAIN}"))


def test_agent_outside_the_queue_cannot_touch_its_tickets(service, portal, ticket_id):
    run(service.add_queue("Sales"))
    run(service.add_agent(f"sam@{DOMAIN}", "Sam", "agent", ["Sales"]))
    service.sign_in(f"sam@{DOMAIN}")
    with pytest.raises(PermissionDeniedError):
        run(service.set_ticket(ticket_id, status="solved"))
    with pytest.raises(PermissionDeniedError):
        run(service.add_note(ticket_id, f"sam@{DOMAIN}", "peeking"))
    with pytest.raises(PermissionDeniedError):  # nor read them
        service.ticket(ticket_id)
    service.sign_in(f"admin@{DOMAIN}")
    assert service.ticket(ticket_id).status == "new"


def test_supervisor_manages_mailboxes_but_not_the_portal(service, portal):
    run(service.add_agent(f"sue@{DOMAIN}", "Sue", "supervisor"))
    service.sign_in(f"sue@{DOMAIN}")
    run(service.update_mailbox(portal.id, online_first=True))
    with pytest.raises(PermissionDeniedError):
        run(service.set_portal(relay_host="smtp.example.com"))
    assert service.portal().relay.host == ""


def test_remote_content_allow_is_per_sender_and_revoked_by_its_author_or_a_supervisor(
        service, portal):
    from stringeex_desktop.core.errors import NotFoundError, ValidationError

    service.sign_in(f"alice@{DOMAIN}")
    allowed = run(service.allow_remote_content("News <News@Shop.example>"))
    assert (allowed.email, allowed.allowed_by) == ("news@shop.example", f"alice@{DOMAIN}")
    assert service.remote_content_allowed("NEWS@shop.example")
    assert not service.remote_content_allowed("other@shop.example")
    run(service.allow_remote_content("promo@shop.example"))
    with pytest.raises(ValidationError):
        run(service.allow_remote_content("x@example.com\r\nBcc: y@example.com"))
    service.sign_in(f"bob@{DOMAIN}")
    with pytest.raises(PermissionDeniedError):  # not his choice to take back
        run(service.revoke_remote_content("news@shop.example"))
    service.sign_in(f"alice@{DOMAIN}")
    run(service.revoke_remote_content("News@Shop.example"))
    assert not service.remote_content_allowed("news@shop.example")
    with pytest.raises(NotFoundError):
        run(service.revoke_remote_content("news@shop.example"))
    service.sign_in(f"admin@{DOMAIN}")
    run(service.revoke_remote_content("promo@shop.example"))
    assert service.remote_content_senders() == []
