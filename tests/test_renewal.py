"""The renewal date: a date field of organizations marked as the day each contract renews, and
the built-in view "Renewal in the next 60 days" that lists the accounts renewing soon."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from accountmgr.domain import account_list, clock, customfields, organizations, renewal, saved_views
from accountmgr.domain.account_list import AccountFilter
from accountmgr.domain.customfields import Entity, FieldType
from accountmgr.domain.errors import ValidationError
from accountmgr.qtmodels.hub import ChangeHub
from accountmgr.views.dialogs.custom_fields_dialog import CustomFieldsDialog
from tests.conftest import TODAY, settle, shown_window, won_account

SOON = AccountFilter(renews_within_days=60)


def _renewals() -> tuple[int, dict[str, int]]:
    """A "Renewal date" field, and accounts renewing on the days around the 60 days."""
    field = customfields.add_field(Entity.ORGANIZATION, "Renewal date", FieldType.DATE, ())
    field_id = field.definition.id
    orgs = {}
    for name, days in (("Today", 0), ("Last day", 60), ("Yesterday", -1), ("Too late", 61)):
        org = won_account(name)
        customfields.set_value(field_id, org, TODAY + dt.timedelta(days=days))
        orgs[name] = org
    prospect = organizations.create_organization("Prospect renewing").id  # not an account
    customfields.set_value(field_id, prospect, TODAY + dt.timedelta(days=5))
    won_account("No date")
    return field_id, orgs


def test_the_view_lists_the_accounts_renewing_in_the_next_60_days(store: Path) -> None:
    field_id, orgs = _renewals()
    assert renewal.renewal_field() is None
    assert saved_views.built_in("renewal_60", None) is None  # no field marked: not offered
    assert account_list.account_ids(SOON, today=TODAY) == []

    renewal.set_renewal_field(field_id)
    assert renewal.renewal_field() == field_id
    view = saved_views.built_in("renewal_60", None)
    assert view is not None
    assert view.filter == SOON
    assert sorted(account_list.account_ids(SOON, today=TODAY)) == sorted(
        [orgs["Today"], orgs["Last day"]]
    )
    customfields.set_retired(field_id, True)  # a retired field renews nothing
    assert renewal.renewal_field() is None
    assert account_list.account_ids(SOON, today=TODAY) == []


def test_only_a_date_field_of_organizations_can_be_marked(store: Path) -> None:
    tier = customfields.add_field(Entity.ORGANIZATION, "Tier", FieldType.TEXT, ()).definition.id
    birthday = customfields.add_field(Entity.PERSON, "Birthday", FieldType.DATE, ()).definition.id
    for wrong in (tier, birthday, 9999):
        with pytest.raises(ValidationError):
            renewal.set_renewal_field(wrong)
    assert renewal.renewal_field() is None


def test_the_filter_is_kept_in_a_saved_view() -> None:
    text = saved_views.filter_to_json(SOON)
    assert saved_views.filter_from_json(text) == SOON
    assert saved_views.filter_from_json('{"renews_within_days": -4}').renews_within_days is None


def test_the_demo_marks_its_renewal_field(store: Path) -> None:
    from accountmgr.domain import demo

    demo.generate(150, seed=3, today=TODAY)
    marked = renewal.renewal_field()
    assert marked is not None
    [field] = [f for f in customfields.definitions(Entity.ORGANIZATION) if f.id == marked]
    assert field.key == "renewal_date"
    assert account_list.account_ids(SOON, today=TODAY)


def test_the_custom_fields_dialog_marks_and_unmarks_with_undo(store: Path, qtbot: QtBot) -> None:
    from PySide6.QtGui import QUndoStack

    field_id, _ = _renewals()
    text = customfields.add_field(Entity.ORGANIZATION, "Tier", FieldType.TEXT, ()).definition.id
    stack = QUndoStack()
    dialog = CustomFieldsDialog(ChangeHub(), None, stack)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.select_field(text)
    assert not dialog.ui.renewalButton.isEnabled()  # a text field cannot renew
    dialog.select_field(field_id)
    assert dialog.ui.renewalButton.isEnabled()
    assert not dialog.ui.renewalButton.isChecked()
    dialog.ui.renewalButton.click()
    assert renewal.renewal_field() == field_id
    assert dialog.ui.renewalButton.isChecked()
    stack.undo()
    assert renewal.renewal_field() is None
    stack.redo()
    assert renewal.renewal_field() == field_id
    dialog.select_field(field_id)
    dialog.ui.renewalButton.click()  # unmark
    assert renewal.renewal_field() is None


def test_the_window_offers_the_view_once_a_field_is_marked(
    store: Path, qtbot: QtBot, settings: QSettings
) -> None:
    clock.pin_today(TODAY)
    field_id, orgs = _renewals()
    window = settle(shown_window(qtbot, settings))
    menu = window.views_menu.menu
    menu.aboutToShow.emit()
    [action] = [a for a in menu.actions() if a.text() == "Renewal in the next 60 days"]
    assert not action.isEnabled()
    assert "Custom fields" in action.toolTip()
    renewal.set_renewal_field(field_id)
    menu.aboutToShow.emit()
    [action] = [a for a in menu.actions() if a.text() == "Renewal in the next 60 days"]
    assert action.isEnabled()
    action.trigger()
    assert window.filters.value == SOON
    assert window.list_tab.model.rowCount() == 2
    chip = window.list_tab.chosen
    assert chip.isVisible()
    assert chip.text() == "Renewal in the next 60 days"
    chip.click()
    assert window.filters.value == AccountFilter()
    assert not chip.isVisible()
    assert window.list_tab.model.rowCount() == len(orgs) + 1
