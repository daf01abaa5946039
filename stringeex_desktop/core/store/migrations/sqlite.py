"""The SQLite side of each migration (the numbered list is in `__init__.py`); never edit a
shipped one."""

SCHEMA_1 = """
CREATE TABLE portal (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    domain TEXT NOT NULL,
    relay_host TEXT NOT NULL DEFAULT '',
    relay_port INTEGER NOT NULL DEFAULT 587,
    relay_security TEXT NOT NULL DEFAULT 'auto',
    relay_username TEXT NOT NULL DEFAULT '',
    relay_password_set INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);
CREATE TABLE queues (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    created_at TEXT NOT NULL
);
CREATE TABLE agents (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL UNIQUE COLLATE NOCASE,
    name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('agent', 'supervisor', 'admin')),
    presence TEXT NOT NULL DEFAULT 'offline' CHECK (presence IN ('online', 'offline')),
    presence_deadline TEXT,
    last_assigned_at TEXT,
    created_at TEXT NOT NULL
);
CREATE TABLE queue_members (
    queue_id INTEGER NOT NULL REFERENCES queues(id) ON DELETE CASCADE,
    agent_id INTEGER NOT NULL REFERENCES agents(id) ON DELETE CASCADE,
    PRIMARY KEY (queue_id, agent_id)
);
CREATE TABLE mailboxes (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('internal', 'gmail', 'smtp')),
    address TEXT NOT NULL UNIQUE COLLATE NOCASE,
    name TEXT NOT NULL DEFAULT '',
    queue_id INTEGER REFERENCES queues(id),
    active INTEGER NOT NULL DEFAULT 1,
    online_first INTEGER NOT NULL DEFAULT 0,
    auto_reply_enabled INTEGER NOT NULL DEFAULT 0,
    auto_reply_subject TEXT NOT NULL DEFAULT '',
    auto_reply_body TEXT NOT NULL DEFAULT '',
    smtp_host TEXT,
    smtp_port INTEGER,
    smtp_security TEXT,
    smtp_username TEXT,
    smtp_verify INTEGER NOT NULL DEFAULT 1,
    health_state TEXT NOT NULL DEFAULT 'ok',
    last_ok TEXT,
    last_error TEXT,
    removed INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);
CREATE TABLE tickets (
    id INTEGER PRIMARY KEY,
    subject TEXT NOT NULL,
    requester_name TEXT NOT NULL DEFAULT '',
    requester_email TEXT NOT NULL COLLATE NOCASE,
    mailbox_id INTEGER REFERENCES mailboxes(id),
    reply_via INTEGER REFERENCES mailboxes(id),
    queue_id INTEGER REFERENCES queues(id),
    assignee_id INTEGER REFERENCES agents(id),
    awaiting_agent INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL DEFAULT 'new'
        CHECK (status IN ('new', 'processing', 'pending', 'solved', 'closed')),
    priority TEXT NOT NULL DEFAULT 'normal' CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
    type TEXT NOT NULL DEFAULT 'question' CHECK (type IN ('question', 'problem', 'task', 'other')),
    message_count INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX tickets_updated ON tickets (updated_at DESC, id DESC);
CREATE INDEX tickets_queue_status ON tickets (queue_id, status);
CREATE INDEX tickets_assignee_status ON tickets (assignee_id, status);
CREATE INDEX tickets_waiting ON tickets (queue_id, created_at) WHERE awaiting_agent = 1;
CREATE TABLE ticket_ccs (
    ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    email TEXT NOT NULL COLLATE NOCASE,
    name TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (ticket_id, email)
);
CREATE TABLE raw_messages (
    id INTEGER PRIMARY KEY,
    data BLOB NOT NULL
);
CREATE TABLE messages (
    id INTEGER PRIMARY KEY,
    ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    mailbox_id INTEGER REFERENCES mailboxes(id),
    direction TEXT NOT NULL CHECK (direction IN ('in', 'out', 'note')),
    source_id TEXT,
    message_id TEXT,
    content_hash TEXT,
    from_name TEXT NOT NULL DEFAULT '',
    from_email TEXT NOT NULL DEFAULT '',
    to_json TEXT NOT NULL DEFAULT '[]',
    cc_json TEXT NOT NULL DEFAULT '[]',
    subject TEXT NOT NULL DEFAULT '',
    date TEXT,
    text TEXT NOT NULL DEFAULT '',
    html TEXT,
    parse_error TEXT,
    raw_id INTEGER REFERENCES raw_messages(id),
    author_id INTEGER REFERENCES agents(id),
    created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX messages_source ON messages (mailbox_id, source_id) WHERE source_id IS NOT NULL;
CREATE UNIQUE INDEX messages_identity ON messages (mailbox_id, message_id, content_hash)
    WHERE message_id IS NOT NULL AND content_hash IS NOT NULL;
CREATE INDEX messages_ticket ON messages (ticket_id, id);
CREATE INDEX messages_message_id ON messages (message_id);
CREATE INDEX messages_from ON messages (from_email);
CREATE TABLE attachments (
    id INTEGER PRIMARY KEY,
    message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
    filename TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size INTEGER NOT NULL,
    content_id TEXT,
    inline INTEGER NOT NULL DEFAULT 0,
    data BLOB NOT NULL
);
CREATE INDEX attachments_message ON attachments (message_id);
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    ticket_id INTEGER REFERENCES tickets(id) ON DELETE SET NULL,
    message_row_id INTEGER REFERENCES messages(id) ON DELETE SET NULL,
    kind TEXT NOT NULL CHECK (kind IN ('reply', 'auto_reply')),
    via_mailbox_id INTEGER REFERENCES mailboxes(id),
    envelope_from TEXT NOT NULL,
    recipients_json TEXT NOT NULL,
    data BLOB NOT NULL,
    state TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'sending', 'sent', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    last_error TEXT,
    server_reply TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX outbox_due ON outbox (state, next_attempt_at);
CREATE TABLE auto_reply_log (
    mailbox_id INTEGER NOT NULL REFERENCES mailboxes(id) ON DELETE CASCADE,
    sender TEXT NOT NULL COLLATE NOCASE,
    sent_at TEXT NOT NULL
);
CREATE INDEX auto_reply_log_key ON auto_reply_log (mailbox_id, sender, sent_at);
CREATE TABLE imap_state (
    mailbox_id INTEGER PRIMARY KEY REFERENCES mailboxes(id) ON DELETE CASCADE,
    uidvalidity INTEGER,
    uidnext INTEGER,
    highestmodseq INTEGER,
    updated_at TEXT NOT NULL
);
CREATE VIRTUAL TABLE messages_fts USING fts5 (
    subject, text, sender, content='', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN
    INSERT INTO messages_fts (rowid, subject, text, sender)
    VALUES (new.id, new.subject, new.text, new.from_name || ' ' || new.from_email);
END;
CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN
    INSERT INTO messages_fts (messages_fts, rowid, subject, text, sender)
    VALUES ('delete', old.id, old.subject, old.text, old.from_name || ' ' || old.from_email);
END;
CREATE TRIGGER messages_fts_update AFTER UPDATE OF subject, text, from_name, from_email ON messages
BEGIN
    INSERT INTO messages_fts (messages_fts, rowid, subject, text, sender)
    VALUES ('delete', old.id, old.subject, old.text, old.from_name || ' ' || old.from_email);
    INSERT INTO messages_fts (rowid, subject, text, sender)
    VALUES (new.id, new.subject, new.text, new.from_name || ' ' || new.from_email);
END;
"""

# Search ignores accents and đ/Đ (see search.py): the index is rebuilt with the folded words
# beside the words as written, by triggers that still fire only on the searched columns.
SCHEMA_2 = """
DROP TRIGGER messages_fts_insert;
DROP TRIGGER messages_fts_delete;
DROP TRIGGER messages_fts_update;
DROP TABLE messages_fts;
CREATE VIRTUAL TABLE messages_fts USING fts5 (
    subject, text, sender, content='', tokenize='unicode61 remove_diacritics 0'
);
CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN
    INSERT INTO messages_fts (rowid, subject, text, sender)
    VALUES (new.id, stx_search_text(new.subject), stx_search_text(new.text),
            stx_search_text(new.from_name || ' ' || new.from_email));
END;
CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN
    INSERT INTO messages_fts (messages_fts, rowid, subject, text, sender)
    VALUES ('delete', old.id, stx_search_text(old.subject), stx_search_text(old.text),
            stx_search_text(old.from_name || ' ' || old.from_email));
END;
CREATE TRIGGER messages_fts_update AFTER UPDATE OF subject, text, from_name, from_email ON messages
BEGIN
    INSERT INTO messages_fts (messages_fts, rowid, subject, text, sender)
    VALUES ('delete', old.id, stx_search_text(old.subject), stx_search_text(old.text),
            stx_search_text(old.from_name || ' ' || old.from_email));
    INSERT INTO messages_fts (rowid, subject, text, sender)
    VALUES (new.id, stx_search_text(new.subject), stx_search_text(new.text),
            stx_search_text(new.from_name || ' ' || new.from_email));
END;
INSERT INTO messages_fts (rowid, subject, text, sender)
SELECT id, stx_search_text(subject), stx_search_text(text),
       stx_search_text(from_name || ' ' || from_email)
FROM messages;
"""


# Our Message-IDs carry a tag keyed with this per-portal secret (threading, DESIGN.md
# section 3). It is no credential: it only proves an id was made by this portal.
THREAD_KEY_3 = """
ALTER TABLE portal ADD COLUMN thread_key TEXT NOT NULL DEFAULT '';
UPDATE portal SET thread_key = lower(hex(randomblob(32)));
"""

# Gmail sync: the first import takes the mail that arrived after `since` (all when NULL);
# a message without Message-ID is recognised by its bytes after a UIDVALIDITY change.
IMAP_SYNC_4 = """
ALTER TABLE imap_state ADD COLUMN since TEXT;
CREATE INDEX messages_content ON messages (mailbox_id, content_hash);
"""

# The desktop companion: each agent's signature, the supervisors' canned replies, and the
# reply an agent is writing (saved as they type, so a crash or restart loses nothing).
COMPANION_5 = """
CREATE TABLE signatures (
    agent_id INTEGER PRIMARY KEY REFERENCES agents(id) ON DELETE CASCADE,
    body TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE canned_replies (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE drafts (
    agent_id INTEGER NOT NULL REFERENCES agents(id) ON DELETE CASCADE,
    ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    body TEXT NOT NULL,
    cc TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    PRIMARY KEY (agent_id, ticket_id)
);
"""

# Ticket history: every change of status, priority, type, queue, assignee and CCs, written in
# the transaction of the change. Names, not ids: history outlives renamed or removed rows.
TICKET_EVENTS_6 = """
CREATE TABLE ticket_events (
    id INTEGER PRIMARY KEY,
    ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    actor_email TEXT,
    field TEXT NOT NULL
        CHECK (field IN ('status', 'priority', 'type', 'queue', 'assignee', 'ccs')),
    old TEXT,
    new TEXT
);
CREATE INDEX ticket_events_ticket ON ticket_events (ticket_id, id);
"""

# Remote content (images from the web) in mail of these senders is shown without asking;
# a portal-wide list the agents share, kept lower-case.
REMOTE_SENDERS_7 = """
CREATE TABLE remote_content_senders (
    email TEXT PRIMARY KEY,
    allowed_by TEXT,
    allowed_at TEXT NOT NULL
);
"""

# A deactivated agent keeps their history and memberships but cannot sign in, be routed to
# or be assigned; reactivating restores them.
AGENT_ACTIVE_8 = """
ALTER TABLE agents ADD COLUMN active INTEGER NOT NULL DEFAULT 1;
"""

# The agent's day: per-agent read markers (a ticket is unread for an agent when customer
# mail arrived after they last opened it), the views' counts from one covering index, and
# the list's views and sorts without a scan of every ticket.
TICKET_VIEWS_9 = """
ALTER TABLE tickets ADD COLUMN last_inbound_at TEXT;
UPDATE tickets SET last_inbound_at = (SELECT max(m.created_at) FROM messages m
                                      WHERE m.ticket_id = tickets.id AND m.direction = 'in');
CREATE TABLE ticket_reads (
    agent_id INTEGER NOT NULL REFERENCES agents(id),
    ticket_id INTEGER NOT NULL REFERENCES tickets(id),
    seen_at TEXT NOT NULL,
    PRIMARY KEY (agent_id, ticket_id)
) WITHOUT ROWID;
CREATE INDEX tickets_counts ON tickets (queue_id, status, assignee_id);
CREATE INDEX tickets_status_updated ON tickets (status, updated_at DESC, id DESC);
CREATE INDEX tickets_subject ON tickets (subject COLLATE NOCASE, id);
CREATE INDEX tickets_priority_updated ON tickets (priority, updated_at DESC, id DESC);
CREATE INDEX tickets_mailbox_updated ON tickets (mailbox_id, updated_at DESC, id DESC);
CREATE INDEX tickets_requester_sort ON tickets (
    coalesce(nullif(requester_name, ''), requester_email) COLLATE NOCASE, id);
CREATE INDEX tickets_status_sort ON tickets (
    CASE WHEN status = 'new' THEN 0 WHEN status = 'processing' THEN 1
         WHEN status = 'pending' THEN 2 WHEN status = 'solved' THEN 3
         WHEN status = 'closed' THEN 4 END, id);
CREATE INDEX tickets_priority_sort ON tickets (
    CASE WHEN priority = 'low' THEN 0 WHEN priority = 'normal' THEN 1
         WHEN priority = 'high' THEN 2 WHEN priority = 'urgent' THEN 3 END, id);
"""

# The team store's identity and sealed secrets (migrations/postgres.py): a single seat keeps
# its secrets in the keyring, so SQLite has nothing to add.
TEAM_10 = ""

# Who is writing on a ticket right now ("Ada is replying"): a short lease per agent and
# ticket, renewed while the composer holds text and gone when it runs out.
COMPOSING_11 = """
CREATE TABLE composing (
    ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    agent_id INTEGER NOT NULL REFERENCES agents(id),
    mode TEXT NOT NULL CHECK (mode IN ('reply', 'note')),
    expires_at TEXT NOT NULL,
    PRIMARY KEY (ticket_id, agent_id)
) WITHOUT ROWID;
"""
