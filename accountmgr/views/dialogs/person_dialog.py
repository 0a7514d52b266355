"""Create or edit a person: a contact, usually of one organization."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from accountmgr.domain import organizations, records
from accountmgr.qtmodels.formatting import fill
from accountmgr.views.dialogs import OrganizationField, RecordDialog
from accountmgr.views.forms.ui_person_dialog import Ui_PersonDialog


def _shown(record: records.PersonRecord) -> dict[str, Any]:
    """What the dialog shows of a person, as the domain's update takes it."""
    return {
        "name": record.name,
        "role": record.role,
        "emails": record.emails,
        "phones": record.phones,
        "org_id": record.org_id,
    }


class PersonDialog(RecordDialog):
    """New person (`person_id` None; of organization `org_id` when given) or edit of an
    existing one; NotFoundError when an id names no record."""

    def __init__(
        self, parent: QWidget | None, person_id: int | None = None, org_id: int | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PersonDialog()
        self.ui.setupUi(self)
        self._person_id = person_id
        self.organization = OrganizationField(self.ui.organization)

        if person_id is None:
            self.setWindowTitle(self.tr("New person"))
            if org_id is not None:
                name = records.organization(org_id).name
                self.setWindowTitle(fill(self.tr("New person at %1"), name))
                self.organization.set_organization(org_id, name)
        else:
            record = records.person(person_id)
            self.setWindowTitle(self.tr("Edit person"))
            self._show(record)
            self.current = lambda: _shown(records.person(person_id))
            self.show_again = lambda: self._show(records.person(person_id))
        self._set_up_saving(self.ui.name, self.ui.error, self.ui.buttons)

    def _show(self, record: records.PersonRecord) -> None:
        self.ui.name.setText(record.name)
        self.ui.role.setText(record.role)
        self.ui.emails.setPlainText(record.emails)
        self.ui.phones.setPlainText(record.phones)
        self.organization.set_organization(record.org_id, record.org_name)
        self.before = _shown(record)

    def values(self) -> dict[str, Any]:
        """The fields as typed, as the domain's create and update take them; a ValidationError
        when the organization text names no organization."""
        return {
            "name": self.ui.name.text(),
            "role": self.ui.role.text(),
            "emails": self.ui.emails.toPlainText(),
            "phones": self.ui.phones.toPlainText(),
            "org_id": self.organization.org_id(),
        }

    def _save(self) -> None:
        self._create_or_update(
            self._person_id,
            self.values(),
            organizations.create_person,
            organizations.update_person,
        )
