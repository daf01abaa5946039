# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'portal_setup_dialog.ui'
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
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_PortalSetupDialog(object):
    def setupUi(self, PortalSetupDialog):
        if not PortalSetupDialog.objectName():
            PortalSetupDialog.setObjectName(u"PortalSetupDialog")
        PortalSetupDialog.resize(520, 250)
        self.dialogLayout = QVBoxLayout(PortalSetupDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(PortalSetupDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setVerticalSpacing(6)
        self.domainLabel = QLabel(PortalSetupDialog)
        self.domainLabel.setObjectName(u"domainLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.domainLabel)

        self.domainEdit = QLineEdit(PortalSetupDialog)
        self.domainEdit.setObjectName(u"domainEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.domainEdit)

        self.domainError = QLabel(PortalSetupDialog)
        self.domainError.setObjectName(u"domainError")
        self.domainError.setText(u"")
        self.domainError.setTextFormat(Qt.TextFormat.PlainText)
        self.domainError.setWordWrap(True)
        self.domainError.setProperty(u"role", u"error")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.domainError)

        self.nameLabel = QLabel(PortalSetupDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(PortalSetupDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.nameError = QLabel(PortalSetupDialog)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setText(u"")
        self.nameError.setTextFormat(Qt.TextFormat.PlainText)
        self.nameError.setWordWrap(True)
        self.nameError.setProperty(u"role", u"error")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.nameError)

        self.emailLabel = QLabel(PortalSetupDialog)
        self.emailLabel.setObjectName(u"emailLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(PortalSetupDialog)
        self.emailEdit.setObjectName(u"emailEdit")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.emailError = QLabel(PortalSetupDialog)
        self.emailError.setObjectName(u"emailError")
        self.emailError.setText(u"")
        self.emailError.setTextFormat(Qt.TextFormat.PlainText)
        self.emailError.setWordWrap(True)
        self.emailError.setProperty(u"role", u"error")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.emailError)


        self.dialogLayout.addLayout(self.form)

        self.formError = QLabel(PortalSetupDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setText(u"")
        self.formError.setTextFormat(Qt.TextFormat.PlainText)
        self.formError.setWordWrap(True)
        self.formError.setProperty(u"role", u"error")

        self.dialogLayout.addWidget(self.formError)

        self.bottomSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(PortalSetupDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.domainLabel.setBuddy(self.domainEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.emailLabel.setBuddy(self.emailEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.domainEdit, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.emailEdit)

        self.retranslateUi(PortalSetupDialog)
        self.buttonBox.rejected.connect(PortalSetupDialog.reject)

        QMetaObject.connectSlotsByName(PortalSetupDialog)
    # setupUi

    def retranslateUi(self, PortalSetupDialog):
        PortalSetupDialog.setWindowTitle(QCoreApplication.translate("PortalSetupDialog", u"Set up the portal", None))
        self.introLabel.setText(QCoreApplication.translate("PortalSetupDialog", u"Welcome to StringeeX Desktop. Choose the portal's domain: every internal email address ends with it. Then name the portal's first admin, the account this desktop signs in as.", None))
        self.domainLabel.setText(QCoreApplication.translate("PortalSetupDialog", u"&Domain:", None))
        self.domainEdit.setPlaceholderText(QCoreApplication.translate("PortalSetupDialog", u"acme.stringeex.local", None))
        self.nameLabel.setText(QCoreApplication.translate("PortalSetupDialog", u"Admin &full name:", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("PortalSetupDialog", u"Jane Doe", None))
        self.emailLabel.setText(QCoreApplication.translate("PortalSetupDialog", u"Admin &email:", None))
        self.emailEdit.setPlaceholderText(QCoreApplication.translate("PortalSetupDialog", u"jane@acme.example", None))
    # retranslateUi

