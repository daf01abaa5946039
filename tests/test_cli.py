"""The command-line contract of DESIGN.md section 6, driven as outside checks drive it."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import DOMAIN, cli_env, run
from mailmaker import make_mail
from peers.smtp_servers import RecordingSmtpServer
from stringeex_desktop.core.service import Service


@pytest.fixture
def cli(data_dir):
    def call(*args, stdin: str | None = None, check: bool = True):
        proc = subprocess.run([sys.executable, "-m", "stringeex_desktop", "--data-dir",
                               str(data_dir), *args], input=stdin, capture_output=True,
                              text=True, env=cli_env(), timeout=60)
        if check and proc.returncode != 0:
            raise AssertionError(f"{args}: exit {proc.returncode}: {proc.stderr}")
        return proc
    return call


def js(proc):
    return json.loads(proc.stdout)


def setup_portal(data_dir):
    """In-process, for speed: the commands under test run as subprocesses."""
    async def setup(service):
        await service.set_up(DOMAIN, f"admin@{DOMAIN}", "Ada")
        await service.add_queue("Support")
        await service.add_agent(f"alice@{DOMAIN}", "Alice", "agent", ["Support"])

    service = Service(data_dir)
    try:
        run(setup(service))
    finally:
        service.close()


def test_portal_json_shape_and_secret_stays_out_of_the_store(cli, data_dir):
    out = js(cli("portal", "set", "--domain", DOMAIN, "--relay-host", "smtp.example.com",
                 "--relay-port", "587", "--relay-security", "starttls", "--relay-username",
                 "relay-user", "--relay-password-stdin", "--json", stdin="s3cret-Relay-pw\n"))
    assert out == {"domain": DOMAIN, "relay": {"host": "smtp.example.com", "port": 587,
                                               "security": "starttls",
                                               "username": "relay-user", "password_set": True}}
    assert js(cli("portal", "show", "--json")) == out
    for path in data_dir.iterdir():
        assert b"s3cret-Relay-pw" not in path.read_bytes(), path


def test_queue_agent_mailbox_shapes(cli, data_dir):
    setup_portal(data_dir)
    queue = js(cli("queue", "members", "Support", "--set", f"alice@{DOMAIN}", "--json"))
    assert queue == {"id": 1, "name": "Support", "members": [f"alice@{DOMAIN}"]}
    agent = js(cli("agent", "presence", f"alice@{DOMAIN}", "online", "--json"))
    assert agent == {"id": 2, "email": f"alice@{DOMAIN}", "name": "Alice", "role": "agent",
                     "queues": ["Support"], "presence": "online", "active": True}
    mailbox = js(cli("mailbox", "add-internal", "Support", "--name", "Acme Support", "--queue",
                     "Support", "--online-first", "--auto-reply-subject", "Thanks",
                     "--auto-reply-body", "We will answer soon.", "--json"))
    assert mailbox == {"id": 1, "kind": "internal", "address": f"support@{DOMAIN}",
                       "name": "Acme Support", "queue": "Support", "active": True,
                       "online_first": True,
                       "auto_reply": {"enabled": True, "subject": "Thanks",
                                      "body": "We will answer soon."},
                       "health": {"state": "ok", "last_ok": None, "last_error": None}}
    updated = js(cli("mailbox", "update", "1", "--inactive", "--no-online-first",
                     "--no-auto-reply", "--json"))
    assert updated["active"] is False and updated["online_first"] is False
    assert updated["auto_reply"]["enabled"] is False
    assert updated["health"]["state"] == "inactive"
    assert [m["id"] for m in js(cli("mailbox", "list", "--json"))] == [1]
    js(cli("mailbox", "remove", "1", "--json"))
    assert js(cli("mailbox", "list", "--json")) == []


@pytest.mark.parametrize("args,needle", [
    (("mailbox", "add-internal", "bad local", "--name", "X", "--queue", "Support"),
     "not a valid local part"),
    (("mailbox", "add-internal", "x..y", "--name", "X", "--queue", "Support"), "dot"),
    (("mailbox", "add-internal", "a" * 65, "--name", "X", "--queue", "Support"),
     "not a valid local part"),
    (("mailbox", "add-internal", "ok", "--name", "X", "--queue", "Nope"), "No queue named"),
    (("mailbox", "add-internal", "ok", "--name", "Evil\r\nBcc: x@evil.example", "--queue",
      "Support"), "line breaks"),
    (("mailbox", "add-internal", "ok", "--name", "X", "--queue", "Support",
      "--auto-reply-subject", "Hi\nBcc: x@evil.example", "--auto-reply-body", "b"),
     "line breaks"),
    (("mailbox", "add-internal", "ok", "--name", "X", "--queue", "Support",
      "--auto-reply-subject", "only subject"), "both"),
    (("agent", "add", "not-an-email", "--name", "X"), "Agent email"),
    (("agent", "presence", "ghost@x.example", "online"), "No agent"),
    (("ticket", "show", "#999999"), "does not exist"),
    (("ticket", "show", "abc"), "not a ticket id"),
    (("portal", "set", "--domain", "not a domain"), "not a valid domain"),
    (("ticket", "list", "--limit", "0"), "--limit"),
    (("ticket", "list", "--limit", "1000001"), "--limit"),
])
def test_bad_input_is_one_line_exit_1_and_writes_nothing(cli, data_dir, args, needle):
    setup_portal(data_dir)
    before = cli("mailbox", "list", "--json").stdout
    proc = cli(*args, check=False)
    assert proc.returncode == 1, proc.stderr
    assert proc.stderr.count("\n") == 1 and needle in proc.stderr, proc.stderr
    assert "Traceback" not in proc.stderr and proc.stdout == ""
    assert cli("mailbox", "list", "--json").stdout == before


@pytest.mark.parametrize("args", [("frobnicate",), ("ticket", "set", "1", "--status", "lost"),
                                  ("mailbox", "update", "x"), ("queue",), ("ticket", "list",
                                                                          "--limit", "many")])
def test_usage_errors_exit_2_in_one_line(cli, args):
    proc = cli(*args, check=False)
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr


def test_duplicate_mailbox_and_queue_are_refused(cli, data_dir):
    setup_portal(data_dir)
    cli("mailbox", "add-internal", "help", "--name", "Help", "--queue", "Support")
    proc = cli("mailbox", "add-internal", "HELP", "--name", "Help", "--queue", "Support",
               check=False)
    assert proc.returncode == 1 and "already" in proc.stderr
    proc = cli("queue", "add", "support", check=False)
    assert proc.returncode == 1 and "already exists" in proc.stderr


def test_data_dir_resolution_prefers_flag_over_env(tmp_path, data_dir):
    env_dir = tmp_path / "from-env"
    base = [sys.executable, "-m", "stringeex_desktop"]
    subprocess.run(base + ["portal", "set", "--domain", "env.example.com"], check=True,
                   env=cli_env(STRINGEEX_DATA_DIR=str(env_dir)), capture_output=True)
    subprocess.run(base + ["--data-dir", str(data_dir), "portal", "set", "--domain",
                           "flag.example.com"], check=True,
                   env=cli_env(STRINGEEX_DATA_DIR=str(env_dir)), capture_output=True)
    assert (env_dir / "stringeex.db").exists() and (data_dir / "stringeex.db").exists()
    shown = subprocess.run(base + ["portal", "show", "--json"], capture_output=True, text=True,
                           env=cli_env(STRINGEEX_DATA_DIR=str(env_dir)), check=True)
    assert json.loads(shown.stdout)["domain"] == "env.example.com"


SALES = "sales@customer.example"


def add_smtp(cli, server, *args, stdin=None, check=False):
    return cli("mailbox", "add-smtp", SALES, "--host", server.host, "--port", str(server.port),
               "--security", "none", *args, stdin=stdin, check=check)


def test_add_smtp_without_sign_in_needs_no_password_and_no_keyring(cli, data_dir, tmp_path):
    """--no-auth: nothing read from stdin, nothing kept, and no keyring needed at all."""
    setup_portal(data_dir)
    no_keyring = cli_env(PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring")
    with RecordingSmtpServer() as server:
        proc = subprocess.run([sys.executable, "-m", "stringeex_desktop", "--data-dir",
                               str(data_dir), "mailbox", "add-smtp", SALES, "--host",
                               server.host, "--port", str(server.port), "--security", "none",
                               "--no-auth", "--json"], stdin=subprocess.DEVNULL,
                              capture_output=True, text=True, env=no_keyring, timeout=60)
        assert proc.returncode == 0, proc.stderr
        assert js(proc)["kind"] == "smtp" and server.connections == 1
        assert server.auth_attempts == []
        service = Service(data_dir)
        try:
            mailbox = service.mailboxes("smtp")[0]
            assert mailbox.smtp.username == ""
            assert service.mailbox_password(mailbox.id) is None
            run(service.deliver(make_mail(to=SALES, headers={"X-Forwarded-For": SALES}),
                                [run(service.add_internal_mailbox(
                                    "support", name="Support", queue="Support")).id],
                                "carol@example.com"))
        finally:
            service.close()
        body = tmp_path / "answer.txt"
        body.write_text("On its way.")
        sent = cli("ticket", "reply", "1", "--as", f"alice@{DOMAIN}", "--body-file", str(body),
                   "--wait", "--json")
        assert js(sent)["messages"][-1]["delivery"] == "sent"
        [received] = server.messages
        assert received.auth_user is None and server.auth_attempts == []


def test_add_smtp_against_a_server_without_auth_names_what_it_offers(cli, data_dir):
    setup_portal(data_dir)
    with RecordingSmtpServer() as server:
        proc = add_smtp(cli, server, "--password-stdin", stdin="s3cret\n")
    assert proc.returncode == 1 and proc.stderr.count("\n") == 1
    assert "server offers no AUTH over this connection" in proc.stderr
    assert "offers SIZE, 8BITMIME" in proc.stderr and "--no-auth" in proc.stderr
    assert "check the security setting" not in proc.stderr
    assert js(cli("mailbox", "list", "--json")) == []


@pytest.mark.parametrize("args,code,needle", [
    ((), 2, "one of the arguments --password-stdin --no-auth is required"),
    (("--no-auth", "--password-stdin"), 2, "not allowed with"),
    (("--no-auth", "--username", "sales"), 1, "--username goes with a sign-in"),
])
def test_add_smtp_sign_in_options(cli, data_dir, args, code, needle):
    setup_portal(data_dir)
    with RecordingSmtpServer() as server:
        proc = add_smtp(cli, server, *args, stdin="s3cret\n")
        assert server.connections == 0
    assert proc.returncode == code and proc.stderr.count("\n") == 1
    assert needle in proc.stderr, proc.stderr


@pytest.mark.parametrize("extra", [{"password": "s3cret"}, {"username": "sales"}])
def test_service_without_sign_in_refuses_a_username_or_password(service, portal, extra):
    from stringeex_desktop.core.errors import ValidationError
    with pytest.raises(ValidationError, match="without sign-in"):
        run(service.add_smtp_mailbox(SALES, host="127.0.0.1", port=2525, auth=False,
                                     verify=False, **extra))
    assert [m.kind for m in service.mailboxes()] == ["internal"]


def test_portal_lines_say_whether_a_relay_is_set(cli):
    bare = cli("portal", "set", "--domain", DOMAIN).stdout
    assert bare.startswith(f"portal {DOMAIN}; relay: not set") and "(none)" not in bare
    relay = cli("portal", "set", "--relay-host", "smtp.example.com", "--relay-security",
                "starttls", "--relay-username", "relay-user").stdout
    assert relay == (f"portal {DOMAIN}; relay: smtp.example.com:587, security starttls, "
                     "signed in as relay-user (no password saved: --relay-password-stdin)\n")
    assert cli("portal", "show").stdout == relay


def test_ticket_show_says_why_a_reply_failed_and_what_the_server_answered(cli, service, portal,
                                                                           tmp_path):
    reason = "554 5.7.1 Message rejected as spam"
    body = tmp_path / "answer.txt"
    body.write_text("On its way.")
    with RecordingSmtpServer(data_script=[reason]) as server:
        run(service.add_smtp_mailbox(SALES, host=server.host, port=server.port,
                                     security="none", auth=False))
        run(service.deliver(make_mail(), [portal.id], "carol@example.com"))
        reply = ("ticket", "reply", "1", "--as", f"alice@{DOMAIN}", "--body-file", str(body),
                 "--via", SALES, "--wait")
        assert cli(*reply, check=False).returncode == 1
        assert cli(*reply).returncode == 0
    shown = cli("ticket", "show", "1").stdout
    assert f"--- out {SALES} failed: " in shown and reason in shown
    assert f"--- out {SALES} sent (250 2.0.0 OK: queued as 1)" in shown


def test_body_file_dash_reads_standard_input(cli, data_dir, service, portal):
    run(service.deliver(make_mail(), [portal.id], "carol@example.com"))
    noted = js(cli("ticket", "note", "1", "--as", f"alice@{DOMAIN}", "--body-file", "-",
                   "--json", stdin="Called back; ünïcode kept.\n"))
    assert noted["messages"][-1]["text"].startswith("Called back; ünïcode kept.")
    for action in ("note", "reply"):
        assert "- reads standard input" in cli("ticket", action, "--help").stdout


def test_ticket_show_lists_every_change_as_an_event_oldest_first(cli, service, portal):
    run(service.deliver(make_mail(), [portal.id], "carol@example.com"))
    changed = js(cli("ticket", "set", "1", "--status", "solved", "--priority", "high",
                     "--assignee", f"bob@{DOMAIN}", "--json"))
    assert changed["status"] == "solved" and "events" not in changed
    shown = js(cli("ticket", "show", "#000001", "--json"))
    assert [{k: e[k] for k in ("actor", "field", "old", "new")} for e in shown["events"]] == [
        {"actor": None, "field": "assignee", "old": None, "new": f"alice@{DOMAIN}"},
        {"actor": None, "field": "status", "old": "new", "new": "solved"},
        {"actor": None, "field": "priority", "old": "normal", "new": "high"},
        {"actor": None, "field": "assignee", "old": f"alice@{DOMAIN}", "new": f"bob@{DOMAIN}"}]
    assert all(e["at"].endswith("Z") for e in shown["events"])
    text = cli("ticket", "show", "1").stdout
    assert f"StringeeX set assignee alice@{DOMAIN} -> bob@{DOMAIN}" in text
    assert text.index("--- in ") < text.index("set status new -> solved")


def test_queue_rename_remove_and_agent_update(cli, data_dir):
    setup_portal(data_dir)
    queue = js(cli("queue", "rename", "Support", "Help desk", "--json"))
    assert queue["name"] == "Help desk" and queue["members"] == [f"alice@{DOMAIN}"]
    cli("queue", "add", "Spare")
    assert cli("queue", "remove", "Spare").stdout.strip().endswith("Spare removed")
    agent = js(cli("agent", "update", f"alice@{DOMAIN}", "--name", "Alice B", "--role",
                   "supervisor", "--no-queues", "--inactive", "--json"))
    assert (agent["name"], agent["role"], agent["queues"], agent["active"]) == (
        "Alice B", "supervisor", [], False)
    refused = cli("agent", "update", f"admin@{DOMAIN}", "--inactive", check=False)
    assert refused.returncode == 1 and "only active admin" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1
    refused = cli("queue", "rename", "Nope", "X", check=False)
    assert refused.returncode == 1 and "No queue named 'Nope'" in refused.stderr
    usage = cli("agent", "update", f"alice@{DOMAIN}", "--queue", "A", "--no-queues",
                check=False)
    assert usage.returncode == 2
