"""Queues, agents, membership and presence."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from ...errors import ConflictError, NotFoundError
from ...models import Agent, Candidate, Queue, utcnow
from .common import parse_ts, ts

ONLINE_SQL = "(a.presence = 'online' AND (a.presence_deadline IS NULL OR a.presence_deadline > ?))"


def _queue(conn: sqlite3.Connection, row: sqlite3.Row) -> Queue:
    members = [r[0] for r in conn.execute(
        "SELECT a.email FROM queue_members m JOIN agents a ON a.id = m.agent_id "
        "WHERE m.queue_id = ? ORDER BY a.email", (row["id"],))]
    return Queue(row["id"], row["name"], members)


def add_queue(conn: sqlite3.Connection, name: str) -> Queue:
    if conn.execute("SELECT 1 FROM queues WHERE name = ?", (name,)).fetchone():
        raise ConflictError(f"A queue named {name!r} already exists.")
    cur = conn.execute("INSERT INTO queues (name, created_at) VALUES (?, ?)", (name, ts(utcnow())))
    return get_queue(conn, cur.lastrowid)


def get_queue(conn: sqlite3.Connection, queue_id: int) -> Queue:
    row = conn.execute("SELECT * FROM queues WHERE id = ?", (queue_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"Queue {queue_id} does not exist.")
    return _queue(conn, row)


def find_queue(conn: sqlite3.Connection, name: str) -> Queue:
    row = conn.execute("SELECT * FROM queues WHERE name = ?", (name,)).fetchone()
    if row is None:
        names = ", ".join(r[0] for r in conn.execute("SELECT name FROM queues ORDER BY name"))
        raise NotFoundError(f"No queue named {name!r}" + (f" (queues: {names})." if names
                                                          else "; add one first."))
    return _queue(conn, row)


def list_queues(conn: sqlite3.Connection) -> list[Queue]:
    return [_queue(conn, r) for r in conn.execute("SELECT * FROM queues ORDER BY name")]


def set_queue_members(conn: sqlite3.Connection, queue_id: int, agent_ids: list[int]) -> None:
    conn.execute("DELETE FROM queue_members WHERE queue_id = ?", (queue_id,))
    conn.executemany("INSERT INTO queue_members (queue_id, agent_id) VALUES (?, ?)",
                     [(queue_id, a) for a in dict.fromkeys(agent_ids)])


def add_membership(conn: sqlite3.Connection, queue_id: int, agent_id: int) -> None:
    conn.execute("INSERT OR IGNORE INTO queue_members (queue_id, agent_id) VALUES (?, ?)",
                 (queue_id, agent_id))


def is_member(conn: sqlite3.Connection, queue_id: int, agent_id: int) -> bool:
    return conn.execute("SELECT 1 FROM queue_members WHERE queue_id = ? AND agent_id = ?",
                        (queue_id, agent_id)).fetchone() is not None


def _agent(conn: sqlite3.Connection, row: sqlite3.Row, now: datetime) -> Agent:
    queues = [r[0] for r in conn.execute(
        "SELECT q.name FROM queue_members m JOIN queues q ON q.id = m.queue_id "
        "WHERE m.agent_id = ? ORDER BY q.name", (row["id"],))]
    deadline = parse_ts(row["presence_deadline"])
    online = row["presence"] == "online" and (deadline is None or deadline > now)
    return Agent(row["id"], row["email"], row["name"], row["role"], queues,
                 "online" if online else "offline", bool(row["active"]))


def add_agent(conn: sqlite3.Connection, email: str, name: str, role: str) -> Agent:
    if conn.execute("SELECT 1 FROM agents WHERE email = ?", (email,)).fetchone():
        raise ConflictError(f"An agent with the email {email} already exists.")
    cur = conn.execute("INSERT INTO agents (email, name, role, created_at) VALUES (?, ?, ?, ?)",
                       (email, name, role, ts(utcnow())))
    return get_agent(conn, cur.lastrowid)


def get_agent(conn: sqlite3.Connection, agent_id: int) -> Agent:
    row = conn.execute("SELECT * FROM agents WHERE id = ?", (agent_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"Agent {agent_id} does not exist.")
    return _agent(conn, row, utcnow())


def find_agent(conn: sqlite3.Connection, email: str) -> Agent:
    row = conn.execute("SELECT * FROM agents WHERE email = ?", (email.strip(),)).fetchone()
    if row is None:
        raise NotFoundError(f"No agent with the email {email!r}.")
    return _agent(conn, row, utcnow())


def list_agents(conn: sqlite3.Connection) -> list[Agent]:
    now = utcnow()
    return [_agent(conn, r, now) for r in conn.execute("SELECT * FROM agents ORDER BY email")]


def set_presence(conn: sqlite3.Connection, agent_id: int, presence: str,
                 deadline: datetime | None) -> None:
    conn.execute("UPDATE agents SET presence = ?, presence_deadline = ? WHERE id = ?",
                 (presence, ts(deadline), agent_id))


def touch_assigned(conn: sqlite3.Connection, agent_id: int, when: datetime) -> None:
    conn.execute("UPDATE agents SET last_assigned_at = ? WHERE id = ?", (ts(when), agent_id))


def routing_candidates(conn: sqlite3.Connection, queue_id: int, now: datetime) -> list[Candidate]:
    """Members of a queue with what routing weighs: open load, last assignment, presence."""
    rows = conn.execute(
        f"""SELECT a.id, a.last_assigned_at, {ONLINE_SQL} AS online,
                   (SELECT count(*) FROM tickets t WHERE t.assignee_id = a.id
                      AND t.status IN ('new', 'processing', 'pending')) AS open_count
            FROM queue_members m JOIN agents a ON a.id = m.agent_id
            WHERE m.queue_id = ? AND a.active = 1""", (ts(now), queue_id))
    return [Candidate(r["id"], r["open_count"], parse_ts(r["last_assigned_at"]), bool(r["online"]))
            for r in rows]


def queues_of_agent(conn: sqlite3.Connection, agent_id: int) -> list[int]:
    return [r[0] for r in conn.execute("SELECT queue_id FROM queue_members WHERE agent_id = ?",
                                       (agent_id,))]


def rename_queue(conn: sqlite3.Connection, queue_id: int, name: str) -> Queue:
    other = conn.execute("SELECT 1 FROM queues WHERE name = ? AND id != ?",
                         (name, queue_id)).fetchone()
    if other:
        raise ConflictError(f"A queue named {name!r} already exists.")
    conn.execute("UPDATE queues SET name = ? WHERE id = ?", (name, queue_id))
    return get_queue(conn, queue_id)


def queue_usage(conn: sqlite3.Connection, queue_id: int) -> tuple[list[str], int]:
    """The addresses of the mailboxes that route to the queue, and its open tickets."""
    addresses = [r[0] for r in conn.execute(
        "SELECT address FROM mailboxes WHERE queue_id = ? ORDER BY address", (queue_id,))]
    open_tickets = conn.execute(
        "SELECT count(*) FROM tickets WHERE queue_id = ? "
        "AND status IN ('new', 'processing', 'pending')", (queue_id,)).fetchone()[0]
    return addresses, open_tickets


def remove_queue(conn: sqlite3.Connection, queue_id: int) -> None:
    """Solved and closed tickets keep their history without a queue."""
    conn.execute("UPDATE tickets SET queue_id = NULL WHERE queue_id = ?", (queue_id,))
    conn.execute("DELETE FROM queues WHERE id = ?", (queue_id,))


def update_agent(conn: sqlite3.Connection, agent_id: int, *, name: str | None = None,
                 role: str | None = None, active: bool | None = None) -> Agent:
    changes = {k: v for k, v in (("name", name), ("role", role),
                                 ("active", None if active is None else int(active)))
               if v is not None}
    if changes:
        assignments = ", ".join(f"{k} = :{k}" for k in changes)
        conn.execute(f"UPDATE agents SET {assignments} WHERE id = :id", {**changes, "id": agent_id})
    return get_agent(conn, agent_id)


def set_agent_queues(conn: sqlite3.Connection, agent_id: int, queue_ids: list[int]) -> None:
    conn.execute("DELETE FROM queue_members WHERE agent_id = ?", (agent_id,))
    conn.executemany("INSERT INTO queue_members (queue_id, agent_id) VALUES (?, ?)",
                     [(queue_id, agent_id) for queue_id in dict.fromkeys(queue_ids)])


def active_admins(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT count(*) FROM agents WHERE role = 'admin' AND active = 1"
                        ).fetchone()[0]
