# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_columns_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QMetaObject
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableView, QVBoxLayout

class Ui_ImportColumnsPage(object):
    def setupUi(self, ImportColumnsPage):
        if not ImportColumnsPage.objectName():
            ImportColumnsPage.setObjectName(u"ImportColumnsPage")
        self.columnsPageLayout = QVBoxLayout(ImportColumnsPage)
        self.columnsPageLayout.setObjectName(u"columnsPageLayout")
        self.columnsPageLayout.setContentsMargins(0, 0, 0, 0)
        self.columns = QTableView(ImportColumnsPage)
        self.columns.setObjectName(u"columns")
        self.columns.setAlternatingRowColors(True)
        self.columns.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.columns.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.columns.setWordWrap(False)
        self.columns.verticalHeader().setVisible(False)

        self.columnsPageLayout.addWidget(self.columns)

        self.mappingError = QLabel(ImportColumnsPage)
        self.mappingError.setObjectName(u"mappingError")
        self.mappingError.setStyleSheet(u"color: #c62828;")
        self.mappingError.setWordWrap(True)

        self.columnsPageLayout.addWidget(self.mappingError)


        self.retranslateUi(ImportColumnsPage)

        QMetaObject.connectSlotsByName(ImportColumnsPage)
    # setupUi

    def retranslateUi(self, ImportColumnsPage):
        pass
    # retranslateUi

