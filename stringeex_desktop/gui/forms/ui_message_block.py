# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'message_block.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QVBoxLayout, QWidget)

from stringeex_desktop.gui.widgets.sender_label import SenderLabel

class Ui_MessageBlock(object):
    def setupUi(self, messageBlock):
        if not messageBlock.objectName():
            messageBlock.setObjectName(u"messageBlock")
        messageBlock.resize(600, 160)
        messageBlock.setFrameShape(QFrame.Shape.StyledPanel)
        self.blockLayout = QVBoxLayout(messageBlock)
        self.blockLayout.setSpacing(6)
        self.blockLayout.setObjectName(u"blockLayout")
        self.blockLayout.setContentsMargins(12, 10, 12, 12)
        self.headerRow = QHBoxLayout()
        self.headerRow.setSpacing(8)
        self.headerRow.setObjectName(u"headerRow")
        self.directionBadge = QLabel(messageBlock)
        self.directionBadge.setObjectName(u"directionBadge")
        self.directionBadge.setText(u"In")
        self.directionBadge.setProperty(u"role", u"badge")

        self.headerRow.addWidget(self.directionBadge)

        self.fromLabel = SenderLabel(messageBlock)
        self.fromLabel.setObjectName(u"fromLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.fromLabel.sizePolicy().hasHeightForWidth())
        self.fromLabel.setSizePolicy(sizePolicy)
        self.fromLabel.setText(u"")
        self.fromLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.headerRow.addWidget(self.fromLabel)

        self.dateLabel = QLabel(messageBlock)
        self.dateLabel.setObjectName(u"dateLabel")
        self.dateLabel.setText(u"")

        self.headerRow.addWidget(self.dateLabel)

        self.headerRow.setStretch(1, 1)

        self.blockLayout.addLayout(self.headerRow)

        self.recipientsLabel = QLabel(messageBlock)
        self.recipientsLabel.setObjectName(u"recipientsLabel")
        self.recipientsLabel.setText(u"")
        self.recipientsLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.recipientsLabel.setWordWrap(True)
        self.recipientsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.recipientsLabel.setProperty(u"role", u"hint")

        self.blockLayout.addWidget(self.recipientsLabel)

        self.deliveryRow = QHBoxLayout()
        self.deliveryRow.setSpacing(8)
        self.deliveryRow.setObjectName(u"deliveryRow")
        self.deliveryLabel = QLabel(messageBlock)
        self.deliveryLabel.setObjectName(u"deliveryLabel")
        sizePolicy.setHeightForWidth(self.deliveryLabel.sizePolicy().hasHeightForWidth())
        self.deliveryLabel.setSizePolicy(sizePolicy)
        self.deliveryLabel.setText(u"")
        self.deliveryLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.deliveryLabel.setWordWrap(True)
        self.deliveryLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.deliveryRow.addWidget(self.deliveryLabel)

        self.retryButton = QPushButton(messageBlock)
        self.retryButton.setObjectName(u"retryButton")
        self.retryButton.setAutoDefault(False)

        self.deliveryRow.addWidget(self.retryButton)

        self.deliveryRow.setStretch(0, 1)

        self.blockLayout.addLayout(self.deliveryRow)

        self.errorLabel = QLabel(messageBlock)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.errorLabel.setProperty(u"role", u"error")

        self.blockLayout.addWidget(self.errorLabel)

        self.bodyLabel = QLabel(messageBlock)
        self.bodyLabel.setObjectName(u"bodyLabel")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.bodyLabel.sizePolicy().hasHeightForWidth())
        self.bodyLabel.setSizePolicy(sizePolicy1)
        self.bodyLabel.setText(u"")
        self.bodyLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.bodyLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.bodyLabel.setWordWrap(True)
        self.bodyLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.blockLayout.addWidget(self.bodyLabel)

        self.attachmentsLabel = QLabel(messageBlock)
        self.attachmentsLabel.setObjectName(u"attachmentsLabel")
        self.attachmentsLabel.setText(u"")
        self.attachmentsLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.attachmentsLabel.setWordWrap(True)
        self.attachmentsLabel.setProperty(u"role", u"hint")

        self.blockLayout.addWidget(self.attachmentsLabel)


        self.retranslateUi(messageBlock)

        QMetaObject.connectSlotsByName(messageBlock)
    # setupUi

    def retranslateUi(self, messageBlock):
#if QT_CONFIG(tooltip)
        self.retryButton.setToolTip(QCoreApplication.translate("MessageBlock", u"Queue this reply again; the outbox sends it at once", None))
#endif // QT_CONFIG(tooltip)
        self.retryButton.setText(QCoreApplication.translate("MessageBlock", u"&Retry", None))
        pass
    # retranslateUi

