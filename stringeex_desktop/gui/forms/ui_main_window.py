# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFrame,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QMainWindow, QMenu, QMenuBar, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QStatusBar,
    QTableView, QToolBar, QVBoxLayout, QWidget)
from . import resources_rc

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1200, 760)
        self.actionSettings = QAction(MainWindow)
        self.actionSettings.setObjectName(u"actionSettings")
        icon = QIcon()
        icon.addFile(u":/icons/settings.svg", QSize(), QIcon.Mode.Normal, QIcon.State.Off)
        self.actionSettings.setIcon(icon)
        self.actionSettings.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.actionQuit.setMenuRole(QAction.MenuRole.QuitRole)
        self.actionFind = QAction(MainWindow)
        self.actionFind.setObjectName(u"actionFind")
        icon1 = QIcon()
        icon1.addFile(u":/icons/search.svg", QSize(), QIcon.Mode.Normal, QIcon.State.Off)
        self.actionFind.setIcon(icon1)
        self.actionRefresh = QAction(MainWindow)
        self.actionRefresh.setObjectName(u"actionRefresh")
        icon2 = QIcon()
        icon2.addFile(u":/icons/refresh.svg", QSize(), QIcon.Mode.Normal, QIcon.State.Off)
        self.actionRefresh.setIcon(icon2)
        self.actionOutbox = QAction(MainWindow)
        self.actionOutbox.setObjectName(u"actionOutbox")
        icon3 = QIcon()
        icon3.addFile(u":/icons/outbox.svg", QSize(), QIcon.Mode.Normal, QIcon.State.Off)
        self.actionOutbox.setIcon(icon3)
        self.actionOnline = QAction(MainWindow)
        self.actionOnline.setObjectName(u"actionOnline")
        self.actionOnline.setCheckable(True)
        icon4 = QIcon()
        icon4.addFile(u":/icons/offline.svg", QSize(), QIcon.Mode.Normal, QIcon.State.Off)
        icon4.addFile(u":/icons/online.svg", QSize(), QIcon.Mode.Normal, QIcon.State.On)
        self.actionOnline.setIcon(icon4)
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.actionAbout.setMenuRole(QAction.MenuRole.AboutRole)
        self.centralwidget = QWidget(MainWindow)
        self.centralwidget.setObjectName(u"centralwidget")
        self.centralLayout = QVBoxLayout(self.centralwidget)
        self.centralLayout.setSpacing(6)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(8, 6, 8, 0)
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setSpacing(6)
        self.filterLayout.setObjectName(u"filterLayout")
        self.searchEdit = QLineEdit(self.centralwidget)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setMinimumSize(QSize(280, 0))
        self.searchEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.searchEdit)

        self.statusFilterLabel = QLabel(self.centralwidget)
        self.statusFilterLabel.setObjectName(u"statusFilterLabel")

        self.filterLayout.addWidget(self.statusFilterLabel)

        self.statusCombo = QComboBox(self.centralwidget)
        self.statusCombo.setObjectName(u"statusCombo")
        self.statusCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.statusCombo)

        self.queueFilterLabel = QLabel(self.centralwidget)
        self.queueFilterLabel.setObjectName(u"queueFilterLabel")

        self.filterLayout.addWidget(self.queueFilterLabel)

        self.queueCombo = QComboBox(self.centralwidget)
        self.queueCombo.setObjectName(u"queueCombo")
        self.queueCombo.setMinimumSize(QSize(140, 0))
        self.queueCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.queueCombo)

        self.filterSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)

        self.countLabel = QLabel(self.centralwidget)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setProperty(u"role", u"hint")

        self.filterLayout.addWidget(self.countLabel)


        self.centralLayout.addLayout(self.filterLayout)

        self.presenceBanner = QFrame(self.centralwidget)
        self.presenceBanner.setObjectName(u"presenceBanner")
        self.presenceBanner.setVisible(False)
        self.presenceBannerLayout = QHBoxLayout(self.presenceBanner)
        self.presenceBannerLayout.setObjectName(u"presenceBannerLayout")
        self.presenceBannerLayout.setContentsMargins(10, 6, 6, 6)
        self.presenceBannerLabel = QLabel(self.presenceBanner)
        self.presenceBannerLabel.setObjectName(u"presenceBannerLabel")
        self.presenceBannerLabel.setText(u"")
        self.presenceBannerLabel.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.presenceBannerLabel.sizePolicy().hasHeightForWidth())
        self.presenceBannerLabel.setSizePolicy(sizePolicy)

        self.presenceBannerLayout.addWidget(self.presenceBannerLabel)

        self.goOnlineButton = QPushButton(self.presenceBanner)
        self.goOnlineButton.setObjectName(u"goOnlineButton")
        self.goOnlineButton.setAutoDefault(False)

        self.presenceBannerLayout.addWidget(self.goOnlineButton)

        self.dismissBannerButton = QPushButton(self.presenceBanner)
        self.dismissBannerButton.setObjectName(u"dismissBannerButton")
        self.dismissBannerButton.setAutoDefault(False)

        self.presenceBannerLayout.addWidget(self.dismissBannerButton)


        self.centralLayout.addWidget(self.presenceBanner)

        self.splitter = QSplitter(self.centralwidget)
        self.splitter.setObjectName(u"splitter")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(1)
        sizePolicy1.setHeightForWidth(self.splitter.sizePolicy().hasHeightForWidth())
        self.splitter.setSizePolicy(sizePolicy1)
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.ticketView = QTableView(self.splitter)
        self.ticketView.setObjectName(u"ticketView")
        self.ticketView.setMinimumSize(QSize(420, 0))
        self.ticketView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.ticketView.setAlternatingRowColors(True)
        self.ticketView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.ticketView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.ticketView.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.ticketView.setShowGrid(False)
        self.ticketView.setWordWrap(False)
        self.splitter.addWidget(self.ticketView)
        self.ticketView.horizontalHeader().setHighlightSections(False)
        self.ticketView.horizontalHeader().setStretchLastSection(True)
        self.ticketView.verticalHeader().setVisible(False)

        self.centralLayout.addWidget(self.splitter)

        self.centralLayout.setStretch(2, 1)
        MainWindow.setCentralWidget(self.centralwidget)
        self.menubar = QMenuBar(MainWindow)
        self.menubar.setObjectName(u"menubar")
        self.menubar.setGeometry(QRect(0, 0, 1200, 24))
        self.menuFile = QMenu(self.menubar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuView = QMenu(self.menubar)
        self.menuView.setObjectName(u"menuView")
        self.menuAgent = QMenu(self.menubar)
        self.menuAgent.setObjectName(u"menuAgent")
        self.menuHelp = QMenu(self.menubar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menubar)
        self.toolBar = QToolBar(MainWindow)
        self.toolBar.setObjectName(u"toolBar")
        self.toolBar.setMovable(False)
        self.toolBar.setIconSize(QSize(16, 16))
        self.toolBar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolBar.setFloatable(False)
        MainWindow.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolBar)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)
#if QT_CONFIG(shortcut)
        self.statusFilterLabel.setBuddy(self.statusCombo)
        self.queueFilterLabel.setBuddy(self.queueCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.queueCombo)
        QWidget.setTabOrder(self.queueCombo, self.ticketView)

        self.menubar.addAction(self.menuFile.menuAction())
        self.menubar.addAction(self.menuView.menuAction())
        self.menubar.addAction(self.menuAgent.menuAction())
        self.menubar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionSettings)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuView.addAction(self.actionFind)
        self.menuView.addAction(self.actionRefresh)
        self.menuView.addSeparator()
        self.menuView.addAction(self.actionOutbox)
        self.menuAgent.addAction(self.actionOnline)
        self.menuHelp.addAction(self.actionAbout)
        self.toolBar.addAction(self.actionOnline)
        self.toolBar.addSeparator()
        self.toolBar.addAction(self.actionRefresh)
        self.toolBar.addAction(self.actionOutbox)
        self.toolBar.addAction(self.actionSettings)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"StringeeX Desktop", None))
        self.actionSettings.setText(QCoreApplication.translate("MainWindow", u"&Settings\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionSettings.setToolTip(QCoreApplication.translate("MainWindow", u"Email channel, queues, agents and portal (Ctrl+,)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionSettings.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+,", None))
#endif // QT_CONFIG(shortcut)
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.actionFind.setText(QCoreApplication.translate("MainWindow", u"&Find Tickets", None))
#if QT_CONFIG(shortcut)
        self.actionFind.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+F", None))
#endif // QT_CONFIG(shortcut)
        self.actionRefresh.setText(QCoreApplication.translate("MainWindow", u"&Refresh", None))
#if QT_CONFIG(tooltip)
        self.actionRefresh.setToolTip(QCoreApplication.translate("MainWindow", u"Read the ticket list again (F5)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionRefresh.setShortcut(QCoreApplication.translate("MainWindow", u"F5", None))
#endif // QT_CONFIG(shortcut)
        self.actionOutbox.setText(QCoreApplication.translate("MainWindow", u"&Outbox", None))
#if QT_CONFIG(tooltip)
        self.actionOutbox.setToolTip(QCoreApplication.translate("MainWindow", u"Replies waiting to be sent, and those that failed, with Retry (Ctrl+Shift+U)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionOutbox.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Shift+U", None))
#endif // QT_CONFIG(shortcut)
        self.actionOnline.setText(QCoreApplication.translate("MainWindow", u"&Online", None))
#if QT_CONFIG(tooltip)
        self.actionOnline.setToolTip(QCoreApplication.translate("MainWindow", u"Online agents receive new tickets first (Ctrl+Shift+O)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionOnline.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Shift+O", None))
#endif // QT_CONFIG(shortcut)
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&About StringeeX Desktop", None))
#if QT_CONFIG(tooltip)
        self.searchEdit.setToolTip(QCoreApplication.translate("MainWindow", u"Search subjects, message text, requesters and serials like #000123 (Ctrl+F)", None))
#endif // QT_CONFIG(tooltip)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("MainWindow", u"Search tickets (Ctrl+F)", None))
        self.statusFilterLabel.setText(QCoreApplication.translate("MainWindow", u"S&tatus:", None))
        self.queueFilterLabel.setText(QCoreApplication.translate("MainWindow", u"&Queue:", None))
        self.countLabel.setText("")
        self.goOnlineButton.setText(QCoreApplication.translate("MainWindow", u"Go &online", None))
        self.dismissBannerButton.setText(QCoreApplication.translate("MainWindow", u"Dismiss", None))
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.menuView.setTitle(QCoreApplication.translate("MainWindow", u"&View", None))
        self.menuAgent.setTitle(QCoreApplication.translate("MainWindow", u"&Agent", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
        self.toolBar.setWindowTitle(QCoreApplication.translate("MainWindow", u"Main toolbar", None))
    # retranslateUi

