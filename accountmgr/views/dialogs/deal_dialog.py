"""Create or edit a deal, its value and its status; winning it here makes its organization an
account at once."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt, Slot
from PySide6.QtWidgets import QWidget

from accountmgr.domain import clock, deals, records
from accountmgr.domain.currencies import default_currency
from accountmgr.domain.errors import ValidationError
from accountmgr.domain.money import parse_amount, to_decimal_string
from accountmgr.domain.transaction import transaction
from accountmgr.qtmodels.formatting import currency_name, fill
from accountmgr.views.dialogs import OrganizationField, RecordDialog, fill_owners
from accountmgr.views.forms.ui_deal_dialog import Ui_DealDialog

_DIGITS = re.compile(r"[0-9]+")


def parse_value(text: str, exponent: int, locale: QLocale) -> int:
    """A deal value as the locale writes it (`1.234,56` in de_DE) in exact minor units.

    Group separators must stand where the locale puts them, so that `12.50` typed out of habit
    in de_DE is refused rather than read as 1,250. Empty text is nothing, 0.
    """
    typed = text.strip()
    if not typed:
        return 0
    group, point = locale.groupSeparator(), locale.decimalPoint()
    if group.isspace():  # French and others group with a no-break space; people type a space
        typed = re.sub(r"\s", group, typed)
    whole, has_point, fraction = typed.partition(point)
    if group and group in whole:
        digits = whole.replace(group, "")
        if not _DIGITS.fullmatch(digits) or locale.toString(int(digits)) != whole:
            raise ValidationError("“{text}” is not an amount.", text=text)
        whole = digits
    try:
        return parse_amount(f"{whole}.{fraction}" if has_point else whole, exponent)
    except ValidationError as err:
        raise ValidationError(err.template, **{**err.params, "text": text}) from None


def format_value(minor: int, exponent: int, locale: QLocale) -> str:
    """Minor units as the locale writes the amount, exactly: `123456, 2` -> `1,234.56`."""
    whole, _, fraction = to_decimal_string(minor, exponent).partition(".")
    grouped = locale.toString(int(whole))
    return f"{grouped}{locale.decimalPoint()}{fraction}" if fraction else grouped


def _date_format(locale: QLocale) -> str:
    """The locale's short date with a four-digit year: an expected close is often next year."""
    short = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return re.sub(r"(?<!y)yy(?!y)", "yyyy", short)


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _shown(record: records.DealRecord) -> dict[str, Any]:
    """What the dialog shows of a deal, as the domain's update takes it."""
    return {
        "title": record.title,
        "org_id": record.org_id,
        "person_id": record.person_id,
        "value_minor": record.value_minor,
        "currency": record.currency,
        "owner_id": record.owner_id,
        "expected_close": record.expected_close,
        "status": record.status,
        "lost_reason": record.lost_reason if record.status == deals.LOST else "",
    }


class DealDialog(RecordDialog):
    """New deal (`deal_id` None; of organization `org_id` when given) or edit of an existing
    one; NotFoundError when an id names no record."""

    def __init__(
        self, parent: QWidget | None, deal_id: int | None = None, org_id: int | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_DealDialog()
        self.ui.setupUi(self)
        self._deal_id = deal_id
        self._exponents: dict[str, int] = {}
        # (organization, person, name) of a deal whose person has left its organization
        self._kept_person: tuple[int | None, int, str] | None = None
        for code, name, exponent in records.currencies():
            self.ui.currency.addItem(code, code)
            self.ui.currency.setItemData(
                self.ui.currency.count() - 1,
                currency_name(code, name),
                Qt.ItemDataRole.ToolTipRole,
            )
            self._exponents[code] = exponent
        self.organization = OrganizationField(self.ui.organization)
        self.organization.changed.connect(self._load_people)
        self.ui.currency.currentIndexChanged.connect(self._show_value_placeholder)
        self.ui.noExpectedClose.toggled.connect(self._on_no_date_toggled)
        self.ui.statusGroup.buttonToggled.connect(self._on_status_toggled)
        self.ui.expectedClose.setDisplayFormat(_date_format(QLocale()))

        record = records.deal(deal_id) if deal_id is not None else None
        if record is None:
            self.setWindowTitle(self.tr("New deal"))
            self.ui.currency.setCurrentIndex(self.ui.currency.findData(default_currency()[0]))
            fill_owners(self.ui.owner, self.tr("No owner"))
            self._set_expected_close(None)
            if org_id is not None:
                name = records.organization(org_id).name
                self.setWindowTitle(fill(self.tr("New deal for %1"), name))
                self.organization.set_organization(org_id, name)
            else:
                self._load_people()
        else:
            self.setWindowTitle(self.tr("Edit deal"))
            self._show(record)
        self._show_value_placeholder()
        self._on_status_toggled()
        self._set_up_saving(self.ui.title, self.ui.error, self.ui.buttons)

    def _show(self, record: records.DealRecord) -> None:
        self.ui.title.setText(record.title)
        if record.person_id is not None:
            self._kept_person = (record.org_id, record.person_id, record.person_name or "")
        self.organization.set_organization(record.org_id, record.org_name)
        self._select_person(record.person_id)
        self.ui.currency.setCurrentIndex(self.ui.currency.findData(record.currency))
        if record.value_minor:
            self.ui.value.setText(format_value(record.value_minor, record.exponent, QLocale()))
        fill_owners(self.ui.owner, self.tr("No owner"), record.owner_id, record.owner_name)
        self._set_expected_close(record.expected_close)
        status_button = {
            deals.OPEN: self.ui.statusOpen,
            deals.WON: self.ui.statusWon,
            deals.LOST: self.ui.statusLost,
        }[record.status]
        status_button.setChecked(True)
        self.ui.lostReason.setText(record.lost_reason)
        when = record.won_time if record.status == deals.WON else record.lost_time
        if when is not None and record.status != deals.OPEN:
            day = QLocale().toString(_qdate(when.date()), _date_format(QLocale()))
            note = self.tr("won on %1") if record.status == deals.WON else self.tr("lost on %1")
            self.ui.statusNote.setText(fill(note, day))
        self.before = _shown(record)
        deal_id = record.id
        self.current = lambda: _shown(records.deal(deal_id))
        self.show_again = lambda: self._show(records.deal(deal_id))

    def status(self) -> str:
        if self.ui.statusWon.isChecked():
            return deals.WON
        if self.ui.statusLost.isChecked():
            return deals.LOST
        return deals.OPEN

    def values(self) -> dict[str, Any]:
        """The fields as typed, as `records.save_deal` takes them; a ValidationError for a value
        the currency cannot hold or an organization text that names no organization."""
        currency = str(self.ui.currency.currentData())
        status = self.status()
        return {
            "title": self.ui.title.text(),
            "org_id": self.organization.org_id(),
            "person_id": self.ui.person.currentData(),
            "value_minor": parse_value(self.ui.value.text(), self._exponents[currency], QLocale()),
            "currency": currency,
            "owner_id": self.ui.owner.currentData(),
            "expected_close": self._expected_close(),
            "status": status,
            "lost_reason": self.ui.lostReason.text() if status == deals.LOST else "",
        }

    def _save(self) -> None:
        values = self.values()
        with transaction():  # the check and the write, under one write lock
            if self._deal_id is not None:
                self._check_unchanged()
            self.record_id, self.change = records.save_deal(self._deal_id, **values)
        self.after = values

    @Slot()
    def _load_people(self) -> None:
        """The people of the organization the field names; the chosen one stays if listed."""
        chosen = self.ui.person.currentData()
        self.ui.person.clear()
        self.ui.person.addItem(self.tr("No person"), None)
        org_id = self.organization.current_id()
        if org_id is not None:
            for person_id, name in records.people_of(org_id):
                self.ui.person.addItem(name, person_id)
        self._select_person(chosen)

    def _select_person(self, person_id: int | None) -> None:
        index = self.ui.person.findData(person_id) if person_id is not None else 0
        kept = self._kept_person
        if (
            index < 0
            and kept is not None
            and kept[1] == person_id
            and kept[0] == self.organization.current_id()
        ):
            # The deal's person has left its organization: still listed, so saving keeps them.
            self.ui.person.addItem(kept[2], person_id)
            index = self.ui.person.count() - 1
        self.ui.person.setCurrentIndex(max(index, 0))

    def _set_expected_close(self, day: dt.date | None) -> None:
        self.ui.expectedClose.setDate(_qdate(day or clock.today()))
        self.ui.noExpectedClose.setChecked(day is None)
        self._on_no_date_toggled(day is None)

    def _expected_close(self) -> dt.date | None:
        if self.ui.noExpectedClose.isChecked():
            return None
        day = self.ui.expectedClose.date()
        return dt.date(day.year(), day.month(), day.day())

    @Slot(bool)
    def _on_no_date_toggled(self, no_date: bool) -> None:
        self.ui.expectedClose.setEnabled(not no_date)

    @Slot()
    def _on_status_toggled(self) -> None:
        lost = self.ui.statusLost.isChecked()
        self.ui.lostReason.setEnabled(lost)
        self.ui.lostReasonLabel.setEnabled(lost)

    @Slot()
    def _show_value_placeholder(self) -> None:
        exponent = self._exponents.get(str(self.ui.currency.currentData()), 2)
        self.ui.value.setPlaceholderText(format_value(0, exponent, QLocale()))
