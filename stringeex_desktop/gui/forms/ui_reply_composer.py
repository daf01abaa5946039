# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reply_composer.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFormLayout,
    QFrame, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPlainTextEdit, QProgressBar,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_ReplyComposer(object):
    def setupUi(self, ReplyComposer):
        if not ReplyComposer.objectName():
            ReplyComposer.setObjectName(u"ReplyComposer")
        ReplyComposer.resize(640, 300)
        self.composerLayout = QVBoxLayout(ReplyComposer)
        self.composerLayout.setSpacing(6)
        self.composerLayout.setObjectName(u"composerLayout")
        self.composerLayout.setContentsMargins(12, 8, 12, 10)
        self.promptLabel = QLabel(ReplyComposer)
        self.promptLabel.setObjectName(u"promptLabel")
        self.promptLabel.setText(u"")
        self.promptLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.promptLabel.setWordWrap(True)
        self.promptLabel.setProperty(u"role", u"warning")

        self.composerLayout.addWidget(self.promptLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setVerticalSpacing(4)
        self.fromLabel = QLabel(ReplyComposer)
        self.fromLabel.setObjectName(u"fromLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fromLabel)

        self.fromCombo = QComboBox(ReplyComposer)
        self.fromCombo.setObjectName(u"fromCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.fromCombo)

        self.toLabel = QLabel(ReplyComposer)
        self.toLabel.setObjectName(u"toLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.toLabel)

        self.toEdit = QLineEdit(ReplyComposer)
        self.toEdit.setObjectName(u"toEdit")
        self.toEdit.setReadOnly(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.toEdit)

        self.ccLabel = QLabel(ReplyComposer)
        self.ccLabel.setObjectName(u"ccLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.ccLabel)

        self.ccEdit = QLineEdit(ReplyComposer)
        self.ccEdit.setObjectName(u"ccEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.ccEdit)

        self.ccHint = QLabel(ReplyComposer)
        self.ccHint.setObjectName(u"ccHint")
        self.ccHint.setText(u"")
        self.ccHint.setTextFormat(Qt.TextFormat.PlainText)
        self.ccHint.setWordWrap(True)
        self.ccHint.setProperty(u"role", u"hint")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.ccHint)


        self.composerLayout.addLayout(self.form)

        self.bodyEdit = QPlainTextEdit(ReplyComposer)
        self.bodyEdit.setObjectName(u"bodyEdit")
        self.bodyEdit.setMinimumSize(QSize(0, 80))
        self.bodyEdit.setTabChangesFocus(True)

        self.composerLayout.addWidget(self.bodyEdit)

        self.attachmentList = QListWidget(ReplyComposer)
        self.attachmentList.setObjectName(u"attachmentList")
        self.attachmentList.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

        self.composerLayout.addWidget(self.attachmentList)

        self.errorLabel = QLabel(ReplyComposer)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.errorLabel.setProperty(u"role", u"error")

        self.composerLayout.addWidget(self.errorLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setSpacing(6)
        self.buttonRow.setObjectName(u"buttonRow")
        self.attachButton = QPushButton(ReplyComposer)
        self.attachButton.setObjectName(u"attachButton")
        self.attachButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.attachButton)

        self.removeButton = QPushButton(ReplyComposer)
        self.removeButton.setObjectName(u"removeButton")
        self.removeButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.removeButton)

        self.sizeLabel = QLabel(ReplyComposer)
        self.sizeLabel.setObjectName(u"sizeLabel")
        self.sizeLabel.setText(u"")
        self.sizeLabel.setProperty(u"role", u"hint")

        self.buttonRow.addWidget(self.sizeLabel)

        self.buttonSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.busyBar = QProgressBar(ReplyComposer)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximumSize(QSize(80, 12))
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.buttonRow.addWidget(self.busyBar)

        self.noteButton = QPushButton(ReplyComposer)
        self.noteButton.setObjectName(u"noteButton")
        self.noteButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.noteButton)

        self.sendButton = QPushButton(ReplyComposer)
        self.sendButton.setObjectName(u"sendButton")
        self.sendButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.sendButton)


        self.composerLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.fromLabel.setBuddy(self.fromCombo)
        self.toLabel.setBuddy(self.toEdit)
        self.ccLabel.setBuddy(self.ccEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fromCombo, self.toEdit)
        QWidget.setTabOrder(self.toEdit, self.ccEdit)
        QWidget.setTabOrder(self.ccEdit, self.bodyEdit)
        QWidget.setTabOrder(self.bodyEdit, self.attachmentList)
        QWidget.setTabOrder(self.attachmentList, self.attachButton)
        QWidget.setTabOrder(self.attachButton, self.removeButton)
        QWidget.setTabOrder(self.removeButton, self.noteButton)
        QWidget.setTabOrder(self.noteButton, self.sendButton)

        self.retranslateUi(ReplyComposer)

        QMetaObject.connectSlotsByName(ReplyComposer)
    # setupUi

    def retranslateUi(self, ReplyComposer):
        self.fromLabel.setText(QCoreApplication.translate("ReplyComposer", u"Fr&om:", None))
#if QT_CONFIG(tooltip)
        self.fromCombo.setToolTip(QCoreApplication.translate("ReplyComposer", u"The SMTP email or Gmail the reply leaves through; the choice is kept for this ticket", None))
#endif // QT_CONFIG(tooltip)
        self.fromCombo.setPlaceholderText(QCoreApplication.translate("ReplyComposer", u"Choose the address to reply from\u2026", None))
        self.toLabel.setText(QCoreApplication.translate("ReplyComposer", u"To:", None))
#if QT_CONFIG(tooltip)
        self.toEdit.setToolTip(QCoreApplication.translate("ReplyComposer", u"A reply goes to the ticket's requester", None))
#endif // QT_CONFIG(tooltip)
        self.ccLabel.setText(QCoreApplication.translate("ReplyComposer", u"&Cc:", None))
        self.ccEdit.setPlaceholderText(QCoreApplication.translate("ReplyComposer", u"More recipients, separated by commas", None))
#if QT_CONFIG(accessibility)
        self.bodyEdit.setAccessibleName(QCoreApplication.translate("ReplyComposer", u"Reply text", None))
#endif // QT_CONFIG(accessibility)
        self.bodyEdit.setPlaceholderText(QCoreApplication.translate("ReplyComposer", u"Write your reply\u2026 (Ctrl+Enter sends it)", None))
#if QT_CONFIG(accessibility)
        self.attachmentList.setAccessibleName(QCoreApplication.translate("ReplyComposer", u"Attachments", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.attachButton.setToolTip(QCoreApplication.translate("ReplyComposer", u"Attach files to the reply (25 MB in all at most)", None))
#endif // QT_CONFIG(tooltip)
        self.attachButton.setText(QCoreApplication.translate("ReplyComposer", u"Attach f&iles\u2026", None))
#if QT_CONFIG(tooltip)
        self.removeButton.setToolTip(QCoreApplication.translate("ReplyComposer", u"Remove the selected attachments (Delete)", None))
#endif // QT_CONFIG(tooltip)
        self.removeButton.setText(QCoreApplication.translate("ReplyComposer", u"Re&move", None))
#if QT_CONFIG(tooltip)
        self.noteButton.setToolTip(QCoreApplication.translate("ReplyComposer", u"Add the text to the ticket for agents only; it is never sent", None))
#endif // QT_CONFIG(tooltip)
        self.noteButton.setText(QCoreApplication.translate("ReplyComposer", u"Internal &note", None))
#if QT_CONFIG(tooltip)
        self.sendButton.setToolTip(QCoreApplication.translate("ReplyComposer", u"Send the reply to the requester and Cc (Ctrl+Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.sendButton.setText(QCoreApplication.translate("ReplyComposer", u"&Send", None))
        pass
    # retranslateUi

