"""Opening the record dialogs from the window: their saves are published and undoable."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QWidget

from accountmgr.domain import deals, organizations, records, snapshots
from accountmgr.domain.changes import Change
from accountmgr.domain.writes import Created
from accountmgr.qtmodels.hub import ChangeHub
from accountmgr.views.undo import DomainCommand

if TYPE_CHECKING:
    from accountmgr.views.dialogs import RecordDialog


class RecordDialogs(QObject):
    """Dialogs are imported when first opened: start-up does not pay for them."""

    def __init__(self, parent: QWidget, hub: ChangeHub, stack: QUndoStack) -> None:
        super().__init__(parent)
        self._parent = parent
        self._hub = hub
        self._stack = stack
        self.last_dialog: QDialog | None = None

    def _open(self, dialog: RecordDialog, on_saved: object) -> RecordDialog:
        """Show a dialog without blocking the event loop; `on_saved(dialog)` runs on OK."""
        self.last_dialog = dialog
        dialog.accepted.connect(lambda: on_saved(dialog))  # type: ignore[operator]
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _push(self, text: str, change: Change | None, redo: object, undo: object) -> None:
        if change is not None:
            self._hub.publish(change)
        self._stack.push(DomainCommand(self._stack, self._hub, text, redo, undo))  # type: ignore[arg-type]

    def _push_created(
        self,
        text: str,
        dialog: RecordDialog,
        create: Callable[[], Created],
        delete: Callable[[int], Change],
    ) -> None:
        """The dialog created a record: redo creates it again (under a new id), undo deletes it."""
        created_id = [dialog.record_id]

        def redo() -> Change:
            created = create()
            created_id[0] = created.id
            return created.change

        def undo() -> Change:
            assert created_id[0] is not None
            return delete(created_id[0])

        self._push(text, dialog.change, redo, undo)

    def _push_edited(
        self, text: str, dialog: RecordDialog, update: Callable[[dict[str, Any]], Change]
    ) -> None:
        """The dialog changed a record: redo writes its new values again, undo the old ones."""
        before, after = dict(dialog.before or {}), dict(dialog.after or {})
        self._push(text, dialog.change, lambda: update(after), lambda: update(before))

    def new_organization(self) -> RecordDialog:
        def saved(dialog: RecordDialog) -> None:
            org = dialog.record_id
            assert org is not None
            snap: list[snapshots.OrganizationSnapshot] = []

            def undo() -> Change:
                snap[:] = [snapshots.snapshot(org)]
                return organizations.delete_organization(org)

            self._push(
                QCoreApplication.translate("RecordDialogs", "New organization"),
                dialog.change,
                lambda: snapshots.restore(snap[0]),
                undo,
            )

        from accountmgr.views.dialogs.organization_dialog import OrganizationDialog

        return self._open(OrganizationDialog(self._parent), saved)

    def edit_organization(self, org_id: int) -> RecordDialog:
        def saved(dialog: RecordDialog) -> None:
            self._push_edited(
                QCoreApplication.translate("RecordDialogs", "Edit organization"),
                dialog,
                lambda values: organizations.update_organization(org_id, **values),
            )

        from accountmgr.views.dialogs.organization_dialog import OrganizationDialog

        return self._open(OrganizationDialog(self._parent, org_id), saved)

    def new_person(self, org_id: int | None = None) -> RecordDialog:
        def saved(dialog: RecordDialog) -> None:
            values = dict(dialog.after or {})
            self._push_created(
                QCoreApplication.translate("RecordDialogs", "New person"),
                dialog,
                lambda: organizations.create_person(**values),
                organizations.delete_person,
            )

        from accountmgr.views.dialogs.person_dialog import PersonDialog

        return self._open(PersonDialog(self._parent, org_id=org_id), saved)

    def new_deal(self, org_id: int | None = None) -> RecordDialog:
        def saved(dialog: RecordDialog) -> None:
            values = dict(dialog.after or {})
            self._push_created(
                QCoreApplication.translate("RecordDialogs", "New deal"),
                dialog,
                lambda: records.save_deal(None, **values),
                deals.delete_deal,
            )

        from accountmgr.views.dialogs.deal_dialog import DealDialog

        return self._open(DealDialog(self._parent, org_id=org_id), saved)

    def edit_person(self, person_id: int) -> RecordDialog:
        def saved(dialog: RecordDialog) -> None:
            self._push_edited(
                QCoreApplication.translate("RecordDialogs", "Edit person"),
                dialog,
                lambda values: organizations.update_person(person_id, **values),
            )

        from accountmgr.views.dialogs.person_dialog import PersonDialog

        return self._open(PersonDialog(self._parent, person_id=person_id), saved)

    def edit_deal(self, deal_id: int) -> RecordDialog:
        """Edit a deal; undo puts its fields and its status with the original times back."""
        was = records.deal(deal_id)

        def saved(dialog: RecordDialog) -> None:
            before, after = dict(dialog.before or {}), dict(dialog.after or {})

            def back() -> Change:
                change = records.save_deal(deal_id, **before).change
                return change | deals.restore_status(
                    deal_id, was.status, was.won_time, was.lost_time, was.lost_reason
                )

            self._push(
                QCoreApplication.translate("RecordDialogs", "Edit deal"),
                dialog.change,
                lambda: records.save_deal(deal_id, **after).change,
                back,
            )

        from accountmgr.views.dialogs.deal_dialog import DealDialog

        return self._open(DealDialog(self._parent, deal_id=deal_id), saved)
