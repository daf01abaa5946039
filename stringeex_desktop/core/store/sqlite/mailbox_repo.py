"""Mailboxes of the three kinds, their settings and health."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from ...errors import ConflictError, NotFoundError
from ...models import AutoReply, Mailbox, MailboxHealth, SmtpSettings, utcnow
from ..mailbox_columns import new_mailbox_columns
from .common import parse_ts, ts

_SELECT = ("SELECT m.*, q.name AS queue_name FROM mailboxes m "
           "LEFT JOIN queues q ON q.id = m.queue_id")


def _mailbox(row: sqlite3.Row) -> Mailbox:
    smtp = None
    if row["smtp_host"]:
        smtp = SmtpSettings(row["smtp_host"], row["smtp_port"], row["smtp_security"] or "auto",
                            row["smtp_username"] or "", bool(row["smtp_verify"]))
    return Mailbox(
        id=row["id"], kind=row["kind"], address=row["address"], name=row["name"],
        queue=row["queue_name"], active=bool(row["active"]), online_first=bool(row["online_first"]),
        auto_reply=AutoReply(bool(row["auto_reply_enabled"]), row["auto_reply_subject"],
                             row["auto_reply_body"]),
        health=MailboxHealth(row["health_state"], parse_ts(row["last_ok"]), row["last_error"]),
        smtp=smtp)


def add_mailbox(conn: sqlite3.Connection, *, kind: str, address: str, name: str,
                queue_id: int | None, online_first: bool = False,
                auto_reply: AutoReply | None = None, smtp: SmtpSettings | None = None
                ) -> Mailbox:
    """Insert, or bring back a removed mailbox of the same address so its history stays linked."""
    existing = conn.execute("SELECT id, removed FROM mailboxes WHERE address = ?",
                            (address,)).fetchone()
    if existing is not None and not existing["removed"]:
        raise ConflictError(f"The address {address} is already in the email channel list.")
    values = new_mailbox_columns(kind=kind, address=address, name=name, queue_id=queue_id,
                                 online_first=online_first, auto_reply=auto_reply, smtp=smtp)
    if existing is not None:
        assignments = ", ".join(f"{k} = :{k}" for k in values)
        conn.execute(f"UPDATE mailboxes SET {assignments} WHERE id = :id",
                     {**values, "id": existing["id"]})
        return get_mailbox(conn, existing["id"])
    values["created_at"] = ts(utcnow())
    columns = ", ".join(values)
    cur = conn.execute(f"INSERT INTO mailboxes ({columns}) VALUES "
                       f"({', '.join(':' + k for k in values)})", values)
    return get_mailbox(conn, cur.lastrowid)


_UPDATABLE = {"name", "queue_id", "active", "online_first", "auto_reply_enabled",
              "auto_reply_subject", "auto_reply_body", "smtp_host", "smtp_port", "smtp_security",
              "smtp_username", "smtp_verify"}


def update_mailbox(conn: sqlite3.Connection, mailbox_id: int, **changes) -> Mailbox:
    get_mailbox(conn, mailbox_id)
    unknown = set(changes) - _UPDATABLE
    if unknown:
        raise ValueError(f"not updatable: {sorted(unknown)}")
    if changes:
        assignments = ", ".join(f"{k} = :{k}" for k in changes)
        conn.execute(f"UPDATE mailboxes SET {assignments} WHERE id = :id",
                     {**changes, "id": mailbox_id})
    return get_mailbox(conn, mailbox_id)


def remove_mailbox(conn: sqlite3.Connection, mailbox_id: int) -> Mailbox:
    """Tickets keep pointing at a removed mailbox; without tickets the row goes entirely."""
    mailbox = get_mailbox(conn, mailbox_id)
    used = conn.execute(
        "SELECT 1 FROM tickets WHERE mailbox_id = :id OR reply_via = :id UNION ALL "
        "SELECT 1 FROM messages WHERE mailbox_id = :id UNION ALL "
        "SELECT 1 FROM outbox WHERE via_mailbox_id = :id LIMIT 1", {"id": mailbox_id}).fetchone()
    if used:
        conn.execute("UPDATE mailboxes SET removed = 1, active = 0 WHERE id = ?", (mailbox_id,))
    else:
        conn.execute("DELETE FROM mailboxes WHERE id = ?", (mailbox_id,))
    mailbox.active = False
    return mailbox


def get_mailbox(conn: sqlite3.Connection, mailbox_id: int, *, include_removed: bool = False
                ) -> Mailbox:
    row = conn.execute(f"{_SELECT} WHERE m.id = ?" + ("" if include_removed else
                                                      " AND m.removed = 0"),
                       (mailbox_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"Mailbox {mailbox_id} does not exist.")
    return _mailbox(row)


def list_mailboxes(conn: sqlite3.Connection, kind: str | None = None) -> list[Mailbox]:
    where = "WHERE m.removed = 0" + (" AND m.kind = ?" if kind else "")
    return [_mailbox(r) for r in conn.execute(f"{_SELECT} {where} ORDER BY m.id",
                                              (kind,) if kind else ())]


def find_active(conn: sqlite3.Connection, address: str, kinds: tuple[str, ...]) -> Mailbox | None:
    marks = ", ".join("?" for _ in kinds)
    row = conn.execute(f"{_SELECT} WHERE m.address = ? AND m.active = 1 AND m.removed = 0 "
                       f"AND m.kind IN ({marks})", (address, *kinds)).fetchone()
    return _mailbox(row) if row else None


def all_addresses(conn: sqlite3.Connection) -> set[str]:
    return {r[0].lower() for r in conn.execute("SELECT address FROM mailboxes")}


def queue_id_of(conn: sqlite3.Connection, mailbox_id: int) -> int | None:
    row = conn.execute("SELECT queue_id FROM mailboxes WHERE id = ?", (mailbox_id,)).fetchone()
    return row[0] if row else None


def set_health(conn: sqlite3.Connection, mailbox_id: int, state: str, *,
               ok_at: datetime | None = None, error: str | None = None) -> None:
    if ok_at is not None:
        conn.execute("UPDATE mailboxes SET health_state = ?, last_ok = ?, last_error = NULL "
                     "WHERE id = ?", (state, ts(ok_at), mailbox_id))
    else:
        conn.execute("UPDATE mailboxes SET health_state = ?, last_error = ? WHERE id = ?",
                     (state, error, mailbox_id))


def recent_auto_reply(conn: sqlite3.Connection, mailbox_id: int, sender: str,
                      since: datetime) -> bool:
    return conn.execute("SELECT 1 FROM auto_reply_log WHERE mailbox_id = ? AND sender = ? "
                        "AND sent_at > ? LIMIT 1", (mailbox_id, sender, ts(since))
                        ).fetchone() is not None


def log_auto_reply(conn: sqlite3.Connection, mailbox_id: int, sender: str, when: datetime) -> None:
    conn.execute("INSERT INTO auto_reply_log (mailbox_id, sender, sent_at) VALUES (?, ?, ?)",
                 (mailbox_id, sender, ts(when)))
