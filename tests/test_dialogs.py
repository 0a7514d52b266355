"""The organization, person and deal dialogs: what is typed is what is stored, bad input is
explained in the dialog and writes nothing, and a deal won here makes an account at once."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from accountmgr.domain import accounts, deals, organizations, records
from accountmgr.domain.changes import Kind
from accountmgr.domain.errors import ValidationError
from accountmgr.store.models import Deal, Organization, Person, User
from accountmgr.views.dialogs import ORG_SUGGESTIONS, RecordDialog
from accountmgr.views.dialogs.deal_dialog import DealDialog, format_value, parse_value
from accountmgr.views.dialogs.organization_dialog import OrganizationDialog
from accountmgr.views.dialogs.person_dialog import PersonDialog
from accountmgr.views.undo import show_error
from tests.conftest import TODAY

# The offscreen platform says these whenever a completer shows its popup; no fault of ours.
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)

EN_US = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
DE_DE = QLocale(QLocale.Language.German, QLocale.Country.Germany)


D = TypeVar("D", bound=RecordDialog)


def _shown(qtbot: QtBot, dialog: D) -> D:
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
    return dialog


def _ok(dialog: RecordDialog) -> QPushButton:
    buttons = dialog.findChild(QDialogButtonBox, "buttons")
    assert buttons is not None
    button = buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert button is not None
    return button


def _click_ok(qtbot: QtBot, dialog: RecordDialog) -> None:
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)


def _type(qtbot: QtBot, widget: object, text: str) -> None:
    widget.setFocus()  # type: ignore[attr-defined]
    qtbot.keyClicks(widget, text)


def _assert_refused(dialog: RecordDialog, message: str) -> None:
    assert dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.change is None
    error = dialog.ui.error  # type: ignore[attr-defined]
    assert error.isVisible()
    assert error.text() == message


def _pick_organization(
    qtbot: QtBot, dialog: PersonDialog | DealDialog, typed: str, row: int
) -> None:
    """Type into the organization field and choose a suggestion with the keyboard."""
    _type(qtbot, dialog.ui.organization, typed)
    popup = dialog.ui.organization.completer().popup()
    assert popup.isVisible()
    for _ in range(row + 1):
        qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert not popup.isVisible()
    assert dialog.isVisible()  # Enter chose a name; it did not save the dialog


# Organizations


def test_a_new_organization_stores_what_was_typed(store: Path, qtbot: QtBot) -> None:
    organizations.create_user("Anna Keller")
    ben = organizations.create_user("Ben Ortiz")
    organizations.create_organization("Other", label="Partner")
    dialog = _shown(qtbot, OrganizationDialog(None))
    assert dialog.windowTitle() == "New organization"
    assert dialog.ui.name.hasFocus()

    _type(qtbot, dialog.ui.name, "Kestrel Dental GmbH")
    _type(qtbot, dialog.ui.address, "Hafenstraße 12")
    qtbot.keyClick(dialog.ui.address, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.ui.address, "20457 Hamburg")
    _type(qtbot, dialog.ui.country, "de")
    assert dialog.ui.country.text() == "DE"
    assert dialog.ui.countryName.text() == "Germany"
    dialog.ui.owner.setCurrentIndex(dialog.ui.owner.findText("Ben Ortiz"))
    _type(qtbot, dialog.ui.label, "Key account")
    _click_ok(qtbot, dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.record_id is not None
    assert records.organization(dialog.record_id) == records.OrganizationRecord(
        id=dialog.record_id,
        name="Kestrel Dental GmbH",
        address="Hafenstraße 12\n20457 Hamburg",
        country="DE",
        owner_id=ben,
        owner_name="Ben Ortiz",
        label="Key account",
    )
    assert dialog.change is not None
    assert dialog.change.org_ids == {dialog.record_id}
    assert Kind.ORGANIZATION in dialog.change.kinds
    assert dialog.before is None
    assert dialog.after == {
        "name": "Kestrel Dental GmbH",
        "address": "Hafenstraße 12\n20457 Hamburg",
        "country": "DE",
        "owner_id": ben,
        "label": "Key account",
    }


def test_the_owner_and_label_lists(store: Path, qtbot: QtBot) -> None:
    organizations.create_user("Ben Ortiz")
    organizations.create_user("Anna Keller")
    for label in ("Partner", "At risk", "Partner", ""):
        organizations.create_organization("Org", label=label)
    dialog = _shown(qtbot, OrganizationDialog(None))
    owner = dialog.ui.owner
    assert [owner.itemText(i) for i in range(owner.count())] == [
        "No owner",
        "Anna Keller",
        "Ben Ortiz",
    ]
    assert owner.currentData() is None
    label = dialog.ui.label
    assert [label.itemText(i) for i in range(label.count())] == ["At risk", "Partner"]
    assert label.currentText() == ""


def test_the_name_is_required_before_ok(store: Path, qtbot: QtBot) -> None:
    dialog = _shown(qtbot, OrganizationDialog(None))
    assert not _ok(dialog).isEnabled()
    _type(qtbot, dialog.ui.name, "   ")
    assert not _ok(dialog).isEnabled()
    qtbot.keyClick(dialog.ui.name, Qt.Key.Key_Return)
    assert dialog.isVisible()
    dialog.accept()  # even called directly, nothing is saved
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.ui.name, "A")
    assert _ok(dialog).isEnabled()
    qtbot.keyClick(dialog.ui.name, Qt.Key.Key_Backspace)
    assert not _ok(dialog).isEnabled()
    assert Organization.select().count() == 0


def test_enter_saves_and_escape_cancels(store: Path, qtbot: QtBot) -> None:
    saved = _shown(qtbot, OrganizationDialog(None))
    _type(qtbot, saved.ui.name, "Heron Foods AG")
    _type(qtbot, saved.ui.label, "Partner")
    qtbot.keyClick(saved.ui.label, Qt.Key.Key_Return)  # from the label combo, too
    assert saved.result() == QDialog.DialogCode.Accepted
    assert saved.record_id is not None
    assert records.organization(saved.record_id).label == "Partner"

    cancelled = _shown(qtbot, OrganizationDialog(None))
    _type(qtbot, cancelled.ui.name, "Otter Print Ltd")
    qtbot.keyClick(cancelled.ui.name, Qt.Key.Key_Escape)
    assert not cancelled.isVisible()
    assert cancelled.result() == QDialog.DialogCode.Rejected
    assert cancelled.change is None
    assert Organization.select().count() == 1


def test_a_bad_country_code_is_explained_and_nothing_is_written(store: Path, qtbot: QtBot) -> None:
    dialog = _shown(qtbot, OrganizationDialog(None))
    _type(qtbot, dialog.ui.name, "Kestrel Dental GmbH")
    _type(qtbot, dialog.ui.country, "d1")  # the digit is refused as typed
    assert dialog.ui.country.text() == "D"
    _click_ok(qtbot, dialog)
    _assert_refused(dialog, "“D” is not a two-letter country code.")
    assert Organization.select().count() == 0

    _type(qtbot, dialog.ui.country, "e")
    _click_ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.record_id is not None
    assert records.organization(dialog.record_id).country == "DE"


def test_an_unknown_country_code_is_pointed_out(store: Path, qtbot: QtBot) -> None:
    dialog = _shown(qtbot, OrganizationDialog(None))
    _type(qtbot, dialog.ui.country, "qq")
    assert dialog.ui.countryName.text() == "Unknown country code"


def test_editing_an_organization_prefills_and_keeps_before_and_after(
    store: Path, qtbot: QtBot
) -> None:
    anna = organizations.create_user("Anna Keller")
    org = organizations.create_organization(
        "Kestrel Dental",
        address="Hafenstraße 12",
        country="DE",
        owner_id=anna,
        label="Partner",
    ).id
    dialog = _shown(qtbot, OrganizationDialog(None, org))
    assert dialog.windowTitle() == "Edit Kestrel Dental"
    assert dialog.ui.name.text() == "Kestrel Dental"
    assert dialog.ui.address.toPlainText() == "Hafenstraße 12"
    assert dialog.ui.country.text() == "DE"
    assert dialog.ui.owner.currentData() == anna
    assert dialog.ui.label.currentText() == "Partner"

    dialog.ui.name.selectAll()
    qtbot.keyClicks(dialog.ui.name, "Kestrel Dental GmbH")
    dialog.ui.owner.setCurrentIndex(0)
    _click_ok(qtbot, dialog)

    assert dialog.record_id == org
    assert dialog.change is not None
    assert dialog.change.org_ids == {org}
    after = records.organization(org)
    assert (after.name, after.owner_id, after.label) == ("Kestrel Dental GmbH", None, "Partner")
    assert dialog.before == {
        "name": "Kestrel Dental",
        "address": "Hafenstraße 12",
        "country": "DE",
        "owner_id": anna,
        "label": "Partner",
    }
    assert dialog.after is not None
    assert (dialog.after["name"], dialog.after["owner_id"]) == ("Kestrel Dental GmbH", None)
    organizations.update_organization(org, **dialog.before)  # what undo does
    assert records.organization(org).name == "Kestrel Dental"


def test_an_inactive_owner_is_kept_when_editing(store: Path, qtbot: QtBot) -> None:
    gone = organizations.create_user("Gone Person")
    User.update(active=False).where(User.id == gone).execute()
    org = organizations.create_organization("Heron", owner_id=gone).id
    dialog = _shown(qtbot, OrganizationDialog(None, org))
    assert dialog.ui.owner.currentText() == "Gone Person"
    _click_ok(qtbot, dialog)
    assert records.organization(org).owner_id == gone


# People


def test_a_new_person_stores_what_was_typed(store: Path, qtbot: QtBot) -> None:
    organizations.create_organization("Blue Kestrel AG")
    kestrel = organizations.create_organization("Kestrel Dental GmbH").id
    dialog = _shown(qtbot, PersonDialog(None))
    assert dialog.windowTitle() == "New person"
    assert dialog.ui.name.hasFocus()
    _type(qtbot, dialog.ui.name, "Miriam Vogt")
    _type(qtbot, dialog.ui.role, "Head of purchasing")
    _pick_organization(qtbot, dialog, "kes", row=0)  # prefix matches come first
    assert dialog.ui.organization.text() == "Kestrel Dental GmbH"
    dialog.ui.emails.setPlainText("m.vogt@kestrel.example\n\n miriam@vogt.example ")
    dialog.ui.phones.setPlainText("+49 40 1234 5678")
    _click_ok(qtbot, dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.record_id is not None
    assert records.person(dialog.record_id) == records.PersonRecord(
        id=dialog.record_id,
        name="Miriam Vogt",
        role="Head of purchasing",
        emails="m.vogt@kestrel.example\nmiriam@vogt.example",
        phones="+49 40 1234 5678",
        org_id=kestrel,
        org_name="Kestrel Dental GmbH",
    )
    assert dialog.change is not None
    assert dialog.change.org_ids == {kestrel}
    assert Kind.PERSON in dialog.change.kinds


def test_suggestions_ask_the_domain_for_a_few_names(store: Path, qtbot: QtBot) -> None:
    for number in range(ORG_SUGGESTIONS + 5):
        organizations.create_organization(f"Acme {number:02d}")
    organizations.create_organization("Heron Foods")
    dialog = _shown(qtbot, PersonDialog(None))
    _type(qtbot, dialog.ui.organization, "acm")
    model = dialog.ui.organization.completer().model()
    assert model.rowCount() == ORG_SUGGESTIONS
    assert model.index(0, 0).data() == "Acme 00"
    qtbot.keyClicks(dialog.ui.organization, "e 2")
    names = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert names == [f"Acme {n}" for n in range(20, 25)]


def test_a_picked_organization_is_told_apart_from_its_namesake(store: Path, qtbot: QtBot) -> None:
    organizations.create_organization("Twin GmbH")
    second = organizations.create_organization("Twin GmbH").id
    dialog = _shown(qtbot, PersonDialog(None))
    _type(qtbot, dialog.ui.name, "Jo")
    _pick_organization(qtbot, dialog, "twin", row=1)
    _click_ok(qtbot, dialog)
    assert dialog.record_id is not None
    assert records.person(dialog.record_id).org_id == second


def test_a_name_typed_exactly_needs_no_pick_unless_it_is_ambiguous(
    store: Path, qtbot: QtBot
) -> None:
    heron = organizations.create_organization("Heron Foods AG").id
    organizations.create_organization("Twin GmbH")
    organizations.create_organization("Twin GmbH")
    dialog = _shown(qtbot, PersonDialog(None))
    _type(qtbot, dialog.ui.name, "Jo")
    _type(qtbot, dialog.ui.organization, "Twin GmbH")
    _click_ok(qtbot, dialog)
    _assert_refused(dialog, "Several organizations are named “Twin GmbH”; pick one from the list.")

    dialog.ui.organization.clear()
    _type(qtbot, dialog.ui.organization, "heron foods ag")
    _click_ok(qtbot, dialog)
    assert dialog.record_id is not None
    assert records.person(dialog.record_id).org_id == heron


def test_an_unknown_organization_is_explained_and_nothing_is_written(
    store: Path, qtbot: QtBot
) -> None:
    dialog = _shown(qtbot, PersonDialog(None))
    _type(qtbot, dialog.ui.name, "Miriam Vogt")
    _type(qtbot, dialog.ui.organization, "Nowhere Ltd")
    _click_ok(qtbot, dialog)
    _assert_refused(dialog, "There is no organization named “Nowhere Ltd”.")
    assert Person.select().count() == 0


def test_a_bad_email_is_explained_and_nothing_is_written(store: Path, qtbot: QtBot) -> None:
    dialog = _shown(qtbot, PersonDialog(None))
    _type(qtbot, dialog.ui.name, "Miriam Vogt")
    dialog.ui.emails.setPlainText("m.vogt@kestrel.example\nmiriam at vogt")
    _click_ok(qtbot, dialog)
    _assert_refused(dialog, "“miriam at vogt” is not a valid email address.")
    assert Person.select().count() == 0


def test_a_person_opened_for_an_organization_belongs_to_it(store: Path, qtbot: QtBot) -> None:
    org = organizations.create_organization("Heron Foods AG").id
    dialog = _shown(qtbot, PersonDialog(None, org_id=org))
    assert dialog.ui.organization.text() == "Heron Foods AG"
    _type(qtbot, dialog.ui.name, "Jo Baker")
    _click_ok(qtbot, dialog)
    assert dialog.record_id is not None
    assert records.person(dialog.record_id).org_id == org


def test_editing_a_person_prefills_moves_and_keeps_before(store: Path, qtbot: QtBot) -> None:
    heron = organizations.create_organization("Heron Foods AG").id
    otter = organizations.create_organization("Otter Print Ltd").id
    person = organizations.create_person(
        "Jo Baker", org_id=heron, role="CFO", emails="jo@heron.example", phones="+44 1"
    ).id
    dialog = _shown(qtbot, PersonDialog(None, person))
    assert dialog.windowTitle() == "Edit person"
    assert (dialog.ui.name.text(), dialog.ui.role.text()) == ("Jo Baker", "CFO")
    assert dialog.ui.emails.toPlainText() == "jo@heron.example"
    assert dialog.ui.phones.toPlainText() == "+44 1"
    assert dialog.ui.organization.text() == "Heron Foods AG"

    dialog.ui.organization.clear()
    _pick_organization(qtbot, dialog, "otter", row=0)
    _click_ok(qtbot, dialog)
    assert records.person(person).org_id == otter
    assert dialog.change is not None
    assert dialog.change.org_ids == {heron, otter}
    assert dialog.before == {
        "name": "Jo Baker",
        "role": "CFO",
        "emails": "jo@heron.example",
        "phones": "+44 1",
        "org_id": heron,
    }
    assert dialog.after is not None
    assert dialog.after["org_id"] == otter


def test_clearing_the_organization_unlinks_the_person(store: Path, qtbot: QtBot) -> None:
    org = organizations.create_organization("Heron Foods AG").id
    person = organizations.create_person("Jo Baker", org_id=org).id
    dialog = _shown(qtbot, PersonDialog(None, person))
    dialog.ui.organization.clear()
    _click_ok(qtbot, dialog)
    assert records.person(person).org_id is None


# Deals


def test_a_new_deal_from_an_organization_stores_what_was_typed(store: Path, qtbot: QtBot) -> None:
    anna = organizations.create_user("Anna Keller")
    org = organizations.create_organization("Kestrel Dental GmbH").id
    jonas = organizations.create_person("Jonas Weber", org_id=org).id
    organizations.create_person("Ada Lind", org_id=org)
    organizations.create_person("Not Here", org_id=organizations.create_organization("X").id)
    dialog = _shown(qtbot, DealDialog(None, org_id=org))
    assert dialog.windowTitle() == "New deal for Kestrel Dental GmbH"
    assert dialog.ui.title.hasFocus()
    assert dialog.ui.organization.text() == "Kestrel Dental GmbH"
    person = dialog.ui.person
    assert [person.itemText(i) for i in range(person.count())] == [
        "No person",
        "Ada Lind",
        "Jonas Weber",
    ]
    assert dialog.ui.currency.currentData() == "EUR"  # the installation's default currency
    assert dialog.ui.value.placeholderText() == "0.00"
    assert dialog.ui.noExpectedClose.isChecked()
    assert not dialog.ui.expectedClose.isEnabled()
    assert dialog.ui.statusOpen.isChecked()
    assert not dialog.ui.lostReason.isEnabled()

    _type(qtbot, dialog.ui.title, "Annual licence")
    person.setCurrentIndex(person.findData(jonas))
    _type(qtbot, dialog.ui.value, "1,234.56")
    dialog.ui.currency.setCurrentIndex(dialog.ui.currency.findData("USD"))
    dialog.ui.owner.setCurrentIndex(dialog.ui.owner.findData(anna))
    dialog.ui.noExpectedClose.setChecked(False)
    assert dialog.ui.expectedClose.isEnabled()
    dialog.ui.expectedClose.setDate(QDate(2027, 1, 15))
    _click_ok(qtbot, dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.record_id is not None
    record = records.deal(dialog.record_id)
    assert (record.title, record.value_minor, record.currency) == ("Annual licence", 123_456, "USD")
    assert (record.org_id, record.person_id, record.owner_id) == (org, jonas, anna)
    assert (record.expected_close, record.status) == (dt.date(2027, 1, 15), "open")
    assert dialog.change is not None
    assert dialog.change.org_ids == {org}
    assert Kind.DEAL in dialog.change.kinds
    assert accounts.list_accounts(TODAY) == []


def test_a_deal_saved_as_won_makes_its_organization_an_account(store: Path, qtbot: QtBot) -> None:
    org = organizations.create_organization("Heron Foods AG").id
    dialog = _shown(qtbot, DealDialog(None, org_id=org))
    _type(qtbot, dialog.ui.title, "Pilot")
    _type(qtbot, dialog.ui.value, "5000")
    dialog.ui.statusWon.click()
    _click_ok(qtbot, dialog)

    [account] = accounts.list_accounts(TODAY)
    assert (account.id, account.won_deals, account.won_value) == (org, 1, 500_000)
    assert dialog.change is not None
    assert dialog.change.org_ids == {org}


def test_a_deal_saved_as_lost_keeps_the_reason(store: Path, qtbot: QtBot) -> None:
    org = organizations.create_organization("Otter Print Ltd").id
    dialog = _shown(qtbot, DealDialog(None, org_id=org))
    _type(qtbot, dialog.ui.title, "Rollout")
    dialog.ui.statusLost.click()
    assert dialog.ui.lostReason.isEnabled()
    _type(qtbot, dialog.ui.lostReason, "Went with a competitor")
    _click_ok(qtbot, dialog)
    assert dialog.record_id is not None
    record = records.deal(dialog.record_id)
    assert (record.status, record.lost_reason) == ("lost", "Went with a competitor")
    assert record.value_minor == 0  # an empty value is nothing


def test_too_many_decimals_are_explained_and_nothing_is_written(store: Path, qtbot: QtBot) -> None:
    org = organizations.create_organization("Kestrel Dental GmbH").id
    dialog = _shown(qtbot, DealDialog(None, org_id=org))
    _type(qtbot, dialog.ui.title, "Licence")
    _type(qtbot, dialog.ui.value, "12.345")
    dialog.ui.statusWon.click()
    _click_ok(qtbot, dialog)
    _assert_refused(dialog, "“12.345” has more decimals than the currency allows (2).")
    assert Deal.select().count() == 0
    assert accounts.list_accounts(TODAY) == []


def test_an_unknown_organization_on_a_deal_is_explained(store: Path, qtbot: QtBot) -> None:
    dialog = _shown(qtbot, DealDialog(None))
    _type(qtbot, dialog.ui.title, "Licence")
    _type(qtbot, dialog.ui.organization, "Nowhere Ltd")
    _click_ok(qtbot, dialog)
    _assert_refused(dialog, "There is no organization named “Nowhere Ltd”.")
    assert Deal.select().count() == 0


def test_the_title_is_required_before_ok(store: Path, qtbot: QtBot) -> None:
    dialog = _shown(qtbot, DealDialog(None))
    assert not _ok(dialog).isEnabled()
    _type(qtbot, dialog.ui.title, "Licence")
    assert _ok(dialog).isEnabled()
    qtbot.keyClick(dialog.ui.title, Qt.Key.Key_Return)  # Enter saves
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.record_id is not None
    assert records.deal(dialog.record_id).org_id is None


def test_the_people_follow_the_organization(store: Path, qtbot: QtBot) -> None:
    heron = organizations.create_organization("Heron Foods AG").id
    otter = organizations.create_organization("Otter Print Ltd").id
    organizations.create_person("Hanna Heron", org_id=heron)
    olaf = organizations.create_person("Olaf Otter", org_id=otter).id
    dialog = _shown(qtbot, DealDialog(None, org_id=heron))
    person = dialog.ui.person
    person.setCurrentIndex(1)
    assert person.currentText() == "Hanna Heron"

    dialog.ui.organization.clear()
    _pick_organization(qtbot, dialog, "otter", row=0)
    assert [person.itemText(i) for i in range(person.count())] == ["No person", "Olaf Otter"]
    assert person.currentData() is None
    person.setCurrentIndex(1)

    qtbot.keyClicks(dialog.ui.organization, "x")  # no longer names Otter
    assert [person.itemText(i) for i in range(person.count())] == ["No person"]
    qtbot.keyClick(dialog.ui.organization, Qt.Key.Key_Backspace)  # typed in full: no pick needed
    assert [person.itemText(i) for i in range(person.count())] == ["No person", "Olaf Otter"]
    # While the suggestions show, the popup has the keyboard: Tab closes it and moves on.
    popup = dialog.ui.organization.completer().popup()
    assert popup.isVisible()
    qtbot.keyClick(popup, Qt.Key.Key_Tab)
    assert not popup.isVisible()
    assert not dialog.ui.organization.hasFocus()
    person.setCurrentIndex(person.findData(olaf))
    _type(qtbot, dialog.ui.title, "Print run")
    _click_ok(qtbot, dialog)
    assert dialog.record_id is not None
    assert (records.deal(dialog.record_id).org_id, records.deal(dialog.record_id).person_id) == (
        otter,
        olaf,
    )


def test_editing_a_won_deal_prefills_and_reopening_ends_the_account(
    store: Path, qtbot: QtBot
) -> None:
    org = organizations.create_organization("Lynx Robotics AB").id
    deal = deals.create_deal(
        "Robot arms",
        org_id=org,
        value_minor=150_000,
        currency="JPY",
        expected_close=dt.date(2027, 3, 1),
    ).id
    deals.mark_won(deal, dt.datetime(2026, 11, 2, 10, 0))
    dialog = _shown(qtbot, DealDialog(None, deal))
    assert dialog.windowTitle() == "Edit deal"
    assert dialog.ui.title.text() == "Robot arms"
    assert dialog.ui.value.text() == "150,000"
    assert dialog.ui.currency.currentData() == "JPY"
    assert dialog.ui.value.placeholderText() == "0"
    assert not dialog.ui.noExpectedClose.isChecked()
    assert dialog.ui.expectedClose.date() == QDate(2027, 3, 1)
    assert dialog.ui.expectedClose.text() == "3/1/2027"
    assert dialog.ui.statusWon.isChecked()
    assert dialog.ui.statusNote.text() == "won on 11/2/2026"

    dialog.ui.statusOpen.click()
    dialog.ui.noExpectedClose.setChecked(True)
    _click_ok(qtbot, dialog)
    record = records.deal(deal)
    assert (record.status, record.won_time, record.expected_close) == ("open", None, None)
    assert accounts.list_accounts(TODAY) == []
    assert dialog.before == {
        "title": "Robot arms",
        "org_id": org,
        "person_id": None,
        "value_minor": 150_000,
        "currency": "JPY",
        "owner_id": None,
        "expected_close": dt.date(2027, 3, 1),
        "status": "won",
        "lost_reason": "",
    }
    assert dialog.after is not None
    assert (dialog.after["status"], dialog.after["expected_close"]) == ("open", None)
    records.save_deal(deal, **dialog.before)  # what undo does
    assert [row.id for row in accounts.list_accounts(TODAY)] == [org]


def test_editing_keeps_a_person_who_left_the_organization(store: Path, qtbot: QtBot) -> None:
    org = organizations.create_organization("Heron Foods AG").id
    person = organizations.create_person("Jo Baker", org_id=org).id
    deal = deals.create_deal("Pilot", org_id=org, currency="EUR", person_id=person).id
    organizations.update_person(person, org_id=None)
    dialog = _shown(qtbot, DealDialog(None, deal))
    assert dialog.ui.person.currentText() == "Jo Baker"
    _click_ok(qtbot, dialog)
    assert records.deal(deal).person_id == person


def test_a_lost_deal_edited_keeps_its_status_and_takes_the_new_reason(
    store: Path, qtbot: QtBot
) -> None:
    org = organizations.create_organization("Otter Print Ltd").id
    deal = deals.create_deal("Rollout", org_id=org, currency="EUR").id
    deals.mark_lost(deal, "Price", dt.datetime(2026, 10, 1, 12, 0))
    dialog = _shown(qtbot, DealDialog(None, deal))
    assert dialog.ui.statusLost.isChecked()
    assert dialog.ui.lostReason.text() == "Price"
    dialog.ui.lostReason.selectAll()
    _type(qtbot, dialog.ui.lostReason, "Timing")
    _click_ok(qtbot, dialog)
    record = records.deal(deal)
    assert (record.status, record.lost_reason) == ("lost", "Timing")
    assert record.lost_time == dt.datetime(2026, 10, 1, 12, 0)


def test_a_german_locale_reads_german_amounts(store: Path, qtbot: QtBot) -> None:
    QLocale.setDefault(DE_DE)
    org = organizations.create_organization("Kestrel Dental GmbH").id
    dialog = _shown(qtbot, DealDialog(None, org_id=org))
    assert dialog.ui.value.placeholderText() == "0,00"
    _type(qtbot, dialog.ui.title, "Lizenz")
    _type(qtbot, dialog.ui.value, "1.234,56")
    _click_ok(qtbot, dialog)
    assert dialog.record_id is not None
    assert records.deal(dialog.record_id).value_minor == 123_456

    edit = _shown(qtbot, DealDialog(None, dialog.record_id))
    assert edit.ui.value.text() == "1.234,56"


@pytest.mark.parametrize(
    ("locale", "text", "code_exponent", "minor"),
    [
        (EN_US, "1,234.56", 2, 123_456),
        (EN_US, "1234.5", 2, 123_450),
        (EN_US, " 1,234,567 ", 2, 123_456_700),
        (EN_US, "", 2, 0),
        (EN_US, "0.10", 2, 10),
        (EN_US, "1,234", 0, 1_234),
        (DE_DE, "1.234,56", 2, 123_456),
        (DE_DE, "1234,5", 2, 123_450),
        (DE_DE, "12.345", 2, 1_234_500),
        (QLocale(QLocale.Language.French, QLocale.Country.France), "1 234,56", 2, 123_456),
        (QLocale(QLocale.Language.Hindi, QLocale.Country.India), "1,23,456.78", 2, 12_345_678),
        (EN_US, "99999999999.99", 2, 9_999_999_999_999),
    ],
)
def test_values_are_read_exactly_as_the_locale_writes_them(
    locale: QLocale, text: str, code_exponent: int, minor: int
) -> None:
    assert parse_value(text, code_exponent, locale) == minor
    if minor:
        assert (
            parse_value(format_value(minor, code_exponent, locale), code_exponent, locale) == minor
        )


@pytest.mark.parametrize(
    ("locale", "text", "exponent", "message"),
    [
        (EN_US, "12.345", 2, "“12.345” has more decimals than the currency allows (2)."),
        (EN_US, "12.5", 0, "“12.5” has more decimals than the currency allows (0)."),
        (EN_US, "1,23.00", 2, "“1,23.00” is not an amount."),
        (EN_US, "1.234,56", 2, "“1.234,56” is not an amount."),
        (EN_US, "12 EUR", 2, "“12 EUR” is not an amount."),
        (EN_US, "1e3", 2, "“1e3” is not an amount."),
        (EN_US, "-5", 2, "A deal value cannot be negative."),
        (EN_US, "1,000,000,000,000", 2, "The amount is too large."),
        (DE_DE, "12.50", 2, "“12.50” is not an amount."),  # a dot out of habit is not 1.250
        (DE_DE, "1,234,5", 2, "“1,234,5” is not an amount."),
    ],
)
def test_values_the_currency_cannot_hold_are_refused(
    locale: QLocale, text: str, exponent: int, message: str
) -> None:
    with pytest.raises(ValidationError) as raised:
        parse_value(text, exponent, locale)
    assert str(raised.value) == message


def test_a_domain_error_reads_alike_in_a_dialog_and_a_message_box(
    store: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Both translate the template in the one DomainError context and write counts as the
    locale writes numbers (a dialog once used its own context, the message box plain digits)."""
    template = "The {what} is too long ({length} characters; at most {limit})."
    original = QCoreApplication.translate

    def translate(context: str, text: str, *args: object) -> str:
        if context == "DomainError" and text == template:
            return "Too long: {length} of at most {limit}."
        return original(context, text, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(QCoreApplication, "translate", translate)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    dialog = _shown(qtbot, OrganizationDialog(None))
    _type(qtbot, dialog.ui.name, "Kestrel Dental GmbH")
    dialog.ui.address.setPlainText("x" * 1001)
    _click_ok(qtbot, dialog)
    _assert_refused(dialog, "Too long: 1,001 of at most 1,000.")
    with pytest.raises(ValidationError) as raised:
        organizations.create_organization(name="Kestrel", address="x" * 1001)
    show_error(None, raised.value)
    assert shown == ["Too long: 1,001 of at most 1,000."]


def test_a_dialog_does_not_write_over_what_someone_else_changed_meanwhile(
    store: Path, qtbot: QtBot
) -> None:
    org = organizations.create_organization("Heron Optics").id
    deal = deals.create_deal("Licence", org_id=org, value_minor=100_00, currency="EUR").id
    dialog = DealDialog(None, deal_id=deal)
    qtbot.addWidget(dialog)
    deals.update_deal(deal, value_minor=250_00)  # another member, while the dialog is open
    dialog.ui.title.setText("Licence 2027")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted  # still open, saying why
    assert "Someone else changed Licence while you were editing" in dialog.ui.error.text()
    record = records.deal(deal)
    assert (record.title, record.value_minor) == ("Licence", 250_00)  # theirs is kept
    assert dialog.ui.value.text() == format_value(250_00, 2, QLocale())  # the latest shown
    dialog.ui.title.setText("Licence 2027")
    dialog.accept()  # made again over the latest: written
    assert records.deal(deal).title == "Licence 2027"
    assert records.deal(deal).value_minor == 250_00
