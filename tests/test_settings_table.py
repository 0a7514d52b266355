"""What the settings tables share, on a table of its own: the small editing dialog, the buttons
that follow the selection, and the order (Move up / Move down) written through a domain call and
undone from the undo stack."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QPushButton, QTableView, QVBoxLayout
from pytestqt.qtbot import QtBot

from accountmgr.domain.changes import Change, Kind
from accountmgr.domain.errors import ValidationError
from accountmgr.qtmodels.hub import ChangeHub
from accountmgr.qtmodels.table_model import Column, RecordTableModel
from accountmgr.views.dialogs.settings_table import DefinitionDialog, SettingsTableDialog

CHANGE = Change(kinds=frozenset({Kind.SETTINGS}))


# -- the editing dialog ---------------------------------------------------------------------


class NameDialog(DefinitionDialog):
    def __init__(self, save: Any) -> None:
        super().__init__(None, "Name", save, 300)
        self.edit = QLineEdit(self)
        self.label = self._row("&Name:", self.edit)
        self._add_buttons()
        self.edit.textChanged.connect(self._update_ok)
        self._update_ok()

    def can_save(self) -> bool:
        return bool(self.edit.text().strip())


def test_the_editing_dialog_saves_once_ok_is_allowed(qtbot: QtBot) -> None:
    saved: list[str] = []

    def save(dialog: NameDialog) -> Change:
        saved.append(dialog.edit.text())
        return CHANGE

    dialog = NameDialog(save)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.label.buddy() is dialog.edit
    assert dialog.minimumWidth() == 300
    assert not ok.isEnabled()
    dialog.accept()  # Enter with OK disabled does nothing
    assert saved == []
    assert dialog.change is None

    dialog.edit.setText("Gold")
    assert ok.isEnabled()
    with qtbot.waitSignal(dialog.accepted):
        ok.click()
    assert saved == ["Gold"]
    assert dialog.change == CHANGE


def test_a_refused_save_keeps_the_dialog_open_with_the_reason(qtbot: QtBot) -> None:
    def save(dialog: NameDialog) -> Change:
        raise ValidationError("There is already a field called “{name}”.", name=dialog.edit.text())

    dialog = NameDialog(save)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.edit.setText("Gold")
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.change is None
    assert not dialog.error.isHidden()
    assert dialog.error.text() == "There is already a field called “Gold”."


# -- the table dialog -----------------------------------------------------------------------


@dataclass(frozen=True)
class Tier:
    id: int
    name: str
    retired: bool = False


class Store:
    """What a domain module would keep: tiers in their order."""

    def __init__(self) -> None:
        self.tiers = [Tier(1, "Gold"), Tier(2, "Silver"), Tier(3, "Bronze", retired=True)]
        self.moves: list[tuple[int, int]] = []

    def move(self, tier_id: int, row: int) -> Change:
        self.moves.append((tier_id, row))
        tier = next(t for t in self.tiers if t.id == tier_id)
        self.tiers.remove(tier)
        self.tiers.insert(row, tier)
        return CHANGE


class TiersModel(RecordTableModel[Tier]):
    COLUMNS = (Column("Name", lambda t: t.name), Column("Status", lambda t: str(t.retired)))

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store

    def reload(self) -> None:
        self.set_items(self.store.tiers)


class TiersDialog(SettingsTableDialog):
    def __init__(self, hub: ChangeHub, store: Store, stack: QUndoStack) -> None:
        super().__init__(hub, None, stack)
        self.edited: list[int | None] = []
        self.table = QTableView(self)
        buttons = [QPushButton(text, self) for text in ("Add", "Edit", "Up", "Down", "Retire")]
        self.add, self.edit, self.up, self.down, self.retire = buttons
        layout = QVBoxLayout(self)
        for widget in (self.table, *buttons):
            layout.addWidget(widget)
        self.model = TiersModel(store)
        self._set_up(
            self.table,
            self.model,
            first_width=120,
            stretch=1,
            edit=(self.edit, "Edit…", lambda: self.edited.append(self.selected_id())),
            retire=(self.retire, lambda: None),
            add=(self.add, lambda: None),
            moves=(self.up, self.down, store.move, "Move tier"),
        )
        self.model.reload()
        self._select_id(None)

    def selected_id(self) -> int | None:
        return self.model.id_at(self._selected_row())

    def _is_retired(self, item: Tier) -> bool:
        return item.retired

    def _retire_tips(self) -> tuple[str, str]:
        return ("Retire it", "Restore it")


def test_the_buttons_follow_the_selection_and_moves_are_undoable(qtbot: QtBot) -> None:
    hub, store, stack = ChangeHub(), Store(), QUndoStack()
    published: list[Change] = []
    hub.changed.connect(published.append)
    dialog = TiersDialog(hub, store, stack)
    qtbot.addWidget(dialog)

    assert dialog.selected_id() == 1  # the first row when none is asked for
    assert (dialog.up.isEnabled(), dialog.down.isEnabled()) == (False, True)
    assert (dialog.edit.isEnabled(), dialog.edit_action.isEnabled()) == (True, True)
    assert (dialog.retire.text(), dialog.retire.toolTip()) == ("Re&tire", "Retire it")

    dialog.move_down()
    assert [t.name for t in store.tiers] == ["Silver", "Gold", "Bronze"]
    assert [t.name for t in dialog.model.items] == ["Silver", "Gold", "Bronze"]
    assert dialog.selected_id() == 1  # the moved row stays selected
    assert (dialog.up.isEnabled(), dialog.down.isEnabled()) == (True, True)
    assert published == [CHANGE]
    assert stack.undoText() == "Move tier"

    dialog.move_down_action.trigger()  # Alt+Down
    assert [t.name for t in store.tiers] == ["Silver", "Bronze", "Gold"]
    assert (dialog.up.isEnabled(), dialog.down.isEnabled()) == (True, False)
    assert not dialog.move_down_action.isEnabled()
    dialog.move_down()  # nothing below the last row
    assert store.moves == [(1, 1), (1, 2)]

    stack.undo()
    stack.undo()
    assert [t.name for t in store.tiers] == ["Gold", "Silver", "Bronze"]
    assert [t.name for t in dialog.model.items] == ["Gold", "Silver", "Bronze"]  # it follows

    dialog._select_id(3)
    assert (dialog.retire.text(), dialog.retire.toolTip()) == ("Re&store", "Restore it")
    dialog.table.doubleClicked.emit(dialog.model.index(2, 1))
    dialog.edit_action.trigger()  # F2
    assert dialog.edited == [3, 3]

    dialog.table.selectionModel().clearSelection()
    assert not dialog.edit.isEnabled()
    assert not dialog.retire.isEnabled()
    assert (dialog.up.isEnabled(), dialog.down.isEnabled()) == (False, False)
