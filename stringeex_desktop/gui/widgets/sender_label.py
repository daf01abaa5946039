"""A message's sender on one line: the name whole, the address in the room that is left."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QLabel, QWidget

ALIGN = int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
ELIDE = Qt.TextElideMode.ElideRight
MIN_SHOWN = 6
"""Fewer characters of the address than this ("<ab…") say nothing: then only the name."""


class SenderLabel(QLabel):
    """A long address is elided ("<minh.khai@very-long-dom…"), never the name, unless the
    name alone is wider than the label. The whole text is the label's text (screen readers)
    and tooltip."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._name = ""
        self._address = ""

    def set_sender(self, name: str, address: str) -> None:
        self._name, self._address = name, address
        text = f"{name} <{address}>" if name and address else name or address
        self.setText(text)
        self.setAccessibleName(text)
        self.setToolTip(text)

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def _address_font(self) -> QFont:
        plain = QFont(self.font())
        plain.setWeight(QFont.Weight.Normal)
        return plain

    def shown(self) -> tuple[str, str, int]:
        """The name and the address as painted at the current width, and where the address
        starts ("" when only the name fits)."""
        width = self.contentsRect().width()
        name = self.fontMetrics().elidedText(self._name or self._address or self.text(),
                                             ELIDE, width)
        if not (self._name and self._address):
            return name, "", width
        metrics = QFontMetrics(self._address_font())
        start = self.fontMetrics().horizontalAdvance(name) + metrics.horizontalAdvance(" ")
        address = metrics.elidedText(f"<{self._address}>", ELIDE, max(0, width - start))
        if len(address) < MIN_SHOWN:
            return name, "", width
        return name, address, start

    def paintEvent(self, _event) -> None:
        name, address, start = self.shown()
        rect = self.contentsRect()
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(rect, ALIGN, name)
        if address:
            painter.setFont(self._address_font())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(rect.adjusted(start, 0, 0, 0), ALIGN, address)
