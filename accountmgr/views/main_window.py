"""The main window: List and Kanban tabs over the same accounts, a side panel, a status bar."""

from __future__ import annotations

import dataclasses
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QObject,
    QPoint,
    QSettings,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QGuiApplication,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import QInputDialog, QLabel, QLineEdit, QMainWindow, QMenu, QWidget

from accountmgr import __version__
from accountmgr.domain import (
    account_list,
    backups,
    clock,
    customfields,
    identity,
    organizations,
)
from accountmgr.domain.account_list import AccountFilter
from accountmgr.domain.backups import BackupInfo
from accountmgr.domain.buckets import Bucket
from accountmgr.domain.changes import Change, Kind
from accountmgr.domain.currencies import default_currency
from accountmgr.domain.errors import DomainError
from accountmgr.qtmodels.accounts_model import AccountsModel
from accountmgr.qtmodels.hub import ChangeHub, ExternalChanges
from accountmgr.resources import resource_path
from accountmgr.views import undo
from accountmgr.views.filters import FilterState
from accountmgr.views.forms.ui_main_window import Ui_MainWindow
from accountmgr.views.list_tab import ListTab
from accountmgr.views.operations import run_in_background
from accountmgr.views.side_panel import SidePanel
from accountmgr.views.status_figures import StatusFigures
from accountmgr.views.translations import first_weekday
from accountmgr.views.undo import show_error

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QResizeEvent, QShowEvent

    from accountmgr.qtmodels.kanban_model import KanbanBoard
    from accountmgr.views.account_actions import AccountActions
    from accountmgr.views.kanban_tab import KanbanTab
    from accountmgr.views.record_dialogs import RecordDialogs

RECENT_DAYS = 30
SEARCH_DELAY_MS = 250
TOTALS_LATER_MS = 100  # the status bar's figures, when the list has not painted by then


class MainWindow(QMainWindow):
    user_changed = Signal(object)  # the user id this installation runs as, or None

    def __init__(
        self,
        hub: ChangeHub,
        settings: QSettings,
        parent: QWidget | None = None,
        *,
        paint_first: bool = False,
    ) -> None:
        """With `paint_first`, the status bar's figures are left for `finish_start`, which the
        caller runs once the window has painted: the list shows that much sooner."""
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self._hub = hub
        self._settings = settings
        self._fitted = False  # to the screen, once shown
        self.setWindowIcon(QIcon(str(resource_path("icons", "accountmgr.svg"))))
        self.setWindowTitle(self.tr("Accounts — accountmgr"))
        self.undo_stack = QUndoStack(self)
        self.filters = FilterState(self)
        # Changes another process writes (a second window, an import on the command line)
        # reach the views through the hub as this window's own do; watched from finish_start.
        self.external_changes = ExternalChanges(hub, self)
        self.model = AccountsModel(hub, self)
        # The locale's, as on the command line (en_US's on a machine without locale settings).
        self.model.first_weekday = first_weekday()
        self.model.set_custom_fields(customfields.definitions("organization"))
        self.list_tab = ListTab(
            self.model, self.filters, settings, organizations.users(), organizations.labels(), self
        )
        self.ui.listLayout.addWidget(self.list_tab)
        self._board: KanbanBoard | None = None  # built when first needed: see kanban_tab
        self._kanban_tab: KanbanTab | None = None
        # Built when first used (its dialogs are not needed to show the list); a cell edited
        # in the list is the first use of some.
        self._account_actions: AccountActions | None = None
        self.model.edit_handler = self._edit_cell
        identity.set_current_user(self.current_user())
        self.list_tab.set_me(identity.current_user())
        self._dialogs: RecordDialogs | None = None  # see dialogs
        self.panel = SidePanel(hub, self.undo_stack, lambda: self.dialogs, self)
        self.ui.sideLayout.setContentsMargins(4, 4, 4, 4)
        self.ui.sideLayout.addWidget(self.panel)

        self._totals_timer = QTimer(self)  # see refresh_shown
        self._totals_timer.setSingleShot(True)
        self._totals_timer.setInterval(0)
        self._totals_timer.timeout.connect(self._show_totals)
        self._build_search()
        self._build_menus()
        self._build_status_bar()
        self._build_user_menu()
        self._connect()
        self._show_selection([])
        self._restore_state()
        self._tab_changed(self.ui.tabs.currentIndex())
        # A minute's tick notices a new day at midnight, and after the laptop slept through it.
        self._day = clock.today()
        self._day_timer = QTimer(self)
        self._day_timer.setInterval(60_000)
        self._day_timer.timeout.connect(self.check_new_day)
        self._day_timer.start()
        if not paint_first:
            self.finish_start()

    def finish_start(self) -> None:
        """What the first paint does not wait for: the status bar's figures (counted over every
        account), and the watch for other processes' changes."""
        self.refresh_totals()
        self.external_changes.start()

    def _connect(self) -> None:
        self._hub.changed.connect(self._on_changed)
        self.filters.changed.connect(lambda _: self.refresh_shown())
        self.list_tab.table.painted.connect(self._list_painted)
        self.list_tab.selection_changed.connect(self._show_selection)
        self.list_tab.selection_hidden.connect(self._selection_hidden)
        self.panel.reveal_requested.connect(self.reveal_hidden)
        # Tab goes from the list to the panel (built later than the search field).
        self.panel.content_built.connect(self._panel_built)
        self.list_tab.empty_link.connect(self._empty_link)
        self.ui.tabs.currentChanged.connect(self._tab_changed)
        self.list_tab.table.opened.connect(self._open_account)
        # Delete (the Edit menu shows it) acts where the accounts are: the list or the board.
        self.list_tab.table.addAction(self.ui.actionDelete)
        self.list_tab.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list_tab.table.customContextMenuRequested.connect(self._list_menu)
        self.panel.message.connect(lambda text: self.statusBar().showMessage(text, 8000))

    @property
    def account_actions(self) -> AccountActions:
        """Edits, deletes, owner changes, campaigns and exports of accounts (see __init__)."""
        if self._account_actions is None:
            from accountmgr.views.account_actions import AccountActions

            actions = AccountActions(self, self._hub, self.undo_stack, self.model)
            actions.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
            self._account_actions = actions
        return self._account_actions

    @property
    def dialogs(self) -> RecordDialogs:
        """The record dialogs (new and edited organizations, people and deals), loaded when
        first opened."""
        if self._dialogs is None:
            from accountmgr.views.record_dialogs import RecordDialogs

            self._dialogs = RecordDialogs(self, self._hub, self.undo_stack)
        return self._dialogs

    def _edit_cell(self, org_id: int, key: str, old: object, new: object) -> bool:
        return self.account_actions.edit_cell(org_id, key, old, new)

    @property
    def kanban_tab(self) -> KanbanTab:
        """The board's tab, built the first time it is shown or asked for (start-up does not
        wait for it)."""
        if self._kanban_tab is None:
            self._build_kanban()
        assert self._kanban_tab is not None
        return self._kanban_tab

    @property
    def board(self) -> KanbanBoard:
        """The board's models (see kanban_tab)."""
        if self._board is None:
            self._build_kanban()
        assert self._board is not None
        return self._board

    def _build_kanban(self) -> None:
        from accountmgr.qtmodels.kanban_model import KanbanBoard
        from accountmgr.views.kanban_tab import KanbanTab

        board = KanbanBoard(self._hub, self)
        board.set_active(False)  # read when its tab is shown
        board.first_weekday = self.model.first_weekday
        board.set_filter(self.filters.value)
        tab = KanbanTab(board, _type_icons(), self)
        self._board, self._kanban_tab = board, tab
        self.ui.kanbanLayout.addWidget(tab)
        tab.show()  # at once, when built as its page appears (a layout would show it later)
        self.filters.changed.connect(board.set_filter)
        tab.selection_changed.connect(self._card_selected)
        tab.selection_hidden.connect(self._selection_hidden)
        tab.open_requested.connect(self._open_account)
        tab.schedule_requested.connect(self._schedule_cards)
        tab.done_requested.connect(self._done_cards)
        tab.addAction(self.ui.actionDelete)

    def check_new_day(self) -> None:
        """When the date changed, everything that depends on "today" is recomputed."""
        if clock.today() != self._day:
            self._day = clock.today()
            self.model.refresh_day()
            if self._kanban_tab is not None:
                self.board.refresh()
                for cards in self.kanban_tab.lists.values():
                    cards.viewport().update()  # "last contacted N days ago" moved on by a day
            self.panel.reload()  # "Today", "Overdue" and the next activity move
            self.refresh_totals()

    # -- building -------------------------------------------------------------------------

    def _build_search(self) -> None:
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search names, people, emails, phones"))
        self.search.setAccessibleName(self.tr("Search accounts"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(360)
        self.ui.mainToolBar.addSeparator()
        self.ui.mainToolBar.addWidget(self.search)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(
            lambda: self.filters.update(search=self.search.text().strip())
        )
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self._search_now)
        self.search.installEventFilter(self)
        self.ui.actionFind.triggered.connect(self._focus_search)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """In the search field, Esc clears it and Down goes to the results."""
        if watched is self.search and isinstance(event, QKeyEvent):
            if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
                self.search.clear()
                self._search_now()
                return True
            if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Down:
                self._search_now()
                table = self.list_tab.table
                table.setFocus()
                if self.model.rowCount() and not self.list_tab.selected_ids():
                    current = table.currentIndex()
                    self.list_tab.select([self.model.org_id(max(0, current.row()))])
                return True
        return super().eventFilter(watched, event)

    def _build_menus(self) -> None:
        ui = self.ui
        # What an undo or a redo did replaces the message of what was done before it.
        undo_action = undo.stack_action(
            self.undo_stack, self, redo=False, stepped=lambda text: self._say_undone(text, False)
        )
        undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        redo_action = undo.stack_action(
            self.undo_stack, self, redo=True, stepped=lambda text: self._say_undone(text, True)
        )
        redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        first = ui.menuEdit.actions()[0]
        ui.menuEdit.insertActions(first, [undo_action, redo_action])
        ui.menuEdit.insertSeparator(first)
        self.undo_action, self.redo_action = undo_action, redo_action

        ui.actionQuit.triggered.connect(self.close)
        ui.actionShowList.triggered.connect(lambda: ui.tabs.setCurrentIndex(0))
        ui.actionShowKanban.triggered.connect(lambda: ui.tabs.setCurrentIndex(1))
        ui.actionSidePanel.toggled.connect(self.show_side_panel)
        ui.actionAbout.triggered.connect(self._about)
        ui.actionNewOrganization.triggered.connect(self._new_organization)
        ui.actionNewPerson.triggered.connect(lambda: self.dialogs.new_person(self._current_org()))
        ui.actionNewDeal.triggered.connect(lambda: self.dialogs.new_deal(self._current_org()))
        ui.actionNewActivity.triggered.connect(self._new_activity)
        ui.actionCustomFields.triggered.connect(self._custom_fields)
        ui.actionActivityTypes.triggered.connect(self._activity_types)
        ui.actionImport.triggered.connect(self._import)
        self.backup_action = QAction(self.tr("&Back up now"), self)
        self.backup_action.triggered.connect(self.back_up)
        self.restore_action = QAction(self.tr("&Restore from backup…"), self)
        self.restore_action.triggered.connect(self._restore)
        ui.menuFile.insertActions(ui.actionQuit, [self.backup_action, self.restore_action])
        ui.menuFile.insertSeparator(ui.actionQuit)
        for action, kind in (
            (ui.actionExportOrganizations, "organizations"),
            (ui.actionExportPersons, "persons"),
            (ui.actionExportDeals, "deals"),
            (ui.actionExportActivities, "activities"),
            (ui.actionExportNotes, "notes"),
        ):
            action.triggered.connect(
                lambda _on=False, k=kind: self.account_actions.export_kind(k, self._data_exported)
            )
        ui.actionExportCalendar.triggered.connect(
            lambda: self.account_actions.export_calendar(self._calendar_exported)
        )
        ui.actionEditOrganization.triggered.connect(self._edit_current)
        ui.actionDelete.triggered.connect(self._delete_selected)
        ui.actionChangeOwner.triggered.connect(
            lambda: self.account_actions.change_owner(self.selected_ids())
        )
        ui.actionScheduleForSelection.triggered.connect(
            lambda: self.account_actions.schedule_campaign(self.selected_ids())
        )
        ui.actionExportCsv.triggered.connect(self._export)

    def _build_status_bar(self) -> None:
        self.figures = StatusFigures(self.ui.statusBar)
        self.figures.link_activated.connect(self.show_only)
        # The figures by name (what tests and the window read)
        self.accounts_label = self.figures.accounts
        self.value_label = self.figures.value
        self.contacted_30_label = self.figures.contacted_30
        self.contacted_90_label = self.figures.contacted_90
        self.nothing_planned_label = self.figures.nothing_planned
        self.not_accounts_label = self.figures.not_accounts

    @Slot(str)
    def show_only(self, which: str) -> None:
        """A click on a number of the status bar: the list (and board) show just those."""
        if which == "none":
            self.filters.update(bucket=Bucket.NO_ACTIVITY, contacted_days=None)
        elif which == "all":
            self.filters.update(accounts_only=False)
        else:
            self.filters.update(contacted_days=int(which), not_contacted_days=None, bucket=None)

    # -- reacting -------------------------------------------------------------------------

    @Slot(object)
    def _on_changed(self, change: Change) -> None:
        # The views the change touched paint first; the status bar's figures (counted
        # over every account shown) follow from the event loop.
        self.refresh_shown()
        if Kind.ALL in change.kinds or Kind.ORGANIZATION in change.kinds:
            self.list_tab.set_choices(organizations.users(), organizations.labels())
        if self._kanban_tab is not None and (
            Kind.ALL in change.kinds or Kind.SETTINGS in change.kinds
        ):
            # activity types added, renamed or given another icon
            self.kanban_tab.delegate.type_icons = _type_icons()
            for cards in self.kanban_tab.lists.values():
                cards.viewport().update()
        if Kind.ALL in change.kinds or Kind.CUSTOM_FIELD in change.kinds:
            fields = customfields.definitions("organization")
            if [c.field for c in self.model.columns if c.field] != fields:
                self.list_tab.set_custom_fields(fields)
        self._enable_for(self.selected_ids())

    def refresh_totals(self) -> None:
        """Status bar: what the filter shows and is worth, and how many were contacted lately;
        now (after a write, with the views it changed)."""
        self._show_totals()

    def refresh_shown(self) -> None:
        """The status bar follows the filter and the data, once the list has painted its first
        screen (a search that matches every account counts them all): from the event loop,
        once for any number of requests meanwhile."""
        list_on_screen = self.ui.tabs.currentIndex() == 0 and self.list_tab.table.isVisible()
        # Shown: the list's next paint starts the timer at 0 (_list_painted); this interval
        # only covers a list that does not paint.
        self._totals_timer.start(TOTALS_LATER_MS if list_on_screen else 0)

    @Slot()
    def _list_painted(self) -> None:
        if self._totals_timer.isActive() and self._totals_timer.interval():
            self._totals_timer.start(0)

    def work_pending(self) -> bool:
        """Whether figures are still to follow the first screen: the status bar's, the row
        count."""
        return self._totals_timer.isActive() or self.model.counting

    @Slot()
    def _show_totals(self) -> None:
        """The status bar's figures: those of the list (see AccountsModel.figures)."""
        self._totals_timer.stop()
        flt = self.filters.value
        shown = self.model.figures()
        not_accounts = shown.others
        self.figures.show(
            shown,
            accounts_only=flt.accounts_only,
            not_accounts=not_accounts,
            currency=default_currency(),
        )
        self.list_tab.show_empty(self._empty_text(flt, shown.count, not_accounts))

    def _empty_text(self, flt: AccountFilter, shown: int, not_accounts: int) -> str:
        """What the empty list says: why nothing is shown, and a link to what helps."""
        if shown:
            return ""
        others = (
            " <a href='all'>"
            + self.tr("Show the %n organization(s) without a won deal", "", not_accounts)
            + "</a>"
            if not_accounts
            else ""
        )
        if dataclasses.replace(flt, accounts_only=True) != AccountFilter():
            if flt.search:
                text = self.tr("No account matches “%1”.").replace("%1", escape(flt.search))
            else:
                text = self.tr("No account matches the filters.")
            clear = self.tr("Clear the search and filters")
            return f"{text}<br><a href='clear'>{clear}</a>{'<br>' + others if others else ''}"
        if not_accounts:
            return (
                self.tr(
                    "No accounts yet: an organization becomes an account when one of its deals "
                    "is won."
                )
                + "<br>"
                + others
            )
        return self.tr(
            "<p><b>Your database is empty.</b></p><p>Add a customer with + Organization "
            "(Ctrl+N) and a won deal, <a href='import'>import your customers</a> from a CSV or "
            "Excel file, or <a href='demo'>try the application with demo data</a>.</p>"
        )

    @Slot(str)
    def _empty_link(self, link: str) -> None:
        if link == "clear":
            self._clear_filters()
        elif link == "all":
            self.filters.update(accounts_only=False)
        elif link == "import":
            self._import()
        elif link == "demo":
            from accountmgr.views.demo_offer import offer_demo

            self.demo_box = offer_demo(self, self._hub)

    @Slot(list)
    def _show_selection(self, org_ids: list[int]) -> None:
        """The side panel follows the selection; the menus act on it."""
        self._enable_for(org_ids)
        self.panel.show_accounts(org_ids)

    def _enable_for(self, org_ids: list[int]) -> None:
        has_selection = bool(org_ids)
        for action in (
            self.ui.actionDelete,
            self.ui.actionChangeOwner,
            self.ui.actionScheduleForSelection,
        ):
            action.setEnabled(has_selection)
        self.ui.actionEditOrganization.setEnabled(
            len(org_ids) == 1 or (not org_ids and self.panel.org_id is not None)
        )

    @Slot(list)
    def _selection_hidden(self, org_ids: list[int]) -> None:
        """The selected accounts left the list or the board. Nothing else is selected in their
        place: the panel names them and offers to show them, or closes when they were
        deleted."""
        names = {org_id: row.name for org_id, row in account_list.rows(org_ids).items()}
        if not names:
            self._tab_on_screen().forget_hidden()
            self._show_selection([])
            return
        # A selected account that a change takes out of the list (its last won deal reopened,
        # its owner filtered out) stays on the panel, under a notice that says so.
        keep = self._hub.publishing is not None and self.panel.org_id in names
        self.panel.show_hidden([names[i] for i in org_ids if i in names], keep=keep)
        self._enable_for([])

    @Slot()
    def reveal_hidden(self) -> None:
        """Clear the search and the filters that hide the selected accounts: they show again,
        selected (also the organizations that are not accounts)."""
        tab = self._tab_on_screen()
        wanted = tab.wanted_ids or self._panel_org()
        everywhere = account_list.shown_among(
            AccountFilter(), wanted, today=clock.today(), first_weekday=self.model.first_weekday
        )
        self._clear_filters(accounts_only=all(org_id in everywhere for org_id in wanted))
        tab.follow(wanted)

    def _clear_filters(self, *, accounts_only: bool = True) -> None:
        """The search field emptied and every filter back to its default, in one change."""
        self._search_timer.stop()
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.filters.update(**dataclasses.asdict(AccountFilter(accounts_only=accounts_only)))

    def _tab_on_screen(self) -> ListTab | KanbanTab:
        return self.kanban_tab if self.ui.tabs.currentIndex() == 1 else self.list_tab

    def _say_undone(self, text: str, redone: bool) -> None:
        """After Ctrl+Z (or Ctrl+Shift+Z): the status bar says what was undone (or redone),
        never what was done before."""
        template = self.tr("Redone: %1") if redone else self.tr("Undone: %1")
        if text:
            self.statusBar().showMessage(template.replace("%1", text), 8000)
        else:
            self.statusBar().clearMessage()

    def _panel_built(self, first: QWidget) -> None:
        """The panel's widgets exist now: Tab reaches them from the list, and the splitter gives
        the panel the width its buttons need, from the list rather than past the screen."""
        QWidget.setTabOrder(self.list_tab.table, first)
        splitter = self.ui.splitter
        sizes = splitter.sizes()
        needed = self.ui.sidePanel.minimumSizeHint().width()
        if len(sizes) == 2 and 0 < sizes[1] < needed:
            total = sum(sizes)
            splitter.setSizes([max(0, total - needed), needed])

    def _list_menu(self, pos: QPoint) -> None:
        """Right-click on the list: the Edit menu's actions for the rows under the mouse (the
        clicked row is selected first when it was not)."""
        table = self.list_tab.table
        index = table.indexAt(pos)
        if index.isValid() and not table.selectionModel().isSelected(index):
            self.list_tab.select([self.model.org_id(index.row())])
        ui = self.ui
        menu = QMenu(self)
        menu.addAction(ui.actionEditOrganization)
        menu.addAction(ui.actionNewActivity)
        menu.addAction(ui.actionNewDeal)
        menu.addAction(ui.actionNewPerson)
        menu.addSeparator()
        menu.addAction(ui.actionChangeOwner)
        menu.addAction(ui.actionScheduleForSelection)
        menu.addSeparator()
        menu.addAction(ui.actionDelete)
        self.list_menu = menu  # for tests, which cannot click a popup's items
        menu.popup(table.viewport().mapToGlobal(pos))

    def _new_organization(self) -> None:
        self.dialogs.new_organization()

    def _new_activity(self) -> None:
        """+ Activity: for the selected account in the panel, for several as a campaign."""
        selected = self.selected_ids() or self._panel_org()
        if len(selected) == 1:
            self.panel.schedule(selected[0])
        elif selected:
            self.account_actions.schedule_campaign(selected)
        else:
            self.statusBar().showMessage(
                self.tr("Select an account first: the activity is scheduled for it."), 8000
            )

    # -- who is using the app, and reminders ------------------------------------------------

    def current_user(self) -> int | None:
        """The user this installation runs as (remembered); None: everyone's activities."""
        value = self._settings.value("user/id", 0, type=int)
        return value if isinstance(value, int) and value > 0 else None

    def _build_user_menu(self) -> None:
        """Settings ▸ I am: whose activities the reminders are about."""
        self.user_menu = QMenu(self.tr("&I am"), self)
        self.ui.menuSettings.addSeparator()
        self.ui.menuSettings.addMenu(self.user_menu)
        self.user_menu.aboutToShow.connect(self._fill_user_menu)  # filled when opened

    def _fill_user_menu(self) -> None:
        menu = self.user_menu
        menu.clear()
        group = QActionGroup(menu)
        current = self.current_user()
        for user_id, name in [(None, self.tr("Anyone (every activity)")), *organizations.users()]:
            action = menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(user_id == current)
            action.setData(user_id)
            group.addAction(action)
            action.triggered.connect(lambda _on=False, u=user_id: self.set_current_user(u))

    def set_current_user(self, user_id: int | None) -> None:
        self._settings.setValue("user/id", user_id or 0)
        self._settings.setValue("user/asked", True)
        identity.set_current_user(user_id)
        self.list_tab.set_me(user_id)
        self.user_changed.emit(user_id)

    def ask_who(self) -> QInputDialog | None:
        """First start: who is using the application? One of the database's users, or a new
        one typed in; their activities are remembered for them and "My accounts" are theirs.
        Asked once (Settings ▸ I am changes it later); None when already asked."""
        if self._settings.value("user/asked", False, type=bool):
            return None
        users = organizations.users()
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Who are you?"))
        dialog.setLabelText(
            self.tr(
                "Choose your name, or type it to add yourself: new activities are assigned to "
                "you, your notes carry your name, and “My accounts” shows the accounts you own."
            )
        )
        dialog.setComboBoxItems([name for _, name in users])
        dialog.setComboBoxEditable(True)
        dialog.setTextValue("")  # nobody is chosen by pressing Enter
        label = dialog.findChild(QLabel)
        if label is not None:
            label.setWordWrap(True)
            dialog.resize(460, dialog.sizeHint().height())
        dialog.setOkButtonText(self.tr("That's me"))
        dialog.setCancelButtonText(self.tr("Later"))

        def chosen(name: str) -> None:
            name = " ".join(name.split())
            if not name:
                return
            found = next((i for i, n in users if n.casefold() == name.casefold()), None)
            if found is None:
                try:
                    found = organizations.create_user(name)
                except DomainError as error:
                    show_error(self, error)
                    return
                self._hub.publish(Change(frozenset(), frozenset({Kind.ORGANIZATION})))
            self.set_current_user(found)

        dialog.textValueSelected.connect(chosen)
        dialog.rejected.connect(lambda: self._settings.setValue("user/asked", True))
        dialog.finished.connect(dialog.deleteLater)
        self.who_dialog = dialog
        dialog.open()
        return dialog

    def add_reminders_menu(self, menu: QMenu) -> None:
        """The reminders' own menu (snooze, on/off), also where no system tray is shown."""
        menu.setTitle(self.tr("&Reminders"))
        self.ui.menuSettings.addMenu(menu)

    def open_account(self, org_id: int) -> None:
        """Bring an account to the front (from a reminder): in the List and the side panel,
        clearing the search and filters when they hide it."""
        self.ui.tabs.setCurrentIndex(0)
        self.list_tab.follow([org_id])
        if self.list_tab.selected_ids() != [org_id]:
            self.reveal_hidden()
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def _import(self) -> None:
        from accountmgr.views.dialogs.import_wizard import ImportWizard

        wizard = ImportWizard(self._hub, self, self._settings)
        wizard.finished.connect(wizard.deleteLater)
        self.import_wizard = wizard
        wizard.open()

    def back_up(self) -> None:
        """File ▸ Back up now: a copy of the whole database into backups/ beside it, on a
        worker thread (about 7 s at 100,000 organizations)."""
        run_in_background(
            self,
            self.tr("Backing up the database…"),
            0,
            lambda _progress: backups.take(),
            self._backed_up,
            cancellable=False,
        )

    def _backed_up(self, taken: BackupInfo) -> None:
        self.statusBar().showMessage(
            self.tr("Backed up %Ln account(s) to %1", "", taken.accounts or 0).replace(
                "%1", str(taken.path)
            ),
            8000,
        )

    def _restore(self) -> None:
        from accountmgr.views.dialogs.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self._hub, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.restored.connect(self._restored)
        self.restore_dialog = dialog
        dialog.open()

    def _restored(self, _info: BackupInfo, kept: BackupInfo) -> None:
        # Undo steps name records of the data that was replaced.
        self.undo_stack.clear()
        self.statusBar().showMessage(
            self.tr("Restored. The data it replaced is kept in %1").replace("%1", str(kept.path)),
            15000,
        )

    def _data_exported(self, path: Path, count: int) -> None:
        self.statusBar().showMessage(
            self.tr("Exported %n row(s) to %1", "", count).replace("%1", str(path)), 8000
        )

    def _activity_types(self) -> None:
        from accountmgr.views.dialogs.activity_types_dialog import ActivityTypesDialog

        dialog = ActivityTypesDialog(self._hub, self, self.undo_stack)
        dialog.finished.connect(dialog.deleteLater)
        self.activity_types_dialog = dialog
        dialog.open()

    def _calendar_exported(self, path: Path, count: int) -> None:
        self.statusBar().showMessage(
            self.tr("Exported %n activities to %1", "", count).replace("%1", str(path)), 8000
        )

    def _custom_fields(self) -> None:
        from accountmgr.views.dialogs.custom_fields_dialog import CustomFieldsDialog

        dialog = CustomFieldsDialog(self._hub, self, self.undo_stack)
        dialog.finished.connect(dialog.deleteLater)
        self.custom_fields_dialog = dialog
        dialog.open()

    def selected_ids(self) -> list[int]:
        """The accounts selected in the tab on screen: what the menus act on."""
        if self.ui.tabs.currentIndex() == 1:
            return self.kanban_tab.selected_ids()
        return self.list_tab.selected_ids()

    @Slot(int)
    def _tab_changed(self, index: int) -> None:
        """Only the tab on screen keeps itself current; the other catches up when shown, and
        shows the account selected meanwhile."""
        if index == 0:
            wanted = self._kanban_tab.wanted_ids if self._kanban_tab is not None else None
        else:
            wanted = self.list_tab.wanted_ids
        self.model.set_active(index == 0)
        if index == 1 or self._board is not None:
            self.board.set_active(index == 1)
        if wanted is not None:
            self._tab_on_screen().follow(wanted)

    def _schedule_cards(self, org_ids: list[int], bucket: Bucket, always_ask: bool) -> None:
        self.account_actions.schedule_to_bucket(
            org_ids, bucket, always_ask, self.model.first_weekday
        )
        if org_ids:
            self.kanban_tab.select_ids(org_ids)  # the cards stay selected where they went

    def _done_cards(self, org_ids: list[int]) -> None:
        completed = self.account_actions.mark_next_done(org_ids)
        if org_ids:
            self.kanban_tab.select_ids(org_ids)
        if len(org_ids) == 1 and len(completed) == 1:
            self.offer_followup(org_ids[0], completed[0])

    def offer_followup(self, org_id: int, activity_id: int) -> None:
        """After the last open activity of an account was done: offer the next one, the
        activity type's usual delay ahead (Enter schedules it, Esc skips)."""
        from accountmgr.domain import activities  # not needed at start

        if activities.next_open_activity(org_id) is None:
            self.panel.offer_followup(org_id, activity_id)

    @Slot(list)
    def _card_selected(self, org_ids: list[int]) -> None:
        """A card selected on the board is the account selected everywhere (the list follows
        when it is shown again)."""
        self._show_selection(org_ids)

    @Slot(int)
    def _open_account(self, org_id: int) -> None:
        self.list_tab.select([org_id])
        self.panel.focus_name()

    def _panel_org(self) -> list[int]:
        """The account the side panel shows while nothing is selected (one that an edit took
        out of the list): what + Activity, + Deal and + Person are for."""
        return [self.panel.org_id] if self.panel.org_id is not None else []

    def _current_org(self) -> int | None:
        selected = self.selected_ids() or self._panel_org()
        return selected[0] if len(selected) == 1 else None

    def _edit_current(self) -> None:
        org = self._current_org()
        if org is not None:
            self.dialogs.edit_organization(org)

    def _delete_selected(self) -> None:
        self.account_actions.delete(self.selected_ids())

    def _export(self) -> None:
        table = self.list_tab.table
        header = table.horizontalHeader()
        columns = []
        for visual in range(header.count()):
            logical = header.logicalIndex(visual)
            if not table.isColumnHidden(logical):
                spec = self.model.columns[logical]
                title = str(self.model.headerData(logical, Qt.Orientation.Horizontal))
                code, _ = default_currency()
                if spec.key in ("won_value", "open_value"):
                    title = f"{title} ({code})"
                columns.append((spec.key, title))
        self.account_actions.export_csv(self.model.ids(), columns, self._exported)

    def _exported(self, path: Path, count: int) -> None:
        self.statusBar().showMessage(
            self.tr("Exported %n row(s) to %1", "", count).replace("%1", str(path)), 8000
        )

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _search_now(self) -> None:
        self._search_timer.stop()
        self.filters.update(search=self.search.text().strip())

    def _about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self,
            self.tr("About accountmgr"),
            self.tr(
                "<h3>accountmgr %1</h3><p>Account management after the sale: plan follow-ups, "
                "see what every customer is worth, and never forget a customer.</p>"
            ).replace("%1", __version__),
        )

    # -- remembered state -----------------------------------------------------------------

    def _restore_state(self) -> None:
        geometry = self._settings.value("main_window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        self.fit_screen()
        splitter = self._settings.value("main_window/splitter")
        if isinstance(splitter, QByteArray):
            self.ui.splitter.restoreState(splitter)
        else:
            self.ui.splitter.setSizes([880, 420])  # room for the side panel's sections
        section = self._settings.value("side_panel/section", 0, type=int)
        self.panel.section = section if isinstance(section, int) else 0
        tab = self._settings.value("main_window/tab", 0, type=int)
        self.ui.tabs.setCurrentIndex(tab if isinstance(tab, int) else 0)
        shown = self._settings.value("main_window/side_panel", True, type=bool)
        self.show_side_panel(bool(shown))

    def fit_screen(self) -> None:
        """The window fits the screen's available area (a first start, or a geometry saved on
        a bigger screen or at a smaller scale): never a status bar below the screen's edge."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        area = screen.availableGeometry()
        if self.isMaximized() or self.isFullScreen():
            return
        # The frame the system adds around the window: known once shown, a title bar before.
        frame, inner = self.frameGeometry(), self.geometry()
        extra_width = frame.width() - inner.width() if self.isVisible() else 0
        extra_height = frame.height() - inner.height() if self.isVisible() else 32
        width = min(self.width(), area.width() - extra_width)
        height = min(self.height(), area.height() - extra_height)
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
        frame = self.frameGeometry()
        x = min(max(frame.x(), area.left()), area.right() + 1 - frame.width())
        y = min(max(frame.y(), area.top()), area.bottom() + 1 - frame.height())
        if (x, y) != (frame.x(), frame.y()):
            self.move(x, y)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted:  # now that the frame is known
            self._fitted = True
            self.fit_screen()

    def show_side_panel(self, shown: bool) -> None:
        """View ▸ Side panel (F9): the panel beside the list and the board, or room for them."""
        self.ui.sidePanel.setVisible(shown)
        self.ui.actionSidePanel.setChecked(shown)

    def save_state(self) -> None:
        self._settings.setValue("main_window/geometry", self.saveGeometry())
        self._settings.setValue("main_window/splitter", self.ui.splitter.saveState())
        self._settings.setValue("main_window/tab", self.ui.tabs.currentIndex())
        self._settings.setValue("main_window/side_panel", self.ui.actionSidePanel.isChecked())
        self._settings.setValue("side_panel/section", self.panel.section)
        self.list_tab.save_layout()
        self._settings.sync()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.figures.fit()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.external_changes.stop()
        self.save_state()
        super().closeEvent(event)


def _type_icons() -> dict[int, str]:
    return {type_id: icon for type_id, (_, icon) in account_list.activity_types().items()}
