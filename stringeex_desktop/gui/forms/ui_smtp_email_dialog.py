# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'smtp_email_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QProgressBar, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_SmtpEmailDialog(object):
    def setupUi(self, SmtpEmailDialog):
        if not SmtpEmailDialog.objectName():
            SmtpEmailDialog.setObjectName(u"SmtpEmailDialog")
        SmtpEmailDialog.resize(560, 600)
        self.dialogLayout = QVBoxLayout(SmtpEmailDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(SmtpEmailDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setProperty(u"role", u"hint")

        self.dialogLayout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setVerticalSpacing(6)
        self.emailLabel = QLabel(SmtpEmailDialog)
        self.emailLabel.setObjectName(u"emailLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(SmtpEmailDialog)
        self.emailEdit.setObjectName(u"emailEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.emailError = QLabel(SmtpEmailDialog)
        self.emailError.setObjectName(u"emailError")
        self.emailError.setText(u"")
        self.emailError.setTextFormat(Qt.TextFormat.PlainText)
        self.emailError.setWordWrap(True)
        self.emailError.setProperty(u"role", u"error")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.emailError)

        self.signInCheck = QCheckBox(SmtpEmailDialog)
        self.signInCheck.setObjectName(u"signInCheck")
        self.signInCheck.setChecked(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.signInCheck)

        self.passwordLabel = QLabel(SmtpEmailDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(SmtpEmailDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.passwordError = QLabel(SmtpEmailDialog)
        self.passwordError.setObjectName(u"passwordError")
        self.passwordError.setText(u"")
        self.passwordError.setTextFormat(Qt.TextFormat.PlainText)
        self.passwordError.setWordWrap(True)
        self.passwordError.setProperty(u"role", u"error")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.passwordError)

        self.hostLabel = QLabel(SmtpEmailDialog)
        self.hostLabel.setObjectName(u"hostLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.hostLabel)

        self.hostEdit = QLineEdit(SmtpEmailDialog)
        self.hostEdit.setObjectName(u"hostEdit")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.hostEdit)

        self.hostError = QLabel(SmtpEmailDialog)
        self.hostError.setObjectName(u"hostError")
        self.hostError.setText(u"")
        self.hostError.setTextFormat(Qt.TextFormat.PlainText)
        self.hostError.setWordWrap(True)
        self.hostError.setProperty(u"role", u"error")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.hostError)

        self.portLabel = QLabel(SmtpEmailDialog)
        self.portLabel.setObjectName(u"portLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.portLabel)

        self.portSpin = QSpinBox(SmtpEmailDialog)
        self.portSpin.setObjectName(u"portSpin")
        self.portSpin.setMinimum(0)
        self.portSpin.setMaximum(99999)
        self.portSpin.setValue(587)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.portSpin)

        self.portError = QLabel(SmtpEmailDialog)
        self.portError.setObjectName(u"portError")
        self.portError.setText(u"")
        self.portError.setTextFormat(Qt.TextFormat.PlainText)
        self.portError.setWordWrap(True)
        self.portError.setProperty(u"role", u"error")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.portError)

        self.securityLabel = QLabel(SmtpEmailDialog)
        self.securityLabel.setObjectName(u"securityLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.securityLabel)

        self.securityCombo = QComboBox(SmtpEmailDialog)
        self.securityCombo.setObjectName(u"securityCombo")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.securityCombo)

        self.securityError = QLabel(SmtpEmailDialog)
        self.securityError.setObjectName(u"securityError")
        self.securityError.setText(u"")
        self.securityError.setTextFormat(Qt.TextFormat.PlainText)
        self.securityError.setWordWrap(True)
        self.securityError.setProperty(u"role", u"error")

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.securityError)

        self.usernameLabel = QLabel(SmtpEmailDialog)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.usernameEdit = QLineEdit(SmtpEmailDialog)
        self.usernameEdit.setObjectName(u"usernameEdit")

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.usernameEdit)

        self.usernameError = QLabel(SmtpEmailDialog)
        self.usernameError.setObjectName(u"usernameError")
        self.usernameError.setText(u"")
        self.usernameError.setTextFormat(Qt.TextFormat.PlainText)
        self.usernameError.setWordWrap(True)
        self.usernameError.setProperty(u"role", u"error")

        self.form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.usernameError)

        self.nameLabel = QLabel(SmtpEmailDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(13, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(SmtpEmailDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.form.setWidget(13, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.nameError = QLabel(SmtpEmailDialog)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setText(u"")
        self.nameError.setTextFormat(Qt.TextFormat.PlainText)
        self.nameError.setWordWrap(True)
        self.nameError.setProperty(u"role", u"error")

        self.form.setWidget(14, QFormLayout.ItemRole.FieldRole, self.nameError)

        self.activeCheck = QCheckBox(SmtpEmailDialog)
        self.activeCheck.setObjectName(u"activeCheck")
        self.activeCheck.setChecked(True)

        self.form.setWidget(15, QFormLayout.ItemRole.FieldRole, self.activeCheck)


        self.dialogLayout.addLayout(self.form)

        self.testRow = QHBoxLayout()
        self.testRow.setObjectName(u"testRow")
        self.testButton = QPushButton(SmtpEmailDialog)
        self.testButton.setObjectName(u"testButton")
        self.testButton.setAutoDefault(False)

        self.testRow.addWidget(self.testButton)

        self.busyBar = QProgressBar(SmtpEmailDialog)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximumSize(QSize(90, 12))
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.testRow.addWidget(self.busyBar)

        self.testSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.testRow.addItem(self.testSpacer)


        self.dialogLayout.addLayout(self.testRow)

        self.resultLabel = QLabel(SmtpEmailDialog)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setText(u"")
        self.resultLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.resultLabel.setWordWrap(True)
        self.resultLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.resultLabel)

        self.forwardGroup = QGroupBox(SmtpEmailDialog)
        self.forwardGroup.setObjectName(u"forwardGroup")
        self.forwardLayout = QVBoxLayout(self.forwardGroup)
        self.forwardLayout.setObjectName(u"forwardLayout")
        self.forwardLabel = QLabel(self.forwardGroup)
        self.forwardLabel.setObjectName(u"forwardLabel")
        self.forwardLabel.setText(u"")
        self.forwardLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.forwardLabel.setWordWrap(True)

        self.forwardLayout.addWidget(self.forwardLabel)

        self.forwardRow = QHBoxLayout()
        self.forwardRow.setObjectName(u"forwardRow")
        self.internalList = QListWidget(self.forwardGroup)
        self.internalList.setObjectName(u"internalList")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.internalList.sizePolicy().hasHeightForWidth())
        self.internalList.setSizePolicy(sizePolicy)
        self.internalList.setMaximumSize(QSize(16777215, 72))

        self.forwardRow.addWidget(self.internalList)

        self.copyButton = QPushButton(self.forwardGroup)
        self.copyButton.setObjectName(u"copyButton")
        self.copyButton.setAutoDefault(False)

        self.forwardRow.addWidget(self.copyButton, 0, Qt.AlignmentFlag.AlignTop)


        self.forwardLayout.addLayout(self.forwardRow)


        self.dialogLayout.addWidget(self.forwardGroup)

        self.formError = QLabel(SmtpEmailDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setText(u"")
        self.formError.setTextFormat(Qt.TextFormat.PlainText)
        self.formError.setWordWrap(True)
        self.formError.setProperty(u"role", u"error")

        self.dialogLayout.addWidget(self.formError)

        self.bottomSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(SmtpEmailDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.emailLabel.setBuddy(self.emailEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.hostLabel.setBuddy(self.hostEdit)
        self.portLabel.setBuddy(self.portSpin)
        self.securityLabel.setBuddy(self.securityCombo)
        self.usernameLabel.setBuddy(self.usernameEdit)
        self.nameLabel.setBuddy(self.nameEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.emailEdit, self.signInCheck)
        QWidget.setTabOrder(self.signInCheck, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.hostEdit)
        QWidget.setTabOrder(self.hostEdit, self.portSpin)
        QWidget.setTabOrder(self.portSpin, self.securityCombo)
        QWidget.setTabOrder(self.securityCombo, self.usernameEdit)
        QWidget.setTabOrder(self.usernameEdit, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.activeCheck)
        QWidget.setTabOrder(self.activeCheck, self.testButton)
        QWidget.setTabOrder(self.testButton, self.internalList)
        QWidget.setTabOrder(self.internalList, self.copyButton)

        self.retranslateUi(SmtpEmailDialog)
        self.buttonBox.rejected.connect(SmtpEmailDialog.reject)

        QMetaObject.connectSlotsByName(SmtpEmailDialog)
    # setupUi

    def retranslateUi(self, SmtpEmailDialog):
        SmtpEmailDialog.setWindowTitle(QCoreApplication.translate("SmtpEmailDialog", u"SMTP email", None))
        self.introLabel.setText(QCoreApplication.translate("SmtpEmailDialog", u"For an email server that provides SMTP (Gmail, Outlook, your company's own\u2026). Agents' replies to customers leave through it.", None))
        self.emailLabel.setText(QCoreApplication.translate("SmtpEmailDialog", u"&Email:", None))
        self.emailEdit.setPlaceholderText(QCoreApplication.translate("SmtpEmailDialog", u"sales@example.com", None))
#if QT_CONFIG(tooltip)
        self.emailEdit.setToolTip(QCoreApplication.translate("SmtpEmailDialog", u"The address agents reply from, e.g. a Gmail or Outlook address", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.signInCheck.setToolTip(QCoreApplication.translate("SmtpEmailDialog", u"Most servers need a sign-in; uncheck it only for a server that accepts mail from this computer without one", None))
#endif // QT_CONFIG(tooltip)
        self.signInCheck.setText(QCoreApplication.translate("SmtpEmailDialog", u"S&ign in with a password", None))
        self.passwordLabel.setText(QCoreApplication.translate("SmtpEmailDialog", u"&Password:", None))
#if QT_CONFIG(tooltip)
        self.passwordEdit.setToolTip(QCoreApplication.translate("SmtpEmailDialog", u"Kept in the system keyring, never in the app's database. Gmail and Outlook want an app password here.", None))
#endif // QT_CONFIG(tooltip)
        self.hostLabel.setText(QCoreApplication.translate("SmtpEmailDialog", u"&Host:", None))
        self.hostEdit.setPlaceholderText(QCoreApplication.translate("SmtpEmailDialog", u"smtp.example.com", None))
        self.portLabel.setText(QCoreApplication.translate("SmtpEmailDialog", u"P&ort:", None))
#if QT_CONFIG(tooltip)
        self.portSpin.setToolTip(QCoreApplication.translate("SmtpEmailDialog", u"587 or 25: STARTTLS; 465: TLS from the start", None))
#endif // QT_CONFIG(tooltip)
        self.securityLabel.setText(QCoreApplication.translate("SmtpEmailDialog", u"Se&curity:", None))
#if QT_CONFIG(tooltip)
        self.securityCombo.setToolTip(QCoreApplication.translate("SmtpEmailDialog", u"Follows the port until you choose; STARTTLS, when chosen, is required and never skipped", None))
#endif // QT_CONFIG(tooltip)
        self.usernameLabel.setText(QCoreApplication.translate("SmtpEmailDialog", u"&Username:", None))
        self.usernameEdit.setPlaceholderText(QCoreApplication.translate("SmtpEmailDialog", u"Same as the email", None))
        self.nameLabel.setText(QCoreApplication.translate("SmtpEmailDialog", u"&Name:", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("SmtpEmailDialog", u"Optional: the sender's name customers see, e.g. Acme Sales", None))
#if QT_CONFIG(tooltip)
        self.activeCheck.setToolTip(QCoreApplication.translate("SmtpEmailDialog", u"An inactive address sends no replies; tickets that reply from it ask for another", None))
#endif // QT_CONFIG(tooltip)
        self.activeCheck.setText(QCoreApplication.translate("SmtpEmailDialog", u"Acti&ve", None))
#if QT_CONFIG(tooltip)
        self.testButton.setToolTip(QCoreApplication.translate("SmtpEmailDialog", u"Connect, secure the connection and sign in, without saving anything", None))
#endif // QT_CONFIG(tooltip)
        self.testButton.setText(QCoreApplication.translate("SmtpEmailDialog", u"&Test connection", None))
        self.forwardGroup.setTitle(QCoreApplication.translate("SmtpEmailDialog", u"Receiving customers' replies", None))
#if QT_CONFIG(accessibility)
        self.internalList.setAccessibleName(QCoreApplication.translate("SmtpEmailDialog", u"Internal emails to forward to", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.copyButton.setToolTip(QCoreApplication.translate("SmtpEmailDialog", u"Copy the selected internal email, to paste it into the mail server's forwarding setting", None))
#endif // QT_CONFIG(tooltip)
        self.copyButton.setText(QCoreApplication.translate("SmtpEmailDialog", u"Cop&y address", None))
    # retranslateUi

