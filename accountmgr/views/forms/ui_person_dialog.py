# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'person_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_PersonDialog(object):
    def setupUi(self, PersonDialog):
        if not PersonDialog.objectName():
            PersonDialog.setObjectName(u"PersonDialog")
        PersonDialog.resize(460, 200)
        PersonDialog.setMinimumSize(QSize(420, 0))
        self.dialogLayout = QVBoxLayout(PersonDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.nameLabel = QLabel(PersonDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(PersonDialog)
        self.name.setObjectName(u"name")
        self.name.setMaxLength(255)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.roleLabel = QLabel(PersonDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.role = QLineEdit(PersonDialog)
        self.role.setObjectName(u"role")
        self.role.setMaxLength(255)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.role)

        self.organizationLabel = QLabel(PersonDialog)
        self.organizationLabel.setObjectName(u"organizationLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.organizationLabel)

        self.organization = QLineEdit(PersonDialog)
        self.organization.setObjectName(u"organization")
        self.organization.setClearButtonEnabled(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.organization)

        self.emailsLabel = QLabel(PersonDialog)
        self.emailsLabel.setObjectName(u"emailsLabel")
        self.emailsLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop|Qt.AlignmentFlag.AlignTrailing)

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.emailsLabel)

        self.emails = QPlainTextEdit(PersonDialog)
        self.emails.setObjectName(u"emails")
        self.emails.setMinimumSize(QSize(0, 56))
        self.emails.setMaximumSize(QSize(16777215, 80))
        self.emails.setTabChangesFocus(True)
        self.emails.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.emails)

        self.phonesLabel = QLabel(PersonDialog)
        self.phonesLabel.setObjectName(u"phonesLabel")
        self.phonesLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop|Qt.AlignmentFlag.AlignTrailing)

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.phonesLabel)

        self.phones = QPlainTextEdit(PersonDialog)
        self.phones.setObjectName(u"phones")
        self.phones.setMinimumSize(QSize(0, 56))
        self.phones.setMaximumSize(QSize(16777215, 80))
        self.phones.setTabChangesFocus(True)
        self.phones.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.phones)


        self.dialogLayout.addLayout(self.form)

        self.error = QLabel(PersonDialog)
        self.error.setObjectName(u"error")
        self.error.setStyleSheet(u"color: #c62828;")
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.error)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttons = QDialogButtonBox(PersonDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.name)
        self.roleLabel.setBuddy(self.role)
        self.organizationLabel.setBuddy(self.organization)
        self.emailsLabel.setBuddy(self.emails)
        self.phonesLabel.setBuddy(self.phones)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.role)
        QWidget.setTabOrder(self.role, self.organization)
        QWidget.setTabOrder(self.organization, self.emails)
        QWidget.setTabOrder(self.emails, self.phones)

        self.retranslateUi(PersonDialog)
        self.buttons.accepted.connect(PersonDialog.accept)
        self.buttons.rejected.connect(PersonDialog.reject)

        QMetaObject.connectSlotsByName(PersonDialog)
    # setupUi

    def retranslateUi(self, PersonDialog):
        PersonDialog.setWindowTitle(QCoreApplication.translate("PersonDialog", u"Person", None))
        self.nameLabel.setText(QCoreApplication.translate("PersonDialog", u"&Name:", None))
        self.name.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"First and last name", None))
        self.roleLabel.setText(QCoreApplication.translate("PersonDialog", u"&Role:", None))
        self.role.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"For example: Head of purchasing", None))
        self.organizationLabel.setText(QCoreApplication.translate("PersonDialog", u"Or&ganization:", None))
        self.organization.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"Type to search; leave empty for none", None))
        self.emailsLabel.setText(QCoreApplication.translate("PersonDialog", u"&Emails:", None))
        self.emails.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"One address per line", None))
        self.phonesLabel.setText(QCoreApplication.translate("PersonDialog", u"&Phones:", None))
        self.phones.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"One number per line", None))
    # retranslateUi

