# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'activity_types_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget

class Ui_ActivityTypesDialog(object):
    def setupUi(self, ActivityTypesDialog):
        if not ActivityTypesDialog.objectName():
            ActivityTypesDialog.setObjectName(u"ActivityTypesDialog")
        ActivityTypesDialog.resize(760, 420)
        self.dialogLayout = QVBoxLayout(ActivityTypesDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.typesRow = QHBoxLayout()
        self.typesRow.setObjectName(u"typesRow")
        self.types = QTableView(ActivityTypesDialog)
        self.types.setObjectName(u"types")
        self.types.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.types.setAlternatingRowColors(True)
        self.types.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.types.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.types.setWordWrap(False)
        self.types.horizontalHeader().setStretchLastSection(False)
        self.types.verticalHeader().setVisible(False)

        self.typesRow.addWidget(self.types)

        self.buttonColumn = QVBoxLayout()
        self.buttonColumn.setObjectName(u"buttonColumn")
        self.addButton = QPushButton(ActivityTypesDialog)
        self.addButton.setObjectName(u"addButton")
        self.addButton.setAutoDefault(False)

        self.buttonColumn.addWidget(self.addButton)

        self.editButton = QPushButton(ActivityTypesDialog)
        self.editButton.setObjectName(u"editButton")
        self.editButton.setAutoDefault(False)

        self.buttonColumn.addWidget(self.editButton)

        self.moveUpButton = QPushButton(ActivityTypesDialog)
        self.moveUpButton.setObjectName(u"moveUpButton")
        self.moveUpButton.setAutoDefault(False)

        self.buttonColumn.addWidget(self.moveUpButton)

        self.moveDownButton = QPushButton(ActivityTypesDialog)
        self.moveDownButton.setObjectName(u"moveDownButton")
        self.moveDownButton.setAutoDefault(False)

        self.buttonColumn.addWidget(self.moveDownButton)

        self.retireButton = QPushButton(ActivityTypesDialog)
        self.retireButton.setObjectName(u"retireButton")
        self.retireButton.setAutoDefault(False)

        self.buttonColumn.addWidget(self.retireButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.buttonColumn.addItem(self.buttonSpacer)


        self.typesRow.addLayout(self.buttonColumn)


        self.dialogLayout.addLayout(self.typesRow)

        self.hint = QLabel(ActivityTypesDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)

        self.dialogLayout.addWidget(self.hint)

        self.buttons = QDialogButtonBox(ActivityTypesDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setOrientation(Qt.Orientation.Horizontal)
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttons)

        QWidget.setTabOrder(self.types, self.addButton)
        QWidget.setTabOrder(self.addButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.moveUpButton)
        QWidget.setTabOrder(self.moveUpButton, self.moveDownButton)
        QWidget.setTabOrder(self.moveDownButton, self.retireButton)

        self.retranslateUi(ActivityTypesDialog)
        self.buttons.rejected.connect(ActivityTypesDialog.reject)

        QMetaObject.connectSlotsByName(ActivityTypesDialog)
    # setupUi

    def retranslateUi(self, ActivityTypesDialog):
        ActivityTypesDialog.setWindowTitle(QCoreApplication.translate("ActivityTypesDialog", u"Activity types", None))
#if QT_CONFIG(tooltip)
        self.addButton.setToolTip(QCoreApplication.translate("ActivityTypesDialog", u"Add an activity type at the end of the list", None))
#endif // QT_CONFIG(tooltip)
        self.addButton.setText(QCoreApplication.translate("ActivityTypesDialog", u"&Add\u2026", None))
#if QT_CONFIG(tooltip)
        self.editButton.setToolTip(QCoreApplication.translate("ActivityTypesDialog", u"Change the name, icon, colour and defaults of the selected type (F2)", None))
#endif // QT_CONFIG(tooltip)
        self.editButton.setText(QCoreApplication.translate("ActivityTypesDialog", u"&Edit\u2026", None))
#if QT_CONFIG(tooltip)
        self.moveUpButton.setToolTip(QCoreApplication.translate("ActivityTypesDialog", u"Offer the selected type earlier (Alt+Up)", None))
#endif // QT_CONFIG(tooltip)
        self.moveUpButton.setText(QCoreApplication.translate("ActivityTypesDialog", u"Move &up", None))
#if QT_CONFIG(tooltip)
        self.moveDownButton.setToolTip(QCoreApplication.translate("ActivityTypesDialog", u"Offer the selected type later (Alt+Down)", None))
#endif // QT_CONFIG(tooltip)
        self.moveDownButton.setText(QCoreApplication.translate("ActivityTypesDialog", u"Move do&wn", None))
        self.retireButton.setText(QCoreApplication.translate("ActivityTypesDialog", u"Re&tire", None))
        self.hint.setText(QCoreApplication.translate("ActivityTypesDialog", u"A retired type is no longer offered when scheduling; its activities keep it. Restore it to offer it again.", None))
    # retranslateUi

