"""sqlite3 errors as StoreError: one line a person can act on."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ..errors import StoreError


def store_error(exc: sqlite3.Error, path: Path) -> StoreError:
    text = str(exc)
    if "locked" in text or "busy" in text:
        return StoreError("the store is busy: another program holds it; try again")
    return StoreError(f"the store at {path} failed: {text}")
