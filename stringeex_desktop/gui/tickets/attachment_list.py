"""A message's attachments, one line each: name and size, Open and Save as."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QVBoxLayout, QWidget

from ...core.models import AttachmentInfo
from ..widgets.common import human_size
from ..widgets.elided_label import ElidedLabel


class AttachmentList(QWidget):
    """Only asks for Open and Save as; the pane's AttachmentOpener does them."""

    open_requested = Signal(object)  # AttachmentInfo
    save_requested = Signal(object)  # AttachmentInfo

    def __init__(self, attachments: list[AttachmentInfo], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("attachmentList")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.rows: list[tuple[ElidedLabel, QToolButton, QToolButton]] = []
        for info in attachments:
            name = info.filename or self.tr("(unnamed)")
            label = ElidedLabel(self.tr("{0} ({1})").format(name, human_size(info.size)), self)
            label.setToolTip(self.tr("{0}\n{1}, {2}").format(name, info.content_type,
                                                             human_size(info.size)))
            open_button = QToolButton(self)
            open_button.setText(self.tr("Open"))
            open_button.setAccessibleName(self.tr("Open {0}").format(name))
            open_button.clicked.connect(lambda *_, i=info: self.open_requested.emit(i))
            save_button = QToolButton(self)
            save_button.setText(self.tr("Save as…"))
            save_button.setAccessibleName(self.tr("Save {0} as").format(name))
            save_button.clicked.connect(lambda *_, i=info: self.save_requested.emit(i))
            row = QHBoxLayout()
            row.setSpacing(6)
            row.addWidget(label, 1)
            row.addWidget(open_button)
            row.addWidget(save_button)
            layout.addLayout(row)
            self.rows.append((label, open_button, save_button))
