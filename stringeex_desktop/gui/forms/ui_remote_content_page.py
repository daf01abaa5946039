# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'remote_content_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_RemoteContentPage(object):
    def setupUi(self, RemoteContentPage):
        if not RemoteContentPage.objectName():
            RemoteContentPage.setObjectName(u"RemoteContentPage")
        RemoteContentPage.resize(760, 520)
        self.pageLayout = QVBoxLayout(RemoteContentPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(0, 0, 0, 0)
        self.titleLabel = QLabel(RemoteContentPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"pageTitle")

        self.pageLayout.addWidget(self.titleLabel)

        self.hintLabel = QLabel(RemoteContentPage)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setProperty(u"role", u"hint")

        self.pageLayout.addWidget(self.hintLabel)

        self.senderList = QTreeWidget(RemoteContentPage)
        self.senderList.setObjectName(u"senderList")
        self.senderList.setRootIsDecorated(False)
        self.senderList.setUniformRowHeights(True)
        self.senderList.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

        self.pageLayout.addWidget(self.senderList)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.statusLabel = QLabel(RemoteContentPage)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setProperty(u"role", u"error")

        self.buttonRow.addWidget(self.statusLabel)

        self.removeButton = QPushButton(RemoteContentPage)
        self.removeButton.setObjectName(u"removeButton")
        self.removeButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.removeButton)

        self.buttonRow.setStretch(0, 1)

        self.pageLayout.addLayout(self.buttonRow)


        self.retranslateUi(RemoteContentPage)

        QMetaObject.connectSlotsByName(RemoteContentPage)
    # setupUi

    def retranslateUi(self, RemoteContentPage):
        self.titleLabel.setText(QCoreApplication.translate("RemoteContentPage", u"Remote content", None))
        self.hintLabel.setText(QCoreApplication.translate("RemoteContentPage", u"Images from the web are blocked in every message, so senders cannot see when and where mail is read. Mail from these senders shows them, because an agent chose \"Always for this sender\". Removing a sender blocks their images again.", None))
        ___qtreewidgetitem = self.senderList.headerItem()
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("RemoteContentPage", u"Since", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("RemoteContentPage", u"Allowed by", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("RemoteContentPage", u"Sender", None))
#if QT_CONFIG(tooltip)
        self.removeButton.setToolTip(QCoreApplication.translate("RemoteContentPage", u"Block remote images from the selected senders again (Delete)", None))
#endif // QT_CONFIG(tooltip)
        self.removeButton.setText(QCoreApplication.translate("RemoteContentPage", u"&Remove", None))
        pass
    # retranslateUi

