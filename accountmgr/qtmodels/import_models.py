"""The tables of the import wizard: which field each column of the file goes to, the first rows
as they will be imported (problems marked), and the rows an import left out."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QPalette

from accountmgr.domain import iso4217
from accountmgr.domain.import_read import Converted, FieldSpec, Problem
from accountmgr.qtmodels.formatting import fill, format_money

AnyIndex = QModelIndex | QPersistentModelIndex

FieldKeyRole = Qt.ItemDataRole.UserRole + 1  # mapping: the field key of a column, "" for none
ProblemRole = Qt.ItemDataRole.UserRole + 2  # preview: "problem", "ambiguous" or None

SAMPLE_COUNT = 3  # values shown beside each column's header
SAMPLE_TIP_COUNT = 10

PROBLEM_TEXT = QColor("#b71c1c")
PROBLEM_BACKGROUND = QColor("#fde0dc")
AMBIGUOUS_TEXT = QColor("#8a4b00")
AMBIGUOUS_BACKGROUND = QColor("#ffe0b2")

_CONTEXT = "ImportModels"

_MAPPING_HEADERS = (
    str(QT_TRANSLATE_NOOP("ImportModels", "Column in the file")),
    str(QT_TRANSLATE_NOOP("ImportModels", "First values")),
    str(QT_TRANSLATE_NOOP("ImportModels", "Import as")),
)
HEADER, SAMPLES, FIELD = range(3)

_STATUSES = {
    "open": str(QT_TRANSLATE_NOOP("ImportModels", "Open")),
    "won": str(QT_TRANSLATE_NOOP("ImportModels", "Won")),
    "lost": str(QT_TRANSLATE_NOOP("ImportModels", "Lost")),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def problem_text(template: str, params: dict[str, Any], english: str) -> str:
    """A problem's reason translated (its template, as DomainError messages are translated),
    filled with its parameters; the English text when there is no template."""
    if not template:
        return english
    translated = QCoreApplication.translate("DomainError", template)
    try:
        return translated.format(**params)
    except (KeyError, IndexError, ValueError):  # a translation with broken placeholders
        return english


def _problem(problem: Problem) -> str:
    return problem_text(problem.template, problem.params, problem.message)


def field_label(spec: FieldSpec) -> str:
    """A field's label as people read it, translated."""
    return QCoreApplication.translate("ImportField", spec.label)


def line_text(line: int, locale: QLocale | None = None) -> str:
    """A line number the way the locale writes numbers, without group separators."""
    plain = QLocale(locale or QLocale())
    plain.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return plain.toString(line)


def _column_name(headers: Sequence[str], column: int) -> str:
    header = headers[column] if 0 <= column < len(headers) else ""
    return header or fill(_tr("Column %1"), QLocale().toString(column + 1))


class ColumnMappingModel(QAbstractTableModel):
    """One row per column of the file: its header, its first values, and the field it is
    imported as (editable: `setData` with a field key, "" for "Do not import").

    Each field takes one column at most (choosing a field another column had sets that other
    column to "Do not import"), except fields that take several (emails, phones).
    """

    mapping_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self._samples: list[list[str]] = []
        self._fields: list[FieldSpec] = []
        self._by_key: dict[str, FieldSpec] = {}
        self._keys: list[str] = []  # per column; "" = not imported

    def load(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[str]],
        fields: Sequence[FieldSpec],
        mapping: dict[int, str],
    ) -> None:
        """Show the columns of a file; `mapping` (column -> field key) is the first choice."""
        self.beginResetModel()
        self._headers = list(headers)
        self._fields = list(fields)
        self._by_key = {f.key: f for f in self._fields}
        self._samples = [
            [v for row in rows if column < len(row) and (v := row[column].strip())]
            for column in range(len(self._headers))
        ]
        self._keys = [""] * len(self._headers)
        used: set[str] = set()
        for column, key in sorted(mapping.items()):
            wanted = 0 <= column < len(self._keys) and key in self._by_key
            if wanted and (key not in used or self._by_key[key].multiple):
                self._keys[column] = key
                used.add(key)
        self.endResetModel()
        self.mapping_changed.emit()

    # -- what the wizard asks -------------------------------------------------------------

    @property
    def headers(self) -> list[str]:
        return list(self._headers)

    @property
    def fields(self) -> list[FieldSpec]:
        return list(self._fields)

    def mapping(self) -> dict[int, str]:
        """Column index -> field key, for the mapped columns only."""
        return {column: key for column, key in enumerate(self._keys) if key}

    def field_of(self, column: int) -> str:
        return self._keys[column] if 0 <= column < len(self._keys) else ""

    def choices(self) -> list[tuple[str, str]]:
        """(key, text) of what a column can be imported as: nothing, then every field."""
        return [("", _tr("Do not import"))] + [
            (f.key, fill(_tr("%1 (required)"), field_label(f)) if f.required else field_label(f))
            for f in self._fields
        ]

    def missing_required(self) -> list[FieldSpec]:
        """Required fields no column is imported as."""
        used = set(self._keys)
        return [f for f in self._fields if f.required and f.key not in used]

    def set_field(self, column: int, key: str) -> bool:
        return self.setData(self.index(column, FIELD), key, Qt.ItemDataRole.EditRole)

    # -- QAbstractItemModel ---------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_MAPPING_HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(_MAPPING_HEADERS)
        ):
            return _tr(_MAPPING_HEADERS[section])
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == FIELD:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._headers):
            return None
        row, column = index.row(), index.column()
        key = self._keys[row]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == HEADER:
                return _column_name(self._headers, row)
            if column == SAMPLES:
                return " · ".join(self._samples[row][:SAMPLE_COUNT])
            spec = self._by_key.get(key)
            return field_label(spec) if spec is not None else _tr("Do not import")
        if role in (Qt.ItemDataRole.EditRole, FieldKeyRole) and column == FIELD:
            return key
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == SAMPLES and self._samples[row]:
                return "\n".join(self._samples[row][:SAMPLE_TIP_COUNT])
            if column == FIELD and not key:
                return _tr("This column is left out")
            return None
        if role == Qt.ItemDataRole.ForegroundRole and column == FIELD and not key:
            return QGuiApplication.palette().brush(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            not index.isValid()
            or index.column() != FIELD
            or role not in (Qt.ItemDataRole.EditRole, FieldKeyRole)
            or not 0 <= index.row() < len(self._keys)
        ):
            return False
        key = "" if value is None else str(value)
        if key and key not in self._by_key:
            return False
        row = index.row()
        if self._keys[row] == key:
            return True
        if key and not self._by_key[key].multiple:  # the column that had this field lets it go
            for other, other_key in enumerate(self._keys):
                if other != row and other_key == key:
                    self._keys[other] = ""
                    changed = self.index(other, FIELD)
                    self.dataChanged.emit(changed, changed)
        self._keys[row] = key
        self.dataChanged.emit(index, index)
        self.mapping_changed.emit()
        return True


def display_value(value: Any, exponents: dict[str, int], locale: QLocale | None = None) -> str:
    """A converted value the way the locale writes it."""
    locale = locale or QLocale()
    if value is None:
        return ""
    if isinstance(value, bool):
        return _tr("Yes") if value else _tr("No")
    if isinstance(value, int):
        return locale.toString(value)
    if isinstance(value, float | Decimal):
        return locale.toString(float(value), "g", 15)
    if isinstance(value, dt.datetime):
        moment = QDateTime(
            QDate(value.year, value.month, value.day), QTime(value.hour, value.minute)
        )
        return locale.toString(moment, QLocale.FormatType.ShortFormat)
    if isinstance(value, dt.date):
        return locale.toString(
            QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat
        )
    if isinstance(value, dt.time):
        return locale.toString(QTime(value.hour, value.minute), QLocale.FormatType.ShortFormat)
    if isinstance(value, dict) and "value_minor" in value:
        code = str(value.get("currency", ""))
        exponent = exponents.get(code, iso4217.exponent(code))
        return format_money(int(value["value_minor"]), code, exponent, locale)
    if isinstance(value, list | tuple | set | frozenset):
        return ", ".join(display_value(v, exponents, locale) for v in value)
    return str(value)


class PreviewModel(QAbstractTableModel):
    """The first rows of the file converted as they will be imported: the file's line, then one
    column per mapped field. Cells that cannot be imported are red with the reason as tooltip;
    dates that could be read day first or month first are orange."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lines: list[int] = []
        self._cells: list[list[str]] = []
        self._converted: list[Converted] = []
        self._columns: list[tuple[int, FieldSpec]] = []  # (file column, field)
        self._headers: list[str] = []
        self._exponents: dict[str, int] = {}
        self._day_first = True

    def load(
        self,
        *,
        headers: Sequence[str],
        lines: Sequence[int],
        rows: Sequence[Sequence[str]],
        converted: Sequence[Converted],
        mapping: dict[int, str],
        fields: Sequence[FieldSpec],
        exponents: dict[str, int] | None = None,
        day_first: bool = True,
    ) -> None:
        by_key = {f.key: f for f in fields}
        self.beginResetModel()
        self._headers = list(headers)
        self._lines = list(lines)
        self._cells = [list(r) for r in rows]
        self._converted = list(converted)
        self._columns = [(c, by_key[k]) for c, k in sorted(mapping.items()) if k in by_key]
        self._exponents = dict(exponents or {})
        self._day_first = day_first
        self.endResetModel()

    def problem_rows(self) -> int:
        """How many rows shown cannot be imported."""
        return sum(1 for c in self._converted if c.problems)

    def ambiguous_rows(self) -> int:
        """How many rows shown have a date that could be read either way."""
        return sum(1 for c in self._converted if c.ambiguous and not c.problems)

    def row_problems(self, row: int) -> list[str]:
        """Every problem of a row, each with the column it is in."""
        if not 0 <= row < len(self._converted):
            return []
        return [
            fill(_tr("%1: %2"), _column_name(self._headers, p.column), _problem(p))
            if p.column is not None
            else _problem(p)
            for p in self._converted[row].problems
        ]

    # -- QAbstractItemModel ---------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._converted)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1 + len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section <= len(self._columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _tr("Line") if section == 0 else field_label(self._columns[section - 1][1])
        if role == Qt.ItemDataRole.ToolTipRole:
            if section == 0:
                return _tr("The line (or sheet row) in the file")
            column = self._columns[section - 1][0]
            return fill(_tr("From the column “%1”"), _column_name(self._headers, column))
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def _state(self, row: int, section: int) -> str | None:
        converted = self._converted[row]
        if section == 0:
            return "problem" if converted.problems else None
        column = self._columns[section - 1][0]
        if any(p.column == column for p in converted.problems):
            return "problem"
        if column in converted.ambiguous:
            return "ambiguous"
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            not index.isValid()
            or not 0 <= index.row() < len(self._converted)
            or not 0 <= index.column() <= len(self._columns)
        ):
            return None
        row, section = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, section)
        if role == ProblemRole:
            return self._state(row, section)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, section)
        if role == Qt.ItemDataRole.ForegroundRole:
            state = self._state(row, section)
            if state is not None:
                return QBrush(PROBLEM_TEXT if state == "problem" else AMBIGUOUS_TEXT)
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            state = self._state(row, section)
            if state is not None:
                return QBrush(PROBLEM_BACKGROUND if state == "problem" else AMBIGUOUS_BACKGROUND)
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and section == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: int, section: int) -> str:
        if section == 0:
            return line_text(self._lines[row]) if row < len(self._lines) else ""
        column, spec = self._columns[section - 1]
        cells = self._cells[row] if row < len(self._cells) else []
        raw = cells[column] if column < len(cells) else ""
        values = self._converted[row].values
        if self._state(row, section) == "problem":
            return raw
        if spec.multiple:  # one of several columns of the field: this column's own cell
            return " ".join(raw.split())
        if spec.key == "value" and "value" not in values and "value_minor" in values:
            # the amount comes as minor units and a currency
            value: Any = {"value_minor": values["value_minor"], "currency": values.get("currency")}
        elif spec.key in values:
            value = values[spec.key]
        else:
            return raw
        if spec.value_type == "status" and isinstance(value, str) and value in _STATUSES:
            return _tr(_STATUSES[value])
        return display_value(value, self._exponents)

    def _tooltip(self, row: int, section: int) -> str | None:
        converted = self._converted[row]
        if section == 0:
            problems = self.row_problems(row)
            if not problems:
                return None
            return "\n".join([_tr("This row will be skipped and reported:"), *problems])
        column = self._columns[section - 1][0]
        messages = [_problem(p) for p in converted.problems if p.column == column]
        if messages:
            return "\n".join(messages)
        if column in converted.ambiguous:
            cells = self._cells[row] if row < len(self._cells) else []
            raw = cells[column] if column < len(cells) else ""
            order = _tr("day first") if self._day_first else _tr("month first")
            return fill(
                _tr(
                    "“%1” could be read day first or month first; it is read %2. "
                    "The first page says which."
                ),
                raw,
                order,
            )
        return None


class RejectedModel(QAbstractTableModel):
    """The rows an import left out: the line in the file and why."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[int, str]] = []

    def load(self, rows: Sequence[tuple[int, str]]) -> None:
        self.beginResetModel()
        self._rows = [(int(line), str(reason)) for line, reason in rows]
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return _tr("Line")
            if section == 1:
                return _tr("Reason")
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        line, reason = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return line_text(line)
            return reason if index.column() == 1 else None
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1:
            return reason
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
