"""The tray icon: my ticket counts at a glance, notifications, and Show / Online / Quit."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from .presence_controller import PresenceController
from .ticket_notifier import TicketNotifier

ICON_SIZES = (16, 22, 24, 32, 48, 64, 128)
MESSAGE_MS = 10_000


class TrayIcon(QSystemTrayIcon):
    """The badge counts my new tickets (assigned, not yet answered); the tooltip says both
    counts. A click on a notification asks for its ticket (`ticket_requested`, 0 for a
    group), a click on the icon for the window."""

    show_requested = Signal()
    quit_requested = Signal()
    ticket_requested = Signal(int)

    def __init__(self, presence: PresenceController, notifier: TicketNotifier,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._presence = presence
        self._message_ticket = 0
        self.last_message: tuple[str, str, int] | None = None
        self._menu = QMenu(parent)
        self.show_action = QAction(self.tr("&Show StringeeX Desktop"), self._menu)
        self.online_action = QAction(self.tr("&Online"), self._menu, checkable=True)
        self.quit_action = QAction(self.tr("&Quit"), self._menu)
        self._menu.addAction(self.show_action)
        self._menu.addSeparator()
        self._menu.addAction(self.online_action)
        self._menu.addSeparator()
        self._menu.addAction(self.quit_action)
        self.setContextMenu(self._menu)
        self.show_action.triggered.connect(self.show_requested)
        self.quit_action.triggered.connect(self.quit_requested)
        self.online_action.toggled.connect(self._online_toggled)
        self.activated.connect(self._activated)
        self.messageClicked.connect(lambda: self.ticket_requested.emit(self._message_ticket))
        presence.changed.connect(self._show_presence)
        notifier.notify.connect(self.show_notification)
        notifier.counts_changed.connect(self.show_counts)
        self._show_presence(presence.online)
        self.show_counts(*notifier.counts)
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.show()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger,
                      QSystemTrayIcon.ActivationReason.DoubleClick):
            self.show_requested.emit()

    def _online_toggled(self, online: bool) -> None:
        if online != self._presence.online:
            self._presence.set_online(online)

    def _show_presence(self, online: bool) -> None:
        self.online_action.blockSignals(True)
        self.online_action.setChecked(online)
        self.online_action.blockSignals(False)

    def show_counts(self, open_count: int, new_count: int) -> None:
        self.counts = (open_count, new_count)
        self.setIcon(badge_icon(new_count))
        self.setToolTip(self.tr("StringeeX Desktop: %n open ticket(s)", "", open_count) + ", "
                        + self.tr("%n new", "", new_count))

    def show_notification(self, title: str, text: str, ticket_id: int) -> None:
        self._message_ticket = ticket_id
        self.last_message = (title, text, ticket_id)
        self.showMessage(title, text, badge_icon(0), MESSAGE_MS)


def badge_icon(count: int) -> QIcon:
    """The app icon with the count in a red disc, drawn at each size (sharp on high DPI)."""
    base = QIcon(":/icons/app.svg")
    if count <= 0:
        return base
    label = str(count) if count < 100 else "99+"
    icon = QIcon()
    for size in ICON_SIZES:
        pixmap = base.pixmap(size, size)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        disc = QRect(size // 3, 0, size - size // 3, size - size // 3)
        painter.setBrush(QColor("#d1242f"))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(disc)
        font = QFont()
        font.setBold(True)
        font.setPixelSize(max(6, int(disc.height() * (0.62 if len(label) == 1 else 0.46))))
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(disc, Qt.AlignmentFlag.AlignCenter, label)
        painter.end()
        icon.addPixmap(pixmap)
    return icon
