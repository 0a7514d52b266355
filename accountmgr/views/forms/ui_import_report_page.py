# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_report_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QFormLayout, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget

class Ui_ImportReportPage(object):
    def setupUi(self, ImportReportPage):
        if not ImportReportPage.objectName():
            ImportReportPage.setObjectName(u"ImportReportPage")
        self.reportPageLayout = QVBoxLayout(ImportReportPage)
        self.reportPageLayout.setObjectName(u"reportPageLayout")
        self.reportPageLayout.setContentsMargins(0, 0, 0, 0)
        self.countsForm = QFormLayout()
        self.countsForm.setObjectName(u"countsForm")
        self.countsForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.createdLabel = QLabel(ImportReportPage)
        self.createdLabel.setObjectName(u"createdLabel")

        self.countsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.createdLabel)

        self.createdCount = QLabel(ImportReportPage)
        self.createdCount.setObjectName(u"createdCount")

        self.countsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.createdCount)

        self.updatedLabel = QLabel(ImportReportPage)
        self.updatedLabel.setObjectName(u"updatedLabel")

        self.countsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.updatedLabel)

        self.updatedCount = QLabel(ImportReportPage)
        self.updatedCount.setObjectName(u"updatedCount")

        self.countsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.updatedCount)

        self.skippedLabel = QLabel(ImportReportPage)
        self.skippedLabel.setObjectName(u"skippedLabel")

        self.countsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.skippedLabel)

        self.skippedCount = QLabel(ImportReportPage)
        self.skippedCount.setObjectName(u"skippedCount")

        self.countsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.skippedCount)

        self.linkedLabel = QLabel(ImportReportPage)
        self.linkedLabel.setObjectName(u"linkedLabel")

        self.countsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.linkedLabel)

        self.linkedCount = QLabel(ImportReportPage)
        self.linkedCount.setObjectName(u"linkedCount")

        self.countsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.linkedCount)

        self.rejectedLabel = QLabel(ImportReportPage)
        self.rejectedLabel.setObjectName(u"rejectedLabel")

        self.countsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.rejectedLabel)

        self.rejectedCount = QLabel(ImportReportPage)
        self.rejectedCount.setObjectName(u"rejectedCount")

        self.countsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.rejectedCount)


        self.reportPageLayout.addLayout(self.countsForm)

        self.rejected = QTableView(ImportReportPage)
        self.rejected.setObjectName(u"rejected")
        self.rejected.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rejected.setAlternatingRowColors(True)
        self.rejected.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rejected.setWordWrap(False)
        self.rejected.horizontalHeader().setStretchLastSection(True)
        self.rejected.verticalHeader().setVisible(False)

        self.reportPageLayout.addWidget(self.rejected)

        self.reportRow = QHBoxLayout()
        self.reportRow.setObjectName(u"reportRow")
        self.saveReportButton = QPushButton(ImportReportPage)
        self.saveReportButton.setObjectName(u"saveReportButton")
        self.saveReportButton.setAutoDefault(False)

        self.reportRow.addWidget(self.saveReportButton)

        self.reportMessage = QLabel(ImportReportPage)
        self.reportMessage.setObjectName(u"reportMessage")
        self.reportMessage.setWordWrap(True)
        self.reportMessage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.reportRow.addWidget(self.reportMessage)

        self.reportSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.reportRow.addItem(self.reportSpacer)


        self.reportPageLayout.addLayout(self.reportRow)

        self.reportPageSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.reportPageLayout.addItem(self.reportPageSpacer)

        self.reportPageLayout.setStretch(1, 1)
        QWidget.setTabOrder(self.rejected, self.saveReportButton)

        self.retranslateUi(ImportReportPage)

        QMetaObject.connectSlotsByName(ImportReportPage)
    # setupUi

    def retranslateUi(self, ImportReportPage):
        self.createdLabel.setText(QCoreApplication.translate("ImportReportPage", u"Created:", None))
        self.updatedLabel.setText(QCoreApplication.translate("ImportReportPage", u"Updated:", None))
        self.skippedLabel.setText(QCoreApplication.translate("ImportReportPage", u"Skipped (already there):", None))
        self.linkedLabel.setText(QCoreApplication.translate("ImportReportPage", u"Created because rows named them:", None))
#if QT_CONFIG(tooltip)
        self.linkedLabel.setToolTip(QCoreApplication.translate("ImportReportPage", u"Organizations, people and deals that rows named and that did not exist yet", None))
#endif // QT_CONFIG(tooltip)
        self.rejectedLabel.setText(QCoreApplication.translate("ImportReportPage", u"Not imported:", None))
#if QT_CONFIG(tooltip)
        self.saveReportButton.setToolTip(QCoreApplication.translate("ImportReportPage", u"Save the counts and the rows not imported, with their reasons, as a CSV file", None))
#endif // QT_CONFIG(tooltip)
        self.saveReportButton.setText(QCoreApplication.translate("ImportReportPage", u"&Save report\u2026", None))
        pass
    # retranslateUi

