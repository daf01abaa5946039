"""A progress bar under the Health text while a Gmail mailbox's first import runs."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (QApplication, QStyle, QStyledItemDelegate, QStyleOptionProgressBar,
                               QStyleOptionViewItem)

from .mailbox_table_model import MailboxTableModel

BAR_HEIGHT = 5


class SyncProgressDelegate(QStyledItemDelegate):
    """Paints the cell as usual, then a thin bar of (done, total) along its bottom edge."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        super().paint(painter, option, index)
        progress = index.data(MailboxTableModel.PROGRESS_ROLE)
        if not progress:
            return
        done, total = progress
        bar = QStyleOptionProgressBar()
        bar.rect = QRect(option.rect.left() + 4, option.rect.bottom() - BAR_HEIGHT - 1,
                         option.rect.width() - 8, BAR_HEIGHT)
        bar.minimum, bar.maximum = 0, max(total, 1)
        bar.progress = min(done, bar.maximum)
        bar.textVisible = False
        bar.state = option.state | QStyle.StateFlag.State_Enabled
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter, option.widget)
