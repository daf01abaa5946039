"""IMAP sync state per Gmail mailbox (the twin of sqlite/sync_repo.py)."""

from __future__ import annotations

from datetime import datetime

import psycopg

from ...models import ImapState, utcnow


def get_state(conn: psycopg.Connection, mailbox_id: int) -> ImapState | None:
    row = conn.execute("SELECT uidvalidity, uidnext, highestmodseq, since FROM imap_state "
                       "WHERE mailbox_id = %s", (mailbox_id,)).fetchone()
    if row is None:
        return None
    return ImapState(row["uidvalidity"], row["uidnext"], row["highestmodseq"], row["since"])


def start_import(conn: psycopg.Connection, mailbox_id: int, since: datetime | None) -> None:
    """The next sync imports from scratch: mail from `since` on (all when None)."""
    conn.execute("INSERT INTO imap_state (mailbox_id, since, updated_at) VALUES (%s, %s, %s) "
                 "ON CONFLICT (mailbox_id) DO UPDATE SET uidvalidity = NULL, uidnext = NULL, "
                 "highestmodseq = NULL, since = excluded.since, updated_at = excluded.updated_at",
                 (mailbox_id, since, utcnow()))


def save_watermark(conn: psycopg.Connection, mailbox_id: int, *, uidvalidity: int,
                   uidnext: int, highestmodseq: int | None) -> None:
    """Call only in the transaction that stored every message below `uidnext`."""
    conn.execute("INSERT INTO imap_state (mailbox_id, uidvalidity, uidnext, highestmodseq, "
                 "updated_at) VALUES (%s, %s, %s, %s, %s) ON CONFLICT (mailbox_id) DO UPDATE "
                 "SET uidvalidity = excluded.uidvalidity, uidnext = excluded.uidnext, "
                 "highestmodseq = excluded.highestmodseq, updated_at = excluded.updated_at",
                 (mailbox_id, uidvalidity, uidnext, highestmodseq, utcnow()))


def has_content(conn: psycopg.Connection, mailbox_id: int, content_hash: str) -> bool:
    """Whether these exact bytes are stored for the mailbox: how a message without a
    Message-ID is recognised after a UIDVALIDITY change."""
    return conn.execute("SELECT 1 FROM messages WHERE mailbox_id = %s AND content_hash = %s "
                        "LIMIT 1", (mailbox_id, content_hash)).fetchone() is not None
