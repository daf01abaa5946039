"""The only package that knows SQL: the Store, its transactions and repositories."""

from .store import Store, Tx

__all__ = ["Store", "Tx"]
