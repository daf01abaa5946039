# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
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
    QHBoxLayout, QListWidget, QListWidgetItem, QSizePolicy,
    QStackedWidget, QVBoxLayout, QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(960, 600)
        self.dialogLayout = QVBoxLayout(SettingsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setSpacing(12)
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.pageList = QListWidget(SettingsDialog)
        QListWidgetItem(self.pageList)
        QListWidgetItem(self.pageList)
        QListWidgetItem(self.pageList)
        QListWidgetItem(self.pageList)
        QListWidgetItem(self.pageList)
        QListWidgetItem(self.pageList)
        QListWidgetItem(self.pageList)
        QListWidgetItem(self.pageList)
        QListWidgetItem(self.pageList)
        self.pageList.setObjectName(u"pageList")
        self.pageList.setMinimumSize(QSize(170, 0))
        self.pageList.setMaximumSize(QSize(200, 16777215))

        self.bodyLayout.addWidget(self.pageList)

        self.pageStack = QStackedWidget(SettingsDialog)
        self.pageStack.setObjectName(u"pageStack")

        self.bodyLayout.addWidget(self.pageStack)


        self.dialogLayout.addLayout(self.bodyLayout)

        self.buttonBox = QDialogButtonBox(SettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(SettingsDialog)
        self.buttonBox.rejected.connect(SettingsDialog.reject)
        self.pageList.currentRowChanged.connect(self.pageStack.setCurrentIndex)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Settings", None))

        __sortingEnabled = self.pageList.isSortingEnabled()
        self.pageList.setSortingEnabled(False)
        ___qlistwidgetitem = self.pageList.item(0)
        ___qlistwidgetitem.setText(QCoreApplication.translate("SettingsDialog", u"Email channel", None))
        ___qlistwidgetitem1 = self.pageList.item(1)
        ___qlistwidgetitem1.setText(QCoreApplication.translate("SettingsDialog", u"Queues", None))
        ___qlistwidgetitem2 = self.pageList.item(2)
        ___qlistwidgetitem2.setText(QCoreApplication.translate("SettingsDialog", u"Agents", None))
        ___qlistwidgetitem3 = self.pageList.item(3)
        ___qlistwidgetitem3.setText(QCoreApplication.translate("SettingsDialog", u"Portal", None))
        ___qlistwidgetitem4 = self.pageList.item(4)
        ___qlistwidgetitem4.setText(QCoreApplication.translate("SettingsDialog", u"This computer", None))
        ___qlistwidgetitem5 = self.pageList.item(5)
        ___qlistwidgetitem5.setText(QCoreApplication.translate("SettingsDialog", u"You", None))
        ___qlistwidgetitem6 = self.pageList.item(6)
        ___qlistwidgetitem6.setText(QCoreApplication.translate("SettingsDialog", u"Canned replies", None))
        ___qlistwidgetitem7 = self.pageList.item(7)
        ___qlistwidgetitem7.setText(QCoreApplication.translate("SettingsDialog", u"Remote content", None))
        ___qlistwidgetitem8 = self.pageList.item(8)
        ___qlistwidgetitem8.setText(QCoreApplication.translate("SettingsDialog", u"Team store", None))
        self.pageList.setSortingEnabled(__sortingEnabled)

#if QT_CONFIG(accessibility)
        self.pageList.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Settings pages", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

