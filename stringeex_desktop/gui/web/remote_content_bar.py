"""The bar above a message whose remote images were blocked: show them once, or always."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QWidget

from ..forms.ui_remote_content_bar import Ui_RemoteContentBar


class RemoteContentBar(QFrame):
    show_once = Signal()
    always = Signal()

    def __init__(self, sender: str, count: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_RemoteContentBar()
        self.ui.setupUi(self)
        self.ui.textLabel.setText(self.tr(
            "%n remote image(s) blocked to protect your privacy.", "", count))
        self.ui.alwaysButton.setToolTip(self.tr(
            "Show remote images in every message from {0}; Settings → Remote content lists "
            "the senders and takes this back").format(sender))
        self.ui.alwaysButton.setEnabled(bool(sender))
        self.ui.showOnceButton.clicked.connect(self.show_once)
        self.ui.alwaysButton.clicked.connect(self.always)
