"""Outgoing mail waiting for, or done with, the outbox worker (the twin of
sqlite/outbox_repo.py)."""

from __future__ import annotations

import json
from datetime import datetime

import psycopg

from ...errors import NotFoundError
from ...models import OutboxItem
from .nodes import THIS_NODE_SQL, alive_sql

# Everything but the message bytes, which only the sender needs.
_COLUMNS = ("id, ticket_id, message_row_id, kind, via_mailbox_id, envelope_from, recipients_json, "
            "state, attempts, next_attempt_at, last_error, server_reply, created_at")


def _item(row) -> OutboxItem:
    return OutboxItem(
        id=row["id"], ticket_id=row["ticket_id"], message_row_id=row["message_row_id"],
        kind=row["kind"], via_mailbox_id=row["via_mailbox_id"],
        envelope_from=row["envelope_from"], recipients=json.loads(row["recipients_json"]),
        state=row["state"], attempts=row["attempts"], next_attempt_at=row["next_attempt_at"],
        last_error=row["last_error"], server_reply=row["server_reply"],
        created_at=row["created_at"])


def enqueue(conn: psycopg.Connection, *, kind: str, ticket_id: int | None,
            message_row_id: int | None, via_mailbox_id: int | None, envelope_from: str,
            recipients: list[str], data: bytes, now: datetime) -> int:
    return conn.execute(
        "INSERT INTO outbox (ticket_id, message_row_id, kind, via_mailbox_id, envelope_from, "
        "recipients_json, data, state, next_attempt_at, created_at, updated_at) "
        "VALUES (%s, %s, %s, %s, %s, %s, %s, 'queued', %s, %s, %s) RETURNING id",
        (ticket_id, message_row_id, kind, via_mailbox_id, envelope_from, json.dumps(recipients),
         data, now, now, now)).fetchone()[0]


def get_item(conn: psycopg.Connection, item_id: int) -> OutboxItem:
    row = conn.execute(f"SELECT {_COLUMNS} FROM outbox WHERE id = %s", (item_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"Outbox item {item_id} does not exist.")
    return _item(row)


def item_data(conn: psycopg.Connection, item_id: int) -> bytes:
    row = conn.execute("SELECT data FROM outbox WHERE id = %s", (item_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"Outbox item {item_id} does not exist.")
    return bytes(row[0])


def items_data(conn: psycopg.Connection, item_ids: list[int]) -> dict[int, bytes]:
    return {r[0]: bytes(r[1]) for r in conn.execute(
        "SELECT id, data FROM outbox WHERE id = ANY(%s)", (list(item_ids),))}


def claim_due(conn: psycopg.Connection, now: datetime, limit: int = 200,
              max_bytes: int = 32 * 2**20) -> list[OutboxItem]:
    """Mark due rows `sending` by this node in the same transaction that selects them.

    At most `limit` rows and about `max_bytes` of message data, so a burst stays in memory.
    Rows another node's open transaction holds are skipped, not waited for; rows left
    `sending` by a node that died (nodes.py) are due again at once.
    """
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM (SELECT {_COLUMNS}, octet_length(data) AS size, "
        "sum(octet_length(data)) OVER (ORDER BY next_attempt_at, id) AS upto "
        "FROM (SELECT * FROM outbox WHERE (state = 'queued' AND next_attempt_at <= %s) "
        f"OR (state = 'sending' AND NOT {alive_sql('outbox.claimed_by')}) "
        "ORDER BY next_attempt_at, id LIMIT %s FOR UPDATE SKIP LOCKED) due) sized "
        "WHERE upto - size < %s ORDER BY next_attempt_at, id",
        (now, limit, max_bytes)).fetchall()
    if rows:
        conn.execute(f"UPDATE outbox SET state = 'sending', claimed_by = {THIS_NODE_SQL}, "
                     "updated_at = %s WHERE id = ANY(%s)", (now, [r["id"] for r in rows]))
    return [_item(r) for r in rows]


def next_due(conn: psycopg.Connection) -> datetime | None:
    return conn.execute("SELECT min(next_attempt_at) FROM outbox WHERE state = 'queued'"
                        ).fetchone()[0]


def mark_sent_many(conn: psycopg.Connection, replies: list[tuple[int, str, str | None]],
                   now: datetime) -> None:
    """`replies`: (item id, the server's reply, what went wrong for some recipients or None)."""
    conn.cursor().executemany(
        "UPDATE outbox SET state = 'sent', server_reply = %s, last_error = %s, "
        "attempts = attempts + 1, updated_at = %s WHERE id = %s",
        [(reply, error, now, item_id) for item_id, reply, error in replies])


def mark_retry(conn: psycopg.Connection, item_id: int, error: str, next_attempt: datetime,
               now: datetime, *, count_attempt: bool = True) -> None:
    conn.execute("UPDATE outbox SET state = 'queued', last_error = %s, next_attempt_at = %s, "
                 "attempts = attempts + %s, updated_at = %s WHERE id = %s",
                 (error, next_attempt, int(count_attempt), now, item_id))


def mark_failed(conn: psycopg.Connection, item_id: int, error: str, now: datetime,
                server_reply: str | None = None) -> None:
    conn.execute("UPDATE outbox SET state = 'failed', last_error = %s, server_reply = %s, "
                 "attempts = attempts + 1, updated_at = %s WHERE id = %s",
                 (error, server_reply, now, item_id))


def requeue(conn: psycopg.Connection, item_id: int, now: datetime) -> None:
    conn.execute("UPDATE outbox SET state = 'queued', attempts = 0, next_attempt_at = %s, "
                 "updated_at = %s WHERE id = %s AND state = 'failed'", (now, now, item_id))


def release_held(conn: psycopg.Connection, now: datetime) -> None:
    """After the relay or a password changes, queued rows should not wait out their backoff."""
    conn.execute("UPDATE outbox SET next_attempt_at = %s WHERE state = 'queued' "
                 "AND next_attempt_at > %s", (now, now))


def recover_sending(conn: psycopg.Connection, now: datetime) -> int:
    """Rows a dead node, or this one between sends, left `sending` go back to the queue
    (may send twice, same Message-ID); those of other nodes still running are theirs."""
    return conn.execute("UPDATE outbox SET state = 'queued', updated_at = %s "
                        f"WHERE state = 'sending' AND (claimed_by = {THIS_NODE_SQL} "
                        f"OR NOT {alive_sql('claimed_by')})", (now,)).rowcount


def list_items(conn: psycopg.Connection,
               states: tuple[str, ...] = ("queued", "sending", "failed"),
               limit: int = 1000) -> list[OutboxItem]:
    """Rows in `states`, and sent rows that some recipients refused (a person should see those)."""
    return [_item(r) for r in conn.execute(
        f"SELECT {_COLUMNS} FROM outbox WHERE state = ANY(%s) "
        "OR (state = 'sent' AND last_error IS NOT NULL) ORDER BY id DESC LIMIT %s",
        (list(states), limit))]


def counts(conn: psycopg.Connection) -> dict[str, int]:
    """Rows per state, for a status line that must stay cheap."""
    found = {r[0]: r[1] for r in conn.execute(
        "SELECT state, count(*) FROM outbox WHERE state != 'sent' GROUP BY state")}
    return {state: found.get(state, 0) for state in ("queued", "sending", "failed")}


def waiting_reasons(conn: psycopg.Connection) -> list[tuple[str, str | None, bool, int]]:
    """(state, last error, through the relay, rows) for rows not sent, most rows first."""
    return [(r[0], r[1], bool(r[2]), r[3]) for r in conn.execute(
        "SELECT state, last_error, via_mailbox_id IS NULL, count(*) FROM outbox "
        "WHERE state IN ('queued', 'failed') GROUP BY 1, 2, 3 ORDER BY count(*) DESC")]


def reroute(conn: psycopg.Connection, item_id: int, via_mailbox_id: int, envelope_from: str,
            data: bytes, now: datetime) -> None:
    """A failed reply leaves through another mailbox (its bytes carry the new From)."""
    conn.execute("UPDATE outbox SET via_mailbox_id = %s, envelope_from = %s, data = %s, "
                 "updated_at = %s WHERE id = %s AND state = 'failed'",
                 (via_mailbox_id, envelope_from, data, now, item_id))
