# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'remote_content_bar.ui'
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
    QPushButton, QSizePolicy, QSpacerItem, QWidget)

class Ui_RemoteContentBar(object):
    def setupUi(self, RemoteContentBar):
        if not RemoteContentBar.objectName():
            RemoteContentBar.setObjectName(u"RemoteContentBar")
        RemoteContentBar.resize(560, 40)
        RemoteContentBar.setFrameShape(QFrame.Shape.StyledPanel)
        self.barLayout = QHBoxLayout(RemoteContentBar)
        self.barLayout.setSpacing(6)
        self.barLayout.setObjectName(u"barLayout")
        self.barLayout.setContentsMargins(8, 4, 4, 4)
        self.textLabel = QLabel(RemoteContentBar)
        self.textLabel.setObjectName(u"textLabel")
        self.textLabel.setText(u"")
        self.textLabel.setWordWrap(True)

        self.barLayout.addWidget(self.textLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setSpacing(6)
        self.buttonRow.setObjectName(u"buttonRow")
        self.showOnceButton = QPushButton(RemoteContentBar)
        self.showOnceButton.setObjectName(u"showOnceButton")
        self.showOnceButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.showOnceButton)

        self.alwaysButton = QPushButton(RemoteContentBar)
        self.alwaysButton.setObjectName(u"alwaysButton")
        self.alwaysButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.alwaysButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)


        self.barLayout.addLayout(self.buttonRow)

        self.barLayout.setStretch(0, 1)

        self.retranslateUi(RemoteContentBar)

        QMetaObject.connectSlotsByName(RemoteContentBar)
    # setupUi

    def retranslateUi(self, RemoteContentBar):
#if QT_CONFIG(tooltip)
        self.showOnceButton.setToolTip(QCoreApplication.translate("RemoteContentBar", u"Load this message's images from the web now; the sender may learn that you read it", None))
#endif // QT_CONFIG(tooltip)
        self.showOnceButton.setText(QCoreApplication.translate("RemoteContentBar", u"Show &once", None))
        self.alwaysButton.setText(QCoreApplication.translate("RemoteContentBar", u"&Always for this sender", None))
        pass
    # retranslateUi

