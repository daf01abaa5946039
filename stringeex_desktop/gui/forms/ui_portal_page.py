# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'portal_page.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_PortalPage(object):
    def setupUi(self, PortalPage):
        if not PortalPage.objectName():
            PortalPage.setObjectName(u"PortalPage")
        PortalPage.resize(760, 520)
        self.pageLayout = QVBoxLayout(PortalPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(0, 0, 0, 0)
        self.titleLabel = QLabel(PortalPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"pageTitle")

        self.pageLayout.addWidget(self.titleLabel)

        self.domainForm = QFormLayout()
        self.domainForm.setObjectName(u"domainForm")
        self.domainForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.domainLabel = QLabel(PortalPage)
        self.domainLabel.setObjectName(u"domainLabel")

        self.domainForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.domainLabel)

        self.domainEdit = QLineEdit(PortalPage)
        self.domainEdit.setObjectName(u"domainEdit")

        self.domainForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.domainEdit)

        self.domainError = QLabel(PortalPage)
        self.domainError.setObjectName(u"domainError")
        self.domainError.setText(u"")
        self.domainError.setTextFormat(Qt.TextFormat.PlainText)
        self.domainError.setWordWrap(True)
        self.domainError.setProperty(u"role", u"error")

        self.domainForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.domainError)

        self.domainHint = QLabel(PortalPage)
        self.domainHint.setObjectName(u"domainHint")
        self.domainHint.setWordWrap(True)
        self.domainHint.setProperty(u"role", u"hint")

        self.domainForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.domainHint)


        self.pageLayout.addLayout(self.domainForm)

        self.relayGroup = QGroupBox(PortalPage)
        self.relayGroup.setObjectName(u"relayGroup")
        self.relayForm = QFormLayout(self.relayGroup)
        self.relayForm.setObjectName(u"relayForm")
        self.relayForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.relayHint = QLabel(self.relayGroup)
        self.relayHint.setObjectName(u"relayHint")
        self.relayHint.setWordWrap(True)
        self.relayHint.setProperty(u"role", u"hint")

        self.relayForm.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.relayHint)

        self.hostLabel = QLabel(self.relayGroup)
        self.hostLabel.setObjectName(u"hostLabel")

        self.relayForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.hostLabel)

        self.hostEdit = QLineEdit(self.relayGroup)
        self.hostEdit.setObjectName(u"hostEdit")

        self.relayForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.hostEdit)

        self.hostError = QLabel(self.relayGroup)
        self.hostError.setObjectName(u"hostError")
        self.hostError.setText(u"")
        self.hostError.setTextFormat(Qt.TextFormat.PlainText)
        self.hostError.setWordWrap(True)
        self.hostError.setProperty(u"role", u"error")

        self.relayForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.hostError)

        self.portLabel = QLabel(self.relayGroup)
        self.portLabel.setObjectName(u"portLabel")

        self.relayForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.portLabel)

        self.portSpin = QSpinBox(self.relayGroup)
        self.portSpin.setObjectName(u"portSpin")
        self.portSpin.setMinimum(1)
        self.portSpin.setMaximum(65535)
        self.portSpin.setValue(587)

        self.relayForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.portSpin)

        self.portError = QLabel(self.relayGroup)
        self.portError.setObjectName(u"portError")
        self.portError.setText(u"")
        self.portError.setTextFormat(Qt.TextFormat.PlainText)
        self.portError.setWordWrap(True)
        self.portError.setProperty(u"role", u"error")

        self.relayForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.portError)

        self.securityLabel = QLabel(self.relayGroup)
        self.securityLabel.setObjectName(u"securityLabel")

        self.relayForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.securityLabel)

        self.securityCombo = QComboBox(self.relayGroup)
        self.securityCombo.setObjectName(u"securityCombo")

        self.relayForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.securityCombo)

        self.securityError = QLabel(self.relayGroup)
        self.securityError.setObjectName(u"securityError")
        self.securityError.setText(u"")
        self.securityError.setTextFormat(Qt.TextFormat.PlainText)
        self.securityError.setWordWrap(True)
        self.securityError.setProperty(u"role", u"error")

        self.relayForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.securityError)

        self.usernameLabel = QLabel(self.relayGroup)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.relayForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.usernameEdit = QLineEdit(self.relayGroup)
        self.usernameEdit.setObjectName(u"usernameEdit")

        self.relayForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.usernameEdit)

        self.usernameError = QLabel(self.relayGroup)
        self.usernameError.setObjectName(u"usernameError")
        self.usernameError.setText(u"")
        self.usernameError.setTextFormat(Qt.TextFormat.PlainText)
        self.usernameError.setWordWrap(True)
        self.usernameError.setProperty(u"role", u"error")

        self.relayForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.usernameError)

        self.passwordLabel = QLabel(self.relayGroup)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.relayForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(self.relayGroup)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.relayForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.passwordError = QLabel(self.relayGroup)
        self.passwordError.setObjectName(u"passwordError")
        self.passwordError.setText(u"")
        self.passwordError.setTextFormat(Qt.TextFormat.PlainText)
        self.passwordError.setWordWrap(True)
        self.passwordError.setProperty(u"role", u"error")

        self.relayForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.passwordError)


        self.pageLayout.addWidget(self.relayGroup)

        self.keyringLabel = QLabel(PortalPage)
        self.keyringLabel.setObjectName(u"keyringLabel")
        self.keyringLabel.setText(u"")
        self.keyringLabel.setWordWrap(True)
        self.keyringLabel.setProperty(u"role", u"warning")

        self.pageLayout.addWidget(self.keyringLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.testButton = QPushButton(PortalPage)
        self.testButton.setObjectName(u"testButton")
        self.testButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.testButton)

        self.buttonSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.saveButton = QPushButton(PortalPage)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.saveButton)


        self.pageLayout.addLayout(self.buttonRow)

        self.resultLabel = QLabel(PortalPage)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setText(u"")
        self.resultLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.resultLabel.setWordWrap(True)
        self.resultLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.pageLayout.addWidget(self.resultLabel)

        self.bottomSpacer = QSpacerItem(10, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pageLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.domainLabel.setBuddy(self.domainEdit)
        self.hostLabel.setBuddy(self.hostEdit)
        self.portLabel.setBuddy(self.portSpin)
        self.securityLabel.setBuddy(self.securityCombo)
        self.usernameLabel.setBuddy(self.usernameEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.domainEdit, self.hostEdit)
        QWidget.setTabOrder(self.hostEdit, self.portSpin)
        QWidget.setTabOrder(self.portSpin, self.securityCombo)
        QWidget.setTabOrder(self.securityCombo, self.usernameEdit)
        QWidget.setTabOrder(self.usernameEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.testButton)
        QWidget.setTabOrder(self.testButton, self.saveButton)

        self.retranslateUi(PortalPage)

        QMetaObject.connectSlotsByName(PortalPage)
    # setupUi

    def retranslateUi(self, PortalPage):
        self.titleLabel.setText(QCoreApplication.translate("PortalPage", u"Portal", None))
        self.domainLabel.setText(QCoreApplication.translate("PortalPage", u"&Domain:", None))
        self.domainEdit.setPlaceholderText(QCoreApplication.translate("PortalPage", u"acme.stringeex.local", None))
        self.domainHint.setText(QCoreApplication.translate("PortalPage", u"Internal emails are addresses of this domain.", None))
        self.relayGroup.setTitle(QCoreApplication.translate("PortalPage", u"Outgoing relay", None))
        self.relayHint.setText(QCoreApplication.translate("PortalPage", u"Auto replies of internal emails leave through this SMTP server. It must be allowed to send for the portal domain.", None))
        self.hostLabel.setText(QCoreApplication.translate("PortalPage", u"&Host:", None))
        self.hostEdit.setPlaceholderText(QCoreApplication.translate("PortalPage", u"smtp.example.com", None))
        self.portLabel.setText(QCoreApplication.translate("PortalPage", u"&Port:", None))
        self.securityLabel.setText(QCoreApplication.translate("PortalPage", u"Se&curity:", None))
        self.usernameLabel.setText(QCoreApplication.translate("PortalPage", u"&Username:", None))
        self.usernameEdit.setPlaceholderText(QCoreApplication.translate("PortalPage", u"Leave empty when the relay needs no login", None))
        self.passwordLabel.setText(QCoreApplication.translate("PortalPage", u"Pass&word:", None))
        self.testButton.setText(QCoreApplication.translate("PortalPage", u"&Test", None))
#if QT_CONFIG(tooltip)
        self.testButton.setToolTip(QCoreApplication.translate("PortalPage", u"Connect, start TLS and log in with these settings without saving them", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("PortalPage", u"&Save", None))
        pass
    # retranslateUi

