"""Light and dark: the palette and the style sheet follow the system's colour scheme (Qt 6's
QStyleHints.colorScheme), and the monochrome icons take the text colour of the palette."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QFile, QObject, QRect, QSize, Qt
from PySide6.QtGui import (QColor, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette,
                           QPixmap)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

INK = b"#57606a"
"""The one colour the monochrome icons are drawn in; it becomes the palette's text colour."""
THEMED_ICONS = {
    "actionSettings": "settings", "actionFind": "search", "actionRefresh": "refresh",
    "actionOutbox": "outbox", "addAgentButton": "add", "addButton": "add",
}
"""Objects whose Designer icon is monochrome, by object name."""


def _read(path: str) -> bytes:
    file = QFile(path)
    if not file.open(QFile.OpenModeFlag.ReadOnly):
        return b""
    try:
        return bytes(file.readAll().data())
    finally:
        file.close()


class ThemedIconEngine(QIconEngine):
    """Renders an SVG in the palette's current text colour, at the device's pixel ratio,
    so it stays sharp on high-DPI screens and legible on dark and light."""

    def __init__(self, path: str):
        super().__init__()
        self._path = path
        self._svg = _read(path)

    def clone(self) -> QIconEngine:
        return ThemedIconEngine(self._path)

    def _ink(self, mode: QIcon.Mode) -> QColor:
        palette = QGuiApplication.palette()
        group = (QPalette.ColorGroup.Disabled if mode == QIcon.Mode.Disabled
                 else QPalette.ColorGroup.Normal)
        return palette.color(group, QPalette.ColorRole.WindowText)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State):
        colour = self._ink(mode).name().encode()
        renderer = QSvgRenderer(QByteArray(self._svg.replace(INK, colour)))
        renderer.render(painter, rect)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State,
                     scale: float) -> QPixmap:
        pixmap = QPixmap(size * scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint(painter, QRect(0, 0, pixmap.width(), pixmap.height()), mode, state)
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        return pixmap


def themed_icon(name: str) -> QIcon:
    return QIcon(ThemedIconEngine(f":/icons/{name}.svg"))


def theme_icons(root: QObject) -> None:
    """Swap the Designer icons of `root`'s monochrome actions and buttons for themed ones."""
    for child in root.findChildren(QObject):
        name = THEMED_ICONS.get(child.objectName())
        if name and hasattr(child, "setIcon"):
            child.setIcon(themed_icon(name))


def is_dark(scheme: Qt.ColorScheme | None = None) -> bool:
    """The given scheme, else the system's."""
    return (scheme or QGuiApplication.styleHints().colorScheme()) == Qt.ColorScheme.Dark


def dark_palette() -> QPalette:
    """For platforms that report a dark scheme but hand Qt a light palette."""
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in ((roles.Window, "#202124"), (roles.WindowText, "#e6edf3"),
                         (roles.Base, "#161b22"), (roles.AlternateBase, "#1f242c"),
                         (roles.Text, "#e6edf3"), (roles.Button, "#2b3036"),
                         (roles.ButtonText, "#e6edf3"), (roles.Highlight, "#1f6feb"),
                         (roles.HighlightedText, "#ffffff"), (roles.ToolTipBase, "#2b3036"),
                         (roles.ToolTipText, "#e6edf3"), (roles.PlaceholderText, "#8b949e"),
                         (roles.Link, "#58a6ff"), (roles.Mid, "#3d444d"),
                         (roles.Midlight, "#30363d"), (roles.Dark, "#0d1117"),
                         (roles.Shadow, "#010409"), (roles.BrightText, "#ffffff")):
        palette.setColor(role, QColor(colour))
    for role, colour in ((roles.WindowText, "#6e7681"), (roles.Text, "#6e7681"),
                         (roles.ButtonText, "#6e7681")):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colour))
    return palette


def apply_theme(app: QApplication, scheme: Qt.ColorScheme | None = None) -> None:
    """The palette and style sheet for `scheme` (default: the system's): app.qss, plus
    dark.qss over it when dark."""
    dark = is_dark(scheme)
    if dark and app.palette().color(QPalette.ColorRole.Window).lightness() > 128:
        app.setPalette(dark_palette())
    elif not dark and app.palette().color(QPalette.ColorRole.Window).lightness() <= 128:
        app.setPalette(app.style().standardPalette())
    sheets = [":/style/app.qss"] + ([":/style/dark.qss"] if dark else [])
    app.setStyleSheet("\n".join(_read(path).decode("utf-8") for path in sheets))


def follow_system_scheme(app: QApplication) -> None:
    apply_theme(app)
    app.styleHints().colorSchemeChanged.connect(lambda *_: apply_theme(app))
