# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'queues_page.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_QueuesPage(object):
    def setupUi(self, QueuesPage):
        if not QueuesPage.objectName():
            QueuesPage.setObjectName(u"QueuesPage")
        QueuesPage.resize(760, 520)
        self.pageLayout = QVBoxLayout(QueuesPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(0, 0, 0, 0)
        self.titleLabel = QLabel(QueuesPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"pageTitle")

        self.pageLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(QueuesPage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setProperty(u"role", u"hint")

        self.pageLayout.addWidget(self.introLabel)

        self.columns = QHBoxLayout()
        self.columns.setSpacing(16)
        self.columns.setObjectName(u"columns")
        self.queueColumn = QVBoxLayout()
        self.queueColumn.setObjectName(u"queueColumn")
        self.queueListLabel = QLabel(QueuesPage)
        self.queueListLabel.setObjectName(u"queueListLabel")

        self.queueColumn.addWidget(self.queueListLabel)

        self.queueList = QListWidget(QueuesPage)
        self.queueList.setObjectName(u"queueList")

        self.queueColumn.addWidget(self.queueList)

        self.queueActionsRow = QHBoxLayout()
        self.queueActionsRow.setObjectName(u"queueActionsRow")
        self.renameQueueButton = QPushButton(QueuesPage)
        self.renameQueueButton.setObjectName(u"renameQueueButton")
        self.renameQueueButton.setAutoDefault(False)

        self.queueActionsRow.addWidget(self.renameQueueButton)

        self.removeQueueButton = QPushButton(QueuesPage)
        self.removeQueueButton.setObjectName(u"removeQueueButton")
        self.removeQueueButton.setAutoDefault(False)

        self.queueActionsRow.addWidget(self.removeQueueButton)

        self.queueActionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.queueActionsRow.addItem(self.queueActionsSpacer)


        self.queueColumn.addLayout(self.queueActionsRow)

        self.newQueueRow = QHBoxLayout()
        self.newQueueRow.setObjectName(u"newQueueRow")
        self.newQueueEdit = QLineEdit(QueuesPage)
        self.newQueueEdit.setObjectName(u"newQueueEdit")

        self.newQueueRow.addWidget(self.newQueueEdit)

        self.addQueueButton = QPushButton(QueuesPage)
        self.addQueueButton.setObjectName(u"addQueueButton")
        self.addQueueButton.setAutoDefault(False)

        self.newQueueRow.addWidget(self.addQueueButton)


        self.queueColumn.addLayout(self.newQueueRow)

        self.queueErrorLabel = QLabel(QueuesPage)
        self.queueErrorLabel.setObjectName(u"queueErrorLabel")
        self.queueErrorLabel.setText(u"")
        self.queueErrorLabel.setWordWrap(True)
        self.queueErrorLabel.setProperty(u"role", u"error")

        self.queueColumn.addWidget(self.queueErrorLabel)


        self.columns.addLayout(self.queueColumn)

        self.memberColumn = QVBoxLayout()
        self.memberColumn.setObjectName(u"memberColumn")
        self.membersLabel = QLabel(QueuesPage)
        self.membersLabel.setObjectName(u"membersLabel")

        self.memberColumn.addWidget(self.membersLabel)

        self.memberList = QListWidget(QueuesPage)
        self.memberList.setObjectName(u"memberList")

        self.memberColumn.addWidget(self.memberList)

        self.memberButtons = QHBoxLayout()
        self.memberButtons.setObjectName(u"memberButtons")
        self.saveMembersButton = QPushButton(QueuesPage)
        self.saveMembersButton.setObjectName(u"saveMembersButton")
        self.saveMembersButton.setAutoDefault(False)

        self.memberButtons.addWidget(self.saveMembersButton)

        self.membersStatusLabel = QLabel(QueuesPage)
        self.membersStatusLabel.setObjectName(u"membersStatusLabel")
        self.membersStatusLabel.setText(u"")
        self.membersStatusLabel.setWordWrap(True)

        self.memberButtons.addWidget(self.membersStatusLabel)

        self.memberSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.memberButtons.addItem(self.memberSpacer)


        self.memberColumn.addLayout(self.memberButtons)


        self.columns.addLayout(self.memberColumn)

        self.columns.setStretch(0, 2)
        self.columns.setStretch(1, 3)

        self.pageLayout.addLayout(self.columns)

#if QT_CONFIG(shortcut)
        self.queueListLabel.setBuddy(self.queueList)
        self.membersLabel.setBuddy(self.memberList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.queueList, self.newQueueEdit)
        QWidget.setTabOrder(self.newQueueEdit, self.addQueueButton)
        QWidget.setTabOrder(self.addQueueButton, self.memberList)
        QWidget.setTabOrder(self.memberList, self.saveMembersButton)

        self.retranslateUi(QueuesPage)

        QMetaObject.connectSlotsByName(QueuesPage)
    # setupUi

    def retranslateUi(self, QueuesPage):
        self.titleLabel.setText(QCoreApplication.translate("QueuesPage", u"Queues", None))
        self.introLabel.setText(QCoreApplication.translate("QueuesPage", u"A queue receives the tickets of its email addresses and shares them among its member agents.", None))
        self.queueListLabel.setText(QCoreApplication.translate("QueuesPage", u"Q&ueues", None))
#if QT_CONFIG(tooltip)
        self.renameQueueButton.setToolTip(QCoreApplication.translate("QueuesPage", u"Give the selected queue another name; its tickets, emails and members stay (F2)", None))
#endif // QT_CONFIG(tooltip)
        self.renameQueueButton.setText(QCoreApplication.translate("QueuesPage", u"Re&name\u2026", None))
#if QT_CONFIG(tooltip)
        self.removeQueueButton.setToolTip(QCoreApplication.translate("QueuesPage", u"Remove the selected queue; refused while an email delivers to it or an open ticket is in it (Delete)", None))
#endif // QT_CONFIG(tooltip)
        self.removeQueueButton.setText(QCoreApplication.translate("QueuesPage", u"Remo&ve\u2026", None))
        self.newQueueEdit.setPlaceholderText(QCoreApplication.translate("QueuesPage", u"New queue name", None))
#if QT_CONFIG(accessibility)
        self.newQueueEdit.setAccessibleName(QCoreApplication.translate("QueuesPage", u"New queue name", None))
#endif // QT_CONFIG(accessibility)
        self.addQueueButton.setText(QCoreApplication.translate("QueuesPage", u"&Add queue", None))
        self.membersLabel.setText(QCoreApplication.translate("QueuesPage", u"&Members", None))
        self.saveMembersButton.setText(QCoreApplication.translate("QueuesPage", u"&Save members", None))
        pass
    # retranslateUi

