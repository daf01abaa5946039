# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'canned_picker.ui'
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
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_CannedPicker(object):
    def setupUi(self, CannedPicker):
        if not CannedPicker.objectName():
            CannedPicker.setObjectName(u"CannedPicker")
        CannedPicker.resize(560, 420)
        self.pickerLayout = QVBoxLayout(CannedPicker)
        self.pickerLayout.setObjectName(u"pickerLayout")
        self.searchEdit = QLineEdit(CannedPicker)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.pickerLayout.addWidget(self.searchEdit)

        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.cannedList = QListWidget(CannedPicker)
        self.cannedList.setObjectName(u"cannedList")

        self.columns.addWidget(self.cannedList)

        self.previewEdit = QPlainTextEdit(CannedPicker)
        self.previewEdit.setObjectName(u"previewEdit")
        self.previewEdit.setReadOnly(True)
        self.previewEdit.setTabChangesFocus(True)

        self.columns.addWidget(self.previewEdit)

        self.columns.setStretch(0, 2)
        self.columns.setStretch(1, 3)

        self.pickerLayout.addLayout(self.columns)

        self.emptyLabel = QLabel(CannedPicker)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setText(u"")
        self.emptyLabel.setWordWrap(True)
        self.emptyLabel.setProperty(u"role", u"hint")

        self.pickerLayout.addWidget(self.emptyLabel)

        self.buttonBox = QDialogButtonBox(CannedPicker)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.pickerLayout.addWidget(self.buttonBox)

        QWidget.setTabOrder(self.searchEdit, self.cannedList)
        QWidget.setTabOrder(self.cannedList, self.previewEdit)

        self.retranslateUi(CannedPicker)
        self.buttonBox.accepted.connect(CannedPicker.accept)
        self.buttonBox.rejected.connect(CannedPicker.reject)

        QMetaObject.connectSlotsByName(CannedPicker)
    # setupUi

    def retranslateUi(self, CannedPicker):
        CannedPicker.setWindowTitle(QCoreApplication.translate("CannedPicker", u"Insert a canned reply", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("CannedPicker", u"Search titles and text", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("CannedPicker", u"Search canned replies", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.cannedList.setAccessibleName(QCoreApplication.translate("CannedPicker", u"Canned replies", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.previewEdit.setAccessibleName(QCoreApplication.translate("CannedPicker", u"How it will read", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

