"""Gmail sync against a real Dovecot (implicit TLS, XOAUTH2 through token introspection).

Every test waits for what the user would see (tickets, mailbox health) with a generous
deadline, never for a duration.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest

from conftest import run, store_of
from mailmaker import make_mail
from peers.dovecot import Dovecot
from stringeex_desktop.core import events
from stringeex_desktop.core.errors import ConnectionTestError, NeedsReauthError
from stringeex_desktop.core.mail.imap_sync import ImapSession
from stringeex_desktop.core.models import TicketFilter
from stringeex_desktop.core.runtime import Core
from stringeex_desktop.core.service import Service
from stringeex_desktop.core.services.sync import SyncSettings

SHOP = "shop@gmail.test"
OTHER = "sales@gmail.test"
MALFORMED = Path(__file__).parent / "data" / "malformed"
FAST = SyncSettings(timeout=10, backoff_base=0.05, backoff_max=0.2, reauth_retry=60)


@pytest.fixture
def dovecot(tls):
    with Dovecot(tls) as server:
        yield server


def add_gmail(service: Service, address: str, since_days: int | None = None) -> int:
    async def add():
        mailbox = await store_of(service).write(lambda tx: tx.mailboxes.add_mailbox(
            kind="gmail", address=address, name="Shop", queue_id=tx.people.find_queue(
                "Support").id))
        if since_days:
            await service.start_gmail_import(mailbox.id, since_days)
        return mailbox.id
    return run(add())


class Tokens:
    """A token provider as Google sign-in gives one: a fresh token per call."""

    def __init__(self, dovecot: Dovecot, addresses: dict[int, str]):
        self.dovecot = dovecot
        self.addresses = addresses
        self.issued: list[str] = []
        self.revoked: set[int] = set()

    async def __call__(self, mailbox_id: int, refresh: bool = False) -> str:
        if mailbox_id in self.revoked:
            raise NeedsReauthError("Google revoked the grant: sign in again.")
        token = self.dovecot.issue_token(self.addresses[mailbox_id])
        self.issued.append(token)
        return token


def mail(i: int, **kwargs) -> bytes:
    return make_mail(sender=f"Customer {i} <c{i}@example.com>", to=SHOP,
                     subject=f"Order {i}", body=f"Where is order {i}?", **kwargs)


async def until(predicate, what: str, timeout: float = 60):
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"never happened: {what}")
        await asyncio.sleep(0.05)


def messages(service: Service, mailbox_id: int) -> list:
    found = []
    for ticket in service.tickets(TicketFilter(), limit=100000):
        if ticket.mailbox_id == mailbox_id:
            found.extend(service.ticket(ticket.id).messages)
    return found


def sync_of(service, tokens, dovecot, **settings):
    options = {**FAST.__dict__, **settings}
    return service.gmail_sync(tokens, endpoint=(dovecot.host, dovecot.port),
                              settings=SyncSettings(**options))


def test_first_import_then_incremental_and_idle_without_touching_the_server(service, portal,
                                                                            dovecot):
    for i in range(5):
        dovecot.deliver(SHOP, mail(i))
    mailbox_id = add_gmail(service, SHOP)
    tokens = Tokens(dovecot, {mailbox_id: SHOP})
    progress = []
    service.bus.subscribe(lambda e: progress.append(e.extra) if e.kind == events.SYNC else None)

    async def scenario():
        sync = sync_of(service, tokens, dovecot)
        sync.reconcile()
        try:
            await until(lambda: service.ticket_count() == 5, "the first import")
            await until(lambda: service.mailbox(mailbox_id).health.state == "ok", "health ok")
            dovecot.deliver(SHOP, mail(5))   # arrives while the sync waits in IDLE
            dovecot.deliver(SHOP, mail(6))
            await until(lambda: service.ticket_count() == 7, "IDLE wake-up")
        finally:
            await sync.stop()

    run(scenario())
    assert progress[0] == {"done": 0, "total": 5} and progress[-1] == {"done": 5, "total": 5}
    health = service.mailbox(mailbox_id).health
    assert health.state == "ok" and health.last_ok is not None and health.last_error is None
    subjects = sorted(m.subject for m in messages(service, mailbox_id))
    assert subjects == sorted(f"Order {i}" for i in range(7))
    flags = dovecot.flags(SHOP)
    assert len(flags) == 7 and not any(set(f) & {"S", "T"} for f in flags.values())
    state = service._ctx.store.read().sync.get_state(mailbox_id)
    assert state.uidnext == 8 and state.highestmodseq is not None


def test_first_import_of_the_last_days_only(service, portal, dovecot):
    old = time.time() - 40 * 86400
    for i in range(3):
        dovecot.deliver(SHOP, mail(i), internal_date=old)
    for i in range(3, 5):
        dovecot.deliver(SHOP, mail(i))
    mailbox_id = add_gmail(service, SHOP, since_days=7)
    tokens = Tokens(dovecot, {mailbox_id: SHOP})

    async def scenario():
        sync = sync_of(service, tokens, dovecot)
        sync.reconcile()
        try:
            await until(lambda: service.ticket_count() == 2, "recent mail imported")
            dovecot.deliver(SHOP, mail(5))
            await until(lambda: service.ticket_count() == 3, "new mail after the import")
        finally:
            await sync.stop()

    run(scenario())
    assert sorted(m.subject for m in messages(service, mailbox_id)) == [
        "Order 3", "Order 4", "Order 5"]


def test_server_killed_mid_fetch_loses_and_duplicates_nothing(service, portal, dovecot):
    total = 400
    for i in range(total):
        dovecot.deliver(SHOP, mail(i))
    mailbox_id = add_gmail(service, SHOP)
    tokens = Tokens(dovecot, {mailbox_id: SHOP})
    first_batch = asyncio.Event()
    service.bus.subscribe(lambda e: first_batch.set() if e.kind == events.SYNC
                          and 0 < e.extra["done"] < total else None)

    async def scenario():
        sync = sync_of(service, tokens, dovecot, batch_size=100)
        sync.reconcile()
        try:
            await asyncio.wait_for(first_batch.wait(), 60)
            dovecot.kill()
            await until(lambda: service.mailbox(mailbox_id).health.state == "error",
                        "the lost connection shown")
            assert "connection" in service.mailbox(mailbox_id).health.last_error
            dovecot.start()
            await until(lambda: service.ticket_count() == total, "the import resumed")
            await until(lambda: service.mailbox(mailbox_id).health.state == "ok", "health ok")
        finally:
            await sync.stop()

    run(scenario())
    stored = messages(service, mailbox_id)
    assert len(stored) == total
    assert len({m.subject for m in stored}) == total


def tiny_mails(dovecot: Dovecot, count: int) -> None:
    for i in range(count):
        dovecot.deliver(SHOP, f"From: c{i}@example.com\r\nSubject: n{i}\r\n\r\nx\r\n".encode())


def test_more_than_500_messages_in_one_sync(service, portal, dovecot):
    total = 620
    tiny_mails(dovecot, total)
    mailbox_id = add_gmail(service, SHOP)
    tokens = Tokens(dovecot, {mailbox_id: SHOP})

    async def scenario():
        sync = sync_of(service, tokens, dovecot)
        sync.reconcile()
        try:
            await until(lambda: service.ticket_count() == total, "all imported")
        finally:
            await sync.stop()

    run(scenario())
    assert len(tokens.issued) == 1  # one connection: no drop, no retry


def test_a_batch_too_big_for_aioimaplib_is_retried_smaller(service, portal, dovecot):
    """aioimaplib recurses once per line of each read of a FETCH answer: ~1000 small messages
    usually overflow the stack and the connection dies (how much one read holds depends on
    TLS and load). The drop is noticed, the next batches are smaller, nothing is lost."""
    total = 1100
    tiny_mails(dovecot, total)
    mailbox_id = add_gmail(service, SHOP)
    tokens = Tokens(dovecot, {mailbox_id: SHOP})

    async def scenario():
        sync = sync_of(service, tokens, dovecot, batch_size=total)
        sync.reconcile()
        try:
            await until(lambda: service.ticket_count() == total, "all imported")
        finally:
            await sync.stop()

    run(scenario())
    assert len(messages(service, mailbox_id)) == total


def test_uidvalidity_change_resyncs_without_duplicates(service, portal, dovecot):
    dovecot.deliver(SHOP, mail(0))
    dovecot.deliver(SHOP, b"From: c1@example.com\r\nSubject: no id\r\n\r\nno Message-ID\r\n")
    mailbox_id = add_gmail(service, SHOP)
    tokens = Tokens(dovecot, {mailbox_id: SHOP})

    async def scenario():
        sync = sync_of(service, tokens, dovecot)
        sync.reconcile()
        await until(lambda: service.ticket_count() == 2, "first import")
        await sync.stop()
        before = store_of(service).read().sync.get_state(mailbox_id).uidvalidity
        dovecot.set_uidvalidity(SHOP, before + 1000)
        dovecot.deliver(SHOP, mail(2))
        sync.reconcile()
        try:
            await until(lambda: service.ticket_count() == 3, "the resync")
            await until(lambda: store_of(service).read().sync.get_state(
                mailbox_id).uidvalidity == before + 1000, "the new UIDVALIDITY kept")
        finally:
            await sync.stop()

    run(scenario())
    assert len(messages(service, mailbox_id)) == 3


def test_token_expiry_mid_session_reconnects_with_a_fresh_token(service, portal, dovecot):
    dovecot.deliver(SHOP, mail(0))
    mailbox_id = add_gmail(service, SHOP)
    tokens = Tokens(dovecot, {mailbox_id: SHOP})

    async def scenario():
        sync = sync_of(service, tokens, dovecot)
        sync.reconcile()
        try:
            await until(lambda: service.ticket_count() == 1, "first import")
            dovecot.revoke_token(tokens.issued[0])
            dovecot.drop_connections(SHOP)   # as Gmail ends a session whose token expired
            dovecot.deliver(SHOP, mail(1))
            await until(lambda: service.ticket_count() == 2, "sync continued")
        finally:
            await sync.stop()

    run(scenario())
    assert len(tokens.issued) >= 2


def test_a_token_refused_at_login_is_an_error_then_retried(service, portal, dovecot):
    dovecot.deliver(SHOP, mail(0))
    mailbox_id = add_gmail(service, SHOP)
    tokens = Tokens(dovecot, {mailbox_id: SHOP})
    stale = iter(["ya29.stale"])
    errors = []

    async def provider(mid, refresh=False):
        token = None if refresh else next(stale, None)
        return token if token else await tokens(mid)

    def seen(event):
        if event.kind == events.MAILBOXES:
            errors.append(service.mailbox(mailbox_id).health.last_error)
    service.bus.subscribe(seen)

    async def scenario():
        sync = sync_of(service, provider, dovecot)
        sync.reconcile()
        try:
            await until(lambda: service.ticket_count() == 1, "import after the retry")
        finally:
            await sync.stop()

    run(scenario())
    assert any(e and e.startswith("authentication failed") for e in errors)


def test_revoked_grant_flags_that_mailbox_only(service, portal, dovecot):
    dovecot.deliver(SHOP, mail(0))
    dovecot.deliver(OTHER, make_mail(to=OTHER, subject="For sales"))
    shop = add_gmail(service, SHOP)
    other = add_gmail(service, OTHER)
    tokens = Tokens(dovecot, {shop: SHOP, other: OTHER})
    tokens.revoked.add(shop)

    async def scenario():
        sync = sync_of(service, tokens, dovecot)
        sync.reconcile()
        try:
            await until(lambda: service.mailbox(shop).health.state == "needs_reauth",
                        "needs re-authorization")
            await until(lambda: service.ticket_count() == 1, "the other mailbox synced")
            tokens.revoked.clear()
            await service.set_mailbox_health(shop, "ok")  # what consent again does
            sync.reconcile()  # the serving core does so on the MAILBOXES event
            await until(lambda: service.ticket_count() == 2, "synced after consent")
        finally:
            await sync.stop()

    run(scenario())
    assert service.mailbox(other).health.state == "ok"
    assert [m.subject for m in messages(service, other)] == ["For sales"]


def test_unparseable_mail_is_kept_raw_and_sync_continues(service, portal, dovecot):
    junk = [(MALFORMED / name).read_bytes() for name in
            ("binary_junk.eml", "nul_bytes.eml", "broken_boundary.eml")]
    dovecot.deliver(SHOP, mail(0))
    for raw in junk:
        dovecot.deliver(SHOP, raw)
    dovecot.deliver(SHOP, b"\x00\xff garbage without headers \r\n\r\n\x00")
    dovecot.deliver(SHOP, mail(1))
    mailbox_id = add_gmail(service, SHOP)
    tokens = Tokens(dovecot, {mailbox_id: SHOP})

    async def scenario():
        sync = sync_of(service, tokens, dovecot)
        sync.reconcile()
        try:
            await until(lambda: len(messages(service, mailbox_id)) == 6, "everything stored")
        finally:
            await sync.stop()

    run(scenario())
    stored = messages(service, mailbox_id)

    def served(raw: bytes) -> bytes:
        """What Dovecot serves: Maildir's LF as CRLF, NUL as 0x80 (outside BINARY)."""
        return raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n").replace(b"\x00", b"\x80")

    raws = {service.raw_message(m.id) for m in stored}
    assert {served(raw) for raw in junk} <= raws
    assert served(b"\x00\xff garbage without headers \r\n\r\n\x00") in raws
    assert service.mailbox(mailbox_id).health.state == "ok"


def test_refused_xoauth2_answers_the_challenge_instead_of_hanging(dovecot):
    async def scenario():
        with pytest.raises(ConnectionTestError) as caught:
            await ImapSession.connect(dovecot.host, dovecot.port, SHOP, "ya29.revoked",
                                      timeout=10)
        return caught.value

    error = run(scenario())
    assert error.step == "authentication failed"


def test_uid_search_above_the_last_uid_finds_nothing(dovecot):
    for i in range(3):
        dovecot.deliver(SHOP, mail(i))

    async def scenario():
        session = await ImapSession.connect(dovecot.host, dovecot.port, SHOP,
                                            dovecot.issue_token(SHOP), timeout=10)
        try:
            status = await session.examine()
            return status, await session.search_uids(status.uidnext), \
                await session.search_uids(1)
        finally:
            session.abort()

    status, above, everything = run(scenario())
    assert status.uidnext == 4 and above == [] and everything == [1, 2, 3]


def test_untrusted_certificate_is_refused(dovecot, monkeypatch, tmp_path):
    from peers.smtp_servers import TlsMaterial
    monkeypatch.setenv("SSL_CERT_FILE", str(TlsMaterial().write_ca_file(tmp_path / "o.pem")))

    async def scenario():
        with pytest.raises(ConnectionTestError) as caught:
            await ImapSession.connect(dovecot.host, dovecot.port, SHOP,
                                      dovecot.issue_token(SHOP), timeout=10)
        return caught.value

    assert run(scenario()).step.startswith("certificate not trusted")


def test_serving_core_syncs_and_stops_when_deactivated_elsewhere(service, portal, dovecot,
                                                                 monkeypatch, data_dir):
    monkeypatch.setenv("STRINGEEX_GMAIL_IMAP", f"{dovecot.host}:{dovecot.port}")
    dovecot.deliver(SHOP, mail(0))
    mailbox_id = add_gmail(service, SHOP)
    tokens = Tokens(dovecot, {mailbox_id: SHOP})

    async def scenario():
        core = Core(service, token_provider=tokens, sync_options={"settings": FAST})
        await core.start(smtp=None)
        try:
            await until(lambda: service.ticket_count() == 1, "serve synced")
            other = Service(data_dir)   # a CLI or GUI client of the same folder
            try:
                await other.update_mailbox(mailbox_id, active=False)
            finally:
                other.close()
            await until(lambda: core.sync.running() == set(), "the sync stopped")
        finally:
            await core.stop()

    run(scenario())


def test_without_a_google_grant_the_mailbox_needs_reauthorization(service, portal, dovecot,
                                                                  monkeypatch):
    monkeypatch.setenv("STRINGEEX_GMAIL_IMAP", f"{dovecot.host}:{dovecot.port}")
    mailbox_id = add_gmail(service, SHOP)

    async def scenario():
        core = Core(service)
        await core.start(smtp=None)
        try:
            await until(lambda: service.mailbox(mailbox_id).health.state == "needs_reauth",
                        "needs re-authorization")
        finally:
            await core.stop()

    run(scenario())
    assert "No Google grant is stored" in service.mailbox(mailbox_id).health.last_error
    assert service.mailbox(mailbox_id).to_json()["health"]["state"] == "needs_reauth"


def test_fetch_answers_in_every_shape_aioimaplib_gives():
    """Literals split from their line, items after a literal, unsolicited flag updates and
    the tagged text: only whole bodies of the UIDs asked for come out."""
    from stringeex_desktop.core.mail.imap_sync import _imaplib_shape
    from imapclient.response_parser import parse_fetch_response

    lines = [b"1 FETCH (UID 5 BODY[] {3}", bytearray(b"a)c"), b")",
             b"2 FETCH (FLAGS (\\Seen))", b"4 EXISTS",
             b"3 FETCH (BODY[] {4}", bytearray(b"x\r\ny"), b" UID 7)",
             b"Fetch completed (0.001 + 0.000 secs)."]
    parsed = parse_fetch_response(_imaplib_shape(lines), uid_is_key=True)
    bodies = {uid: data[b"BODY[]"] for uid, data in parsed.items() if b"BODY[]" in data}
    assert bodies == {5: b"a)c", 7: b"x\r\ny"}
