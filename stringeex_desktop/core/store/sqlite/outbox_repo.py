"""Outgoing mail waiting for, or done with, the outbox worker."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime

from ...errors import NotFoundError
from ...models import OutboxItem
from .common import parse_ts, ts


# Everything but the message bytes, which only the sender needs.
_COLUMNS = ("id, ticket_id, message_row_id, kind, via_mailbox_id, envelope_from, recipients_json, "
            "state, attempts, next_attempt_at, last_error, server_reply, created_at")


def _item(row: sqlite3.Row) -> OutboxItem:
    return OutboxItem(
        id=row["id"], ticket_id=row["ticket_id"], message_row_id=row["message_row_id"],
        kind=row["kind"], via_mailbox_id=row["via_mailbox_id"],
        envelope_from=row["envelope_from"], recipients=json.loads(row["recipients_json"]),
        state=row["state"], attempts=row["attempts"],
        next_attempt_at=parse_ts(row["next_attempt_at"]), last_error=row["last_error"],
        server_reply=row["server_reply"], created_at=parse_ts(row["created_at"]))


def enqueue(conn: sqlite3.Connection, *, kind: str, ticket_id: int | None,
            message_row_id: int | None, via_mailbox_id: int | None, envelope_from: str,
            recipients: list[str], data: bytes, now: datetime) -> int:
    cur = conn.execute(
        "INSERT INTO outbox (ticket_id, message_row_id, kind, via_mailbox_id, envelope_from, "
        "recipients_json, data, state, next_attempt_at, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, 'queued', ?, ?, ?)",
        (ticket_id, message_row_id, kind, via_mailbox_id, envelope_from, json.dumps(recipients),
         data, ts(now), ts(now), ts(now)))
    return cur.lastrowid


def get_item(conn: sqlite3.Connection, item_id: int) -> OutboxItem:
    row = conn.execute(f"SELECT {_COLUMNS} FROM outbox WHERE id = ?", (item_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"Outbox item {item_id} does not exist.")
    return _item(row)


def item_data(conn: sqlite3.Connection, item_id: int) -> bytes:
    row = conn.execute("SELECT data FROM outbox WHERE id = ?", (item_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"Outbox item {item_id} does not exist.")
    return row[0]


def items_data(conn: sqlite3.Connection, item_ids: list[int]) -> dict[int, bytes]:
    marks = ", ".join("?" for _ in item_ids)
    return dict(conn.execute(f"SELECT id, data FROM outbox WHERE id IN ({marks})", item_ids))


def claim_due(conn: sqlite3.Connection, now: datetime, limit: int = 200,
              max_bytes: int = 32 * 2**20) -> list[OutboxItem]:
    """Mark due rows `sending` in the same transaction that selects them.

    At most `limit` rows and about `max_bytes` of message data, so a burst stays in memory.
    """
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM (SELECT {_COLUMNS}, length(data) AS size, "
        "sum(length(data)) OVER (ORDER BY next_attempt_at, id) AS upto "
        "FROM outbox WHERE state = 'queued' AND next_attempt_at <= ? "
        "ORDER BY next_attempt_at, id LIMIT ?) WHERE upto - size < ?",
        (ts(now), limit, max_bytes)).fetchall()
    if rows:
        conn.executemany("UPDATE outbox SET state = 'sending', updated_at = ? WHERE id = ?",
                         [(ts(now), r["id"]) for r in rows])
    return [_item(r) for r in rows]


def next_due(conn: sqlite3.Connection) -> datetime | None:
    row = conn.execute("SELECT min(next_attempt_at) FROM outbox WHERE state = 'queued'").fetchone()
    return parse_ts(row[0])


def mark_sent_many(conn: sqlite3.Connection, replies: list[tuple[int, str, str | None]],
                   now: datetime) -> None:
    """`replies`: (item id, the server's reply, what went wrong for some recipients or None)."""
    conn.executemany("UPDATE outbox SET state = 'sent', server_reply = ?, last_error = ?, "
                     "attempts = attempts + 1, updated_at = ? WHERE id = ?",
                     [(reply, error, ts(now), item_id) for item_id, reply, error in replies])


def mark_retry(conn: sqlite3.Connection, item_id: int, error: str, next_attempt: datetime,
               now: datetime, *, count_attempt: bool = True) -> None:
    conn.execute("UPDATE outbox SET state = 'queued', last_error = ?, next_attempt_at = ?, "
                 "attempts = attempts + ?, updated_at = ? WHERE id = ?",
                 (error, ts(next_attempt), int(count_attempt), ts(now), item_id))


def mark_failed(conn: sqlite3.Connection, item_id: int, error: str, now: datetime,
                server_reply: str | None = None) -> None:
    conn.execute("UPDATE outbox SET state = 'failed', last_error = ?, server_reply = ?, "
                 "attempts = attempts + 1, updated_at = ? WHERE id = ?",
                 (error, server_reply, ts(now), item_id))


def requeue(conn: sqlite3.Connection, item_id: int, now: datetime) -> None:
    conn.execute("UPDATE outbox SET state = 'queued', attempts = 0, next_attempt_at = ?, "
                 "updated_at = ? WHERE id = ? AND state = 'failed'", (ts(now), ts(now), item_id))


def release_held(conn: sqlite3.Connection, now: datetime) -> None:
    """After the relay or a password changes, queued rows should not wait out their backoff."""
    conn.execute("UPDATE outbox SET next_attempt_at = ? WHERE state = 'queued' "
                 "AND next_attempt_at > ?", (ts(now), ts(now)))


def recover_sending(conn: sqlite3.Connection, now: datetime) -> int:
    """Rows a crashed core left `sending` go back to the queue (may send twice, same Message-ID)."""
    return conn.execute("UPDATE outbox SET state = 'queued', updated_at = ? "
                        "WHERE state = 'sending'", (ts(now),)).rowcount


def list_items(conn: sqlite3.Connection, states: tuple[str, ...] = ("queued", "sending", "failed"),
               limit: int = 1000) -> list[OutboxItem]:
    """Rows in `states`, and sent rows that some recipients refused (a person should see those)."""
    marks = ", ".join("?" for _ in states)
    return [_item(r) for r in conn.execute(
        f"SELECT {_COLUMNS} FROM outbox WHERE state IN ({marks}) "
        "OR (state = 'sent' AND last_error IS NOT NULL) ORDER BY id DESC LIMIT ?",
        (*states, limit))]


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Rows per state, for a status line that must stay cheap."""
    found = dict(conn.execute("SELECT state, count(*) FROM outbox WHERE state != 'sent' "
                              "GROUP BY state").fetchall())
    return {state: found.get(state, 0) for state in ("queued", "sending", "failed")}


def waiting_reasons(conn: sqlite3.Connection) -> list[tuple[str, str | None, bool, int]]:
    """(state, last error, through the relay, rows) for rows not sent, most rows first."""
    return [(r[0], r[1], bool(r[2]), r[3]) for r in conn.execute(
        "SELECT state, last_error, via_mailbox_id IS NULL, count(*) FROM outbox "
        "WHERE state IN ('queued', 'failed') GROUP BY 1, 2, 3 ORDER BY count(*) DESC")]


def reroute(conn: sqlite3.Connection, item_id: int, via_mailbox_id: int, envelope_from: str,
            data: bytes, now: datetime) -> None:
    """A failed reply leaves through another mailbox (its bytes carry the new From)."""
    conn.execute("UPDATE outbox SET via_mailbox_id = ?, envelope_from = ?, data = ?, "
                 "updated_at = ? WHERE id = ? AND state = 'failed'",
                 (via_mailbox_id, envelope_from, data, ts(now), item_id))
