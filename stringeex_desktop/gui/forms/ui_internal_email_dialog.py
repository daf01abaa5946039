# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'internal_email_dialog.ui'
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
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_InternalEmailDialog(object):
    def setupUi(self, InternalEmailDialog):
        if not InternalEmailDialog.objectName():
            InternalEmailDialog.setObjectName(u"InternalEmailDialog")
        InternalEmailDialog.resize(540, 470)
        self.dialogLayout = QVBoxLayout(InternalEmailDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(InternalEmailDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setProperty(u"role", u"hint")

        self.dialogLayout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setVerticalSpacing(6)
        self.emailLabel = QLabel(InternalEmailDialog)
        self.emailLabel.setObjectName(u"emailLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailRow = QHBoxLayout()
        self.emailRow.setSpacing(4)
        self.emailRow.setObjectName(u"emailRow")
        self.localEdit = QLineEdit(InternalEmailDialog)
        self.localEdit.setObjectName(u"localEdit")

        self.emailRow.addWidget(self.localEdit)

        self.domainLabel = QLabel(InternalEmailDialog)
        self.domainLabel.setObjectName(u"domainLabel")
        self.domainLabel.setText(u"@example.com")
        self.domainLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.emailRow.addWidget(self.domainLabel)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.emailRow)

        self.emailError = QLabel(InternalEmailDialog)
        self.emailError.setObjectName(u"emailError")
        self.emailError.setText(u"")
        self.emailError.setTextFormat(Qt.TextFormat.PlainText)
        self.emailError.setWordWrap(True)
        self.emailError.setProperty(u"role", u"error")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.emailError)

        self.nameLabel = QLabel(InternalEmailDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(InternalEmailDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.nameError = QLabel(InternalEmailDialog)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setText(u"")
        self.nameError.setTextFormat(Qt.TextFormat.PlainText)
        self.nameError.setWordWrap(True)
        self.nameError.setProperty(u"role", u"error")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.nameError)

        self.queueLabel = QLabel(InternalEmailDialog)
        self.queueLabel.setObjectName(u"queueLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.queueLabel)

        self.queueCombo = QComboBox(InternalEmailDialog)
        self.queueCombo.setObjectName(u"queueCombo")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.queueCombo)

        self.queueError = QLabel(InternalEmailDialog)
        self.queueError.setObjectName(u"queueError")
        self.queueError.setText(u"")
        self.queueError.setTextFormat(Qt.TextFormat.PlainText)
        self.queueError.setWordWrap(True)
        self.queueError.setProperty(u"role", u"error")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.queueError)

        self.onlineCheck = QCheckBox(InternalEmailDialog)
        self.onlineCheck.setObjectName(u"onlineCheck")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.onlineCheck)

        self.activeCheck = QCheckBox(InternalEmailDialog)
        self.activeCheck.setObjectName(u"activeCheck")
        self.activeCheck.setChecked(True)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.activeCheck)

        self.autoReplyCheck = QCheckBox(InternalEmailDialog)
        self.autoReplyCheck.setObjectName(u"autoReplyCheck")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.autoReplyCheck)

        self.subjectLabel = QLabel(InternalEmailDialog)
        self.subjectLabel.setObjectName(u"subjectLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.subjectLabel)

        self.subjectEdit = QLineEdit(InternalEmailDialog)
        self.subjectEdit.setObjectName(u"subjectEdit")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.subjectEdit)

        self.contentLabel = QLabel(InternalEmailDialog)
        self.contentLabel.setObjectName(u"contentLabel")
        self.contentLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.contentLabel)

        self.contentEdit = QPlainTextEdit(InternalEmailDialog)
        self.contentEdit.setObjectName(u"contentEdit")
        self.contentEdit.setMinimumSize(QSize(0, 90))
        self.contentEdit.setTabChangesFocus(True)

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.contentEdit)

        self.autoReplyError = QLabel(InternalEmailDialog)
        self.autoReplyError.setObjectName(u"autoReplyError")
        self.autoReplyError.setText(u"")
        self.autoReplyError.setTextFormat(Qt.TextFormat.PlainText)
        self.autoReplyError.setWordWrap(True)
        self.autoReplyError.setProperty(u"role", u"error")

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.autoReplyError)


        self.dialogLayout.addLayout(self.form)

        self.formError = QLabel(InternalEmailDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setText(u"")
        self.formError.setTextFormat(Qt.TextFormat.PlainText)
        self.formError.setWordWrap(True)
        self.formError.setProperty(u"role", u"error")

        self.dialogLayout.addWidget(self.formError)

        self.bottomSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(InternalEmailDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.emailLabel.setBuddy(self.localEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.queueLabel.setBuddy(self.queueCombo)
        self.subjectLabel.setBuddy(self.subjectEdit)
        self.contentLabel.setBuddy(self.contentEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.localEdit, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.queueCombo)
        QWidget.setTabOrder(self.queueCombo, self.onlineCheck)
        QWidget.setTabOrder(self.onlineCheck, self.activeCheck)
        QWidget.setTabOrder(self.activeCheck, self.autoReplyCheck)
        QWidget.setTabOrder(self.autoReplyCheck, self.subjectEdit)
        QWidget.setTabOrder(self.subjectEdit, self.contentEdit)

        self.retranslateUi(InternalEmailDialog)
        self.buttonBox.rejected.connect(InternalEmailDialog.reject)

        QMetaObject.connectSlotsByName(InternalEmailDialog)
    # setupUi

    def retranslateUi(self, InternalEmailDialog):
        InternalEmailDialog.setWindowTitle(QCoreApplication.translate("InternalEmailDialog", u"Internal email", None))
        self.introLabel.setText(QCoreApplication.translate("InternalEmailDialog", u"Email sent to this address from outside becomes a ticket. Agents cannot reply as an internal email; only its auto reply is sent from it.", None))
        self.emailLabel.setText(QCoreApplication.translate("InternalEmailDialog", u"&Email:", None))
        self.localEdit.setPlaceholderText(QCoreApplication.translate("InternalEmailDialog", u"support", None))
#if QT_CONFIG(accessibility)
        self.localEdit.setAccessibleName(QCoreApplication.translate("InternalEmailDialog", u"Email address, the part before the @", None))
#endif // QT_CONFIG(accessibility)
        self.nameLabel.setText(QCoreApplication.translate("InternalEmailDialog", u"&Full name:", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("InternalEmailDialog", u"Acme Support", None))
        self.queueLabel.setText(QCoreApplication.translate("InternalEmailDialog", u"&Queue:", None))
        self.queueCombo.setPlaceholderText(QCoreApplication.translate("InternalEmailDialog", u"Take one among queues", None))
#if QT_CONFIG(tooltip)
        self.onlineCheck.setToolTip(QCoreApplication.translate("InternalEmailDialog", u"New tickets go to online members of the queue first; when nobody is online they wait for the next agent who comes online.", None))
#endif // QT_CONFIG(tooltip)
        self.onlineCheck.setText(QCoreApplication.translate("InternalEmailDialog", u"Assign to &online agents", None))
#if QT_CONFIG(tooltip)
        self.activeCheck.setToolTip(QCoreApplication.translate("InternalEmailDialog", u"An inactive address refuses new mail.", None))
#endif // QT_CONFIG(tooltip)
        self.activeCheck.setText(QCoreApplication.translate("InternalEmailDialog", u"Ac&tive", None))
#if QT_CONFIG(tooltip)
        self.autoReplyCheck.setToolTip(QCoreApplication.translate("InternalEmailDialog", u"Answer the first message of every new ticket automatically (at most once a day per sender).", None))
#endif // QT_CONFIG(tooltip)
        self.autoReplyCheck.setText(QCoreApplication.translate("InternalEmailDialog", u"Auto &reply", None))
        self.subjectLabel.setText(QCoreApplication.translate("InternalEmailDialog", u"&Subject:", None))
        self.subjectEdit.setPlaceholderText(QCoreApplication.translate("InternalEmailDialog", u"We received your email", None))
        self.contentLabel.setText(QCoreApplication.translate("InternalEmailDialog", u"&Content:", None))
        self.contentEdit.setPlaceholderText(QCoreApplication.translate("InternalEmailDialog", u"Thank you for writing to us. An agent will answer soon.", None))
    # retranslateUi

