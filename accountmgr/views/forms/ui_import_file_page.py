# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_file_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_ImportFilePage(object):
    def setupUi(self, ImportFilePage):
        if not ImportFilePage.objectName():
            ImportFilePage.setObjectName(u"ImportFilePage")
        self.filePageLayout = QVBoxLayout(ImportFilePage)
        self.filePageLayout.setObjectName(u"filePageLayout")
        self.filePageLayout.setContentsMargins(0, 0, 0, 0)
        self.fileForm = QFormLayout()
        self.fileForm.setObjectName(u"fileForm")
        self.fileForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fileForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.fileLabel = QLabel(ImportFilePage)
        self.fileLabel.setObjectName(u"fileLabel")

        self.fileForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fileLabel)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.path = QLineEdit(ImportFilePage)
        self.path.setObjectName(u"path")
        self.path.setReadOnly(True)

        self.fileRow.addWidget(self.path)

        self.chooseButton = QPushButton(ImportFilePage)
        self.chooseButton.setObjectName(u"chooseButton")
        self.chooseButton.setAutoDefault(False)

        self.fileRow.addWidget(self.chooseButton)


        self.fileForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.fileRow)

        self.kindLabel = QLabel(ImportFilePage)
        self.kindLabel.setObjectName(u"kindLabel")

        self.fileForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kind = QComboBox(ImportFilePage)
        self.kind.addItem("")
        self.kind.addItem("")
        self.kind.addItem("")
        self.kind.addItem("")
        self.kind.addItem("")
        self.kind.setObjectName(u"kind")

        self.fileForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kind)

        self.dateOrderLabel = QLabel(ImportFilePage)
        self.dateOrderLabel.setObjectName(u"dateOrderLabel")

        self.fileForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dateOrderLabel)

        self.dateOrder = QComboBox(ImportFilePage)
        self.dateOrder.addItem("")
        self.dateOrder.addItem("")
        self.dateOrder.setObjectName(u"dateOrder")

        self.fileForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dateOrder)

        self.duplicateLabel = QLabel(ImportFilePage)
        self.duplicateLabel.setObjectName(u"duplicateLabel")

        self.fileForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.duplicateLabel)

        self.onDuplicate = QComboBox(ImportFilePage)
        self.onDuplicate.addItem("")
        self.onDuplicate.addItem("")
        self.onDuplicate.addItem("")
        self.onDuplicate.setObjectName(u"onDuplicate")

        self.fileForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.onDuplicate)

        self.createMissing = QCheckBox(ImportFilePage)
        self.createMissing.setObjectName(u"createMissing")
        self.createMissing.setChecked(True)

        self.fileForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.createMissing)


        self.filePageLayout.addLayout(self.fileForm)

        self.fileInfo = QLabel(ImportFilePage)
        self.fileInfo.setObjectName(u"fileInfo")
        self.fileInfo.setWordWrap(True)
        self.fileInfo.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.filePageLayout.addWidget(self.fileInfo)

        self.fileError = QLabel(ImportFilePage)
        self.fileError.setObjectName(u"fileError")
        self.fileError.setStyleSheet(u"color: #c62828;")
        self.fileError.setWordWrap(True)
        self.fileError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.filePageLayout.addWidget(self.fileError)

        self.filePageSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.filePageLayout.addItem(self.filePageSpacer)

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

        self.retranslateUi(ImportFilePage)

        QMetaObject.connectSlotsByName(ImportFilePage)
    # setupUi

    def retranslateUi(self, ImportFilePage):
        self.fileLabel.setText(QCoreApplication.translate("ImportFilePage", u"&File:", None))
        self.path.setPlaceholderText(QCoreApplication.translate("ImportFilePage", u"No file chosen yet", None))
#if QT_CONFIG(tooltip)
        self.chooseButton.setToolTip(QCoreApplication.translate("ImportFilePage", u"Choose a CSV file or an Excel workbook (.xlsx)", None))
#endif // QT_CONFIG(tooltip)
        self.chooseButton.setText(QCoreApplication.translate("ImportFilePage", u"C&hoose\u2026", None))
        self.kindLabel.setText(QCoreApplication.translate("ImportFilePage", u"The file &holds:", None))
        self.kind.setItemText(0, QCoreApplication.translate("ImportFilePage", u"Organizations", None))
        self.kind.setItemText(1, QCoreApplication.translate("ImportFilePage", u"People", None))
        self.kind.setItemText(2, QCoreApplication.translate("ImportFilePage", u"Deals", None))
        self.kind.setItemText(3, QCoreApplication.translate("ImportFilePage", u"Activities", None))
        self.kind.setItemText(4, QCoreApplication.translate("ImportFilePage", u"Notes", None))

        self.dateOrderLabel.setText(QCoreApplication.translate("ImportFilePage", u"&Dates are written:", None))
        self.dateOrder.setItemText(0, QCoreApplication.translate("ImportFilePage", u"Day first (31/12/2026)", None))
        self.dateOrder.setItemText(1, QCoreApplication.translate("ImportFilePage", u"Month first (12/31/2026)", None))

#if QT_CONFIG(tooltip)
        self.dateOrder.setToolTip(QCoreApplication.translate("ImportFilePage", u"How to read dates such as 03/04/2026, which could be either", None))
#endif // QT_CONFIG(tooltip)
        self.duplicateLabel.setText(QCoreApplication.translate("ImportFilePage", u"When a record &exists already:", None))
        self.onDuplicate.setItemText(0, QCoreApplication.translate("ImportFilePage", u"Skip the row", None))
        self.onDuplicate.setItemText(1, QCoreApplication.translate("ImportFilePage", u"Update the record with the row's values", None))
        self.onDuplicate.setItemText(2, QCoreApplication.translate("ImportFilePage", u"Create another record anyway", None))

        self.createMissing.setText(QCoreApplication.translate("ImportFilePage", u"Create the organizations, people and deals the rows &name that do not exist yet", None))
#if QT_CONFIG(tooltip)
        self.createMissing.setToolTip(QCoreApplication.translate("ImportFilePage", u"Otherwise a row that names one that does not exist is not imported, and the report says why", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

