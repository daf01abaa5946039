# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'team_store_page.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_TeamStorePage(object):
    def setupUi(self, TeamStorePage):
        if not TeamStorePage.objectName():
            TeamStorePage.setObjectName(u"TeamStorePage")
        TeamStorePage.resize(760, 620)
        self.pageLayout = QVBoxLayout(TeamStorePage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(0, 0, 0, 0)
        self.titleLabel = QLabel(TeamStorePage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"pageTitle")

        self.pageLayout.addWidget(self.titleLabel)

        self.currentLabel = QLabel(TeamStorePage)
        self.currentLabel.setObjectName(u"currentLabel")
        self.currentLabel.setWordWrap(True)
        self.currentLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.pageLayout.addWidget(self.currentLabel)

        self.connectionGroup = QGroupBox(TeamStorePage)
        self.connectionGroup.setObjectName(u"connectionGroup")
        self.connectionForm = QFormLayout(self.connectionGroup)
        self.connectionForm.setObjectName(u"connectionForm")
        self.connectionForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.connectionHint = QLabel(self.connectionGroup)
        self.connectionHint.setObjectName(u"connectionHint")
        self.connectionHint.setWordWrap(True)
        self.connectionHint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.connectionHint.setProperty(u"role", u"hint")

        self.connectionForm.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.connectionHint)

        self.hostLabel = QLabel(self.connectionGroup)
        self.hostLabel.setObjectName(u"hostLabel")

        self.connectionForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.hostLabel)

        self.hostEdit = QLineEdit(self.connectionGroup)
        self.hostEdit.setObjectName(u"hostEdit")

        self.connectionForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.hostEdit)

        self.portLabel = QLabel(self.connectionGroup)
        self.portLabel.setObjectName(u"portLabel")

        self.connectionForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.portLabel)

        self.portSpin = QSpinBox(self.connectionGroup)
        self.portSpin.setObjectName(u"portSpin")
        self.portSpin.setMinimum(1)
        self.portSpin.setMaximum(65535)
        self.portSpin.setValue(5432)

        self.connectionForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.portSpin)

        self.databaseLabel = QLabel(self.connectionGroup)
        self.databaseLabel.setObjectName(u"databaseLabel")

        self.connectionForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.databaseLabel)

        self.databaseEdit = QLineEdit(self.connectionGroup)
        self.databaseEdit.setObjectName(u"databaseEdit")

        self.connectionForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.databaseEdit)

        self.userLabel = QLabel(self.connectionGroup)
        self.userLabel.setObjectName(u"userLabel")

        self.connectionForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.userLabel)

        self.userEdit = QLineEdit(self.connectionGroup)
        self.userEdit.setObjectName(u"userEdit")

        self.connectionForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.userEdit)

        self.passwordLabel = QLabel(self.connectionGroup)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.connectionForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(self.connectionGroup)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.connectionForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.tlsLabel = QLabel(self.connectionGroup)
        self.tlsLabel.setObjectName(u"tlsLabel")

        self.connectionForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.tlsLabel)

        self.tlsCombo = QComboBox(self.connectionGroup)
        self.tlsCombo.setObjectName(u"tlsCombo")

        self.connectionForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.tlsCombo)

        self.testRow = QHBoxLayout()
        self.testRow.setObjectName(u"testRow")
        self.testRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.testRow.addItem(self.testRowSpacer)

        self.testButton = QPushButton(self.connectionGroup)
        self.testButton.setObjectName(u"testButton")

        self.testRow.addWidget(self.testButton)


        self.connectionForm.setLayout(7, QFormLayout.ItemRole.SpanningRole, self.testRow)

        self.testResultLabel = QLabel(self.connectionGroup)
        self.testResultLabel.setObjectName(u"testResultLabel")
        self.testResultLabel.setWordWrap(True)
        self.testResultLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.connectionForm.setWidget(8, QFormLayout.ItemRole.SpanningRole, self.testResultLabel)


        self.pageLayout.addWidget(self.connectionGroup)

        self.keyGroup = QGroupBox(TeamStorePage)
        self.keyGroup.setObjectName(u"keyGroup")
        self.keyForm = QFormLayout(self.keyGroup)
        self.keyForm.setObjectName(u"keyForm")
        self.keyForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.keyHint = QLabel(self.keyGroup)
        self.keyHint.setObjectName(u"keyHint")
        self.keyHint.setWordWrap(True)
        self.keyHint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.keyHint.setProperty(u"role", u"hint")

        self.keyForm.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.keyHint)

        self.keyLabel = QLabel(self.keyGroup)
        self.keyLabel.setObjectName(u"keyLabel")

        self.keyForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.keyLabel)

        self.keyEdit = QLineEdit(self.keyGroup)
        self.keyEdit.setObjectName(u"keyEdit")
        self.keyEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.keyForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.keyEdit)

        self.keyRow = QHBoxLayout()
        self.keyRow.setObjectName(u"keyRow")
        self.keyRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.keyRow.addItem(self.keyRowSpacer)

        self.createButton = QPushButton(self.keyGroup)
        self.createButton.setObjectName(u"createButton")

        self.keyRow.addWidget(self.createButton)

        self.joinButton = QPushButton(self.keyGroup)
        self.joinButton.setObjectName(u"joinButton")

        self.keyRow.addWidget(self.joinButton)


        self.keyForm.setLayout(2, QFormLayout.ItemRole.SpanningRole, self.keyRow)

        self.keyResultLabel = QLabel(self.keyGroup)
        self.keyResultLabel.setObjectName(u"keyResultLabel")
        self.keyResultLabel.setWordWrap(True)
        self.keyResultLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.keyForm.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.keyResultLabel)

        self.newKeyEdit = QLineEdit(self.keyGroup)
        self.newKeyEdit.setObjectName(u"newKeyEdit")
        self.newKeyEdit.setReadOnly(True)

        self.keyForm.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.newKeyEdit)


        self.pageLayout.addWidget(self.keyGroup)

        self.useRow = QHBoxLayout()
        self.useRow.setObjectName(u"useRow")
        self.useRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.useRow.addItem(self.useRowSpacer)

        self.useButton = QPushButton(TeamStorePage)
        self.useButton.setObjectName(u"useButton")

        self.useRow.addWidget(self.useButton)

        self.localButton = QPushButton(TeamStorePage)
        self.localButton.setObjectName(u"localButton")

        self.useRow.addWidget(self.localButton)


        self.pageLayout.addLayout(self.useRow)

        self.useResultLabel = QLabel(TeamStorePage)
        self.useResultLabel.setObjectName(u"useResultLabel")
        self.useResultLabel.setWordWrap(True)
        self.useResultLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.pageLayout.addWidget(self.useResultLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pageLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.hostLabel.setBuddy(self.hostEdit)
        self.portLabel.setBuddy(self.portSpin)
        self.databaseLabel.setBuddy(self.databaseEdit)
        self.userLabel.setBuddy(self.userEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.tlsLabel.setBuddy(self.tlsCombo)
        self.keyLabel.setBuddy(self.keyEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.hostEdit, self.portSpin)
        QWidget.setTabOrder(self.portSpin, self.databaseEdit)
        QWidget.setTabOrder(self.databaseEdit, self.userEdit)
        QWidget.setTabOrder(self.userEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.tlsCombo)
        QWidget.setTabOrder(self.tlsCombo, self.testButton)
        QWidget.setTabOrder(self.testButton, self.keyEdit)
        QWidget.setTabOrder(self.keyEdit, self.createButton)
        QWidget.setTabOrder(self.createButton, self.joinButton)
        QWidget.setTabOrder(self.joinButton, self.newKeyEdit)
        QWidget.setTabOrder(self.newKeyEdit, self.useButton)
        QWidget.setTabOrder(self.useButton, self.localButton)

        self.retranslateUi(TeamStorePage)

        QMetaObject.connectSlotsByName(TeamStorePage)
    # setupUi

    def retranslateUi(self, TeamStorePage):
        self.titleLabel.setText(QCoreApplication.translate("TeamStorePage", u"Team store", None))
        self.currentLabel.setText("")
        self.connectionGroup.setTitle(QCoreApplication.translate("TeamStorePage", u"PostgreSQL", None))
        self.connectionHint.setText(QCoreApplication.translate("TeamStorePage", u"Leave these empty to work on this computer's own store. A team shares one PostgreSQL database: ask its admin for these, or make an empty database of its own and create the team store in it.", None))
        self.hostLabel.setText(QCoreApplication.translate("TeamStorePage", u"&Host:", None))
        self.hostEdit.setPlaceholderText(QCoreApplication.translate("TeamStorePage", u"db.example.com", None))
        self.portLabel.setText(QCoreApplication.translate("TeamStorePage", u"P&ort:", None))
        self.databaseLabel.setText(QCoreApplication.translate("TeamStorePage", u"&Database:", None))
        self.databaseEdit.setPlaceholderText(QCoreApplication.translate("TeamStorePage", u"helpdesk", None))
        self.userLabel.setText(QCoreApplication.translate("TeamStorePage", u"&User:", None))
        self.userEdit.setPlaceholderText(QCoreApplication.translate("TeamStorePage", u"stringeex", None))
        self.passwordLabel.setText(QCoreApplication.translate("TeamStorePage", u"Pass&word:", None))
        self.passwordEdit.setPlaceholderText(QCoreApplication.translate("TeamStorePage", u"kept in this computer's keyring", None))
        self.tlsLabel.setText(QCoreApplication.translate("TeamStorePage", u"&TLS:", None))
        self.testButton.setText(QCoreApplication.translate("TeamStorePage", u"Test &connection", None))
        self.testResultLabel.setText("")
        self.keyGroup.setTitle(QCoreApplication.translate("TeamStorePage", u"Team key", None))
        self.keyHint.setText(QCoreApplication.translate("TeamStorePage", u"Secrets every computer needs (relay and SMTP passwords, Gmail sign-ins) are kept in the team store, sealed with the team key. Creating the store shows its key once; each computer joins with it.", None))
        self.keyLabel.setText(QCoreApplication.translate("TeamStorePage", u"Team &key:", None))
        self.keyEdit.setPlaceholderText(QCoreApplication.translate("TeamStorePage", u"43 letters, digits, - and _", None))
        self.createButton.setText(QCoreApplication.translate("TeamStorePage", u"C&reate team store", None))
        self.joinButton.setText(QCoreApplication.translate("TeamStorePage", u"&Join with key", None))
        self.keyResultLabel.setText("")
#if QT_CONFIG(accessibility)
        self.newKeyEdit.setAccessibleName(QCoreApplication.translate("TeamStorePage", u"New team key", None))
#endif // QT_CONFIG(accessibility)
        self.useButton.setText(QCoreApplication.translate("TeamStorePage", u"&Use on next start", None))
        self.localButton.setText(QCoreApplication.translate("TeamStorePage", u"Use this computer's &own store", None))
        self.useResultLabel.setText("")
        pass
    # retranslateUi

