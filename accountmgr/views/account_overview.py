"""The side panel's Overview: the organization's own fields (name, state, won value, owner,
label, address, custom fields), its next activity and its pinned notes, each edited in place.

`AccountPanel` owns the lists of the other sections; this shows what it read of the account
itself, and writes the edits of these fields through `PanelEdits`.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

from accountmgr.domain import clock, organizations
from accountmgr.domain.account_detail import Header
from accountmgr.domain.customfields import Entity
from accountmgr.domain.record_fields import RecordFields
from accountmgr.qtmodels.custom_values_model import CustomValuesModel
from accountmgr.qtmodels.formatting import alarm_style, fill, format_money, type_name
from accountmgr.qtmodels.panel_models import (
    ActivitiesModel,
    NotesModel,
    due_text,
    short_date,
    short_datetime,
)
from accountmgr.views.field_delegate import FieldDelegate
from accountmgr.views.forms.ui_side_panel import Ui_SidePanel
from accountmgr.views.panel_edits import PanelEdits

PINNED_SHOWN = 3  # pinned notes repeated on the overview
FIELDS_HEIGHT = 300  # pixels of custom fields before their table scrolls


class AccountOverview(QObject):
    def __init__(
        self,
        panel: QWidget,
        ui: Ui_SidePanel,
        edits: PanelEdits,
        activities: ActivitiesModel,
        notes: NotesModel,
    ) -> None:
        super().__init__(panel)
        self.ui = ui
        self._edits = edits
        self._activities = activities
        self._notes = notes
        self.header: Header | None = None
        self.loading = False  # the panel is rereading: the fields' signals are not edits
        self._field_edit = False  # a custom field is being written from its editor
        self._labels: list[str] | None = None  # the labels in use, for the label box
        self._was_account: set[int] = set()  # accounts seen here, to say "no longer" of them
        self.fields = CustomValuesModel(self)
        self.fields.edit_handler = self._edit_field
        self._build_header(panel)
        self._build_fields()

    def _build_header(self, panel: QWidget) -> None:
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
        self._value_menu = QMenu(panel)
        ui.wonValue.setMenu(self._value_menu)
        ui.address.installEventFilter(self)
        ui.pinnedNotes.linkActivated.connect(lambda _: ui.sections.setCurrentWidget(ui.notesPage))
        ui.nextActivity.linkActivated.connect(self._next_link)

    def _build_fields(self) -> None:
        view = self.ui.fieldsView
        view.setModel(self.fields)
        view.setItemDelegate(FieldDelegate(view))
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        fit_columns(view, stretched=1)

    # -- what is shown --------------------------------------------------------------------

    def clear(self) -> None:
        self.header = None
        self.ui.name.clear()

    def labels_changed(self) -> None:
        """Organizations changed: the label box reads the labels in use again when next shown."""
        self._labels = None

    def show(self, header: Header, fields: RecordFields, *, first: bool) -> None:
        """The account's own fields (and custom `fields`), then the overview (after the
        sections' lists were read)."""
        self.header = header
        self._show_header(header)
        if self._field_edit:
            pass  # the model rereads the edited row itself once the write is done
        elif first or self.fields.entity_id != header.id:
            self.fields.load(Entity.ORGANIZATION, header.id, fields)
        else:
            self._reload_fields(fields)
        self._show_overview(header)

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
                fill(self.tr("Account since %1"), short_date(header.account_since.date()))
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
        changed = ""
        if header.changed_by and header.changed_at is not None:  # who did what, in a team
            changed = fill(
                self.tr("Last changed by %1, %2"),
                header.changed_by,
                short_datetime(header.changed_at),
            )
        ui.state.setToolTip(changed)
        self._show_value(header)
        won, open_, lost = header.won_count, header.open_count, header.lost_count
        ui.dealCounts.setText(  # each count with its own plural ("1 perdido", "3 perdidos")
            " · ".join(
                (
                    self.tr("%Ln won", "", won),
                    self.tr("%Ln open", "", open_),
                    self.tr("%Ln lost", "", lost),
                )
            )
        )
        ui.dealCounts.setMinimumWidth(ui.dealCounts.sizeHint().width())  # never cut
        self._fill_owner(header)
        self._fill_labels(header)

    def _show_value(self, header: Header) -> None:
        """The won value, and per currency in its menu and tooltip."""
        value = format_money(header.won_value, header.currency, header.exponent)
        if header.unpriced:  # won deals in a currency without a rate are not in the value
            value = fill(self.tr("%1 *"), value)
        self.ui.wonValue.setText(value)
        self._value_menu.clear()
        exponents = header.exponents
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
        self.ui.wonValue.setToolTip(
            fill(self.tr("Won value in %1; per currency:"), header.currency)
            + "\n"
            + ("\n".join(lines) or self.tr("No won deal"))
            + missing
        )

    def _fill_owner(self, header: Header) -> None:
        combo = self.ui.owner
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("No owner"), None)
        for user_id, name in header.owner_choices:
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
        ui.nextActivity.setText(self._next_text(header))
        pinned = [n for n in self._notes.items if n.pinned][:PINNED_SHOWN]
        if pinned:
            parts = [
                f"<p>{escape(_first_lines(n.content))}<br>"
                f"<small>{escape(self._notes.meta(n))}</small></p>"
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

    def _next_text(self, header: Header) -> str:
        """The next activity (or a link to schedule one) and when the account was last contacted."""
        activity = next(
            (a for a in self._activities.activities() if a.id == header.next_activity_id), None
        )
        if activity is None:
            text = self.tr(
                "<b>Next:</b> nothing planned. <a href='schedule'>Schedule a follow-up</a>"
            )
        else:
            when = due_text(activity)
            if activity.due_date < clock.today():
                late = escape(fill(self.tr("%1, overdue"), when))
                when = f"<span style='{alarm_style()}'>{late}</span>"
            text = fill(
                self.tr("<b>Next:</b> %1 — %2, %3"),
                escape(type_name(activity.type_name)),
                escape(activity.subject),
                when,
            )
        last = header.last_done
        if last is not None:
            text += "<br>" + fill(self.tr("<b>Last contacted:</b> %1"), short_datetime(last))
        return text

    def _next_link(self, link: str) -> None:
        if link == "schedule":
            self.ui.scheduleButton.click()

    # -- edits ----------------------------------------------------------------------------

    def _rename(self) -> None:
        header = self.header
        if self.loading or header is None:
            return
        new = self.ui.name.text()
        self.ui.name.setModified(False)  # handed over: later rereads (an undo) show the store
        if " ".join(new.split()) == header.name:
            return
        renamed = self._edits.set_field(
            header.id, "name", header.name, new, self.tr("Rename organization")
        )
        if not renamed:
            self.ui.name.setText(header.name)

    def _set_owner(self) -> None:
        header = self.header
        if header is not None:
            self._edits.set_field(
                header.id,
                "owner_id",
                header.owner_id,
                self.ui.owner.currentData(),
                self.tr("Change owner"),
            )

    def _set_label(self) -> None:
        header = self.header
        if self.loading or header is None:
            return
        new = self.ui.label.currentText().strip()
        line = self.ui.label.lineEdit()
        if line is not None:
            line.setModified(False)
        if new != header.label:
            self._edits.set_field(header.id, "label", header.label, new, self.tr("Change label"))

    def _save_address(self) -> None:
        header = self.header
        document = self.ui.address.document()
        if header is None or not document.isModified():
            return
        document.setModified(False)
        new = self.ui.address.toPlainText().strip()
        if new != header.address and not self._edits.set_field(
            header.id, "address", header.address, new, self.tr("Edit address")
        ):
            self.ui.address.setPlainText(header.address)

    def _edit_field(self, field_id: int, org_id: int, old: Any, new: Any) -> bool:
        self._field_edit = True
        try:
            return self._edits.set_custom(field_id, org_id, old, new)
        finally:
            self._field_edit = False

    def _reload_fields(self, found: RecordFields | None = None) -> None:
        """Values may have changed (undo, an edit in the list): reread (or take those
        `found`), keeping the current row."""
        view = self.ui.fieldsView
        current = view.currentIndex()
        field_id = self.fields.definition(current.row()).id if current.isValid() else None
        self.fields.refresh(found)
        if field_id is not None:
            row = self.fields.row_of(field_id)
            if row >= 0:
                view.setCurrentIndex(self.fields.index(row, current.column()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The address is saved when it loses the focus or on Ctrl+Enter; Esc takes it back."""
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
        return super().eventFilter(watched, event)


def fit_columns(table: QTableView, stretched: int) -> None:
    """Names and titles (column `stretched`) take the room that is left, elided; short columns
    fit their text; one line per row."""
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretched, QHeaderView.ResizeMode.Stretch)
    header.setStretchLastSection(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    # A fixed height spares measuring every row before painting.
    rows = table.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(table.fontMetrics().height() + 6)


def _first_lines(text: str, limit: int = 160) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[:limit].rstrip() + "…"
