"""Create or edit an organization (an account is the same record once one of its deals is won)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, QRegularExpression, Slot
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QWidget

from accountmgr.domain import organizations, records
from accountmgr.qtmodels.formatting import fill
from accountmgr.views.dialogs import RecordDialog, fill_owners
from accountmgr.views.forms.ui_organization_dialog import Ui_OrganizationDialog


def _shown(record: records.OrganizationRecord) -> dict[str, Any]:
    """What the dialog shows of an organization, as the domain's update takes it."""
    return {
        "name": record.name,
        "address": record.address,
        "country": record.country,
        "owner_id": record.owner_id,
        "label": record.label,
    }


class OrganizationDialog(RecordDialog):
    """New organization (`org_id` None) or edit of an existing one; NotFoundError when
    `org_id` names none."""

    def __init__(self, parent: QWidget | None, org_id: int | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_OrganizationDialog()
        self.ui.setupUi(self)
        self._org_id = org_id
        record = records.organization(org_id) if org_id is not None else None

        self.ui.country.setValidator(
            QRegularExpressionValidator(QRegularExpression("[A-Za-z]{0,2}"), self.ui.country)
        )
        self.ui.country.textEdited.connect(self._on_country_edited)
        self.ui.country.textChanged.connect(self._show_country_name)
        self.ui.label.addItems(organizations.labels())
        self.ui.label.setCurrentIndex(-1)

        if record is None:
            self.setWindowTitle(self.tr("New organization"))
            fill_owners(self.ui.owner, self.tr("No owner"))
        else:
            self.setWindowTitle(fill(self.tr("Edit %1"), record.name))
            self._show(record)
            edited = record.id
            self.current = lambda: _shown(records.organization(edited))
            self.show_again = lambda: self._show(records.organization(edited))
        self._show_country_name(self.ui.country.text())
        self._set_up_saving(self.ui.name, self.ui.error, self.ui.buttons)

    def _show(self, record: records.OrganizationRecord) -> None:
        self.ui.name.setText(record.name)
        self.ui.address.setPlainText(record.address)
        self.ui.country.setText(record.country)
        fill_owners(self.ui.owner, self.tr("No owner"), record.owner_id, record.owner_name)
        self.ui.label.setEditText(record.label)
        self.before = _shown(record)

    def values(self) -> dict[str, Any]:
        """The fields as typed, as the domain's create and update take them."""
        return {
            "name": self.ui.name.text(),
            "address": self.ui.address.toPlainText(),
            "country": self.ui.country.text(),
            "owner_id": self.ui.owner.currentData(),
            "label": self.ui.label.currentText(),
        }

    def _save(self) -> None:
        self._create_or_update(
            self._org_id,
            self.values(),
            organizations.create_organization,
            organizations.update_organization,
        )

    @Slot(str)
    def _on_country_edited(self, text: str) -> None:
        if text != text.upper():
            self.ui.country.setText(text.upper())

    @Slot(str)
    def _show_country_name(self, code: str) -> None:
        if len(code) < 2:
            self.ui.countryName.clear()
            return
        territory = QLocale.codeToTerritory(code)
        if territory == QLocale.Country.AnyTerritory:
            self.ui.countryName.setText(self.tr("Unknown country code"))
        else:
            self.ui.countryName.setText(QLocale.territoryToString(territory))
