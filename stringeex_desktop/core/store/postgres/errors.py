"""PostgreSQL failures as one line a person can act on; no psycopg error leaves core/store."""

from __future__ import annotations

import psycopg
from psycopg import errors

from ...errors import StoreError


def describe(url_where: str, user: str, exc: Exception) -> str:
    """What went wrong talking to the team store at `url_where` (HOST:PORT) as `user`."""
    text = str(exc)
    lower = text.lower()
    place = f"the team store at {url_where}"
    if isinstance(exc, errors.SerializationFailure | errors.DeadlockDetected):
        return "the team store was busy with the same rows elsewhere; try again"
    if isinstance(exc, errors.InsufficientPrivilege):
        return f"the user {user} may not do this on {place}: {_first_line(text)}"
    if isinstance(exc, errors.DiskFull):
        return f"the disk of {place} is full: ask its administrator to free space"
    if "password authentication failed" in lower:
        return f"password authentication failed for user {user} on {place}"
    if "no password supplied" in lower or "fe_sendauth" in lower:
        return (f"{place} needs a password for user {user}: put it in the URL, PGPASSWORD, "
                "or save it in the app's Team store settings")
    if "connection refused" in lower:
        return f"cannot reach {place}: connection refused (is PostgreSQL running there?)"
    if "timeout expired" in lower or "timed out" in lower:
        return f"cannot reach {place}: no answer in time (check the host, port and firewall)"
    if "could not translate host name" in lower or "name or service not known" in lower:
        return f"cannot reach {place}: unknown host name"
    if "does not exist" in lower and "database" in lower:
        return f"{_first_line(text)} on {place}: create it first, or check the URL"
    if "certificate" in lower or "ssl" in lower:
        return f"TLS to {place} failed: {_first_line(text)}"
    if isinstance(exc, psycopg.OperationalError):
        return f"lost the connection to {place}; try again ({_first_line(text)})"
    return f"{place} failed: {_first_line(text)}"


def _first_line(text: str) -> str:
    """libpq's messages: `connection failed: connection to server at ... failed: FATAL: why`."""
    line = text.strip().splitlines()[0] if text.strip() else "unknown error"
    return line.rsplit("FATAL:", 1)[-1].strip()


def store_error(exc: Exception, where: str, user: str) -> StoreError:
    """The StoreError for `exc`, chained to it as `raise ... from exc` would."""
    error = StoreError(describe(where, user, exc))
    error.__cause__ = exc
    error.__suppress_context__ = True
    return error
