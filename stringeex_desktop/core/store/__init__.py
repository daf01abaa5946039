"""The only package that knows SQL: a Store, its transactions and repositories, per backend.

`sqlite/` is the embedded single-seat default; `postgres/` is a team's shared store behind the
same interface (docs/architecture.md), loaded only when a team store is used.
"""

from __future__ import annotations

from pathlib import Path

from .sqlite import Store, Tx

__all__ = ["Store", "Tx", "open_team_store", "team_store_display", "copy_to_team",
           "probe_team_store", "team_store_url"]


def open_team_store(url: str, *, password: str | None = None, create: bool = False):
    """The team store at `url` (`create`: make its schema in an empty database)."""
    from .postgres import Store as TeamStore

    return TeamStore(url, password=password, create=create)


def team_store_display(url: str) -> str:
    """`url` checked, without its password (a StoreError when it is no team store URL)."""
    from .postgres.db import parse_url

    return parse_url(url).display()


def copy_to_team(data_dir, team) -> dict[str, int]:
    """Copy the data folder's SQLite store into the (empty) team store `team`; row counts."""
    from .sqlite.db import DB_NAME
    from .transfer import copy_to_team as copy

    return copy(Path(data_dir) / DB_NAME, team)


def probe_team_store(url: str, *, password: str | None = None) -> tuple[str, str]:
    """(server version, what the database holds: "team", "empty" or "other"), or a
    StoreError naming the failing step (address, reaching the server, signing in)."""
    from .postgres.db import connect, is_empty, parse_url, version

    location = parse_url(url)
    conn = connect(location, None if location.has_password else password, timeout=10)
    try:
        server = conn.execute("SHOW server_version").fetchone()[0]
        if version(conn) is not None:
            return server, "team"
        return server, "empty" if is_empty(conn) else "other"
    finally:
        conn.close()


def team_store_url(host: str, port: int, database: str, user: str, sslmode: str) -> str:
    """The URL of a team store from the settings page's fields (never its password)."""
    from urllib.parse import quote

    return (f"postgresql://{quote(user, safe='')}@{host.strip()}:{port}/"
            f"{quote(database, safe='')}" + (f"?sslmode={sslmode}" if sslmode else ""))
