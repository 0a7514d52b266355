# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'schedule_activity.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem, QSpinBox, QTimeEdit, QVBoxLayout, QWidget

class Ui_ScheduleActivityDialog(object):
    def setupUi(self, ScheduleActivityDialog):
        if not ScheduleActivityDialog.objectName():
            ScheduleActivityDialog.setObjectName(u"ScheduleActivityDialog")
        ScheduleActivityDialog.resize(440, 300)
        self.mainLayout = QVBoxLayout(ScheduleActivityDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.intro = QLabel(ScheduleActivityDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.mainLayout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.typeLabel = QLabel(ScheduleActivityDialog)
        self.typeLabel.setObjectName(u"typeLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.typeLabel)

        self.type = QComboBox(ScheduleActivityDialog)
        self.type.setObjectName(u"type")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.type)

        self.subjectLabel = QLabel(ScheduleActivityDialog)
        self.subjectLabel.setObjectName(u"subjectLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.subjectLabel)

        self.subject = QLineEdit(ScheduleActivityDialog)
        self.subject.setObjectName(u"subject")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.subject)

        self.dateLabel = QLabel(ScheduleActivityDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.whenLayout = QHBoxLayout()
        self.whenLayout.setObjectName(u"whenLayout")
        self.date = QDateEdit(ScheduleActivityDialog)
        self.date.setObjectName(u"date")
        self.date.setCalendarPopup(True)

        self.whenLayout.addWidget(self.date)

        self.hasTime = QCheckBox(ScheduleActivityDialog)
        self.hasTime.setObjectName(u"hasTime")

        self.whenLayout.addWidget(self.hasTime)

        self.time = QTimeEdit(ScheduleActivityDialog)
        self.time.setObjectName(u"time")
        self.time.setEnabled(False)

        self.whenLayout.addWidget(self.time)

        self.whenSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.whenLayout.addItem(self.whenSpacer)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.whenLayout)

        self.durationLabel = QLabel(ScheduleActivityDialog)
        self.durationLabel.setObjectName(u"durationLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.durationLabel)

        self.duration = QSpinBox(ScheduleActivityDialog)
        self.duration.setObjectName(u"duration")
        self.duration.setMaximum(1440)
        self.duration.setSingleStep(15)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.duration)

        self.repeatLabel = QLabel(ScheduleActivityDialog)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeatLayout = QHBoxLayout()
        self.repeatLayout.setObjectName(u"repeatLayout")
        self.repeatUnit = QComboBox(ScheduleActivityDialog)
        self.repeatUnit.setObjectName(u"repeatUnit")

        self.repeatLayout.addWidget(self.repeatUnit)

        self.repeatEvery = QSpinBox(ScheduleActivityDialog)
        self.repeatEvery.setObjectName(u"repeatEvery")
        self.repeatEvery.setMinimum(1)
        self.repeatEvery.setMaximum(999)

        self.repeatLayout.addWidget(self.repeatEvery)

        self.hasUntil = QCheckBox(ScheduleActivityDialog)
        self.hasUntil.setObjectName(u"hasUntil")

        self.repeatLayout.addWidget(self.hasUntil)

        self.repeatUntil = QDateEdit(ScheduleActivityDialog)
        self.repeatUntil.setObjectName(u"repeatUntil")
        self.repeatUntil.setCalendarPopup(True)
        self.repeatUntil.setEnabled(False)

        self.repeatLayout.addWidget(self.repeatUntil)

        self.repeatSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.repeatLayout.addItem(self.repeatSpacer)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.repeatLayout)

        self.assigneeLabel = QLabel(ScheduleActivityDialog)
        self.assigneeLabel.setObjectName(u"assigneeLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.assigneeLabel)

        self.assignee = QComboBox(ScheduleActivityDialog)
        self.assignee.setObjectName(u"assignee")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.assignee)

        self.personLabel = QLabel(ScheduleActivityDialog)
        self.personLabel.setObjectName(u"personLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.personLabel)

        self.person = QComboBox(ScheduleActivityDialog)
        self.person.setObjectName(u"person")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.person)

        self.dealLabel = QLabel(ScheduleActivityDialog)
        self.dealLabel.setObjectName(u"dealLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.dealLabel)

        self.deal = QComboBox(ScheduleActivityDialog)
        self.deal.setObjectName(u"deal")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.deal)

        self.noteLabel = QLabel(ScheduleActivityDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.note = QPlainTextEdit(ScheduleActivityDialog)
        self.note.setObjectName(u"note")
        self.note.setTabChangesFocus(True)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.note)


        self.mainLayout.addLayout(self.form)

        self.error = QLabel(ScheduleActivityDialog)
        self.error.setObjectName(u"error")
        self.error.setStyleSheet(u"color: #c62828;")
        self.error.setWordWrap(True)

        self.mainLayout.addWidget(self.error)

        self.buttons = QDialogButtonBox(ScheduleActivityDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.typeLabel.setBuddy(self.type)
        self.subjectLabel.setBuddy(self.subject)
        self.dateLabel.setBuddy(self.date)
        self.durationLabel.setBuddy(self.duration)
        self.repeatLabel.setBuddy(self.repeatUnit)
        self.assigneeLabel.setBuddy(self.assignee)
        self.personLabel.setBuddy(self.person)
        self.dealLabel.setBuddy(self.deal)
        self.noteLabel.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.type, self.subject)
        QWidget.setTabOrder(self.subject, self.date)
        QWidget.setTabOrder(self.date, self.hasTime)
        QWidget.setTabOrder(self.hasTime, self.time)
        QWidget.setTabOrder(self.time, self.duration)
        QWidget.setTabOrder(self.duration, self.repeatUnit)
        QWidget.setTabOrder(self.repeatUnit, self.repeatEvery)
        QWidget.setTabOrder(self.repeatEvery, self.hasUntil)
        QWidget.setTabOrder(self.hasUntil, self.repeatUntil)
        QWidget.setTabOrder(self.repeatUntil, self.assignee)
        QWidget.setTabOrder(self.assignee, self.person)
        QWidget.setTabOrder(self.person, self.deal)
        QWidget.setTabOrder(self.deal, self.note)

        self.retranslateUi(ScheduleActivityDialog)

        QMetaObject.connectSlotsByName(ScheduleActivityDialog)
    # setupUi

    def retranslateUi(self, ScheduleActivityDialog):
        ScheduleActivityDialog.setWindowTitle(QCoreApplication.translate("ScheduleActivityDialog", u"Schedule activity", None))
        self.typeLabel.setText(QCoreApplication.translate("ScheduleActivityDialog", u"&Type:", None))
        self.subjectLabel.setText(QCoreApplication.translate("ScheduleActivityDialog", u"&Subject:", None))
        self.dateLabel.setText(QCoreApplication.translate("ScheduleActivityDialog", u"&Date:", None))
        self.hasTime.setText(QCoreApplication.translate("ScheduleActivityDialog", u"at", None))
        self.durationLabel.setText(QCoreApplication.translate("ScheduleActivityDialog", u"D&uration:", None))
        self.duration.setSpecialValueText(QCoreApplication.translate("ScheduleActivityDialog", u"none", None))
        self.duration.setSuffix(QCoreApplication.translate("ScheduleActivityDialog", u" min", None))
        self.repeatLabel.setText(QCoreApplication.translate("ScheduleActivityDialog", u"&Repeat:", None))
#if QT_CONFIG(tooltip)
        self.repeatUnit.setToolTip(QCoreApplication.translate("ScheduleActivityDialog", u"A check-in that comes back: completing one schedules the next", None))
#endif // QT_CONFIG(tooltip)
        self.repeatEvery.setPrefix(QCoreApplication.translate("ScheduleActivityDialog", u"every ", None))
        self.hasUntil.setText(QCoreApplication.translate("ScheduleActivityDialog", u"until", None))
        self.assigneeLabel.setText(QCoreApplication.translate("ScheduleActivityDialog", u"&Assigned to:", None))
        self.personLabel.setText(QCoreApplication.translate("ScheduleActivityDialog", u"&Person:", None))
        self.dealLabel.setText(QCoreApplication.translate("ScheduleActivityDialog", u"D&eal:", None))
        self.noteLabel.setText(QCoreApplication.translate("ScheduleActivityDialog", u"&Note:", None))
    # retranslateUi

