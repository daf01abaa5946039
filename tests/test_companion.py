"""Canned replies, signatures and drafts in the core, and the `canned` commands."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import DOMAIN, cli_env, run
from mailmaker import make_mail
from peers.smtp_servers import RecordingSmtpServer
from stringeex_desktop.core.errors import NotFoundError, PermissionDeniedError, ValidationError

ALICE = f"alice@{DOMAIN}"
SALES = "sales@customer.example"


@pytest.fixture
def sales(service, portal):
    with RecordingSmtpServer() as server:
        yield run(service.add_smtp_mailbox(SALES, host=server.host, port=server.port,
                                           security="none", name="Customer Sales",
                                           auth=False))


@pytest.fixture
def ticket_id(service, portal, sales):
    """Mail forwarded by SALES's server: the ticket replies through SALES."""
    raw = make_mail(sender="Carol Customer <carol@example.com>", to=SALES,
                    headers={"X-Forwarded-For": SALES})
    return run(service.deliver(raw, [portal.id], "carol@example.com")).ticket_id


def test_canned_placeholders_filled_and_other_braces_left_as_written(service, portal,
                                                                      ticket_id):
    body = ("Hello {customer_name}, about {ticket_serial}: {agent_name} here. "
            "{unknown} {} {{x}} { customer_name } {customer_name")
    canned = run(service.add_canned("Greeting", body))
    assert canned.to_json() == {"id": canned.id, "title": "Greeting", "body": body}
    filled = service.fill_canned(canned.id, ticket_id, ALICE)
    serial = f"#{ticket_id:06d}"
    assert filled == (f"Hello Carol Customer, about {serial}: Alice here. "
                      "{unknown} {} {{x}} { customer_name } {customer_name")


def test_only_supervisors_and_admins_keep_canned_replies(service, portal):
    canned = run(service.add_canned("Thanks", "Thank you!"))
    service.sign_in(ALICE)
    for attempt in (service.add_canned("Mine", "x"), service.remove_canned(canned.id),
                    service.update_canned(canned.id, "Changed", "y")):
        with pytest.raises(PermissionDeniedError):
            run(attempt)
    assert [c.title for c in service.canned_replies()] == ["Thanks"]  # agents still read them
    service.sign_in(f"admin@{DOMAIN}")
    run(service.add_agent(f"sue@{DOMAIN}", "Sue", "supervisor"))
    service.sign_in(f"sue@{DOMAIN}")
    assert run(service.update_canned(canned.id, "Thanks!", "Many thanks")).title == "Thanks!"
    run(service.remove_canned(canned.id))
    assert service.canned_replies() == []


@pytest.mark.parametrize("title,body,field", [
    ("", "text", "title"), ("Title", "   ", "body"), ("Bad\r\nTitle", "x", "title"),
    ("Big", "x" * (64 * 1024 + 1), "body"),
])
def test_canned_input_is_checked(service, portal, title, body, field):
    with pytest.raises(ValidationError) as info:
        run(service.add_canned(title, body))
    assert info.value.field == field
    assert service.canned_replies() == []


def test_signature_is_added_to_replies_only(service, portal, ticket_id):
    service.sign_in(ALICE)
    run(service.set_signature(ALICE, "{agent_name}\n{mailbox_name} · {unknown}"))
    assert service.filled_signature(ALICE, "Customer Sales") == \
        "Alice\nCustomer Sales · {unknown}"
    run(service.add_note(ticket_id, ALICE, "internal only"))
    run(service.reply(ticket_id, ALICE, "The fix is out.\n\n", signature=True))
    run(service.reply(ticket_id, ALICE, "From a script."))
    texts = [(m.direction, m.text) for m in service.ticket(ticket_id).messages[2:]]  # after the mail and auto-reply
    assert texts == [("note", "internal only"),
                     ("out", "The fix is out.\n\n-- \nAlice\nCustomer Sales · {unknown}"),
                     ("out", "From a script.")]


def test_each_agent_edits_only_their_own_signature(service, portal):
    service.sign_in(ALICE)
    with pytest.raises(PermissionDeniedError):
        run(service.set_signature(f"bob@{DOMAIN}", "Bob's, by Alice"))
    run(service.set_signature(ALICE, "Alice\n"))
    assert service.signature(ALICE) == "Alice"
    run(service.set_signature(ALICE, ""))
    assert service.signature(ALICE) == ""


def test_draft_kept_per_agent_and_cleared_by_the_reply(service, portal, ticket_id):
    seen = []
    service.bus.subscribe(lambda e: seen.append((e.kind, e.ids)))
    service.sign_in(ALICE)
    run(service.save_draft(ALICE, ticket_id, "Half a sentence", "boss@example.com"))
    run(service.save_draft(ALICE, ticket_id, "Half a sentence more", ""))
    assert seen == [("tickets", (ticket_id,))]  # only gaining the draft is news for the list
    assert service.draft(ALICE, ticket_id).body == "Half a sentence more"
    assert service.draft(f"bob@{DOMAIN}", ticket_id) is None
    assert service.draft_ticket_ids(ALICE) == {ticket_id}
    with pytest.raises(ValidationError):
        run(service.save_draft(f"bob@{DOMAIN}", ticket_id, "not mine"))
    run(service.reply(ticket_id, ALICE, "Half a sentence more, finished."))
    assert service.draft(ALICE, ticket_id) is None
    run(service.save_draft(ALICE, ticket_id, "again"))
    run(service.save_draft(ALICE, ticket_id, "  "))  # emptied: gone
    assert service.draft_ticket_ids(ALICE) == set()


def cli(data_dir, *args, stdin=None):
    return subprocess.run([sys.executable, "-m", "stringeex_desktop", "--data-dir",
                           str(data_dir), *args], input=stdin, capture_output=True, text=True,
                          env=cli_env(), timeout=60)


def test_canned_commands(service, portal, data_dir, tmp_path):
    body_file = tmp_path / "body.txt"
    body_file.write_text("Dear {customer_name},\n{ticket_serial} is fixed. {json: {}}\n")
    first = cli(data_dir, "canned", "add", "Fixed", "--body-file", str(body_file), "--json")
    assert first.returncode == 0, first.stderr
    added = json.loads(first.stdout)
    assert added == {"id": added["id"], "title": "Fixed",
                     "body": "Dear {customer_name},\n{ticket_serial} is fixed. {json: {}}\n"}
    second = cli(data_dir, "canned", "add", "Hello", "--body", "Hi {agent_name}", "--json")
    listed = json.loads(cli(data_dir, "canned", "list", "--json").stdout)
    assert [c["title"] for c in listed] == ["Fixed", "Hello"]
    removed = cli(data_dir, "canned", "remove", str(added["id"]), "--json")
    assert json.loads(removed.stdout) == added
    assert cli(data_dir, "canned", "list").stdout == f"{json.loads(second.stdout)['id']}\tHello\n"
    missing = cli(data_dir, "canned", "remove", "999")
    assert (missing.returncode, missing.stderr.count("\n")) == (1, 1)
    assert "999" in missing.stderr
    both = cli(data_dir, "canned", "add", "X", "--body", "a", "--body-file", str(body_file))
    assert both.returncode == 2 and both.stderr.count("\n") == 1
    with pytest.raises(NotFoundError):
        service.canned_reply(added["id"])
