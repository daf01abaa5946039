# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'personal_page.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_PersonalPage(object):
    def setupUi(self, PersonalPage):
        if not PersonalPage.objectName():
            PersonalPage.setObjectName(u"PersonalPage")
        PersonalPage.resize(760, 560)
        self.pageLayout = QVBoxLayout(PersonalPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(0, 0, 0, 0)
        self.titleLabel = QLabel(PersonalPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"pageTitle")

        self.pageLayout.addWidget(self.titleLabel)

        self.notificationsGroup = QGroupBox(PersonalPage)
        self.notificationsGroup.setObjectName(u"notificationsGroup")
        self.notificationsForm = QFormLayout(self.notificationsGroup)
        self.notificationsForm.setObjectName(u"notificationsForm")
        self.notificationsForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.trayCheck = QCheckBox(self.notificationsGroup)
        self.trayCheck.setObjectName(u"trayCheck")

        self.notificationsForm.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.trayCheck)

        self.dndCheck = QCheckBox(self.notificationsGroup)
        self.dndCheck.setObjectName(u"dndCheck")

        self.notificationsForm.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.dndCheck)

        self.soundCheck = QCheckBox(self.notificationsGroup)
        self.soundCheck.setObjectName(u"soundCheck")

        self.notificationsForm.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.soundCheck)

        self.idleLabel = QLabel(self.notificationsGroup)
        self.idleLabel.setObjectName(u"idleLabel")

        self.notificationsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.idleLabel)

        self.idleSpin = QSpinBox(self.notificationsGroup)
        self.idleSpin.setObjectName(u"idleSpin")
        self.idleSpin.setMaximum(1440)

        self.notificationsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.idleSpin)

        self.languageLabel = QLabel(self.notificationsGroup)
        self.languageLabel.setObjectName(u"languageLabel")

        self.notificationsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(self.notificationsGroup)
        self.languageCombo.setObjectName(u"languageCombo")

        self.notificationsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.languageHint = QLabel(self.notificationsGroup)
        self.languageHint.setObjectName(u"languageHint")
        self.languageHint.setWordWrap(True)
        self.languageHint.setProperty(u"role", u"hint")

        self.notificationsForm.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.languageHint)


        self.pageLayout.addWidget(self.notificationsGroup)

        self.signatureGroup = QGroupBox(PersonalPage)
        self.signatureGroup.setObjectName(u"signatureGroup")
        self.signatureLayout = QVBoxLayout(self.signatureGroup)
        self.signatureLayout.setObjectName(u"signatureLayout")
        self.signatureHint = QLabel(self.signatureGroup)
        self.signatureHint.setObjectName(u"signatureHint")
        self.signatureHint.setWordWrap(True)
        self.signatureHint.setProperty(u"role", u"hint")

        self.signatureLayout.addWidget(self.signatureHint)

        self.signatureEdit = QPlainTextEdit(self.signatureGroup)
        self.signatureEdit.setObjectName(u"signatureEdit")
        self.signatureEdit.setTabChangesFocus(True)

        self.signatureLayout.addWidget(self.signatureEdit)

        self.signatureButtons = QHBoxLayout()
        self.signatureButtons.setObjectName(u"signatureButtons")
        self.signatureStatusLabel = QLabel(self.signatureGroup)
        self.signatureStatusLabel.setObjectName(u"signatureStatusLabel")
        self.signatureStatusLabel.setText(u"")
        self.signatureStatusLabel.setWordWrap(True)

        self.signatureButtons.addWidget(self.signatureStatusLabel)

        self.signatureSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.signatureButtons.addItem(self.signatureSpacer)

        self.saveSignatureButton = QPushButton(self.signatureGroup)
        self.saveSignatureButton.setObjectName(u"saveSignatureButton")

        self.signatureButtons.addWidget(self.saveSignatureButton)


        self.signatureLayout.addLayout(self.signatureButtons)


        self.pageLayout.addWidget(self.signatureGroup)

#if QT_CONFIG(shortcut)
        self.idleLabel.setBuddy(self.idleSpin)
        self.languageLabel.setBuddy(self.languageCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.trayCheck, self.dndCheck)
        QWidget.setTabOrder(self.dndCheck, self.soundCheck)
        QWidget.setTabOrder(self.soundCheck, self.idleSpin)
        QWidget.setTabOrder(self.idleSpin, self.languageCombo)
        QWidget.setTabOrder(self.languageCombo, self.signatureEdit)
        QWidget.setTabOrder(self.signatureEdit, self.saveSignatureButton)

        self.retranslateUi(PersonalPage)

        QMetaObject.connectSlotsByName(PersonalPage)
    # setupUi

    def retranslateUi(self, PersonalPage):
        self.titleLabel.setText(QCoreApplication.translate("PersonalPage", u"You", None))
        self.notificationsGroup.setTitle(QCoreApplication.translate("PersonalPage", u"Notifications and presence on this computer", None))
        self.trayCheck.setText(QCoreApplication.translate("PersonalPage", u"&Keep running in the tray when the window is closed", None))
        self.dndCheck.setText(QCoreApplication.translate("PersonalPage", u"&Do not disturb: no notifications (the tray still counts)", None))
        self.soundCheck.setText(QCoreApplication.translate("PersonalPage", u"Play a &sound with each notification", None))
        self.idleLabel.setText(QCoreApplication.translate("PersonalPage", u"Go offline when &idle for:", None))
        self.idleSpin.setSpecialValueText(QCoreApplication.translate("PersonalPage", u"Never", None))
        self.idleSpin.setSuffix(QCoreApplication.translate("PersonalPage", u" min", None))
        self.languageLabel.setText(QCoreApplication.translate("PersonalPage", u"&Language:", None))
        self.languageHint.setText(QCoreApplication.translate("PersonalPage", u"A new language applies when the app starts again.", None))
        self.signatureGroup.setTitle(QCoreApplication.translate("PersonalPage", u"Your signature", None))
        self.signatureHint.setText(QCoreApplication.translate("PersonalPage", u"Added under each reply you send from the app, never to notes. {agent_name} becomes your name, {mailbox_name} the name of the address the reply leaves from.", None))
        self.signatureEdit.setPlaceholderText(QCoreApplication.translate("PersonalPage", u"{agent_name}\n"
"{mailbox_name}", None))
        self.saveSignatureButton.setText(QCoreApplication.translate("PersonalPage", u"Save &signature", None))
        pass
    # retranslateUi

