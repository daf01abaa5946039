"""This computer's personal choices (QSettings, not the store): the tray, notifications,
idle minutes and the language. Read each time they matter, so Settings applies at once."""

from __future__ import annotations

import sys

from PySide6.QtCore import QSettings

DEFAULT_IDLE_MINUTES = 15
MAX_IDLE_MINUTES = 24 * 60
LANGUAGES = ("", "en", "vi")  # "": the system's


def _flag(key: str, default: bool) -> bool:
    return str(QSettings().value(key, default)).lower() in ("true", "1")


def _set(key: str, value) -> None:
    settings = QSettings()
    settings.setValue(key, value)
    settings.sync()


def close_to_tray() -> bool:
    """Off by default on macOS, where the Dock keeps a closed app at hand."""
    return _flag("tray/close_to_tray", sys.platform != "darwin")


def set_close_to_tray(on: bool) -> None:
    _set("tray/close_to_tray", on)


def do_not_disturb() -> bool:
    return _flag("notifications/do_not_disturb", False)


def set_do_not_disturb(on: bool) -> None:
    _set("notifications/do_not_disturb", on)


def notification_sound() -> bool:
    return _flag("notifications/sound", False)


def set_notification_sound(on: bool) -> None:
    _set("notifications/sound", on)


def idle_minutes() -> int:
    """0 turns the idle timeout off."""
    try:
        return min(max(0, int(QSettings().value("presence/idle_minutes",
                                               DEFAULT_IDLE_MINUTES))), MAX_IDLE_MINUTES)
    except (TypeError, ValueError):
        return DEFAULT_IDLE_MINUTES


def set_idle_minutes(minutes: int) -> None:
    _set("presence/idle_minutes", int(minutes))


def language() -> str:
    value = str(QSettings().value("ui/language", "") or "")
    return value if value in LANGUAGES else ""


def set_language(code: str) -> None:
    _set("ui/language", code if code in LANGUAGES else "")
