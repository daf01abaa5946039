"""Small helpers shared by the views: error wording, inline messages, dates, labels."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QCoreApplication, QDate, QDateTime, QLocale, Qt,
                            QTime)
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from ...core.errors import StringeexError
from ...core.models import Mailbox

log = logging.getLogger(__name__)


def error_text(exc: BaseException, *, log_unexpected: bool = True) -> str:
    """One line for a person: the core's own wording, never a traceback (that goes to the
    log when the error was not one the core reports on purpose)."""
    if isinstance(exc, StringeexError):
        return str(exc)
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    if log_unexpected:
        log.error("unexpected error", exc_info=exc)
    return QCoreApplication.translate("common", "Unexpected error ({name}): {detail}").format(
        name=type(exc).__name__, detail=str(exc) or "-")


def set_message(label: QLabel, text: str = "", role: str | None = None) -> None:
    """Show `text` in an inline label (hidden when empty); `role` picks its colour in the qss."""
    if role is not None and label.property("role") != role:
        label.setProperty("role", role)
        label.style().unpolish(label)
        label.style().polish(label)
    label.setText(text)
    label.setVisible(bool(text))


def set_style_property(widget: QWidget, name: str, value: str) -> None:
    """Change a property the stylesheet selects on, and re-apply the style."""
    if widget.property(name) != value:
        widget.setProperty(name, value)
        widget.style().unpolish(widget)
        widget.style().polish(widget)


def show_error(parent: QWidget | None, title: str, exc_or_text: BaseException | str) -> None:
    """A window-modal message that does not block the asyncio loop (no nested exec)."""
    text = exc_or_text if isinstance(exc_or_text, str) else error_text(exc_or_text)
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


def literal(text: str | None) -> str:
    """A name on a button or menu entry: an `&` in it is no keyboard mnemonic."""
    return (text or "").replace("&", "&&")


def human_size(size: int) -> str:
    """Bytes as a person reads them: 812 bytes, 14.2 KB, 3.1 MB (1 KB = 1024 bytes)."""
    if size < 1024:
        return f"{size} bytes"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / (1024 * 1024):.1f} MB"


def format_number(value: int) -> str:
    """Digits grouped the chosen language's way (1,234 or 1.234)."""
    return QLocale().toString(value)


def format_time(value: datetime | None, style: str = "list", now: datetime | None = None
                ) -> str:
    """A stored UTC time in the user's time zone and locale format.

    "list": relative, as a list is read ("14:05" today, "yesterday", "3 Nov" this year, else
    "3 Nov 2024"), computed with Python's time zone conversion (QDateTime's costs about half
    a millisecond a call, which a list repaints dozens of times); "short": date and time;
    "long": spelled out.
    """
    if value is None:
        return ""
    locale = QLocale()
    if style == "list":
        local = value.astimezone()
        today = (now or datetime.now()).astimezone().date()
        day = local.date()
        if day == today:
            return locale.toString(QTime(local.hour, local.minute),
                                   QLocale.FormatType.ShortFormat)
        if day == today - timedelta(days=1):
            return QCoreApplication.translate("common", "yesterday")
        return locale.toString(QDate(day.year, day.month, day.day),
                               "d MMM" if day.year == today.year else "d MMM yyyy")
    moment = QDateTime.fromMSecsSinceEpoch(int(value.timestamp() * 1000))
    fmt = QLocale.FormatType.LongFormat if style == "long" else QLocale.FormatType.ShortFormat
    return locale.toString(moment, fmt)


STATUS_LABELS = {"new": QT_TRANSLATE_NOOP("common", "New"),
                 "processing": QT_TRANSLATE_NOOP("common", "Processing"),
                 "pending": QT_TRANSLATE_NOOP("common", "Pending"),
                 "solved": QT_TRANSLATE_NOOP("common", "Solved"),
                 "closed": QT_TRANSLATE_NOOP("common", "Closed")}
PRIORITY_LABELS = {"low": QT_TRANSLATE_NOOP("common", "Low"),
                   "normal": QT_TRANSLATE_NOOP("common", "Normal"),
                   "high": QT_TRANSLATE_NOOP("common", "High"),
                   "urgent": QT_TRANSLATE_NOOP("common", "Urgent")}
TYPE_LABELS = {"question": QT_TRANSLATE_NOOP("common", "Question"),
               "problem": QT_TRANSLATE_NOOP("common", "Problem"),
               "task": QT_TRANSLATE_NOOP("common", "Task"),
               "other": QT_TRANSLATE_NOOP("common", "Other")}
KIND_LABELS = {"internal": QT_TRANSLATE_NOOP("common", "Internal email"),
               "gmail": QT_TRANSLATE_NOOP("common", "Gmail"),
               "smtp": QT_TRANSLATE_NOOP("common", "SMTP email")}
HEALTH_LABELS = {"ok": QT_TRANSLATE_NOOP("common", "OK"),
                 "syncing": QT_TRANSLATE_NOOP("common", "Syncing…"),
                 "error": QT_TRANSLATE_NOOP("common", "Error"),
                 "needs_reauth": QT_TRANSLATE_NOOP("common", "Needs re-authorization"),
                 "inactive": QT_TRANSLATE_NOOP("common", "Inactive")}
ATTENTION_STATES = ("error", "needs_reauth")
"""Health states a person must act on (the list's red text, the main window's status bar)."""
ROLE_LABELS = {"agent": QT_TRANSLATE_NOOP("common", "Agent"),
               "supervisor": QT_TRANSLATE_NOOP("common", "Supervisor"),
               "admin": QT_TRANSLATE_NOOP("common", "Admin")}


def _label(labels: dict[str, str], code: str) -> str:
    return QCoreApplication.translate("common", labels[code]) if code in labels else code


def status_label(status: str) -> str:
    return _label(STATUS_LABELS, status)


def priority_label(priority: str) -> str:
    return _label(PRIORITY_LABELS, priority)


def type_label(type_: str) -> str:
    return _label(TYPE_LABELS, type_)


def kind_label(kind: str) -> str:
    return _label(KIND_LABELS, kind)


def role_label(role: str) -> str:
    return _label(ROLE_LABELS, role)


def health_label(state: str) -> str:
    return _label(HEALTH_LABELS, state)


def health_text(mailbox: Mailbox) -> str:
    """A mailbox's health in one line, with the last error when it needs attention."""
    if not mailbox.active:
        return health_label("inactive")
    health = mailbox.health
    text = health_label(health.state)
    if health.state in ATTENTION_STATES and health.last_error:
        text = f"{text}: {health.last_error}"
    return text


def needs_attention(mailbox: Mailbox) -> bool:
    return mailbox.active and mailbox.health.state in ATTENTION_STATES
