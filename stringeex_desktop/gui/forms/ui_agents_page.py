# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'agents_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)
from . import resources_rc

class Ui_AgentsPage(object):
    def setupUi(self, AgentsPage):
        if not AgentsPage.objectName():
            AgentsPage.setObjectName(u"AgentsPage")
        AgentsPage.resize(760, 520)
        self.pageLayout = QVBoxLayout(AgentsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(0, 0, 0, 0)
        self.titleLabel = QLabel(AgentsPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"pageTitle")

        self.pageLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(AgentsPage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setProperty(u"role", u"hint")

        self.pageLayout.addWidget(self.introLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.addAgentButton = QPushButton(AgentsPage)
        self.addAgentButton.setObjectName(u"addAgentButton")
        icon = QIcon()
        icon.addFile(u":/icons/add.svg", QSize(), QIcon.Mode.Normal, QIcon.State.Off)
        self.addAgentButton.setIcon(icon)
        self.addAgentButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.addAgentButton)

        self.editAgentButton = QPushButton(AgentsPage)
        self.editAgentButton.setObjectName(u"editAgentButton")
        self.editAgentButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.editAgentButton)

        self.buttonSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)


        self.pageLayout.addLayout(self.buttonRow)

        self.errorLabel = QLabel(AgentsPage)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"role", u"error")

        self.pageLayout.addWidget(self.errorLabel)

        self.agentView = QTableView(AgentsPage)
        self.agentView.setObjectName(u"agentView")
        self.agentView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.agentView.setAlternatingRowColors(True)
        self.agentView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.agentView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.agentView.setShowGrid(False)
        self.agentView.horizontalHeader().setHighlightSections(False)
        self.agentView.horizontalHeader().setStretchLastSection(True)
        self.agentView.verticalHeader().setVisible(False)

        self.pageLayout.addWidget(self.agentView)

        QWidget.setTabOrder(self.addAgentButton, self.agentView)

        self.retranslateUi(AgentsPage)

        QMetaObject.connectSlotsByName(AgentsPage)
    # setupUi

    def retranslateUi(self, AgentsPage):
        self.titleLabel.setText(QCoreApplication.translate("AgentsPage", u"Agents", None))
        self.introLabel.setText(QCoreApplication.translate("AgentsPage", u"Admins manage the portal and everyone; supervisors manage email addresses, queues and all tickets; agents work the tickets of their queues.", None))
        self.addAgentButton.setText(QCoreApplication.translate("AgentsPage", u"&Add agent\u2026", None))
#if QT_CONFIG(tooltip)
        self.editAgentButton.setToolTip(QCoreApplication.translate("AgentsPage", u"Change the selected agent's name, role, queues or whether they are active (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.editAgentButton.setText(QCoreApplication.translate("AgentsPage", u"&Edit\u2026", None))
        pass
    # retranslateUi

