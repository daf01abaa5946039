"""Queues, agents, membership and presence (the twin of sqlite/people_repo.py)."""

from __future__ import annotations

from datetime import datetime

import psycopg

from ...errors import ConflictError, NotFoundError
from ...models import Agent, Candidate, Queue, utcnow

ONLINE_SQL = ("(a.presence = 'online' AND (a.presence_deadline IS NULL "
              "OR a.presence_deadline > %s))")


def _queue(conn: psycopg.Connection, row) -> Queue:
    members = [r[0] for r in conn.execute(
        "SELECT a.email FROM queue_members m JOIN agents a ON a.id = m.agent_id "
        "WHERE m.queue_id = %s ORDER BY lower(a.email), a.email", (row["id"],))]
    return Queue(row["id"], row["name"], members)


def add_queue(conn: psycopg.Connection, name: str) -> Queue:
    if conn.execute("SELECT 1 FROM queues WHERE lower(name) = lower(%s)", (name,)).fetchone():
        raise ConflictError(f"A queue named {name!r} already exists.")
    queue_id = conn.execute("INSERT INTO queues (name, created_at) VALUES (%s, %s) RETURNING id",
                            (name, utcnow())).fetchone()[0]
    return get_queue(conn, queue_id)


def get_queue(conn: psycopg.Connection, queue_id: int) -> Queue:
    row = conn.execute("SELECT * FROM queues WHERE id = %s", (queue_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"Queue {queue_id} does not exist.")
    return _queue(conn, row)


def find_queue(conn: psycopg.Connection, name: str) -> Queue:
    row = conn.execute("SELECT * FROM queues WHERE lower(name) = lower(%s)", (name,)).fetchone()
    if row is None:
        names = ", ".join(r[0] for r in conn.execute(
            "SELECT name FROM queues ORDER BY lower(name), name"))
        raise NotFoundError(f"No queue named {name!r}" + (f" (queues: {names})." if names
                                                          else "; add one first."))
    return _queue(conn, row)


def list_queues(conn: psycopg.Connection) -> list[Queue]:
    return [_queue(conn, r)
            for r in conn.execute("SELECT * FROM queues ORDER BY lower(name), name")]


def set_queue_members(conn: psycopg.Connection, queue_id: int, agent_ids: list[int]) -> None:
    conn.execute("DELETE FROM queue_members WHERE queue_id = %s", (queue_id,))
    conn.cursor().executemany("INSERT INTO queue_members (queue_id, agent_id) VALUES (%s, %s)",
                              [(queue_id, a) for a in dict.fromkeys(agent_ids)])


def add_membership(conn: psycopg.Connection, queue_id: int, agent_id: int) -> None:
    conn.execute("INSERT INTO queue_members (queue_id, agent_id) VALUES (%s, %s) "
                 "ON CONFLICT DO NOTHING", (queue_id, agent_id))


def is_member(conn: psycopg.Connection, queue_id: int, agent_id: int) -> bool:
    return conn.execute("SELECT 1 FROM queue_members WHERE queue_id = %s AND agent_id = %s",
                        (queue_id, agent_id)).fetchone() is not None


def _agent(conn: psycopg.Connection, row, now: datetime) -> Agent:
    queues = [r[0] for r in conn.execute(
        "SELECT q.name FROM queue_members m JOIN queues q ON q.id = m.queue_id "
        "WHERE m.agent_id = %s ORDER BY lower(q.name), q.name", (row["id"],))]
    deadline = row["presence_deadline"]
    online = row["presence"] == "online" and (deadline is None or deadline > now)
    return Agent(row["id"], row["email"], row["name"], row["role"], queues,
                 "online" if online else "offline", bool(row["active"]))


def add_agent(conn: psycopg.Connection, email: str, name: str, role: str) -> Agent:
    if conn.execute("SELECT 1 FROM agents WHERE lower(email) = lower(%s)", (email,)).fetchone():
        raise ConflictError(f"An agent with the email {email} already exists.")
    agent_id = conn.execute("INSERT INTO agents (email, name, role, created_at) "
                            "VALUES (%s, %s, %s, %s) RETURNING id",
                            (email, name, role, utcnow())).fetchone()[0]
    return get_agent(conn, agent_id)


def get_agent(conn: psycopg.Connection, agent_id: int) -> Agent:
    row = conn.execute("SELECT * FROM agents WHERE id = %s", (agent_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"Agent {agent_id} does not exist.")
    return _agent(conn, row, utcnow())


def find_agent(conn: psycopg.Connection, email: str) -> Agent:
    row = conn.execute("SELECT * FROM agents WHERE lower(email) = lower(%s)",
                       (email.strip(),)).fetchone()
    if row is None:
        raise NotFoundError(f"No agent with the email {email!r}.")
    return _agent(conn, row, utcnow())


def list_agents(conn: psycopg.Connection) -> list[Agent]:
    now = utcnow()
    return [_agent(conn, r, now)
            for r in conn.execute("SELECT * FROM agents ORDER BY lower(email), email")]


def set_presence(conn: psycopg.Connection, agent_id: int, presence: str,
                 deadline: datetime | None) -> None:
    conn.execute("UPDATE agents SET presence = %s, presence_deadline = %s WHERE id = %s",
                 (presence, deadline, agent_id))


def touch_assigned(conn: psycopg.Connection, agent_id: int, when: datetime) -> None:
    conn.execute("UPDATE agents SET last_assigned_at = %s WHERE id = %s", (when, agent_id))


def routing_candidates(conn: psycopg.Connection, queue_id: int, now: datetime
                       ) -> list[Candidate]:
    """Members of a queue with what routing weighs: open load, last assignment, presence."""
    rows = conn.execute(
        f"""SELECT a.id, a.last_assigned_at, {ONLINE_SQL} AS online,
                   (SELECT count(*) FROM tickets t WHERE t.assignee_id = a.id
                      AND t.status IN ('new', 'processing', 'pending')) AS open_count
            FROM queue_members m JOIN agents a ON a.id = m.agent_id
            WHERE m.queue_id = %s AND a.active = 1""", (now, queue_id))
    return [Candidate(r["id"], r["open_count"], r["last_assigned_at"], bool(r["online"]))
            for r in rows]


def queues_of_agent(conn: psycopg.Connection, agent_id: int) -> list[int]:
    return [r[0] for r in conn.execute("SELECT queue_id FROM queue_members WHERE agent_id = %s",
                                       (agent_id,))]


def rename_queue(conn: psycopg.Connection, queue_id: int, name: str) -> Queue:
    other = conn.execute("SELECT 1 FROM queues WHERE lower(name) = lower(%s) AND id != %s",
                         (name, queue_id)).fetchone()
    if other:
        raise ConflictError(f"A queue named {name!r} already exists.")
    conn.execute("UPDATE queues SET name = %s WHERE id = %s", (name, queue_id))
    return get_queue(conn, queue_id)


def queue_usage(conn: psycopg.Connection, queue_id: int) -> tuple[list[str], int]:
    """The addresses of the mailboxes that route to the queue, and its open tickets."""
    addresses = [r[0] for r in conn.execute(
        "SELECT address FROM mailboxes WHERE queue_id = %s ORDER BY lower(address), address",
        (queue_id,))]
    open_tickets = conn.execute(
        "SELECT count(*) FROM tickets WHERE queue_id = %s "
        "AND status IN ('new', 'processing', 'pending')", (queue_id,)).fetchone()[0]
    return addresses, open_tickets


def remove_queue(conn: psycopg.Connection, queue_id: int) -> None:
    """Solved and closed tickets keep their history without a queue."""
    conn.execute("UPDATE tickets SET queue_id = NULL WHERE queue_id = %s", (queue_id,))
    conn.execute("DELETE FROM queues WHERE id = %s", (queue_id,))


def update_agent(conn: psycopg.Connection, agent_id: int, *, name: str | None = None,
                 role: str | None = None, active: bool | None = None) -> Agent:
    changes = {k: v for k, v in (("name", name), ("role", role),
                                 ("active", None if active is None else int(active)))
               if v is not None}
    if changes:
        assignments = ", ".join(f"{k} = %({k})s" for k in changes)
        conn.execute(f"UPDATE agents SET {assignments} WHERE id = %(id)s",
                     {**changes, "id": agent_id})
    return get_agent(conn, agent_id)


def set_agent_queues(conn: psycopg.Connection, agent_id: int, queue_ids: list[int]) -> None:
    conn.execute("DELETE FROM queue_members WHERE agent_id = %s", (agent_id,))
    conn.cursor().executemany("INSERT INTO queue_members (queue_id, agent_id) VALUES (%s, %s)",
                              [(queue_id, agent_id) for queue_id in dict.fromkeys(queue_ids)])


def active_admins(conn: psycopg.Connection) -> int:
    return conn.execute("SELECT count(*) FROM agents WHERE role = 'admin' AND active = 1"
                        ).fetchone()[0]
