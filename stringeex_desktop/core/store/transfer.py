"""`store migrate`: a single seat's SQLite store copied whole into an empty team store.

Table by table, in the order their references need, inside one PostgreSQL transaction: a
failure leaves the team store as empty as it was, and the SQLite file is only read. Ids are
kept (tickets keep their serials, Message-ID tags still verify with the copied thread key),
then each identity column continues above them. Text times become timestamptz, the search
column is filled as the repositories fill it, and rows left `sending` are queued again.
Each table's count is compared at the end, inside the transaction.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import psycopg

from ..errors import StoreError
from .postgres import Store as TeamStore
from .postgres.errors import store_error
from .postgres.search import lexemes
from .sqlite.common import parse_ts
from .sqlite.db import connect as sqlite_connect
from .sqlite.errors import store_error as sqlite_store_error

# In the order their foreign keys need; the identity tables (with an `id`) get their
# sequences moved past the copied ids.
TABLES = ["portal", "queues", "agents", "queue_members", "mailboxes", "tickets", "ticket_ccs",
          "raw_messages", "messages", "attachments", "outbox", "auto_reply_log", "imap_state",
          "signatures", "canned_replies", "drafts", "ticket_events", "remote_content_senders",
          "ticket_reads", "composing"]
BATCH_BYTES = 16 * 2**20
BATCH_ROWS = 1000


def _columns(pg: psycopg.Connection, table: str) -> dict[str, str]:
    return {r[0]: r[1] for r in pg.execute(
        "SELECT column_name, data_type FROM information_schema.columns "
        "WHERE table_schema = current_schema() AND table_name = %s", (table,))}


def _convert(table: str, names: list[str], types: dict[str, str], row) -> tuple:
    values = []
    for name, value in zip(names, row, strict=True):
        if types[name].startswith("timestamp") and isinstance(value, str):
            value = parse_ts(value)
        elif table == "outbox" and name == "state" and value == "sending":
            value = "queued"
        values.append(value)
    if table == "messages":
        fields = dict(zip(names, row, strict=True))
        values.append(lexemes(fields["subject"], fields["text"], fields["from_name"],
                              fields["from_email"]))
    return tuple(values)


def copy_to_team(sqlite_path: Path, team: TeamStore) -> dict[str, int]:
    """Copy everything; the rows copied per table. The team store must hold no data yet."""
    source = sqlite_connect(sqlite_path, readonly=True)
    try:
        with team.bulk_transaction() as pg:
            busy = [t for t in ("portal", "agents", "queues", "mailboxes", "tickets")
                    if pg.execute(f"SELECT EXISTS (SELECT 1 FROM {t})").fetchone()[0]]
            if busy:
                raise StoreError(f"the team store at {team.location.where} already holds "
                                 f"data ({', '.join(busy)}): migrate into a new one")
            counts = {table: _copy_table(source, pg, table) for table in TABLES}
            for table in TABLES:
                copied = pg.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                if copied != counts[table]:
                    raise StoreError(f"copying {table} went wrong: {counts[table]} rows read, "
                                     f"{copied} written; the team store was left unchanged")
            return counts
    except psycopg.Error as exc:
        raise store_error(exc, team.location.where, team.location.user) from exc
    except sqlite3.Error as exc:
        raise sqlite_store_error(exc, sqlite_path) from exc
    finally:
        source.close()


def _copy_table(source, pg: psycopg.Connection, table: str) -> int:
    types = _columns(pg, table)
    names = [r[1] for r in source.execute(f"PRAGMA table_info({table})") if r[1] in types]
    targets = names + (["search"] if table == "messages" else [])
    marks = ", ".join("array_to_tsvector(%s::text[])" if n == "search" else "%s"
                      for n in targets)
    insert = f"INSERT INTO {table} ({', '.join(targets)}) VALUES ({marks})"
    count, batch, size = 0, [], 0
    cursor = source.execute(f"SELECT {', '.join(names)} FROM {table}")
    with pg.cursor() as out:
        for row in cursor:
            batch.append(_convert(table, names, types, row))
            size += sum(len(v) for v in row if isinstance(v, (bytes, str)))
            if len(batch) >= BATCH_ROWS or size >= BATCH_BYTES:
                out.executemany(insert, batch)
                count, batch, size = count + len(batch), [], 0
        if batch:
            out.executemany(insert, batch)
            count += len(batch)
    if "id" in types and table != "portal":
        pg.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                   f"(SELECT coalesce(max(id), 0) + 1 FROM {table}), false)")
    return count
