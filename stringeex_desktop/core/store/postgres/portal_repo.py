"""The portal row: domain and outgoing relay (the twin of sqlite/portal_repo.py)."""

from __future__ import annotations

import secrets

import psycopg

from ...models import Portal, Relay, RemoteSender, utcnow


def get_portal(conn: psycopg.Connection) -> Portal | None:
    row = conn.execute("SELECT * FROM portal WHERE id = 1").fetchone()
    if row is None:
        return None
    return Portal(row["domain"], Relay(row["relay_host"], row["relay_port"], row["relay_security"],
                                       row["relay_username"], bool(row["relay_password_set"])))


def save_portal(conn: psycopg.Connection, portal: Portal) -> Portal:
    relay = portal.relay
    conn.execute(
        """INSERT INTO portal (id, domain, relay_host, relay_port, relay_security, relay_username,
                               relay_password_set, created_at, thread_key)
           VALUES (1, %s, %s, %s, %s, %s, %s, %s, %s)
           ON CONFLICT (id) DO UPDATE SET domain = excluded.domain,
               relay_host = excluded.relay_host, relay_port = excluded.relay_port,
               relay_security = excluded.relay_security, relay_username = excluded.relay_username,
               relay_password_set = excluded.relay_password_set""",
        (portal.domain, relay.host, relay.port, relay.security, relay.username,
         int(relay.password_set), utcnow(), secrets.token_hex(32)))
    return get_portal(conn)


def thread_key(conn: psycopg.Connection) -> bytes | None:
    """The portal's secret for tagging our Message-IDs; None before the portal exists."""
    row = conn.execute("SELECT thread_key FROM portal WHERE id = 1").fetchone()
    return bytes.fromhex(row[0]) if row and row[0] else None


def allow_remote_sender(conn: psycopg.Connection, email: str, allowed_by: str | None) -> bool:
    """False when the sender was already allowed (the first allow is kept)."""
    cursor = conn.execute(
        "INSERT INTO remote_content_senders (email, allowed_by, allowed_at) "
        "VALUES (%s, %s, %s) ON CONFLICT (email) DO NOTHING",
        (email.lower(), allowed_by, utcnow()))
    return cursor.rowcount == 1


def _remote_sender(row) -> RemoteSender:
    return RemoteSender(row["email"], row["allowed_by"], row["allowed_at"])


def remote_sender(conn: psycopg.Connection, email: str) -> RemoteSender | None:
    row = conn.execute("SELECT * FROM remote_content_senders WHERE email = %s",
                       (email.lower(),)).fetchone()
    return _remote_sender(row) if row else None


def remote_senders(conn: psycopg.Connection) -> list[RemoteSender]:
    return [_remote_sender(row) for row in conn.execute(
        "SELECT * FROM remote_content_senders ORDER BY email")]


def remove_remote_sender(conn: psycopg.Connection, email: str) -> bool:
    cursor = conn.execute("DELETE FROM remote_content_senders WHERE email = %s",
                          (email.lower(),))
    return cursor.rowcount == 1
