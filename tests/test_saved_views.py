"""Saved views: named searches with their filters, columns and sort, stored in the database so
that a team shares them (or private to one user), in the order people give them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from accountmgr.domain import organizations, saved_views
from accountmgr.domain.account_list import AccountFilter
from accountmgr.domain.buckets import Bucket
from accountmgr.domain.changes import Kind
from accountmgr.domain.errors import NotFoundError, ValidationError
from accountmgr.domain.saved_views import ViewDefinition
from accountmgr.qtmodels.hub import ChangeHub
from accountmgr.views.main_window import MainWindow
from accountmgr.views.saved_views_menu import ManageViewsDialog, start_key
from tests.conftest import settle, won_account

GOLD = ViewDefinition(
    AccountFilter(label="Gold", not_contacted_days=60),
    columns=("name", "won_value", "last_contacted"),
    sort_key="won_value",
    descending=True,
)


def test_a_view_is_saved_with_its_filters_columns_and_sort(store: Path) -> None:
    saved = saved_views.save("  Gold tier   not contacted in 60 days ", GOLD)
    assert saved.name == "Gold tier not contacted in 60 days"
    [listed] = saved_views.views(None)
    assert listed == saved
    assert listed.definition == GOLD
    assert listed.owner_id is None


def test_private_views_are_listed_for_their_user_alone(store: Path) -> None:
    ana = organizations.create_user("Ana Sousa")
    ben = organizations.create_user("Ben Okafor")
    team = saved_views.save("Overdue gold", GOLD)
    mine = saved_views.save("My renewals", ViewDefinition(), private_for=ana)
    assert [v.name for v in saved_views.views(ana)] == ["Overdue gold", "My renewals"]
    assert [v.name for v in saved_views.views(ben)] == ["Overdue gold"]
    assert [v.name for v in saved_views.views(None)] == ["Overdue gold"]
    assert mine.owner_id == ana
    assert team.owner_id is None


def test_rename_reorder_update_delete_and_restore(store: Path) -> None:
    first = saved_views.save("First", ViewDefinition())
    second = saved_views.save("Second", ViewDefinition())
    third = saved_views.save("Third", ViewDefinition())
    change = saved_views.rename(second.id, "Renewals")
    assert Kind.VIEW in change.kinds
    saved_views.move(third.id, -2, None)
    assert [v.name for v in saved_views.views(None)] == ["Third", "First", "Renewals"]
    saved_views.move(third.id, +5, None)  # past the end stays last
    assert [v.name for v in saved_views.views(None)] == ["First", "Renewals", "Third"]
    saved_views.update(first.id, GOLD)
    assert saved_views.views(None)[0].definition == GOLD
    gone, _ = saved_views.delete(first.id)
    assert [v.name for v in saved_views.views(None)] == ["Renewals", "Third"]
    saved_views.restore(gone)
    assert saved_views.views(None)[0] == gone
    after = saved_views.save("Fourth", ViewDefinition())
    assert after.id not in {first.id, second.id, third.id}


def test_a_view_needs_a_name_of_reasonable_length(store: Path) -> None:
    with pytest.raises(ValidationError, match="needs a name"):
        saved_views.save("   ", ViewDefinition())
    with pytest.raises(ValidationError, match="at most 80"):
        saved_views.save("x" * 81, ViewDefinition())
    assert saved_views.views(None) == []


def test_a_view_deleted_meanwhile_is_said_so(store: Path) -> None:
    view = saved_views.save("Gone soon", ViewDefinition())
    saved_views.delete(view.id)
    for act in (
        lambda: saved_views.rename(view.id, "x"),
        lambda: saved_views.update(view.id, GOLD),
        lambda: saved_views.move(view.id, 1, None),
    ):
        with pytest.raises(NotFoundError, match="deleted meanwhile"):
            act()


def test_a_users_private_views_go_with_them(store: Path) -> None:
    ana = organizations.create_user("Ana Sousa")
    saved_views.save("Mine", ViewDefinition(), private_for=ana)
    from accountmgr.store.models import User

    User.delete().where(User.id == ana).execute()
    assert saved_views.views(ana) == []


def test_built_in_views(store: Path) -> None:
    assert saved_views.built_in("nothing_planned", None) == ViewDefinition(
        AccountFilter(bucket=Bucket.NO_ACTIVITY)
    )
    assert saved_views.built_in("overdue", 3) == ViewDefinition(
        AccountFilter(bucket=Bucket.OVERDUE)
    )
    assert saved_views.built_in("not_contacted_90", None) == ViewDefinition(
        AccountFilter(not_contacted_days=90)
    )
    assert saved_views.built_in("mine", 7) == ViewDefinition(AccountFilter(owner_id=7))
    assert saved_views.built_in("mine", None) is None
    assert saved_views.built_in("nonsense", 7) is None


def test_a_definition_reads_back_and_a_damaged_one_shows_everything() -> None:
    text = saved_views.definition_to_json(GOLD)
    assert saved_views.definition_from_json(text) == GOLD
    assert saved_views.definition_from_json("{") == ViewDefinition()
    assert saved_views.definition_from_json('{"columns": [1, "name"], "sort": 3}') == (
        ViewDefinition(columns=("name",))
    )


# -- in the window ------------------------------------------------------------------------------


def _window(qtbot: QtBot, settings: QSettings, hub: ChangeHub | None = None) -> MainWindow:
    window = MainWindow(hub or ChangeHub(), settings)
    qtbot.addWidget(window)
    window.show()
    return settle(window)


def _menu_titles(window: MainWindow) -> list[str]:
    menu = window.views_menu.menu
    menu.aboutToShow.emit()
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def _pick(window: MainWindow, title: str) -> None:
    menu = window.views_menu.menu
    menu.aboutToShow.emit()
    [action] = [a for a in menu.actions() if a.text() == title]
    action.trigger()


def test_a_saved_view_brings_back_its_filters_columns_and_sort(
    store: Path, qtbot: QtBot, settings: QSettings
) -> None:
    won_account("Atlas Robotics", value=500_00)
    gold = won_account("Cedar Foods", value=900_00)
    organizations.update_organization(gold, label="Gold")
    window = _window(qtbot, settings)
    tab = window.list_tab
    tab.label.setCurrentIndex(tab.label.findData("Gold"))
    columns = window.model.columns
    owner_column = next(i for i, c in enumerate(columns) if c.key == "owner")
    value_column = next(i for i, c in enumerate(columns) if c.key == "won_value")
    tab.table.setColumnHidden(owner_column, True)
    tab.table.sortByColumn(value_column, Qt.SortOrder.DescendingOrder)
    saved = window.views_menu.save("Gold by value", None)
    assert saved is not None
    assert "Saved the view “Gold by value”." in window.statusBar().currentMessage()

    tab.clear_filters.click()
    tab.reset_layout()
    tab.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert window.filters.value == AccountFilter()
    assert "Gold by value" in _menu_titles(window)
    _pick(window, "Gold by value")
    assert window.filters.value == AccountFilter(label="Gold")
    assert tab.label.currentData() == "Gold"
    assert tab.table.isColumnHidden(owner_column)
    keys, sort_key, descending = tab.shown_columns()
    assert "owner" not in keys
    assert (sort_key, descending) == ("won_value", True)


def test_built_in_views_and_private_ones(store: Path, qtbot: QtBot, settings: QSettings) -> None:
    ana = organizations.create_user("Ana Sousa")
    won_account("Atlas Robotics", owner=ana)
    window = _window(qtbot, settings)
    assert _menu_titles(window)[:4] == [
        "My accounts",
        "Nothing planned",
        "Overdue",
        "Not contacted in 90 days",
    ]
    window.user.set_current(ana)
    _pick(window, "My accounts")
    assert window.filters.value.owner_id == ana
    _pick(window, "Not contacted in 90 days")
    assert window.filters.value == AccountFilter(not_contacted_days=90)
    window.views_menu.save("Only mine", ana)
    assert "Only mine (only me)" in _menu_titles(window)
    window.user.set_current(None)  # someone else at this computer
    assert "Only mine (only me)" not in _menu_titles(window)


def test_saving_undoes_and_redoes_as_the_same_view(
    store: Path, qtbot: QtBot, settings: QSettings
) -> None:
    window = _window(qtbot, settings)
    saved = window.views_menu.save("Renewals", None)
    assert saved is not None
    window.undo_action.trigger()
    assert saved_views.views(None) == []
    assert "Renewals" not in _menu_titles(window)
    window.redo_action.trigger()
    assert [v.id for v in saved_views.views(None)] == [saved.id]
    assert "Renewals" in _menu_titles(window)


def test_an_empty_name_is_refused_and_nothing_is_saved(
    store: Path, qtbot: QtBot, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: shown.append(text))
    window = _window(qtbot, settings)
    assert window.views_menu.save("   ", None) is None
    assert shown == ["A view needs a name."]
    assert saved_views.views(None) == []


def test_the_window_starts_with_the_chosen_view(
    store: Path, qtbot: QtBot, settings: QSettings
) -> None:
    won_account("Atlas Robotics")
    first = _window(qtbot, settings)
    first.search.setText("atlas")
    first.search.search_now()
    gold = first.views_menu.save("Gold", None)
    assert gold is not None
    first.views_menu.set_start("built-in:overdue")
    first.close()
    second = _window(qtbot, settings)
    assert second.filters.value == AccountFilter(bucket=Bucket.OVERDUE)
    assert second.search.text() == ""
    second.views_menu.set_start(f"saved:{gold.id}")
    second.close()
    third = _window(qtbot, settings)
    assert third.filters.value == AccountFilter(search="atlas")
    third.views_menu.set_start("")
    third.list_tab.clear_filters.click()
    third.close()
    fourth = _window(qtbot, settings)  # the last search and filters again
    assert fourth.filters.value == AccountFilter()


def test_the_start_menu_offers_the_last_filters_and_every_view(
    store: Path, qtbot: QtBot, settings: QSettings
) -> None:
    window = _window(qtbot, settings)
    window.views_menu.save("Gold", None)
    menu = window.views_menu.menu
    menu.aboutToShow.emit()
    [start] = [a.menu() for a in menu.actions() if a.menu() is not None]
    titles = [a.text() for a in start.actions()]
    assert titles == [
        "The last search and filters",
        "My accounts",
        "Nothing planned",
        "Overdue",
        "Not contacted in 90 days",
        "Renewal in the next 60 days",
        "Gold",
    ]
    assert start.actions()[0].isChecked()
    start.actions()[3].trigger()
    assert settings.value(start_key()) == "built-in:overdue"


def test_manage_renames_moves_updates_and_deletes_with_undo(
    store: Path, qtbot: QtBot, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _window(qtbot, settings)
    for name in ("First", "Second"):
        window.views_menu.save(name, None)
    dialog = ManageViewsDialog(window.views_menu)
    qtbot.addWidget(dialog)
    assert [dialog.list.item(i).text() for i in range(dialog.list.count())] == ["First", "Second"]
    assert not dialog.up_button.isEnabled()
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("Renewals", True))
    dialog.rename_button.click()
    dialog.down_button.click()
    assert [v.name for v in saved_views.views(None)] == ["Second", "Renewals"]
    assert dialog.list.currentItem().text() == "Renewals"
    window.filters.update(label="Gold")
    dialog.update_button.click()
    assert saved_views.views(None)[1].definition.filter.label == "Gold"
    dialog.delete_button.click()
    assert [v.name for v in saved_views.views(None)] == ["Second"]
    window.undo_action.trigger()
    assert [v.name for v in saved_views.views(None)] == ["Second", "Renewals"]


def test_a_view_another_window_saves_is_listed_here(
    store: Path, qtbot: QtBot, settings: QSettings
) -> None:
    hub = ChangeHub()
    window = _window(qtbot, settings, hub)
    assert "Team view" not in _menu_titles(window)
    saved_views.save("Team view", ViewDefinition())
    hub.publish(saved_views.CHANGED)  # as the other process's announcement arrives
    assert "Team view" in _menu_titles(window)
