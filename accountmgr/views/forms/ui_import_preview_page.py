# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_preview_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QMetaObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableView, QVBoxLayout

class Ui_ImportPreviewPage(object):
    def setupUi(self, ImportPreviewPage):
        if not ImportPreviewPage.objectName():
            ImportPreviewPage.setObjectName(u"ImportPreviewPage")
        self.previewPageLayout = QVBoxLayout(ImportPreviewPage)
        self.previewPageLayout.setObjectName(u"previewPageLayout")
        self.previewPageLayout.setContentsMargins(0, 0, 0, 0)
        self.preview = QTableView(ImportPreviewPage)
        self.preview.setObjectName(u"preview")
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setAlternatingRowColors(True)
        self.preview.setWordWrap(False)
        self.preview.verticalHeader().setVisible(False)

        self.previewPageLayout.addWidget(self.preview)

        self.previewSummary = QLabel(ImportPreviewPage)
        self.previewSummary.setObjectName(u"previewSummary")
        self.previewSummary.setWordWrap(True)

        self.previewPageLayout.addWidget(self.previewSummary)

        self.runMessage = QLabel(ImportPreviewPage)
        self.runMessage.setObjectName(u"runMessage")
        self.runMessage.setWordWrap(True)
        self.runMessage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.previewPageLayout.addWidget(self.runMessage)


        self.retranslateUi(ImportPreviewPage)

        QMetaObject.connectSlotsByName(ImportPreviewPage)
    # setupUi

    def retranslateUi(self, ImportPreviewPage):
        pass
    # retranslateUi

