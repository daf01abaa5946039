# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'add_agent_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_AddAgentDialog(object):
    def setupUi(self, AddAgentDialog):
        if not AddAgentDialog.objectName():
            AddAgentDialog.setObjectName(u"AddAgentDialog")
        AddAgentDialog.resize(500, 380)
        self.dialogLayout = QVBoxLayout(AddAgentDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(AddAgentDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setVerticalSpacing(6)
        self.emailLabel = QLabel(AddAgentDialog)
        self.emailLabel.setObjectName(u"emailLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(AddAgentDialog)
        self.emailEdit.setObjectName(u"emailEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.emailError = QLabel(AddAgentDialog)
        self.emailError.setObjectName(u"emailError")
        self.emailError.setText(u"")
        self.emailError.setTextFormat(Qt.TextFormat.PlainText)
        self.emailError.setWordWrap(True)
        self.emailError.setProperty(u"role", u"error")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.emailError)

        self.nameLabel = QLabel(AddAgentDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(AddAgentDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.nameError = QLabel(AddAgentDialog)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setText(u"")
        self.nameError.setTextFormat(Qt.TextFormat.PlainText)
        self.nameError.setWordWrap(True)
        self.nameError.setProperty(u"role", u"error")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.nameError)

        self.roleLabel = QLabel(AddAgentDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(AddAgentDialog)
        self.roleCombo.setObjectName(u"roleCombo")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.roleError = QLabel(AddAgentDialog)
        self.roleError.setObjectName(u"roleError")
        self.roleError.setText(u"")
        self.roleError.setTextFormat(Qt.TextFormat.PlainText)
        self.roleError.setWordWrap(True)
        self.roleError.setProperty(u"role", u"error")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.roleError)

        self.queuesLabel = QLabel(AddAgentDialog)
        self.queuesLabel.setObjectName(u"queuesLabel")
        self.queuesLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.queuesLabel)

        self.queueList = QListWidget(AddAgentDialog)
        self.queueList.setObjectName(u"queueList")
        self.queueList.setMinimumSize(QSize(0, 120))

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.queueList)

        self.queuesError = QLabel(AddAgentDialog)
        self.queuesError.setObjectName(u"queuesError")
        self.queuesError.setText(u"")
        self.queuesError.setTextFormat(Qt.TextFormat.PlainText)
        self.queuesError.setWordWrap(True)
        self.queuesError.setProperty(u"role", u"error")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.queuesError)

        self.activeCheck = QCheckBox(AddAgentDialog)
        self.activeCheck.setObjectName(u"activeCheck")
        self.activeCheck.setChecked(True)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.activeCheck)


        self.dialogLayout.addLayout(self.form)

        self.formError = QLabel(AddAgentDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setText(u"")
        self.formError.setTextFormat(Qt.TextFormat.PlainText)
        self.formError.setWordWrap(True)
        self.formError.setProperty(u"role", u"error")

        self.dialogLayout.addWidget(self.formError)

        self.bottomSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(AddAgentDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.emailLabel.setBuddy(self.emailEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.roleLabel.setBuddy(self.roleCombo)
        self.queuesLabel.setBuddy(self.queueList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.emailEdit, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.roleCombo)
        QWidget.setTabOrder(self.roleCombo, self.queueList)

        self.retranslateUi(AddAgentDialog)
        self.buttonBox.rejected.connect(AddAgentDialog.reject)

        QMetaObject.connectSlotsByName(AddAgentDialog)
    # setupUi

    def retranslateUi(self, AddAgentDialog):
        AddAgentDialog.setWindowTitle(QCoreApplication.translate("AddAgentDialog", u"Add agent", None))
        self.introLabel.setText(QCoreApplication.translate("AddAgentDialog", u"The agent works the tickets of the checked queues. Only admins add agents.", None))
        self.emailLabel.setText(QCoreApplication.translate("AddAgentDialog", u"&Email:", None))
        self.emailEdit.setPlaceholderText(QCoreApplication.translate("AddAgentDialog", u"agent@acme.example", None))
        self.nameLabel.setText(QCoreApplication.translate("AddAgentDialog", u"&Full name:", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("AddAgentDialog", u"Alex Nguyen", None))
        self.roleLabel.setText(QCoreApplication.translate("AddAgentDialog", u"&Role:", None))
        self.queuesLabel.setText(QCoreApplication.translate("AddAgentDialog", u"&Queues:", None))
#if QT_CONFIG(tooltip)
        self.activeCheck.setToolTip(QCoreApplication.translate("AddAgentDialog", u"A deactivated agent cannot sign in, go online or be assigned tickets; their open tickets go back to routing", None))
#endif // QT_CONFIG(tooltip)
        self.activeCheck.setText(QCoreApplication.translate("AddAgentDialog", u"&Active", None))
    # retranslateUi

