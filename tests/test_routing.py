"""Routing rules as pure functions."""

from datetime import datetime, timedelta, timezone

from stringeex_desktop.core.routing.assign import Candidate, choose_assignee

T0 = datetime(2026, 1, 1, tzinfo=timezone.utc)


def c(agent_id, open_count=0, last=None, online=True):
    return Candidate(agent_id, open_count, last, online)


def test_fewest_open_tickets_wins():
    assert choose_assignee([c(1, 3), c(2, 1), c(3, 2)], online_only=False) == 2


def test_tie_prefers_never_assigned():
    assert choose_assignee([c(1, 0, T0), c(2, 0, None)], online_only=False) == 2


def test_tie_prefers_longest_since_last_assignment():
    assert choose_assignee([c(1, 0, T0 + timedelta(minutes=5)), c(2, 0, T0)],
                           online_only=False) == 2


def test_tie_falls_back_to_lowest_id():
    assert choose_assignee([c(7, 0, T0), c(3, 0, T0), c(5, 0, T0)], online_only=False) == 3
    assert choose_assignee([c(7), c(3)], online_only=False) == 3


def test_online_only_ignores_away_agents_even_with_less_load():
    assert choose_assignee([c(1, 0, online=False), c(2, 9, online=True)], online_only=True) == 2


def test_online_only_with_nobody_online_waits():
    assert choose_assignee([c(1, online=False), c(2, online=False)], online_only=True) is None


def test_without_online_only_presence_does_not_matter():
    assert choose_assignee([c(1, 0, online=False), c(2, 1, online=True)],
                           online_only=False) == 1


def test_empty_queue_waits():
    assert choose_assignee([], online_only=False) is None
