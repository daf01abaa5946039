"""The IMAP sync state repository (`tx.sync`), written against Store/Tx like the contract."""

from __future__ import annotations

from datetime import timedelta

from stringeex_desktop.core.models import ImapState, utcnow

from .test_repository_contract import new_ticket, seeded, store, write  # noqa: F401


def gmail(store) -> int:
    return write(store, lambda tx: tx.mailboxes.add_mailbox(
        kind="gmail", address="shop@gmail.test", name="Shop", queue_id=None).id)


def test_watermark_and_since(store):
    mailbox_id = gmail(store)
    assert store.read().sync.get_state(mailbox_id) is None
    since = utcnow() - timedelta(days=7)
    write(store, lambda tx: tx.sync.start_import(mailbox_id, since))
    assert store.read().sync.get_state(mailbox_id) == ImapState(since=since)
    write(store, lambda tx: tx.sync.save_watermark(mailbox_id, uidvalidity=7, uidnext=42,
                                                   highestmodseq=None))
    assert store.read().sync.get_state(mailbox_id) == ImapState(7, 42, None, since)
    write(store, lambda tx: tx.sync.start_import(mailbox_id, None))
    assert store.read().sync.get_state(mailbox_id) == ImapState()


def test_watermark_rolls_back_with_its_rows(store):
    mailbox_id = gmail(store)

    def fails(tx):
        tx.sync.save_watermark(mailbox_id, uidvalidity=7, uidnext=42, highestmodseq=3)
        raise RuntimeError("the batch's ingest failed")

    try:
        write(store, fails)
    except RuntimeError:
        pass
    assert store.read().sync.get_state(mailbox_id) is None


def test_has_content(store):
    ids = seeded(store)
    write(store, lambda tx: new_ticket(tx, ids))
    assert store.read().sync.has_content(ids["mailbox"], "h")
    assert not store.read().sync.has_content(ids["mailbox"], "other")
