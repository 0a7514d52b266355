# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_wizard.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QComboBox, QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QStackedWidget, QTableView, QVBoxLayout, QWidget

class Ui_ImportWizard(object):
    def setupUi(self, ImportWizard):
        if not ImportWizard.objectName():
            ImportWizard.setObjectName(u"ImportWizard")
        ImportWizard.resize(820, 560)
        ImportWizard.setMinimumSize(QSize(640, 440))
        self.dialogLayout = QVBoxLayout(ImportWizard)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.heading = QLabel(ImportWizard)
        self.heading.setObjectName(u"heading")
        self.heading.setStyleSheet(u"font-weight: bold; font-size: 13pt;")

        self.dialogLayout.addWidget(self.heading)

        self.intro = QLabel(ImportWizard)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.dialogLayout.addWidget(self.intro)

        self.pages = QStackedWidget(ImportWizard)
        self.pages.setObjectName(u"pages")
        self.filePage = QWidget()
        self.filePage.setObjectName(u"filePage")
        self.filePageLayout = QVBoxLayout(self.filePage)
        self.filePageLayout.setObjectName(u"filePageLayout")
        self.filePageLayout.setContentsMargins(0, -1, 0, -1)
        self.fileForm = QFormLayout()
        self.fileForm.setObjectName(u"fileForm")
        self.fileForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fileForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.fileLabel = QLabel(self.filePage)
        self.fileLabel.setObjectName(u"fileLabel")

        self.fileForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fileLabel)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.path = QLineEdit(self.filePage)
        self.path.setObjectName(u"path")
        self.path.setReadOnly(True)

        self.fileRow.addWidget(self.path)

        self.chooseButton = QPushButton(self.filePage)
        self.chooseButton.setObjectName(u"chooseButton")
        self.chooseButton.setAutoDefault(False)

        self.fileRow.addWidget(self.chooseButton)


        self.fileForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.fileRow)

        self.kindLabel = QLabel(self.filePage)
        self.kindLabel.setObjectName(u"kindLabel")

        self.fileForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kind = QComboBox(self.filePage)
        self.kind.addItem("")
        self.kind.addItem("")
        self.kind.addItem("")
        self.kind.addItem("")
        self.kind.addItem("")
        self.kind.setObjectName(u"kind")

        self.fileForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kind)

        self.dateOrderLabel = QLabel(self.filePage)
        self.dateOrderLabel.setObjectName(u"dateOrderLabel")

        self.fileForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dateOrderLabel)

        self.dateOrder = QComboBox(self.filePage)
        self.dateOrder.addItem("")
        self.dateOrder.addItem("")
        self.dateOrder.setObjectName(u"dateOrder")

        self.fileForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dateOrder)

        self.duplicateLabel = QLabel(self.filePage)
        self.duplicateLabel.setObjectName(u"duplicateLabel")

        self.fileForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.duplicateLabel)

        self.onDuplicate = QComboBox(self.filePage)
        self.onDuplicate.addItem("")
        self.onDuplicate.addItem("")
        self.onDuplicate.addItem("")
        self.onDuplicate.setObjectName(u"onDuplicate")

        self.fileForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.onDuplicate)

        self.createMissing = QCheckBox(self.filePage)
        self.createMissing.setObjectName(u"createMissing")
        self.createMissing.setChecked(True)

        self.fileForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.createMissing)


        self.filePageLayout.addLayout(self.fileForm)

        self.fileInfo = QLabel(self.filePage)
        self.fileInfo.setObjectName(u"fileInfo")
        self.fileInfo.setWordWrap(True)
        self.fileInfo.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.filePageLayout.addWidget(self.fileInfo)

        self.fileError = QLabel(self.filePage)
        self.fileError.setObjectName(u"fileError")
        self.fileError.setStyleSheet(u"color: #c62828;")
        self.fileError.setWordWrap(True)
        self.fileError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.filePageLayout.addWidget(self.fileError)

        self.filePageSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.filePageLayout.addItem(self.filePageSpacer)

        self.pages.addWidget(self.filePage)
        self.columnsPage = QWidget()
        self.columnsPage.setObjectName(u"columnsPage")
        self.columnsPageLayout = QVBoxLayout(self.columnsPage)
        self.columnsPageLayout.setObjectName(u"columnsPageLayout")
        self.columnsPageLayout.setContentsMargins(0, -1, 0, -1)
        self.columns = QTableView(self.columnsPage)
        self.columns.setObjectName(u"columns")
        self.columns.setAlternatingRowColors(True)
        self.columns.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.columns.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.columns.setWordWrap(False)
        self.columns.verticalHeader().setVisible(False)

        self.columnsPageLayout.addWidget(self.columns)

        self.mappingError = QLabel(self.columnsPage)
        self.mappingError.setObjectName(u"mappingError")
        self.mappingError.setStyleSheet(u"color: #c62828;")
        self.mappingError.setWordWrap(True)

        self.columnsPageLayout.addWidget(self.mappingError)

        self.pages.addWidget(self.columnsPage)
        self.previewPage = QWidget()
        self.previewPage.setObjectName(u"previewPage")
        self.previewPageLayout = QVBoxLayout(self.previewPage)
        self.previewPageLayout.setObjectName(u"previewPageLayout")
        self.previewPageLayout.setContentsMargins(0, -1, 0, -1)
        self.preview = QTableView(self.previewPage)
        self.preview.setObjectName(u"preview")
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setAlternatingRowColors(True)
        self.preview.setWordWrap(False)
        self.preview.verticalHeader().setVisible(False)

        self.previewPageLayout.addWidget(self.preview)

        self.previewSummary = QLabel(self.previewPage)
        self.previewSummary.setObjectName(u"previewSummary")
        self.previewSummary.setWordWrap(True)

        self.previewPageLayout.addWidget(self.previewSummary)

        self.runMessage = QLabel(self.previewPage)
        self.runMessage.setObjectName(u"runMessage")
        self.runMessage.setWordWrap(True)
        self.runMessage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.previewPageLayout.addWidget(self.runMessage)

        self.pages.addWidget(self.previewPage)
        self.reportPage = QWidget()
        self.reportPage.setObjectName(u"reportPage")
        self.reportPageLayout = QVBoxLayout(self.reportPage)
        self.reportPageLayout.setObjectName(u"reportPageLayout")
        self.reportPageLayout.setContentsMargins(0, -1, 0, -1)
        self.countsForm = QFormLayout()
        self.countsForm.setObjectName(u"countsForm")
        self.countsForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.createdLabel = QLabel(self.reportPage)
        self.createdLabel.setObjectName(u"createdLabel")

        self.countsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.createdLabel)

        self.createdCount = QLabel(self.reportPage)
        self.createdCount.setObjectName(u"createdCount")

        self.countsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.createdCount)

        self.updatedLabel = QLabel(self.reportPage)
        self.updatedLabel.setObjectName(u"updatedLabel")

        self.countsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.updatedLabel)

        self.updatedCount = QLabel(self.reportPage)
        self.updatedCount.setObjectName(u"updatedCount")

        self.countsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.updatedCount)

        self.skippedLabel = QLabel(self.reportPage)
        self.skippedLabel.setObjectName(u"skippedLabel")

        self.countsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.skippedLabel)

        self.skippedCount = QLabel(self.reportPage)
        self.skippedCount.setObjectName(u"skippedCount")

        self.countsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.skippedCount)

        self.linkedLabel = QLabel(self.reportPage)
        self.linkedLabel.setObjectName(u"linkedLabel")

        self.countsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.linkedLabel)

        self.linkedCount = QLabel(self.reportPage)
        self.linkedCount.setObjectName(u"linkedCount")

        self.countsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.linkedCount)

        self.rejectedLabel = QLabel(self.reportPage)
        self.rejectedLabel.setObjectName(u"rejectedLabel")

        self.countsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.rejectedLabel)

        self.rejectedCount = QLabel(self.reportPage)
        self.rejectedCount.setObjectName(u"rejectedCount")

        self.countsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.rejectedCount)


        self.reportPageLayout.addLayout(self.countsForm)

        self.rejected = QTableView(self.reportPage)
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
        self.saveReportButton = QPushButton(self.reportPage)
        self.saveReportButton.setObjectName(u"saveReportButton")
        self.saveReportButton.setAutoDefault(False)

        self.reportRow.addWidget(self.saveReportButton)

        self.reportMessage = QLabel(self.reportPage)
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
        self.pages.addWidget(self.reportPage)

        self.dialogLayout.addWidget(self.pages)

        self.buttonLine = QFrame(ImportWizard)
        self.buttonLine.setObjectName(u"buttonLine")
        self.buttonLine.setFrameShape(QFrame.Shape.HLine)
        self.buttonLine.setFrameShadow(QFrame.Shadow.Sunken)

        self.dialogLayout.addWidget(self.buttonLine)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.step = QLabel(ImportWizard)
        self.step.setObjectName(u"step")

        self.buttonRow.addWidget(self.step)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.backButton = QPushButton(ImportWizard)
        self.backButton.setObjectName(u"backButton")
        self.backButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.backButton)

        self.nextButton = QPushButton(ImportWizard)
        self.nextButton.setObjectName(u"nextButton")

        self.buttonRow.addWidget(self.nextButton)

        self.closeButton = QPushButton(ImportWizard)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonRow.addWidget(self.closeButton)

        self.cancelButton = QPushButton(ImportWizard)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.cancelButton)


        self.dialogLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.fileLabel.setBuddy(self.chooseButton)
        self.kindLabel.setBuddy(self.kind)
        self.dateOrderLabel.setBuddy(self.dateOrder)
        self.duplicateLabel.setBuddy(self.onDuplicate)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.path, self.chooseButton)
        QWidget.setTabOrder(self.chooseButton, self.kind)
        QWidget.setTabOrder(self.kind, self.dateOrder)
        QWidget.setTabOrder(self.dateOrder, self.onDuplicate)
        QWidget.setTabOrder(self.onDuplicate, self.createMissing)
        QWidget.setTabOrder(self.createMissing, self.columns)
        QWidget.setTabOrder(self.columns, self.preview)
        QWidget.setTabOrder(self.preview, self.rejected)
        QWidget.setTabOrder(self.rejected, self.saveReportButton)
        QWidget.setTabOrder(self.saveReportButton, self.backButton)
        QWidget.setTabOrder(self.backButton, self.nextButton)
        QWidget.setTabOrder(self.nextButton, self.closeButton)
        QWidget.setTabOrder(self.closeButton, self.cancelButton)

        self.retranslateUi(ImportWizard)

        self.pages.setCurrentIndex(0)
        self.nextButton.setDefault(True)


        QMetaObject.connectSlotsByName(ImportWizard)
    # setupUi

    def retranslateUi(self, ImportWizard):
        ImportWizard.setWindowTitle(QCoreApplication.translate("ImportWizard", u"Import", None))
        self.heading.setText(QCoreApplication.translate("ImportWizard", u"Choose the file", None))
        self.fileLabel.setText(QCoreApplication.translate("ImportWizard", u"&File:", None))
        self.path.setPlaceholderText(QCoreApplication.translate("ImportWizard", u"No file chosen yet", None))
#if QT_CONFIG(tooltip)
        self.chooseButton.setToolTip(QCoreApplication.translate("ImportWizard", u"Choose a CSV file or an Excel workbook (.xlsx)", None))
#endif // QT_CONFIG(tooltip)
        self.chooseButton.setText(QCoreApplication.translate("ImportWizard", u"C&hoose\u2026", None))
        self.kindLabel.setText(QCoreApplication.translate("ImportWizard", u"The file &holds:", None))
        self.kind.setItemText(0, QCoreApplication.translate("ImportWizard", u"Organizations", None))
        self.kind.setItemText(1, QCoreApplication.translate("ImportWizard", u"People", None))
        self.kind.setItemText(2, QCoreApplication.translate("ImportWizard", u"Deals", None))
        self.kind.setItemText(3, QCoreApplication.translate("ImportWizard", u"Activities", None))
        self.kind.setItemText(4, QCoreApplication.translate("ImportWizard", u"Notes", None))

        self.dateOrderLabel.setText(QCoreApplication.translate("ImportWizard", u"&Dates are written:", None))
        self.dateOrder.setItemText(0, QCoreApplication.translate("ImportWizard", u"Day first (31/12/2026)", None))
        self.dateOrder.setItemText(1, QCoreApplication.translate("ImportWizard", u"Month first (12/31/2026)", None))

#if QT_CONFIG(tooltip)
        self.dateOrder.setToolTip(QCoreApplication.translate("ImportWizard", u"How to read dates such as 03/04/2026, which could be either", None))
#endif // QT_CONFIG(tooltip)
        self.duplicateLabel.setText(QCoreApplication.translate("ImportWizard", u"When a record &exists already:", None))
        self.onDuplicate.setItemText(0, QCoreApplication.translate("ImportWizard", u"Skip the row", None))
        self.onDuplicate.setItemText(1, QCoreApplication.translate("ImportWizard", u"Update the record with the row's values", None))
        self.onDuplicate.setItemText(2, QCoreApplication.translate("ImportWizard", u"Create another record anyway", None))

        self.createMissing.setText(QCoreApplication.translate("ImportWizard", u"Create the organizations, people and deals the rows &name that do not exist yet", None))
#if QT_CONFIG(tooltip)
        self.createMissing.setToolTip(QCoreApplication.translate("ImportWizard", u"Otherwise a row that names one that does not exist is not imported, and the report says why", None))
#endif // QT_CONFIG(tooltip)
        self.createdLabel.setText(QCoreApplication.translate("ImportWizard", u"Created:", None))
        self.updatedLabel.setText(QCoreApplication.translate("ImportWizard", u"Updated:", None))
        self.skippedLabel.setText(QCoreApplication.translate("ImportWizard", u"Skipped (already there):", None))
        self.linkedLabel.setText(QCoreApplication.translate("ImportWizard", u"Created because rows named them:", None))
#if QT_CONFIG(tooltip)
        self.linkedLabel.setToolTip(QCoreApplication.translate("ImportWizard", u"Organizations, people and deals that rows named and that did not exist yet", None))
#endif // QT_CONFIG(tooltip)
        self.rejectedLabel.setText(QCoreApplication.translate("ImportWizard", u"Not imported:", None))
#if QT_CONFIG(tooltip)
        self.saveReportButton.setToolTip(QCoreApplication.translate("ImportWizard", u"Save the counts and the rows not imported, with their reasons, as a CSV file", None))
#endif // QT_CONFIG(tooltip)
        self.saveReportButton.setText(QCoreApplication.translate("ImportWizard", u"&Save report\u2026", None))
        self.backButton.setText(QCoreApplication.translate("ImportWizard", u"< &Back", None))
        self.nextButton.setText(QCoreApplication.translate("ImportWizard", u"&Next >", None))
        self.closeButton.setText(QCoreApplication.translate("ImportWizard", u"Close", None))
        self.cancelButton.setText(QCoreApplication.translate("ImportWizard", u"Cancel", None))
    # retranslateUi

