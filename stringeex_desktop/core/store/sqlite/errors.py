"""SQLite failures as one line a person can act on; no sqlite3 error leaves core/store."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ...errors import StoreError

# Primary result codes (https://sqlite.org/rescode.html); extended codes keep them in the low byte.
_PERM, _BUSY, _LOCKED, _NOMEM, _READONLY = 3, 5, 6, 7, 8
_IOERR, _CORRUPT, _FULL, _CANTOPEN, _AUTH, _NOTADB = 10, 11, 13, 14, 23, 26


def store_error(exc: sqlite3.Error, path: Path) -> StoreError:
    """The StoreError for `exc` on the store at `path`, chained to it as `raise ... from exc`."""
    code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
    if code in (_BUSY, _LOCKED):
        message = "the store is busy: another program holds it; try again"
    elif code == _READONLY:
        message = (f"the store at {path} is read-only: check the permissions of the file and "
                   "its folder, or whether its disk is mounted read-only")
    elif code in (_PERM, _AUTH):
        message = f"the store at {path} may not be opened: check its permissions"
    elif code in (_CORRUPT, _NOTADB):
        message = f"the store at {path} is damaged ({exc}): restore a backup"
    elif code == _FULL:
        message = f"the disk holding {path} is full: free space and try again"
    elif code == _CANTOPEN:
        message = (f"cannot open the store at {path}: check that its folder exists and that "
                   "you may write to it")
    elif code == _IOERR:
        message = f"the store at {path} could not be read or written ({exc}): check the disk"
    elif code == _NOMEM:
        message = "out of memory while using the store: close other programs and try again"
    else:
        message = f"the store at {path} failed: {exc}"
    error = StoreError(message)
    error.__cause__ = exc
    error.__suppress_context__ = True
    return error
