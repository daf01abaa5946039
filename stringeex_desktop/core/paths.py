"""Where the store lives: --data-dir, then STRINGEEX_DATA_DIR, then the platform's data folder."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

ENV_DATA_DIR = "STRINGEEX_DATA_DIR"
ENV_STORE = "STRINGEEX_STORE"


def resolve_data_dir(explicit: str | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser().resolve()
    return Path(platformdirs.user_data_dir("StringeeX Desktop", "Stringee"))


def resolve_store_url(explicit: str | None = None) -> str | None:
    """A team store's URL: --store, then STRINGEEX_STORE; None means the data folder's SQLite."""
    return explicit or os.environ.get(ENV_STORE) or None
