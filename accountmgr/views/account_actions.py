"""What a person can do to accounts from the list: edit cells, delete, change owners, schedule a
campaign, export. Every edit is undoable and announced on the change hub."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QInputDialog,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from accountmgr.domain import (
    account_list,
    activities,
    clock,
    customfields,
    organizations,
    snapshots,
)
from accountmgr.domain.buckets import Bucket, bucket_for, drop_date
from accountmgr.domain.changes import Change
from accountmgr.domain.errors import DomainError
from accountmgr.domain.transfer import FileFormat, RecordKind
from accountmgr.qtmodels.accounts_model import AccountsModel
from accountmgr.qtmodels.formatting import fill
from accountmgr.qtmodels.hub import ChangeHub
from accountmgr.views import file_dialogs, undo
from accountmgr.views.account_names import listing, names_of
from accountmgr.views.bucket_titles import column_title
from accountmgr.views.operations import run_in_background

BACKGROUND_FROM = 200  # selections at least this large are scheduled off the UI thread
BACKGROUND_EXPORT_FROM = 2_000  # about 30 ms of writing: more goes off the UI thread


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _csv_filters() -> list[str]:
    """The CSV choices of an export's file dialog: cells separated by commas, or by semicolons
    (as Excel reads CSV where decimals are written with a comma), and, where the locale writes
    decimals with a comma, semicolons and decimal commas (what such a spreadsheet reads as
    numbers; a dot is the default, for other programs)."""
    filters = [
        QCoreApplication.translate("AccountActions", "CSV, separated by commas (*.csv)"),
        QCoreApplication.translate("AccountActions", "CSV, separated by semicolons (*.csv)"),
    ]
    if QLocale().decimalPoint() == ",":
        filters.append(
            QCoreApplication.translate(
                "AccountActions", "CSV, separated by semicolons, decimal commas (*.csv)"
            )
        )
    return filters


def _locale_filter(filters: list[str]) -> str:
    """The CSV choice the locale's spreadsheets expect (see export_files.delimiter_for)."""
    from accountmgr.domain.export_files import delimiter_for

    return filters[1] if delimiter_for(QLocale().decimalPoint()) == ";" else filters[0]


def _csv_style(chosen: str, filters: list[str]) -> tuple[str, str]:
    """(delimiter, decimal point) of the CSV choice made."""
    if chosen in filters[2:]:
        return ";", ","
    return (";" if chosen == filters[1] else ","), "."


class AccountActions(QObject):
    message = Signal(str)  # a line for the status bar about what was just done

    def __init__(
        self,
        parent: QWidget,
        hub: ChangeHub,
        stack: QUndoStack,
        model: AccountsModel,
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._hub = hub
        self._stack = stack
        self._model = model  # its headers name the columns in the Edit menu's undo text

    # -- inline edits ---------------------------------------------------------------------

    def edit_cell(self, org_id: int, key: str, old: Any, new: Any) -> bool:
        """An edit in the table writes to the organization (the account is the organization)."""
        if key.startswith("custom:"):
            field_id = int(key.split(":", 1)[1])

            def do() -> Change:
                return customfields.set_value(field_id, org_id, new)

            def back() -> Change:
                return customfields.set_value(field_id, org_id, old)

        else:
            field = {"name": "name", "owner": "owner_id", "label": "label"}[key]

            def do() -> Change:
                return organizations.change_organization_field(org_id, field, old, new)

            def back() -> Change:
                return organizations.change_organization_field(org_id, field, new, old)

        title = str(self._model.headerData(self._column(key), Qt.Orientation.Horizontal))
        return undo.run(
            self._stack,
            self._hub,
            self._parent,
            fill(QCoreApplication.translate("AccountActions", "Edit %1"), title),
            do,
            back,
        )

    def _column(self, key: str) -> int:
        return next(i for i, c in enumerate(self._model.columns) if c.key == key)

    # -- delete ---------------------------------------------------------------------------

    def delete(self, org_ids: list[int]) -> bool:
        """Delete after confirmation; Ctrl+Z brings everything back."""
        if not org_ids:
            return False
        names = names_of(org_ids)
        if not self._confirm_delete(org_ids, names):
            return False
        snaps: list[snapshots.OrganizationSnapshot] = []

        def do() -> Change:
            snaps[:] = [snapshots.snapshot(i) for i in org_ids]
            return organizations.delete_organizations(org_ids)

        def back() -> Change:
            return snapshots.restore_all(snaps)

        how_many = len(org_ids)
        text = QCoreApplication.translate(
            "AccountActions", "Delete %n organization(s)", "", how_many
        )
        if len(org_ids) == 1 and names:
            text = fill(QCoreApplication.translate("AccountActions", "Delete %1"), names[0])
        return undo.run(self._stack, self._hub, self._parent, text, do, back)

    def _confirm_delete(self, org_ids: list[int], names: list[str]) -> bool:
        """Ask before deleting, naming what goes: one organization by its name, several by
        their number and (the first three of) their names."""
        count = len(org_ids)
        if count == 1 and names:
            title = fill(QCoreApplication.translate("AccountActions", "Delete %1"), names[0])
            question = fill(
                QCoreApplication.translate("AccountActions", "Delete %1 and everything about it?"),
                names[0],
            )
            details = QCoreApplication.translate(
                "AccountActions",
                "Its deals, activities, notes and files are deleted too; its people stay in the "
                "address book. You can undo this with Ctrl+Z.",
            )
        else:
            title = QCoreApplication.translate(
                "AccountActions", "Delete %n organization(s)", None, count
            )
            question = QCoreApplication.translate(
                "AccountActions",
                "Delete %n organization(s) and everything about them?",
                None,
                count,
            )
            details = fill(
                QCoreApplication.translate(
                    "AccountActions",
                    "%1.\n\nTheir deals, activities, notes and files are deleted too; their "
                    "people stay in the address book. You can undo this with Ctrl+Z.",
                ),
                listing(names, count),
            )
        answer = QMessageBox.question(
            self._parent,
            title,
            "\n\n".join((question, details)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    # -- bulk actions ---------------------------------------------------------------------

    def change_owner(self, org_ids: list[int]) -> bool:
        if not org_ids:
            return False
        people = organizations.users()
        names = [
            QCoreApplication.translate("AccountActions", "No owner"),
            *(name for _, name in people),
        ]
        accounts = names_of(org_ids)
        if len(org_ids) == 1 and accounts:
            title = fill(
                QCoreApplication.translate("AccountActions", "Change owner of %1"), accounts[0]
            )
            label = fill(
                QCoreApplication.translate("AccountActions", "New owner of %1:"), accounts[0]
            )
        else:
            how_many = len(org_ids)
            title = QCoreApplication.translate(
                "AccountActions", "Change owner of %n organization(s)", None, how_many
            )
            how_many = len(org_ids)
            label = fill(
                QCoreApplication.translate(
                    "AccountActions", "New owner of %n organization(s) (%1):", None, how_many
                ),
                listing(accounts, len(org_ids)),
            )
        name, ok = QInputDialog.getItem(
            self._parent,
            title,
            label,
            names,
            0,
            False,
        )
        if not ok:
            return False
        owner = None if names.index(name) == 0 else people[names.index(name) - 1][0]
        before: dict[int, int | None] = {}

        def do() -> Change:
            previous, change = organizations.set_owner(org_ids, owner)
            before.update(previous)
            return change

        how_many = len(org_ids)
        return undo.run(
            self._stack,
            self._hub,
            self._parent,
            QCoreApplication.translate(
                "AccountActions", "Change owner of %n organization(s)", "", how_many
            ),
            do,
            lambda: organizations.restore_owners(before),
        )

    def schedule_campaign(self, org_ids: list[int]) -> QProgressDialog | None:
        """Ask for one activity and schedule it for every selected account, in one transaction;
        large selections run off the UI thread with progress and Cancel."""
        if not org_ids:
            return None
        from accountmgr.views.dialogs.schedule_dialog import ScheduleDialog  # on first use

        dialog = ScheduleDialog(
            self._parent,
            count=len(org_ids),
            names=names_of(org_ids),
            day=clock.today(),
            users=organizations.users(),
        )
        dialog.accepted.connect(lambda: self._start_campaign(org_ids, dialog.values()))
        dialog.open()
        return None

    def _start_campaign(self, org_ids: list[int], values: dict[str, Any]) -> None:
        created: list[int] = []

        def do_with(progress: Callable[[int, int], None] | None) -> Change:
            campaign = activities.schedule_for_each(org_ids, progress=progress, **values)
            created[:] = campaign.activity_ids
            return campaign.change

        def back() -> Change:
            return activities.delete_activities(list(created))

        how_many = len(org_ids)
        text = fill(
            QCoreApplication.translate(
                "AccountActions", "Schedule “%1” for %n account(s)", "", how_many
            ),
            values["subject"],
        )
        if len(org_ids) < BACKGROUND_FROM:
            undo.run(self._stack, self._hub, self._parent, text, lambda: do_with(None), back)
            return
        run_in_background(
            self._parent,
            QCoreApplication.translate("AccountActions", "Scheduling activities…"),
            len(org_ids),
            do_with,
            lambda change: self._finish(text, change, lambda: do_with(None), back),
        )

    def _finish(
        self, text: str, change: Change, redo: undo.Operation, back: undo.Operation
    ) -> None:
        self._hub.publish(change)
        self._stack.push(undo.DomainCommand(self._stack, self._hub, text, redo, back))

    def export_csv(
        self,
        org_ids: list[int],
        columns: list[tuple[str, str]],
        done: Callable[[Path, int], None],
    ) -> None:
        """Export the current view (columns, filter, order) to a CSV file the person picks;
        `done(path, rows)` runs when it is written. Large exports run in the background."""
        filters = _csv_filters()
        name, chosen = file_dialogs.get_save_file_name(
            self._parent,
            QCoreApplication.translate("AccountActions", "Export accounts"),
            "accounts.csv",
            ";;".join(filters),
            _locale_filter(filters),
        )
        if not name:
            return
        path = Path(name)
        delimiter, point = _csv_style(chosen, filters)
        from accountmgr.domain import export  # on first use

        def work(progress: Callable[[int, int], None] | None) -> int:
            return export.export_accounts_csv(path, org_ids, columns, progress, delimiter, point)

        total = len(org_ids)
        self._export(
            QCoreApplication.translate("AccountActions", "Exporting accounts…"),
            total,
            work,
            lambda count: done(path, count),
        )

    def export_kind(self, kind: RecordKind, done: Callable[[Path, int], None]) -> None:
        """Organizations, people, deals, activities or notes to a CSV or Excel file, in the
        columns an import reads back."""
        titles = {
            RecordKind.ORGANIZATIONS: QCoreApplication.translate(
                "AccountActions", "Export organizations"
            ),
            RecordKind.PEOPLE: QCoreApplication.translate("AccountActions", "Export people"),
            RecordKind.DEALS: QCoreApplication.translate("AccountActions", "Export deals"),
            RecordKind.ACTIVITIES: QCoreApplication.translate(
                "AccountActions", "Export activities"
            ),
            RecordKind.NOTES: QCoreApplication.translate("AccountActions", "Export notes"),
        }
        filters = _csv_filters()
        excel = QCoreApplication.translate("AccountActions", "Excel workbooks (*.xlsx)")
        name, chosen = file_dialogs.get_save_file_name(
            self._parent,
            titles[kind],
            f"{kind}.csv",
            ";;".join([*filters, excel]),
            _locale_filter(filters),
        )
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() not in (".csv", ".xlsx"):
            path = path.with_suffix(".xlsx" if chosen == excel else ".csv")
        fmt = FileFormat.XLSX if path.suffix.lower() == ".xlsx" else FileFormat.CSV
        delimiter, point = _csv_style(chosen, filters)
        from accountmgr.domain import export  # on first use

        def work(progress: Callable[[int, int], None] | None) -> int:
            return export.export_kind(kind, path, fmt, progress, delimiter, point)

        run_in_background(
            self._parent,
            QCoreApplication.translate("AccountActions", "Exporting…"),
            0,
            work,
            lambda count: done(path, count),
        )

    def export_calendar(self, done: Callable[[Path, int], None]) -> None:
        """Every open activity to an iCalendar file for Outlook, Apple Calendar or Thunderbird;
        exported again, the same activities update there instead of appearing twice."""
        name, _ = file_dialogs.get_save_file_name(
            self._parent,
            QCoreApplication.translate("AccountActions", "Export activities to calendar"),
            "activities.ics",
            QCoreApplication.translate("AccountActions", "iCalendar files (*.ics)"),
        )
        if not name:
            return
        path = Path(name)
        from accountmgr.domain import calendar_export  # on first use

        def work(progress: Callable[[int, int], None] | None) -> int:
            return calendar_export.export_ics(path, progress=progress)

        total = calendar_export.count_activities()
        self._export(
            QCoreApplication.translate("AccountActions", "Exporting activities…"),
            total,
            work,
            lambda count: done(path, count),
        )

    def _export(
        self,
        label: str,
        total: int,
        work: Callable[[Callable[[int, int], None] | None], int],
        done: Callable[[int], None],
    ) -> None:
        """Write `total` rows at once, or from BACKGROUND_EXPORT_FROM on in the background."""
        if total >= BACKGROUND_EXPORT_FROM:
            run_in_background(self._parent, label, total, work, done)
            return
        try:
            count = work(None)
        except DomainError as error:
            undo.show_error(self._parent, error)
            return
        done(count)

    # -- the board ------------------------------------------------------------------------

    def schedule_to_bucket(
        self, org_ids: list[int], bucket: Bucket, always_ask: bool, first_weekday: int
    ) -> None:
        """A drop (or Alt+1…5) on a kanban column: move each account's next activity to the
        column's date; accounts with nothing planned (or every account, with a modifier) get
        the Schedule activity dialog, prefilled."""
        day = drop_date(bucket, clock.today(), first_weekday)
        if day is None or not org_ids:
            return
        if always_ask:
            self._ask_to_schedule(org_ids, day)
            return
        # Cards dropped back on the column they are in stay as they are.
        rows = account_list.rows(org_ids)
        org_ids = [
            i
            for i in org_ids
            if i in rows
            and bucket_for(_date(rows[i].next_due), clock.today(), first_weekday) is not bucket
        ]
        if not org_ids:
            return
        moved: list[activities.Move] = []
        without: list[int] = []

        def do() -> Change:
            result = activities.move_next_activities(org_ids, day)
            moved[:] = result.moves
            without[:] = result.without_activity
            return result.change

        def back() -> Change:
            return activities.undo_moves(tuple(moved))

        when = QLocale().toString(
            QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat
        )
        text = fill(QCoreApplication.translate("AccountActions", "Reschedule to %1"), when)
        # A redo moves the same activities again, rather than looking for the next ones.
        done = undo.run(
            self._stack,
            self._hub,
            self._parent,
            text,
            do,
            back,
            redo=lambda: activities.redo_moves(tuple(moved)),
        )
        if done and moved:
            self.message.emit(self._moved_text(moved, column_title(bucket), when))
        if without:
            self._ask_to_schedule(without, day)

    def _moved_text(self, moved: list[activities.Move], column: str, when: str) -> str:
        if len(moved) == 1:
            row = account_list.rows([self._org_of(moved[0])]).get(self._org_of(moved[0]))
            return fill(
                QCoreApplication.translate("AccountActions", "Moved “%1” of %2 to %3 (%4)"),
                moved[0].subject,
                row.name if row else "",
                column,
                when,
            )
        how_many = len(moved)
        return fill(
            QCoreApplication.translate(
                "AccountActions", "Moved %n activities to %1 (%2)", "", how_many
            ),
            column,
            when,
        )

    @staticmethod
    def _org_of(move: activities.Move) -> int:
        return next(iter(move.change.org_ids))

    def _ask_to_schedule(self, org_ids: list[int], day: dt.date) -> None:
        from accountmgr.views.dialogs.schedule_dialog import ScheduleDialog  # on first use

        dialog = ScheduleDialog(
            self._parent,
            count=len(org_ids),
            names=names_of(org_ids),
            day=day,
            users=organizations.users(),
            type_key="call",
            subject=QCoreApplication.translate("AccountActions", "Follow-up"),
        )
        dialog.accepted.connect(lambda: self._start_campaign(org_ids, dialog.values()))
        dialog.open()
        self.last_dialog = dialog

    def mark_next_done(self, org_ids: list[int]) -> list[int]:
        """Complete each account's next activity, in one transaction (undoable); returns the
        activities completed."""
        completed: list[int] = []
        done: list[activities.Completions] = []

        def do() -> Change:
            # Recurring activities create their next occurrence; undo takes it away again.
            result = activities.complete_next(org_ids)
            done[:] = [result]
            completed[:] = [c.activity_id for c in result.completed]
            return result.change

        if (
            undo.run(
                self._stack,
                self._hub,
                self._parent,
                QCoreApplication.translate("AccountActions", "Mark done"),
                do,
                lambda: activities.uncomplete_all(done[0].completed),
            )
            and completed
        ):
            count = len(completed)  # lupdate reads a plain name as the count, not a call
            self.message.emit(
                QCoreApplication.translate("AccountActions", "Marked %n activities done", "", count)
            )
        return completed
