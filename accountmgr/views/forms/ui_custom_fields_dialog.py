# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'custom_fields_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget

class Ui_CustomFieldsDialog(object):
    def setupUi(self, CustomFieldsDialog):
        if not CustomFieldsDialog.objectName():
            CustomFieldsDialog.setObjectName(u"CustomFieldsDialog")
        CustomFieldsDialog.resize(680, 420)
        self.dialogLayout = QVBoxLayout(CustomFieldsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.entityRow = QHBoxLayout()
        self.entityRow.setObjectName(u"entityRow")
        self.entityLabel = QLabel(CustomFieldsDialog)
        self.entityLabel.setObjectName(u"entityLabel")

        self.entityRow.addWidget(self.entityLabel)

        self.entity = QComboBox(CustomFieldsDialog)
        self.entity.addItem("")
        self.entity.addItem("")
        self.entity.addItem("")
        self.entity.setObjectName(u"entity")

        self.entityRow.addWidget(self.entity)

        self.entitySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.entityRow.addItem(self.entitySpacer)


        self.dialogLayout.addLayout(self.entityRow)

        self.fieldsRow = QHBoxLayout()
        self.fieldsRow.setObjectName(u"fieldsRow")
        self.fields = QTableView(CustomFieldsDialog)
        self.fields.setObjectName(u"fields")
        self.fields.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fields.setAlternatingRowColors(True)
        self.fields.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.fields.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.fields.setWordWrap(False)
        self.fields.horizontalHeader().setStretchLastSection(False)
        self.fields.verticalHeader().setVisible(False)

        self.fieldsRow.addWidget(self.fields)

        self.buttonColumn = QVBoxLayout()
        self.buttonColumn.setObjectName(u"buttonColumn")
        self.addButton = QPushButton(CustomFieldsDialog)
        self.addButton.setObjectName(u"addButton")
        self.addButton.setAutoDefault(False)

        self.buttonColumn.addWidget(self.addButton)

        self.renameButton = QPushButton(CustomFieldsDialog)
        self.renameButton.setObjectName(u"renameButton")
        self.renameButton.setAutoDefault(False)

        self.buttonColumn.addWidget(self.renameButton)

        self.optionsButton = QPushButton(CustomFieldsDialog)
        self.optionsButton.setObjectName(u"optionsButton")
        self.optionsButton.setAutoDefault(False)

        self.buttonColumn.addWidget(self.optionsButton)

        self.moveUpButton = QPushButton(CustomFieldsDialog)
        self.moveUpButton.setObjectName(u"moveUpButton")
        self.moveUpButton.setAutoDefault(False)

        self.buttonColumn.addWidget(self.moveUpButton)

        self.moveDownButton = QPushButton(CustomFieldsDialog)
        self.moveDownButton.setObjectName(u"moveDownButton")
        self.moveDownButton.setAutoDefault(False)

        self.buttonColumn.addWidget(self.moveDownButton)

        self.retireButton = QPushButton(CustomFieldsDialog)
        self.retireButton.setObjectName(u"retireButton")
        self.retireButton.setAutoDefault(False)

        self.buttonColumn.addWidget(self.retireButton)

        self.renewalButton = QPushButton(CustomFieldsDialog)
        self.renewalButton.setObjectName(u"renewalButton")
        self.renewalButton.setCheckable(True)
        self.renewalButton.setAutoDefault(False)

        self.buttonColumn.addWidget(self.renewalButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.buttonColumn.addItem(self.buttonSpacer)


        self.fieldsRow.addLayout(self.buttonColumn)


        self.dialogLayout.addLayout(self.fieldsRow)

        self.hint = QLabel(CustomFieldsDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)

        self.dialogLayout.addWidget(self.hint)

        self.buttons = QDialogButtonBox(CustomFieldsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setOrientation(Qt.Orientation.Horizontal)
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.entityLabel.setBuddy(self.entity)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.entity, self.fields)
        QWidget.setTabOrder(self.fields, self.addButton)
        QWidget.setTabOrder(self.addButton, self.renameButton)
        QWidget.setTabOrder(self.renameButton, self.optionsButton)
        QWidget.setTabOrder(self.optionsButton, self.moveUpButton)
        QWidget.setTabOrder(self.moveUpButton, self.moveDownButton)
        QWidget.setTabOrder(self.moveDownButton, self.retireButton)

        self.retranslateUi(CustomFieldsDialog)
        self.buttons.rejected.connect(CustomFieldsDialog.reject)

        QMetaObject.connectSlotsByName(CustomFieldsDialog)
    # setupUi

    def retranslateUi(self, CustomFieldsDialog):
        CustomFieldsDialog.setWindowTitle(QCoreApplication.translate("CustomFieldsDialog", u"Custom fields", None))
        self.entityLabel.setText(QCoreApplication.translate("CustomFieldsDialog", u"&Fields of:", None))
        self.entity.setItemText(0, QCoreApplication.translate("CustomFieldsDialog", u"Organizations", None))
        self.entity.setItemText(1, QCoreApplication.translate("CustomFieldsDialog", u"People", None))
        self.entity.setItemText(2, QCoreApplication.translate("CustomFieldsDialog", u"Deals", None))

#if QT_CONFIG(tooltip)
        self.addButton.setToolTip(QCoreApplication.translate("CustomFieldsDialog", u"Add a field at the end of the list", None))
#endif // QT_CONFIG(tooltip)
        self.addButton.setText(QCoreApplication.translate("CustomFieldsDialog", u"&Add\u2026", None))
#if QT_CONFIG(tooltip)
        self.renameButton.setToolTip(QCoreApplication.translate("CustomFieldsDialog", u"Rename the selected field (F2); its values stay", None))
#endif // QT_CONFIG(tooltip)
        self.renameButton.setText(QCoreApplication.translate("CustomFieldsDialog", u"&Rename\u2026", None))
#if QT_CONFIG(tooltip)
        self.optionsButton.setToolTip(QCoreApplication.translate("CustomFieldsDialog", u"Add, reorder or remove the options of the selected field", None))
#endif // QT_CONFIG(tooltip)
        self.optionsButton.setText(QCoreApplication.translate("CustomFieldsDialog", u"Edit &options\u2026", None))
#if QT_CONFIG(tooltip)
        self.moveUpButton.setToolTip(QCoreApplication.translate("CustomFieldsDialog", u"Show the selected field earlier (Alt+Up)", None))
#endif // QT_CONFIG(tooltip)
        self.moveUpButton.setText(QCoreApplication.translate("CustomFieldsDialog", u"Move &up", None))
#if QT_CONFIG(tooltip)
        self.moveDownButton.setToolTip(QCoreApplication.translate("CustomFieldsDialog", u"Show the selected field later (Alt+Down)", None))
#endif // QT_CONFIG(tooltip)
        self.moveDownButton.setText(QCoreApplication.translate("CustomFieldsDialog", u"Move do&wn", None))
        self.retireButton.setText(QCoreApplication.translate("CustomFieldsDialog", u"Re&tire", None))
        self.renewalButton.setText(QCoreApplication.translate("CustomFieldsDialog", u"Renewal &date", None))
#if QT_CONFIG(tooltip)
        self.renewalButton.setToolTip(QCoreApplication.translate("CustomFieldsDialog", u"Mark the selected date field as the date each account renews: the view \u201cRenewal in the next 60 days\u201d lists those renewing soon", None))
#endif // QT_CONFIG(tooltip)
        self.hint.setText(QCoreApplication.translate("CustomFieldsDialog", u"A retired field is hidden everywhere but keeps its values; restore it to show them again.", None))
    # retranslateUi

