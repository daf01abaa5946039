# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'gmail_email_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_GmailEmailDialog(object):
    def setupUi(self, GmailEmailDialog):
        if not GmailEmailDialog.objectName():
            GmailEmailDialog.setObjectName(u"GmailEmailDialog")
        GmailEmailDialog.resize(500, 300)
        self.dialogLayout = QVBoxLayout(GmailEmailDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setVerticalSpacing(6)
        self.emailLabel = QLabel(GmailEmailDialog)
        self.emailLabel.setObjectName(u"emailLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.addressLabel = QLabel(GmailEmailDialog)
        self.addressLabel.setObjectName(u"addressLabel")
        self.addressLabel.setText(u"")
        self.addressLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.addressLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.addressLabel)

        self.activeCheck = QCheckBox(GmailEmailDialog)
        self.activeCheck.setObjectName(u"activeCheck")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.activeCheck)

        self.queueLabel = QLabel(GmailEmailDialog)
        self.queueLabel.setObjectName(u"queueLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.queueLabel)

        self.queueCombo = QComboBox(GmailEmailDialog)
        self.queueCombo.setObjectName(u"queueCombo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.queueCombo)

        self.queueError = QLabel(GmailEmailDialog)
        self.queueError.setObjectName(u"queueError")
        self.queueError.setText(u"")
        self.queueError.setTextFormat(Qt.TextFormat.PlainText)
        self.queueError.setWordWrap(True)
        self.queueError.setProperty(u"role", u"error")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.queueError)

        self.onlineCheck = QCheckBox(GmailEmailDialog)
        self.onlineCheck.setObjectName(u"onlineCheck")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.onlineCheck)

        self.healthTitle = QLabel(GmailEmailDialog)
        self.healthTitle.setObjectName(u"healthTitle")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.healthTitle)

        self.healthRow = QHBoxLayout()
        self.healthRow.setObjectName(u"healthRow")
        self.healthLabel = QLabel(GmailEmailDialog)
        self.healthLabel.setObjectName(u"healthLabel")
        self.healthLabel.setText(u"")
        self.healthLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.healthRow.addWidget(self.healthLabel)

        self.healthSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.healthRow.addItem(self.healthSpacer)

        self.reauthButton = QPushButton(GmailEmailDialog)
        self.reauthButton.setObjectName(u"reauthButton")
        self.reauthButton.setAutoDefault(False)

        self.healthRow.addWidget(self.reauthButton)


        self.form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.healthRow)

        self.healthDetail = QLabel(GmailEmailDialog)
        self.healthDetail.setObjectName(u"healthDetail")
        self.healthDetail.setText(u"")
        self.healthDetail.setTextFormat(Qt.TextFormat.PlainText)
        self.healthDetail.setWordWrap(True)
        self.healthDetail.setProperty(u"role", u"error")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.healthDetail)


        self.dialogLayout.addLayout(self.form)

        self.formError = QLabel(GmailEmailDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setText(u"")
        self.formError.setTextFormat(Qt.TextFormat.PlainText)
        self.formError.setWordWrap(True)
        self.formError.setProperty(u"role", u"error")

        self.dialogLayout.addWidget(self.formError)

        self.bottomSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(GmailEmailDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.queueLabel.setBuddy(self.queueCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(GmailEmailDialog)
        self.buttonBox.rejected.connect(GmailEmailDialog.reject)

        QMetaObject.connectSlotsByName(GmailEmailDialog)
    # setupUi

    def retranslateUi(self, GmailEmailDialog):
        GmailEmailDialog.setWindowTitle(QCoreApplication.translate("GmailEmailDialog", u"Update Gmail", None))
        self.emailLabel.setText(QCoreApplication.translate("GmailEmailDialog", u"Email:", None))
        self.activeCheck.setText(QCoreApplication.translate("GmailEmailDialog", u"&Active (inactive: its mail is not synced and replies cannot use it)", None))
        self.queueLabel.setText(QCoreApplication.translate("GmailEmailDialog", u"Select &queue:", None))
        self.queueCombo.setPlaceholderText(QCoreApplication.translate("GmailEmailDialog", u"Take one among queues", None))
        self.onlineCheck.setText(QCoreApplication.translate("GmailEmailDialog", u"&Prioritize online agent", None))
        self.healthTitle.setText(QCoreApplication.translate("GmailEmailDialog", u"Health:", None))
        self.reauthButton.setText(QCoreApplication.translate("GmailEmailDialog", u"&Re-authorize\u2026", None))
    # retranslateUi

