# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'outbox_view.ui'
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
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_OutboxView(object):
    def setupUi(self, OutboxView):
        if not OutboxView.objectName():
            OutboxView.setObjectName(u"OutboxView")
        OutboxView.resize(900, 420)
        self.viewLayout = QVBoxLayout(OutboxView)
        self.viewLayout.setSpacing(8)
        self.viewLayout.setObjectName(u"viewLayout")
        self.introLabel = QLabel(OutboxView)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setProperty(u"role", u"hint")

        self.viewLayout.addWidget(self.introLabel)

        self.outboxView = QTableView(OutboxView)
        self.outboxView.setObjectName(u"outboxView")
        self.outboxView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.outboxView.setAlternatingRowColors(True)
        self.outboxView.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.outboxView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.outboxView.setShowGrid(False)
        self.outboxView.setWordWrap(False)
        self.outboxView.horizontalHeader().setHighlightSections(False)
        self.outboxView.horizontalHeader().setStretchLastSection(True)
        self.outboxView.verticalHeader().setVisible(False)

        self.viewLayout.addWidget(self.outboxView)

        self.detailLabel = QLabel(OutboxView)
        self.detailLabel.setObjectName(u"detailLabel")
        self.detailLabel.setText(u"")
        self.detailLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.detailLabel.setWordWrap(True)
        self.detailLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.viewLayout.addWidget(self.detailLabel)

        self.emptyLabel = QLabel(OutboxView)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyLabel.setProperty(u"role", u"empty")

        self.viewLayout.addWidget(self.emptyLabel)

        self.errorLabel = QLabel(OutboxView)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"role", u"error")

        self.viewLayout.addWidget(self.errorLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.retryButton = QPushButton(OutboxView)
        self.retryButton.setObjectName(u"retryButton")
        self.retryButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.retryButton)

        self.retryAllButton = QPushButton(OutboxView)
        self.retryAllButton.setObjectName(u"retryAllButton")
        self.retryAllButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.retryAllButton)

        self.openButton = QPushButton(OutboxView)
        self.openButton.setObjectName(u"openButton")
        self.openButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.openButton)

        self.buttonSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.buttonBox = QDialogButtonBox(OutboxView)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttonRow.addWidget(self.buttonBox)


        self.viewLayout.addLayout(self.buttonRow)

        QWidget.setTabOrder(self.outboxView, self.retryButton)
        QWidget.setTabOrder(self.retryButton, self.retryAllButton)
        QWidget.setTabOrder(self.retryAllButton, self.openButton)

        self.retranslateUi(OutboxView)
        self.buttonBox.rejected.connect(OutboxView.reject)

        QMetaObject.connectSlotsByName(OutboxView)
    # setupUi

    def retranslateUi(self, OutboxView):
        OutboxView.setWindowTitle(QCoreApplication.translate("OutboxView", u"Outbox", None))
        self.introLabel.setText(QCoreApplication.translate("OutboxView", u"Replies and auto replies waiting to be sent, or that could not be sent. Sent mail leaves this list; a failed one stays until you retry it.", None))
        self.emptyLabel.setText(QCoreApplication.translate("OutboxView", u"Nothing is waiting to be sent.", None))
#if QT_CONFIG(tooltip)
        self.retryButton.setToolTip(QCoreApplication.translate("OutboxView", u"Queue the selected failed messages again; they are sent at once", None))
#endif // QT_CONFIG(tooltip)
        self.retryButton.setText(QCoreApplication.translate("OutboxView", u"&Retry", None))
        self.retryAllButton.setText(QCoreApplication.translate("OutboxView", u"Retry &all failed", None))
#if QT_CONFIG(tooltip)
        self.openButton.setToolTip(QCoreApplication.translate("OutboxView", u"Show the ticket of the selected message in the main window (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.openButton.setText(QCoreApplication.translate("OutboxView", u"&Open ticket", None))
    # retranslateUi

