"""Time columns: fixed-width UTC text (2026-01-31T09:30:00.000000Z), so string order is time
order."""

from __future__ import annotations

import json
from datetime import datetime, timezone

from ...models import Address



def ts(dt: datetime | None) -> str | None:
    if dt is None:
        return None
    utc = dt.astimezone(timezone.utc).replace(tzinfo=None)
    return utc.isoformat(timespec="microseconds") + "Z"


def parse_ts(text: str | None) -> datetime | None:
    """fromisoformat, not strptime: this runs for every row read and strptime is slow."""
    if not text:
        return None
    return datetime.fromisoformat(text)


def addresses_to_json(addresses: list[Address]) -> str:
    return json.dumps([[a.name, a.email] for a in addresses])


def addresses_from_json(text: str) -> list[Address]:
    return [Address(name, email) for name, email in json.loads(text or "[]")]
