"""The side panel's content: everything about the selected account in one place, editable there.

It follows the selection of the List and Kanban tabs and rereads itself whenever the change
hub says its organization (or everything) changed. Reading goes through `domain.account_detail`
and `domain.files`; every edit through `PanelEdits`, so it is undoable and shows everywhere.

The Overview (the organization's own fields) is `AccountOverview`; each list beside it
(activities, notes, files, deals, people) is one `Section`, described once in `_sections`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Qt, QUrl, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPalette,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QListView,
    QMenu,
    QTableView,
    QWidget,
)

from accountmgr.domain import account_detail, clock, transaction
from accountmgr.domain.account_detail import Header
from accountmgr.domain.changes import Change, Kind
from accountmgr.domain.errors import NotFoundError
from accountmgr.qtmodels.formatting import fill, format_count
from accountmgr.qtmodels.hub import ChangeHub
from accountmgr.qtmodels.panel_models import (
    ActivitiesModel,
    DealsModel,
    FilesModel,
    ItemRole,
    NotesModel,
    PeopleModel,
    UrlsRole,
)
from accountmgr.resources import resource_path
from accountmgr.views.account_charts import AccountCharts
from accountmgr.views.account_overview import AccountOverview, fit_columns
from accountmgr.views.forms.ui_side_panel import Ui_SidePanel
from accountmgr.views.panel_edits import PanelEdits
from accountmgr.views.record_dialogs import RecordDialogs


def _always(_item: Any) -> bool:
    return True


@dataclass(frozen=True)
class ItemAction:
    """A button acting on the section's selected item, and its line in the context menu."""

    button: QAbstractButton
    run: Callable[[int, Any], object]  # (the account, the item)
    enabled: Callable[[Any], bool] = _always  # for a selected item
    text: Callable[[Any], str] | None = None  # a label following the item (None: none selected)


@dataclass(frozen=True)
class Section:
    """One list of the panel: its tab, view and model and how the model is read, what it says
    while empty, the buttons acting on its selected item, and the one of them Enter (and a
    double click) presses, and Delete."""

    page: QWidget
    title: str
    view: QAbstractItemView
    model: Any  # a panel model: row_of(id), and its items under ItemRole
    read: Callable[[account_detail.Detail], None]  # the account's items into the model
    count: Callable[[], int]
    empty: str
    actions: tuple[ItemAction, ...]
    enter: QAbstractButton
    delete: QAbstractButton | None = None
    more: tuple[QAbstractButton, ...] = ()  # in the context menu after the item's actions
    stretched: int | None = None  # a table's column that takes the room left (None: a list)


class AccountPanel(QWidget):
    message = Signal(str)

    def __init__(
        self,
        hub: ChangeHub,
        stack: QUndoStack,
        dialogs: RecordDialogs,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SidePanel()
        self.ui.setupUi(self)
        self.edits = PanelEdits(self, hub, stack, dialogs)
        self.edits.message.connect(self.message)
        self.org_id: int | None = None
        self._loading = False

        self.activities = ActivitiesModel(self)
        self.notes = NotesModel(self)
        self.files = FilesModel(self)
        self.deals = DealsModel(self)
        self.people = PeopleModel(self)
        self._load_type_icons()
        self.notes.pin_icon = QIcon(str(resource_path("icons", "pin.svg")))
        self.overview = AccountOverview(self, self.ui, self.edits, self.activities, self.notes)
        self.fields = self.overview.fields
        self.charts = AccountCharts(self.ui, self)
        self.sections = self._sections()
        self._by_view = {section.view: section for section in self.sections}
        self._empty_texts = {section.view.viewport(): section.empty for section in self.sections}
        for section in self.sections:
            self._build_section(section)
        self._build_buttons()
        hub.changed.connect(self._on_changed)
        self.show_accounts([])

    # -- the sections ---------------------------------------------------------------------

    def _sections(self) -> tuple[Section, ...]:
        ui, edits = self.ui, self.edits

        def pin_text(note: Any) -> str:
            return self.tr("Un&pin") if getattr(note, "pinned", False) else self.tr("&Pin")

        def done_text(activity: Any) -> str:
            return self.tr("Reope&n") if getattr(activity, "done", False) else self.tr("Mark &done")

        def deal_not(status: str) -> Callable[[Any], bool]:
            return lambda deal: bool(deal.status != status)

        # One Section per tab, alike by design: each names its own widgets, rows and actions.
        return (
            Section(
                ui.activitiesPage,
                self.tr("Activities"),
                ui.activitiesView,
                self.activities,
                read=lambda detail: self.activities.set_items(detail.activities, clock.today()),
                count=lambda: len(self.activities.activities()),
                empty=self.tr("Nothing planned or done yet. Schedule… plans the next contact."),
                actions=(
                    ItemAction(ui.activityDone, edits.toggle_done, text=done_text),
                    ItemAction(ui.activityEdit, edits.edit_activity),
                    ItemAction(ui.activityDelete, lambda _org, item: edits.delete_activity(item)),
                ),
                enter=ui.activityEdit,
                delete=ui.activityDelete,
            ),
            Section(
                ui.notesPage,
                self.tr("Notes"),
                ui.notesView,
                self.notes,
                read=lambda detail: self.notes.set_items(detail.notes),
                count=lambda: len(self.notes.items),
                empty=self.tr("No notes yet."),
                actions=(
                    ItemAction(ui.noteEdit, edits.edit_note),
                    ItemAction(
                        ui.notePin, lambda _org, item: edits.toggle_pin(item), text=pin_text
                    ),
                    ItemAction(ui.noteDelete, lambda _org, item: edits.delete_note(item)),
                ),
                enter=ui.noteEdit,
                delete=ui.noteDelete,
            ),
            Section(
                ui.filesPage,
                self.tr("Files"),
                ui.filesView,
                self.files,
                read=lambda detail: self.files.set_items(detail.files),
                count=lambda: len(self.files.items),
                empty=self.tr("No files yet: drop files here, or use Attach…"),
                actions=(
                    ItemAction(ui.fileOpen, lambda _org, item: edits.open_file(item.id)),
                    ItemAction(
                        ui.fileRemove,
                        lambda _org, item: edits.remove_file(item.id, item.original_name),
                    ),
                ),
                enter=ui.fileOpen,
                delete=ui.fileRemove,
                stretched=0,
            ),
            Section(
                ui.dealsPage,
                self.tr("Deals"),
                ui.dealsView,
                self.deals,
                read=lambda detail: self.deals.set_items(detail.deals),
                count=lambda: len(self.deals.items),
                empty=self.tr("No deals yet."),
                actions=(
                    ItemAction(ui.dealWon, lambda _org, i: edits.mark_won(i), deal_not("won")),
                    ItemAction(ui.dealLost, lambda _org, i: edits.mark_lost(i), deal_not("lost")),
                    ItemAction(ui.dealReopen, lambda _org, i: edits.reopen(i), deal_not("open")),
                    ItemAction(ui.dealEdit, lambda _org, item: edits.edit_deal(item.id)),
                ),
                enter=ui.dealEdit,
                stretched=0,
            ),
            Section(
                ui.peoplePage,
                self.tr("People"),
                ui.peopleView,
                self.people,
                read=lambda detail: self.people.set_items(detail.people),
                count=lambda: len(self.people.items),
                empty=self.tr("Nobody yet. Add… a person or Link… one."),
                actions=(
                    ItemAction(ui.personEdit, lambda _org, item: edits.edit_person(item.id)),
                    ItemAction(ui.personUnlink, edits.unlink_person),
                ),
                enter=ui.personEdit,
                delete=ui.personUnlink,
                more=(ui.personAdd, ui.personLink),
                stretched=2,
            ),
        )

    def _build_section(self, section: Section) -> None:
        view = section.view
        view.setModel(section.model)
        view.installEventFilter(self)
        view.viewport().installEventFilter(self)  # for the empty text
        # The selection as well as the current item: a click makes an item current before
        # it selects it, and the buttons would still see nothing selected.
        view.selectionModel().selectionChanged.connect(self._update_buttons)
        view.selectionModel().currentChanged.connect(self._update_buttons)
        if isinstance(view, QTableView) and section.stretched is not None:
            fit_columns(view, section.stretched)
        elif isinstance(view, QListView):
            # Long lists are laid out in batches: the first rows paint before the rest are
            # measured.
            view.setLayoutMode(QListView.LayoutMode.Batched)
            view.setBatchSize(40)
        view.doubleClicked.connect(partial(self._double_clicked, section))
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(partial(self._context_menu, section))
        for action in section.actions:
            action.button.clicked.connect(partial(self._act, section, action))
        if section.view is self.ui.peopleView:
            view.clicked.connect(self._person_clicked)

    def _load_type_icons(self) -> None:
        self.activities.icons = {
            info.icon: QIcon(str(resource_path("icons", info.icon))) for info in _activity_types()
        }

    def _build_buttons(self) -> None:
        """The buttons that add to the account: above the sections, and Add… and Link… a person."""
        ui, edits = self.ui, self.edits
        for button, run in (
            (ui.scheduleButton, edits.schedule),
            (ui.noteButton, edits.add_note),
            (ui.attachButton, edits.choose_files),
            (ui.dealButton, edits.add_deal),
            (ui.personAdd, edits.add_person),
            (ui.personLink, edits.link_person),
        ):
            button.clicked.connect(partial(self._with_org, run))
        # A narrow panel stops at its buttons' width rather than cutting "Schedule…" to "S……".
        for button in (ui.scheduleButton, ui.noteButton, ui.attachButton, ui.dealButton):
            button.setMinimumWidth(button.sizeHint().width())
        for button, keys in ((ui.noteButton, "Ctrl+Shift+N"), (ui.attachButton, "Ctrl+Shift+F")):
            action = QAction(button.text(), self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(button.click)
            self.addAction(action)
            shown = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(fill(self.tr("%1 (%2)"), button.toolTip(), shown))

    # -- what the window asks of the panel --------------------------------------------------

    @property
    def header(self) -> Header | None:
        return self.overview.header

    @property
    def section(self) -> int:
        """The section (tab) on screen."""
        return self.ui.sections.currentIndex()

    @section.setter
    def section(self, index: int) -> None:
        self.ui.sections.setCurrentIndex(index)

    @property
    def name_field(self) -> QWidget:
        """The account's name: the panel's first widget, where opening an account goes."""
        return self.ui.name

    def schedule(self, org_id: int) -> None:
        """The schedule dialog for one account."""
        self.edits.schedule(org_id)

    def offer_followup(self, org_id: int, activity_id: int) -> None:
        """Offer the next activity after `activity_id`, the last open one, was done."""
        item = next((a for a in account_detail.activities_of(org_id) if a.id == activity_id), None)
        if item is not None:
            self.edits.offer_followup(org_id, item)

    # -- what is shown --------------------------------------------------------------------

    def show_accounts(self, org_ids: list[int]) -> None:
        """Show the one selected account; several or none show a short explanation."""
        if len(org_ids) == 1:
            if org_ids[0] != self.org_id:
                self.org_id = org_ids[0]
                self.reload(first=True)
            return
        self.org_id = None
        self.overview.clear()
        self.charts.show(None)
        self.ui.stack.setCurrentWidget(self.ui.emptyPage)
        self.ui.emptyLabel.setText(
            fill(self.tr("%1 accounts selected"), format_count(len(org_ids)))
            if org_ids
            else self.tr("Select an account to see everything about it here.")
        )

    def still_exists(self) -> bool:
        if self.org_id is None:
            return False
        try:
            account_detail.header(self.org_id)
        except NotFoundError:
            return False
        return True

    @Slot(object)
    def _on_changed(self, change: Change) -> None:
        if change.kinds & {Kind.ORGANIZATION, Kind.ALL}:
            self.overview.labels_changed()
        if Kind.SETTINGS in change.kinds:
            self._load_type_icons()
        if self.org_id is None:
            return
        if Kind.ALL in change.kinds or self.org_id in change.org_ids:
            self.reload()
        elif change.kinds & {Kind.CUSTOM_FIELD, Kind.SETTINGS} and not change.org_ids:
            self.reload()  # a field was added, renamed, retired; or rates changed

    def reload(self, *, first: bool = False) -> None:
        """Read everything about the account again; selections stay where they were."""
        org_id = self.org_id
        if org_id is None:
            return
        try:
            detail = account_detail.everything(org_id)
        except NotFoundError:
            self.org_id = None
            self.show_accounts([])
            return
        except Exception as error:
            if transaction.reason(error) is not transaction.ServerUnreachableError:
                raise
            # Never another account's details beside this one's row: read again once the
            # server is back (the hub then says everything changed).
            self.overview.clear()
            self.ui.stack.setCurrentWidget(self.ui.emptyPage)
            self.ui.emptyLabel.setText(
                self.tr(
                    "The team database cannot be reached: this account is shown again as "
                    "soon as it can."
                )
            )
            return
        self._loading = self.overview.loading = True
        kept = self._current_ids()
        try:
            for section in self.sections:
                section.read(detail)
            self.overview.show(detail.header, detail.fields, first=first)
            self.charts.show(org_id)
            self._show_counts()
            if not first:
                self._restore_ids(kept)
            self.ui.stack.setCurrentWidget(self.ui.accountPage)
        finally:
            self._loading = self.overview.loading = False
        self._update_buttons()

    def _show_counts(self) -> None:
        tabs = self.ui.sections
        for section in self.sections:
            count = section.count()
            text = fill(self.tr("%1 (%2)"), section.title, format_count(count)) if count else None
            tabs.setTabText(tabs.indexOf(section.page), text or section.title)

    # -- keeping the selection across rereads ---------------------------------------------

    def _current_ids(self) -> list[int | None]:
        found: list[int | None] = []
        for section in self.sections:
            index = section.view.currentIndex()
            item = index.data(ItemRole) if index.isValid() else None
            found.append(getattr(item, "id", None))
        return found

    def _restore_ids(self, kept: list[int | None]) -> None:
        for section, item_id in zip(self.sections, kept, strict=True):
            if item_id is None:
                continue
            row = section.model.row_of(item_id)
            if row >= 0:
                section.view.setCurrentIndex(section.model.index(row, 0))

    # -- the selected items and their buttons ---------------------------------------------

    @staticmethod
    def _current(view: QAbstractItemView) -> Any:
        index = view.currentIndex()
        if not index.isValid() or not view.selectionModel().isSelected(index.siblingAtColumn(0)):
            return None
        return index.data(ItemRole)

    @Slot()
    def _update_buttons(self, *_: Any) -> None:
        for section in self.sections:
            item = self._current(section.view)
            for action in section.actions:
                action.button.setEnabled(item is not None and action.enabled(item))
                if action.text is not None:
                    action.button.setText(action.text(item))

    def _act(self, section: Section, action: ItemAction) -> None:
        item = self._current(section.view)
        if item is not None and self.org_id is not None:
            action.run(self.org_id, item)

    def _with_org(self, action: Callable[[int], object]) -> None:
        if self.org_id is not None:
            action(self.org_id)

    def _double_clicked(self, section: Section, index: QModelIndex) -> None:
        if not index.data(UrlsRole):  # a double click on a person's link already wrote or called
            section.enter.click()

    def _context_menu(self, section: Section, pos: QPoint) -> None:
        menu = QMenu(self)
        if section.view is self.ui.peopleView:
            self._add_link_actions(menu)
        for button in (*(a.button for a in section.actions), *section.more):
            action = menu.addAction(button.text().replace("&", ""), button.click)
            action.setEnabled(button.isEnabled())
        menu.popup(section.view.viewport().mapToGlobal(pos))

    # -- people's links -------------------------------------------------------------------

    def _person_clicked(self, index: QModelIndex) -> None:
        """A click on an email or phone writes or calls (several: a menu to pick one)."""
        urls = index.data(UrlsRole)
        if not urls:
            return
        if len(urls) == 1:
            self.edits.open_link(urls[0])
            return
        menu = QMenu(self)
        for url in urls:
            action = menu.addAction(url.path())
            action.setData(url)
        menu.triggered.connect(lambda action: self.edits.open_link(action.data()))
        view = self.ui.peopleView
        menu.popup(view.viewport().mapToGlobal(view.visualRect(index).bottomLeft()))

    def _add_link_actions(self, menu: QMenu) -> None:
        """Write to or call the current person from the menu (the keyboard way to the links)."""
        person = self._current(self.ui.peopleView)
        if person is None:
            return
        for template, scheme, values in (
            (self.tr("Write to %1"), "mailto", person.emails),
            (self.tr("Call %1"), "tel", person.phones),
        ):
            for value in values:
                target = "".join(value.split()) if scheme == "tel" else value.strip()
                url = QUrl(f"{scheme}:{target}")
                menu.addAction(fill(template, value), partial(self.edits.open_link, url))
        if not menu.isEmpty():
            menu.addSeparator()

    # -- keys and drops -------------------------------------------------------------------

    def _paint_empty(self, viewport: QWidget, text: str) -> bool:
        """An empty list says what would be in it and how to add something."""
        view = viewport.parent()
        if not isinstance(view, QAbstractItemView) or view.model().rowCount() > 0:
            return False
        painter = QPainter(viewport)
        painter.setPen(self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        painter.drawText(
            viewport.rect().adjusted(12, 12, -12, -12),
            int(
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
            ),
            text,
        )
        painter.end()
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Paints the empty lists' texts; Enter and Delete press a section's buttons."""
        if event.type() == QEvent.Type.Paint and watched in self._empty_texts:
            return self._paint_empty(watched, self._empty_texts[watched])
        section = self._by_view.get(watched)  # type: ignore[call-overload]
        if (
            section is not None
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            button = {
                Qt.Key.Key_Delete: section.delete,
                Qt.Key.Key_Return: section.enter,
                Qt.Key.Key_Enter: section.enter,
            }.get(Qt.Key(event.key()))
            if button is not None:
                button.click()
                return True
        return super().eventFilter(watched, event)

    @staticmethod
    def _local_files(event: QDragEnterEvent | QDropEvent) -> list[Path]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.org_id is not None and self._local_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self.org_id is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = self._local_files(event)
        if self.org_id is None or not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.ui.sections.setCurrentWidget(self.ui.filesPage)
        self.edits.attach(self.org_id, paths)


def _activity_types() -> list[Any]:
    """Every type, retired ones too: their activities keep showing with their icon."""
    from accountmgr.domain import activity_types

    return activity_types.all_types()
