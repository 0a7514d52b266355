"""Activity type administration: add, edit, reorder, retire and restore types in the domain, the
table model over them, and the settings dialog driven by its buttons, with undo and redo."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor, QIcon, QUndoStack
from PySide6.QtWidgets import QColorDialog, QDialogButtonBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from accountmgr.domain import activities, activity_types, organizations
from accountmgr.domain.changes import Kind
from accountmgr.domain.errors import DomainError, NotFoundError, ValidationError
from accountmgr.qtmodels.activity_types_model import (
    ActivityTypesModel,
    RetiredRole,
    TypeIdRole,
)
from accountmgr.qtmodels.hub import ChangeHub
from accountmgr.resources import resource_path
from accountmgr.store.models import ActivityType
from accountmgr.views.dialogs import settings_table
from accountmgr.views.dialogs.activity_types_dialog import (
    ActivityTypesDialog,
    TypeDialog,
    available_icons,
)
from tests.conftest import TODAY

EN_US = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
SEEDED = ["Call", "Meeting", "Task", "Deadline", "Email", "Lunch"]


def _names(*, active_only: bool = False) -> list[str]:
    if active_only:
        return [t.name for t in activities.types()]
    return [t.name for t in activity_types.all_types()]


def _by_name(name: str) -> activity_types.TypeAdmin:
    return next(t for t in activity_types.all_types() if t.name == name)


def _table() -> list[tuple[object, ...]]:
    """Everything the administration writes, to prove a refused edit wrote nothing."""
    return list(ActivityType.select().order_by(ActivityType.id).tuples())


def _add(name: str, **values: object) -> int:
    type_id, _change = activity_types.add_type(
        name,
        str(values.pop("icon", "task.svg")),
        str(values.pop("color", "#123456")),
        **values,  # type: ignore[arg-type]
    )
    return type_id


# -- domain -----------------------------------------------------------------------------------


def test_the_seeded_types_are_listed_in_order(store: Path) -> None:
    types = activity_types.all_types()
    assert [t.name for t in types] == SEEDED
    call = types[0]
    assert (call.key, call.icon, call.color, call.default_subject) == (
        "call",
        "call.svg",
        "#2e7d32",
        "Satisfaction call",
    )
    assert (call.default_duration_min, call.followup_days, call.retired) == (15, 90, False)
    assert not any(t.retired for t in types)


def test_adding_a_type_puts_it_last_with_a_key_from_its_name(store: Path) -> None:
    type_id, change = activity_types.add_type(
        "  Site   visit ", "visit.svg", "#AABBCC", " On-site  review ", 120, 30
    )

    assert change.kinds == {Kind.SETTINGS}
    assert change.org_ids == frozenset()
    added = activity_types.all_types()[-1]
    assert added.id == type_id
    assert (added.key, added.name, added.icon, added.color) == (
        "site_visit",
        "Site visit",
        "visit.svg",
        "#aabbcc",
    )
    assert (added.default_subject, added.default_duration_min, added.followup_days) == (
        "On-site review",
        120,
        30,
    )
    assert added.position == 6
    assert not added.retired
    assert _names(active_only=True)[-1] == "Site visit"
    # Keys stay unique even when a name leads to a key that is taken.
    activity_types.update_type(type_id, name="Visit")
    other, _ = activity_types.add_type("Site visit!", "flag.svg", "#000000")
    assert _by_name("Site visit!").key == "site_visit_2"
    assert other == _by_name("Site visit!").id


def test_defaults_of_a_new_type(store: Path) -> None:
    type_id = _add("Demo")
    added = _by_name("Demo")
    assert added.id == type_id
    assert (added.default_subject, added.default_duration_min, added.followup_days) == (
        "",
        30,
        None,
    )


def test_updating_changes_only_the_fields_given_and_keeps_the_key(store: Path) -> None:
    call = _by_name("Call")

    change = activity_types.update_type(
        call.id, name="Phone call", color="#FF0000", followup_days=None
    )

    assert change.kinds == {Kind.SETTINGS}
    updated = _by_name("Phone call")
    assert (updated.id, updated.key, updated.color, updated.followup_days) == (
        call.id,
        "call",
        "#ff0000",
        None,
    )
    assert (updated.icon, updated.default_subject, updated.default_duration_min) == (
        "call.svg",
        "Satisfaction call",
        15,
    )
    activity_types.update_type(
        call.id, icon="video.svg", default_subject="", default_duration_min=0, followup_days=1
    )
    updated = _by_name("Phone call")
    assert (updated.icon, updated.default_subject, updated.default_duration_min) == (
        "video.svg",
        "",
        0,
    )
    assert updated.followup_days == 1
    activity_types.update_type(call.id, name="PHONE CALL")  # its own name, in other case
    assert _names()[0] == "PHONE CALL"
    assert activity_types.update_type(call.id).kinds == {Kind.SETTINGS}  # nothing to change


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"name": "  "}, "type name must not be empty"),
        ({"name": "meeting"}, "already an activity type called “Meeting”"),
        ({"icon": "../secret.svg"}, "not the file name of an SVG image"),
        ({"icon": "icons/call.svg"}, "not the file name of an SVG image"),
        ({"icon": "C:\\call.svg"}, "not the file name of an SVG image"),
        ({"icon": "call.png"}, "not the file name of an SVG image"),
        ({"icon": ""}, "not the file name of an SVG image"),
        ({"icon": 3}, "must be the file name of an SVG image"),
        ({"color": "red"}, "not a colour like #2e7d32"),
        ({"color": "#12345"}, "not a colour like #2e7d32"),
        ({"color": "#1234567"}, "not a colour like #2e7d32"),
        ({"default_subject": "x" * 256}, "default subject is too long"),
        ({"default_subject": None}, "default subject must be text"),
        ({"default_duration_min": -1}, "between 0 and 1440 minutes"),
        ({"default_duration_min": 1441}, "between 0 and 1440 minutes"),
        ({"default_duration_min": True}, "between 0 and 1440 minutes"),
        ({"default_duration_min": 30.0}, "between 0 and 1440 minutes"),
        ({"followup_days": 0}, "empty or between 1 and 3650 days"),
        ({"followup_days": 3651}, "empty or between 1 and 3650 days"),
        ({"followup_days": "90"}, "empty or between 1 and 3650 days"),
        ({"key": "other"}, "no field “key”"),
        ({"active": False}, "no field “active”"),
    ],
)
def test_bad_values_write_nothing(store: Path, values: dict[str, object], message: str) -> None:
    call = _by_name("Call")
    before = _table()
    with pytest.raises(ValidationError, match=message):
        activity_types.update_type(call.id, **{"name": "Phone call", **values})
    if set(values) <= set(activity_types.FIELDS):
        added = {
            "name": "New",
            "icon": "flag.svg",
            "color": "#000000",
            "default_subject": "",
            "default_duration_min": 30,
            "followup_days": None,
        }
        with pytest.raises(ValidationError, match=message):
            activity_types.add_type(**{**added, **values})  # type: ignore[arg-type]
    assert _table() == before


def test_a_name_already_taken_is_refused(store: Path) -> None:
    lunch = _by_name("Lunch")
    activity_types.set_retired(lunch.id, True)
    before = _table()
    with pytest.raises(ValidationError, match="already an activity type called “Call”"):
        activity_types.add_type("CALL", "call.svg", "#000000")
    with pytest.raises(ValidationError, match="retired activity type is already called “Lunch”"):
        activity_types.update_type(_by_name("Task").id, name="lunch")
    assert _table() == before


def test_an_unknown_type_is_not_found_and_nothing_is_written(store: Path) -> None:
    before = _table()
    for operation in (
        lambda: activity_types.update_type(9999, name="X"),
        lambda: activity_types.move_type(9999, 0),
        lambda: activity_types.set_retired(9999, True),
        lambda: activity_types.remove_new_type(9999),
    ):
        with pytest.raises(NotFoundError, match="no activity type with id 9999"):
            operation()
    assert _table() == before


def test_moving_renumbers_the_positions_densely(store: Path) -> None:
    lunch = _by_name("Lunch")
    task = _by_name("Task")
    activity_types.set_retired(task.id, True)

    change = activity_types.move_type(lunch.id, 0)

    assert change.kinds == {Kind.SETTINGS}
    assert [(t.name, t.position) for t in activity_types.all_types()] == [
        ("Lunch", 0),
        ("Call", 1),
        ("Meeting", 2),
        ("Task", 3),
        ("Deadline", 4),
        ("Email", 5),
    ]
    assert _names(active_only=True) == ["Lunch", "Call", "Meeting", "Deadline", "Email"]
    activity_types.move_type(lunch.id, 99)  # past the end: last
    activity_types.move_type(task.id, -5)  # before the start: first
    assert _names() == ["Task", "Call", "Meeting", "Deadline", "Email", "Lunch"]
    assert [t.position for t in activity_types.all_types()] == list(range(6))


def test_retiring_keeps_the_activities_and_restoring_offers_it_again(store: Path) -> None:
    org = organizations.create_organization("Acme").id
    lunch = _by_name("Lunch")
    activity_id, _ = activities.create_activity(
        "Lunch with the buyer", TODAY, type_id=lunch.id, org_id=org
    )

    change = activity_types.set_retired(lunch.id, True)

    assert change.kinds == {Kind.SETTINGS}
    assert "Lunch" not in _names(active_only=True)
    assert _by_name("Lunch").retired
    kept = ActivityType.get_by_id(lunch.id)
    assert kept.name == "Lunch"
    from accountmgr.store.models import Activity

    activity = Activity.get_by_id(activity_id)
    assert activity.type_id == lunch.id  # the activity keeps its (retired) type
    assert activity.subject == "Lunch with the buyer"

    activity_types.set_retired(lunch.id, False)

    assert _names(active_only=True) == SEEDED
    assert Activity.get_by_id(activity_id).type_id == lunch.id


def test_the_last_active_type_cannot_be_retired(store: Path) -> None:
    *others, last = activity_types.all_types()
    for kind in others:
        activity_types.set_retired(kind.id, True)
    before = _table()

    with pytest.raises(ValidationError, match="“Lunch” is the last active activity type"):
        activity_types.set_retired(last.id, True)

    assert _table() == before
    assert _names(active_only=True) == ["Lunch"]
    activity_types.set_retired(last.id, False)  # restoring an active one is harmless
    activity_types.set_retired(others[0].id, True)  # retiring a retired one too
    assert _names(active_only=True) == ["Lunch"]


def test_a_new_type_can_be_taken_away_and_put_back(store: Path) -> None:
    type_id = _add("Demo", default_subject="Product demo", followup_days=14)
    stored = _table()

    removed, change = activity_types.remove_new_type(type_id)

    assert change.kinds == {Kind.SETTINGS}
    assert "Demo" not in _names()
    activity_types.restore_type(removed)
    assert _table() == stored
    # A name taken again meanwhile is refused, and nothing is written.
    removed, _ = activity_types.remove_new_type(type_id)
    _add("DEMO")
    before = _table()
    with pytest.raises(ValidationError, match="already an activity type called “DEMO”"):
        activity_types.restore_type(removed)
    assert _table() == before
    # So is one whose id was given to another type meanwhile.
    activity_types.update_type(_by_name("DEMO").id, name="Other")
    with pytest.raises(ValidationError, match="exists again"):
        activity_types.restore_type(removed)
    assert _names()[-1] == "Other"


def test_a_type_in_use_is_not_taken_away(store: Path) -> None:
    org = organizations.create_organization("Acme").id
    type_id = _add("Demo")
    activities.create_activity("Show the product", TODAY, type_id=type_id, org_id=org)
    with pytest.raises(ValidationError, match="retire it instead"):
        activity_types.remove_new_type(type_id)
    assert "Demo" in _names()


# -- model ------------------------------------------------------------------------------------


def test_the_model_shows_every_type_with_retired_ones_greyed(
    store: Path, qtmodeltester: ModelTester
) -> None:
    activity_types.set_retired(_by_name("Deadline").id, True)
    odd = _add("Odd", icon="missing.svg", default_duration_min=1500 // 2, followup_days=1)

    model = ActivityTypesModel()
    model.reload()
    qtmodeltester.check(model)

    assert (model.rowCount(), model.columnCount()) == (7, 6)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
    assert headers == ["Name", "Colour", "Default subject", "Duration", "Follow-up", "Status"]
    shown = [[model.index(r, c).data() for c in range(6)] for r in (0, 3, 6)]
    assert shown == [
        ["Call", "#2e7d32", "Satisfaction call", "15 min", "90 days", "Active"],
        ["Deadline", "#c62828", "Renewal deadline", "0 min", "—", "Retired"],
        ["Odd", "#123456", "", "750 min", "1 day", "Active"],
    ]
    icon = model.index(0, 0).data(Qt.ItemDataRole.DecorationRole)
    assert isinstance(icon, QIcon)
    assert not icon.isNull()
    assert model.index(6, 0).data(Qt.ItemDataRole.DecorationRole) is None  # no such SVG
    swatch = model.index(0, 1).data(Qt.ItemDataRole.DecorationRole)
    assert isinstance(swatch, QColor)
    assert swatch.name() == "#2e7d32"
    assert model.index(0, 0).data(TypeIdRole) == _by_name("Call").id
    assert [model.index(r, 5).data(RetiredRole) for r in range(7)] == [
        False,
        False,
        False,
        True,
        False,
        False,
        False,
    ]
    assert model.index(0, 5).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(3, 5).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.row_of(odd) == 6
    assert model.row_of(9999) == -1
    assert model.activity_type(7) is None

    model.reload()
    qtmodeltester.check(model)


def test_numbers_follow_the_locale(store: Path) -> None:
    _add("Long", default_duration_min=1440, followup_days=3650)
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    model = ActivityTypesModel()
    model.reload()
    assert model.index(6, 3).data() == "1.440 min"
    assert model.index(6, 4).data() == "3.650 days"


# -- dialog -----------------------------------------------------------------------------------


@pytest.fixture
def hub() -> ChangeHub:
    return ChangeHub()


def _dialog(qtbot: QtBot, hub: ChangeHub, stack: QUndoStack | None = None) -> ActivityTypesDialog:
    dialog = ActivityTypesDialog(hub, None, stack)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
    return dialog


def _fill_with(dialog: ActivityTypesDialog, fill: Callable[[TypeDialog], None]) -> list[TypeDialog]:
    """Run the next sub-dialogs without blocking: `fill` sets them up, then OK is pressed."""
    opened: list[TypeDialog] = []

    def run(sub: TypeDialog) -> bool:
        opened.append(sub)
        fill(sub)
        sub.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        return sub.result() == TypeDialog.DialogCode.Accepted

    dialog.exec_sub_dialog = run  # type: ignore[method-assign]
    return opened


def _select(dialog: ActivityTypesDialog, name: str) -> int:
    type_id = _by_name(name).id
    dialog.select_type(type_id)
    assert dialog.selected_type() is not None
    assert dialog.selected_type().id == type_id  # type: ignore[union-attr]
    return type_id


def test_the_icons_offered_are_the_activity_svgs(store: Path) -> None:
    icons = available_icons()
    assert icons[:6] == [
        "call.svg",
        "meeting.svg",
        "task.svg",
        "deadline.svg",
        "email.svg",
        "lunch.svg",
    ]
    assert {"visit.svg", "video.svg", "flag.svg"} <= set(icons)
    assert all(resource_path("icons", icon).is_file() for icon in icons)
    assert "accountmgr.svg" not in icons


def test_the_buttons_follow_the_selection(store: Path, qtbot: QtBot, hub: ChangeHub) -> None:
    dialog = _dialog(qtbot, hub)
    ui = dialog.ui
    assert dialog.model.rowCount() == 6
    assert dialog.selected_type().name == "Call"  # type: ignore[union-attr]  # first row
    assert (ui.moveUpButton.isEnabled(), ui.moveDownButton.isEnabled()) == (False, True)
    assert not dialog.move_up_action.isEnabled()
    assert ui.editButton.isEnabled()
    assert ui.retireButton.text() == "Re&tire"

    _select(dialog, "Lunch")
    assert (ui.moveUpButton.isEnabled(), ui.moveDownButton.isEnabled()) == (True, False)
    assert not dialog.move_down_action.isEnabled()


def test_add_through_the_dialog(store: Path, qtbot: QtBot, hub: ChangeHub) -> None:
    dialog = _dialog(qtbot, hub)

    def fill(sub: TypeDialog) -> None:
        assert sub.name() == ""
        assert sub.icon() == "call.svg"
        assert sub.followup_spin.text() == "none"
        assert sub.values()["followup_days"] is None
        assert sub.icon_combo.findData("visit.svg") >= 0
        assert not sub.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
        sub.name_edit.setText("Site visit")
        sub.set_icon("visit.svg")
        sub.set_color("#0a7e8c")
        sub.subject_edit.setText("On-site review")
        sub.duration_spin.setValue(120)
        sub.followup_spin.setValue(60)

    _fill_with(dialog, fill)
    with qtbot.waitSignal(hub.changed) as published:
        dialog.ui.addButton.click()

    assert published.args[0].kinds == {Kind.SETTINGS}
    added = activity_types.all_types()[-1]
    assert (added.name, added.icon, added.color, added.default_subject) == (
        "Site visit",
        "visit.svg",
        "#0a7e8c",
        "On-site review",
    )
    assert (added.default_duration_min, added.followup_days) == (120, 60)
    assert dialog.selected_type().id == added.id  # type: ignore[union-attr]
    assert dialog.model.index(6, 4).data() == "60 days"
    assert "Site visit" in _names(active_only=True)


def test_a_refused_add_keeps_the_sub_dialog_open_with_the_reason(
    store: Path, qtbot: QtBot, hub: ChangeHub
) -> None:
    dialog = _dialog(qtbot, hub)
    before = _table()

    opened = _fill_with(dialog, lambda sub: sub.name_edit.setText("meeting"))
    with qtbot.assertNotEmitted(hub.changed):
        dialog.ui.addButton.click()

    [sub] = opened
    assert sub.result() != TypeDialog.DialogCode.Accepted
    assert not sub.error.isHidden()
    assert "already an activity type called “Meeting”" in sub.error.text()
    assert _table() == before


def test_the_colour_button_opens_a_colour_dialog(
    store: Path, qtbot: QtBot, hub: ChangeHub, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _dialog(qtbot, hub)
    sub = TypeDialog(
        dialog, "Edit", lambda d: pytest.fail("saved"), available_icons(), _by_name("Call")
    )
    qtbot.addWidget(sub)
    asked: list[str] = []

    def get_color(current: QColor, parent: object, title: str) -> QColor:
        asked.append(current.name())
        return QColor("#ABCDEF")

    monkeypatch.setattr(QColorDialog, "getColor", get_color)
    sub.color_button.click()
    assert asked == ["#2e7d32"]
    assert sub.color() == "#abcdef"
    assert sub.color_button.text() == "#abcdef"

    monkeypatch.setattr(QColorDialog, "getColor", lambda *args: QColor())  # cancelled
    sub.color_button.click()
    assert sub.color() == "#abcdef"


def test_edit_through_the_dialog(store: Path, qtbot: QtBot, hub: ChangeHub) -> None:
    dialog = _dialog(qtbot, hub)
    meeting = _select(dialog, "Meeting")

    def fill(sub: TypeDialog) -> None:
        assert sub.values() == {
            "name": "Meeting",
            "icon": "meeting.svg",
            "color": "#1565c0",
            "default_subject": "Account review",
            "default_duration_min": 60,
            "followup_days": 90,
        }
        sub.name_edit.setText("Review meeting")
        sub.set_icon("video.svg")
        sub.followup_spin.setValue(0)  # none

    _fill_with(dialog, fill)
    with qtbot.waitSignal(hub.changed):
        dialog.ui.editButton.click()

    edited = _by_name("Review meeting")
    assert (edited.id, edited.key, edited.icon, edited.followup_days) == (
        meeting,
        "meeting",
        "video.svg",
        None,
    )
    assert dialog.selected_type().id == meeting  # type: ignore[union-attr]
    assert dialog.model.index(1, 4).data() == "—"

    _fill_with(dialog, lambda sub: sub.duration_spin.setValue(45))
    with qtbot.waitSignal(hub.changed):
        dialog.edit_action.trigger()  # F2
    assert _by_name("Review meeting").default_duration_min == 45


def test_an_edit_that_changes_nothing_is_not_announced(
    store: Path, qtbot: QtBot, hub: ChangeHub
) -> None:
    stack = QUndoStack()
    dialog = _dialog(qtbot, hub, stack)
    _select(dialog, "Task")
    _fill_with(dialog, lambda sub: None)
    with qtbot.assertNotEmitted(hub.changed):
        dialog.ui.editButton.click()
    assert stack.count() == 0


def test_moving_follows_the_row(store: Path, qtbot: QtBot, hub: ChangeHub) -> None:
    dialog = _dialog(qtbot, hub)
    call = _select(dialog, "Call")

    with qtbot.waitSignal(hub.changed) as published:
        dialog.ui.moveDownButton.click()
    assert published.args[0].kinds == {Kind.SETTINGS}
    assert _names()[:3] == ["Meeting", "Call", "Task"]
    assert dialog.selected_type().id == call  # type: ignore[union-attr]

    with qtbot.waitSignal(hub.changed):
        qtbot.keyClick(dialog.ui.types, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert _names()[:3] == ["Meeting", "Task", "Call"]

    with qtbot.waitSignal(hub.changed):
        qtbot.keyClick(dialog.ui.types, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    with qtbot.waitSignal(hub.changed):
        dialog.ui.moveUpButton.click()
    assert _names() == SEEDED
    assert dialog.ui.types.currentIndex().row() == 0
    assert not dialog.ui.moveUpButton.isEnabled()


def test_retire_and_restore_through_the_dialog(store: Path, qtbot: QtBot, hub: ChangeHub) -> None:
    org = organizations.create_organization("Acme").id
    lunch = _by_name("Lunch").id
    activities.create_activity("Lunch with the buyer", TODAY, type_id=lunch, org_id=org)
    dialog = _dialog(qtbot, hub)
    _select(dialog, "Lunch")

    with qtbot.waitSignal(hub.changed) as published:
        dialog.ui.retireButton.click()

    assert published.args[0].kinds == {Kind.SETTINGS}
    assert "Lunch" not in _names(active_only=True)
    assert dialog.model.index(5, 5).data() == "Retired"
    assert dialog.selected_type().retired  # type: ignore[union-attr]
    assert dialog.ui.retireButton.text() == "Re&store"

    with qtbot.waitSignal(hub.changed):
        dialog.ui.retireButton.click()

    assert _names(active_only=True) == SEEDED
    assert dialog.ui.retireButton.text() == "Re&tire"


def test_retiring_the_last_active_type_is_refused_with_a_message(
    store: Path, qtbot: QtBot, hub: ChangeHub, monkeypatch: pytest.MonkeyPatch
) -> None:
    *others, last = activity_types.all_types()
    for kind in others:
        activity_types.set_retired(kind.id, True)
    dialog = _dialog(qtbot, hub)
    _select(dialog, last.name)
    shown: list[DomainError] = []
    monkeypatch.setattr(settings_table, "show_error", lambda parent, err: shown.append(err))
    before = _table()

    with qtbot.assertNotEmitted(hub.changed):
        dialog.ui.retireButton.click()

    [error] = shown
    assert isinstance(error, ValidationError)
    assert "last active activity type" in str(error)
    assert _table() == before
    assert dialog.ui.retireButton.text() == "Re&tire"


def test_the_open_dialog_follows_settings_changes(
    store: Path, qtbot: QtBot, hub: ChangeHub
) -> None:
    dialog = _dialog(qtbot, hub)
    _select(dialog, "Email")
    type_id, change = activity_types.add_type("Demo", "flag.svg", "#000000")
    hub.publish(change)
    assert dialog.model.rowCount() == 7
    assert dialog.selected_type().name == "Email"  # type: ignore[union-attr]
    assert dialog.model.row_of(type_id) == 6


def test_every_change_is_a_step_of_the_windows_undo(
    store: Path, qtbot: QtBot, hub: ChangeHub
) -> None:
    stack = QUndoStack()
    dialog = _dialog(qtbot, hub, stack)

    def fill_new(sub: TypeDialog) -> None:
        sub.name_edit.setText("Demo")
        sub.set_icon("flag.svg")

    _fill_with(dialog, fill_new)
    dialog.ui.addButton.click()
    added = _by_name("Demo").id
    _select(dialog, "Call")
    _fill_with(dialog, lambda sub: sub.name_edit.setText("Phone call"))
    dialog.ui.editButton.click()
    _select(dialog, "Phone call")
    dialog.move_down()
    _select(dialog, "Lunch")
    dialog.toggle_retired()
    assert _names() == ["Meeting", "Phone call", "Task", "Deadline", "Email", "Lunch", "Demo"]
    assert "Lunch" not in _names(active_only=True)
    assert stack.count() == 4
    assert stack.undoText() == "Retire activity type"

    with qtbot.waitSignal(hub.changed):
        stack.undo()  # the retirement
    assert "Lunch" in _names(active_only=True)
    stack.undo()  # the move
    assert _names()[:2] == ["Phone call", "Meeting"]
    stack.undo()  # the edit
    assert _names()[:2] == ["Call", "Meeting"]
    assert _by_name("Call").default_subject == "Satisfaction call"
    stack.undo()  # the new type
    assert _names() == SEEDED
    assert dialog.model.rowCount() == 6  # the open dialog follows

    stack.redo()
    assert _by_name("Demo").id == added  # the same type again
    assert _by_name("Demo").icon == "flag.svg"
    stack.redo()
    stack.redo()
    stack.redo()
    assert _names() == ["Meeting", "Phone call", "Task", "Deadline", "Email", "Lunch", "Demo"]
    assert "Lunch" not in _names(active_only=True)
    assert dialog.model.rowCount() == 7


def test_built_in_types_are_shown_in_the_interfaces_language_and_kept_as_stored(
    store: Path, german: None, qtbot: QtBot, hub: ChangeHub
) -> None:
    dialog = _dialog(qtbot, hub)
    assert dialog.model.index(0, 0).data() == "Anruf"
    assert dialog.model.index(0, 2).data() == "Zufriedenheitsanruf"
    call = _select(dialog, "Call")
    shown: list[tuple[str, str]] = []

    def fill(sub: TypeDialog) -> None:
        shown.append((sub.name_edit.text(), sub.subject_edit.text()))
        sub.duration_spin.setValue(20)

    _fill_with(dialog, fill)
    with qtbot.waitSignal(hub.changed):
        dialog.ui.editButton.click()
    assert shown == [("Anruf", "Zufriedenheitsanruf")]
    edited = _by_name("Call")  # still translated in every language
    assert (edited.id, edited.default_subject, edited.default_duration_min) == (
        call,
        "Satisfaction call",
        20,
    )

    _fill_with(dialog, lambda sub: sub.name_edit.setText("Kundenanruf"))
    with qtbot.waitSignal(hub.changed):
        dialog.ui.editButton.click()
    assert _by_name("Kundenanruf").id == call  # a name the person typed is kept as typed
