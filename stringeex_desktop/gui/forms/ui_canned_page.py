# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'canned_page.ui'
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
    QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_CannedPage(object):
    def setupUi(self, CannedPage):
        if not CannedPage.objectName():
            CannedPage.setObjectName(u"CannedPage")
        CannedPage.resize(760, 520)
        self.pageLayout = QVBoxLayout(CannedPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(0, 0, 0, 0)
        self.titleLabel = QLabel(CannedPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"pageTitle")

        self.pageLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(CannedPage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setProperty(u"role", u"hint")

        self.pageLayout.addWidget(self.introLabel)

        self.columns = QHBoxLayout()
        self.columns.setSpacing(16)
        self.columns.setObjectName(u"columns")
        self.listColumn = QVBoxLayout()
        self.listColumn.setObjectName(u"listColumn")
        self.cannedListLabel = QLabel(CannedPage)
        self.cannedListLabel.setObjectName(u"cannedListLabel")

        self.listColumn.addWidget(self.cannedListLabel)

        self.cannedList = QListWidget(CannedPage)
        self.cannedList.setObjectName(u"cannedList")

        self.listColumn.addWidget(self.cannedList)

        self.listButtons = QHBoxLayout()
        self.listButtons.setObjectName(u"listButtons")
        self.newButton = QPushButton(CannedPage)
        self.newButton.setObjectName(u"newButton")

        self.listButtons.addWidget(self.newButton)

        self.removeButton = QPushButton(CannedPage)
        self.removeButton.setObjectName(u"removeButton")

        self.listButtons.addWidget(self.removeButton)


        self.listColumn.addLayout(self.listButtons)


        self.columns.addLayout(self.listColumn)

        self.editColumn = QVBoxLayout()
        self.editColumn.setObjectName(u"editColumn")
        self.cannedTitleLabel = QLabel(CannedPage)
        self.cannedTitleLabel.setObjectName(u"cannedTitleLabel")

        self.editColumn.addWidget(self.cannedTitleLabel)

        self.cannedTitleEdit = QLineEdit(CannedPage)
        self.cannedTitleEdit.setObjectName(u"cannedTitleEdit")
        self.cannedTitleEdit.setMaxLength(200)

        self.editColumn.addWidget(self.cannedTitleEdit)

        self.cannedBodyLabel = QLabel(CannedPage)
        self.cannedBodyLabel.setObjectName(u"cannedBodyLabel")

        self.editColumn.addWidget(self.cannedBodyLabel)

        self.cannedBodyEdit = QPlainTextEdit(CannedPage)
        self.cannedBodyEdit.setObjectName(u"cannedBodyEdit")
        self.cannedBodyEdit.setTabChangesFocus(True)

        self.editColumn.addWidget(self.cannedBodyEdit)

        self.editButtons = QHBoxLayout()
        self.editButtons.setObjectName(u"editButtons")
        self.cannedStatusLabel = QLabel(CannedPage)
        self.cannedStatusLabel.setObjectName(u"cannedStatusLabel")
        self.cannedStatusLabel.setText(u"")
        self.cannedStatusLabel.setWordWrap(True)

        self.editButtons.addWidget(self.cannedStatusLabel)

        self.editSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.editButtons.addItem(self.editSpacer)

        self.saveButton = QPushButton(CannedPage)
        self.saveButton.setObjectName(u"saveButton")

        self.editButtons.addWidget(self.saveButton)


        self.editColumn.addLayout(self.editButtons)


        self.columns.addLayout(self.editColumn)

        self.columns.setStretch(0, 2)
        self.columns.setStretch(1, 3)

        self.pageLayout.addLayout(self.columns)

#if QT_CONFIG(shortcut)
        self.cannedListLabel.setBuddy(self.cannedList)
        self.cannedTitleLabel.setBuddy(self.cannedTitleEdit)
        self.cannedBodyLabel.setBuddy(self.cannedBodyEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.cannedList, self.newButton)
        QWidget.setTabOrder(self.newButton, self.removeButton)
        QWidget.setTabOrder(self.removeButton, self.cannedTitleEdit)
        QWidget.setTabOrder(self.cannedTitleEdit, self.cannedBodyEdit)
        QWidget.setTabOrder(self.cannedBodyEdit, self.saveButton)

        self.retranslateUi(CannedPage)

        QMetaObject.connectSlotsByName(CannedPage)
    # setupUi

    def retranslateUi(self, CannedPage):
        self.titleLabel.setText(QCoreApplication.translate("CannedPage", u"Canned replies", None))
        self.introLabel.setText(QCoreApplication.translate("CannedPage", u"Answers agents insert into a reply with Ctrl+/. {customer_name}, {ticket_serial} and {agent_name} are filled in; supervisors and admins keep the list.", None))
        self.cannedListLabel.setText(QCoreApplication.translate("CannedPage", u"&Replies", None))
        self.newButton.setText(QCoreApplication.translate("CannedPage", u"&New", None))
        self.removeButton.setText(QCoreApplication.translate("CannedPage", u"Re&move", None))
        self.cannedTitleLabel.setText(QCoreApplication.translate("CannedPage", u"&Title:", None))
        self.cannedBodyLabel.setText(QCoreApplication.translate("CannedPage", u"Te&xt:", None))
        self.cannedBodyEdit.setPlaceholderText(QCoreApplication.translate("CannedPage", u"Hello {customer_name},\n"
"\n"
"Thank you for writing about {ticket_serial}.\n"
"\n"
"{agent_name}", None))
        self.saveButton.setText(QCoreApplication.translate("CannedPage", u"&Save", None))
        pass
    # retranslateUi

