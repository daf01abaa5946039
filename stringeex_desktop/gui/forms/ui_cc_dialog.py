# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'cc_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_CcDialog(object):
    def setupUi(self, CcDialog):
        if not CcDialog.objectName():
            CcDialog.setObjectName(u"CcDialog")
        CcDialog.resize(440, 340)
        self.dialogLayout = QVBoxLayout(CcDialog)
        self.dialogLayout.setSpacing(8)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(CcDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.ccList = QListWidget(CcDialog)
        self.ccList.setObjectName(u"ccList")
        self.ccList.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

        self.dialogLayout.addWidget(self.ccList)

        self.addRow = QHBoxLayout()
        self.addRow.setObjectName(u"addRow")
        self.addLabel = QLabel(CcDialog)
        self.addLabel.setObjectName(u"addLabel")

        self.addRow.addWidget(self.addLabel)

        self.addressEdit = QLineEdit(CcDialog)
        self.addressEdit.setObjectName(u"addressEdit")

        self.addRow.addWidget(self.addressEdit)

        self.addButton = QPushButton(CcDialog)
        self.addButton.setObjectName(u"addButton")

        self.addRow.addWidget(self.addButton)

        self.removeButton = QPushButton(CcDialog)
        self.removeButton.setObjectName(u"removeButton")

        self.addRow.addWidget(self.removeButton)


        self.dialogLayout.addLayout(self.addRow)

        self.errorLabel = QLabel(CcDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"role", u"error")

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(CcDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.addLabel.setBuddy(self.addressEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.addressEdit, self.addButton)
        QWidget.setTabOrder(self.addButton, self.ccList)
        QWidget.setTabOrder(self.ccList, self.removeButton)

        self.retranslateUi(CcDialog)
        self.buttonBox.rejected.connect(CcDialog.reject)

        QMetaObject.connectSlotsByName(CcDialog)
    # setupUi

    def retranslateUi(self, CcDialog):
        CcDialog.setWindowTitle(QCoreApplication.translate("CcDialog", u"CCs of the ticket", None))
        self.introLabel.setText(QCoreApplication.translate("CcDialog", u"Every reply to this ticket is copied to these addresses. Changes are saved at once.", None))
#if QT_CONFIG(accessibility)
        self.ccList.setAccessibleName(QCoreApplication.translate("CcDialog", u"CCs", None))
#endif // QT_CONFIG(accessibility)
        self.addLabel.setText(QCoreApplication.translate("CcDialog", u"&Address:", None))
        self.addressEdit.setPlaceholderText(QCoreApplication.translate("CcDialog", u"Name <name@example.com>", None))
        self.addButton.setText(QCoreApplication.translate("CcDialog", u"A&dd", None))
        self.removeButton.setText(QCoreApplication.translate("CcDialog", u"&Remove", None))
    # retranslateUi

