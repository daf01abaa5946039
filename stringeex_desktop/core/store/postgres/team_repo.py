"""The team store's own rows: its identity, the team key's check value, sealed secrets.

Only the team store has these (a single seat keeps its secrets in the keyring); values are
sealed by core/auth/team_key.py before they get here and stay opaque to the store.
"""

from __future__ import annotations

import psycopg

from ...models import utcnow


def get_team(conn: psycopg.Connection) -> tuple[str, bytes] | None:
    """(team id, sealed key check), or None before `team init` finished."""
    row = conn.execute("SELECT team_id, key_check FROM team WHERE id = 1").fetchone()
    return (row[0], bytes(row[1])) if row else None


def create_team(conn: psycopg.Connection, team_id: str, key_check: bytes) -> bool:
    """False when another `team init` got there first."""
    return conn.execute("INSERT INTO team (id, team_id, key_check, created_at) "
                        "VALUES (1, %s, %s, %s) ON CONFLICT (id) DO NOTHING",
                        (team_id, key_check, utcnow())).rowcount == 1


def get_secret(conn: psycopg.Connection, name: str) -> bytes | None:
    row = conn.execute("SELECT sealed FROM team_secrets WHERE name = %s", (name,)).fetchone()
    return bytes(row[0]) if row else None


def put_secret(conn: psycopg.Connection, name: str, sealed: bytes) -> None:
    conn.execute("INSERT INTO team_secrets (name, sealed, updated_at) VALUES (%s, %s, %s) "
                 "ON CONFLICT (name) DO UPDATE SET sealed = excluded.sealed, "
                 "updated_at = excluded.updated_at", (name, sealed, utcnow()))


def delete_secret(conn: psycopg.Connection, name: str) -> None:
    conn.execute("DELETE FROM team_secrets WHERE name = %s", (name,))
