"""Custom-field values of one account, edited in place: the model, its locale formatting and the
delegate's editors for every field type, refusals included."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QLocale, QModelIndex, Qt
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTableView,
    QToolTip,
    QWidget,
)
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from accountmgr.domain import customfields, organizations
from accountmgr.domain.customfields import FieldDefinition
from accountmgr.qtmodels.custom_values_model import (
    CurrencyRole,
    CustomValuesModel,
    FieldRole,
    UsersRole,
)
from accountmgr.qtmodels.formatting import format_custom
from accountmgr.views.field_delegate import (
    EMPTY_DATE_TEXT,
    DateEdit,
    FieldDelegate,
    NumberEdit,
    from_number_text,
    to_number_text,
)

# Tooltips (how refusals are shown) raise their window, which the offscreen platform cannot do.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")

ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)


class Account:
    """An organization with one custom field of every type, and two users."""

    def __init__(self) -> None:
        self.org = organizations.create_organization("Acme").id
        self.ann = organizations.create_user("Ann")
        self.bob = organizations.create_user("Bob")

        def field(name: str, kind: str, options: tuple[str, ...] = ()) -> FieldDefinition:
            return customfields.create_field("organization", name, kind, options)

        self.fields = {
            "text": field("Nickname", "text"),
            "large_text": field("Background", "large_text"),
            "number": field("Seats", "number"),
            "monetary": field("Budget", "monetary"),
            "date": field("Renewal", "date"),
            "single_option": field("Tier", "single_option", ("Gold", "Silver")),
            "multiple_options": field("Regions", "multiple_options", ("North", "South", "West")),
            "user": field("Champion", "user"),
            "phone": field("Hotline", "phone"),
            "address": field("Billing address", "address"),
        }

    def fill(self) -> None:
        values = {
            "text": "Ace",
            "large_text": "First line\nSecond line, which is long enough to want a tooltip",
            "number": "1234.5",
            "monetary": "1234.5",
            "date": "2026-12-01",
            "single_option": "Gold",
            "multiple_options": ["West", "North"],
            "user": self.ann,
            "phone": "+49 30 1234567",
            "address": "Main Street 1, Springfield",
        }
        for kind, value in values.items():
            customfields.set_value(self.fields[kind].id, self.org, value)

    def stored(self) -> dict[int, str]:
        ids = [f.id for f in self.fields.values()]
        return customfields.values_of("organization", [self.org], ids).get(self.org, {})

    def value(self, kind: str) -> str | None:
        return self.stored().get(self.fields[kind].id)


@pytest.fixture
def account(store: Path) -> Account:
    return Account()


@pytest.fixture
def model(account: Account) -> CustomValuesModel:
    values = CustomValuesModel()
    values.load("organization", account.org)
    return values


@pytest.fixture
def view(model: CustomValuesModel, qtbot: QtBot) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setItemDelegate(FieldDelegate(table))
    table.resize(500, 400)
    qtbot.addWidget(table)
    table.show()
    qtbot.waitExposed(table)
    return table


def _index(model: CustomValuesModel, account: Account, kind: str, column: int = 1) -> QModelIndex:
    row = model.row_of(account.fields[kind].id)
    assert row >= 0
    return model.index(row, column)


def _delegate(view: QTableView) -> FieldDelegate:
    delegate = view.itemDelegate()
    assert isinstance(delegate, FieldDelegate)
    return delegate


def _open(view: QTableView, index: QModelIndex) -> QWidget:
    view.setCurrentIndex(index)
    view.edit(index)
    editor = view.indexWidget(index)
    assert editor is not None
    return editor


def _commit(view: QTableView, editor: QWidget, index: QModelIndex) -> None:
    """What the delegate does when an editor is done: the view writes its value, then closes it."""
    delegate = _delegate(view)
    delegate.commitData.emit(editor)
    delegate.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
    assert view.indexWidget(index) is None


# -- the model --------------------------------------------------------------------------------


def test_model_tester_with_every_field_type(
    account: Account, model: CustomValuesModel, qtmodeltester: ModelTester
) -> None:
    assert model.rowCount() == len(account.fields)
    assert model.columnCount() == 2
    qtmodeltester.check(model)  # every field empty
    account.fill()
    model.refresh()
    qtmodeltester.check(model)
    model.load("organization", None)
    assert model.rowCount() == 0
    qtmodeltester.check(model)


def test_rows_name_the_fields_and_only_values_are_editable(
    account: Account, model: CustomValuesModel
) -> None:
    names = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert names == [f.name for f in account.fields.values()]
    name = _index(model, account, "phone", 0)
    value = _index(model, account, "phone", 1)
    assert not name.flags() & Qt.ItemFlag.ItemIsEditable
    assert value.flags() & Qt.ItemFlag.ItemIsEditable
    assert value.data(FieldRole) == account.fields["phone"]
    assert value.data(UsersRole) == [(account.ann, "Ann"), (account.bob, "Bob")]
    assert value.data(CurrencyRole) == ("EUR", 2)
    assert not model.setData(name, "Renamed")


def test_values_show_in_the_locale(account: Account, model: CustomValuesModel) -> None:
    account.fill()
    model.refresh()

    def shown(kind: str) -> Any:
        return _index(model, account, kind).data()

    assert shown("number") == "1,234.5"
    assert shown("monetary") == "€1,234.50"
    assert shown("date") == "12/1/26"
    assert shown("multiple_options") == "North, West"
    assert shown("user") == "Ann"
    assert shown("single_option") == "Gold"
    assert shown("large_text").startswith("First line Second line")
    QLocale.setDefault(GERMAN)
    assert shown("number") == "1.234,5"
    assert shown("monetary") == "1.234,50\u00a0€"
    assert shown("date") == "01.12.26"


def test_edit_role_gives_the_stored_form_and_tooltips_the_long_text(
    account: Account, model: CustomValuesModel
) -> None:
    assert _index(model, account, "text").data() == ""  # unset shows nothing
    assert _index(model, account, "user").data(Qt.ItemDataRole.EditRole) is None
    assert _index(model, account, "multiple_options").data(Qt.ItemDataRole.EditRole) == []
    account.fill()
    model.refresh()

    def edit(kind: str) -> Any:
        return _index(model, account, kind).data(Qt.ItemDataRole.EditRole)

    assert edit("number") == "1234.5"
    assert edit("date") == "2026-12-01"
    assert edit("user") == account.ann
    assert edit("multiple_options") == ["North", "West"]
    tooltip = _index(model, account, "large_text").data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip == "First line\nSecond line, which is long enough to want a tooltip"
    assert _index(model, account, "text").data(Qt.ItemDataRole.ToolTipRole) is None


def test_format_custom_is_shared_with_the_list(account: Account) -> None:
    number = account.fields["number"]
    monetary = account.fields["monetary"]
    assert format_custom(number, "-1234567.25", {}, ENGLISH) == "-1,234,567.25"
    assert format_custom(number, "-1234567.25", {}, GERMAN) == "-1.234.567,25"
    assert format_custom(monetary, "12", {}, ENGLISH) == "12"  # the list: a plain number
    assert format_custom(monetary, "12", {}, ENGLISH, ("USD", 2)) == "$12.00"
    assert format_custom(account.fields["user"], "99", {}, ENGLISH) == ""
    assert format_custom(account.fields["text"], None, {}, ENGLISH) == ""


def test_set_data_writes_through_the_domain_and_announces_the_change(
    account: Account, model: CustomValuesModel, qtbot: QtBot
) -> None:
    index = _index(model, account, "number")
    with (
        qtbot.waitSignal(model.changed) as changed,
        qtbot.waitSignal(model.dataChanged) as data_changed,
    ):
        assert model.setData(index, "42.50")
    assert changed.args is not None
    assert changed.args[0].org_ids == frozenset({account.org})
    assert data_changed.args is not None
    assert data_changed.args[0].row() == index.row()
    assert account.value("number") == "42.5"
    assert index.data() == "42.5"
    assert not model.setData(index, "42.5")  # the same value: nothing to write
    assert model.last_error is None


def test_a_custom_edit_handler_gets_the_stored_old_value(
    account: Account, model: CustomValuesModel
) -> None:
    account.fill()
    model.refresh()
    calls: list[tuple[int, int, str, Any]] = []

    def handler(field_id: int, entity_id: int, old: str, new: Any) -> bool:
        calls.append((field_id, entity_id, old, new))
        customfields.set_value(field_id, entity_id, new)
        return True

    model.edit_handler = handler
    tier = account.fields["single_option"]
    assert model.setData(_index(model, account, "single_option"), "Silver")
    assert calls == [(tier.id, account.org, "Gold", "Silver")]
    assert _index(model, account, "single_option").data() == "Silver"
    model.edit_handler = lambda *_: False  # e.g. the panel showed its own message
    assert not model.setData(_index(model, account, "single_option"), "Gold")
    assert model.last_error is None
    assert account.value("single_option") == "Silver"


def test_invalid_values_are_refused_with_a_reason_and_nothing_changes(
    account: Account, model: CustomValuesModel
) -> None:
    account.fill()
    model.refresh()
    before = account.stored()
    for kind, bad in [
        ("date", "2026-02-30"),
        ("phone", "call me"),
        ("number", "many"),
        ("single_option", "Bronze"),
        ("user", 9999),
    ]:
        index = _index(model, account, kind)
        shown = index.data()
        assert not model.setData(index, bad), kind
        assert model.last_error, kind
        assert index.data() == shown
    assert account.stored() == before


# -- the delegate -----------------------------------------------------------------------------


def test_text_phone_and_address_are_line_edits(
    account: Account, model: CustomValuesModel, view: QTableView, qtbot: QtBot
) -> None:
    for kind, typed, stored in [
        ("text", "  Ace   of  clubs ", "Ace of clubs"),
        ("phone", "+49 (30) 123-4567", "+49 (30) 123-4567"),
        ("address", "Main Street 1", "Main Street 1"),
    ]:
        index = _index(model, account, kind)
        editor = _open(view, index)
        assert type(editor) is QLineEdit
        editor.setText(typed)
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda kind=kind, stored=stored: account.value(kind) == stored)
    index = _index(model, account, "phone")
    editor = _open(view, index)
    assert isinstance(editor, QLineEdit)
    assert editor.validator() is not None
    state, _text, _pos = editor.validator().validate("call me", 0)
    assert state == QValidator.State.Invalid  # letters cannot be typed
    view.closePersistentEditor(index)


def test_clearing_a_value_deletes_it(
    account: Account, model: CustomValuesModel, view: QTableView, qtbot: QtBot
) -> None:
    account.fill()
    model.refresh()
    index = _index(model, account, "text")
    editor = _open(view, index)
    assert isinstance(editor, QLineEdit)
    assert editor.text() == "Ace"
    editor.clear()
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: account.value("text") is None)
    assert index.data() == ""
    for kind in ("single_option", "user"):
        index = _index(model, account, kind)
        combo = _open(view, index)
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(0)  # the empty entry, "Nobody" for users
        _commit(view, combo, index)
        assert account.value(kind) is None, kind
    index = _index(model, account, "multiple_options")
    checklist = _open(view, index)
    assert isinstance(checklist, QListWidget)
    for row in range(checklist.count()):
        checklist.item(row).setCheckState(Qt.CheckState.Unchecked)
    _commit(view, checklist, index)
    assert account.value("multiple_options") is None


def test_large_text_commits_with_ctrl_enter(
    account: Account, model: CustomValuesModel, view: QTableView, qtbot: QtBot
) -> None:
    index = _index(model, account, "large_text")
    editor = _open(view, index)
    assert isinstance(editor, QPlainTextEdit)
    assert editor.height() > view.rowHeight(index.row())  # room for a few lines
    qtbot.keyClicks(editor, "First")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # a new line, not the end of the edit
    qtbot.keyClicks(editor, "Second")
    assert account.value("large_text") is None
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: account.value("large_text") == "First\nSecond")
    assert view.indexWidget(index) is None  # the editor closed


@pytest.mark.parametrize(
    ("locale", "typed", "stored"),
    [(ENGLISH, "1,234.5", "1234.5"), (GERMAN, "1.234,5", "1234.5"), (GERMAN, "-0,25", "-0.25")],
)
def test_numbers_are_typed_in_the_locale(
    account: Account,
    model: CustomValuesModel,
    view: QTableView,
    qtbot: QtBot,
    locale: QLocale,
    typed: str,
    stored: str,
) -> None:
    QLocale.setDefault(locale)
    index = _index(model, account, "number")
    editor = _open(view, index)
    assert isinstance(editor, NumberEdit)
    editor.setText(typed)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: account.value("number") == stored)
    editor = _open(view, index)
    assert isinstance(editor, NumberEdit)
    assert editor.text() == from_number_text(stored, locale)  # edited again as the locale writes
    view.closePersistentEditor(index)


def test_money_shows_the_default_currency_and_is_typed_in_the_locale(
    account: Account, model: CustomValuesModel, view: QTableView
) -> None:
    QLocale.setDefault(GERMAN)
    index = _index(model, account, "monetary")
    editor = _open(view, index)
    assert isinstance(editor, NumberEdit)
    suffix = editor.findChild(QLabel, "suffix")
    assert suffix is not None
    assert suffix.text() == "EUR"
    editor.setText("99,9")
    _commit(view, editor, index)
    assert account.value("monetary") == "99.9"
    assert index.data() == "99,90\u00a0€"


def test_number_conversion_helpers() -> None:
    assert to_number_text("1.234,5", GERMAN) == "1234.5"
    assert to_number_text(" 12 ", ENGLISH) == "12"
    assert to_number_text("", GERMAN) == ""
    assert to_number_text("1,5", ENGLISH) is None  # a misplaced group separator
    assert to_number_text("1.2.3", GERMAN) is None
    assert from_number_text("-1234.5", GERMAN) == "-1234,5"


def test_dates_use_a_calendar_and_can_be_cleared(
    account: Account, model: CustomValuesModel, view: QTableView, qtbot: QtBot
) -> None:
    index = _index(model, account, "date")
    editor = _open(view, index)
    assert isinstance(editor, DateEdit)
    assert editor.calendarPopup()
    assert editor.text() == EMPTY_DATE_TEXT  # unset
    editor.setDate(QDate(2026, 12, 24))
    assert editor.text() == "12/24/2026"
    _commit(view, editor, index)
    assert account.value("date") == "2026-12-24"
    assert index.data() == "12/24/26"
    editor = _open(view, index)
    assert isinstance(editor, DateEdit)
    assert editor.date() == QDate(2026, 12, 24)
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    assert editor.text() == EMPTY_DATE_TEXT
    _commit(view, editor, index)
    assert account.value("date") is None


def test_german_dates(
    account: Account, model: CustomValuesModel, view: QTableView, qtbot: QtBot
) -> None:
    QLocale.setDefault(GERMAN)
    index = _index(model, account, "date")
    editor = _open(view, index)
    assert isinstance(editor, DateEdit)
    editor.setDate(QDate(2027, 1, 31))
    assert editor.text() == "31.01.2027"
    _commit(view, editor, index)
    assert account.value("date") == "2027-01-31"
    assert index.data() == "31.01.27"
    editor = _open(view, index)
    assert isinstance(editor, DateEdit)
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.keyClicks(editor, "3.05.2027")  # typing into "—" starts from a real date
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: account.value("date") == "2027-05-03")


def test_options_and_users_are_chosen_from_lists(
    account: Account, model: CustomValuesModel, view: QTableView
) -> None:
    index = _index(model, account, "single_option")
    combo = _open(view, index)
    assert isinstance(combo, QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == ["", "Gold", "Silver"]
    combo.setCurrentIndex(2)
    _commit(view, combo, index)
    assert account.value("single_option") == "Silver"

    index = _index(model, account, "user")
    combo = _open(view, index)
    assert isinstance(combo, QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == ["Nobody", "Ann", "Bob"]
    combo.setCurrentIndex(2)
    _commit(view, combo, index)
    assert account.value("user") == str(account.bob)
    assert index.data() == "Bob"
    combo = _open(view, index)
    assert isinstance(combo, QComboBox)
    assert combo.currentText() == "Bob"  # the editor starts at the stored user
    view.closePersistentEditor(index)

    index = _index(model, account, "multiple_options")
    checklist = _open(view, index)
    assert isinstance(checklist, QListWidget)
    assert [checklist.item(i).text() for i in range(checklist.count())] == [
        "North",
        "South",
        "West",
    ]
    checklist.item(2).setCheckState(Qt.CheckState.Checked)
    checklist.item(0).setCheckState(Qt.CheckState.Checked)
    _commit(view, checklist, index)
    assert account.value("multiple_options") == '["North", "West"]'
    assert index.data() == "North, West"
    checklist = _open(view, index)
    assert isinstance(checklist, QListWidget)
    checked = [
        checklist.item(i).text()
        for i in range(checklist.count())
        if checklist.item(i).checkState() == Qt.CheckState.Checked
    ]
    assert checked == ["North", "West"]
    view.closePersistentEditor(index)


def test_a_refused_phone_is_explained_and_nothing_is_stored(
    account: Account, model: CustomValuesModel, view: QTableView, qtbot: QtBot
) -> None:
    account.fill()
    model.refresh()
    before = account.stored()
    index = _index(model, account, "phone")
    editor = _open(view, index)
    assert isinstance(editor, QLineEdit)
    editor.setText("call me")  # pasted text skips the validator
    with qtbot.waitSignal(_delegate(view).error_shown) as shown:
        _commit(view, editor, index)
    assert shown.args == ["Not saved: “call me” is not a valid phone number."]
    assert model.last_error == "“call me” is not a valid phone number."
    assert account.stored() == before
    assert index.data() == "+49 30 1234567"
    qtbot.waitUntil(QToolTip.isVisible)
    assert QToolTip.text() == shown.args[0]
    QToolTip.hideText()


@pytest.mark.parametrize(("locale", "typed"), [(ENGLISH, "1,2,3"), (GERMAN, "1.2.3")])
def test_a_number_the_locale_cannot_read_is_explained_and_nothing_is_stored(
    account: Account,
    model: CustomValuesModel,
    view: QTableView,
    qtbot: QtBot,
    locale: QLocale,
    typed: str,
) -> None:
    QLocale.setDefault(locale)
    account.fill()
    model.refresh()
    before = account.stored()
    index = _index(model, account, "number")
    editor = _open(view, index)
    assert isinstance(editor, NumberEdit)
    editor.setText(typed)
    example = locale.toString(1234.5, "f", 1)
    with qtbot.waitSignal(_delegate(view).error_shown) as shown:
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert shown.args == [f"Not saved: “{typed}” is not a number. Write it like {example}."]
    assert account.stored() == before


def test_an_empty_record_has_no_rows_to_edit(model: CustomValuesModel) -> None:
    model.load("organization", None)
    assert model.rowCount() == 0
    assert not model.setData(model.index(0, 1), "x")
