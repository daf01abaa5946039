"""The signed-in agent's Online/Offline state: heartbeat, idle timeout, offline on quit."""

from __future__ import annotations

import asyncio
import logging
import time

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QWindow

from ..core.service import HEARTBEAT_TTL, Service
from .widgets.common import error_text

log = logging.getLogger(__name__)

HEARTBEAT_MS = 30_000
INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TabletPress,
})


class PresenceController(QObject):
    """Online is a lease: each heartbeat renews it for HEARTBEAT_TTL, so a crashed app's agent
    drops offline by itself and routing never parks a ticket with someone who is gone.
    No input for `idle_minutes` turns the agent offline too."""

    changed = Signal(bool)        # online
    failed = Signal(str)          # why a change could not be saved
    went_idle = Signal(int)       # minutes without input before going offline

    def __init__(self, service: Service, email: str, *, idle_minutes: int = 15,
                 parent: QObject | None = None):
        super().__init__(parent)
        self._service = service
        self._email = email
        self.idle_minutes = idle_minutes
        self._online = False
        self._last_input = time.monotonic()
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(HEARTBEAT_MS)
        self._heartbeat.timeout.connect(self._beat)
        self._pending: asyncio.Future | None = None
        self._watched: set[QWindow] = set()
        self._started = False

    @property
    def online(self) -> bool:
        return self._online

    def start(self) -> None:
        """Adopt the stored state (e.g. set by the CLI) and watch for input.

        Input is watched on each top-level QWindow, which receives every key and mouse event
        before its widgets do. An application-wide Python event filter would see every event
        of every object, including objects still under construction, which crashes PySide
        (seen with QWebEngineUrlRequestJob).
        """
        app = QGuiApplication.instance()
        for window in app.topLevelWindows():
            self._watch(window)
        app.focusWindowChanged.connect(self._watch)
        self._started = True
        if self._service.agent(self._email).presence == "online":
            self.set_online(True)

    def _watch(self, window: QWindow | None) -> None:
        if window is not None and window not in self._watched:
            self._watched.add(window)
            window.installEventFilter(self)
            window.destroyed.connect(lambda *_: self._watched.discard(window))

    def set_online(self, online: bool) -> asyncio.Future:
        self._last_input = time.monotonic()
        self._pending = asyncio.ensure_future(self._apply(online))
        return self._pending

    def sync_from_store(self) -> None:
        """Follow a change made elsewhere (the CLI, a supervisor) or an expired lease."""
        if self._pending is not None and not self._pending.done():
            return
        try:
            online = self._service.agent(self._email).presence == "online"
        except Exception:
            log.exception("reading presence failed")
            return
        if online != self._online:
            self._online = online
            if online:
                self._heartbeat.start()
            else:
                self._heartbeat.stop()
            self.changed.emit(online)

    async def shut_down(self) -> None:
        """Offline on quit, within a bounded time so quitting never hangs; a change still in
        flight (going online at start-up, a heartbeat) lands first, so it cannot win."""
        if self._started:
            QGuiApplication.instance().focusWindowChanged.disconnect(self._watch)
            self._started = False
        for window in list(self._watched):
            window.removeEventFilter(self)
        self._watched.clear()
        self._heartbeat.stop()
        try:
            if self._pending is not None and not self._pending.done():
                await asyncio.wait_for(asyncio.shield(self._pending), 5)
            if self._online:
                await asyncio.wait_for(self._apply(False), 5)
        except Exception:
            log.exception("could not set %s offline on quit", self._email)
        finally:
            self._heartbeat.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS:
            self._last_input = time.monotonic()
        return False

    def idle_seconds(self) -> float:
        return time.monotonic() - self._last_input

    async def _apply(self, online: bool) -> None:
        ttl = HEARTBEAT_TTL if online else None
        try:
            agent = await self._service.set_presence(
                self._email, "online" if online else "offline", ttl=ttl)
        except Exception as exc:
            self.failed.emit(error_text(exc))
            self.changed.emit(self._online)  # put the toggle back
            return
        self._online = agent.presence == "online"
        if self._online:
            self._heartbeat.start()
        else:
            self._heartbeat.stop()
        self.changed.emit(self._online)

    def _beat(self) -> None:
        if not self._online:
            self._heartbeat.stop()
            return
        if self.idle_minutes > 0 and self.idle_seconds() >= self.idle_minutes * 60:
            self.set_online(False)
            self.went_idle.emit(self.idle_minutes)
            return
        self._pending = asyncio.ensure_future(self._apply(True))
