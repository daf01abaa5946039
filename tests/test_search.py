"""Search ignores accents and đ/Đ on both sides and ranks the exact accented form first.

The behaviour tests run on both backends: SQLite's FTS5 and the team store's tsvector.
"""

from __future__ import annotations

import sqlite3
import unicodedata
from datetime import datetime, timedelta, timezone

import pytest

from stringeex_desktop.core.models import Address, TicketFilter
from stringeex_desktop.core.store.postgres import db as team_db
from stringeex_desktop.core.store.postgres import ticket_repo as team_ticket_repo
from stringeex_desktop.core.store.sqlite import ticket_repo
from stringeex_desktop.core.store.sqlite.db import connect, migrate
from stringeex_desktop.core.store.migrations import MIGRATIONS
from stringeex_desktop.core.store.sqlite.search import fold, search_text

START = datetime(2026, 1, 1, tzinfo=timezone.utc)


@pytest.fixture
def conn(tmp_path):
    path = tmp_path / "stringeex.db"
    migrate(path)
    conn = connect(path)
    yield conn
    conn.close()


@pytest.fixture(params=["sqlite", "postgres"])
def both(request, tmp_path):
    """A connection of either backend; `repo()` finds its ticket repository."""
    if request.param == "sqlite":
        yield request.getfixturevalue("conn")
        return
    conn = team_db.connect(team_db.parse_url(request.getfixturevalue("team_url")))
    yield conn
    conn.close()


def repo(conn):
    return ticket_repo if isinstance(conn, sqlite3.Connection) else team_ticket_repo


def ticket(conn, minute, subject, text="", sender=Address("", "customer@example.com")):
    now = START + timedelta(minutes=minute)
    ticket_id = repo(conn).create_ticket(conn, subject=subject, requester=sender,
                                         mailbox_id=None, reply_via=None, queue_id=None,
                                         now=now)
    repo(conn).add_message(conn, ticket_id=ticket_id, mailbox_id=None, direction="in",
                           sender=sender, to=[], cc=[], subject=subject, text=text, html=None,
                           now=now)
    return ticket_id


def found(conn, text):
    return [t.id for t in repo(conn).list_tickets(conn, TicketFilter(search=text), 0, 100)]


@pytest.fixture
def tickets(both):
    conn = both
    return {
        "exact": ticket(conn, 1, "Hóa đơn tháng 5", "Xin gửi hóa đơn"),
        "plain": ticket(conn, 2, "Invoice", "hoa don attached, no accents"),
        "other_tone": ticket(conn, 3, "Hòa đơn", "another tone mark, same letters"),
        "city": ticket(conn, 4, "Văn phòng ĐÀ NẴNG", "chi nhánh Đà Nẵng"),
        "cafe": ticket(conn, 5, "Order", "Crème brûlée at the Zürich café"),
        "sender": ticket(conn, 6, "Question", "hello",
                         Address("Nguyễn Văn Đức", "duc@example.vn")),
        "unrelated": ticket(conn, 7, "Printer", "toner is empty"),
    }


def test_unaccented_and_uppercase_queries_find_vietnamese_text(both, tickets):
    conn = both
    expected = {tickets["exact"], tickets["plain"], tickets["other_tone"]}
    for query in ("hoa don", "HOA DON", "Hoa Đon", "hóa đơn", "HÓA ĐƠN"):
        assert set(found(conn, query)) == expected, query
    for query in ("Đà Nẵng", "da nang", "DA NANG", "đà", "nẵng"):
        assert found(conn, query) == [tickets["city"]], query
    assert found(conn, "nguyen van duc") == [tickets["sender"]]
    assert found(conn, "Đức") == [tickets["sender"]]


def test_other_latin_accents_fold_both_ways(both, tickets):
    conn = both
    for query in ("creme brulee", "Crème", "zurich", "ZÜRICH", "cafe", "café"):
        assert found(conn, query) == [tickets["cafe"]], query
    assert found(conn, "toner") == [tickets["unrelated"]]


def test_decomposed_text_and_queries_match_composed_ones(both):
    conn = both
    decomposed = ticket(conn, 1, unicodedata.normalize("NFD", "Thanh toán Đà Nẵng"))
    composed = ticket(conn, 2, "thanh toán")
    assert found(conn, "thanh toán") == [composed, decomposed]
    assert found(conn, unicodedata.normalize("NFD", "Đà nẵng")) == [decomposed]
    assert found(conn, "thanh toan") == [composed, decomposed]


def test_the_exact_accented_form_ranks_first_then_newest(both, tickets):
    conn = both
    exact, plain, other_tone = tickets["exact"], tickets["plain"], tickets["other_tone"]
    assert found(conn, "hóa đơn") == [exact, other_tone, plain]
    assert found(conn, "Hòa đơn") == [other_tone, plain, exact]
    assert found(conn, "hoa don") == [other_tone, plain, exact]  # no accents typed: newest first
    assert repo(conn).count_tickets(conn, TicketFilter(search="hóa đơn")) == 3
    page = repo(conn).list_tickets(conn, TicketFilter(search="hóa đơn"), 1, 1)
    assert [t.id for t in page] == [other_tone]


def test_hostile_queries_with_accents_are_words_not_syntax(both, tickets):
    conn = both
    for query in ('đ" OR *', "hóa AND NOT đơn", "(Đà", 'NEAR("hoa" "don")', "^ñ", "\u0301",
                  "o'brien & !x:*", "\\' | (a <-> b)"):
        found(conn, query)
    assert found(conn, '"hóa" OR "xyz"') == []


@pytest.mark.parametrize("both", ["sqlite"], indirect=True)
def test_edits_and_deletes_keep_the_index_in_step(both, tickets):
    """The contentless index forgets only the words it is told: the same folding both times.

    SQLite only: its index follows triggers; the team store's is written by its repositories.
    """
    conn = both
    conn.execute("UPDATE messages SET text = 'Đã thanh toán' WHERE ticket_id = ?",
                 (tickets["unrelated"],))
    assert found(conn, "da thanh toan") == [tickets["unrelated"]]
    assert found(conn, "toner") == []
    conn.execute("DELETE FROM tickets WHERE id = ?", (tickets["unrelated"],))
    reused = ticket(conn, 8, "Printer", "paper jam")  # takes the deleted message's row id
    assert found(conn, "da thanh toan") == []
    assert found(conn, "paper") == [reused]


def test_the_index_trigger_fires_only_on_searched_columns(conn):
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'messages_fts_update'"
                       ).fetchone()[0]
    assert "AFTER UPDATE OF subject, text, from_name, from_email ON messages" in sql


def test_a_store_indexed_before_folding_is_reindexed(tmp_path):
    path = tmp_path / "stringeex.db"
    old = sqlite3.connect(path, isolation_level=None)
    old.executescript(MIGRATIONS[0].sqlite + "PRAGMA user_version = 1;")
    at = "2026-01-01T00:00:00.000000Z"
    old.execute("INSERT INTO tickets (subject, requester_email, created_at, updated_at) "
                "VALUES ('Hóa đơn', 'c@example.com', ?, ?)", (at, at))
    old.execute("INSERT INTO messages (ticket_id, direction, subject, text, created_at) "
                "VALUES (1, 'in', 'Hóa đơn', 'Đà Nẵng', ?)", (at,))
    old.close()
    migrate(path)
    conn = connect(path)
    try:
        assert found(conn, "hoa don") == [1]
        assert found(conn, "da nang") == [1]
        conn.execute("DELETE FROM tickets")
        assert found(conn, "hoa don") == []
    finally:
        conn.close()


def test_folding():
    assert fold("Hóa Đơn ĐÀ NẴNG ở đây") == "Hoa Don DA NANG o day"
    assert fold("ﬁancée") == "fiancee"
    assert fold("हिन्दी") == "हिन्दी"  # vowel signs and viramas of other scripts stay
    assert search_text("Hello") == "Hello"
    assert search_text("Hóa hóa Hòa đơn, Hóa") == "Hóa hóa Hòa đơn, Hóa\nHoa hoa don,"
