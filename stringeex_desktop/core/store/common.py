"""Time columns: fixed-width UTC text so that string order is time order."""

from __future__ import annotations

import json
from datetime import datetime, timezone

from ..models import Address

TS_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"


def ts(dt: datetime | None) -> str | None:
    if dt is None:
        return None
    return dt.astimezone(timezone.utc).strftime(TS_FORMAT)


def parse_ts(text: str | None) -> datetime | None:
    if not text:
        return None
    return datetime.strptime(text, TS_FORMAT).replace(tzinfo=timezone.utc)


def addresses_to_json(addresses: list[Address]) -> str:
    return json.dumps([[a.name, a.email] for a in addresses])


def addresses_from_json(text: str) -> list[Address]:
    return [Address(name, email) for name, email in json.loads(text or "[]")]
