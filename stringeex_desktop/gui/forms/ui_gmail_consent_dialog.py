# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'gmail_consent_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QFrame,
    QHBoxLayout, QLabel, QProgressBar, QPushButton,
    QRadioButton, QSizePolicy, QSpacerItem, QSpinBox,
    QStackedWidget, QVBoxLayout, QWidget)

class Ui_GmailConsentDialog(object):
    def setupUi(self, GmailConsentDialog):
        if not GmailConsentDialog.objectName():
            GmailConsentDialog.setObjectName(u"GmailConsentDialog")
        GmailConsentDialog.resize(600, 340)
        self.dialogLayout = QVBoxLayout(GmailConsentDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.stack = QStackedWidget(GmailConsentDialog)
        self.stack.setObjectName(u"stack")
        self.optionsPage = QWidget()
        self.optionsPage.setObjectName(u"optionsPage")
        self.optionsLayout = QVBoxLayout(self.optionsPage)
        self.optionsLayout.setObjectName(u"optionsLayout")
        self.optionsLayout.setContentsMargins(0, 0, 0, 0)
        self.introLabel = QLabel(self.optionsPage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.optionsLayout.addWidget(self.introLabel)

        self.noClientFrame = QFrame(self.optionsPage)
        self.noClientFrame.setObjectName(u"noClientFrame")
        self.noClientLayout = QHBoxLayout(self.noClientFrame)
        self.noClientLayout.setObjectName(u"noClientLayout")
        self.noClientLayout.setContentsMargins(0, -1, 0, -1)
        self.noClientLabel = QLabel(self.noClientFrame)
        self.noClientLabel.setObjectName(u"noClientLabel")
        self.noClientLabel.setWordWrap(True)
        self.noClientLabel.setProperty(u"role", u"error")

        self.noClientLayout.addWidget(self.noClientLabel)

        self.importClientButton = QPushButton(self.noClientFrame)
        self.importClientButton.setObjectName(u"importClientButton")
        self.importClientButton.setAutoDefault(False)

        self.noClientLayout.addWidget(self.importClientButton)

        self.noClientLayout.setStretch(0, 1)

        self.optionsLayout.addWidget(self.noClientFrame)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setVerticalSpacing(6)
        self.queueLabel = QLabel(self.optionsPage)
        self.queueLabel.setObjectName(u"queueLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.queueLabel)

        self.queueCombo = QComboBox(self.optionsPage)
        self.queueCombo.setObjectName(u"queueCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.queueCombo)

        self.queueError = QLabel(self.optionsPage)
        self.queueError.setObjectName(u"queueError")
        self.queueError.setText(u"")
        self.queueError.setTextFormat(Qt.TextFormat.PlainText)
        self.queueError.setWordWrap(True)
        self.queueError.setProperty(u"role", u"error")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.queueError)

        self.onlineCheck = QCheckBox(self.optionsPage)
        self.onlineCheck.setObjectName(u"onlineCheck")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.onlineCheck)

        self.importLabel = QLabel(self.optionsPage)
        self.importLabel.setObjectName(u"importLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.importLabel)

        self.everythingRadio = QRadioButton(self.optionsPage)
        self.everythingRadio.setObjectName(u"everythingRadio")
        self.everythingRadio.setChecked(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.everythingRadio)

        self.recentRow = QHBoxLayout()
        self.recentRow.setSpacing(6)
        self.recentRow.setObjectName(u"recentRow")
        self.recentRadio = QRadioButton(self.optionsPage)
        self.recentRadio.setObjectName(u"recentRadio")

        self.recentRow.addWidget(self.recentRadio)

        self.daysSpin = QSpinBox(self.optionsPage)
        self.daysSpin.setObjectName(u"daysSpin")
        self.daysSpin.setMinimum(1)
        self.daysSpin.setMaximum(36500)
        self.daysSpin.setValue(30)

        self.recentRow.addWidget(self.daysSpin)

        self.daysLabel = QLabel(self.optionsPage)
        self.daysLabel.setObjectName(u"daysLabel")

        self.recentRow.addWidget(self.daysLabel)

        self.recentSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.recentRow.addItem(self.recentSpacer)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.recentRow)

        self.daysError = QLabel(self.optionsPage)
        self.daysError.setObjectName(u"daysError")
        self.daysError.setText(u"")
        self.daysError.setTextFormat(Qt.TextFormat.PlainText)
        self.daysError.setWordWrap(True)
        self.daysError.setProperty(u"role", u"error")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.daysError)


        self.optionsLayout.addLayout(self.form)

        self.optionsSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.optionsLayout.addItem(self.optionsSpacer)

        self.stack.addWidget(self.optionsPage)
        self.webPage = QWidget()
        self.webPage.setObjectName(u"webPage")
        self.webLayout = QVBoxLayout(self.webPage)
        self.webLayout.setObjectName(u"webLayout")
        self.webLayout.setContentsMargins(0, 0, 0, 0)
        self.webHint = QLabel(self.webPage)
        self.webHint.setObjectName(u"webHint")
        self.webHint.setWordWrap(True)
        self.webHint.setProperty(u"role", u"hint")

        self.webLayout.addWidget(self.webHint)

        self.stack.addWidget(self.webPage)
        self.browserPage = QWidget()
        self.browserPage.setObjectName(u"browserPage")
        self.browserLayout = QVBoxLayout(self.browserPage)
        self.browserLayout.setSpacing(12)
        self.browserLayout.setObjectName(u"browserLayout")
        self.browserLayout.setContentsMargins(0, 0, 0, 0)
        self.refusalLabel = QLabel(self.browserPage)
        self.refusalLabel.setObjectName(u"refusalLabel")
        self.refusalLabel.setWordWrap(True)

        self.browserLayout.addWidget(self.refusalLabel)

        self.waitingLabel = QLabel(self.browserPage)
        self.waitingLabel.setObjectName(u"waitingLabel")
        self.waitingLabel.setWordWrap(True)

        self.browserLayout.addWidget(self.waitingLabel)

        self.busyBar = QProgressBar(self.browserPage)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.browserLayout.addWidget(self.busyBar)

        self.reopenRow = QHBoxLayout()
        self.reopenRow.setObjectName(u"reopenRow")
        self.reopenButton = QPushButton(self.browserPage)
        self.reopenButton.setObjectName(u"reopenButton")
        self.reopenButton.setAutoDefault(False)

        self.reopenRow.addWidget(self.reopenButton)

        self.reopenSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.reopenRow.addItem(self.reopenSpacer)


        self.browserLayout.addLayout(self.reopenRow)

        self.browserHint = QLabel(self.browserPage)
        self.browserHint.setObjectName(u"browserHint")
        self.browserHint.setWordWrap(True)
        self.browserHint.setProperty(u"role", u"hint")

        self.browserLayout.addWidget(self.browserHint)

        self.browserSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.browserLayout.addItem(self.browserSpacer)

        self.stack.addWidget(self.browserPage)

        self.dialogLayout.addWidget(self.stack)

        self.formError = QLabel(GmailConsentDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setText(u"")
        self.formError.setTextFormat(Qt.TextFormat.PlainText)
        self.formError.setWordWrap(True)
        self.formError.setProperty(u"role", u"error")

        self.dialogLayout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(GmailConsentDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.queueLabel.setBuddy(self.queueCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(GmailConsentDialog)
        self.buttonBox.rejected.connect(GmailConsentDialog.reject)

        QMetaObject.connectSlotsByName(GmailConsentDialog)
    # setupUi

    def retranslateUi(self, GmailConsentDialog):
        GmailConsentDialog.setWindowTitle(QCoreApplication.translate("GmailConsentDialog", u"Add Gmail address", None))
        self.introLabel.setText(QCoreApplication.translate("GmailConsentDialog", u"Google's sign-in page opens next: sign in to the Gmail account and allow StringeeX Desktop to read and send its mail. Its inbox then becomes tickets of the queue below. Nothing on the server is ever deleted or marked read.", None))
        self.noClientLabel.setText(QCoreApplication.translate("GmailConsentDialog", u"No Google OAuth client is imported yet: Gmail addresses sign in through the portal's own client (a \"Desktop app\" client_secret.json).", None))
        self.importClientButton.setText(QCoreApplication.translate("GmailConsentDialog", u"&Import client\u2026", None))
        self.queueLabel.setText(QCoreApplication.translate("GmailConsentDialog", u"&Queue:", None))
        self.queueCombo.setPlaceholderText(QCoreApplication.translate("GmailConsentDialog", u"Take one among queues", None))
        self.onlineCheck.setText(QCoreApplication.translate("GmailConsentDialog", u"&Prioritize online agent", None))
        self.importLabel.setText(QCoreApplication.translate("GmailConsentDialog", u"Import:", None))
        self.everythingRadio.setText(QCoreApplication.translate("GmailConsentDialog", u"&Everything in the inbox", None))
        self.recentRadio.setText(QCoreApplication.translate("GmailConsentDialog", u"Only the &last", None))
#if QT_CONFIG(accessibility)
        self.daysSpin.setAccessibleName(QCoreApplication.translate("GmailConsentDialog", u"Days of mail to import", None))
#endif // QT_CONFIG(accessibility)
        self.daysLabel.setText(QCoreApplication.translate("GmailConsentDialog", u"days", None))
        self.webHint.setText(QCoreApplication.translate("GmailConsentDialog", u"Sign in to the Gmail account and allow access. If Google refuses this window, the sign-in continues in your web browser.", None))
        self.refusalLabel.setText(QCoreApplication.translate("GmailConsentDialog", u"Google does not allow signing in inside this window (\"This browser or app may not be secure\"), so the sign-in continues in your web browser.", None))
        self.waitingLabel.setText(QCoreApplication.translate("GmailConsentDialog", u"Waiting for you to allow access in your browser\u2026", None))
        self.reopenButton.setText(QCoreApplication.translate("GmailConsentDialog", u"Open the &browser again", None))
        self.browserHint.setText(QCoreApplication.translate("GmailConsentDialog", u"When your browser shows \"You can close this window\", this dialog closes by itself and the address is listed.", None))
    # retranslateUi

