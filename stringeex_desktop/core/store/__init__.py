"""The only package that knows SQL: a Store, its transactions and repositories, per backend.

`sqlite/` is the embedded default; a team's PostgreSQL store will sit beside it behind the
same interface (docs/architecture.md).
"""

from .sqlite import Store, Tx

__all__ = ["Store", "Tx"]
