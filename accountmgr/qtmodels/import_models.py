"""The tables of the import wizard: which field each column of the file goes to, the first rows
as they will be imported (problems marked), and the rows an import left out."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QObject,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from accountmgr.domain import iso4217
from accountmgr.domain.import_fields import FieldSpec
from accountmgr.domain.import_plan import Converted, Problem
from accountmgr.domain.import_run import Rejected
from accountmgr.qtmodels.formatting import fill, format_money, message_text
from accountmgr.qtmodels.table_model import RIGHT, Column, RecordTableModel, Text, muted_brush

FieldKeyRole = Qt.ItemDataRole.UserRole + 1  # mapping: the field key of a column, "" for none
ProblemRole = Qt.ItemDataRole.UserRole + 2  # preview: "problem", "ambiguous" or None

SAMPLE_COUNT = 3  # values shown beside each column's header
SAMPLE_TIP_COUNT = 10

PROBLEM_TEXT = QColor("#b71c1c")
PROBLEM_BACKGROUND = QColor("#fde0dc")
AMBIGUOUS_TEXT = QColor("#8a4b00")
AMBIGUOUS_BACKGROUND = QColor("#ffe0b2")

_CONTEXT = "ImportModels"

HEADER, SAMPLES, FIELD = range(3)

_STATUSES = {
    "open": str(QT_TRANSLATE_NOOP("ImportModels", "Open")),
    "won": str(QT_TRANSLATE_NOOP("ImportModels", "Won")),
    "lost": str(QT_TRANSLATE_NOOP("ImportModels", "Lost")),
}


def _problem(problem: Problem) -> str:
    return message_text(problem.template, problem.params, problem.message)


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
    return header or fill(
        QCoreApplication.translate("ImportModels", "Column %1"), QLocale().toString(column + 1)
    )


@dataclass(frozen=True)
class _FileColumn:
    """A column of the file as the mapping table shows it."""

    number: int  # 0-based
    header: str
    samples: tuple[str, ...]
    key: str = ""  # the field it is imported as; "" = not imported


class ColumnMappingModel(RecordTableModel[_FileColumn]):
    """One row per column of the file: its header, its first values, and the field it is
    imported as (editable: `setData` with a field key, "" for "Do not import").

    Each field takes one column at most (choosing a field another column had sets that other
    column to "Do not import"), except fields that take several (emails, phones).
    """

    mapping_changed = Signal()
    CONTEXT = _CONTEXT

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self._fields: list[FieldSpec] = []
        self._by_key: dict[str, FieldSpec] = {}
        self.columns = [
            Column(
                str(QT_TRANSLATE_NOOP("ImportModels", "Column in the file")),
                lambda c: _column_name(self._headers, c.number),
            ),
            Column(
                str(QT_TRANSLATE_NOOP("ImportModels", "First values")),
                lambda c: " · ".join(c.samples[:SAMPLE_COUNT]),
                tooltip=lambda c: "\n".join(c.samples[:SAMPLE_TIP_COUNT]) or None,
            ),
            Column(
                str(QT_TRANSLATE_NOOP("ImportModels", "Import as")),
                self._field_text,
                edit=lambda c: c.key,
                tooltip=lambda c: (
                    None
                    if c.key
                    else QCoreApplication.translate("ImportModels", "This column is left out")
                ),
                foreground=lambda c: None if c.key else muted_brush(),
                roles={FieldKeyRole: lambda c: c.key},
                editable=True,
            ),
        ]

    def load(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[str]],
        fields: Sequence[FieldSpec],
        mapping: dict[int, str],
    ) -> None:
        """Show the columns of a file; `mapping` (column -> field key) is the first choice."""
        self._headers = list(headers)
        self._fields = list(fields)
        self._by_key = {f.key: f for f in self._fields}
        keys = [""] * len(self._headers)
        used: set[str] = set()
        for column, key in sorted(mapping.items()):
            wanted = 0 <= column < len(keys) and key in self._by_key
            if wanted and (key not in used or self._by_key[key].multiple):
                keys[column] = key
                used.add(key)
        self.set_items(
            [
                _FileColumn(
                    column,
                    header,
                    tuple(v for row in rows if column < len(row) and (v := row[column].strip())),
                    keys[column],
                )
                for column, header in enumerate(self._headers)
            ]
        )
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
        return {c.number: c.key for c in self.items if c.key}

    def field_of(self, column: int) -> str:
        found = self.item(column)
        return found.key if found is not None else ""

    def choices(self) -> list[tuple[str, str]]:
        """(key, text) of what a column can be imported as: nothing, then every field."""
        return [("", QCoreApplication.translate("ImportModels", "Do not import"))] + [
            (
                f.key,
                fill(QCoreApplication.translate("ImportModels", "%1 (required)"), field_label(f))
                if f.required
                else field_label(f),
            )
            for f in self._fields
        ]

    def missing_required(self) -> list[FieldSpec]:
        """Required fields no column is imported as."""
        used = {c.key for c in self.items}
        return [f for f in self._fields if f.required and f.key not in used]

    def set_field(self, column: int, key: str) -> bool:
        return self.setData(self.index(column, FIELD), key, Qt.ItemDataRole.EditRole)

    # -- the table ------------------------------------------------------------------------

    def _field_text(self, column: _FileColumn) -> str:
        spec = self._by_key.get(column.key)
        return (
            field_label(spec)
            if spec is not None
            else QCoreApplication.translate("ImportModels", "Do not import")
        )

    def set_cell(self, row: int, column: int, value: Any, role: int) -> bool:
        if role not in (Qt.ItemDataRole.EditRole, FieldKeyRole):
            return False
        key = "" if value is None else str(value)
        if key and key not in self._by_key:
            return False
        if self.items[row].key == key:
            return True
        if key and not self._by_key[key].multiple:  # the column that had this field lets it go
            for other, other_column in enumerate(self.items):
                if other != row and other_column.key == key:
                    self.replace_item(other, replace(other_column, key=""))
        self.replace_item(row, replace(self.items[row], key=key))
        self.mapping_changed.emit()
        return True


def display_value(value: Any, exponents: dict[str, int], locale: QLocale | None = None) -> str:
    """A converted value the way the locale writes it."""
    locale = locale or QLocale()
    if value is None:
        return ""
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("ImportModels", "Yes")
            if value
            else QCoreApplication.translate("ImportModels", "No")
        )
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


@dataclass(frozen=True)
class _PreviewRow:
    line: int | None  # in the file; None when not known
    cells: Sequence[str]  # as read
    converted: Converted

    def raw(self, column: int) -> str:
        return self.cells[column] if column < len(self.cells) else ""


_Marking = Callable[[_PreviewRow], str | None]  # "problem", "ambiguous" or None


def _marked_column(
    header: Text,
    display: Callable[[_PreviewRow], str],
    tooltip: Callable[[_PreviewRow], str | None],
    state: _Marking,
    *,
    header_tooltip: Text,
    alignment: Qt.AlignmentFlag | None = None,
) -> Column[_PreviewRow]:
    """A preview column whose cells are red where they cannot be imported and orange where a
    date could be read two ways (`ProblemRole` says which)."""

    def foreground(row: _PreviewRow) -> QBrush | None:
        marked = state(row)
        if marked is None:
            return None
        return QBrush(PROBLEM_TEXT if marked == "problem" else AMBIGUOUS_TEXT)

    def background(row: _PreviewRow) -> QBrush | None:
        marked = state(row)
        if marked is None:
            return None
        return QBrush(PROBLEM_BACKGROUND if marked == "problem" else AMBIGUOUS_BACKGROUND)

    return Column(
        header,
        display,
        tooltip=tooltip,
        foreground=foreground,
        background=background,
        alignment=alignment,
        header_tooltip=header_tooltip,
        roles={ProblemRole: state},
    )


class PreviewModel(RecordTableModel[_PreviewRow]):
    """The first rows of the file converted as they will be imported: the file's line, then one
    column per mapped field. Cells that cannot be imported are red with the reason as tooltip;
    dates that could be read day first or month first are orange."""

    CONTEXT = _CONTEXT

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self._exponents: dict[str, int] = {}
        self._day_first = True
        self.columns = [self._line_column()]

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
        self._headers = list(headers)
        self._exponents = dict(exponents or {})
        self._day_first = day_first
        shown = [
            _PreviewRow(
                lines[n] if n < len(lines) else None,
                list(rows[n]) if n < len(rows) else [],
                found,
            )
            for n, found in enumerate(converted)
        ]
        columns = [self._line_column()] + [
            self._field_column(c, by_key[k]) for c, k in sorted(mapping.items()) if k in by_key
        ]
        self.set_items(shown, columns)

    def problem_rows(self) -> int:
        """How many rows shown cannot be imported."""
        return sum(1 for r in self.items if r.converted.problems)

    def ambiguous_rows(self) -> int:
        """How many rows shown have a date that could be read either way."""
        return sum(1 for r in self.items if r.converted.ambiguous and not r.converted.problems)

    def row_problems(self, row: int) -> list[str]:
        """Every problem of a row, each with the column it is in."""
        found = self.item(row)
        return [] if found is None else self._problems(found)

    def _problems(self, row: _PreviewRow) -> list[str]:
        return [
            fill(
                QCoreApplication.translate("ImportModels", "%1: %2"),
                _column_name(self._headers, p.column),
                _problem(p),
            )
            if p.column is not None
            else _problem(p)
            for p in row.converted.problems
        ]

    # -- the columns ----------------------------------------------------------------------

    def _line_column(self) -> Column[_PreviewRow]:
        def tooltip(row: _PreviewRow) -> str | None:
            problems = self._problems(row)
            if not problems:
                return None
            return "\n".join(
                [
                    QCoreApplication.translate(
                        "ImportModels", "This row will be skipped and reported:"
                    ),
                    *problems,
                ]
            )

        return _marked_column(
            str(QT_TRANSLATE_NOOP("ImportModels", "Line")),
            lambda r: line_text(r.line) if r.line is not None else "",
            tooltip,
            lambda r: "problem" if r.converted.problems else None,
            header_tooltip=str(
                QT_TRANSLATE_NOOP("ImportModels", "The line (or sheet row) in the file")
            ),
            alignment=RIGHT,
        )

    def _field_column(self, column: int, spec: FieldSpec) -> Column[_PreviewRow]:
        """The column of the file imported as this field."""

        def state(row: _PreviewRow) -> str | None:
            if any(p.column == column for p in row.converted.problems):
                return "problem"
            return "ambiguous" if column in row.converted.ambiguous else None

        def display(row: _PreviewRow) -> str:
            raw = row.raw(column)
            values = row.converted.values
            if state(row) == "problem":
                return raw
            if spec.multiple:  # one of several columns of the field: this column's own cell
                return " ".join(raw.split())
            if spec.key == "value" and "value" not in values and "value_minor" in values:
                # the amount comes as minor units and a currency
                value: Any = {
                    "value_minor": values["value_minor"],
                    "currency": values.get("currency"),
                }
            elif spec.key in values:
                value = values[spec.key]
            else:
                return raw
            if spec.value_type == "status" and isinstance(value, str) and value in _STATUSES:
                return QCoreApplication.translate("ImportModels", _STATUSES[value])
            return display_value(value, self._exponents)

        def tooltip(row: _PreviewRow) -> str | None:
            messages = [_problem(p) for p in row.converted.problems if p.column == column]
            if messages:
                return "\n".join(messages)
            if column not in row.converted.ambiguous:
                return None
            order = (
                QCoreApplication.translate("ImportModels", "day first")
                if self._day_first
                else QCoreApplication.translate("ImportModels", "month first")
            )
            return fill(
                QCoreApplication.translate(
                    "ImportModels",
                    "“%1” could be read day first or month first; it is read %2. "
                    "The first page says which.",
                ),
                row.raw(column),
                order,
            )

        return _marked_column(
            lambda: field_label(spec),
            display,
            tooltip,
            state,
            header_tooltip=lambda: fill(
                QCoreApplication.translate("ImportModels", "From the column “%1”"),
                _column_name(self._headers, column),
            ),
        )


class RejectedModel(RecordTableModel[tuple[int, str]]):
    """The rows an import left out: the line in the file and why."""

    CONTEXT = _CONTEXT
    COLUMNS = (
        Column(
            str(QT_TRANSLATE_NOOP("ImportModels", "Line")),
            lambda r: line_text(r[0]),
            alignment=RIGHT,
        ),
        Column(
            str(QT_TRANSLATE_NOOP("ImportModels", "Reason")), lambda r: r[1], tooltip=lambda r: r[1]
        ),
    )

    def load(self, rows: Sequence[tuple[int, str]]) -> None:
        self.set_items([(int(line), str(reason)) for line, reason in rows])


def rejected_text(rejected: Rejected) -> str:
    """Why the import left a row out, in the person's language: each problem with the column
    it is in (the wizard's report and the command line say it alike)."""
    if not rejected.parts:
        return rejected.reason
    texts = []
    for header, template, params in rejected.parts:
        try:
            english = template.format(**params)
        except (KeyError, IndexError, ValueError):
            english = rejected.reason
        reason = message_text(template, params, english)
        in_column = QCoreApplication.translate("ImportReport", "%1: %2")
        texts.append(fill(in_column, header, reason) if header else reason)
    return " ".join(texts)
