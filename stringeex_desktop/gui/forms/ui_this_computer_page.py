# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'this_computer_page.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_ThisComputerPage(object):
    def setupUi(self, ThisComputerPage):
        if not ThisComputerPage.objectName():
            ThisComputerPage.setObjectName(u"ThisComputerPage")
        ThisComputerPage.resize(760, 520)
        self.pageLayout = QVBoxLayout(ThisComputerPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(0, 0, 0, 0)
        self.titleLabel = QLabel(ThisComputerPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"pageTitle")

        self.pageLayout.addWidget(self.titleLabel)

        self.listenerGroup = QGroupBox(ThisComputerPage)
        self.listenerGroup.setObjectName(u"listenerGroup")
        self.listenerForm = QFormLayout(self.listenerGroup)
        self.listenerForm.setObjectName(u"listenerForm")
        self.listenerForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.listenerHint = QLabel(self.listenerGroup)
        self.listenerHint.setObjectName(u"listenerHint")
        self.listenerHint.setWordWrap(True)
        self.listenerHint.setProperty(u"role", u"hint")

        self.listenerForm.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.listenerHint)

        self.smtpHostLabel = QLabel(self.listenerGroup)
        self.smtpHostLabel.setObjectName(u"smtpHostLabel")

        self.listenerForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.smtpHostLabel)

        self.smtpHostEdit = QLineEdit(self.listenerGroup)
        self.smtpHostEdit.setObjectName(u"smtpHostEdit")

        self.listenerForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.smtpHostEdit)

        self.smtpPortLabel = QLabel(self.listenerGroup)
        self.smtpPortLabel.setObjectName(u"smtpPortLabel")

        self.listenerForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.smtpPortLabel)

        self.smtpPortSpin = QSpinBox(self.listenerGroup)
        self.smtpPortSpin.setObjectName(u"smtpPortSpin")
        self.smtpPortSpin.setMinimum(1)
        self.smtpPortSpin.setMaximum(65535)
        self.smtpPortSpin.setValue(2525)

        self.listenerForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.smtpPortSpin)

        self.lmtpCheck = QCheckBox(self.listenerGroup)
        self.lmtpCheck.setObjectName(u"lmtpCheck")

        self.listenerForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.lmtpCheck)

        self.lmtpHostLabel = QLabel(self.listenerGroup)
        self.lmtpHostLabel.setObjectName(u"lmtpHostLabel")

        self.listenerForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.lmtpHostLabel)

        self.lmtpHostEdit = QLineEdit(self.listenerGroup)
        self.lmtpHostEdit.setObjectName(u"lmtpHostEdit")

        self.listenerForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.lmtpHostEdit)

        self.lmtpPortLabel = QLabel(self.listenerGroup)
        self.lmtpPortLabel.setObjectName(u"lmtpPortLabel")

        self.listenerForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.lmtpPortLabel)

        self.lmtpPortSpin = QSpinBox(self.listenerGroup)
        self.lmtpPortSpin.setObjectName(u"lmtpPortSpin")
        self.lmtpPortSpin.setMinimum(1)
        self.lmtpPortSpin.setMaximum(65535)
        self.lmtpPortSpin.setValue(2424)

        self.listenerForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.lmtpPortSpin)


        self.pageLayout.addWidget(self.listenerGroup)

        self.optionsLabel = QLabel(ThisComputerPage)
        self.optionsLabel.setObjectName(u"optionsLabel")
        self.optionsLabel.setText(u"")
        self.optionsLabel.setWordWrap(True)
        self.optionsLabel.setProperty(u"role", u"warning")

        self.pageLayout.addWidget(self.optionsLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.applyButton = QPushButton(ThisComputerPage)
        self.applyButton.setObjectName(u"applyButton")
        self.applyButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.applyButton)


        self.pageLayout.addLayout(self.buttonRow)

        self.resultLabel = QLabel(ThisComputerPage)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setText(u"")
        self.resultLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.resultLabel)

        self.bottomSpacer = QSpacerItem(10, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pageLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.smtpHostLabel.setBuddy(self.smtpHostEdit)
        self.smtpPortLabel.setBuddy(self.smtpPortSpin)
        self.lmtpHostLabel.setBuddy(self.lmtpHostEdit)
        self.lmtpPortLabel.setBuddy(self.lmtpPortSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.smtpHostEdit, self.smtpPortSpin)
        QWidget.setTabOrder(self.smtpPortSpin, self.lmtpCheck)
        QWidget.setTabOrder(self.lmtpCheck, self.lmtpHostEdit)
        QWidget.setTabOrder(self.lmtpHostEdit, self.lmtpPortSpin)
        QWidget.setTabOrder(self.lmtpPortSpin, self.applyButton)

        self.retranslateUi(ThisComputerPage)

        QMetaObject.connectSlotsByName(ThisComputerPage)
    # setupUi

    def retranslateUi(self, ThisComputerPage):
        self.titleLabel.setText(QCoreApplication.translate("ThisComputerPage", u"This computer", None))
        self.listenerGroup.setTitle(QCoreApplication.translate("ThisComputerPage", u"Mail listener", None))
        self.listenerHint.setText(QCoreApplication.translate("ThisComputerPage", u"Mail to internal emails arrives here while this app runs the mail core (not when <code>serve</code> runs it). Listening beyond this computer (0.0.0.0) needs a TLS certificate, which only <code>serve</code> takes.", None))
        self.smtpHostLabel.setText(QCoreApplication.translate("ThisComputerPage", u"SMTP &host:", None))
        self.smtpHostEdit.setPlaceholderText(QCoreApplication.translate("ThisComputerPage", u"127.0.0.1", None))
        self.smtpPortLabel.setText(QCoreApplication.translate("ThisComputerPage", u"SMTP &port:", None))
        self.lmtpCheck.setText(QCoreApplication.translate("ThisComputerPage", u"Also receive over &LMTP (from a local mail server)", None))
        self.lmtpHostLabel.setText(QCoreApplication.translate("ThisComputerPage", u"LMTP h&ost:", None))
        self.lmtpHostEdit.setPlaceholderText(QCoreApplication.translate("ThisComputerPage", u"127.0.0.1", None))
        self.lmtpPortLabel.setText(QCoreApplication.translate("ThisComputerPage", u"LMTP p&ort:", None))
        self.applyButton.setText(QCoreApplication.translate("ThisComputerPage", u"&Apply", None))
        pass
    # retranslateUi

