"""The edits a person makes in the side panel: each goes through the domain, is announced on
the change hub (so List, Kanban and panel agree at once) and can be undone with Ctrl+Z.

Dialogs open without blocking (`open()`); the one on screen is `last_dialog`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from accountmgr.domain import (
    account_detail,
    activities,
    clock,
    customfields,
    deals,
    identity,
    notes,
    organizations,
    records,
    snapshots,
)
from accountmgr.domain.account_detail import ActivityItem, DealItem, NoteItem, PersonItem
from accountmgr.domain.changes import Change
from accountmgr.qtmodels.formatting import fill
from accountmgr.qtmodels.hub import ChangeHub
from accountmgr.views import undo
from accountmgr.views.account_names import name_of
from accountmgr.views.panel_file_edits import FileEdits
from accountmgr.views.record_dialogs import RecordDialogs


class PanelEdits(FileEdits, QObject):
    message = Signal(str)  # a line for the status bar

    def __init__(
        self, parent: QWidget, hub: ChangeHub, stack: QUndoStack, dialogs: RecordDialogs
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._hub = hub
        self._stack = stack
        self._dialogs = dialogs
        self.last_dialog: QDialog | None = None

    def _run(
        self,
        text: str,
        do: Callable[[], Change],
        back: Callable[[], Change],
        redo: Callable[[], Change] | None = None,
    ) -> bool:
        return undo.run(self._stack, self._hub, self._parent, text, do, back, redo)

    def _open(self, dialog: QDialog, on_ok: Callable[[], None]) -> QDialog:
        self.last_dialog = dialog
        dialog.accepted.connect(on_ok)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _record_dialog(self, dialog: QDialog) -> QDialog:
        """A record dialog RecordDialogs opened (and makes undoable), as `last_dialog`."""
        self.last_dialog = dialog
        return dialog

    # -- the organization itself ----------------------------------------------------------

    def set_field(self, org_id: int, field: str, old: Any, new: Any, text: str) -> bool:
        """Name, owner, label or address of the organization (the account is the organization);
        `text` names the step in the Edit menu ("Undo Rename organization")."""
        if old == new:
            return True
        return self._run(
            text,
            lambda: organizations.change_organization_field(org_id, field, old, new),
            lambda: organizations.change_organization_field(org_id, field, new, old),
        )

    def set_custom(self, field_id: int, org_id: int, old: Any, new: Any) -> bool:
        return self._run(
            QCoreApplication.translate("PanelEdits", "Edit field"),
            lambda: customfields.set_value(field_id, org_id, new),
            lambda: customfields.set_value(field_id, org_id, old),
        )

    # -- activities -----------------------------------------------------------------------

    def _links(self, org_id: int) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
        people = [(p.id, p.name) for p in account_detail.people_of(org_id)]
        open_deals = [(d.id, d.title) for d in account_detail.deals_of(org_id)]
        return people, open_deals

    def schedule(
        self, org_id: int, day: dt.date | None = None, like: ActivityItem | None = None
    ) -> QDialog:
        """The schedule dialog for one account (prefilled like `like`, a follow-up)."""
        from accountmgr.views.dialogs.schedule_dialog import ScheduleDialog

        people, open_deals = self._links(org_id)
        dialog = ScheduleDialog(
            self._parent,
            count=1,
            names=[name_of(org_id)],
            day=day or clock.today(),
            users=organizations.users(),
            assignee_id=like.assignee_id if like else None,
            type_key=like.type_key if like else None,
            subject=like.subject if like else None,
            people=people,
            deals=open_deals,
        )
        created: list[int] = []

        def saved() -> None:
            values = {**dialog.values(), **dialog.links(), "org_id": org_id}

            def do() -> Change:  # a redo brings back the same activity, by its id
                again = created[0] if created else None
                made = activities.create_activity(**values, activity_id=again)
                created[:] = [made.id]
                return made.change

            self._run(
                QCoreApplication.translate("PanelEdits", "Schedule activity"),
                do,
                lambda: activities.delete_activity(created[0]),
            )

        return self._open(dialog, saved)

    def edit_activity(self, org_id: int, item: ActivityItem) -> QDialog:
        from accountmgr.views.dialogs.schedule_dialog import ScheduleDialog

        people, open_deals = self._links(org_id)
        dialog = ScheduleDialog(
            self._parent,
            count=1,
            names=[name_of(org_id)],
            day=item.due_date,
            users=organizations.users(),
            people=people,
            deals=open_deals,
            activity=item,
        )

        def saved() -> None:
            after = {**dialog.values(), **dialog.links()}
            if activities.repeat_of(item.id) is not None and not item.done:
                self._ask_scope(item, after)
            else:
                self._edit_one(item, after)

        return self._open(dialog, saved)

    def _edit_one(self, item: ActivityItem, after: dict[str, Any]) -> bool:
        snap = snapshots.snapshot_row("activity", item.id)
        return self._run(
            QCoreApplication.translate("PanelEdits", "Edit activity"),
            lambda: activities.update_activity(item.id, **after),
            lambda: snapshots.put_back([snap]),
        )

    def _edit_series(self, item: ActivityItem, after: dict[str, Any]) -> bool:
        """This occurrence and the later open ones; the person and deal stay per occurrence."""
        series = {k: v for k, v in after.items() if k not in ("person_id", "deal_id")}
        snaps = [snapshots.snapshot_row("activity", i) for i in activities.series_from(item.id)]
        return self._run(
            QCoreApplication.translate("PanelEdits", "Edit recurring activity"),
            lambda: activities.update_series(item.id, **series),
            lambda: snapshots.put_back(snaps),
        )

    def _ask_scope(self, item: ActivityItem, after: dict[str, Any]) -> QMessageBox:
        """A recurring activity: change this occurrence only, or all future ones too?"""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("PanelEdits", "Recurring activity"),
            fill(
                QCoreApplication.translate(
                    "PanelEdits",
                    "“%1” repeats. Change only this one, or this one and all future ones?",
                ),
                item.subject,
            ),
            QMessageBox.StandardButton.Cancel,
            self._parent,
        )
        only = box.addButton(
            QCoreApplication.translate("PanelEdits", "Only &this one"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        future = box.addButton(
            QCoreApplication.translate("PanelEdits", "&All future ones"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.setDefaultButton(only)

        def chosen(button: object) -> None:
            if button is only:
                self._edit_one(item, after)
            elif button is future:
                self._edit_series(item, after)

        box.buttonClicked.connect(chosen)
        box.finished.connect(box.deleteLater)
        self.last_dialog = box
        box.open()
        return box

    def toggle_done(self, org_id: int, item: ActivityItem) -> bool:
        """Complete an open activity (or reopen a done one). Completing the last open one
        offers to schedule the follow-up, a type's default delay ahead."""
        done = not item.done
        was = item.done_time
        if done:
            completed: list[activities.Completed] = []

            def complete() -> Change:
                # A recurring activity creates its next occurrence; undo takes it away again.
                completed[:] = [activities.complete(item.id)]
                return completed[0].change

            ok = self._run(
                QCoreApplication.translate("PanelEdits", "Mark done"),
                complete,
                lambda: activities.uncomplete(completed[0]),
            )
        else:
            ok = self._run(
                QCoreApplication.translate("PanelEdits", "Reopen activity"),
                lambda: activities.mark_done(item.id, False),
                lambda: activities.mark_done(item.id, True, was),
            )
        if ok and done and activities.next_open_activity(org_id) is None:
            self.offer_followup(org_id, item)
        return ok

    def offer_followup(self, org_id: int, item: ActivityItem) -> QMessageBox:
        day = activities.followup_day(item.type_id, clock.today())
        name = name_of(org_id)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            fill(QCoreApplication.translate("PanelEdits", "Follow-up for %1"), name),
            fill(
                QCoreApplication.translate(
                    "PanelEdits", "Schedule the next activity for %1 on %2?"
                ),
                name,
                _long_date(day),
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self._parent,
        )
        box.setInformativeText(
            fill(
                QCoreApplication.translate(
                    "PanelEdits", "“%1” is done and nothing else is planned for %2."
                ),
                item.subject,
                name,
            )
        )
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        self.last_dialog = box
        box.accepted.connect(lambda: self.schedule(org_id, day, item))
        box.finished.connect(box.deleteLater)
        box.open()
        return box

    def delete_activity(self, item: ActivityItem) -> bool:
        snap = snapshots.snapshot_row("activity", item.id)
        return self._run(
            QCoreApplication.translate("PanelEdits", "Delete activity"),
            lambda: activities.delete_activity(item.id),
            lambda: snapshots.restore_row(snap),
        )

    # -- notes ----------------------------------------------------------------------------

    def add_note(self, org_id: int) -> QDialog:
        from accountmgr.views.dialogs.note_dialog import NoteDialog

        people, all_deals = self._links(org_id)
        dialog = NoteDialog(self._parent, name_of(org_id), people=people, deals=all_deals)
        created: list[int] = []

        def saved() -> None:
            values: dict[str, Any] = dialog.values()

            def do() -> Change:
                made = notes.create_note(
                    str(values.pop("content")),
                    org_id=org_id,
                    author_id=identity.current_user(),
                    **values,
                )
                values["content"] = dialog.values()["content"]
                created[:] = [made.id]
                return made.change

            snap: list[snapshots.RowSnapshot] = []

            def back() -> Change:
                snap[:] = [snapshots.snapshot_row("note", created[0])]
                return notes.delete_note(created[0])

            self._run(
                QCoreApplication.translate("PanelEdits", "Add note"),
                do,
                back,
                lambda: snapshots.restore_row(snap[0]),
            )

        return self._open(dialog, saved)

    def edit_note(self, org_id: int, item: NoteItem) -> QDialog:
        from accountmgr.views.dialogs.note_dialog import NoteDialog

        people, all_deals = self._links(org_id)
        dialog = NoteDialog(
            self._parent, name_of(org_id), people=people, deals=all_deals, note=item
        )

        def saved() -> None:
            # A note's text and pin can be edited; whom or which deal it is about cannot.
            values = dialog.values()
            content, pinned = str(values["content"]), bool(values["pinned"])
            self._run(
                QCoreApplication.translate("PanelEdits", "Edit note"),
                lambda: notes.update_note(item.id, content=content, pinned=pinned),
                lambda: notes.update_note(item.id, content=item.content, pinned=item.pinned),
            )

        return self._open(dialog, saved)

    def toggle_pin(self, item: NoteItem) -> bool:
        return self._run(
            QCoreApplication.translate("PanelEdits", "Unpin note")
            if item.pinned
            else QCoreApplication.translate("PanelEdits", "Pin note"),
            lambda: notes.update_note(item.id, pinned=not item.pinned),
            lambda: notes.update_note(item.id, pinned=item.pinned),
        )

    def delete_note(self, item: NoteItem) -> bool:
        snap = snapshots.snapshot_row("note", item.id)
        ok = self._run(
            QCoreApplication.translate("PanelEdits", "Delete note"),
            lambda: notes.delete_note(item.id),
            lambda: snapshots.restore_row(snap),
        )
        if ok:
            self.message.emit(
                QCoreApplication.translate("PanelEdits", "Note deleted. Undo with Ctrl+Z.")
            )
        return ok

    # -- deals ----------------------------------------------------------------------------

    def _status_back(self, item: DealItem) -> Callable[[], Change]:
        return lambda: deals.restore_status(
            item.id, item.status, item.won_time, item.lost_time, item.lost_reason
        )

    def mark_won(self, item: DealItem) -> bool:
        return self._run(
            QCoreApplication.translate("PanelEdits", "Mark deal won"),
            lambda: deals.mark_won(item.id),
            self._status_back(item),
        )

    def mark_lost(self, item: DealItem) -> QDialog:
        dialog = QInputDialog(self._parent)
        dialog.setWindowTitle(QCoreApplication.translate("PanelEdits", "Deal lost"))
        dialog.setLabelText(
            fill(QCoreApplication.translate("PanelEdits", "Why was “%1” lost?"), item.title)
        )
        dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)

        def saved() -> None:
            reason = dialog.textValue()
            self._run(
                QCoreApplication.translate("PanelEdits", "Mark deal lost"),
                lambda: deals.mark_lost(item.id, reason),
                self._status_back(item),
            )

        return self._open(dialog, saved)

    def reopen(self, item: DealItem) -> bool:
        return self._run(
            QCoreApplication.translate("PanelEdits", "Reopen deal"),
            lambda: deals.reopen(item.id),
            self._status_back(item),
        )

    def edit_deal(self, deal_id: int) -> QDialog:
        return self._record_dialog(self._dialogs.edit_deal(deal_id))

    def add_deal(self, org_id: int) -> QDialog:
        return self._record_dialog(self._dialogs.new_deal(org_id))

    # -- people ---------------------------------------------------------------------------

    def add_person(self, org_id: int) -> QDialog:
        return self._record_dialog(self._dialogs.new_person(org_id))

    def edit_person(self, person_id: int) -> QDialog:
        return self._record_dialog(self._dialogs.edit_person(person_id))

    def link_person(self, org_id: int) -> QDialog:
        from accountmgr.views.dialogs.link_person_dialog import LinkPersonDialog

        dialog = LinkPersonDialog(self._parent, org_id)

        def saved() -> None:
            person_id = dialog.person_id()
            if person_id is None:
                return
            was = records.person(person_id).org_id
            self._run(
                QCoreApplication.translate("PanelEdits", "Link person"),
                lambda: organizations.update_person(person_id, org_id=org_id),
                lambda: organizations.update_person(person_id, org_id=was),
            )

        return self._open(dialog, saved)

    def unlink_person(self, org_id: int, item: PersonItem) -> bool:
        ok = self._run(
            fill(QCoreApplication.translate("PanelEdits", "Unlink %1"), item.name),
            lambda: organizations.update_person(item.id, org_id=None),
            lambda: organizations.update_person(item.id, org_id=org_id),
        )
        if ok:
            self.message.emit(
                fill(
                    QCoreApplication.translate(
                        "PanelEdits",
                        "%1 is no longer linked; the person stays in the address book.",
                    ),
                    item.name,
                )
            )
        return ok

    @staticmethod
    def open_link(url: QUrl) -> bool:
        return QDesktopServices.openUrl(url)


def _long_date(day: dt.date) -> str:
    from PySide6.QtCore import QDate, QLocale

    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)
