"""The table model base: columns described once, rows of records, the role dispatch."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, ClassVar

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from accountmgr.qtmodels.table_model import RIGHT, Column, RecordTableModel, RowRoles, muted_brush

IdRole = Qt.ItemDataRole.UserRole + 1
NoteRole = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class Fruit:
    id: int
    name: str
    count: int
    retired: bool = False


class FruitModel(RecordTableModel[Fruit]):
    CONTEXT = "FruitModel"
    COLUMNS = (
        Column(
            "Name",
            lambda f: f.name,
            tooltip=lambda f: f"About {f.name}",
            header_tooltip="What it is called",
            roles={NoteRole: lambda f: "named"},
        ),
        Column(
            "Count",
            lambda f: str(f.count),
            edit=lambda f: f.count,
            foreground=lambda f: QColor("red") if f.count == 0 else None,
            alignment=RIGHT,
            editable=True,
        ),
    )

    def __init__(self) -> None:
        super().__init__()
        self.written: list[tuple[int, int, Any, int]] = []

    ROW_ROLES: ClassVar[RowRoles] = {IdRole: lambda f: f.id}

    def row_data(self, item: Fruit, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and item.count == 0:
            return QColor("yellow")
        return super().row_data(item, role)

    def muted(self, item: Fruit) -> bool:
        return item.retired

    def set_cell(self, row: int, column: int, value: Any, role: int) -> bool:
        self.written.append((row, column, value, role))
        if role != Qt.ItemDataRole.EditRole or not isinstance(value, int):
            return False
        self.replace_item(row, replace(self.items[row], count=value))
        return True


FRUIT = [Fruit(7, "Apple", 3), Fruit(9, "Pear", 0), Fruit(4, "Plum", 5, retired=True)]


@pytest.fixture
def model() -> FruitModel:
    found = FruitModel()
    found.set_items(FRUIT)
    return found


def test_the_columns_say_what_each_cell_shows(model: FruitModel) -> None:
    assert (model.rowCount(), model.columnCount()) == (3, 2)
    assert [model.index(r, 0).data() for r in range(3)] == ["Apple", "Pear", "Plum"]
    assert model.index(0, 1).data() == "3"
    assert model.index(0, 1).data(Qt.ItemDataRole.EditRole) == 3
    assert model.index(0, 0).data(Qt.ItemDataRole.EditRole) is None  # no edit getter
    assert model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole) == "About Pear"
    assert model.index(1, 1).data(Qt.ItemDataRole.ToolTipRole) is None
    assert model.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole) == int(RIGHT)
    assert model.index(0, 0).data(Qt.ItemDataRole.TextAlignmentRole) is None
    assert model.index(2, 0).data(NoteRole) == "named"
    assert model.index(2, 1).data(NoteRole) is None


def test_what_holds_for_a_row_fills_what_a_column_leaves_empty(model: FruitModel) -> None:
    assert [model.index(r, 1).data(IdRole) for r in range(3)] == [7, 9, 4]
    assert model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) == QColor("yellow")
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert model.index(1, 1).data(Qt.ItemDataRole.ForegroundRole) == QColor("red")  # the column's
    assert model.index(2, 0).data(Qt.ItemDataRole.ForegroundRole) == muted_brush()  # retired
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is None


def test_headers_are_translated_in_the_models_context(
    model: FruitModel, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[tuple[str, str]] = []

    def translate(context: str, text: str, *args: object) -> str:
        asked.append((context, text))
        return text.upper()

    monkeypatch.setattr(
        "accountmgr.qtmodels.table_model.QCoreApplication.translate", staticmethod(translate)
    )
    horizontal = Qt.Orientation.Horizontal
    assert [model.headerData(c, horizontal) for c in range(2)] == ["NAME", "COUNT"]
    assert model.headerData(0, horizontal, Qt.ItemDataRole.ToolTipRole) == "WHAT IT IS CALLED"
    assert model.headerData(1, horizontal, Qt.ItemDataRole.ToolTipRole) is None
    assert model.headerData(2, horizontal) is None
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert asked[0] == ("FruitModel", "Name")


def test_a_header_can_come_from_the_data(model: FruitModel) -> None:
    model.set_items(FRUIT[:1], [Column(lambda: "Made up", lambda f: f.name)])
    assert model.columnCount() == 1
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Made up"


def test_only_editable_columns_are_editable_and_written(model: FruitModel, qtbot: QtBot) -> None:
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    assert model.flags(model.index(0, 1)) & Qt.ItemFlag.ItemIsEditable
    assert model.flags(model.index(0, 1)) & Qt.ItemFlag.ItemIsSelectable
    assert model.flags(QModelIndex()) == Qt.ItemFlag.NoItemFlags

    assert not model.setData(model.index(0, 0), "Quince")
    assert not model.setData(QModelIndex(), 1)
    assert model.written == []  # set_cell is not asked
    with qtbot.waitSignal(model.dataChanged) as changed:
        assert model.setData(model.index(1, 1), 12)
    top_left, bottom_right, *_ = changed.args
    assert (top_left.row(), top_left.column(), bottom_right.row(), bottom_right.column()) == (
        1,
        0,
        1,
        1,
    )  # the whole row
    assert model.index(1, 1).data() == "12"
    assert model.index(1, 1).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.written == [(1, 1, 12, Qt.ItemDataRole.EditRole)]


def test_rows_are_found_by_id(model: FruitModel) -> None:
    assert [model.row_of(i) for i in (7, 9, 4, 8)] == [0, 1, 2, -1]
    assert [model.id_at(r) for r in (-1, 0, 2, 3)] == [None, 7, 4, None]
    assert model.item(1) == FRUIT[1]
    assert model.item(3) is None


def test_set_items_resets_the_model(model: FruitModel, qtbot: QtBot) -> None:
    with qtbot.waitSignals([model.modelAboutToBeReset, model.modelReset]):
        model.set_items(FRUIT[1:])
    assert model.items == FRUIT[1:]
    assert model.index(0, 0).data() == "Pear"
    assert model.columnCount() == 2  # the columns stay unless new ones are given


def test_the_base_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = FruitModel()
    qtmodeltester.check(model)  # no rows
    model.set_items(FRUIT[:1])
    qtmodeltester.check(model)
    model.set_items(FRUIT)
    qtmodeltester.check(model)
    model.set_items(FRUIT, [])  # rows without columns
    qtmodeltester.check(model)
