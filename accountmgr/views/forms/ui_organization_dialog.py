# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'organization_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_OrganizationDialog(object):
    def setupUi(self, OrganizationDialog):
        if not OrganizationDialog.objectName():
            OrganizationDialog.setObjectName(u"OrganizationDialog")
        OrganizationDialog.resize(460, 200)
        OrganizationDialog.setMinimumSize(QSize(420, 0))
        self.dialogLayout = QVBoxLayout(OrganizationDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.nameLabel = QLabel(OrganizationDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(OrganizationDialog)
        self.name.setObjectName(u"name")
        self.name.setMaxLength(255)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.addressLabel = QLabel(OrganizationDialog)
        self.addressLabel.setObjectName(u"addressLabel")
        self.addressLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop|Qt.AlignmentFlag.AlignTrailing)

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.address = QPlainTextEdit(OrganizationDialog)
        self.address.setObjectName(u"address")
        self.address.setMinimumSize(QSize(0, 72))
        self.address.setMaximumSize(QSize(16777215, 96))
        self.address.setTabChangesFocus(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.address)

        self.countryLabel = QLabel(OrganizationDialog)
        self.countryLabel.setObjectName(u"countryLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.countryLabel)

        self.countryRow = QHBoxLayout()
        self.countryRow.setObjectName(u"countryRow")
        self.country = QLineEdit(OrganizationDialog)
        self.country.setObjectName(u"country")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.country.sizePolicy().hasHeightForWidth())
        self.country.setSizePolicy(sizePolicy)
        self.country.setMinimumSize(QSize(56, 0))
        self.country.setMaximumSize(QSize(56, 16777215))
        self.country.setMaxLength(2)

        self.countryRow.addWidget(self.country)

        self.countryName = QLabel(OrganizationDialog)
        self.countryName.setObjectName(u"countryName")
        self.countryName.setEnabled(False)

        self.countryRow.addWidget(self.countryName)

        self.countrySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.countryRow.addItem(self.countrySpacer)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.countryRow)

        self.ownerLabel = QLabel(OrganizationDialog)
        self.ownerLabel.setObjectName(u"ownerLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.ownerLabel)

        self.owner = QComboBox(OrganizationDialog)
        self.owner.setObjectName(u"owner")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.owner)

        self.labelLabel = QLabel(OrganizationDialog)
        self.labelLabel.setObjectName(u"labelLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.labelLabel)

        self.label = QComboBox(OrganizationDialog)
        self.label.setObjectName(u"label")
        self.label.setEditable(True)
        self.label.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.label)


        self.dialogLayout.addLayout(self.form)

        self.error = QLabel(OrganizationDialog)
        self.error.setObjectName(u"error")
        self.error.setStyleSheet(u"color: #c62828;")
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.error)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttons = QDialogButtonBox(OrganizationDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.name)
        self.addressLabel.setBuddy(self.address)
        self.countryLabel.setBuddy(self.country)
        self.ownerLabel.setBuddy(self.owner)
        self.labelLabel.setBuddy(self.label)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.address)
        QWidget.setTabOrder(self.address, self.country)
        QWidget.setTabOrder(self.country, self.owner)
        QWidget.setTabOrder(self.owner, self.label)

        self.retranslateUi(OrganizationDialog)
        self.buttons.accepted.connect(OrganizationDialog.accept)
        self.buttons.rejected.connect(OrganizationDialog.reject)

        QMetaObject.connectSlotsByName(OrganizationDialog)
    # setupUi

    def retranslateUi(self, OrganizationDialog):
        OrganizationDialog.setWindowTitle(QCoreApplication.translate("OrganizationDialog", u"Organization", None))
        self.nameLabel.setText(QCoreApplication.translate("OrganizationDialog", u"&Name:", None))
        self.name.setPlaceholderText(QCoreApplication.translate("OrganizationDialog", u"Company name", None))
        self.addressLabel.setText(QCoreApplication.translate("OrganizationDialog", u"A&ddress:", None))
        self.address.setPlaceholderText(QCoreApplication.translate("OrganizationDialog", u"Street, postcode and town", None))
        self.countryLabel.setText(QCoreApplication.translate("OrganizationDialog", u"&Country:", None))
        self.country.setPlaceholderText(QCoreApplication.translate("OrganizationDialog", u"DE", None))
#if QT_CONFIG(tooltip)
        self.country.setToolTip(QCoreApplication.translate("OrganizationDialog", u"Two-letter ISO country code, for example DE, FR or US", None))
#endif // QT_CONFIG(tooltip)
        self.ownerLabel.setText(QCoreApplication.translate("OrganizationDialog", u"&Owner:", None))
        self.labelLabel.setText(QCoreApplication.translate("OrganizationDialog", u"&Label:", None))
    # retranslateUi

