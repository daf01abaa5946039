"""The embedded single-seat backend: one SQLite file in the data folder."""

from .store import Store, Tx

__all__ = ["Store", "Tx"]
