"""The team store: one PostgreSQL database shared by every desktop and serve node."""

from .store import Store, Tx

__all__ = ["Store", "Tx"]
