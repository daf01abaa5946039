"""Canned replies and each agent's signature (the twin of sqlite/canned_repo.py)."""

from __future__ import annotations

import psycopg

from ...errors import NotFoundError
from ...models import CannedReply, utcnow


def _canned(row) -> CannedReply:
    return CannedReply(row["id"], row["title"], row["body"])


def add_canned(conn: psycopg.Connection, title: str, body: str) -> CannedReply:
    canned_id = conn.execute("INSERT INTO canned_replies (title, body, created_at) "
                             "VALUES (%s, %s, %s) RETURNING id",
                             (title, body, utcnow())).fetchone()[0]
    return get_canned(conn, canned_id)


def get_canned(conn: psycopg.Connection, canned_id: int) -> CannedReply:
    row = conn.execute("SELECT * FROM canned_replies WHERE id = %s", (canned_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"Canned reply {canned_id} does not exist (canned list shows them).")
    return _canned(row)


def list_canned(conn: psycopg.Connection) -> list[CannedReply]:
    return [_canned(r) for r in conn.execute(
        "SELECT * FROM canned_replies ORDER BY lower(title), id")]


def update_canned(conn: psycopg.Connection, canned_id: int, title: str, body: str
                  ) -> CannedReply:
    get_canned(conn, canned_id)
    conn.execute("UPDATE canned_replies SET title = %s, body = %s WHERE id = %s",
                 (title, body, canned_id))
    return get_canned(conn, canned_id)


def remove_canned(conn: psycopg.Connection, canned_id: int) -> CannedReply:
    canned = get_canned(conn, canned_id)
    conn.execute("DELETE FROM canned_replies WHERE id = %s", (canned_id,))
    return canned


def get_signature(conn: psycopg.Connection, agent_id: int) -> str:
    row = conn.execute("SELECT body FROM signatures WHERE agent_id = %s",
                       (agent_id,)).fetchone()
    return row[0] if row else ""


def set_signature(conn: psycopg.Connection, agent_id: int, body: str) -> None:
    if body:
        conn.execute("INSERT INTO signatures (agent_id, body, updated_at) VALUES (%s, %s, %s) "
                     "ON CONFLICT (agent_id) DO UPDATE SET body = excluded.body, "
                     "updated_at = excluded.updated_at", (agent_id, body, utcnow()))
    else:
        conn.execute("DELETE FROM signatures WHERE agent_id = %s", (agent_id,))
