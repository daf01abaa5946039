"""The signed-in agent's Online/Offline state: heartbeat, idle timeout, offline on sleep and
on quit."""

from __future__ import annotations

import asyncio
import logging
import os
import sys
import time
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import SLOT, QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication, QWindow

from ..core.service import HEARTBEAT_TTL, Service
from .widgets.common import error_text

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection

log = logging.getLogger(__name__)

HEARTBEAT_MS = 30_000
SLEEP_CHECK_MS = 5_000
SLEEP_JUMP = 20.0
"""Seconds the wall clock may run ahead of the monotonic clock (which stops during suspend)
between two checks before it counts as a sleep."""
LOGIND = ("org.freedesktop.login1", "/org/freedesktop/login1", "org.freedesktop.login1.Manager")
LOGIND_SESSION = "org.freedesktop.login1.Session"
SCREEN_SAVERS = ("org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver",
                 "org.cinnamon.ScreenSaver", "org.mate.ScreenSaver")
"""Interfaces whose ActiveChanged(true) on the session bus means the screen locked."""
INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TabletPress,
})


class PresenceController(QObject):
    """Online is a lease: each heartbeat renews it for HEARTBEAT_TTL, so a crashed app's agent
    drops offline by itself and routing never parks a ticket with someone who is gone.
    No input for `idle_minutes` turns the agent offline too, and so does a system sleep: the
    QTimer behind the heartbeat runs on the monotonic clock, which stops during suspend, so
    after wake it would quietly renew Online. Sleep shows as the wall clock jumping ahead of
    the monotonic one (`wall_clock`, `monotonic`), and on Linux as logind's PrepareForSleep
    (`sleep_bus`, the system bus by default). A locked screen means the agent stepped away:
    logind's Lock of this session on that bus, or a screen saver's ActiveChanged on the
    session bus (`lock_bus`). Back Online only when the agent says so.
    """

    changed = Signal(bool)        # online
    failed = Signal(str)          # why a change could not be saved
    went_idle = Signal(int)       # minutes without input before going offline
    slept = Signal()              # the computer slept while online: now offline
    locked = Signal()             # the screen locked while online: now offline

    def __init__(self, service: Service, email: str, *, idle_minutes: int = 15,
                 wall_clock: Callable[[], float] = time.time,
                 monotonic: Callable[[], float] = time.monotonic,
                 sleep_bus: QDBusConnection | None = None,
                 lock_bus: QDBusConnection | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._service = service
        self._email = email
        self.idle_minutes = idle_minutes
        self._online = False
        self._wall_clock = wall_clock
        self._monotonic = monotonic
        self._last_input = monotonic()
        self._marks = (wall_clock(), monotonic())
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(HEARTBEAT_MS)
        self._heartbeat.timeout.connect(self._beat)
        self._sleep_check = QTimer(self)
        self._sleep_check.setInterval(SLEEP_CHECK_MS)
        self._sleep_check.timeout.connect(self.check_sleep)
        self._pending: asyncio.Future | None = None
        self._changes = 0
        self._watched: set[QWindow] = set()
        self._started = False
        self._watch_logind(sleep_bus)
        self._watch_screen_lock(lock_bus)

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
        self._marks = (self._wall_clock(), self._monotonic())
        self._sleep_check.start()
        if self._service.agent(self._email).presence == "online":
            self.set_online(True)

    def _watch(self, window: QWindow | None) -> None:
        if window is not None and window not in self._watched:
            self._watched.add(window)
            window.installEventFilter(self)
            window.destroyed.connect(lambda *_: self._watched.discard(window))

    def set_online(self, online: bool) -> asyncio.Future:
        self._last_input = self._monotonic()
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
        self._sleep_check.stop()
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
            self._last_input = self._monotonic()
        return False

    def idle_seconds(self) -> float:
        return self._monotonic() - self._last_input

    # -- sleep ------------------------------------------------------------------------------

    def check_sleep(self) -> bool:
        """True (and offline) when the computer slept since the last check."""
        wall, monotonic = self._wall_clock(), self._monotonic()
        slept = (wall - self._marks[0]) - (monotonic - self._marks[1]) > SLEEP_JUMP
        self._marks = (wall, monotonic)
        if slept:
            self._went_away(self.slept)
        return slept

    def _watch_logind(self, bus: QDBusConnection | None) -> None:
        """logind announces a suspend on the system bus; elsewhere the clocks tell."""
        if bus is None:
            if not sys.platform.startswith("linux"):
                return
            from PySide6.QtDBus import QDBusConnection
            bus = QDBusConnection.systemBus()
        if bus.isConnected() and not bus.connect(*LOGIND, "PrepareForSleep", self,
                                                 SLOT("_prepare_for_sleep(bool)")):
            log.warning("cannot follow logind's PrepareForSleep: %s", bus.lastError().message())
        session = os.environ.get("XDG_SESSION_ID")
        if bus.isConnected() and session and not bus.connect(
                LOGIND[0], session_path(session), LOGIND_SESSION, "Lock", self,
                SLOT("_session_locked()")):
            log.warning("cannot follow logind's Lock: %s", bus.lastError().message())

    def _watch_screen_lock(self, bus: QDBusConnection | None) -> None:
        """Any sender and path: desktops differ in both, and only the session's own desktop
        is on its session bus."""
        if bus is None:
            if not sys.platform.startswith("linux"):
                return
            from PySide6.QtDBus import QDBusConnection
            bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            return
        for interface in SCREEN_SAVERS:
            if not bus.connect("", "", interface, "ActiveChanged", self,
                               SLOT("_screen_saver_active(bool)")):
                log.warning("cannot follow %s: %s", interface, bus.lastError().message())

    @Slot(bool)
    def _prepare_for_sleep(self, going: bool) -> None:
        if going:
            self._went_away(self.slept)

    @Slot()
    def _session_locked(self) -> None:
        self._went_away(self.locked)

    @Slot(bool)
    def _screen_saver_active(self, active: bool) -> None:
        if active:
            self._went_away(self.locked)

    def _went_away(self, why: Signal) -> None:
        """Offline at once in the window; the store follows (or the lease runs out)."""
        if not self._online:
            return
        self._online = False
        self._heartbeat.stop()
        self.changed.emit(False)
        why.emit()
        self._pending = asyncio.ensure_future(self._apply(False))

    async def _apply(self, online: bool) -> None:
        """Write a change; when a later one was asked for meanwhile (a heartbeat still in
        flight as the computer went to sleep), that one decides what the window shows."""
        self._changes += 1
        change = self._changes
        ttl = HEARTBEAT_TTL if online else None
        try:
            agent = await self._service.set_presence(
                self._email, "online" if online else "offline", ttl=ttl)
        except Exception as exc:
            if change == self._changes:
                self.failed.emit(error_text(exc))
                self.changed.emit(self._online)  # put the toggle back
            return
        if change != self._changes:
            return
        self._online = agent.presence == "online"
        if self._online:
            self._heartbeat.start()
        else:
            self._heartbeat.stop()
        self.changed.emit(self._online)

    def _beat(self) -> None:
        if self.check_sleep() or not self._online:
            self._heartbeat.stop()
            return
        if self.idle_minutes > 0 and self.idle_seconds() >= self.idle_minutes * 60:
            self.set_online(False)
            self.went_idle.emit(self.idle_minutes)
            return
        self._pending = asyncio.ensure_future(self._apply(True))


def session_path(session_id: str) -> str:
    """logind's object path of a session (sd_bus_path_encode: `2` -> `_32`)."""
    encoded = "".join(c if c.isascii() and c.isalnum() and not (i == 0 and c.isdigit())
                      else f"_{ord(c):02x}" for i, c in enumerate(session_id))
    return f"/org/freedesktop/login1/session/{encoded or '_'}"
