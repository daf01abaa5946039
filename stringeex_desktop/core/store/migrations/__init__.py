"""The one numbered list of schema versions, each written for both backends.

Version N of a store is the first N entries applied. To change the schema, append one
`Migration` with the SQLite script (`sqlite.py`) and its PostgreSQL twin (`postgres.py`)
under one name; never edit a shipped one. Where the two agree (an index, a plain column)
the twin is the same text; where they differ (FTS5 against a tsvector column, AUTOINCREMENT
against identity columns, text times against timestamptz) each says it its own way.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import postgres, sqlite


@dataclass(frozen=True)
class Migration:
    name: str
    sqlite: str
    postgres: str


MIGRATIONS: list[Migration] = [
    Migration("SCHEMA_1", sqlite.SCHEMA_1, postgres.SCHEMA_1),
    Migration("SCHEMA_2", sqlite.SCHEMA_2, postgres.SCHEMA_2),
    Migration("THREAD_KEY_3", sqlite.THREAD_KEY_3, postgres.THREAD_KEY_3),
    Migration("IMAP_SYNC_4", sqlite.IMAP_SYNC_4, postgres.IMAP_SYNC_4),
    Migration("COMPANION_5", sqlite.COMPANION_5, postgres.COMPANION_5),
    Migration("TICKET_EVENTS_6", sqlite.TICKET_EVENTS_6, postgres.TICKET_EVENTS_6),
    Migration("REMOTE_SENDERS_7", sqlite.REMOTE_SENDERS_7, postgres.REMOTE_SENDERS_7),
    Migration("AGENT_ACTIVE_8", sqlite.AGENT_ACTIVE_8, postgres.AGENT_ACTIVE_8),
    Migration("TICKET_VIEWS_9", sqlite.TICKET_VIEWS_9, postgres.TICKET_VIEWS_9),
    Migration("TEAM_10", sqlite.TEAM_10, postgres.TEAM_10),
    Migration("COMPOSING_11", sqlite.COMPOSING_11, postgres.COMPOSING_11),
]
