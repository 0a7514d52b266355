"""The side panel's content: everything about the selected account in one place, editable there.

It follows the selection of the List and Kanban tabs and rereads itself whenever the change
hub says its organization (or everything) changed. Reading goes through `domain.account_detail`
and `domain.files`; every edit through `PanelEdits`, so it is undoable and shows everywhere.
"""

from __future__ import annotations

from functools import partial
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Qt, QUrl, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QDragEnterEvent,
    QDropEvent,
    QFont,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPalette,
    QUndoStack,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QListView, QMenu, QWidget

from accountmgr.domain import account_detail, clock, files, organizations
from accountmgr.domain.account_detail import Header
from accountmgr.domain.changes import Change, Kind
from accountmgr.domain.errors import NotFoundError
from accountmgr.qtmodels.custom_values_model import CustomValuesModel
from accountmgr.qtmodels.formatting import fill, format_count, format_money
from accountmgr.qtmodels.hub import ChangeHub
from accountmgr.qtmodels.panel_models import (
    ActivitiesModel,
    DealsModel,
    FilesModel,
    NotesModel,
    PeopleModel,
    UrlsRole,
    short_date,
    short_datetime,
    short_time,
    type_name,
)
from accountmgr.resources import resource_path
from accountmgr.views.field_delegate import FieldDelegate
from accountmgr.views.forms.ui_side_panel import Ui_SidePanel
from accountmgr.views.panel_edits import PanelEdits
from accountmgr.views.record_dialogs import RecordDialogs

PINNED_SHOWN = 3  # pinned notes repeated on the overview
FIELDS_HEIGHT = 300  # pixels of custom fields before their table scrolls
_SECTION_KINDS = {
    Kind.ACTIVITY,
    Kind.NOTE,
    Kind.FILE,
    Kind.DEAL,
    Kind.PERSON,
    Kind.ORGANIZATION,
    Kind.CUSTOM_FIELD,
}


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
        self._hub = hub
        self.edits = PanelEdits(self, hub, stack, dialogs)
        self.edits.message.connect(self.message)
        self.org_id: int | None = None
        self.header: Header | None = None
        self._loading = False
        self._field_edit = False  # a custom field is being written from its editor
        self._labels: list[str] | None = None  # the labels in use, for the label box
        self._was_account: set[int] = set()  # accounts seen here, to say "no longer" of them

        self.activities = ActivitiesModel(self)
        self.notes = NotesModel(self)
        self.files = FilesModel(self)
        self.deals = DealsModel(self)
        self.people = PeopleModel(self)
        self.fields = CustomValuesModel(self)
        self.fields.edit_handler = self._edit_field
        self._build_views()
        self._build_header()
        self._build_buttons()
        hub.changed.connect(self._on_changed)
        self.show_accounts([])

    # -- building -------------------------------------------------------------------------

    def _build_views(self) -> None:
        ui = self.ui
        self._load_type_icons()
        self.notes.pin_icon = QIcon(str(resource_path("icons", "pin.svg")))
        for view, model in (
            (ui.activitiesView, self.activities),
            (ui.notesView, self.notes),
            (ui.filesView, self.files),
            (ui.dealsView, self.deals),
            (ui.peopleView, self.people),
            (ui.fieldsView, self.fields),
        ):
            view.setModel(model)
            view.installEventFilter(self)
            # The selection as well as the current item: a click makes an item current before
            # it selects it, and the buttons would still see nothing selected.
            view.selectionModel().selectionChanged.connect(self._update_buttons)
            view.selectionModel().currentChanged.connect(self._update_buttons)
        self._empty_texts = {
            ui.activitiesView.viewport(): self.tr(
                "Nothing planned or done yet. Schedule… plans the next contact."
            ),
            ui.notesView.viewport(): self.tr("No notes yet."),
            ui.filesView.viewport(): self.tr("No files yet: drop files here, or use Attach…"),
            ui.dealsView.viewport(): self.tr("No deals yet."),
            ui.peopleView.viewport(): self.tr("Nobody yet. Add… a person or Link… one."),
        }
        for viewport in self._empty_texts:
            viewport.installEventFilter(self)
        ui.fieldsView.setItemDelegate(FieldDelegate(ui.fieldsView))
        # Long lists are laid out in batches: the first rows paint before the rest are measured.
        for listing in (ui.activitiesView, ui.notesView):
            listing.setLayoutMode(QListView.LayoutMode.Batched)
            listing.setBatchSize(40)
        # Names and titles take the room that is left (elided); short columns fit their text.
        for table, stretched in (
            (ui.filesView, 0),
            (ui.dealsView, 0),
            (ui.peopleView, 2),
            (ui.fieldsView, 1),
        ):
            header = table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(stretched, QHeaderView.ResizeMode.Stretch)
            header.setStretchLastSection(False)
            table.setTextElideMode(Qt.TextElideMode.ElideRight)
            # One line per row: a fixed height spares measuring every row before painting.
            rows = table.verticalHeader()
            rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            rows.setDefaultSectionSize(table.fontMetrics().height() + 6)
        ui.fieldsView.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        ui.activitiesView.doubleClicked.connect(lambda _: self._edit_activity())
        ui.notesView.doubleClicked.connect(lambda _: self._edit_note())
        ui.filesView.doubleClicked.connect(lambda _: self._open_file())
        ui.dealsView.doubleClicked.connect(lambda _: self._edit_deal())
        ui.peopleView.clicked.connect(self._person_clicked)
        ui.peopleView.doubleClicked.connect(self._person_double_clicked)
        for view in (ui.activitiesView, ui.notesView, ui.filesView, ui.dealsView, ui.peopleView):
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            view.customContextMenuRequested.connect(self._context_menu)
        ui.pinnedNotes.linkActivated.connect(lambda _: ui.sections.setCurrentWidget(ui.notesPage))
        ui.nextActivity.linkActivated.connect(self._next_link)

    def _load_type_icons(self) -> None:
        self.activities.icons = {
            info.icon: QIcon(str(resource_path("icons", info.icon))) for info in _activity_types()
        }

    def _build_header(self) -> None:
        ui = self.ui
        font = QFont(ui.name.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        ui.name.setFont(font)
        ui.name.editingFinished.connect(self._rename)
        ui.owner.activated.connect(lambda _: self._set_owner())
        ui.label.activated.connect(lambda _: self._set_label())
        line = ui.label.lineEdit()
        if line is not None:
            line.editingFinished.connect(self._set_label)
        self._value_menu = QMenu(self)
        ui.wonValue.setMenu(self._value_menu)
        ui.address.installEventFilter(self)

    def _build_buttons(self) -> None:
        ui = self.ui
        ui.scheduleButton.clicked.connect(lambda: self._with_org(self.edits.schedule))
        ui.noteButton.clicked.connect(lambda: self._with_org(self.edits.add_note))
        ui.attachButton.clicked.connect(lambda: self._with_org(self.edits.choose_files))
        ui.dealButton.clicked.connect(lambda: self._with_org(self.edits.add_deal))
        ui.activityDone.clicked.connect(self._toggle_done)
        ui.activityEdit.clicked.connect(self._edit_activity)
        ui.activityDelete.clicked.connect(self._delete_activity)
        ui.noteEdit.clicked.connect(self._edit_note)
        ui.notePin.clicked.connect(self._toggle_pin)
        ui.noteDelete.clicked.connect(self._delete_note)
        ui.fileOpen.clicked.connect(self._open_file)
        ui.fileRemove.clicked.connect(self._remove_file)
        ui.dealWon.clicked.connect(lambda: self._deal_action(self.edits.mark_won))
        ui.dealLost.clicked.connect(lambda: self._deal_action(self.edits.mark_lost))
        ui.dealReopen.clicked.connect(lambda: self._deal_action(self.edits.reopen))
        ui.dealEdit.clicked.connect(self._edit_deal)
        ui.personAdd.clicked.connect(lambda: self._with_org(self.edits.add_person))
        ui.personLink.clicked.connect(lambda: self._with_org(self.edits.link_person))
        ui.personEdit.clicked.connect(self._edit_person)
        ui.personUnlink.clicked.connect(self._unlink_person)
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

    # -- what is shown --------------------------------------------------------------------

    def show_accounts(self, org_ids: list[int]) -> None:
        """Show the one selected account; several or none show a short explanation."""
        if len(org_ids) == 1:
            if org_ids[0] != self.org_id:
                self.org_id = org_ids[0]
                self.reload(first=True)
            return
        self.org_id = None
        self.header = None
        self.ui.name.clear()
        self.ui.stack.setCurrentWidget(self.ui.emptyPage)
        self.ui.emptyLabel.setText(
            self.tr("%1 accounts selected").replace("%1", format_count(len(org_ids)))
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
            self._labels = None
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
            header = account_detail.header(org_id)
        except NotFoundError:
            self.org_id = None
            self.header = None
            self.show_accounts([])
            return
        self._loading = True
        kept = self._current_ids()
        try:
            self.header = header
            self._show_header(header)
            today = clock.today()
            self.activities.set_items(account_detail.activities_of(org_id), today)
            self.notes.set_items(account_detail.notes_of(org_id))
            self.files.set_items(files.files_of(org_id))
            self.deals.set_items(account_detail.deals_of(org_id))
            self.people.set_items(account_detail.people_of(org_id))
            if self._field_edit:
                pass  # the model rereads the edited row itself once the write is done
            elif first or self.fields.entity_id != org_id:
                self.fields.load("organization", org_id)
            else:
                self._reload_fields()
            self._show_overview(header)
            self._show_counts()
            if not first:
                self._restore_ids(kept)
            self.ui.stack.setCurrentWidget(self.ui.accountPage)
        finally:
            self._loading = False
        self._update_buttons()

    def _show_header(self, header: Header) -> None:
        ui = self.ui
        # A name being typed is kept; once it was saved (or refused) the field follows the store.
        if not ui.name.hasFocus() or not ui.name.isModified() or ui.name.text() == header.name:
            ui.name.setText(header.name)
            ui.name.setCursorPosition(0)
        if header.is_account:
            self._was_account.add(header.id)
        if header.is_account and header.account_since is not None:
            ui.state.setText(
                self.tr("Account since %1").replace("%1", short_date(header.account_since.date()))
            )
            ui.state.setStyleSheet("")
        else:
            ui.state.setText(
                self.tr(
                    "No longer an account: no deal of this organization is won any more. "
                    "Everything about it is kept."
                )
                if header.id in self._was_account
                else self.tr("Not an account: no deal of this organization is won yet.")
            )
            ui.state.setStyleSheet("color: palette(link);")
        value = format_money(header.won_value, header.currency, header.exponent)
        if header.unpriced:  # won deals in a currency without a rate are not in the value
            value = fill(self.tr("%1 *"), value)
        ui.wonValue.setText(value)
        self._value_menu.clear()
        exponents = account_detail.exponents()
        lines = []
        for money in header.won_by_currency:
            text = format_money(money.minor, money.currency, exponents.get(money.currency, 2))
            if money.currency in header.unpriced:
                text = fill(self.tr("%1 (no exchange rate yet)"), text)
            lines.append(text)
            self._value_menu.addAction(text).setEnabled(False)
        if not lines:
            self._value_menu.addAction(self.tr("No won deal")).setEnabled(False)
        missing = (
            "\n"
            + fill(
                self.tr("No exchange rate yet for %1: the won value leaves those deals out."),
                ", ".join(header.unpriced),
            )
            if header.unpriced
            else ""
        )
        ui.wonValue.setToolTip(
            self.tr("Won value in %1; per currency:").replace("%1", header.currency)
            + "\n"
            + ("\n".join(lines) or self.tr("No won deal"))
            + missing
        )
        ui.dealCounts.setText(
            fill(
                self.tr("%1 won · %2 open · %3 lost"),
                format_count(header.won_count),
                format_count(header.open_count),
                format_count(header.lost_count),
            )
        )
        ui.dealCounts.setMinimumWidth(ui.dealCounts.sizeHint().width())  # never cut
        self._fill_owner(header)
        self._fill_labels(header)

    def _fill_owner(self, header: Header) -> None:
        combo = self.ui.owner
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("No owner"), None)
        for user_id, name in organizations.users():
            combo.addItem(name, user_id)
        if header.owner_id is not None and combo.findData(header.owner_id) < 0:
            combo.addItem(header.owner_name or "", header.owner_id)  # an inactive user
        combo.setCurrentIndex(max(0, combo.findData(header.owner_id)))
        combo.blockSignals(False)

    def _fill_labels(self, header: Header) -> None:
        combo = self.ui.label
        line = combo.lineEdit()
        if combo.hasFocus() and line is not None and line.isModified():
            return  # a label being typed
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("")
        if self._labels is None:  # read again only after organizations changed
            self._labels = organizations.labels()
        combo.addItems(self._labels)
        combo.setCurrentText(header.label)
        combo.blockSignals(False)

    def _fit_fields(self) -> None:
        """The fields table is as tall as its rows (up to FIELDS_HEIGHT, then it scrolls)."""
        view = self.ui.fieldsView
        rows = self.fields.rowCount()
        self.ui.fieldsLabel.setText(
            self.tr("Account fields")
            if rows
            else self.tr("No account fields yet: add them in Settings ▸ Custom fields.")
        )
        view.setVisible(rows > 0)
        height = sum(
            view.rowHeight(r) or view.verticalHeader().defaultSectionSize() for r in range(rows)
        )
        view.setFixedHeight(min(FIELDS_HEIGHT, height + 2 * view.frameWidth()))

    def _show_overview(self, header: Header) -> None:
        ui = self.ui
        self._fit_fields()
        typing = ui.address.hasFocus() and ui.address.document().isModified()
        if not typing:
            ui.address.setPlainText(header.address)
            ui.address.document().setModified(False)
        activity = next(
            (a for a in self.activities.activities() if a.id == header.next_activity_id), None
        )
        if activity is None:
            ui.nextActivity.setText(
                self.tr("<b>Next:</b> nothing planned. <a href='schedule'>Schedule a follow-up</a>")
            )
        else:
            when = short_date(activity.due_date)
            if activity.due_time is not None:
                when += " " + short_time(activity.due_time)
            if activity.due_date < clock.today():
                late = escape(fill(self.tr("%1, overdue"), when))
                when = f"<span style='color:#b00020'>{late}</span>"
            ui.nextActivity.setText(
                fill(
                    self.tr("<b>Next:</b> %1 — %2, %3"),
                    escape(type_name(activity.type_name)),
                    escape(activity.subject),
                    when,
                )
            )
        last = header.last_done
        if last is not None:
            ui.nextActivity.setText(
                ui.nextActivity.text()
                + "<br>"
                + self.tr("<b>Last contacted:</b> %1").replace("%1", short_datetime(last))
            )
        pinned = [n for n in self.notes.items if n.pinned][:PINNED_SHOWN]
        if pinned:
            parts = [
                f"<p>{escape(_first_lines(n.content))}<br>"
                f"<small>{escape(self.notes.meta(n))}</small></p>"
                for n in pinned
            ]
            ui.pinnedNotes.setText(
                self.tr("<b>Pinned notes</b>")
                + "".join(parts)
                + "<a href='notes'>"
                + self.tr("All notes")
                + "</a>"
            )
            ui.pinnedNotes.show()
        else:
            ui.pinnedNotes.hide()

    def _show_counts(self) -> None:
        ui = self.ui
        counts = (
            (ui.activitiesPage, self.tr("Activities"), len(self.activities.activities())),
            (ui.notesPage, self.tr("Notes"), len(self.notes.items)),
            (ui.filesPage, self.tr("Files"), len(self.files.items)),
            (ui.dealsPage, self.tr("Deals"), len(self.deals.items)),
            (ui.peoplePage, self.tr("People"), len(self.people.items)),
        )
        for page, title, count in counts:
            text = fill(self.tr("%1 (%2)"), title, format_count(count)) if count else title
            ui.sections.setTabText(ui.sections.indexOf(page), text)

    # -- keeping the selection across rereads ---------------------------------------------

    def _views(self) -> list[QAbstractItemView]:
        ui = self.ui
        return [ui.activitiesView, ui.notesView, ui.filesView, ui.dealsView, ui.peopleView]

    def _current_ids(self) -> list[int | None]:
        found: list[int | None] = []
        for view in self._views():
            index = view.currentIndex()
            item = index.data(Qt.ItemDataRole.UserRole + 1) if index.isValid() else None
            found.append(getattr(item, "id", None))
        return found

    def _restore_ids(self, kept: list[int | None]) -> None:
        for view, item_id in zip(self._views(), kept, strict=True):
            if item_id is None:
                continue
            model = view.model()
            row = model.row_of(item_id)  # type: ignore[attr-defined]
            if row >= 0:
                view.setCurrentIndex(model.index(row, 0))

    # -- current items --------------------------------------------------------------------

    def _current(self, view: QAbstractItemView) -> Any:
        index = view.currentIndex()
        if not index.isValid() or not view.selectionModel().isSelected(index.siblingAtColumn(0)):
            return None
        return index.data(Qt.ItemDataRole.UserRole + 1)

    def current_activity(self) -> account_detail.ActivityItem | None:
        index = self.ui.activitiesView.currentIndex()
        return self.activities.activity(index.row()) if index.isValid() else None

    @Slot()
    def _update_buttons(self, *_: Any) -> None:
        ui = self.ui
        activity = self.current_activity()
        ui.activityDone.setEnabled(activity is not None)
        ui.activityDone.setText(
            self.tr("Reope&n") if activity is not None and activity.done else self.tr("Mark &done")
        )
        ui.activityEdit.setEnabled(activity is not None)
        ui.activityDelete.setEnabled(activity is not None)
        note = self._current(ui.notesView)
        for button in (ui.noteEdit, ui.notePin, ui.noteDelete):
            button.setEnabled(note is not None)
        ui.notePin.setText(
            self.tr("Un&pin") if note is not None and note.pinned else self.tr("&Pin")
        )
        file = self._current(ui.filesView)
        ui.fileOpen.setEnabled(file is not None)
        ui.fileRemove.setEnabled(file is not None)
        deal = self._current(ui.dealsView)
        ui.dealWon.setEnabled(deal is not None and deal.status != "won")
        ui.dealLost.setEnabled(deal is not None and deal.status != "lost")
        ui.dealReopen.setEnabled(deal is not None and deal.status != "open")
        ui.dealEdit.setEnabled(deal is not None)
        person = self._current(ui.peopleView)
        ui.personEdit.setEnabled(person is not None)
        ui.personUnlink.setEnabled(person is not None)

    # -- header edits ---------------------------------------------------------------------

    def _with_org(self, action: Any) -> None:
        if self.org_id is not None:
            action(self.org_id)

    def _rename(self) -> None:
        if self._loading or self.header is None or self.org_id is None:
            return
        new = self.ui.name.text()
        self.ui.name.setModified(False)  # handed over: later rereads (an undo) show the store
        if " ".join(new.split()) == self.header.name:
            return
        renamed = self.edits.set_field(
            self.org_id, "name", self.header.name, new, self.tr("Rename organization")
        )
        if not renamed:
            self.ui.name.setText(self.header.name)

    def _set_owner(self) -> None:
        if self.header is None or self.org_id is None:
            return
        self.edits.set_field(
            self.org_id,
            "owner_id",
            self.header.owner_id,
            self.ui.owner.currentData(),
            self.tr("Change owner"),
        )

    def _set_label(self) -> None:
        if self._loading or self.header is None or self.org_id is None:
            return
        new = self.ui.label.currentText().strip()
        line = self.ui.label.lineEdit()
        if line is not None:
            line.setModified(False)
        if new != self.header.label:
            self.edits.set_field(
                self.org_id, "label", self.header.label, new, self.tr("Change label")
            )

    def _save_address(self) -> None:
        if self.header is None or self.org_id is None:
            return
        document = self.ui.address.document()
        if not document.isModified():
            return
        document.setModified(False)
        new = self.ui.address.toPlainText().strip()
        if new != self.header.address and not self.edits.set_field(
            self.org_id, "address", self.header.address, new, self.tr("Edit address")
        ):
            self.ui.address.setPlainText(self.header.address)

    def _edit_field(self, field_id: int, org_id: int, old: Any, new: Any) -> bool:
        self._field_edit = True
        try:
            return self.edits.set_custom(field_id, org_id, old, new)
        finally:
            self._field_edit = False

    def _reload_fields(self) -> None:
        """Values may have changed (undo, an edit in the list): reread, keeping the current row."""
        view = self.ui.fieldsView
        current = view.currentIndex()
        field_id = self.fields.definition(current.row()).id if current.isValid() else None
        self.fields.refresh()
        if field_id is not None:
            row = self.fields.row_of(field_id)
            if row >= 0:
                view.setCurrentIndex(self.fields.index(row, current.column()))

    # -- section edits --------------------------------------------------------------------

    def _toggle_done(self) -> None:
        item = self.current_activity()
        if item is not None and self.org_id is not None:
            self.edits.toggle_done(self.org_id, item)

    def _edit_activity(self) -> None:
        item = self.current_activity()
        if item is not None and self.org_id is not None:
            self.edits.edit_activity(self.org_id, item)

    def _delete_activity(self) -> None:
        item = self.current_activity()
        if item is not None:
            self.edits.delete_activity(item)

    def _edit_note(self) -> None:
        item = self._current(self.ui.notesView)
        if item is not None and self.org_id is not None:
            self.edits.edit_note(self.org_id, item)

    def _toggle_pin(self) -> None:
        item = self._current(self.ui.notesView)
        if item is not None:
            self.edits.toggle_pin(item)

    def _delete_note(self) -> None:
        item = self._current(self.ui.notesView)
        if item is not None:
            self.edits.delete_note(item)

    def _open_file(self) -> None:
        item = self._current(self.ui.filesView)
        if item is not None:
            self.edits.open_file(item.id)

    def _remove_file(self) -> None:
        item = self._current(self.ui.filesView)
        if item is not None:
            self.edits.remove_file(item.id, item.original_name)

    def _deal_action(self, action: Any) -> None:
        item = self._current(self.ui.dealsView)
        if item is not None:
            action(item)

    def _edit_deal(self) -> None:
        item = self._current(self.ui.dealsView)
        if item is not None:
            self.edits.edit_deal(item.id)

    def _edit_person(self) -> None:
        item = self._current(self.ui.peopleView)
        if item is not None:
            self.edits.edit_person(item.id)

    def _unlink_person(self) -> None:
        item = self._current(self.ui.peopleView)
        if item is not None and self.org_id is not None:
            self.edits.unlink_person(self.org_id, item)

    def _person_double_clicked(self, index: QModelIndex) -> None:
        if not index.data(UrlsRole):  # a double click on a link already wrote or called
            self._edit_person()

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

    def _next_link(self, link: str) -> None:
        if link == "schedule":
            self.ui.scheduleButton.click()

    def _context_menu(self, pos: QPoint) -> None:
        view = self.sender()
        assert isinstance(view, QAbstractItemView)
        ui = self.ui
        buttons = {
            ui.activitiesView: (ui.activityDone, ui.activityEdit, ui.activityDelete),
            ui.notesView: (ui.noteEdit, ui.notePin, ui.noteDelete),
            ui.filesView: (ui.fileOpen, ui.fileRemove),
            ui.dealsView: (ui.dealWon, ui.dealLost, ui.dealReopen, ui.dealEdit),
            ui.peopleView: (ui.personEdit, ui.personUnlink, ui.personAdd, ui.personLink),
        }[view]
        menu = QMenu(self)
        if view is ui.peopleView:
            self._add_link_actions(menu)
        for button in buttons:
            action = menu.addAction(button.text().replace("&", ""), button.click)
            action.setEnabled(button.isEnabled())
        menu.popup(view.viewport().mapToGlobal(pos))

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
        if event.type() == QEvent.Type.Paint and watched in self._empty_texts:
            return self._paint_empty(watched, self._empty_texts[watched])
        if watched is self.ui.address:
            if event.type() == QEvent.Type.FocusOut:
                self._save_address()
            elif isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
                if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
                    event.modifiers() & Qt.KeyboardModifier.ControlModifier
                ):
                    self._save_address()
                    return True
                if event.key() == Qt.Key.Key_Escape and self.header is not None:
                    self.ui.address.setPlainText(self.header.address)
                    return True
            return False
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Delete:
                action = {
                    self.ui.activitiesView: self._delete_activity,
                    self.ui.notesView: self._delete_note,
                    self.ui.filesView: self._remove_file,
                    self.ui.peopleView: self._unlink_person,
                }.get(watched)  # type: ignore[call-overload]
                if action is not None:
                    action()
                    return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                action = {
                    self.ui.activitiesView: self._edit_activity,
                    self.ui.notesView: self._edit_note,
                    self.ui.filesView: self._open_file,
                    self.ui.dealsView: self._edit_deal,
                    self.ui.peopleView: self._edit_person,
                }.get(watched)  # type: ignore[call-overload]
                if action is not None:
                    action()
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

    def dragMoveEvent(self, event: Any) -> None:
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

    def open_url(self, url: QUrl) -> None:  # a seam for tests of the people links
        self.edits.open_link(url)


def _activity_types() -> list[Any]:
    """Every type, retired ones too: their activities keep showing with their icon."""
    from accountmgr.domain import activity_types

    return activity_types.all_types()


def _first_lines(text: str, limit: int = 160) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[:limit].rstrip() + "…"
