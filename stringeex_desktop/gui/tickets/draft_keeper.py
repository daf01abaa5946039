"""Saves what is typed in the composer to the store, a second after the typing stops, and
brings it back when the ticket is shown again, after a restart or a crash included."""

from __future__ import annotations

import asyncio
import logging

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from ...core.service import Service
from ..widgets.common import error_text

log = logging.getLogger(__name__)

SAVE_DELAY_MS = 1000


class DraftKeeper(QObject):
    """`leave()` before the composer shows another ticket (saves the pending text at once),
    `enter(id)` after (fills empty fields from the stored draft)."""

    failed = Signal(str)

    def __init__(self, service: Service, body: QPlainTextEdit, cc: QLineEdit,
                 parent: QObject | None = None):
        super().__init__(parent)
        self._service = service
        self._body = body
        self._cc = cc
        self._ticket_id: int | None = None
        self._filling = False
        self.pending: asyncio.Future | None = None
        self._timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_now)
        body.textChanged.connect(self._typed)
        cc.textChanged.connect(self._typed)

    def _typed(self, *_) -> None:
        if not self._filling and self._ticket_id is not None:
            self._timer.start()

    def leave(self) -> None:
        if self._timer.isActive():
            self.save_now()
        self._ticket_id = None

    def enter(self, ticket_id: int) -> None:
        self._ticket_id = ticket_id
        if self._body.toPlainText() or self._cc.text():
            return
        actor = self._service.actor
        try:
            draft = self._service.draft(actor.email, ticket_id) if actor else None
        except Exception as exc:
            self.failed.emit(error_text(exc))
            return
        if draft is not None:
            self._filling = True
            try:
                self._body.setPlainText(draft.body)
                self._cc.setText(draft.cc)
            finally:
                self._filling = False

    def save_now(self) -> asyncio.Future | None:
        self._timer.stop()
        actor = self._service.actor
        if self._ticket_id is None or actor is None:
            return None
        self.pending = asyncio.ensure_future(self._save(
            actor.email, self._ticket_id, self._body.toPlainText(), self._cc.text()))
        return self.pending

    async def _save(self, email: str, ticket_id: int, body: str, cc: str) -> None:
        try:
            await self._service.save_draft(email, ticket_id, body, cc)
        except Exception as exc:
            log.warning("draft of ticket %s not saved: %s", ticket_id, exc)
            self.failed.emit(self.tr("The draft could not be saved: {0}").format(error_text(exc)))
