"""The per-sender allow of remote content, as every message view of a profile sees it."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, Signal


class RemoteSenders(QObject):
    """Shared by the message views of one profile, so one choice re-renders every message
    of that sender. The window that owns the service answers `allow_requested` and says
    `changed` when the list may differ (its own change, or another agent's)."""

    allow_requested = Signal(str)  # a sender's address: "Always for this sender"
    changed = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._allowed: Callable[[str], bool] = lambda _email: False

    def use(self, allowed: Callable[[str], bool]) -> None:
        self._allowed = allowed
        self.changed.emit()

    def allowed(self, email: str) -> bool:
        try:
            return self._allowed(email)
        except Exception:  # a locked store must not show remote content, nor crash a card
            return False
