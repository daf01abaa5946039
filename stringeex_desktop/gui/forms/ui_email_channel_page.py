# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'email_channel_page.ui'
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
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QToolButton, QVBoxLayout, QWidget)
from . import resources_rc

class Ui_EmailChannelPage(object):
    def setupUi(self, EmailChannelPage):
        if not EmailChannelPage.objectName():
            EmailChannelPage.setObjectName(u"EmailChannelPage")
        EmailChannelPage.resize(760, 520)
        self.pageLayout = QVBoxLayout(EmailChannelPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(0, 0, 0, 0)
        self.titleLabel = QLabel(EmailChannelPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"pageTitle")

        self.pageLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(EmailChannelPage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setProperty(u"role", u"hint")

        self.pageLayout.addWidget(self.introLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.addButton = QToolButton(EmailChannelPage)
        self.addButton.setObjectName(u"addButton")
        icon = QIcon()
        icon.addFile(u":/icons/add.svg", QSize(), QIcon.Mode.Normal, QIcon.State.Off)
        self.addButton.setIcon(icon)
        self.addButton.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.addButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

        self.buttonRow.addWidget(self.addButton)

        self.updateButton = QPushButton(EmailChannelPage)
        self.updateButton.setObjectName(u"updateButton")
        self.updateButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.updateButton)

        self.removeButton = QPushButton(EmailChannelPage)
        self.removeButton.setObjectName(u"removeButton")
        self.removeButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.removeButton)

        self.buttonSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.googleClientButton = QPushButton(EmailChannelPage)
        self.googleClientButton.setObjectName(u"googleClientButton")
        self.googleClientButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.googleClientButton)


        self.pageLayout.addLayout(self.buttonRow)

        self.mailboxView = QTableView(EmailChannelPage)
        self.mailboxView.setObjectName(u"mailboxView")
        self.mailboxView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.mailboxView.setAlternatingRowColors(True)
        self.mailboxView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.mailboxView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.mailboxView.setShowGrid(False)
        self.mailboxView.setWordWrap(False)
        self.mailboxView.horizontalHeader().setHighlightSections(False)
        self.mailboxView.horizontalHeader().setStretchLastSection(True)
        self.mailboxView.verticalHeader().setVisible(False)

        self.pageLayout.addWidget(self.mailboxView)

        self.errorLabel = QLabel(EmailChannelPage)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"role", u"error")

        self.pageLayout.addWidget(self.errorLabel)

        QWidget.setTabOrder(self.addButton, self.updateButton)
        QWidget.setTabOrder(self.updateButton, self.removeButton)
        QWidget.setTabOrder(self.removeButton, self.mailboxView)

        self.retranslateUi(EmailChannelPage)

        QMetaObject.connectSlotsByName(EmailChannelPage)
    # setupUi

    def retranslateUi(self, EmailChannelPage):
        self.titleLabel.setText(QCoreApplication.translate("EmailChannelPage", u"Email channel", None))
        self.introLabel.setText(QCoreApplication.translate("EmailChannelPage", u"Every email that reaches one of these addresses becomes a ticket of its queue. Internal emails receive mail at the portal's own domain; Gmail and SMTP emails also send the agents' replies.", None))
        self.addButton.setText(QCoreApplication.translate("EmailChannelPage", u"&Add email address", None))
        self.updateButton.setText(QCoreApplication.translate("EmailChannelPage", u"&Update\u2026", None))
        self.removeButton.setText(QCoreApplication.translate("EmailChannelPage", u"&Remove\u2026", None))
        self.googleClientButton.setText(QCoreApplication.translate("EmailChannelPage", u"&Google OAuth client\u2026", None))
#if QT_CONFIG(tooltip)
        self.googleClientButton.setToolTip(QCoreApplication.translate("EmailChannelPage", u"Import the portal's Google OAuth client (client_secret.json), needed to add Gmail addresses", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

