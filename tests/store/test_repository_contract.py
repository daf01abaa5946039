"""The repository contract every store backend keeps (docs/architecture.md).

Written against `Store`/`Tx` only, never SQL: every test runs on the SQLite file of a data
folder and on a team store in a real PostgreSQL (tests/peers/postgres.py).
"""

from __future__ import annotations

import asyncio
import time
from datetime import timedelta

import pytest

from stringeex_desktop.core import events
from stringeex_desktop.core.errors import ConflictError, NotFoundError, ValidationError
from stringeex_desktop.core.models import (Address, AutoReply, NewAttachment, Portal,
                                           SmtpSettings, TicketFilter, utcnow)
from stringeex_desktop.core.store import Store
from stringeex_desktop.core.store.postgres import Store as TeamStore

BACKENDS = ["sqlite", "postgres"]
CAROL = Address("Carol Customer", "carol@example.com")


@pytest.fixture(params=BACKENDS)
def store(request, tmp_path):
    if request.param == "postgres":
        opened = TeamStore(request.getfixturevalue("team_url"))
    else:
        opened = Store(tmp_path / "data")
    yield opened
    opened.close()


def write(store, fn):
    return asyncio.run(store.write(fn))


def seeded(store):
    """A portal, a queue with two agents, an internal email: ids by name."""
    def seed(tx):
        tx.portal.save_portal(Portal("acme.example"))
        queue = tx.people.add_queue("Support")
        alice = tx.people.add_agent("alice@acme.example", "Alice", "agent")
        bob = tx.people.add_agent("bob@acme.example", "Bob", "agent")
        for agent in (alice, bob):
            tx.people.add_membership(queue.id, agent.id)
        mailbox = tx.mailboxes.add_mailbox(kind="internal", address="support@acme.example",
                                           name="Acme Support", queue_id=queue.id,
                                           auto_reply=AutoReply(True, "Got it", "Soon."))
        return dict(queue=queue.id, alice=alice.id, bob=bob.id, mailbox=mailbox.id)
    return write(store, seed)


def new_ticket(tx, ids, subject="Printer on fire", text="It burns", now=None):
    now = now or utcnow()
    ticket_id = tx.tickets.create_ticket(subject=subject, requester=CAROL,
                                         mailbox_id=ids["mailbox"], reply_via=None,
                                         queue_id=ids["queue"], now=now)
    row = tx.tickets.add_message(ticket_id=ticket_id, mailbox_id=ids["mailbox"], direction="in",
                                 sender=CAROL, to=[], cc=[], subject=subject, text=text,
                                 html=None, now=now, message_id=f"<{ticket_id}@example.com>",
                                 source_id=f"src-{ticket_id}", content_hash="h",
                                 raw_id=tx.tickets.insert_raw(b"raw bytes"),
                                 attachments=[NewAttachment("a.txt", "text/plain", b"hello",
                                                            "cid1", True)])
    return ticket_id, row


def test_portal_round_trip_and_a_stable_thread_key(store):
    assert store.read().portal.get_portal() is None
    assert store.read().portal.thread_key() is None
    write(store, lambda tx: tx.portal.save_portal(Portal("acme.example")))
    key = store.read().portal.thread_key()
    assert len(key) == 32
    write(store, lambda tx: tx.portal.save_portal(Portal("acme.example")))
    assert store.read().portal.thread_key() == key
    assert store.read().portal.get_portal().domain == "acme.example"


def test_people_queues_membership_and_routing_candidates(store):
    ids = seeded(store)
    tx = store.read()
    assert [q.name for q in tx.people.list_queues()] == ["Support"]
    assert tx.people.find_queue("support").id == ids["queue"]
    assert tx.people.find_agent("ALICE@acme.example").id == ids["alice"]
    with pytest.raises(NotFoundError):
        tx.people.find_queue("Nope")
    with pytest.raises(ConflictError):
        write(store, lambda tx: tx.people.add_queue("SUPPORT"))
    now = utcnow()
    write(store, lambda tx: tx.people.set_presence(ids["bob"], "online", now + timedelta(
        seconds=60)))
    candidates = {c.agent_id: c for c in store.read().people.routing_candidates(ids["queue"],
                                                                                  now)}
    assert candidates[ids["bob"]].online and not candidates[ids["alice"]].online
    later = now + timedelta(seconds=120)  # the heartbeat expired
    assert not any(c.online for c in store.read().people.routing_candidates(ids["queue"], later))


def test_mailboxes_find_health_and_removal(store):
    ids = seeded(store)
    smtp = write(store, lambda tx: tx.mailboxes.add_mailbox(
        kind="smtp", address="sales@customer.example", name="Sales", queue_id=None,
        smtp=SmtpSettings("smtp.customer.example", 587, "starttls", "sales")))
    tx = store.read()
    assert tx.mailboxes.find_active("SALES@customer.example", ("smtp",)).id == smtp.id
    assert tx.mailboxes.find_active("sales@customer.example", ("internal",)) is None
    assert "support@acme.example" in tx.mailboxes.all_addresses()
    write(store, lambda tx: tx.mailboxes.set_health(smtp.id, "error", ok_at=None,
                                                    error="authentication failed"))
    health = store.read().mailboxes.get_mailbox(smtp.id).health
    assert (health.state, health.last_error) == ("error", "authentication failed")
    write(store, lambda tx: tx.mailboxes.remove_mailbox(smtp.id))  # unused: gone entirely
    with pytest.raises(NotFoundError):
        store.read().mailboxes.get_mailbox(smtp.id, include_removed=True)
    ticket_id, _ = write(store, lambda tx: new_ticket(tx, ids))
    write(store, lambda tx: tx.mailboxes.remove_mailbox(ids["mailbox"]))  # kept for history
    with pytest.raises(NotFoundError):
        store.read().mailboxes.get_mailbox(ids["mailbox"])
    kept = store.read().mailboxes.get_mailbox(ids["mailbox"], include_removed=True)
    assert kept.address == "support@acme.example" and not kept.active
    assert store.read().mailboxes.list_mailboxes() == []
    assert store.read().tickets.get_ticket(ticket_id).mailbox_id == ids["mailbox"]


def test_tickets_messages_identity_and_search(store):
    ids = seeded(store)
    ticket_id, row = write(store, lambda tx: new_ticket(tx, ids))
    tx = store.read()
    ticket = tx.tickets.get_ticket(ticket_id, with_messages=True)
    assert (ticket.subject, ticket.requester, ticket.queue, ticket.status) == \
        ("Printer on fire", CAROL, "Support", "new")
    [message] = ticket.messages
    assert message.attachments[0].filename == "a.txt" and message.attachments[0].size == 5
    assert tx.tickets.attachment_data(row, "cid1") == ("text/plain", b"hello")
    assert tx.tickets.raw_message(row) == b"raw bytes"
    assert tx.tickets.find_by_source(ids["mailbox"], f"src-{ticket_id}") == (row, ticket_id)
    assert tx.tickets.find_by_identity(ids["mailbox"], f"<{ticket_id}@example.com>", "h") == \
        (row, ticket_id)
    assert tx.tickets.find_by_identity(ids["mailbox"], f"<{ticket_id}@example.com>", "x") is None
    assert tx.tickets.ticket_for_message_ids([f"<{ticket_id}@example.com>"]) == ticket_id
    assert tx.tickets.is_participant(ticket_id, "CAROL@example.com")
    assert not tx.tickets.is_participant(ticket_id, "mallory@evil.example")
    assert [t.id for t in tx.tickets.list_tickets(TicketFilter(search="burns"), 0, 10)] == \
        [ticket_id]
    assert tx.tickets.count_tickets(TicketFilter(status="solved")) == 0


def test_ticket_updates_and_the_waiting_line(store):
    ids = seeded(store)
    first, _ = write(store, lambda tx: new_ticket(tx, ids, subject="first"))
    second, _ = write(store, lambda tx: new_ticket(tx, ids, subject="second"))
    write(store, lambda tx: [tx.tickets.update_ticket(t, awaiting_agent=1)
                             for t in (second, first)])
    assert store.read().tickets.waiting_tickets(ids["queue"]) == [first, second]
    write(store, lambda tx: tx.tickets.update_ticket(first, assignee_id=ids["bob"],
                                                     awaiting_agent=0, status="processing"))
    state = store.read().tickets.ticket_state(first)
    assert (state.assignee_id, state.status) == (ids["bob"], "processing")
    assert store.read().tickets.waiting_tickets(ids["queue"]) == [second]


def test_attachments_listed_with_ids_and_read_back_whole(store):
    ids = seeded(store)
    ticket_id, _ = write(store, lambda tx: new_ticket(tx, ids))
    [message] = store.read().tickets.get_ticket(ticket_id, with_messages=True).messages
    [listed] = message.attachments
    assert (listed.filename, listed.size, listed.content_id, listed.inline) == (
        "a.txt", 5, "cid1", True)
    info, data = store.read().tickets.attachment(listed.id)
    assert info == listed and data == b"hello"
    with pytest.raises(NotFoundError):
        store.read().tickets.attachment(listed.id + 1000)


def test_ticket_ccs_and_events(store):
    ids = seeded(store)
    ticket_id, _ = write(store, lambda tx: new_ticket(tx, ids))
    dan, erin = Address("Dan", "dan@example.com"), Address("", "erin@example.org")
    added = write(store, lambda tx: tx.tickets.add_ccs(ticket_id, [dan, erin]))
    assert added == [dan, erin]
    assert write(store, lambda tx: tx.tickets.add_ccs(ticket_id, [erin])) == []
    assert write(store, lambda tx: tx.tickets.remove_ccs(
        ticket_id, ["DAN@example.com", "nobody@example.com"])) == [dan]
    assert store.read().tickets.get_ticket(ticket_id).ccs == [erin]
    later = utcnow()
    write(store, lambda tx: tx.tickets.add_events(ticket_id, later, "alice@acme.example",
                                                  [("status", "new", "solved"),
                                                   ("ccs", None, "erin@example.org")]))
    write(store, lambda tx: tx.tickets.add_events(ticket_id, later + timedelta(seconds=1), None,
                                                  [("assignee", None, "bob@acme.example")]))
    events = store.read().tickets.get_ticket(ticket_id, with_messages=True).events
    assert [(e.actor, e.field, e.old, e.new) for e in events] == [
        ("alice@acme.example", "status", "new", "solved"),
        ("alice@acme.example", "ccs", None, "erin@example.org"),
        (None, "assignee", None, "bob@acme.example")]
    assert abs(events[0].at - later) < timedelta(seconds=1)  # stored as written, UTC
    assert store.read().tickets.get_ticket(ticket_id).events is None  # only with the thread


def test_view_counts_read_markers_filters_and_sorts(store):
    ids = seeded(store)
    start = utcnow()
    first, _ = write(store, lambda tx: new_ticket(tx, ids, subject="b first", now=start))
    second, _ = write(store, lambda tx: new_ticket(
        tx, ids, subject="A second", now=start + timedelta(seconds=1)))
    write(store, lambda tx: tx.tickets.update_ticket(first, assignee_id=ids["alice"],
                                                     status="processing", priority="urgent"))
    counts = store.read().tickets.view_counts("alice@acme.example", None)
    assert counts == {"mine": 1, "unassigned": 1, "open": 2, "pending": 0, "solved": 0,
                      "closed": 0, "queue:Support": 2}
    assert store.read().tickets.view_counts(None, ())["open"] == 0  # no queues visible
    tx = store.read()
    by_subject = tx.tickets.list_tickets(TicketFilter(sort="subject", descending=False), 0, 9)
    assert [t.id for t in by_subject] == [second, first]  # case does not sort "A" after "b"
    urgent = tx.tickets.list_tickets(TicketFilter(priority="urgent"), 0, 9)
    assert [(t.id, t.assignee_name) for t in urgent] == [(first, "Alice")]
    assert tx.tickets.count_tickets(TicketFilter(mailbox_id=ids["mailbox"],
                                                 statuses=("new",))) == 1
    assert tx.tickets.count_tickets(TicketFilter(within_queues=("Sales",))) == 0
    unread = TicketFilter(reader="alice@acme.example")
    assert all(t.unread for t in tx.tickets.list_tickets(unread, 0, 9))
    write(store, lambda tx: tx.tickets.mark_read(ids["alice"], first,
                                                 start + timedelta(seconds=5)))
    assert {t.id: t.unread for t in store.read().tickets.list_tickets(unread, 0, 9)} == \
        {first: False, second: True}
    bob = TicketFilter(reader="bob@acme.example")  # read markers are per agent
    assert all(t.unread for t in store.read().tickets.list_tickets(bob, 0, 9))


def test_outbox_claims_once_and_keeps_every_outcome(store):
    ids = seeded(store)
    ticket_id, row = write(store, lambda tx: new_ticket(tx, ids))
    now = utcnow()
    item_ids = write(store, lambda tx: [tx.outbox.enqueue(
        kind="reply", ticket_id=ticket_id, message_row_id=row, via_mailbox_id=None,
        envelope_from="support@acme.example", recipients=["carol@example.com"],
        data=f"message {i}".encode(), now=now) for i in range(3)])
    claimed = write(store, lambda tx: tx.outbox.claim_due(utcnow()))
    assert [i.id for i in claimed] == item_ids
    assert write(store, lambda tx: tx.outbox.claim_due(utcnow())) == []
    assert store.read().outbox.items_data(item_ids[:1]) == {item_ids[0]: b"message 0"}
    write(store, lambda tx: tx.outbox.mark_sent_many(
        [(item_ids[0], "250 ok", None), (item_ids[1], "250 ok", "Not delivered to <x>")],
        utcnow()))
    write(store, lambda tx: tx.outbox.mark_failed(item_ids[2], "554 spam", utcnow()))
    tx = store.read()
    assert [tx.outbox.get_item(i).state for i in item_ids] == ["sent", "sent", "failed"]
    assert sorted(i.id for i in tx.outbox.list_items()) == item_ids[1:]
    assert tx.outbox.waiting_reasons() == [("failed", "554 spam", True, 1)]
    assert tx.outbox.counts() == {"queued": 0, "sending": 0, "failed": 1}


def test_hostile_text_is_stored_and_the_rest_stays_searchable(store):
    """NUL (which PostgreSQL text refuses), a 300 KB word and 60,000 distinct words."""
    ids = seeded(store)
    words = " ".join(f"w{i}" for i in range(60_000))
    text = "before\x00after " + "x" * 300_000 + " " + words + " Hóa đơn"
    ticket_id, row = write(store, lambda tx: new_ticket(tx, ids, subject="Nul\x00byte",
                                                        text=text))
    tx = store.read()
    [message] = tx.tickets.get_ticket(ticket_id, with_messages=True).messages
    assert message.text.startswith("before") and message.text.endswith("Hóa đơn")
    assert "after" in message.text and len(message.text) == len(text)
    assert [t.id for t in tx.tickets.list_tickets(TicketFilter(search="before"), 0, 10)] == \
        [ticket_id]


def test_another_store_of_the_same_place_hears_of_changes(store, tmp_path):
    """A team store says what changed (kinds and ids); SQLite only that something did."""
    other = (TeamStore(store.location.url) if isinstance(store, TeamStore)
             else Store(tmp_path / "data"))
    try:
        asyncio.run(other.changes_elsewhere())
        asyncio.run(store.changes_elsewhere())
        write(store, lambda tx: tx.portal.save_portal(Portal("acme.example")))
        store.publish(events.PORTAL, ())
        store.publish(events.TICKETS, (7, 8))
        heard: list = []
        deadline = time.monotonic() + 30
        while len(heard) < (2 if isinstance(store, TeamStore) else 1) \
                and time.monotonic() < deadline:
            heard += asyncio.run(other.changes_elsewhere())
            time.sleep(0.01)
        if isinstance(store, TeamStore):
            assert sorted(heard) == [(events.PORTAL, ()), (events.TICKETS, (7, 8))]
        else:
            assert heard == [(events.STORE, ())]
        assert asyncio.run(store.changes_elsewhere()) == []  # its own changes, told by itself
        assert asyncio.run(other.changes_elsewhere()) == []
    finally:
        other.close()


def test_queue_membership_presence_and_assignment_bookkeeping(store):
    ids = seeded(store)
    write(store, lambda tx: tx.people.set_queue_members(ids["queue"], [ids["bob"], ids["bob"]]))
    tx = store.read()
    assert tx.people.get_queue(ids["queue"]).members == ["bob@acme.example"]
    assert tx.people.is_member(ids["queue"], ids["bob"])
    assert not tx.people.is_member(ids["queue"], ids["alice"])
    assert tx.people.queues_of_agent(ids["bob"]) == [ids["queue"]]
    write(store, lambda tx: tx.people.add_agent("Zed@acme.example", "Zed", "admin"))
    assert [a.email for a in store.read().people.list_agents()] == \
        ["alice@acme.example", "bob@acme.example", "Zed@acme.example"]
    when = utcnow()
    write(store, lambda tx: tx.people.touch_assigned(ids["bob"], when))
    [bob] = store.read().people.routing_candidates(ids["queue"], when)
    assert bob.last_assigned_at == when and bob.open_count == 0
    write(store, lambda tx: tx.people.set_presence(ids["bob"], "online", None))
    assert store.read().people.get_agent(ids["bob"]).presence == "online"


def test_mailbox_updates_and_the_auto_reply_log(store):
    ids = seeded(store)
    updated = write(store, lambda tx: tx.mailboxes.update_mailbox(
        ids["mailbox"], name="Help", active=0, online_first=1))
    assert (updated.name, updated.active, updated.online_first) == ("Help", False, True)
    with pytest.raises(ValueError):
        write(store, lambda tx: tx.mailboxes.update_mailbox(ids["mailbox"], kind="gmail"))
    assert store.read().mailboxes.queue_id_of(ids["mailbox"]) == ids["queue"]
    now = utcnow()
    assert not store.read().mailboxes.recent_auto_reply(ids["mailbox"], "carol@example.com",
                                                        now - timedelta(days=1))
    write(store, lambda tx: tx.mailboxes.log_auto_reply(ids["mailbox"], "carol@example.com",
                                                        now))
    tx = store.read()
    assert tx.mailboxes.recent_auto_reply(ids["mailbox"], "CAROL@example.com",
                                          now - timedelta(days=1))
    assert not tx.mailboxes.recent_auto_reply(ids["mailbox"], "carol@example.com", now)


def test_ticket_pages_by_ids_ccs_and_a_message_changing_sender(store):
    ids = seeded(store)
    first, row = write(store, lambda tx: new_ticket(tx, ids, subject="first"))
    second, _ = write(store, lambda tx: new_ticket(tx, ids, subject="second"))
    write(store, lambda tx: tx.tickets.add_ccs(first, [Address("Dan", "dan@example.com"),
                                                       Address("Dan", "DAN@example.com"),
                                                       Address("", "")]))
    tx = store.read()
    assert tx.tickets.get_ticket(first).ccs == [Address("Dan", "dan@example.com")]
    assert tx.tickets.is_participant(first, "dan@EXAMPLE.com")
    assert [t.id for t in tx.tickets.iter_tickets(TicketFilter(), 0, 10)] == [second, first]
    assert [t.id for t in tx.tickets.tickets_by_ids([first, 999], TicketFilter())] == [first]
    assert tx.tickets.tickets_by_ids([first], TicketFilter(status="solved")) == []
    assert tx.tickets.ticket_exists(first) and not tx.tickets.ticket_exists(999)
    assert [t.id for t in tx.tickets.list_tickets(TicketFilter(assignee="none",
                                                               queue="SUPPORT"), 0, 10)] == \
        [second, first]
    sales = write(store, lambda tx: tx.mailboxes.add_mailbox(
        kind="smtp", address="sales@customer.example", name="Sales", queue_id=None,
        smtp=SmtpSettings("smtp.customer.example", 587, "starttls", "sales")))
    write(store, lambda tx: tx.tickets.set_message_sender(row, sales.id,
                                                         Address("Sales", "sales@customer.example")))
    [message] = store.read().tickets.ticket_messages(first)
    assert message.sender == Address("Sales", "sales@customer.example")
    assert [t.id for t in store.read().tickets.list_tickets(TicketFilter(search="sales"),
                                                            0, 10)] == [first]


def reopened(store, tmp_path):
    """The same store opened again, as by the next run of a process."""
    if isinstance(store, TeamStore):
        return TeamStore(store.location.url)
    return Store(tmp_path / "data")


def test_outbox_retry_requeue_reroute_and_recovery(store, tmp_path):
    ids = seeded(store)
    ticket_id, row = write(store, lambda tx: new_ticket(tx, ids))
    now = utcnow()
    item_id = write(store, lambda tx: tx.outbox.enqueue(
        kind="reply", ticket_id=ticket_id, message_row_id=row, via_mailbox_id=None,
        envelope_from="support@acme.example", recipients=["carol@example.com"],
        data=b"one", now=now))
    assert store.read().outbox.next_due() == now
    write(store, lambda tx: tx.outbox.claim_due(now))
    store.close()  # a run that ended while sending
    store = reopened(store, tmp_path)
    try:
        assert write(store, lambda tx: tx.outbox.recover_sending(now)) == 1
        check_outbox_outcomes(store, ids, ticket_id, item_id, now)
    finally:
        store.close()


def check_outbox_outcomes(store, ids, ticket_id, item_id, now):
    later = now + timedelta(minutes=5)
    write(store, lambda tx: tx.outbox.mark_retry(item_id, "451 later", later, now))
    item = store.read().outbox.get_item(item_id)
    assert (item.state, item.attempts, item.next_attempt_at) == ("queued", 1, later)
    assert write(store, lambda tx: tx.outbox.claim_due(now)) == []
    write(store, lambda tx: tx.outbox.release_held(now))
    assert [i.id for i in write(store, lambda tx: tx.outbox.claim_due(now))] == [item_id]
    write(store, lambda tx: tx.outbox.mark_failed(item_id, "554 no", now, "554 no"))
    write(store, lambda tx: tx.outbox.reroute(item_id, ids["mailbox"], "help@acme.example",
                                              b"two", now))
    write(store, lambda tx: tx.outbox.requeue(item_id, now))
    item = store.read().outbox.get_item(item_id)
    assert (item.state, item.attempts, item.via_mailbox_id, item.envelope_from) == \
        ("queued", 0, ids["mailbox"], "help@acme.example")
    assert store.read().outbox.item_data(item_id) == b"two"
    [message] = store.read().tickets.ticket_messages(ticket_id)
    assert message.delivery == "queued" and message.outbox_id == item_id

def test_canned_replies_signatures_and_drafts(store):
    ids = seeded(store)
    ticket_id, _row = write(store, lambda tx: new_ticket(tx, ids))

    def keep(tx):
        first = tx.canned.add_canned("Zeta", "z {agent_name}")
        second = tx.canned.add_canned("alpha", "a")
        tx.canned.update_canned(first.id, "Zeta!", "z2")
        tx.canned.set_signature(ids["alice"], "Alice")
        gained = tx.drafts.save_draft(ids["alice"], ticket_id, "half", "cc@example.com")
        again = tx.drafts.save_draft(ids["alice"], ticket_id, "half more", "")
        return first.id, second.id, gained, again

    first, second, gained, again = write(store, keep)
    tx = store.read()
    assert [(c.id, c.title, c.body) for c in tx.canned.list_canned()] == [
        (second, "alpha", "a"), (first, "Zeta!", "z2")]
    assert (tx.canned.get_signature(ids["alice"]), tx.canned.get_signature(ids["bob"])) == \
        ("Alice", "")
    assert (gained, again) == (True, False)
    assert tx.drafts.get_draft(ids["alice"], ticket_id).body == "half more"
    assert tx.drafts.get_draft(ids["bob"], ticket_id) is None
    assert tx.drafts.draft_ticket_ids(ids["alice"]) == {ticket_id}
    assert tx.drafts.draft_ticket_ids(ids["bob"]) == set()
    assert write(store, lambda tx: tx.drafts.clear_draft(ids["alice"], ticket_id)) is True
    assert write(store, lambda tx: tx.canned.remove_canned(first).title) == "Zeta!"
    with pytest.raises(NotFoundError):
        store.read().canned.get_canned(first)
    write(store, lambda tx: tx.canned.set_signature(ids["alice"], ""))
    assert store.read().canned.get_signature(ids["alice"]) == ""


def test_composing_leases(store):
    """A lease starts once (renewals and the same mode say nothing new), shows only while
    alive and never to its own agent, and ends once."""
    ids = seeded(store)
    ticket_id, _row = write(store, lambda tx: new_ticket(tx, ids))
    now = utcnow()
    soon, later = now + timedelta(seconds=60), now + timedelta(seconds=90)
    mark = lambda agent, mode, until, at=now: write(  # noqa: E731
        store, lambda tx: tx.drafts.mark_composing(ids[agent], ticket_id, mode, until, at))
    assert mark("alice", "reply", soon) is True
    assert mark("alice", "reply", later) is False
    assert mark("alice", "note", later) is True
    assert mark("bob", "reply", soon) is True
    tx = store.read()
    seen = tx.drafts.composing_on(ticket_id, now, ids["bob"])
    assert [(c.agent_email, c.agent_name, c.mode) for c in seen] == [
        ("alice@acme.example", "Alice", "note")]
    assert seen[0].expires_at == later
    assert [c.agent_name for c in tx.drafts.composing_on(ticket_id, now)] == ["Alice", "Bob"]
    assert [c.agent_name for c in tx.drafts.composing_on(ticket_id, soon, ids["alice"])] == []
    assert mark("bob", "reply", soon + timedelta(seconds=60), soon) is True  # lapsed: anew
    clear = lambda agent, at=now: write(  # noqa: E731
        store, lambda tx: tx.drafts.clear_composing(ids[agent], ticket_id, at))
    assert clear("alice", later) is False  # lapsed already: nobody needs telling
    assert clear("bob") is True
    assert clear("bob") is False
    assert store.read().drafts.composing_on(ticket_id, now) == []


def test_ticket_activity_of_an_agent(store):
    ids = seeded(store)

    def make(tx):
        mine, _ = new_ticket(tx, ids, subject="Mine")
        other, _ = new_ticket(tx, ids, subject="Bob's")
        tx.tickets.update_ticket(mine, assignee_id=ids["alice"])
        tx.tickets.update_ticket(other, assignee_id=ids["bob"])
        tx.tickets.add_message(ticket_id=mine, mailbox_id=None, direction="note",
                               sender=CAROL, to=[], cc=[], subject="", text="n", html=None,
                               now=utcnow())
        return mine, other

    mine, other = write(store, make)
    tx = store.read()
    [activity] = tx.activity.ticket_activity(ids["alice"], None, 10)
    assert (activity.id, activity.status, activity.message_count, activity.last_direction) == \
        (mine, "new", 2, "note")
    assert tx.activity.ticket_activity(ids["alice"], [other], 10) == []
    assert [a.id for a in tx.activity.ticket_activity(ids["bob"], [other, mine], 10)] == [other]


def test_remote_content_senders_allowed_listed_and_removed(store):
    def allow(tx):
        first = tx.portal.allow_remote_sender("News@Shop.example", "alice@acme.example")
        again = tx.portal.allow_remote_sender("news@shop.example", "bob@acme.example")
        tx.portal.allow_remote_sender("a@b.example", None)
        return first, again

    assert write(store, allow) == (True, False)
    tx = store.read()
    sender = tx.portal.remote_sender("NEWS@shop.example")
    assert (sender.email, sender.allowed_by) == ("news@shop.example", "alice@acme.example")
    assert [s.email for s in tx.portal.remote_senders()] == ["a@b.example", "news@shop.example"]
    assert tx.portal.remote_sender("other@shop.example") is None
    assert write(store, lambda tx: tx.portal.remove_remote_sender("News@shop.example")) is True
    assert write(store, lambda tx: tx.portal.remove_remote_sender("news@shop.example")) is False
    assert [s.email for s in store.read().portal.remote_senders()] == ["a@b.example"]


def test_queue_rename_usage_removal_and_agent_edits(store):
    ids = seeded(store)

    def edit(tx):
        renamed = tx.people.rename_queue(ids["queue"], "Help desk")
        billing = tx.people.add_queue("Billing")
        tx.people.set_agent_queues(ids["alice"], [billing.id, billing.id])
        alice = tx.people.update_agent(ids["alice"], name="Alice A.", role="supervisor",
                                       active=False)
        return renamed, billing, alice

    renamed, billing, alice = write(store, edit)
    assert renamed.name == "Help desk"
    assert (alice.name, alice.role, alice.active, alice.queues) == (
        "Alice A.", "supervisor", False, ["Billing"])
    tx = store.read()
    assert tx.people.queue_usage(ids["queue"]) == (["support@acme.example"], 0)
    assert tx.people.active_admins() == 0
    assert tx.tickets.open_tickets_of(ids["bob"]) == []
    with pytest.raises(ConflictError):
        write(store, lambda tx: tx.people.rename_queue(billing.id, "HELP DESK"))
    write(store, lambda tx: tx.people.remove_queue(billing.id))
    assert [q.name for q in store.read().people.list_queues()] == ["Help desk"]


def test_every_sort_agrees_on_both_backends_unassigned_first_ascending(store):
    """SQLite sorts NULLs first: an unassigned ticket leads an ascending sort by assignee or
    queue and ends a descending one, on every backend."""
    ids = seeded(store)
    start = utcnow()
    made = [write(store, lambda tx, i=i: new_ticket(tx, ids, subject=s,
                                                   now=start + timedelta(seconds=i)))[0]
            for i, s in enumerate(("b", "A", "c"))]
    write(store, lambda tx: tx.tickets.update_ticket(made[0], assignee_id=ids["bob"],
                                                     status="pending", priority="low"))
    write(store, lambda tx: tx.tickets.update_ticket(made[1], assignee_id=ids["alice"],
                                                     queue_id=None, priority="urgent"))
    tx = store.read()

    def order(sort, descending=False):
        return [t.id for t in tx.tickets.list_tickets(
            TicketFilter(sort=sort, descending=descending), 0, 9)]

    assert order("assignee") == [made[2], made[1], made[0]]
    assert order("assignee", True) == [made[0], made[1], made[2]]
    assert order("queue") == [made[1], made[0], made[2]]
    assert order("queue", True) == [made[2], made[0], made[1]]
    assert order("status") == [made[1], made[2], made[0]]
    assert order("priority", True) == [made[1], made[2], made[0]]
    assert order("serial", True) == made[::-1]
    with pytest.raises(ValidationError):
        order("id; DROP TABLE tickets")
