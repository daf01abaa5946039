"""Runs the core in this process when the data folder is free, else works as its client."""

from __future__ import annotations

import asyncio
import logging
from typing import Callable, Protocol

from PySide6.QtCore import QObject, QTimer, Signal

from ..core.errors import CoreLockedError, StringeexError
from ..core.service import Service
from .settings.listener_settings import ListenerSettings

log = logging.getLogger(__name__)

POLL_MS = 500


class CoreRunner(Protocol):
    """What the controller needs of the runtime's Core."""

    async def start(self, *, smtp: tuple[str, int] | None, lmtp: tuple[str, int] | None
                    ) -> dict[str, tuple[str, int]]: ...

    async def stop(self) -> None: ...


class CoreController(QObject):
    """Owns the Core's lifetime for the window.

    When `serve` (or another window) holds the folder, or the listener cannot bind, the app
    keeps running on the store alone and polls it for other processes' changes, which the
    serving core would otherwise announce.

    `make_core` builds a core for the service (the composition root passes the runtime's
    Core), so the GUI never imports the mail or runtime modules itself.
    """

    state_changed = Signal(str, bool)  # text for the status bar, whether this process serves

    def __init__(self, service: Service, make_core: Callable[[], CoreRunner],
                 listener: ListenerSettings, parent: QObject | None = None):
        super().__init__(parent)
        self._service = service
        self._make_core = make_core
        self.listener = listener
        self._core: CoreRunner | None = None
        self.bound: dict[str, tuple[str, int]] = {}
        self.state_text = self.tr("Core not started")
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(lambda: asyncio.ensure_future(self._poll_store()))

    @property
    def serving(self) -> bool:
        return self._core is not None

    async def start(self) -> bool:
        """True when this process now runs the core; never raises for the expected failures."""
        core = self._make_core()
        try:
            self.bound = await core.start(smtp=self.listener.smtp,
                                          lmtp=self.listener.listen_lmtp)
        except CoreLockedError:
            holder = self._service.lock.holder()
            self._client(self.tr("Client of a running core") +
                         (self.tr(" (pid {0})").format(holder) if holder else ""))
            return False
        except (OSError, StringeexError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            self._client(self.tr("Mail listener failed: {0}. {1}").format(
                reason.rstrip("."), self._where_to_change()))
            return False
        self._core = core
        self._poll.stop()
        parts = [f"{kind.upper()} {host}:{port}" for kind, (host, port) in self.bound.items()]
        self._set_state(self.tr("Core running, receiving on {0}").format(", ".join(parts))
                        if parts else self.tr("Core running"), True)
        return True

    async def restart(self, listener: ListenerSettings) -> bool:
        """Listen somewhere else: the core this window runs stops first; a window that is a
        client of another process's core stays one."""
        self.listener = listener
        await self.stop()
        return await self.start()

    def _where_to_change(self) -> str:
        if self.listener.from_options:
            return self.tr("Start the app with another --smtp HOST:PORT (or --lmtp).")
        return self.tr("Change the address in Settings → This computer, or start the app "
                       "with --smtp HOST:PORT.")

    async def stop(self) -> None:
        self._poll.stop()
        core, self._core = self._core, None
        if core is not None:
            await core.stop()
            self._set_state(self.tr("Core stopped"), False)

    def _client(self, text: str) -> None:
        asyncio.ensure_future(self._poll_store())  # the baseline: later polls report changes
        self._poll.start()
        self._set_state(text, False)

    def _set_state(self, text: str, serving: bool) -> None:
        self.state_text = text
        self.state_changed.emit(text, serving)

    async def _poll_store(self) -> None:
        try:
            await self._service.poll_changes()
        except Exception:
            log.exception("polling the store failed")
