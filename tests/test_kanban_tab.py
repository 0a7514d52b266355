"""The Kanban tab: drops sent as drag events to each column, undo, keyboard paths, headers."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QPoint, QSettings, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from accountmgr.domain import account_list, activities, deals, organizations
from accountmgr.domain.buckets import SCHEDULABLE, Bucket, drop_date
from accountmgr.qtmodels.hub import ChangeHub
from accountmgr.qtmodels.kanban_model import encode_ids
from accountmgr.views.dialogs.schedule_dialog import ScheduleDialog
from accountmgr.views.main_window import MainWindow
from accountmgr.views.platform_keys import delete_shortcuts, schedule_shortcut
from tests.conftest import TODAY

MONDAY_FIRST = 0


def _account(name: str, due: dt.date | None, time: dt.time | None = None) -> int:
    org = organizations.create_organization(name).id
    deals.mark_won(deals.create_deal("D", org_id=org, value_minor=100_000, currency="EUR").id)
    if due is not None:
        activities.create_activity(
            "Satisfaction call", due, due_time=time, type_id=activities.type_id("call"), org_id=org
        )
    return org


@pytest.fixture
def window(store: Path, qtbot: QtBot, qapp: QApplication, settings: QSettings) -> MainWindow:
    from accountmgr.views.translations import install_translations

    install_translations(qapp)  # the English plural forms, as the application loads them
    _account("Planned Ltd", TODAY, dt.time(15, 30))
    _account("Forgotten Ltd", None)
    win = MainWindow(ChangeHub(), settings)
    win.board.first_weekday = MONDAY_FIRST
    win.model.first_weekday = MONDAY_FIRST
    qtbot.addWidget(win)
    win.show()
    win.ui.tabs.setCurrentIndex(1)
    return win


def _org(name: str) -> int:
    ids = account_list.account_ids(account_list.AccountFilter(search=name), today=TODAY)
    return ids[0]


def _drop(
    win: MainWindow,
    org_id: int,
    bucket: Bucket,
    qtbot: QtBot,
    modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> bool:
    """Drag a card over a column and drop it; True when the column accepted it."""
    viewport = win.kanban_tab.lists[bucket].viewport()
    pos = QPoint(20, 20)
    mime = encode_ids([org_id])
    enter = QDragEnterEvent(
        pos, Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton, modifiers
    )
    QApplication.sendEvent(viewport, enter)
    move = QDragMoveEvent(pos, Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton, modifiers)
    QApplication.sendEvent(viewport, move)
    if not (enter.isAccepted() and move.isAccepted()):
        return False
    drop = QDropEvent(
        pos.toPointF(), Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton, modifiers
    )
    # the column schedules on the next turn of the event loop, outside the drag's own loop
    with qtbot.waitSignal(win.kanban_tab.lists[bucket].dropped, timeout=1000, raising=False):
        QApplication.sendEvent(viewport, drop)
    return drop.isAccepted()


@pytest.mark.parametrize("bucket", SCHEDULABLE)
def test_a_drop_moves_the_next_activity_keeping_its_time(
    window: MainWindow, qtbot: QtBot, bucket: Bucket
) -> None:
    org = _org("Planned")
    day = drop_date(bucket, TODAY, MONDAY_FIRST)
    assert day is not None
    assert _drop(window, org, bucket, qtbot)
    row = account_list.rows([org])[org]
    assert (row.next_due, row.next_due_time) == (day.isoformat(), "15:30:00")
    assert window.board.column_of(org) is bucket
    assert window.board.totals[bucket].count >= 1
    if bucket is not Bucket.TODAY:
        assert "Satisfaction call" in window.statusBar().currentMessage()
        window.undo_action.trigger()
        assert account_list.rows([org])[org].next_due == TODAY.isoformat()
        assert window.board.column_of(org) is Bucket.TODAY
        # The list tab shows the same day.
        model = window.model
        row = model.row_of(org)
        column = next(n for n, c in enumerate(model.columns) if c.key == "next_activity")
        assert row is not None
        day = QLocale().toString(TODAY, QLocale.FormatType.ShortFormat)
        assert str(model.index(row, column).data()).startswith(day + " ")


@pytest.mark.parametrize("bucket", [Bucket.NO_ACTIVITY, Bucket.OVERDUE])
def test_no_activity_and_overdue_refuse_drops(
    window: MainWindow, qtbot: QtBot, bucket: Bucket
) -> None:
    org = _org("Planned")
    assert not _drop(window, org, bucket, qtbot)
    assert account_list.rows([org])[org].next_due == TODAY.isoformat()


@pytest.mark.parametrize("bucket", SCHEDULABLE)
def test_a_drop_of_an_account_without_activity_opens_the_prefilled_dialog(
    window: MainWindow, qtbot: QtBot, bucket: Bucket
) -> None:
    org = _org("Forgotten")
    assert _drop(window, org, bucket, qtbot)
    dialog = window.account_actions.last_dialog
    assert isinstance(dialog, ScheduleDialog)
    assert dialog.isVisible()
    day = drop_date(bucket, TODAY, MONDAY_FIRST)
    assert day is not None
    values = dialog.values()
    assert (values["subject"], values["due_date"]) == ("Follow-up", day)
    assert dialog.ui.type.currentText() == "Call"
    qtbot.keyClick(dialog.ui.subject, Qt.Key.Key_Return)  # Enter saves
    assert account_list.rows([org])[org].next_due == day.isoformat()
    assert window.board.column_of(org) is bucket
    window.undo_action.trigger()
    assert account_list.rows([org])[org].next_due is None


def test_a_modifier_drop_always_asks_to_add_another_activity(
    window: MainWindow, qtbot: QtBot
) -> None:
    org = _org("Planned")
    assert _drop(window, org, Bucket.TOMORROW, qtbot, Qt.KeyboardModifier.ControlModifier)
    dialog = window.account_actions.last_dialog
    assert isinstance(dialog, ScheduleDialog)
    dialog.accept()
    row = account_list.rows([org])[org]
    assert row.next_due == TODAY.isoformat()  # today's call is still the next one
    assert activities.next_open_activity(org) is not None


def test_foreign_drags_are_refused(window: MainWindow) -> None:
    from PySide6.QtCore import QMimeData

    viewport = window.kanban_tab.lists[Bucket.TODAY].viewport()
    mime = QMimeData()
    mime.setText("1")
    enter = QDragEnterEvent(
        QPoint(5, 5),
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(viewport, enter)
    assert not enter.isAccepted()


def test_keyboard_schedules_marks_done_and_moves_between_columns(
    window: MainWindow, qtbot: QtBot
) -> None:
    tab = window.kanban_tab
    org = _org("Planned")
    assert tab.select(org)
    today_list = tab.lists[Bucket.TODAY]
    today_list.setFocus()
    qtbot.keyClick(today_list, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)  # Tomorrow
    assert account_list.rows([org])[org].next_due == (TODAY + dt.timedelta(days=1)).isoformat()
    assert tab.select(org)
    tomorrow = tab.lists[Bucket.TOMORROW]
    tomorrow.setFocus()
    qtbot.keyClick(tomorrow, Qt.Key.Key_Left)
    assert tab.lists[Bucket.NO_ACTIVITY].hasFocus()  # Overdue and Today are empty now
    tomorrow.setFocus()
    assert tab.select(org)
    qtbot.keyClick(tomorrow, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert account_list.rows([org])[org].next_due is None
    assert window.board.column_of(org) is Bucket.NO_ACTIVITY
    window.undo_action.trigger()
    assert window.board.column_of(org) is Bucket.TOMORROW


def test_arrows_with_the_keypad_mark_move_between_columns_as_on_a_mac(
    window: MainWindow, qtbot: QtBot
) -> None:
    """macOS marks the arrow keys with the keypad modifier."""
    tab = window.kanban_tab
    org = _org("Planned")
    assert tab.select(org)
    today = tab.lists[Bucket.TODAY]
    today.setFocus()
    qtbot.keyClick(today, Qt.Key.Key_Left, Qt.KeyboardModifier.KeypadModifier)
    assert not today.hasFocus()
    assert any(tab.lists[b].hasFocus() for b in Bucket if b is not Bucket.TODAY)
    focused = QApplication.focusWidget()
    assert isinstance(focused, QWidget)
    qtbot.keyClick(focused, Qt.Key.Key_Right, Qt.KeyboardModifier.KeypadModifier)
    assert today.hasFocus()
    qtbot.keyClick(today, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    assert today.hasFocus()  # Shift+arrow extends the selection instead


def test_macos_has_its_own_keys_for_scheduling_and_deleting(qapp: QApplication) -> None:
    """Option+digit types a character on a Mac: ⌘⌥digit schedules there; ⌘⌫ deletes."""
    assert schedule_shortcut(2, macos=False) == QKeySequence("Alt+2")
    assert schedule_shortcut(2, macos=True) == QKeySequence("Ctrl+Alt+2")  # ⌘⌥2
    assert QKeySequence("Ctrl+Backspace") in delete_shortcuts(macos=True)
    assert QKeySequence("Ctrl+Backspace") not in delete_shortcuts(macos=False)
    assert QKeySequence(QKeySequence.StandardKey.Delete) in delete_shortcuts(macos=False)


def test_every_redo_key_of_the_platform_redoes(window: MainWindow) -> None:
    """Ctrl+Shift+Z and Ctrl+Y both, where the platform knows both (Windows, Linux)."""
    redo = window.redo_action.shortcuts()
    for key in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo):
        assert key in redo
    assert QKeySequence("Ctrl+Shift+Z") in redo
    assert QKeySequence("Ctrl+Z") in window.undo_action.shortcuts()


def test_selecting_a_card_selects_the_account_in_the_list(window: MainWindow) -> None:
    org = _org("Planned")
    assert window.kanban_tab.select(org)
    assert window.panel.ui.name.text() == "Planned Ltd"
    window.ui.actionShowList.trigger()
    assert window.list_tab.selected_ids() == [org]


def test_headers_show_count_and_won_value(window: MainWindow) -> None:
    header = window.kanban_tab.headers[Bucket.TODAY].text()
    assert "Today" in header
    assert "1 · €1,000.00" in header
    assert "0 · €0.00" in window.kanban_tab.headers[Bucket.LATER].text()


def test_cards_have_accessible_names(window: MainWindow) -> None:
    column = window.board.columns[Bucket.TODAY]
    text = column.index(0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert "Planned Ltd" in text
    assert "Satisfaction call" in text


def test_an_activity_earlier_today_still_counts_as_today(
    store: Path, qtbot: QtBot, settings: QSettings
) -> None:
    early = _account("Early Bird Ltd", TODAY, dt.time(0, 30))
    win = MainWindow(ChangeHub(), settings)
    qtbot.addWidget(win)
    assert win.board.column_of(early) is None  # the board is read when first shown
    win.ui.actionShowKanban.trigger()
    assert win.board.column_of(early) is Bucket.TODAY


def test_this_week_refuses_drops_when_no_day_of_it_is_left(
    window: MainWindow, qtbot: QtBot
) -> None:
    from accountmgr.domain import clock

    clock.pin_today(dt.date(2026, 11, 28))  # a Saturday: tomorrow ends the week
    org = _org("Planned")
    assert not _drop(window, org, Bucket.THIS_WEEK, qtbot)
    assert account_list.rows([org])[org].next_due == TODAY.isoformat()


def test_a_card_dropped_on_its_own_column_stays_and_leaves_no_undo_step(
    window: MainWindow, qtbot: QtBot
) -> None:
    org = _org("Planned")
    assert _drop(window, org, Bucket.TODAY, qtbot)
    assert account_list.rows([org])[org].next_due == TODAY.isoformat()
    assert window.undo_stack.count() == 0


def test_menus_act_on_the_selected_card_while_the_board_is_shown(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    org = _org("Planned")
    assert window.kanban_tab.select(org)
    assert window.selected_ids() == [org]
    window.ui.actionDelete.trigger()
    assert account_list.rows([org]) == {}
    window.undo_action.trigger()
    assert account_list.rows([org])[org].name == "Planned Ltd"


def test_marking_done_with_nothing_open_does_nothing(window: MainWindow) -> None:
    forgotten = _org("Forgotten")
    window.account_actions.mark_next_done([forgotten])
    assert window.undo_stack.count() == 0
    planned = _org("Planned")
    window.account_actions.mark_next_done([planned])
    assert "Marked 1 activity done" in window.statusBar().currentMessage()
    window.undo_action.trigger()
    assert account_list.rows([planned])[planned].next_due == TODAY.isoformat()
    window.redo_action.trigger()
    assert account_list.rows([planned])[planned].next_due is None


def test_a_card_dragged_out_of_its_column_takes_no_other_card_with_it(
    window: MainWindow, qtbot: QtBot
) -> None:
    """A view that dragged a card away asks its model to remove the dragged row (Qt does so
    after a move); the column loses a card only when the account's next activity moved."""
    _account("Alpha Robotics", None)
    _account("Beacon Coatings", None)
    window.board.refresh(everything=True)
    column = window.kanban_tab.lists[Bucket.NO_ACTIVITY].model()

    def names() -> list[str]:
        return [column.card(row).name for row in range(column.rowCount())]

    qtbot.waitUntil(lambda: "Beacon Coatings" in names())
    assert not column.removeRows(0, 1)  # what QListView does after the drag's move
    assert _drop(window, _org("Alpha"), Bucket.TODAY, qtbot)
    dialog = window.account_actions.last_dialog
    assert isinstance(dialog, ScheduleDialog)
    qtbot.keyClick(dialog.ui.subject, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Alpha Robotics" not in names())
    assert names() == ["Beacon Coatings", "Forgotten Ltd"]
