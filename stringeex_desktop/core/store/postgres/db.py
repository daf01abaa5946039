"""Reaching the team store: its URL, connections, and the versioned schema."""

from __future__ import annotations

from dataclasses import dataclass

import psycopg
from psycopg.conninfo import conninfo_to_dict
from psycopg.types.string import StrDumperUnknown

from ...errors import StoreError
from ..migrations import MIGRATIONS
from .common import rows
from .errors import store_error
from .nodes import SETTING

CONNECT_TIMEOUT_S = 10
# pg_advisory_xact_lock key that serialises schema changes: "STXM".
MIGRATION_LOCK = 0x5354584D
SCHEMA_TABLE = "stringeex_schema"


@dataclass(frozen=True)
class Location:
    """Where the team store is. `url` may carry a password; `where` and `user` never do."""
    url: str
    host: str
    port: int
    database: str
    user: str
    sslmode: str | None
    has_password: bool

    @property
    def where(self) -> str:
        return f"{self.host}:{self.port}"

    def display(self) -> str:
        """The URL without its password, for messages and settings."""
        query = f"?sslmode={self.sslmode}" if self.sslmode else ""
        return f"postgresql://{self.user}@{self.where}/{self.database}{query}"


def parse_url(url: str) -> Location:
    """`postgresql://USER[:PASSWORD]@HOST[:PORT]/DB[?sslmode=...]`, or a StoreError saying so."""
    if not url.startswith(("postgresql://", "postgres://")):
        raise StoreError(f"not a team store URL: {url.split('@')[-1]!r}; expected "
                         "postgresql://USER@HOST:PORT/DATABASE")
    try:
        parts = conninfo_to_dict(url)
    except psycopg.ProgrammingError as exc:
        raise StoreError(f"the team store URL is malformed: {exc}") from None
    missing = [name for name, key in (("user", "user"), ("host", "host"), ("database", "dbname"))
               if not parts.get(key)]
    if missing:
        raise StoreError(f"the team store URL lacks its {' and '.join(missing)}: "
                         "postgresql://USER@HOST:PORT/DATABASE")
    try:
        port = int(parts.get("port") or 5432)
    except ValueError:
        raise StoreError(f"the team store URL's port is not a number: {parts['port']!r}") from None
    return Location(url, parts["host"], port, parts["dbname"], parts["user"],
                    parts.get("sslmode"), bool(parts.get("password")))


def connect(location: Location, password: str | None = None, *,
            timeout: float = CONNECT_TIMEOUT_S, node: int = 0) -> psycopg.Connection:
    """An autocommit connection (transactions are explicit) speaking UTC."""
    try:
        conn = psycopg.connect(location.url, autocommit=True, row_factory=rows,
                               connect_timeout=max(1, int(timeout)),
                               application_name="stringeex-desktop",
                               **({"password": password} if password else {}))
    except psycopg.Error as exc:
        raise store_error(exc, location.where, location.user) from exc
    try:
        configure(conn, node)
    except psycopg.Error as exc:
        conn.close()
        raise store_error(exc, location.where, location.user) from exc
    return conn


class _NulSafeStr(StrDumperUnknown):
    """PostgreSQL text cannot hold NUL, which hostile mail may carry and SQLite keeps: it is
    stored as U+FFFD, so such a message is still stored and shown (DESIGN.md invariant 6)."""

    def dump(self, obj: str):
        return super().dump(obj.replace("\x00", "\ufffd") if "\x00" in obj else obj)


def configure(conn: psycopg.Connection, node: int = 0) -> None:
    """Times come back in UTC whatever the server's or the role's default; text never fails
    on NUL; work this connection claims is marked with its node (nodes.py)."""
    conn.adapters.register_dumper(str, _NulSafeStr)
    conn.execute("SET TIME ZONE 'UTC'")
    conn.execute("SELECT set_config(%s, %s, false)", (SETTING, str(node)))


def version(conn: psycopg.Connection) -> int | None:
    """The schema version, or None when this database holds no team store."""
    exists = conn.execute("SELECT to_regclass(%s) IS NOT NULL", (SCHEMA_TABLE,)).fetchone()[0]
    if not exists:
        return None
    row = conn.execute(f"SELECT version FROM {SCHEMA_TABLE}").fetchone()
    return row[0] if row else 0


def is_empty(conn: psycopg.Connection) -> bool:
    """No table, view or sequence of anyone's in the database's ordinary schemas."""
    return conn.execute(
        "SELECT NOT EXISTS (SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE c.relkind IN ('r', 'v', 'm', 'S', 'p', 'f') AND n.nspname NOT IN "
        "('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%%')"
    ).fetchone()[0]


def migrate(conn: psycopg.Connection, location: Location, *, create: bool) -> int:
    """Bring the schema to the newest version; any number of nodes may do it at once.

    Each step reads the version and applies the next script in one transaction holding an
    advisory lock, so two nodes never apply the same step. Without `create`, a database
    holding no team store is refused rather than filled; with it, only an empty one is filled.
    """
    try:
        while True:
            with conn.transaction():
                conn.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))
                current = version(conn)
                if current is None:
                    if not create:
                        raise StoreError(
                            f"the database {location.database} at {location.where} holds no "
                            "team store: create one with `team init`")
                    if not is_empty(conn):
                        raise StoreError(
                            f"the database {location.database} at {location.where} is not "
                            "empty: a team store is made in an empty database of its own")
                    conn.execute(f"CREATE TABLE {SCHEMA_TABLE} (version INTEGER NOT NULL)")
                    conn.execute(f"INSERT INTO {SCHEMA_TABLE} (version) VALUES (0)")
                    current = 0
                if current > len(MIGRATIONS):
                    raise StoreError(
                        f"the team store at {location.where} was written by a newer StringeeX "
                        f"Desktop (schema {current}): update the app")
                if current == len(MIGRATIONS):
                    return current
                conn.execute(MIGRATIONS[current].postgres)
                conn.execute(f"UPDATE {SCHEMA_TABLE} SET version = %s", (current + 1,))
    except psycopg.Error as exc:
        raise store_error(exc, location.where, location.user) from exc
