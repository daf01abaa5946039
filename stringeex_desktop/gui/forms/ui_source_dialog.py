# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'source_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_SourceDialog(object):
    def setupUi(self, SourceDialog):
        if not SourceDialog.objectName():
            SourceDialog.setObjectName(u"SourceDialog")
        SourceDialog.resize(820, 600)
        self.dialogLayout = QVBoxLayout(SourceDialog)
        self.dialogLayout.setSpacing(8)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(SourceDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setText(u"")
        self.introLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.introLabel.setWordWrap(True)
        self.introLabel.setProperty(u"role", u"hint")

        self.dialogLayout.addWidget(self.introLabel)

        self.findRow = QHBoxLayout()
        self.findRow.setSpacing(6)
        self.findRow.setObjectName(u"findRow")
        self.findLabel = QLabel(SourceDialog)
        self.findLabel.setObjectName(u"findLabel")

        self.findRow.addWidget(self.findLabel)

        self.findEdit = QLineEdit(SourceDialog)
        self.findEdit.setObjectName(u"findEdit")
        self.findEdit.setClearButtonEnabled(True)

        self.findRow.addWidget(self.findEdit)

        self.previousButton = QPushButton(SourceDialog)
        self.previousButton.setObjectName(u"previousButton")
        self.previousButton.setAutoDefault(False)

        self.findRow.addWidget(self.previousButton)

        self.nextButton = QPushButton(SourceDialog)
        self.nextButton.setObjectName(u"nextButton")
        self.nextButton.setAutoDefault(False)

        self.findRow.addWidget(self.nextButton)

        self.matchLabel = QLabel(SourceDialog)
        self.matchLabel.setObjectName(u"matchLabel")
        self.matchLabel.setText(u"")
        self.matchLabel.setProperty(u"role", u"hint")

        self.findRow.addWidget(self.matchLabel)

        self.findRow.setStretch(1, 1)

        self.dialogLayout.addLayout(self.findRow)

        self.sourceEdit = QPlainTextEdit(SourceDialog)
        self.sourceEdit.setObjectName(u"sourceEdit")
        self.sourceEdit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.sourceEdit.setReadOnly(True)
        self.sourceEdit.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.sourceEdit)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.errorLabel = QLabel(SourceDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"role", u"error")

        self.buttonRow.addWidget(self.errorLabel)

        self.saveButton = QPushButton(SourceDialog)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.saveButton)

        self.closeButton = QPushButton(SourceDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.closeButton)

        self.buttonRow.setStretch(0, 1)

        self.dialogLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.findLabel.setBuddy(self.findEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.findEdit, self.previousButton)
        QWidget.setTabOrder(self.previousButton, self.nextButton)
        QWidget.setTabOrder(self.nextButton, self.sourceEdit)
        QWidget.setTabOrder(self.sourceEdit, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.closeButton)

        self.retranslateUi(SourceDialog)

        QMetaObject.connectSlotsByName(SourceDialog)
    # setupUi

    def retranslateUi(self, SourceDialog):
        SourceDialog.setWindowTitle(QCoreApplication.translate("SourceDialog", u"Message source", None))
        self.findLabel.setText(QCoreApplication.translate("SourceDialog", u"&Find:", None))
        self.findEdit.setPlaceholderText(QCoreApplication.translate("SourceDialog", u"Text in the headers or body (Ctrl+F)", None))
#if QT_CONFIG(tooltip)
        self.previousButton.setToolTip(QCoreApplication.translate("SourceDialog", u"Previous match (Shift+F3)", None))
#endif // QT_CONFIG(tooltip)
        self.previousButton.setText(QCoreApplication.translate("SourceDialog", u"&Previous", None))
#if QT_CONFIG(tooltip)
        self.nextButton.setToolTip(QCoreApplication.translate("SourceDialog", u"Next match (F3 or Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.nextButton.setText(QCoreApplication.translate("SourceDialog", u"&Next", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("SourceDialog", u"Save the message exactly as received, to open in another mail program", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("SourceDialog", u"&Save as .eml\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("SourceDialog", u"&Close", None))
    # retranslateUi

