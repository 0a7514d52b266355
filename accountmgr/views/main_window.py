"""The main window: List, Kanban and Overview tabs over the same accounts, a side panel, a status
bar."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QSettings, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QIcon, QKeySequence, QUndoStack
from PySide6.QtWidgets import QInputDialog, QMainWindow, QMenu, QWidget

from accountmgr.domain import account_list, clock, customfields, organizations, transaction
from accountmgr.domain.account_list import AccountFilter
from accountmgr.domain.buckets import Bucket
from accountmgr.domain.changes import Change, Kind
from accountmgr.domain.customfields import Entity
from accountmgr.qtmodels.accounts_model import AccountsModel
from accountmgr.qtmodels.formatting import fill
from accountmgr.qtmodels.hub import ChangeHub, ExternalChanges
from accountmgr.resources import resource_path
from accountmgr.views import filter_memory, language, overview_host, undo
from accountmgr.views.data_commands import DataCommands
from accountmgr.views.empty_list import empty_list_text
from accountmgr.views.filters import FilterState
from accountmgr.views.forms.ui_main_window import Ui_MainWindow
from accountmgr.views.list_tab import ListTab
from accountmgr.views.platform_keys import delete_shortcuts
from accountmgr.views.search_field import SearchField
from accountmgr.views.server_banner import ServerBanner
from accountmgr.views.side_panel import SidePanel
from accountmgr.views.status_figures import StatusFigures
from accountmgr.views.translations import first_weekday
from accountmgr.views.user_choice import UserChoice
from accountmgr.views.window_state import fit_screen, restore_window, save_window

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QResizeEvent, QShowEvent

    from accountmgr.qtmodels.kanban_model import KanbanBoard
    from accountmgr.views.account_actions import AccountActions
    from accountmgr.views.kanban_tab import KanbanTab
    from accountmgr.views.overview_tab import OverviewTab
    from accountmgr.views.record_dialogs import RecordDialogs

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
        self.server_banner = ServerBanner(self, self.ui.centralLayout)
        self.model = AccountsModel(hub, self)
        # The locale's, as on the command line (en_US's on a machine without locale settings).
        self.model.first_weekday = first_weekday()
        self.model.set_custom_fields(customfields.definitions(Entity.ORGANIZATION))
        self.list_tab = ListTab(
            self.model, self.filters, settings, organizations.users(), organizations.labels(), self
        )
        self.ui.listLayout.addWidget(self.list_tab)
        self._board: KanbanBoard | None = None  # built when first needed: see kanban_tab
        self._kanban_tab: KanbanTab | None = None
        self.overview: OverviewTab | None = None  # see overview_host
        # Built when first used (its dialogs are not needed to show the list); a cell edited
        # in the list is the first use of some.
        self._account_actions: AccountActions | None = None
        self.model.edit_handler = self._edit_cell
        self.user = UserChoice(self, settings, hub)
        self.user.changed.connect(self.list_tab.set_me)
        self.user.changed.connect(self.user_changed)
        self.list_tab.set_me(self.user.current())
        self.user_menu = self.user.menu
        self._dialogs: RecordDialogs | None = None  # see dialogs
        self.panel = SidePanel(hub, self.undo_stack, lambda: self.dialogs, self)
        self.ui.sideLayout.setContentsMargins(4, 4, 4, 4)
        self.ui.sideLayout.addWidget(self.panel)

        self.search = SearchField()
        self.ui.mainToolBar.addSeparator()
        self.ui.mainToolBar.addWidget(self.search)
        self._build_menus()
        self.commands = DataCommands(self, hub, settings)
        self._build_status_bar()
        self._build_timers()
        self._connect()
        self._show_selection([])
        restore_window(self, self._settings)
        self._tab_changed(self.ui.tabs.currentIndex())
        if not paint_first:
            self.finish_start()

    def _build_timers(self) -> None:
        self._totals_timer = QTimer(self)  # see refresh_shown
        self._totals_timer.setSingleShot(True)
        self._totals_timer.setInterval(0)
        self._totals_timer.timeout.connect(self._show_totals)
        # A minute's tick notices a new day at midnight, and after the laptop slept through it.
        self._day = clock.today()
        self._day_timer = QTimer(self)
        self._day_timer.setInterval(60_000)
        self._day_timer.timeout.connect(self.check_new_day)
        self._day_timer.start()

    def finish_start(self) -> None:
        """What the first paint does not wait for: the status bar's figures (counted over every
        account), and the watch for other processes' changes."""
        self.refresh_totals()
        self.external_changes.start()

    def _connect(self) -> None:
        self._hub.changed.connect(self._on_changed)
        self.external_changes.reachable_changed.connect(self.server_banner.set_reachable)
        self.external_changes.reachable_changed.connect(self._reached)
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
        self.search.searched.connect(lambda text: self.filters.update(search=text))
        self.views_menu = filter_memory.attach(self, self._hub, self._settings)
        overview_host.attach(self, self._hub)
        self.search.down_pressed.connect(self._to_results)
        self.ui.actionFind.triggered.connect(self.search.select_for_typing)

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
        from accountmgr.views.kanban_tab import KanbanTab, kanban_reference

        reference = kanban_reference()  # first: the server may be out of reach
        board = KanbanBoard(self._hub, self)
        board.set_active(False)  # read when its tab is shown
        board.first_weekday = self.model.first_weekday
        board.set_filter(self.filters.value)
        tab = KanbanTab(board, *reference, self)
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

    def _build_menus(self) -> None:
        ui = self.ui
        # What an undo or a redo did replaces the message of what was done before it.
        undo_action = undo.stack_action(
            self.undo_stack, self, redo=False, stepped=lambda text: self._say_undone(text, False)
        )
        undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        redo_action = undo.stack_action(
            self.undo_stack, self, redo=True, stepped=lambda text: self._say_undone(text, True)
        )
        redo_action.setShortcuts(QKeySequence.StandardKey.Redo)
        first = ui.menuEdit.actions()[0]
        ui.menuEdit.insertActions(first, [undo_action, redo_action])
        ui.menuEdit.insertSeparator(first)
        self.undo_action, self.redo_action = undo_action, redo_action
        # Settings ▸ I am: whose activities the reminders are about.
        ui.menuSettings.addSeparator()
        ui.menuSettings.addMenu(self.user.menu)
        language.add_action(ui.menuSettings, self._settings, self)

        ui.actionQuit.triggered.connect(self.close)
        ui.actionShowList.triggered.connect(lambda: ui.tabs.setCurrentIndex(0))
        ui.actionShowKanban.triggered.connect(lambda: ui.tabs.setCurrentIndex(1))
        ui.actionSidePanel.toggled.connect(self.show_side_panel)
        ui.actionNewOrganization.triggered.connect(self._new_organization)
        ui.actionNewPerson.triggered.connect(lambda: self.dialogs.new_person(self.current_org()))
        ui.actionNewDeal.triggered.connect(lambda: self.dialogs.new_deal(self.current_org()))
        ui.actionNewActivity.triggered.connect(self._new_activity)
        ui.actionEditOrganization.triggered.connect(self._edit_current)
        ui.actionDelete.setShortcuts(delete_shortcuts())  # ⌘⌫ too on macOS
        ui.actionDelete.triggered.connect(self._delete_selected)
        ui.actionChangeOwner.triggered.connect(
            lambda: self.account_actions.change_owner(self.selected_ids())
        )
        ui.actionScheduleForSelection.triggered.connect(
            lambda: self.account_actions.schedule_campaign(self.selected_ids())
        )

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
            self.kanban_tab.reread_reference()  # activity types, or the default currency
        if Kind.ALL in change.kinds or Kind.CUSTOM_FIELD in change.kinds:
            fields = customfields.definitions(Entity.ORGANIZATION)
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
            currency=self.model.currency,
        )
        self.list_tab.show_empty(empty_list_text(flt, shown.count, not_accounts))

    @Slot(str)
    def _empty_link(self, link: str) -> None:
        if link == "clear":
            filter_memory.clear(self.filters, self.search)
        elif link == "all":
            self.filters.update(accounts_only=False)
        elif link == "import":
            self.commands.import_file()
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
        filter_memory.clear(
            self.filters, self.search, accounts_only=all(org_id in everywhere for org_id in wanted)
        )
        tab.follow(wanted)

    def _to_results(self) -> None:
        """Down in the search field: to the list, on its first account when none is selected."""
        table = self.list_tab.table
        table.setFocus()
        if self.model.rowCount() and not self.list_tab.selected_ids():
            current = table.currentIndex()
            self.list_tab.select([self.model.org_id(max(0, current.row()))])

    def _tab_on_screen(self) -> ListTab | KanbanTab:
        return self.kanban_tab if self.ui.tabs.currentIndex() == 1 else self.list_tab

    def _say_undone(self, text: str, redone: bool) -> None:
        """After Ctrl+Z (or Ctrl+Shift+Z): the status bar says what was undone (or redone),
        never what was done before."""
        template = self.tr("Redone: %1") if redone else self.tr("Undone: %1")
        if text:
            self.statusBar().showMessage(fill(template, text), 8000)
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
        menu = QMenu(self)  # its trailing separator is hidden
        for group in (
            [ui.actionEditOrganization, ui.actionNewActivity, ui.actionNewDeal, ui.actionNewPerson],
            [ui.actionChangeOwner, ui.actionScheduleForSelection],
            [ui.actionDelete],
        ):
            menu.addActions(group)
            menu.addSeparator()
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

    # -- who is using the app (see UserChoice), and reminders ------------------------------

    def current_user(self) -> int | None:
        return self.user.current()

    def set_current_user(self, user_id: int | None) -> None:
        self.user.set_current(user_id)

    def ask_who(self) -> QInputDialog | None:
        return self.user.ask()

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
        with transaction.unless_out_of_reach():  # else built or shown when back: see _reached
            if index == 1 or self._board is not None:
                self.board.set_active(index == 1)
            if wanted is not None:
                self._tab_on_screen().follow(wanted)

    @Slot(bool)
    def _reached(self, reachable: bool) -> None:
        """The server is back: a board it kept from being built is built now."""
        if reachable and self._board is None and self.ui.tabs.currentIndex() == 1:
            self._tab_changed(1)

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

    def current_org(self) -> int | None:
        selected = self.selected_ids() or self._panel_org()
        return selected[0] if len(selected) == 1 else None

    def _edit_current(self) -> None:
        org = self.current_org()
        if org is not None:
            self.dialogs.edit_organization(org)

    def _delete_selected(self) -> None:
        self.account_actions.delete(self.selected_ids())

    # -- remembered state -----------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted:  # now that the frame is known
            self._fitted = True
            fit_screen(self)

    def show_side_panel(self, shown: bool) -> None:
        """View ▸ Side panel (F9): the panel beside the list and the board, or room for them."""
        self.ui.sidePanel.setVisible(shown)
        self.ui.actionSidePanel.setChecked(shown)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.figures.fit()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.external_changes.stop()
        save_window(self, self._settings)
        super().closeEvent(event)
