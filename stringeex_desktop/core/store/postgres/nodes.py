"""Which nodes are alive: each open team store holds a session-level advisory lock.

A node (a process with the store open) picks a random id and holds
`pg_advisory_lock(NODE_LOCKS, id)` on a connection of its own for as long as it runs. Work it
takes (an outbox row being sent) is marked with that id; when the node dies, even by kill -9,
PostgreSQL ends its session and frees the lock at once, and any other node may take the
work over. `ALIVE_SQL` is the test, on `pg_locks`, which every role may read.
"""

from __future__ import annotations

import random

NODE_LOCKS = 0x53545831  # "STX1": the first key of every node's lock
# The first key of the locks of jobs that one node at a time may do, by job.
JOB_LOCKS = {"sync": 0x53545832}  # "STX2": a Gmail mailbox's sync, by mailbox id
WRITE_LOCK = 0x53545833  # "STX3": held around each write transaction (postgres/store.py)
SETTING = "stringeex.node"


def new_node_id() -> int:
    return random.randrange(1, 2**31)


def alive_sql(column: str) -> str:
    """SQL true when the node named by `column` still holds its lock."""
    return ("EXISTS (SELECT 1 FROM pg_locks l WHERE l.locktype = 'advisory' "
            f"AND l.classid = {NODE_LOCKS} AND l.objid = ({column})::oid "
            "AND l.objsubid = 2 AND l.granted)")


THIS_NODE_SQL = f"current_setting('{SETTING}')::integer"
