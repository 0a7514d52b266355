# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'side_panel.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListView, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QStackedWidget, QTabWidget, QTableView, QToolButton, QVBoxLayout, QWidget

class Ui_SidePanel(object):
    def setupUi(self, SidePanel):
        if not SidePanel.objectName():
            SidePanel.setObjectName(u"SidePanel")
        SidePanel.resize(420, 640)
        SidePanel.setAcceptDrops(True)
        self.panelLayout = QVBoxLayout(SidePanel)
        self.panelLayout.setObjectName(u"panelLayout")
        self.panelLayout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget(SidePanel)
        self.stack.setObjectName(u"stack")
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyLayout = QVBoxLayout(self.emptyPage)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyLabel = QLabel(self.emptyPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyLabel.setWordWrap(True)
        self.emptyLabel.setEnabled(False)

        self.emptyLayout.addWidget(self.emptyLabel)

        self.stack.addWidget(self.emptyPage)
        self.accountPage = QWidget()
        self.accountPage.setObjectName(u"accountPage")
        self.accountLayout = QVBoxLayout(self.accountPage)
        self.accountLayout.setSpacing(6)
        self.accountLayout.setObjectName(u"accountLayout")
        self.name = QLineEdit(self.accountPage)
        self.name.setObjectName(u"name")
        self.name.setAcceptDrops(False)
        self.name.setFrame(False)

        self.accountLayout.addWidget(self.name)

        self.state = QLabel(self.accountPage)
        self.state.setObjectName(u"state")
        self.state.setWordWrap(True)
        self.state.setTextFormat(Qt.TextFormat.PlainText)

        self.accountLayout.addWidget(self.state)

        self.headerForm = QFormLayout()
        self.headerForm.setObjectName(u"headerForm")
        self.headerForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.wonValueLabel = QLabel(self.accountPage)
        self.wonValueLabel.setObjectName(u"wonValueLabel")

        self.headerForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.wonValueLabel)

        self.wonValue = QToolButton(self.accountPage)
        self.wonValue.setObjectName(u"wonValue")
        self.wonValue.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.wonValue.setAutoRaise(True)

        self.headerForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.wonValue)

        self.dealCountsLabel = QLabel(self.accountPage)
        self.dealCountsLabel.setObjectName(u"dealCountsLabel")

        self.headerForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dealCountsLabel)

        self.dealCounts = QLabel(self.accountPage)
        self.dealCounts.setObjectName(u"dealCounts")

        self.headerForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dealCounts)

        self.ownerLabel = QLabel(self.accountPage)
        self.ownerLabel.setObjectName(u"ownerLabel")

        self.headerForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.ownerLabel)

        self.owner = QComboBox(self.accountPage)
        self.owner.setObjectName(u"owner")

        self.headerForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.owner)

        self.labelLabel = QLabel(self.accountPage)
        self.labelLabel.setObjectName(u"labelLabel")

        self.headerForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.labelLabel)

        self.label = QComboBox(self.accountPage)
        self.label.setObjectName(u"label")
        self.label.setEditable(True)
        self.label.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.headerForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.label)


        self.accountLayout.addLayout(self.headerForm)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.scheduleButton = QToolButton(self.accountPage)
        self.scheduleButton.setObjectName(u"scheduleButton")
        self.scheduleButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        self.actionsLayout.addWidget(self.scheduleButton)

        self.noteButton = QToolButton(self.accountPage)
        self.noteButton.setObjectName(u"noteButton")

        self.actionsLayout.addWidget(self.noteButton)

        self.attachButton = QToolButton(self.accountPage)
        self.attachButton.setObjectName(u"attachButton")

        self.actionsLayout.addWidget(self.attachButton)

        self.dealButton = QToolButton(self.accountPage)
        self.dealButton.setObjectName(u"dealButton")

        self.actionsLayout.addWidget(self.dealButton)

        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)


        self.accountLayout.addLayout(self.actionsLayout)

        self.sections = QTabWidget(self.accountPage)
        self.sections.setObjectName(u"sections")
        self.sections.setDocumentMode(True)
        self.sections.setUsesScrollButtons(True)
        self.overviewPage = QWidget()
        self.overviewPage.setObjectName(u"overviewPage")
        self.overviewLayout = QVBoxLayout(self.overviewPage)
        self.overviewLayout.setObjectName(u"overviewLayout")
        self.addressLabel = QLabel(self.overviewPage)
        self.addressLabel.setObjectName(u"addressLabel")

        self.overviewLayout.addWidget(self.addressLabel)

        self.address = QPlainTextEdit(self.overviewPage)
        self.address.setObjectName(u"address")
        self.address.setAcceptDrops(False)
        self.address.setMaximumSize(QSize(16777215, 64))
        self.address.setTabChangesFocus(True)

        self.overviewLayout.addWidget(self.address)

        self.fieldsLabel = QLabel(self.overviewPage)
        self.fieldsLabel.setObjectName(u"fieldsLabel")
        self.fieldsLabel.setWordWrap(True)

        self.overviewLayout.addWidget(self.fieldsLabel)

        self.fieldsView = QTableView(self.overviewPage)
        self.fieldsView.setObjectName(u"fieldsView")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.fieldsView.sizePolicy().hasHeightForWidth())
        self.fieldsView.setSizePolicy(sizePolicy)
        self.fieldsView.setShowGrid(False)
        self.fieldsView.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.fieldsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.fieldsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.fieldsView.setWordWrap(False)
        self.fieldsView.horizontalHeader().setVisible(False)
        self.fieldsView.horizontalHeader().setStretchLastSection(True)
        self.fieldsView.verticalHeader().setVisible(False)

        self.overviewLayout.addWidget(self.fieldsView)

        self.nextActivity = QLabel(self.overviewPage)
        self.nextActivity.setObjectName(u"nextActivity")
        self.nextActivity.setWordWrap(True)
        self.nextActivity.setTextFormat(Qt.TextFormat.RichText)

        self.overviewLayout.addWidget(self.nextActivity)

        self.pinnedNotes = QLabel(self.overviewPage)
        self.pinnedNotes.setObjectName(u"pinnedNotes")
        self.pinnedNotes.setWordWrap(True)
        self.pinnedNotes.setTextFormat(Qt.TextFormat.RichText)
        self.pinnedNotes.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.overviewLayout.addWidget(self.pinnedNotes)

        self.overviewSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.overviewLayout.addItem(self.overviewSpacer)

        self.sections.addTab(self.overviewPage, "")
        self.activitiesPage = QWidget()
        self.activitiesPage.setObjectName(u"activitiesPage")
        self.activitiesLayout = QVBoxLayout(self.activitiesPage)
        self.activitiesLayout.setObjectName(u"activitiesLayout")
        self.activitiesView = QListView(self.activitiesPage)
        self.activitiesView.setObjectName(u"activitiesView")
        self.activitiesView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.activitiesView.setWordWrap(True)
        self.activitiesView.setUniformItemSizes(False)

        self.activitiesLayout.addWidget(self.activitiesView)

        self.activityButtons = QHBoxLayout()
        self.activityButtons.setObjectName(u"activityButtons")
        self.activityDone = QPushButton(self.activitiesPage)
        self.activityDone.setObjectName(u"activityDone")

        self.activityButtons.addWidget(self.activityDone)

        self.activityEdit = QPushButton(self.activitiesPage)
        self.activityEdit.setObjectName(u"activityEdit")

        self.activityButtons.addWidget(self.activityEdit)

        self.activityDelete = QPushButton(self.activitiesPage)
        self.activityDelete.setObjectName(u"activityDelete")

        self.activityButtons.addWidget(self.activityDelete)

        self.activitySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.activityButtons.addItem(self.activitySpacer)


        self.activitiesLayout.addLayout(self.activityButtons)

        self.sections.addTab(self.activitiesPage, "")
        self.notesPage = QWidget()
        self.notesPage.setObjectName(u"notesPage")
        self.notesLayout = QVBoxLayout(self.notesPage)
        self.notesLayout.setObjectName(u"notesLayout")
        self.notesView = QListView(self.notesPage)
        self.notesView.setObjectName(u"notesView")
        self.notesView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.notesView.setWordWrap(True)
        self.notesView.setAlternatingRowColors(True)

        self.notesLayout.addWidget(self.notesView)

        self.noteButtons = QHBoxLayout()
        self.noteButtons.setObjectName(u"noteButtons")
        self.noteEdit = QPushButton(self.notesPage)
        self.noteEdit.setObjectName(u"noteEdit")

        self.noteButtons.addWidget(self.noteEdit)

        self.notePin = QPushButton(self.notesPage)
        self.notePin.setObjectName(u"notePin")

        self.noteButtons.addWidget(self.notePin)

        self.noteDelete = QPushButton(self.notesPage)
        self.noteDelete.setObjectName(u"noteDelete")

        self.noteButtons.addWidget(self.noteDelete)

        self.noteSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.noteButtons.addItem(self.noteSpacer)


        self.notesLayout.addLayout(self.noteButtons)

        self.sections.addTab(self.notesPage, "")
        self.filesPage = QWidget()
        self.filesPage.setObjectName(u"filesPage")
        self.filesLayout = QVBoxLayout(self.filesPage)
        self.filesLayout.setObjectName(u"filesLayout")
        self.filesView = QTableView(self.filesPage)
        self.filesView.setObjectName(u"filesView")
        self.filesView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.filesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.filesView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.filesView.setShowGrid(False)
        self.filesView.setWordWrap(False)
        self.filesView.horizontalHeader().setStretchLastSection(True)
        self.filesView.verticalHeader().setVisible(False)

        self.filesLayout.addWidget(self.filesView)

        self.fileButtons = QHBoxLayout()
        self.fileButtons.setObjectName(u"fileButtons")
        self.fileOpen = QPushButton(self.filesPage)
        self.fileOpen.setObjectName(u"fileOpen")

        self.fileButtons.addWidget(self.fileOpen)

        self.fileRemove = QPushButton(self.filesPage)
        self.fileRemove.setObjectName(u"fileRemove")

        self.fileButtons.addWidget(self.fileRemove)

        self.fileSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.fileButtons.addItem(self.fileSpacer)


        self.filesLayout.addLayout(self.fileButtons)

        self.sections.addTab(self.filesPage, "")
        self.dealsPage = QWidget()
        self.dealsPage.setObjectName(u"dealsPage")
        self.dealsLayout = QVBoxLayout(self.dealsPage)
        self.dealsLayout.setObjectName(u"dealsLayout")
        self.dealsView = QTableView(self.dealsPage)
        self.dealsView.setObjectName(u"dealsView")
        self.dealsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.dealsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.dealsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.dealsView.setShowGrid(False)
        self.dealsView.setWordWrap(False)
        self.dealsView.horizontalHeader().setStretchLastSection(True)
        self.dealsView.verticalHeader().setVisible(False)

        self.dealsLayout.addWidget(self.dealsView)

        self.dealButtons = QHBoxLayout()
        self.dealButtons.setObjectName(u"dealButtons")
        self.dealWon = QPushButton(self.dealsPage)
        self.dealWon.setObjectName(u"dealWon")

        self.dealButtons.addWidget(self.dealWon)

        self.dealLost = QPushButton(self.dealsPage)
        self.dealLost.setObjectName(u"dealLost")

        self.dealButtons.addWidget(self.dealLost)

        self.dealReopen = QPushButton(self.dealsPage)
        self.dealReopen.setObjectName(u"dealReopen")

        self.dealButtons.addWidget(self.dealReopen)

        self.dealEdit = QPushButton(self.dealsPage)
        self.dealEdit.setObjectName(u"dealEdit")

        self.dealButtons.addWidget(self.dealEdit)

        self.dealSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dealButtons.addItem(self.dealSpacer)


        self.dealsLayout.addLayout(self.dealButtons)

        self.sections.addTab(self.dealsPage, "")
        self.peoplePage = QWidget()
        self.peoplePage.setObjectName(u"peoplePage")
        self.peopleLayout = QVBoxLayout(self.peoplePage)
        self.peopleLayout.setObjectName(u"peopleLayout")
        self.peopleView = QTableView(self.peoplePage)
        self.peopleView.setObjectName(u"peopleView")
        self.peopleView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.peopleView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.peopleView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.peopleView.setShowGrid(False)
        self.peopleView.setWordWrap(False)
        self.peopleView.setMouseTracking(True)
        self.peopleView.horizontalHeader().setStretchLastSection(True)
        self.peopleView.verticalHeader().setVisible(False)

        self.peopleLayout.addWidget(self.peopleView)

        self.personButtons = QHBoxLayout()
        self.personButtons.setObjectName(u"personButtons")
        self.personAdd = QPushButton(self.peoplePage)
        self.personAdd.setObjectName(u"personAdd")

        self.personButtons.addWidget(self.personAdd)

        self.personLink = QPushButton(self.peoplePage)
        self.personLink.setObjectName(u"personLink")

        self.personButtons.addWidget(self.personLink)

        self.personEdit = QPushButton(self.peoplePage)
        self.personEdit.setObjectName(u"personEdit")

        self.personButtons.addWidget(self.personEdit)

        self.personUnlink = QPushButton(self.peoplePage)
        self.personUnlink.setObjectName(u"personUnlink")

        self.personButtons.addWidget(self.personUnlink)

        self.personSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.personButtons.addItem(self.personSpacer)


        self.peopleLayout.addLayout(self.personButtons)

        self.sections.addTab(self.peoplePage, "")
        self.trendsPage = QWidget()
        self.trendsPage.setObjectName(u"trendsPage")
        self.trendsLayout = QVBoxLayout(self.trendsPage)
        self.trendsLayout.setObjectName(u"trendsLayout")
        self.cadenceLabel = QLabel(self.trendsPage)
        self.cadenceLabel.setObjectName(u"cadenceLabel")
        self.cadenceLabel.setWordWrap(True)

        self.trendsLayout.addWidget(self.cadenceLabel)

        self.sections.addTab(self.trendsPage, "")

        self.accountLayout.addWidget(self.sections)

        self.stack.addWidget(self.accountPage)

        self.panelLayout.addWidget(self.stack)

#if QT_CONFIG(shortcut)
        self.wonValueLabel.setBuddy(self.wonValue)
        self.ownerLabel.setBuddy(self.owner)
        self.labelLabel.setBuddy(self.label)
        self.addressLabel.setBuddy(self.address)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SidePanel)

        QMetaObject.connectSlotsByName(SidePanel)
    # setupUi

    def retranslateUi(self, SidePanel):
        self.emptyLabel.setText(QCoreApplication.translate("SidePanel", u"Select an account to see everything about it here.", None))
#if QT_CONFIG(tooltip)
        self.name.setToolTip(QCoreApplication.translate("SidePanel", u"The organization's name: edit it here", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.name.setAccessibleName(QCoreApplication.translate("SidePanel", u"Organization name", None))
#endif // QT_CONFIG(accessibility)
        self.wonValueLabel.setText(QCoreApplication.translate("SidePanel", u"Won value:", None))
#if QT_CONFIG(tooltip)
        self.wonValue.setToolTip(QCoreApplication.translate("SidePanel", u"Click for the value per currency", None))
#endif // QT_CONFIG(tooltip)
        self.dealCountsLabel.setText(QCoreApplication.translate("SidePanel", u"Deals:", None))
        self.ownerLabel.setText(QCoreApplication.translate("SidePanel", u"&Owner:", None))
        self.labelLabel.setText(QCoreApplication.translate("SidePanel", u"&Label:", None))
        self.scheduleButton.setText(QCoreApplication.translate("SidePanel", u"Schedule\u2026", None))
#if QT_CONFIG(tooltip)
        self.scheduleButton.setToolTip(QCoreApplication.translate("SidePanel", u"Schedule an activity for this account", None))
#endif // QT_CONFIG(tooltip)
        self.noteButton.setText(QCoreApplication.translate("SidePanel", u"Note\u2026", None))
#if QT_CONFIG(tooltip)
        self.noteButton.setToolTip(QCoreApplication.translate("SidePanel", u"Add a note", None))
#endif // QT_CONFIG(tooltip)
        self.attachButton.setText(QCoreApplication.translate("SidePanel", u"Attach\u2026", None))
#if QT_CONFIG(tooltip)
        self.attachButton.setToolTip(QCoreApplication.translate("SidePanel", u"Attach a file (or drop files on the panel)", None))
#endif // QT_CONFIG(tooltip)
        self.dealButton.setText(QCoreApplication.translate("SidePanel", u"Deal\u2026", None))
#if QT_CONFIG(tooltip)
        self.dealButton.setToolTip(QCoreApplication.translate("SidePanel", u"Add a deal", None))
#endif // QT_CONFIG(tooltip)
        self.addressLabel.setText(QCoreApplication.translate("SidePanel", u"&Address", None))
        self.address.setPlaceholderText(QCoreApplication.translate("SidePanel", u"Street, city, postcode", None))
        self.fieldsLabel.setText(QCoreApplication.translate("SidePanel", u"Account fields", None))
        self.sections.setTabText(self.sections.indexOf(self.overviewPage), QCoreApplication.translate("SidePanel", u"Overview", None))
        self.activityDone.setText(QCoreApplication.translate("SidePanel", u"Mark &done", None))
        self.activityEdit.setText(QCoreApplication.translate("SidePanel", u"Ed&it\u2026", None))
        self.activityDelete.setText(QCoreApplication.translate("SidePanel", u"Delete", None))
        self.sections.setTabText(self.sections.indexOf(self.activitiesPage), QCoreApplication.translate("SidePanel", u"Activities", None))
        self.noteEdit.setText(QCoreApplication.translate("SidePanel", u"Ed&it\u2026", None))
        self.notePin.setText(QCoreApplication.translate("SidePanel", u"&Pin", None))
        self.noteDelete.setText(QCoreApplication.translate("SidePanel", u"Delete", None))
        self.sections.setTabText(self.sections.indexOf(self.notesPage), QCoreApplication.translate("SidePanel", u"Notes", None))
        self.fileOpen.setText(QCoreApplication.translate("SidePanel", u"O&pen", None))
        self.fileRemove.setText(QCoreApplication.translate("SidePanel", u"Remove", None))
        self.sections.setTabText(self.sections.indexOf(self.filesPage), QCoreApplication.translate("SidePanel", u"Files", None))
        self.dealWon.setText(QCoreApplication.translate("SidePanel", u"&Won", None))
        self.dealLost.setText(QCoreApplication.translate("SidePanel", u"Los&t\u2026", None))
        self.dealReopen.setText(QCoreApplication.translate("SidePanel", u"&Reopen", None))
        self.dealEdit.setText(QCoreApplication.translate("SidePanel", u"Ed&it\u2026", None))
        self.sections.setTabText(self.sections.indexOf(self.dealsPage), QCoreApplication.translate("SidePanel", u"Deals", None))
        self.personAdd.setText(QCoreApplication.translate("SidePanel", u"A&dd\u2026", None))
        self.personLink.setText(QCoreApplication.translate("SidePanel", u"Lin&k\u2026", None))
        self.personEdit.setText(QCoreApplication.translate("SidePanel", u"Ed&it\u2026", None))
        self.personUnlink.setText(QCoreApplication.translate("SidePanel", u"U&nlink", None))
        self.sections.setTabText(self.sections.indexOf(self.peoplePage), QCoreApplication.translate("SidePanel", u"People", None))
        self.sections.setTabText(self.sections.indexOf(self.trendsPage), QCoreApplication.translate("SidePanel", u"Trends", None))
#if QT_CONFIG(tooltip)
        self.sections.setTabToolTip(self.sections.indexOf(self.trendsPage), QCoreApplication.translate("SidePanel", u"What this customer is worth over time, and how often they are contacted", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

