"""Canned replies (supervisors keep them, agents insert them) and each agent's signature."""

from __future__ import annotations

import sqlite3

from ...errors import NotFoundError
from ...models import CannedReply, utcnow
from .common import ts


def _canned(row: sqlite3.Row) -> CannedReply:
    return CannedReply(row["id"], row["title"], row["body"])


def add_canned(conn: sqlite3.Connection, title: str, body: str) -> CannedReply:
    cur = conn.execute("INSERT INTO canned_replies (title, body, created_at) VALUES (?, ?, ?)",
                       (title, body, ts(utcnow())))
    return get_canned(conn, cur.lastrowid)


def get_canned(conn: sqlite3.Connection, canned_id: int) -> CannedReply:
    row = conn.execute("SELECT * FROM canned_replies WHERE id = ?", (canned_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"Canned reply {canned_id} does not exist (canned list shows them).")
    return _canned(row)


def list_canned(conn: sqlite3.Connection) -> list[CannedReply]:
    return [_canned(r) for r in conn.execute(
        "SELECT * FROM canned_replies ORDER BY title COLLATE NOCASE, id")]


def update_canned(conn: sqlite3.Connection, canned_id: int, title: str, body: str
                  ) -> CannedReply:
    get_canned(conn, canned_id)
    conn.execute("UPDATE canned_replies SET title = ?, body = ? WHERE id = ?",
                 (title, body, canned_id))
    return get_canned(conn, canned_id)


def remove_canned(conn: sqlite3.Connection, canned_id: int) -> CannedReply:
    canned = get_canned(conn, canned_id)
    conn.execute("DELETE FROM canned_replies WHERE id = ?", (canned_id,))
    return canned


def get_signature(conn: sqlite3.Connection, agent_id: int) -> str:
    row = conn.execute("SELECT body FROM signatures WHERE agent_id = ?", (agent_id,)).fetchone()
    return row[0] if row else ""


def set_signature(conn: sqlite3.Connection, agent_id: int, body: str) -> None:
    if body:
        conn.execute("INSERT INTO signatures (agent_id, body, updated_at) VALUES (?, ?, ?) "
                     "ON CONFLICT (agent_id) DO UPDATE SET body = excluded.body, "
                     "updated_at = excluded.updated_at", (agent_id, body, ts(utcnow())))
    else:
        conn.execute("DELETE FROM signatures WHERE agent_id = ?", (agent_id,))
