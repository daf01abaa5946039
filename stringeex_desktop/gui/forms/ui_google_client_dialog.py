# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'google_client_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_GoogleClientDialog(object):
    def setupUi(self, GoogleClientDialog):
        if not GoogleClientDialog.objectName():
            GoogleClientDialog.setObjectName(u"GoogleClientDialog")
        GoogleClientDialog.resize(540, 300)
        self.dialogLayout = QVBoxLayout(GoogleClientDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(GoogleClientDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.scopeLabel = QLabel(GoogleClientDialog)
        self.scopeLabel.setObjectName(u"scopeLabel")
        self.scopeLabel.setWordWrap(True)
        self.scopeLabel.setProperty(u"role", u"hint")

        self.dialogLayout.addWidget(self.scopeLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.clientLabel = QLabel(GoogleClientDialog)
        self.clientLabel.setObjectName(u"clientLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.clientLabel)

        self.clientIdLabel = QLabel(GoogleClientDialog)
        self.clientIdLabel.setObjectName(u"clientIdLabel")
        self.clientIdLabel.setText(u"")
        self.clientIdLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.clientIdLabel.setWordWrap(True)
        self.clientIdLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.clientIdLabel)


        self.dialogLayout.addLayout(self.form)

        self.importRow = QHBoxLayout()
        self.importRow.setObjectName(u"importRow")
        self.importButton = QPushButton(GoogleClientDialog)
        self.importButton.setObjectName(u"importButton")
        self.importButton.setAutoDefault(False)

        self.importRow.addWidget(self.importButton)

        self.importSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.importRow.addItem(self.importSpacer)


        self.dialogLayout.addLayout(self.importRow)

        self.resultLabel = QLabel(GoogleClientDialog)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setText(u"")
        self.resultLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.resultLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.resultLabel)

        self.bottomSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(GoogleClientDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(GoogleClientDialog)
        self.buttonBox.rejected.connect(GoogleClientDialog.reject)

        QMetaObject.connectSlotsByName(GoogleClientDialog)
    # setupUi

    def retranslateUi(self, GoogleClientDialog):
        GoogleClientDialog.setWindowTitle(QCoreApplication.translate("GoogleClientDialog", u"Google OAuth client", None))
        self.introLabel.setText(QCoreApplication.translate("GoogleClientDialog", u"Gmail addresses sign in through the portal's own Google OAuth client. In the Google Cloud console (APIs & Services \u2192 Credentials), create an OAuth client ID of type \"Desktop app\" and download its JSON file.", None))
        self.scopeLabel.setText(QCoreApplication.translate("GoogleClientDialog", u"Reading and sending mail needs the scope https://mail.google.com/, which Google restricts: until Google has verified the app, only the test users named on its consent screen can allow it.", None))
        self.clientLabel.setText(QCoreApplication.translate("GoogleClientDialog", u"Imported client:", None))
        self.importButton.setText(QCoreApplication.translate("GoogleClientDialog", u"&Import client_secret.json\u2026", None))
    # retranslateUi

