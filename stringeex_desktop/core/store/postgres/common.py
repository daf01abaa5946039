"""Rows that answer both `row["name"]` and `row[0]`, as the SQLite repositories read them.

The JSON address columns are encoded as the SQLite backend does (its `common` module), so a
store migrated from one to the other reads the same.
"""

from __future__ import annotations

import functools

from ..sqlite.common import addresses_from_json, addresses_to_json

__all__ = ["Row", "rows", "addresses_from_json", "addresses_to_json"]


class Row(tuple):
    __slots__ = ()
    _names: dict[str, int] = {}

    def __getitem__(self, key):
        if isinstance(key, str):
            return tuple.__getitem__(self, self._names[key])
        return tuple.__getitem__(self, key)


@functools.lru_cache(maxsize=512)
def _shape(names: tuple[str, ...]) -> type[Row]:
    return type("Row", (Row,), {"__slots__": (), "_names": {n: i for i, n in enumerate(names)}})


def rows(cursor):
    """psycopg row factory: one Row class per result shape, made once."""
    if cursor.description is None:
        return tuple
    return _shape(tuple(column.name for column in cursor.description))
