"""Mailboxes of the three kinds, their settings and health (the twin of
sqlite/mailbox_repo.py)."""

from __future__ import annotations

from datetime import datetime

import psycopg

from ...errors import ConflictError, NotFoundError
from ...models import AutoReply, Mailbox, MailboxHealth, SmtpSettings, utcnow
from ..mailbox_columns import new_mailbox_columns

_SELECT = ("SELECT m.*, q.name AS queue_name FROM mailboxes m "
           "LEFT JOIN queues q ON q.id = m.queue_id")


def _mailbox(row) -> Mailbox:
    smtp = None
    if row["smtp_host"]:
        smtp = SmtpSettings(row["smtp_host"], row["smtp_port"], row["smtp_security"] or "auto",
                            row["smtp_username"] or "", bool(row["smtp_verify"]))
    return Mailbox(
        id=row["id"], kind=row["kind"], address=row["address"], name=row["name"],
        queue=row["queue_name"], active=bool(row["active"]), online_first=bool(row["online_first"]),
        auto_reply=AutoReply(bool(row["auto_reply_enabled"]), row["auto_reply_subject"],
                             row["auto_reply_body"]),
        health=MailboxHealth(row["health_state"], row["last_ok"], row["last_error"]),
        smtp=smtp)


def add_mailbox(conn: psycopg.Connection, *, kind: str, address: str, name: str,
                queue_id: int | None, online_first: bool = False,
                auto_reply: AutoReply | None = None, smtp: SmtpSettings | None = None
                ) -> Mailbox:
    """Insert, or bring back a removed mailbox of the same address so its history stays linked."""
    existing = conn.execute("SELECT id, removed FROM mailboxes WHERE lower(address) = lower(%s)",
                            (address,)).fetchone()
    if existing is not None and not existing["removed"]:
        raise ConflictError(f"The address {address} is already in the email channel list.")
    values = new_mailbox_columns(kind=kind, address=address, name=name, queue_id=queue_id,
                                 online_first=online_first, auto_reply=auto_reply, smtp=smtp)
    if existing is not None:
        assignments = ", ".join(f"{k} = %({k})s" for k in values)
        conn.execute(f"UPDATE mailboxes SET {assignments} WHERE id = %(id)s",
                     {**values, "id": existing["id"]})
        return get_mailbox(conn, existing["id"])
    values["created_at"] = utcnow()
    columns = ", ".join(values)
    mailbox_id = conn.execute(f"INSERT INTO mailboxes ({columns}) VALUES "
                              f"({', '.join(f'%({k})s' for k in values)}) RETURNING id",
                              values).fetchone()[0]
    return get_mailbox(conn, mailbox_id)


_UPDATABLE = {"name", "queue_id", "active", "online_first", "auto_reply_enabled",
              "auto_reply_subject", "auto_reply_body", "smtp_host", "smtp_port", "smtp_security",
              "smtp_username", "smtp_verify"}


def update_mailbox(conn: psycopg.Connection, mailbox_id: int, **changes) -> Mailbox:
    get_mailbox(conn, mailbox_id)
    unknown = set(changes) - _UPDATABLE
    if unknown:
        raise ValueError(f"not updatable: {sorted(unknown)}")
    if changes:
        assignments = ", ".join(f"{k} = %({k})s" for k in changes)
        conn.execute(f"UPDATE mailboxes SET {assignments} WHERE id = %(id)s",
                     {**changes, "id": mailbox_id})
    return get_mailbox(conn, mailbox_id)


def remove_mailbox(conn: psycopg.Connection, mailbox_id: int) -> Mailbox:
    """Tickets keep pointing at a removed mailbox; without tickets the row goes entirely."""
    mailbox = get_mailbox(conn, mailbox_id)
    used = conn.execute(
        "SELECT 1 FROM tickets WHERE mailbox_id = %(id)s OR reply_via = %(id)s UNION ALL "
        "SELECT 1 FROM messages WHERE mailbox_id = %(id)s UNION ALL "
        "SELECT 1 FROM outbox WHERE via_mailbox_id = %(id)s LIMIT 1",
        {"id": mailbox_id}).fetchone()
    if used:
        conn.execute("UPDATE mailboxes SET removed = 1, active = 0 WHERE id = %s", (mailbox_id,))
    else:
        conn.execute("DELETE FROM mailboxes WHERE id = %s", (mailbox_id,))
    mailbox.active = False
    return mailbox


def get_mailbox(conn: psycopg.Connection, mailbox_id: int, *, include_removed: bool = False
                ) -> Mailbox:
    row = conn.execute(f"{_SELECT} WHERE m.id = %s" + ("" if include_removed else
                                                       " AND m.removed = 0"),
                       (mailbox_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"Mailbox {mailbox_id} does not exist.")
    return _mailbox(row)


def list_mailboxes(conn: psycopg.Connection, kind: str | None = None) -> list[Mailbox]:
    where = "WHERE m.removed = 0" + (" AND m.kind = %s" if kind else "")
    return [_mailbox(r) for r in conn.execute(f"{_SELECT} {where} ORDER BY m.id",
                                              (kind,) if kind else ())]


def find_active(conn: psycopg.Connection, address: str, kinds: tuple[str, ...]
                ) -> Mailbox | None:
    row = conn.execute(f"{_SELECT} WHERE lower(m.address) = lower(%s) AND m.active = 1 "
                       "AND m.removed = 0 AND m.kind = ANY(%s)", (address, list(kinds))
                       ).fetchone()
    return _mailbox(row) if row else None


def all_addresses(conn: psycopg.Connection) -> set[str]:
    return {r[0].lower() for r in conn.execute("SELECT address FROM mailboxes")}


def queue_id_of(conn: psycopg.Connection, mailbox_id: int) -> int | None:
    row = conn.execute("SELECT queue_id FROM mailboxes WHERE id = %s", (mailbox_id,)).fetchone()
    return row[0] if row else None


def set_health(conn: psycopg.Connection, mailbox_id: int, state: str, *,
               ok_at: datetime | None = None, error: str | None = None) -> None:
    if ok_at is not None:
        conn.execute("UPDATE mailboxes SET health_state = %s, last_ok = %s, last_error = NULL "
                     "WHERE id = %s", (state, ok_at, mailbox_id))
    else:
        conn.execute("UPDATE mailboxes SET health_state = %s, last_error = %s WHERE id = %s",
                     (state, error, mailbox_id))


def recent_auto_reply(conn: psycopg.Connection, mailbox_id: int, sender: str,
                      since: datetime) -> bool:
    return conn.execute("SELECT 1 FROM auto_reply_log WHERE mailbox_id = %s "
                        "AND lower(sender) = lower(%s) AND sent_at > %s LIMIT 1",
                        (mailbox_id, sender, since)).fetchone() is not None


def log_auto_reply(conn: psycopg.Connection, mailbox_id: int, sender: str,
                   when: datetime) -> None:
    conn.execute("INSERT INTO auto_reply_log (mailbox_id, sender, sent_at) VALUES (%s, %s, %s)",
                 (mailbox_id, sender, when))
