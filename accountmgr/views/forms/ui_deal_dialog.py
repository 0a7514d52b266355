# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'deal_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QButtonGroup, QCheckBox, QComboBox, QDateEdit, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_DealDialog(object):
    def setupUi(self, DealDialog):
        if not DealDialog.objectName():
            DealDialog.setObjectName(u"DealDialog")
        DealDialog.resize(480, 200)
        DealDialog.setMinimumSize(QSize(440, 0))
        self.dialogLayout = QVBoxLayout(DealDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.titleLabel = QLabel(DealDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.title = QLineEdit(DealDialog)
        self.title.setObjectName(u"title")
        self.title.setMaxLength(255)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.title)

        self.organizationLabel = QLabel(DealDialog)
        self.organizationLabel.setObjectName(u"organizationLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.organizationLabel)

        self.organization = QLineEdit(DealDialog)
        self.organization.setObjectName(u"organization")
        self.organization.setClearButtonEnabled(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.organization)

        self.personLabel = QLabel(DealDialog)
        self.personLabel.setObjectName(u"personLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.personLabel)

        self.person = QComboBox(DealDialog)
        self.person.setObjectName(u"person")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.person)

        self.valueLabel = QLabel(DealDialog)
        self.valueLabel.setObjectName(u"valueLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.valueLabel)

        self.valueRow = QHBoxLayout()
        self.valueRow.setObjectName(u"valueRow")
        self.value = QLineEdit(DealDialog)
        self.value.setObjectName(u"value")
        self.value.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.value.setMaxLength(40)

        self.valueRow.addWidget(self.value)

        self.currency = QComboBox(DealDialog)
        self.currency.setObjectName(u"currency")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.currency.sizePolicy().hasHeightForWidth())
        self.currency.setSizePolicy(sizePolicy)
        self.currency.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.valueRow.addWidget(self.currency)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.valueRow)

        self.ownerLabel = QLabel(DealDialog)
        self.ownerLabel.setObjectName(u"ownerLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.ownerLabel)

        self.owner = QComboBox(DealDialog)
        self.owner.setObjectName(u"owner")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.owner)

        self.expectedCloseLabel = QLabel(DealDialog)
        self.expectedCloseLabel.setObjectName(u"expectedCloseLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.expectedCloseLabel)

        self.expectedCloseRow = QHBoxLayout()
        self.expectedCloseRow.setObjectName(u"expectedCloseRow")
        self.expectedClose = QDateEdit(DealDialog)
        self.expectedClose.setObjectName(u"expectedClose")
        self.expectedClose.setCalendarPopup(True)

        self.expectedCloseRow.addWidget(self.expectedClose)

        self.noExpectedClose = QCheckBox(DealDialog)
        self.noExpectedClose.setObjectName(u"noExpectedClose")

        self.expectedCloseRow.addWidget(self.noExpectedClose)

        self.expectedCloseSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.expectedCloseRow.addItem(self.expectedCloseSpacer)


        self.form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.expectedCloseRow)

        self.statusLabel = QLabel(DealDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusRow = QHBoxLayout()
        self.statusRow.setObjectName(u"statusRow")
        self.statusOpen = QRadioButton(DealDialog)
        self.statusGroup = QButtonGroup(DealDialog)
        self.statusGroup.setObjectName(u"statusGroup")
        self.statusGroup.addButton(self.statusOpen)
        self.statusOpen.setObjectName(u"statusOpen")
        self.statusOpen.setChecked(True)

        self.statusRow.addWidget(self.statusOpen)

        self.statusWon = QRadioButton(DealDialog)
        self.statusGroup.addButton(self.statusWon)
        self.statusWon.setObjectName(u"statusWon")

        self.statusRow.addWidget(self.statusWon)

        self.statusLost = QRadioButton(DealDialog)
        self.statusGroup.addButton(self.statusLost)
        self.statusLost.setObjectName(u"statusLost")

        self.statusRow.addWidget(self.statusLost)

        self.statusNoteGap = QSpacerItem(8, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.statusRow.addItem(self.statusNoteGap)

        self.statusNote = QLabel(DealDialog)
        self.statusNote.setObjectName(u"statusNote")
        self.statusNote.setEnabled(False)

        self.statusRow.addWidget(self.statusNote)

        self.statusSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.statusRow.addItem(self.statusSpacer)


        self.form.setLayout(6, QFormLayout.ItemRole.FieldRole, self.statusRow)

        self.lostReasonLabel = QLabel(DealDialog)
        self.lostReasonLabel.setObjectName(u"lostReasonLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.lostReasonLabel)

        self.lostReason = QLineEdit(DealDialog)
        self.lostReason.setObjectName(u"lostReason")
        self.lostReason.setMaxLength(255)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.lostReason)


        self.dialogLayout.addLayout(self.form)

        self.error = QLabel(DealDialog)
        self.error.setObjectName(u"error")
        self.error.setStyleSheet(u"color: #c62828;")
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.error)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttons = QDialogButtonBox(DealDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.title)
        self.organizationLabel.setBuddy(self.organization)
        self.personLabel.setBuddy(self.person)
        self.valueLabel.setBuddy(self.value)
        self.ownerLabel.setBuddy(self.owner)
        self.expectedCloseLabel.setBuddy(self.expectedClose)
        self.lostReasonLabel.setBuddy(self.lostReason)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.title, self.organization)
        QWidget.setTabOrder(self.organization, self.person)
        QWidget.setTabOrder(self.person, self.value)
        QWidget.setTabOrder(self.value, self.currency)
        QWidget.setTabOrder(self.currency, self.owner)
        QWidget.setTabOrder(self.owner, self.expectedClose)
        QWidget.setTabOrder(self.expectedClose, self.noExpectedClose)
        QWidget.setTabOrder(self.noExpectedClose, self.statusOpen)
        QWidget.setTabOrder(self.statusOpen, self.statusWon)
        QWidget.setTabOrder(self.statusWon, self.statusLost)
        QWidget.setTabOrder(self.statusLost, self.lostReason)

        self.retranslateUi(DealDialog)
        self.buttons.accepted.connect(DealDialog.accept)
        self.buttons.rejected.connect(DealDialog.reject)

        QMetaObject.connectSlotsByName(DealDialog)
    # setupUi

    def retranslateUi(self, DealDialog):
        DealDialog.setWindowTitle(QCoreApplication.translate("DealDialog", u"Deal", None))
        self.titleLabel.setText(QCoreApplication.translate("DealDialog", u"&Title:", None))
        self.title.setPlaceholderText(QCoreApplication.translate("DealDialog", u"For example: Annual licence renewal", None))
        self.organizationLabel.setText(QCoreApplication.translate("DealDialog", u"Or&ganization:", None))
        self.organization.setPlaceholderText(QCoreApplication.translate("DealDialog", u"Type to search; leave empty for none", None))
        self.personLabel.setText(QCoreApplication.translate("DealDialog", u"&Person:", None))
        self.valueLabel.setText(QCoreApplication.translate("DealDialog", u"&Value:", None))
        self.ownerLabel.setText(QCoreApplication.translate("DealDialog", u"&Owner:", None))
        self.expectedCloseLabel.setText(QCoreApplication.translate("DealDialog", u"E&xpected close:", None))
        self.noExpectedClose.setText(QCoreApplication.translate("DealDialog", u"No &date", None))
        self.statusLabel.setText(QCoreApplication.translate("DealDialog", u"Status:", None))
        self.statusOpen.setText(QCoreApplication.translate("DealDialog", u"Op&en", None))
        self.statusWon.setText(QCoreApplication.translate("DealDialog", u"&Won", None))
        self.statusLost.setText(QCoreApplication.translate("DealDialog", u"&Lost", None))
        self.lostReasonLabel.setText(QCoreApplication.translate("DealDialog", u"Lost &reason:", None))
        self.lostReason.setPlaceholderText(QCoreApplication.translate("DealDialog", u"Why the customer said no", None))
    # retranslateUi

