"""Gmail: Google consent against a local OAuth provider, tokens only in the keyring, and
replies through Gmail's SMTP with XOAUTH2 (DESIGN.md sections 1, 5, 6)."""

from __future__ import annotations

import asyncio
import json
import socket
import stat
import subprocess
import sys
import threading
import urllib.error
import urllib.request
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlencode, urljoin, urlsplit

import pytest

from conftest import DOMAIN, cli_env, run, store_of
from peers.google_oauth import REFUSAL_TEXT, ConsentForm, GoogleOAuthPeer
from peers.smtp_servers import RecordingSmtpServer
from stringeex_desktop.core.auth.google import CLIENT_KEY, token_key
from stringeex_desktop.core.errors import ConsentError, NeedsReauthError, ValidationError
from stringeex_desktop.core.models import utcnow

PEERS = Path(__file__).resolve().parent / "peers"
CUSTOMER = "customer@example.com"
NO_PROXY = urllib.request.build_opener(urllib.request.ProxyHandler({}))

BROWSER_SCRIPT = """#!{python}
# Plays the person at the system browser: opens the consent page, presses Allow, and lets
# the provider's 302 lead to the app's loopback listener.
import sys, urllib.parse, urllib.request
sys.path.insert(0, {peers!r})
from google_oauth import ConsentForm
opener = urllib.request.build_opener(urllib.request.ProxyHandler({{}}))
url = sys.argv[1]
form = ConsentForm()
form.feed(opener.open(url, timeout=30).read().decode())
with opener.open(urllib.parse.urljoin(url, form.action),
                 data=urllib.parse.urlencode(form.fields).encode(), timeout=30) as answer:
    open({log!r}, "w").write(answer.read().decode())
"""


@pytest.fixture
def google():
    with GoogleOAuthPeer(account="helpdesk@gmail.example") as peer:
        yield peer


@pytest.fixture
def google_env(google, monkeypatch):
    monkeypatch.setenv("STRINGEEX_GOOGLE_USERINFO_URL", google.userinfo_url)
    return google


def press_allow(url: str, *, decision: str = "allow") -> str:
    """The consent page's form submitted; returns the provider's redirect (not followed)."""
    form = ConsentForm()
    form.feed(NO_PROXY.open(url, timeout=30).read().decode())
    fields = dict(form.fields, decision=decision)

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}), NoRedirect)
    try:
        opener.open(urljoin(url, form.action), data=urlencode(fields).encode(), timeout=30)
    except urllib.error.HTTPError as exc:
        assert exc.code == 302
        return exc.headers["Location"]
    raise AssertionError("the provider did not redirect")


def fetch(url: str) -> tuple[int, str]:
    try:
        with NO_PROXY.open(url, timeout=30) as answer:
            return answer.status, answer.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()


def browser_allows(consent) -> None:
    """A `show` callback: a browser on its own thread that presses Allow and follows."""
    def go():
        fetch(press_allow(consent.url))
    asyncio.get_running_loop().run_in_executor(None, go)


async def add_gmail(service, google, account: str, **options):
    google.account = account
    return await service.add_gmail_mailbox(browser_allows, **options)


def all_files_text(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())


# -- the command line, as a supervisor runs it --------------------------------------------

def write_browser(tmp_path: Path) -> tuple[Path, Path]:
    log = tmp_path / "browser.html"
    script = tmp_path / "browser.py"
    script.write_text(BROWSER_SCRIPT.format(python=sys.executable, peers=str(PEERS),
                                            log=str(log)))
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return script, log


def cli(data_dir, *args, env=None, timeout=120):
    return subprocess.run([sys.executable, "-m", "stringeex_desktop", "--data-dir",
                           str(data_dir), *args], capture_output=True, text=True,
                          env=env or cli_env(), timeout=timeout)


def test_cli_add_gmail_in_the_system_browser(tmp_path, data_dir, google):
    secrets_file = tmp_path / "client_secret.json"
    secrets_file.write_text(google.client_secrets_json())
    script, log = write_browser(tmp_path)
    env = cli_env(BROWSER=str(script), STRINGEEX_GOOGLE_USERINFO_URL=google.userinfo_url)
    assert cli(data_dir, "queue", "add", "Support").returncode == 0

    done = cli(data_dir, "mailbox", "add-gmail", "--client-secrets", str(secrets_file),
               "--browser", "system", "--queue", "Support", "--online-first",
               "--since-days", "30", "--json", env=env)
    assert done.returncode == 0, done.stderr
    mailbox = json.loads(done.stdout)
    assert mailbox["kind"] == "gmail" and mailbox["address"] == "helpdesk@gmail.example"
    assert (mailbox["queue"], mailbox["online_first"], mailbox["active"]) == (
        "Support", True, True)
    assert mailbox["health"]["state"] == "ok"
    consent_lines = [line for line in done.stderr.splitlines() if line.startswith("http")]
    assert consent_lines and consent_lines[0].startswith(f"{google.base}/o/oauth2/auth?")
    assert "code_challenge_method=S256" in consent_lines[0]
    assert "You can close this window" in log.read_text()

    # A second address reuses the imported client; without a display, the default browser
    # is the system one (DESIGN.md section 6).
    google.account = "sales@gmail.example"
    headless = {**env, "QT_QPA_PLATFORM": "offscreen"}
    headless.pop("DISPLAY", None)
    second = cli(data_dir, "mailbox", "add-gmail", env=headless)
    assert second.returncode == 0, second.stderr
    assert second.stdout.strip().endswith("sales@gmail.example (gmail)")

    listed = json.loads(cli(data_dir, "mailbox", "list", "--json").stdout)
    assert [(m["kind"], m["address"]) for m in listed] == [
        ("gmail", "helpdesk@gmail.example"), ("gmail", "sales@gmail.example")]

    # Tokens and the client secret live in the keyring only: never in the data folder's
    # files (store, WAL) or in anything the CLI printed.
    for email in ("helpdesk@gmail.example", "sales@gmail.example"):
        for token in google.live_access_tokens(email):
            assert token.encode() not in all_files_text(data_dir)
            assert token not in done.stdout + done.stderr + second.stdout + second.stderr
    assert google.client_secret.encode() not in all_files_text(data_dir)
    refresh_tokens = [g.refresh_token for g in google._grants.values()]
    for secret in refresh_tokens:
        assert secret.encode() not in all_files_text(data_dir)
    from stringeex_desktop.core.service import Service
    service = Service(data_dir)
    try:
        stored = service._ctx.secrets.get(token_key(mailbox["id"]))
        assert json.loads(stored)["refresh_token"] in refresh_tokens
        since = service._ctx.store.read().sync.get_state(mailbox["id"]).since
        assert timedelta(days=29, hours=23) < utcnow() - since < timedelta(days=30, hours=1)
    finally:
        service.close()

    # Update works on a Gmail row; remove deletes its tokens from the keyring.
    updated = cli(data_dir, "mailbox", "update", str(mailbox["id"]), "--inactive",
                  "--no-online-first", "--json")
    assert updated.returncode == 0, updated.stderr
    assert json.loads(updated.stdout)["health"]["state"] == "inactive"
    assert json.loads(updated.stdout)["online_first"] is False
    assert cli(data_dir, "mailbox", "remove", str(mailbox["id"])).returncode == 0
    service = Service(data_dir)
    try:
        assert service._ctx.secrets.get(token_key(mailbox["id"])) is None
    finally:
        service.close()


def test_cli_refuses_what_it_cannot_do(tmp_path, data_dir, google):
    embedded = cli(data_dir, "mailbox", "add-gmail", "--browser", "embedded",
                   env=cli_env(QT_QPA_PLATFORM="offscreen"))  # no window anyone could see
    assert embedded.returncode == 1
    assert embedded.stderr.count("\n") == 1 and "--browser system" in embedded.stderr

    no_client = cli(data_dir, "mailbox", "add-gmail", "--browser", "system")
    assert no_client.returncode == 1 and "--client-secrets" in no_client.stderr

    bad = tmp_path / "bad.json"
    for content, says in [(b"\x89PNG\r\n\x1a\n\x00\x00", "not JSON"),
                          (b'{"web": {"client_id": "x", "client_secret": "y"}}', "Desktop app"),
                          (b"[1, 2]", "installed"),
                          (b'{"installed": {"client_id": "x"}}', "client_secret"),
                          (json.dumps({"installed": {
                              "client_id": "x", "client_secret": "y",
                              "auth_uri": "http://accounts.example.com/auth",
                              "token_uri": "https://oauth2.example.com/token"}}).encode(),
                           "https")]:
        bad.write_bytes(content)
        refused = cli(data_dir, "mailbox", "add-gmail", "--client-secrets", str(bad),
                      "--browser", "system")
        assert refused.returncode == 1, content
        assert refused.stderr.count("\n") == 1 and says in refused.stderr, refused.stderr
    missing = cli(data_dir, "mailbox", "add-gmail", "--client-secrets",
                  str(tmp_path / "nowhere.json"))
    assert missing.returncode == 1 and "Cannot read" in missing.stderr
    assert json.loads(cli(data_dir, "mailbox", "list", "--json").stdout) == []


def test_cli_times_out_without_an_answer(tmp_path, data_dir, google):
    secrets_file = tmp_path / "client_secret.json"
    secrets_file.write_text(google.client_secrets_json())
    idle = tmp_path / "idle-browser"
    idle.write_text("#!/bin/sh\nexit 0\n")
    idle.chmod(0o755)
    done = cli(data_dir, "mailbox", "add-gmail", "--client-secrets", str(secrets_file),
               "--browser", "system", "--timeout", "1",
               env=cli_env(BROWSER=str(idle), STRINGEEX_GOOGLE_USERINFO_URL=google.userinfo_url))
    assert done.returncode == 1
    assert "no answer within 1 s" in done.stderr.splitlines()[-1]
    assert json.loads(cli(data_dir, "mailbox", "list", "--json").stdout) == []


# -- consent, redirect by redirect --------------------------------------------------------

async def _consent_with(service, google, answer):
    """Runs consent where `answer(consent)` plays the browser (on a thread)."""
    await service.import_google_client(google.client_secrets_json())

    def show(consent):
        asyncio.get_running_loop().run_in_executor(None, answer, consent)

    return await service.add_gmail_mailbox(show, timeout=60)


def test_state_mismatch_is_refused(service, google_env):
    google = google_env
    pages = []

    def forged(consent):
        location = press_allow(consent.url)
        pages.append(fetch(location.replace("state=", "state=forged")))

    with pytest.raises(ConsentError, match="state mismatch"):
        run(_consent_with(service, google, forged))
    assert pages[0][0] == 400
    assert service.mailboxes() == []


def test_mistakes_are_refused_before_the_consent_page_opens(service, google, monkeypatch):
    shown = []
    run(service.import_google_client(google.client_secrets_json()))
    with pytest.raises(Exception, match="No queue named 'Nope'"):
        run(service.add_gmail_mailbox(shown.append, queue="Nope"))
    with pytest.raises(ValidationError, match="since-days"):
        run(service.add_gmail_mailbox(shown.append, since_days=0))
    monkeypatch.setenv("STRINGEEX_GOOGLE_USERINFO_URL", "http://userinfo.example.com/v1")
    with pytest.raises(ValidationError, match="must use https"):
        run(service.add_gmail_mailbox(shown.append))
    assert shown == [] and service.mailboxes() == []


def test_hostile_answers_stay_one_line_and_never_become_an_address(service, google_env):
    def crafted(consent):
        state = dict(p.split("=", 1) for p in urlsplit(consent.url).query.split("&"))["state"]
        fetch(f"{consent.redirect_uri}?state={state}&error=access_denied%0D%0AX"
              "&error_description=line%0Aother%1B[31m")

    with pytest.raises(ConsentError) as refused:
        run(_consent_with(service, google_env, crafted))
    assert "access_denied" in str(refused.value)
    assert all(ch.isprintable() for ch in str(refused.value))

    google_env.account = "evil@gmail.example\r\nBcc: victim@example.com"
    with pytest.raises(ConsentError, match="did not name the account"):
        run(_consent_with(service, google_env, lambda c: fetch(press_allow(c.url))))
    assert service.mailboxes() == []


def test_denied_consent_says_so(service, google_env):
    with pytest.raises(ConsentError, match="access_denied"):
        run(_consent_with(service, google_env,
                          lambda c: fetch(press_allow(c.url, decision="deny"))))
    assert service.mailboxes() == []


def raw_request(host: str, port: int, data: bytes) -> bytes:
    with socket.create_connection((host, port), timeout=30) as conn:
        conn.sendall(data)
        conn.shutdown(socket.SHUT_WR)
        return conn.recv(65536)


def test_wrong_path_junk_and_a_second_redirect_change_nothing(service, google_env):
    google = google_env
    answers = []
    google.exchange_gate = threading.Event()  # the listener stays up until the browser is done

    def browser(consent):
        location = press_allow(consent.url)
        listener = urlsplit(location)
        assert raw_request(listener.hostname, listener.port, b"x" * 40000 + b"\r\n\r\n") == b""
        assert raw_request(listener.hostname, listener.port, b"NONSENSE\r\n\r\n") == b""
        assert raw_request(listener.hostname, listener.port,
                           b"POST / HTTP/1.1\r\n\r\n").startswith(b"HTTP/1.1 405")
        root = f"{listener.scheme}://{listener.netloc}"
        answers.append(fetch(f"{root}/favicon.ico"))
        answers.append(fetch(f"{root}/elsewhere?{urlsplit(location).query}"))
        answers.append(fetch(location))
        answers.append(fetch(location.replace("code=", "code=other")))
        google.exchange_gate.set()

    mailbox = run(_consent_with(service, google, browser))
    assert mailbox.address == "helpdesk@gmail.example"
    assert [status for status, _ in answers] == [404, 404, 200, 409]
    assert "already finished" in answers[3][1]


def test_pkce_is_verified_by_the_provider(service, google_env):
    """A code presented with another verifier is refused: the verifier really travels."""
    google = google_env

    async def scenario():
        await service.import_google_client(google.client_secrets_json())
        from stringeex_desktop.core.auth.google import GoogleClient, GoogleConsent
        client = GoogleClient.from_client_secrets(google.client_secrets_json())
        async with GoogleConsent(client) as consent:
            assert "code_challenge_method=S256" in consent.url
            location = await asyncio.to_thread(press_allow, consent.url)
            assert consent.offer(location)  # the embedded view's path: the same judgement
            code = await consent.wait_code(10)
            consent._flow.code_verifier = "x" * 64
            with pytest.raises(ConsentError, match="code verifier"):
                await consent.exchange(code)

    run(scenario())
    assert google.pkce_failures == 1


def test_embedded_refusal_mode_serves_googles_page(google):
    google.refuse_embedded = "QtWebEngine"
    request = urllib.request.Request(
        f"{google.base}/o/oauth2/auth?client_id=x",
        headers={"User-Agent": "Mozilla/5.0 QtWebEngine/6.12.0 Chrome/130"})
    status, page = 0, ""
    try:
        NO_PROXY.open(request, timeout=30)
    except urllib.error.HTTPError as exc:
        status, page = exc.code, exc.read().decode()
        url = exc.url
    assert status == 403 and REFUSAL_TEXT in page and "disallowed_useragent" in url


# -- tokens -------------------------------------------------------------------------------

def test_refresh_on_expiry_and_revocation_needs_reauth(service, google_env):
    google = google_env

    async def scenario():
        await service.import_google_client(google.client_secrets_json())
        google.expires_in = 30  # under the one-minute margin: every use refreshes
        mailbox = await add_gmail(service, google, "helpdesk@gmail.example")
        gmail = service._gmail
        first = await gmail.access_token(mailbox.id)
        second = await gmail.access_token(mailbox.id)
        assert first != second and google.refreshes == 2
        assert google.valid(second, "helpdesk@gmail.example")
        stored = json.loads(await asyncio.to_thread(service._ctx.secrets.get,
                                                    token_key(mailbox.id)))
        assert stored["access_token"] == second

        google.expires_in = 3600
        cached = await gmail.access_token(mailbox.id)
        assert await gmail.access_token(mailbox.id) == cached and google.refreshes == 3

        google.revoke_all("helpdesk@gmail.example")
        with pytest.raises(NeedsReauthError, match="re-authorization"):
            await gmail.access_token(mailbox.id, refresh=True)
        assert service.mailbox(mailbox.id).to_json()["health"]["state"] == "needs_reauth"

    run(scenario())


def test_client_secret_kept_in_the_keyring_only(service, google, data_dir):
    client_id = run(service.import_google_client(google.client_secrets_json()))
    assert client_id == google.client_id == service.google_client_id()
    assert google.client_secret in service._ctx.secrets.get(CLIENT_KEY)
    assert google.client_secret.encode() not in all_files_text(data_dir)
    with pytest.raises(ValidationError):
        run(service.import_google_client(b'{"installed": "nope"}'))
    assert service.google_client_id() == google.client_id  # the good one stays


# -- replies through Gmail ----------------------------------------------------------------

def customer_mail(to: str, subject: str) -> bytes:
    return (f"From: Customer <{CUSTOMER}>\r\nTo: {to}\r\nSubject: {subject}\r\n"
            f"Message-ID: <{subject.replace(' ', '.')}@example.com>\r\n\r\nHello\r\n").encode()


def test_replies_through_gmail_xoauth2_and_a_revoked_grant_is_held(
        service, portal, google_env, tls, monkeypatch):
    google = google_env
    with RecordingSmtpServer(tls=tls, tls_mode="starttls",
                             xoauth2=lambda user, token: google.valid(token, user)) as smtp:
        monkeypatch.setenv("STRINGEEX_GMAIL_SMTP", smtp.address)

        async def scenario():
            await service.import_google_client(google.client_secrets_json())
            helpdesk = await add_gmail(service, google, "helpdesk@gmail.example",
                                       queue="Support")
            sales = await add_gmail(service, google, "sales@gmail.example", queue="Support")
            rows = {}
            for mailbox in (helpdesk, sales):
                result = await service.deliver(customer_mail(mailbox.address, mailbox.address),
                                               [mailbox.id], CUSTOMER, f"uid-{mailbox.id}")
                ticket = service.ticket(result.ticket_id)
                assert ticket.reply_via == mailbox.id
                _, rows[mailbox.address] = await service.reply(
                    ticket.id, f"alice@{DOMAIN}", "Thanks, on it.")
            worker = service.outbox_worker(base_delay=0.05)
            outcomes = await worker.drain(set(rows.values()))
            assert outcomes == {i: "sent" for i in rows.values()}, [
                service.outbox_item(i).last_error for i in rows.values()]
            assert {m.auth_user for m in smtp.messages} == {"helpdesk@gmail.example",
                                                             "sales@gmail.example"}
            assert {m.mail_from for m in smtp.messages} == {"helpdesk@gmail.example",
                                                             "sales@gmail.example"}
            assert all(m.tls for m in smtp.messages)

            # Google revokes the helpdesk grant: its still-unexpired access token is refused
            # by the server, one refresh says invalid_grant, and its reply is held; the
            # sales mailbox keeps sending.
            google.revoke_all("helpdesk@gmail.example")
            held = {}
            for mailbox in (helpdesk, sales, helpdesk):
                result = await service.deliver(
                    customer_mail(mailbox.address, f"again {len(held)}"), [mailbox.id],
                    CUSTOMER, f"uid2-{len(held)}")
                _, held[len(held)] = await service.reply(
                    result.ticket_id, f"alice@{DOMAIN}", "Second answer.")
            outcomes = await worker.drain(set(held.values()))
            assert [outcomes[held[n]] for n in range(3)] == ["held", "sent", "held"]
            assert google.refused_refreshes == 1  # one question per group, not per row
            for n in (0, 2):
                row = service.outbox_item(held[n])
                assert row.state == "queued" and row.attempts == 0
                assert "re-authorization" in row.last_error
            # The next pass asks Google first and no longer tries the server.
            tried = len(smtp.auth_attempts)
            await store_of(service).write(lambda tx: tx.outbox.release_held(utcnow()))
            assert (await worker.drain({row.id}))[row.id] == "held"
            assert google.refused_refreshes == 2 and len(smtp.auth_attempts) == tried
            health = service.mailbox(helpdesk.id).to_json()["health"]
            assert health["state"] == "needs_reauth" and "re-authorization" in \
                health["last_error"]
            assert service.mailbox(sales.id).to_json()["health"]["state"] == "ok"
            message = service.ticket(row.ticket_id).messages[-1]
            assert message.delivery == "queued" and "re-authorization" in message.delivery_error

            # Consent again for the same account: health back to ok, the held reply leaves.
            await add_gmail(service, google, "helpdesk@gmail.example")
            assert service.mailbox(helpdesk.id).to_json()["health"]["state"] == "ok"
            assert await worker.drain({held[0], held[2]}) == {held[0]: "sent", held[2]: "sent"}

        run(scenario())
    assert len(smtp.messages) == 5


def test_peer_introspection_and_revocation_speak_http(service, google_env):
    """The shape Dovecot's oauth2 passdb reads, and revocation by the standard endpoint."""
    google = google_env
    run(service.import_google_client(google.client_secrets_json()))
    mailbox = run(add_gmail(service, google, "helpdesk@gmail.example"))
    token = run(service._gmail.access_token(mailbox.id))

    def introspect() -> dict:
        with NO_PROXY.open(google.introspection_url, data=urlencode({"token": token}).encode(),
                           timeout=30) as answer:
            return json.loads(answer.read())

    info = introspect()
    assert info["active"] is True and info["email"] == info["username"] == mailbox.address
    refresh_token = json.loads(service._ctx.secrets.get(token_key(mailbox.id)))["refresh_token"]
    NO_PROXY.open(f"{google.base}/revoke", data=urlencode({"token": refresh_token}).encode(),
                  timeout=30).close()
    assert introspect() == {"active": False}
    with pytest.raises(NeedsReauthError):
        run(service._gmail.access_token(mailbox.id, refresh=True))
