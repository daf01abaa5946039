"""Sleep sets the agent offline (defect 12): the clocks are injected, so no test sleeps.

The monotonic clock stops while the computer is suspended and the wall clock does not; the
heartbeat's QTimer runs on the former, so after wake it fires as if nothing happened.
"""

from __future__ import annotations

import itertools
import shutil
import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtDBus import QDBusConnection, QDBusMessage

from stringeex_desktop.gui.presence_controller import LOGIND, SLEEP_JUMP, session_path

_names = itertools.count()


class Clocks:
    """A wall clock and a monotonic clock the test moves by hand."""

    def __init__(self):
        self.now, self.ticks = 1_800_000_000.0, 1000.0

    def wall(self) -> float:
        return self.now

    def monotonic(self) -> float:
        return self.ticks

    def run(self, seconds: float) -> None:
        self.now += seconds
        self.ticks += seconds

    def suspend(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clocks():
    return Clocks()


@pytest.fixture
def online_window(make_window, portal, clocks, qtbot):
    window, _, presence = make_window(wall_clock=clocks.wall, monotonic=clocks.monotonic)
    going = presence.set_online(True)
    qtbot.waitUntil(going.done)  # the window follows the store only once the write returns
    assert presence.online and presence_of(portal) == "online"
    return window, presence


def presence_of(portal) -> str:
    return portal.agent(portal.actor.email).presence


def test_a_suspend_sets_offline_and_says_why(online_window, portal, clocks, qtbot):
    window, presence = online_window
    clocks.run(30)
    with qtbot.assertNotEmitted(presence.slept):
        presence._beat()  # an ordinary heartbeat
    clocks.suspend(3 * 3600)
    clocks.run(0.5)
    with qtbot.waitSignal(presence.slept):
        presence._beat()  # the first heartbeat after wake must not renew Online
    qtbot.waitUntil(lambda: presence_of(portal) == "offline")
    assert not presence.online and not window.ui.actionOnline.isChecked()
    assert not window.ui.presenceBanner.isHidden()
    assert "offline while the computer slept" in window.ui.presenceBannerLabel.text()
    for _ in range(3):  # later heartbeats leave it offline
        clocks.run(30)
        presence._beat()
    qtbot.waitUntil(lambda: presence._pending is None or presence._pending.done())
    assert presence_of(portal) == "offline"


def test_back_online_only_when_the_agent_says_so(online_window, portal, clocks, qtbot):
    window, presence = online_window
    clocks.suspend(600)
    assert presence.check_sleep()
    qtbot.waitUntil(lambda: presence_of(portal) == "offline")
    assert not presence.online
    clocks.run(30)
    presence._beat()
    assert presence_of(portal) == "offline"  # the heartbeat does not bring it back
    qtbot.mouseClick(window.ui.goOnlineButton, Qt.MouseButton.LeftButton)
    # the store is written before the window hears back: wait for both
    qtbot.waitUntil(lambda: presence_of(portal) == "online" and presence.online)
    assert window.ui.presenceBanner.isHidden()


@pytest.mark.parametrize("wall, monotonic", [
    (SLEEP_JUMP - 1, 0),   # the wall clock stepped a little (NTP)
    (-3600, 0),            # set back by an hour
    (600, 600),            # a long time awake between checks (a busy loop, a debugger)
])
def test_no_sleep_without_a_forward_jump(online_window, portal, clocks, qtbot, wall, monotonic):
    window, presence = online_window
    clocks.now += wall
    clocks.ticks += monotonic
    with qtbot.assertNotEmitted(presence.slept):
        assert not presence.check_sleep()
    assert presence.online and window.ui.presenceBanner.isHidden()


def test_an_offline_agent_is_left_alone(make_window, portal, clocks, qtbot):
    window, _, presence = make_window(wall_clock=clocks.wall, monotonic=clocks.monotonic)
    clocks.suspend(3600)
    with qtbot.assertNotEmitted(presence.slept):
        assert presence.check_sleep()
    assert window.ui.presenceBanner.isHidden() and presence_of(portal) == "offline"


# -- logind's PrepareForSleep on a private bus ------------------------------------------------

@pytest.fixture
def bus():
    """A D-Bus daemon of the test's own, standing in for the system bus."""
    if not shutil.which("dbus-daemon"):
        pytest.skip("dbus-daemon is not installed")
    daemon = subprocess.Popen(["dbus-daemon", "--session", "--print-address=1", "--nofork",
                               "--nopidfile"], stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL, text=True)
    address = daemon.stdout.readline().strip()
    names = []

    def connect(name: str) -> QDBusConnection:
        names.append(f"{name}-{next(_names)}")
        connection = QDBusConnection.connectToBus(address, names[-1])
        assert connection.isConnected()
        return connection

    yield connect
    for name in names:
        QDBusConnection.disconnectFromBus(name)
    daemon.terminate()
    daemon.wait(10)


def prepare_for_sleep(connection: QDBusConnection, going: bool) -> None:
    _, path, interface = LOGIND
    signal = QDBusMessage.createSignal(path, interface, "PrepareForSleep")
    signal.setArguments([going])
    assert connection.send(signal)


def test_logind_prepare_for_sleep_sets_offline(make_window, portal, bus, clocks, qtbot):
    logind = bus("logind")  # there before the app, as on a real system
    assert logind.registerService(LOGIND[0])
    window, _, presence = make_window(wall_clock=clocks.wall, monotonic=clocks.monotonic,
                                      sleep_bus=bus("app"))
    presence.set_online(True)
    qtbot.waitUntil(lambda: presence_of(portal) == "online")
    slept = []
    presence.slept.connect(lambda: slept.append(1))

    def announce_sleep() -> bool:
        """Sent again until it arrives: QtDBus sets up its match rule asynchronously."""
        if not slept:
            prepare_for_sleep(logind, True)
        return bool(slept)

    qtbot.waitUntil(announce_sleep, timeout=5000)
    qtbot.waitUntil(lambda: presence_of(portal) == "offline")
    assert not window.ui.presenceBanner.isHidden()


# -- screen lock and idle: the same banner, each with its reason ------------------------------

def send_signal(connection: QDBusConnection, path: str, interface: str, name: str, *args):
    signal = QDBusMessage.createSignal(path, interface, name)
    signal.setArguments(list(args))
    assert connection.send(signal)


def until_heard(qtbot, presence, send) -> None:
    """Sent again until it arrives: QtDBus sets up its match rules asynchronously."""
    heard = []
    presence.locked.connect(lambda: heard.append(1))
    qtbot.waitUntil(lambda: bool(heard) or send() or False, timeout=5000)


@pytest.mark.parametrize("interface", ["org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver"])
def test_screen_saver_lock_sets_offline_and_says_why(make_window, portal, bus, clocks, qtbot,
                                                     interface):
    desktop = bus("desktop")
    window, _, presence = make_window(wall_clock=clocks.wall, monotonic=clocks.monotonic,
                                      sleep_bus=bus("system"), lock_bus=bus("app"))
    going = presence.set_online(True)
    qtbot.waitUntil(going.done)
    send_signal(desktop, "/org/freedesktop/ScreenSaver", interface, "ActiveChanged", False)
    assert presence.online  # unlocking, or a screen saver without lock, changes nothing
    until_heard(qtbot, presence, lambda: send_signal(
        desktop, "/org/freedesktop/ScreenSaver", interface, "ActiveChanged", True))
    qtbot.waitUntil(lambda: presence_of(portal) == "offline")
    assert not window.ui.presenceBanner.isHidden()
    assert "offline when the screen locked" in window.ui.presenceBannerLabel.text()


def test_logind_session_lock_sets_offline(make_window, portal, bus, clocks, qtbot, monkeypatch):
    monkeypatch.setenv("XDG_SESSION_ID", "c2")
    logind = bus("logind")
    assert logind.registerService(LOGIND[0])
    window, _, presence = make_window(wall_clock=clocks.wall, monotonic=clocks.monotonic,
                                      sleep_bus=bus("app"), lock_bus=bus("session"))
    going = presence.set_online(True)
    qtbot.waitUntil(going.done)
    assert session_path("c2") == "/org/freedesktop/login1/session/c2"
    assert session_path("2") == "/org/freedesktop/login1/session/_32"
    until_heard(qtbot, presence, lambda: send_signal(
        logind, session_path("c2"), "org.freedesktop.login1.Session", "Lock"))
    qtbot.waitUntil(lambda: presence_of(portal) == "offline")
    assert "offline when the screen locked" in window.ui.presenceBannerLabel.text()


def test_idle_minutes_set_offline_with_a_banner(make_window, portal, clocks, qtbot):
    window, _, presence = make_window(wall_clock=clocks.wall, monotonic=clocks.monotonic,
                                      idle_minutes=15)
    going = presence.set_online(True)
    qtbot.waitUntil(going.done)
    clocks.run(14 * 60)
    presence._beat()
    assert presence.online and window.ui.presenceBanner.isHidden()
    clocks.run(60)
    with qtbot.waitSignal(presence.went_idle):
        presence._beat()
    qtbot.waitUntil(lambda: presence_of(portal) == "offline")
    assert not window.ui.presenceBanner.isHidden()
    assert window.ui.presenceBannerLabel.text().startswith(
        "You were set offline after 15 idle minutes")
