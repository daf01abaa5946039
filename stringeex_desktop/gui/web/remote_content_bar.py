"""The bar above a message whose remote images were blocked: show them once, or always."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QFrame, QWidget

from ..forms.ui_remote_content_bar import Ui_RemoteContentBar


NARROW = 520
"""Below this width the buttons go under the text, so neither is squeezed."""


class RemoteContentBar(QFrame):
    show_once = Signal()
    always = Signal()

    def __init__(self, sender: str, count: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_RemoteContentBar()
        self.ui.setupUi(self)
        self.ui.textLabel.setText(self.tr(
            "%n remote image(s) blocked to protect your privacy.", "", count))
        self.ui.textLabel.setToolTip(self.tr(
            "Loading them would tell the sender that, when and where you read this mail."))
        self.ui.alwaysButton.setToolTip(self.tr(
            "Show remote images in every message from {0}; Settings → Remote content lists "
            "the senders and takes this back").format(sender))
        self.ui.alwaysButton.setEnabled(bool(sender))
        self.ui.showOnceButton.clicked.connect(self.show_once)
        self.ui.alwaysButton.clicked.connect(self.always)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.ui.barLayout.setDirection(
            QBoxLayout.Direction.TopToBottom if event.size().width() < NARROW
            else QBoxLayout.Direction.LeftToRight)
        super().resizeEvent(event)
