"""Custom field administration: add, rename, reorder, retire and restore fields and edit option
lists in the domain, the table model over them, and the settings dialog driven by its buttons."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from accountmgr.domain import customfields, organizations
from accountmgr.domain.changes import Kind
from accountmgr.domain.customfields import Entity, FieldType
from accountmgr.domain.errors import DomainError, NotFoundError, ValidationError
from accountmgr.qtmodels.field_definitions_model import (
    FieldDefinitionsModel,
    FieldIdRole,
    RetiredRole,
)
from accountmgr.qtmodels.hub import ChangeHub
from accountmgr.store.models import CustomField, CustomValue
from accountmgr.views.dialogs import settings_table
from accountmgr.views.dialogs.custom_fields_dialog import CustomFieldsDialog, FieldDialog

EN_US = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def _add(name: str, field_type: str = "text", options: tuple[str, ...] = ()) -> int:
    return customfields.add_field("organization", name, field_type, options).definition.id


def _names(entity: str = "organization") -> list[str]:
    return [f.name for f in customfields.definitions(entity)]


def _table() -> list[tuple[object, ...]]:
    """Everything the administration writes, to prove a refused edit wrote nothing."""
    fields = CustomField.select().order_by(CustomField.id).tuples()
    values = CustomValue.select().order_by(CustomValue.id).tuples()
    return [*fields, *values]


# -- domain -----------------------------------------------------------------------------------


def test_adding_a_field_returns_its_definition_and_change(store: Path) -> None:
    added = customfields.add_field("deal", " Contract  number ", "text", ("ignored",))
    assert added.change.kinds == {Kind.CUSTOM_FIELD}
    assert added.change.org_ids == frozenset()
    [definition] = customfields.definitions("deal")
    assert definition == added.definition
    assert (definition.name, definition.key, definition.options) == (
        "Contract number",
        "contract_number",
        (),
    )
    assert customfields.definitions("organization") == []


def test_renaming_keeps_the_key_and_the_values(store: Path) -> None:
    field = _add("Tier", "single_option", ("Gold", "Silver"))
    org = organizations.create_organization("Kestrel Dental GmbH").id
    customfields.set_value(field, org, "Gold")

    change = customfields.rename_field(field, "  Support   tier ")

    assert change.kinds == {Kind.CUSTOM_FIELD}
    [definition] = customfields.definitions("organization")
    assert (definition.name, definition.key) == ("Support tier", "tier")
    assert customfields.values_of("organization", [org], [field]) == {org: {field: "Gold"}}
    customfields.rename_field(field, "support TIER")  # its own name, in other case, is fine
    assert _names() == ["support TIER"]


def test_a_name_already_taken_is_refused(store: Path) -> None:
    _add("Region")
    retired = _add("Segment")
    customfields.set_retired(retired, True)
    third = _add("Tier")
    before = _table()

    with pytest.raises(ValidationError, match="already a field called “Region”"):
        customfields.rename_field(third, "region")
    with pytest.raises(ValidationError, match="retired field is already called “Segment”"):
        customfields.rename_field(third, "SEGMENT")
    with pytest.raises(ValidationError, match="retired field"):
        customfields.add_field("organization", "Segment", "text")
    assert _table() == before
    # Another entity may use the same name.
    customfields.add_field("person", "Region", "text")


def test_moving_renumbers_the_positions_densely(store: Path) -> None:
    a, b, c, d = (_add(name) for name in "ABCD")
    customfields.set_retired(b, True)

    change = customfields.move_field(d, 0)

    assert change.kinds == {Kind.CUSTOM_FIELD}
    assert [(f.name, f.position) for f in customfields.all_definitions("organization")] == [
        ("D", 0),
        ("A", 1),
        ("B", 2),
        ("C", 3),
    ]
    assert _names() == ["D", "A", "C"]
    customfields.move_field(d, 99)  # past the end: last
    customfields.move_field(c, -5)  # before the start: first
    assert [f.name for f in customfields.all_definitions("organization")] == ["C", "A", "B", "D"]
    assert [f.position for f in customfields.all_definitions("organization")] == [0, 1, 2, 3]
    # The fields of other entities keep their places.
    person = customfields.add_field("person", "P", "text").definition.id
    customfields.move_field(a, 0)
    assert [f.position for f in customfields.all_definitions("person")] == [0]
    assert customfields.all_definitions("person")[0].id == person


def test_retiring_keeps_the_values_and_restoring_shows_them_again(store: Path) -> None:
    field = _add("Contract number")
    org = organizations.create_organization("Otter Print Ltd").id
    customfields.set_value(field, org, "C-1042")

    change = customfields.set_retired(field, True)

    assert change.kinds == {Kind.CUSTOM_FIELD}
    assert customfields.definitions("organization") == []
    assert [(f.id, f.retired) for f in customfields.all_definitions("organization")] == [
        (field, True)
    ]
    assert customfields.values_of("organization", [org], [field]) == {org: {field: "C-1042"}}

    customfields.set_retired(field, False)

    [definition] = customfields.definitions("organization")
    assert definition.id == field
    assert customfields.values_of("organization", [org], [definition.id]) == {
        org: {field: "C-1042"}
    }


def test_options_can_be_added_and_reordered(store: Path) -> None:
    field = _add("Tier", "single_option", ("Gold", "Silver"))
    customfields.set_options(field, ("Platinum", " Gold ", "Silver"))
    [definition] = customfields.definitions("organization")
    assert definition.options == ("Platinum", "Gold", "Silver")


def test_an_option_in_use_cannot_be_removed(store: Path) -> None:
    field = _add("Tier", "single_option", ("Gold", "Silver", "Bronze"))
    orgs = [organizations.create_organization(f"Org {n}").id for n in range(3)]
    customfields.set_value(field, orgs[0], "Gold")
    customfields.set_value(field, orgs[1], "Gold")
    customfields.set_value(field, orgs[2], "Silver")
    before = _table()

    with pytest.raises(ValidationError) as refused:
        customfields.set_options(field, ("Silver", "Bronze"))
    assert refused.value.params == {"option": "Gold", "count": 2}
    assert "2 records use it" in str(refused.value)
    with pytest.raises(ValidationError, match="“Silver” cannot be removed: one record uses it"):
        customfields.set_options(field, ("Gold", "Bronze"))
    assert _table() == before

    customfields.set_options(field, ("Gold", "Silver"))  # Bronze is unused
    assert customfields.definitions("organization")[0].options == ("Gold", "Silver")


def test_multiple_options_in_use_and_their_order(store: Path) -> None:
    field = _add("Products", "multiple_options", ("Licence", "Support", "Training"))
    org = organizations.create_organization("Heron Foods AG").id
    other = organizations.create_organization("Lynx Robotics AB").id
    customfields.set_value(field, org, ["Support", "Licence"])
    customfields.set_value(field, other, "Training")
    assert customfields.option_use(field, "Licence") == 1

    with pytest.raises(ValidationError) as refused:
        customfields.set_options(field, ("Support", "Training"))
    assert refused.value.params == {"option": "Licence"}

    # Reordering the options reorders what records chose, as a new choice would be stored.
    customfields.set_options(field, ("Training", "Support", "Licence", "Consulting"))
    stored = customfields.values_of("organization", [org, other], [field])
    assert stored == {org: {field: '["Support", "Licence"]'}, other: {field: '["Training"]'}}


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ((), "needs at least one option"),
        (("Gold", " gold "), "The option “gold” is listed twice."),
        (("Gold", "   "), "The option must not be empty."),
    ],
)
def test_bad_option_lists_write_nothing(
    store: Path, options: tuple[str, ...], message: str
) -> None:
    field = _add("Tier", "single_option", ("Gold",))
    before = _table()
    with pytest.raises(ValidationError, match=message):
        customfields.set_options(field, options)
    with pytest.raises(ValidationError, match=message):
        customfields.add_field("organization", "Other tier", "single_option", options)
    assert _table() == before


def test_an_unknown_type_or_entity_is_refused_by_name(store: Path) -> None:
    before = _table()
    with pytest.raises(ValidationError) as refused:
        customfields.create_field("organization", "Colour", "colour")
    assert str(refused.value) == "“colour” is not a field type."
    with pytest.raises(ValidationError) as refused:
        customfields.create_field("people", "Colour", FieldType.TEXT)
    assert str(refused.value) == "“people” has no custom fields."
    assert _table() == before


def test_definitions_read_the_stored_type_and_entity_as_members(store: Path) -> None:
    made = customfields.create_field("person", "Tier", "single_option", ("Gold",))
    assert (made.entity, made.field_type) == (Entity.PERSON, FieldType.SINGLE_OPTION)
    [read] = customfields.definitions(Entity.PERSON)
    assert type(read.entity) is Entity
    assert type(read.field_type) is FieldType
    assert read == made
    stored = CustomField.get_by_id(made.id)
    assert (stored.entity, stored.field_type) == ("person", "single_option")


def test_bad_input_writes_nothing(store: Path) -> None:
    text = _add("Region")
    before = _table()
    with pytest.raises(ValidationError, match="field name must not be empty"):
        customfields.rename_field(text, "   ")
    with pytest.raises(ValidationError, match="field name must not be empty"):
        customfields.add_field("organization", "", "text")
    with pytest.raises(ValidationError, match="has no options"):
        customfields.set_options(text, ("A",))
    with pytest.raises(ValidationError, match="is not a field type"):
        customfields.add_field("organization", "Colour", "colour")
    with pytest.raises(ValidationError, match="has no custom fields"):
        customfields.add_field("activity", "Colour", "text")
    for operation in (
        lambda: customfields.rename_field(9999, "X"),
        lambda: customfields.move_field(9999, 0),
        lambda: customfields.set_retired(9999, True),
        lambda: customfields.set_options(9999, ("A",)),
    ):
        with pytest.raises(NotFoundError, match="no custom field with id 9999"):
            operation()
    assert _table() == before


# -- model ------------------------------------------------------------------------------------


def test_the_model_shows_every_field_with_retired_ones_greyed(
    store: Path, qtmodeltester: ModelTester
) -> None:
    region = _add("Region")
    tier = _add("Tier", "single_option", ("Gold", "Silver"))
    retired = _add("Products", "multiple_options", ("Licence", "Support"))
    customfields.set_retired(retired, True)
    customfields.add_field("deal", "Source", "text")

    model = FieldDefinitionsModel()
    model.reload("organization")
    qtmodeltester.check(model)

    assert (model.rowCount(), model.columnCount()) == (3, 4)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert headers == ["Name", "Type", "Options", "Status"]
    shown = [[model.index(r, c).data() for c in range(4)] for r in range(3)]
    assert shown == [
        ["Region", "Text", "", "Active"],
        ["Tier", "Single option", "Gold, Silver", "Active"],
        ["Products", "Multiple options", "Licence, Support", "Retired"],
    ]
    assert [model.index(r, 0).data(FieldIdRole) for r in range(3)] == [region, tier, retired]
    assert [model.index(r, 3).data(RetiredRole) for r in range(3)] == [False, False, True]
    assert model.index(0, 3).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(2, 3).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.row_of(tier) == 1
    assert model.row_of(9999) == -1

    model.reload("deal")
    qtmodeltester.check(model)
    assert [model.index(0, c).data() for c in range(2)] == ["Source", "Text"]
    model.reload("person")
    qtmodeltester.check(model)
    assert model.rowCount() == 0


# -- dialog -----------------------------------------------------------------------------------


@pytest.fixture
def hub() -> ChangeHub:
    return ChangeHub()


def _dialog(qtbot: QtBot, hub: ChangeHub) -> CustomFieldsDialog:
    dialog = CustomFieldsDialog(hub)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
    return dialog


def _fill_with(
    dialog: CustomFieldsDialog, fill: Callable[[FieldDialog], None]
) -> list[FieldDialog]:
    """Run the next sub-dialogs without blocking: `fill` sets them up, then OK is pressed."""
    opened: list[FieldDialog] = []

    def run(sub: FieldDialog) -> bool:
        opened.append(sub)
        fill(sub)
        ok = sub.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.click()
        return sub.result() == FieldDialog.DialogCode.Accepted

    dialog.exec_sub_dialog = run  # type: ignore[method-assign]
    return opened


def _select(dialog: CustomFieldsDialog, field_id: int) -> None:
    dialog.select_field(field_id)
    assert dialog.selected_field() is not None
    assert dialog.selected_field().id == field_id  # type: ignore[union-attr]


def test_the_dialog_lists_the_fields_of_the_chosen_entity(
    store: Path, qtbot: QtBot, hub: ChangeHub
) -> None:
    _add("Region")
    customfields.add_field("deal", "Source", "text")
    customfields.add_field("deal", "Channel", "single_option", ("Web", "Phone"))
    dialog = _dialog(qtbot, hub)
    model = dialog.model
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["Region"]
    assert dialog.selected_field() is not None  # the first field starts selected

    dialog.ui.entity.setCurrentIndex(2)

    assert model.entity == "deal"
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["Source", "Channel"]
    dialog.ui.entity.setCurrentIndex(1)
    assert model.rowCount() == 0
    assert dialog.selected_field() is None
    for button in (
        dialog.ui.renameButton,
        dialog.ui.optionsButton,
        dialog.ui.moveUpButton,
        dialog.ui.moveDownButton,
        dialog.ui.retireButton,
    ):
        assert not button.isEnabled()
    assert dialog.ui.addButton.isEnabled()


def test_the_buttons_follow_the_selection(store: Path, qtbot: QtBot, hub: ChangeHub) -> None:
    first = _add("Region")
    tier = _add("Tier", "single_option", ("Gold",))
    dialog = _dialog(qtbot, hub)
    ui = dialog.ui

    _select(dialog, first)
    assert (ui.moveUpButton.isEnabled(), ui.moveDownButton.isEnabled()) == (False, True)
    assert not ui.optionsButton.isEnabled()
    assert ui.renameButton.isEnabled()
    assert not dialog.move_up_action.isEnabled()

    _select(dialog, tier)
    assert (ui.moveUpButton.isEnabled(), ui.moveDownButton.isEnabled()) == (True, False)
    assert ui.optionsButton.isEnabled()
    assert ui.retireButton.text() == "Re&tire"


def test_add_creates_a_field_and_announces_it(store: Path, qtbot: QtBot, hub: ChangeHub) -> None:
    _add("Region")
    dialog = _dialog(qtbot, hub)

    def fill(sub: FieldDialog) -> None:
        assert sub.options_edit is not None
        assert not sub.options_edit.isEnabled()  # a text field has no options
        sub.name_edit.setText("Tier")  # type: ignore[union-attr]
        assert sub.type_combo is not None
        sub.type_combo.setCurrentIndex(sub.type_combo.findData("single_option"))
        assert sub.options_edit.isEnabled()
        sub.options_edit.setPlainText("Gold\n\n Silver \n")

    _fill_with(dialog, fill)
    with qtbot.waitSignal(hub.changed) as published:
        dialog.ui.addButton.click()

    assert published.args[0].kinds == {Kind.CUSTOM_FIELD}
    _region, tier = customfields.definitions("organization")
    assert (tier.name, tier.field_type, tier.options) == (
        "Tier",
        "single_option",
        ("Gold", "Silver"),
    )
    assert dialog.selected_field().id == tier.id  # type: ignore[union-attr]
    assert dialog.model.index(1, 2).data() == "Gold, Silver"


def test_enter_in_the_add_dialog_saves(store: Path, qtbot: QtBot, hub: ChangeHub) -> None:
    dialog = _dialog(qtbot, hub)
    typed: list[FieldDialog] = []

    def type_and_press_enter() -> None:
        sub = dialog.findChild(FieldDialog)
        assert sub is not None
        typed.append(sub)
        assert sub.name_edit is not None
        try:
            qtbot.waitUntil(sub.name_edit.hasFocus)  # the name field starts with the focus
            qtbot.keyClicks(sub.name_edit, "Contract number")
            qtbot.keyClick(sub.name_edit, Qt.Key.Key_Return)
        finally:
            if sub.isVisible():  # never leave a modal dialog open
                sub.reject()

    QTimer.singleShot(0, type_and_press_enter)
    with qtbot.waitSignal(hub.changed):
        dialog.ui.addButton.click()

    assert typed
    assert _names() == ["Contract number"]
    assert customfields.definitions("organization")[0].field_type == "text"


def test_a_refused_add_keeps_the_sub_dialog_open_with_the_reason(
    store: Path,
    qtbot: QtBot,
    hub: ChangeHub,
) -> None:
    _add("Region")
    dialog = _dialog(qtbot, hub)
    before = _table()

    def fill(sub: FieldDialog) -> None:
        sub.name_edit.setText("region")  # type: ignore[union-attr]

    opened = _fill_with(dialog, fill)
    with qtbot.assertNotEmitted(hub.changed):
        dialog.ui.addButton.click()

    [sub] = opened
    assert sub.result() != FieldDialog.DialogCode.Accepted
    assert not sub.error.isHidden()
    assert "already a field called “Region”" in sub.error.text()
    assert _table() == before


def test_ok_needs_a_name(store: Path, qtbot: QtBot, hub: ChangeHub) -> None:
    dialog = _dialog(qtbot, hub)
    sub = FieldDialog(dialog, "New field", lambda d: pytest.fail("saved"), name="")
    qtbot.addWidget(sub)
    ok = sub.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    sub.accept()
    assert sub.result() != FieldDialog.DialogCode.Accepted
    sub.name_edit.setText("X")  # type: ignore[union-attr]
    assert ok.isEnabled()


def test_rename_through_the_dialog(store: Path, qtbot: QtBot, hub: ChangeHub) -> None:
    _add("Region")
    tier = _add("Tier")
    dialog = _dialog(qtbot, hub)
    _select(dialog, tier)

    def fill(sub: FieldDialog) -> None:
        assert sub.name() == "Tier"
        assert sub.type_combo is None
        assert sub.options_edit is None
        sub.name_edit.setText("Support tier")  # type: ignore[union-attr]

    _fill_with(dialog, fill)
    with qtbot.waitSignal(hub.changed):
        dialog.ui.renameButton.click()

    assert _names() == ["Region", "Support tier"]
    assert dialog.selected_field().id == tier  # type: ignore[union-attr]

    _fill_with(dialog, lambda sub: sub.name_edit.setText("Key tier"))  # type: ignore[union-attr]
    with qtbot.waitSignal(hub.changed):
        dialog.rename_action.trigger()  # F2
    assert _names() == ["Region", "Key tier"]


def test_moving_follows_the_row(store: Path, qtbot: QtBot, hub: ChangeHub) -> None:
    a, b, c = (_add(name) for name in "ABC")
    dialog = _dialog(qtbot, hub)
    _select(dialog, a)

    with qtbot.waitSignal(hub.changed) as published:
        dialog.ui.moveDownButton.click()
    assert published.args[0].kinds == {Kind.CUSTOM_FIELD}
    assert _names() == ["B", "A", "C"]
    assert dialog.selected_field().id == a  # type: ignore[union-attr]

    with qtbot.waitSignal(hub.changed):
        qtbot.keyClick(dialog.ui.fields, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert _names() == ["B", "C", "A"]
    assert dialog.selected_field().id == a  # type: ignore[union-attr]
    assert not dialog.ui.moveDownButton.isEnabled()

    with qtbot.waitSignal(hub.changed):
        qtbot.keyClick(dialog.ui.fields, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    with qtbot.waitSignal(hub.changed):
        dialog.ui.moveUpButton.click()
    assert _names() == ["A", "B", "C"]
    assert dialog.ui.fields.currentIndex().row() == 0
    assert not dialog.ui.moveUpButton.isEnabled()
    assert [b, c] == [f.id for f in customfields.definitions("organization")[1:]]


def test_retire_and_restore_through_the_dialog(store: Path, qtbot: QtBot, hub: ChangeHub) -> None:
    field = _add("Contract number")
    org = organizations.create_organization("Otter Print Ltd").id
    customfields.set_value(field, org, "C-1042")
    dialog = _dialog(qtbot, hub)
    _select(dialog, field)

    with qtbot.waitSignal(hub.changed) as published:
        dialog.ui.retireButton.click()

    assert published.args[0].kinds == {Kind.CUSTOM_FIELD}
    assert customfields.definitions("organization") == []
    assert dialog.model.index(0, 3).data() == "Retired"
    assert dialog.selected_field().retired  # type: ignore[union-attr]
    assert dialog.ui.retireButton.text() == "Re&store"

    with qtbot.waitSignal(hub.changed):
        dialog.ui.retireButton.click()

    assert _names() == ["Contract number"]
    assert customfields.values_of("organization", [org], [field]) == {org: {field: "C-1042"}}
    assert dialog.ui.retireButton.text() == "Re&tire"


def test_edit_options_through_the_dialog(store: Path, qtbot: QtBot, hub: ChangeHub) -> None:
    field = _add("Tier", "single_option", ("Gold", "Silver"))
    org = organizations.create_organization("Heron Foods AG").id
    customfields.set_value(field, org, "Silver")
    dialog = _dialog(qtbot, hub)
    _select(dialog, field)

    def refuse(sub: FieldDialog) -> None:
        assert sub.options_edit is not None
        assert sub.options_edit.toPlainText() == "Gold\nSilver"
        sub.options_edit.setPlainText("Gold\nBronze")

    opened = _fill_with(dialog, refuse)
    with qtbot.assertNotEmitted(hub.changed):
        dialog.ui.optionsButton.click()
    assert "“Silver” cannot be removed: one record uses it" in opened[0].error.text()
    assert customfields.definitions("organization")[0].options == ("Gold", "Silver")

    _fill_with(dialog, lambda sub: sub.options_edit.setPlainText("Platinum\nGold\nSilver"))  # type: ignore[union-attr]
    with qtbot.waitSignal(hub.changed):
        dialog.ui.optionsButton.click()
    assert customfields.definitions("organization")[0].options == ("Platinum", "Gold", "Silver")
    assert dialog.model.index(0, 2).data() == "Platinum, Gold, Silver"


def test_a_domain_error_is_shown_and_nothing_is_announced(
    store: Path,
    qtbot: QtBot,
    hub: ChangeHub,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    field = _add("Region")
    dialog = _dialog(qtbot, hub)
    _select(dialog, field)
    shown: list[DomainError] = []
    monkeypatch.setattr(settings_table, "show_error", lambda parent, err: shown.append(err))
    CustomField.delete().where(CustomField.id == field).execute()  # gone meanwhile

    with qtbot.assertNotEmitted(hub.changed):
        dialog.ui.retireButton.click()

    [error] = shown
    assert isinstance(error, NotFoundError)


def test_every_settings_change_is_a_step_of_the_windows_undo(
    store: Path, qtbot: QtBot, hub: ChangeHub
) -> None:
    from PySide6.QtGui import QUndoStack

    region = _add("Region")
    _add("Tier", "single_option", ("Gold", "Silver"))
    stack = QUndoStack()
    dialog = CustomFieldsDialog(hub, None, stack)
    qtbot.addWidget(dialog)
    dialog.show()

    def fill(sub: FieldDialog) -> None:
        sub.name_edit.setText("Renewal")  # type: ignore[union-attr]

    _fill_with(dialog, fill)
    dialog.ui.addButton.click()
    added = customfields.definitions("organization")[-1].id
    _select(dialog, region)
    dialog.move_down()
    _select(dialog, region)
    dialog.toggle_retired()
    assert _names() == ["Tier", "Renewal"]
    assert stack.count() == 3

    stack.undo()  # the retirement
    assert _names() == ["Tier", "Region", "Renewal"]
    stack.undo()  # the move
    assert _names() == ["Region", "Tier", "Renewal"]
    stack.undo()  # the new field
    assert _names() == ["Region", "Tier"]
    assert dialog.model.rowCount() == 2  # the open dialog follows
    stack.redo()
    assert customfields.definitions("organization")[-1].id == added  # the same field again


def test_a_new_field_that_holds_values_is_not_taken_away(store: Path) -> None:
    org = organizations.create_organization("Acme").id
    field = _add("Region")
    customfields.set_value(field, org, "North")
    with pytest.raises(ValidationError, match="retire it instead"):
        customfields.remove_new_field(field)
    assert _names() == ["Region"]
