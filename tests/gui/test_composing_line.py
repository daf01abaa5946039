"""Two agents on one ticket see each other before they both answer: two services on one data
folder, as two desktops on one store (the single seat's data_version poll carries it)."""

from __future__ import annotations

from datetime import timedelta

from conftest import store_of
from stringeex_desktop.core.models import utcnow
from stringeex_desktop.core.service import Service

from .conftest import DOMAIN, ticket_mail

BOB = f"bob@{DOMAIN}"


def test_the_pane_shows_who_else_is_writing(make_window, portal, internal, run, qtbot):
    ticket_id = run(portal.deliver(ticket_mail(1, internal.address), [internal.id],
                                   "customer1@example.com")).ticket_id
    second = run(portal.deliver(ticket_mail(2, internal.address), [internal.id],
                                "customer2@example.com")).ticket_id
    run(portal.add_agent(BOB, "Bob <b>Builder</b> & Co", "agent", ["Support"]))
    other = Service(portal.data_dir)  # Bob's desktop
    try:
        other.sign_in(BOB)
        window, _core, _presence = make_window()
        pane = window.pane
        assert window.select_ticket(ticket_id)
        qtbot.waitUntil(lambda: pane.ticket_id == ticket_id)
        run(portal.poll_changes())  # the baseline: later polls report changes
        label = pane.ui.composingLabel
        assert label.isHidden()

        run(other.mark_composing(ticket_id, "reply"))
        run(portal.poll_changes())
        qtbot.waitUntil(lambda: label.isVisible())
        assert label.text() == "Bob <b>Builder</b> & Co is replying"
        run(other.mark_composing(ticket_id, "note"))
        run(portal.poll_changes())
        qtbot.waitUntil(lambda: label.text() == "Bob <b>Builder</b> & Co is writing a note")

        run(other.clear_composing(ticket_id))
        run(portal.poll_changes())
        qtbot.waitUntil(lambda: label.isHidden())

        # a desktop that died: its lease runs out and the line goes without any event
        bob, now = other.actor.id, utcnow()
        run(store_of(other).write(lambda tx: tx.drafts.mark_composing(
            bob, ticket_id, "reply", now + timedelta(seconds=1), now)))
        run(portal.poll_changes())
        qtbot.waitUntil(lambda: label.isVisible())
        qtbot.waitUntil(lambda: label.isHidden())

        # Ada's own composer: marked while open with text, cleared when hidden empty or sent
        pane.open_composer("reply")
        assert other.composing_on(ticket_id) == []  # open, nothing typed yet
        pane.composer.ui.bodyEdit.setPlainText("Dear customer,")
        qtbot.waitUntil(lambda: [(c.agent_name, c.mode) for c in other.composing_on(ticket_id)]
                        == [("Ada Admin", "reply")])
        assert label.isHidden()  # never myself
        pane.close_composer()  # hidden, the draft kept: no longer writing
        qtbot.waitUntil(lambda: other.composing_on(ticket_id) == [])
        pane.open_composer("note")
        qtbot.waitUntil(lambda: [(c.agent_name, c.mode) for c in other.composing_on(ticket_id)]
                        == [("Ada Admin", "note")])
        pane.composer.ui.bodyEdit.clear()
        qtbot.waitUntil(lambda: other.composing_on(ticket_id) == [])
        pane.composer.ui.bodyEdit.setPlainText("Checking the warehouse")
        qtbot.waitUntil(lambda: other.composing_on(ticket_id) != [])
        assert window.select_ticket(second)  # moving on: the composer folds, the mark goes
        qtbot.waitUntil(lambda: other.composing_on(ticket_id) == [])
        pane.open_composer("reply")
        pane.composer.ui.bodyEdit.setPlainText("Hello")
        qtbot.waitUntil(lambda: other.composing_on(second) != [])
        run(pane.composing.release())  # what quitting does
        assert other.composing_on(second) == []
    finally:
        other.close()
