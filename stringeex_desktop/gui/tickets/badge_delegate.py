"""Status and priority as coloured badges in the ticket list."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from .ticket_table_model import TicketTableModel

COLOURS = {  # background, readable with white text (contrast >= 4.5:1)
    "new": "#1a5fb4", "processing": "#9c4a00", "pending": "#613583", "solved": "#26703a",
    "closed": "#5e5c64", "high": "#9c4a00", "urgent": "#b3261e",
}
PAD_X, PAD_Y = 7, 2


class BadgeDelegate(QStyledItemDelegate):
    """Draws a rounded badge where the model gives a BadgeRole code; plain text elsewhere."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        code = index.data(TicketTableModel.BadgeRole)
        if code not in COLOURS:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:  # selection and focus background, without the text
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        metrics = opt.fontMetrics
        width = min(metrics.horizontalAdvance(text) + 2 * PAD_X + 2, opt.rect.width() - 4)
        height = min(metrics.height() + 2 * PAD_Y, opt.rect.height() - 2)
        rect = QRectF(opt.rect.x() + 2, opt.rect.center().y() - height / 2 + 1, width, height)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(COLOURS[code]))
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setPen(QColor("white"))
        painter.setFont(opt.font)
        painter.drawText(rect.adjusted(PAD_X, 0, -PAD_X, 0), Qt.AlignmentFlag.AlignCenter,
                         metrics.elidedText(text, Qt.TextElideMode.ElideRight,
                                            int(rect.width()) - 2 * PAD_X + 1))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        if index.data(TicketTableModel.BadgeRole) in COLOURS:
            hint.setWidth(hint.width() + 2 * PAD_X + 6)
        return hint
