# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ticket_pane.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QSplitter, QStackedWidget, QVBoxLayout, QWidget)

class Ui_TicketPane(object):
    def setupUi(self, TicketPane):
        if not TicketPane.objectName():
            TicketPane.setObjectName(u"TicketPane")
        TicketPane.resize(640, 600)
        self.paneLayout = QVBoxLayout(TicketPane)
        self.paneLayout.setSpacing(0)
        self.paneLayout.setObjectName(u"paneLayout")
        self.paneLayout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget(TicketPane)
        self.stack.setObjectName(u"stack")
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyLayout = QVBoxLayout(self.emptyPage)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyLabel = QLabel(self.emptyPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyLabel.setWordWrap(True)
        self.emptyLabel.setProperty(u"role", u"empty")

        self.emptyLayout.addWidget(self.emptyLabel)

        self.stack.addWidget(self.emptyPage)
        self.ticketPage = QWidget()
        self.ticketPage.setObjectName(u"ticketPage")
        self.ticketLayout = QVBoxLayout(self.ticketPage)
        self.ticketLayout.setSpacing(0)
        self.ticketLayout.setObjectName(u"ticketLayout")
        self.ticketLayout.setContentsMargins(0, 0, 0, 0)
        self.ticketHeader = QFrame(self.ticketPage)
        self.ticketHeader.setObjectName(u"ticketHeader")
        self.headerLayout = QVBoxLayout(self.ticketHeader)
        self.headerLayout.setSpacing(4)
        self.headerLayout.setObjectName(u"headerLayout")
        self.headerLayout.setContentsMargins(14, 10, 14, 10)
        self.serialRow = QHBoxLayout()
        self.serialRow.setObjectName(u"serialRow")
        self.serialLabel = QLabel(self.ticketHeader)
        self.serialLabel.setObjectName(u"serialLabel")
        self.serialLabel.setText(u"#000000")
        self.serialLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.serialRow.addWidget(self.serialLabel)

        self.statusBadge = QLabel(self.ticketHeader)
        self.statusBadge.setObjectName(u"statusBadge")
        self.statusBadge.setText(u"New")
        self.statusBadge.setProperty(u"role", u"badge")

        self.serialRow.addWidget(self.statusBadge)

        self.serialSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.serialRow.addItem(self.serialSpacer)

        self.createdLabel = QLabel(self.ticketHeader)
        self.createdLabel.setObjectName(u"createdLabel")
        self.createdLabel.setText(u"")
        self.createdLabel.setProperty(u"role", u"hint")

        self.serialRow.addWidget(self.createdLabel)


        self.headerLayout.addLayout(self.serialRow)

        self.subjectLabel = QLabel(self.ticketHeader)
        self.subjectLabel.setObjectName(u"subjectLabel")
        self.subjectLabel.setText(u"")
        self.subjectLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.subjectLabel.setWordWrap(True)
        self.subjectLabel.setWordWrap(True)
        self.subjectLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.headerLayout.addWidget(self.subjectLabel)

        self.metaLabel = QLabel(self.ticketHeader)
        self.metaLabel.setObjectName(u"metaLabel")
        self.metaLabel.setText(u"")
        self.metaLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.metaLabel.setWordWrap(True)
        self.metaLabel.setWordWrap(True)
        self.metaLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.headerLayout.addWidget(self.metaLabel)

        self.controlsHost = QWidget(self.ticketHeader)
        self.controlsHost.setObjectName(u"controlsHost")

        self.headerLayout.addWidget(self.controlsHost)

        self.headerError = QLabel(self.ticketHeader)
        self.headerError.setObjectName(u"headerError")
        self.headerError.setText(u"")
        self.headerError.setTextFormat(Qt.TextFormat.PlainText)
        self.headerError.setWordWrap(True)
        self.headerError.setWordWrap(True)
        self.headerError.setProperty(u"role", u"error")

        self.headerLayout.addWidget(self.headerError)


        self.ticketLayout.addWidget(self.ticketHeader)

        self.threadSplitter = QSplitter(self.ticketPage)
        self.threadSplitter.setObjectName(u"threadSplitter")
        self.threadSplitter.setOrientation(Qt.Orientation.Vertical)
        self.threadSplitter.setChildrenCollapsible(False)
        self.threadArea = QScrollArea(self.threadSplitter)
        self.threadArea.setObjectName(u"threadArea")
        self.threadArea.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.threadArea.setFrameShape(QFrame.Shape.NoFrame)
        self.threadArea.setWidgetResizable(True)
        self.threadContents = QWidget()
        self.threadContents.setObjectName(u"threadContents")
        self.threadContents.setGeometry(QRect(0, 0, 640, 520))
        self.threadLayout = QVBoxLayout(self.threadContents)
        self.threadLayout.setSpacing(10)
        self.threadLayout.setObjectName(u"threadLayout")
        self.threadLayout.setContentsMargins(12, 12, 12, 12)
        self.olderButton = QPushButton(self.threadContents)
        self.olderButton.setObjectName(u"olderButton")
        self.olderButton.setText(u"")
        self.olderButton.setFlat(True)

        self.threadLayout.addWidget(self.olderButton)

        self.threadArea.setWidget(self.threadContents)
        self.threadSplitter.addWidget(self.threadArea)

        self.ticketLayout.addWidget(self.threadSplitter)

        self.composerBar = QFrame(self.ticketPage)
        self.composerBar.setObjectName(u"composerBar")
        self.composerBarLayout = QHBoxLayout(self.composerBar)
        self.composerBarLayout.setSpacing(8)
        self.composerBarLayout.setObjectName(u"composerBarLayout")
        self.composerBarLayout.setContentsMargins(12, 6, 12, 6)
        self.replyButton = QPushButton(self.composerBar)
        self.replyButton.setObjectName(u"replyButton")
        self.replyButton.setCheckable(True)

        self.composerBarLayout.addWidget(self.replyButton)

        self.noteButton = QPushButton(self.composerBar)
        self.noteButton.setObjectName(u"noteButton")
        self.noteButton.setCheckable(True)

        self.composerBarLayout.addWidget(self.noteButton)

        self.composingLabel = QLabel(self.composerBar)
        self.composingLabel.setObjectName(u"composingLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.composingLabel.sizePolicy().hasHeightForWidth())
        self.composingLabel.setSizePolicy(sizePolicy)
        self.composingLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.composingLabel.setWordWrap(True)
        self.composingLabel.setProperty(u"role", u"warning")

        self.composerBarLayout.addWidget(self.composingLabel)

        self.composerBarSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.composerBarLayout.addItem(self.composerBarSpacer)

        self.draftLabel = QLabel(self.composerBar)
        self.draftLabel.setObjectName(u"draftLabel")
        self.draftLabel.setProperty(u"role", u"hint")

        self.composerBarLayout.addWidget(self.draftLabel)

        self.hideComposerButton = QPushButton(self.composerBar)
        self.hideComposerButton.setObjectName(u"hideComposerButton")

        self.composerBarLayout.addWidget(self.hideComposerButton)


        self.ticketLayout.addWidget(self.composerBar)

        self.stack.addWidget(self.ticketPage)

        self.paneLayout.addWidget(self.stack)


        self.retranslateUi(TicketPane)

        self.stack.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(TicketPane)
    # setupUi

    def retranslateUi(self, TicketPane):
        self.emptyLabel.setText(QCoreApplication.translate("TicketPane", u"Select a ticket to read its messages.", None))
#if QT_CONFIG(accessibility)
        self.controlsHost.setAccessibleName(QCoreApplication.translate("TicketPane", u"Ticket fields", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.olderButton.setToolTip(QCoreApplication.translate("TicketPane", u"Show the whole conversation", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.replyButton.setToolTip(QCoreApplication.translate("TicketPane", u"Write a reply to the customer (R)", None))
#endif // QT_CONFIG(tooltip)
        self.replyButton.setText(QCoreApplication.translate("TicketPane", u"Reply", None))
#if QT_CONFIG(tooltip)
        self.noteButton.setToolTip(QCoreApplication.translate("TicketPane", u"Write an internal note, seen by agents only (N)", None))
#endif // QT_CONFIG(tooltip)
        self.noteButton.setText(QCoreApplication.translate("TicketPane", u"Note", None))
#if QT_CONFIG(tooltip)
        self.composingLabel.setToolTip(QCoreApplication.translate("TicketPane", u"Other agents writing on this ticket now: answer after them, or talk first", None))
#endif // QT_CONFIG(tooltip)
        self.draftLabel.setText(QCoreApplication.translate("TicketPane", u"Draft kept", None))
#if QT_CONFIG(tooltip)
        self.hideComposerButton.setToolTip(QCoreApplication.translate("TicketPane", u"Hide the composer; what you wrote is kept", None))
#endif // QT_CONFIG(tooltip)
        self.hideComposerButton.setText(QCoreApplication.translate("TicketPane", u"Hide", None))
        pass
    # retranslateUi

