# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
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
from PySide6.QtWidgets import (QApplication, QFrame, QLabel, QMainWindow,
    QMenu, QMenuBar, QSizePolicy, QSplitter,
    QStatusBar, QTabWidget, QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1200, 760)
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.actionQuit.setMenuRole(QAction.MenuRole.QuitRole)
        self.actionShowList = QAction(MainWindow)
        self.actionShowList.setObjectName(u"actionShowList")
        self.actionShowKanban = QAction(MainWindow)
        self.actionShowKanban.setObjectName(u"actionShowKanban")
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.actionAbout.setMenuRole(QAction.MenuRole.AboutRole)
        self.centralWidget = QWidget(MainWindow)
        self.centralWidget.setObjectName(u"centralWidget")
        self.centralLayout = QVBoxLayout(self.centralWidget)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(6, 6, 6, 0)
        self.splitter = QSplitter(self.centralWidget)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.tabs = QTabWidget(self.splitter)
        self.tabs.setObjectName(u"tabs")
        self.tabs.setDocumentMode(True)
        self.listTab = QWidget()
        self.listTab.setObjectName(u"listTab")
        self.listLayout = QVBoxLayout(self.listTab)
        self.listLayout.setObjectName(u"listLayout")
        self.listPlaceholder = QLabel(self.listTab)
        self.listPlaceholder.setObjectName(u"listPlaceholder")
        self.listPlaceholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.listPlaceholder.setWordWrap(True)

        self.listLayout.addWidget(self.listPlaceholder)

        self.tabs.addTab(self.listTab, "")
        self.kanbanTab = QWidget()
        self.kanbanTab.setObjectName(u"kanbanTab")
        self.kanbanLayout = QVBoxLayout(self.kanbanTab)
        self.kanbanLayout.setObjectName(u"kanbanLayout")
        self.kanbanPlaceholder = QLabel(self.kanbanTab)
        self.kanbanPlaceholder.setObjectName(u"kanbanPlaceholder")
        self.kanbanPlaceholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.kanbanPlaceholder.setWordWrap(True)

        self.kanbanLayout.addWidget(self.kanbanPlaceholder)

        self.tabs.addTab(self.kanbanTab, "")
        self.splitter.addWidget(self.tabs)
        self.sidePanel = QFrame(self.splitter)
        self.sidePanel.setObjectName(u"sidePanel")
        self.sidePanel.setMinimumSize(QSize(260, 0))
        self.sidePanel.setFrameShape(QFrame.Shape.StyledPanel)
        self.sideLayout = QVBoxLayout(self.sidePanel)
        self.sideLayout.setObjectName(u"sideLayout")
        self.sidePlaceholder = QLabel(self.sidePanel)
        self.sidePlaceholder.setObjectName(u"sidePlaceholder")
        self.sidePlaceholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.sidePlaceholder.setWordWrap(True)
        self.sidePlaceholder.setEnabled(False)

        self.sideLayout.addWidget(self.sidePlaceholder)

        self.splitter.addWidget(self.sidePanel)

        self.centralLayout.addWidget(self.splitter)

        MainWindow.setCentralWidget(self.centralWidget)
        self.menuBar = QMenuBar(MainWindow)
        self.menuBar.setObjectName(u"menuBar")
        self.menuFile = QMenu(self.menuBar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuView = QMenu(self.menuBar)
        self.menuView.setObjectName(u"menuView")
        self.menuHelp = QMenu(self.menuBar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menuBar)
        self.statusBar = QStatusBar(MainWindow)
        self.statusBar.setObjectName(u"statusBar")
        MainWindow.setStatusBar(self.statusBar)

        self.menuBar.addAction(self.menuFile.menuAction())
        self.menuBar.addAction(self.menuView.menuAction())
        self.menuBar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionQuit)
        self.menuView.addAction(self.actionShowList)
        self.menuView.addAction(self.actionShowKanban)
        self.menuHelp.addAction(self.actionAbout)

        self.retranslateUi(MainWindow)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"Accounts", None))
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.actionShowList.setText(QCoreApplication.translate("MainWindow", u"&List", None))
#if QT_CONFIG(shortcut)
        self.actionShowList.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+1", None))
#endif // QT_CONFIG(shortcut)
        self.actionShowKanban.setText(QCoreApplication.translate("MainWindow", u"&Kanban", None))
#if QT_CONFIG(shortcut)
        self.actionShowKanban.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+2", None))
#endif // QT_CONFIG(shortcut)
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&About accountmgr", None))
        self.tabs.setTabText(self.tabs.indexOf(self.listTab), QCoreApplication.translate("MainWindow", u"&List", None))
        self.tabs.setTabText(self.tabs.indexOf(self.kanbanTab), QCoreApplication.translate("MainWindow", u"&Kanban", None))
        self.sidePlaceholder.setText(QCoreApplication.translate("MainWindow", u"Select an account to see everything about it here.", None))
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.menuView.setTitle(QCoreApplication.translate("MainWindow", u"&View", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
    # retranslateUi

