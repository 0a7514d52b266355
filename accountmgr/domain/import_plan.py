"""How the rows of a file become values under one mapping (column -> field): `RowPlan` works
out once which columns give each field and which parser of `import_cells` reads them, then
converts each row, reporting problems instead of raising. The preview (`convert_row`) and the
run (`import_run`) convert with it, so they accept and refuse the same cells for the same
reasons.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache, partial
from typing import Any

from accountmgr.domain import customfields
from accountmgr.domain.customfields import NUMERIC_TYPES, FieldType
from accountmgr.domain.errors import DomainError, ValidationError
from accountmgr.domain.import_cells import (
    LIST_WHAT,
    free_text,
    list_text,
    note_text,
    parse_amount_text,
    parse_bool,
    parse_country,
    parse_currency,
    parse_date,
    parse_datetime,
    parse_decimal,
    parse_duration,
    parse_emails,
    parse_phones,
    parse_status,
    parse_time,
    single_line,
    split_currency,
)
from accountmgr.domain.import_fields import (
    CUSTOM_ENTITY,
    HTML_FIELDS,
    MAX_CUSTOM_LARGE_TEXT,
    MAX_CUSTOM_TEXT,
    MULTILINE,
    SPECS,
    TEXT_LIMITS,
    currency_exponent,
    reference_data,
    require_kind,
)
from accountmgr.domain.import_words import ACTIVITY_TYPES, normalize
from accountmgr.domain.money import check_minor
from accountmgr.domain.transfer import RecordKind
from accountmgr.domain.writes import MAX_NAME


@dataclass(frozen=True)
class Problem:
    """Why a cell (or, with column None, a row) cannot be imported. `message` is the English
    text; `template` and `params` are the same before formatting, for the interface to
    translate (as `DomainError` carries them)."""

    column: int | None
    message: str
    template: str = field(default="", compare=False)
    params: dict[str, Any] = field(default_factory=dict, compare=False)

    @classmethod
    def of(cls, column: int | None, error: DomainError) -> Problem:
        return cls(column, str(error), error.template, dict(error.params))


@dataclass(frozen=True)
class Converted:
    values: dict[str, Any]
    problems: list[Problem]
    ambiguous: list[int]


# digits with at most two decimals after a point: never a thousands separator ("1.234" is)
_PLAIN_AMOUNT = re.compile(r"(\d{1,30})(?:\.(\d{1,2}))?")


def _option(definition: customfields.FieldDefinition, text: str) -> str:
    wanted = normalize(text)
    for option in definition.options:
        if option == text or normalize(option) == wanted:
            return option
    raise ValidationError(
        "“{value}” is not one of the options of “{field}”.", value=text, field=definition.name
    )


def _custom_value(definition: customfields.FieldDefinition, text: str, day_first: bool) -> Any:
    """A custom field's value, checked by the rule it is stored by (`customfields.canonical`),
    so that the preview refuses what the run would; a user is found, or created, by the run."""
    value = _read_custom(definition, text, day_first)
    if definition.field_type != FieldType.USER:
        # as known now: reading an option not known yet reads the definitions again
        customfields.canonical(reference_data.definition(definition.id) or definition, value)
    return value


def _read_custom(definition: customfields.FieldDefinition, text: str, day_first: bool) -> Any:
    kind = definition.field_type
    if kind in NUMERIC_TYPES:
        number_text, _ = split_currency(text) if kind == FieldType.MONETARY else (text, None)
        number = parse_decimal(number_text)
        return format(number.normalize(), "f") if number else "0"
    if kind == FieldType.DATE:
        date, _ = parse_date(text, day_first=day_first)
        return date
    if kind == FieldType.SINGLE_OPTION:
        try:
            return _option(definition, text.strip())
        except ValidationError:
            if not reference_data.miss(("option", definition.id, text.strip())):
                raise
            fresh = reference_data.definition(definition.id) or definition
            return _option(fresh, text.strip())
    if kind == FieldType.MULTIPLE_OPTIONS:
        parts = [p.strip() for p in re.split(r"[,;|\n]", text) if p.strip()]
        return [_option(definition, p) for p in parts]
    if kind == FieldType.LARGE_TEXT:
        return free_text(text, definition.name, MAX_CUSTOM_LARGE_TEXT)
    if kind == FieldType.PHONE:
        phones = parse_phones(text).replace("\n", ", ")
        return single_line(phones, definition.name, MAX_CUSTOM_TEXT)
    return single_line(text, definition.name, MAX_CUSTOM_TEXT)  # text, address, user


# A converter turns the stripped, non-empty text of one cell into a value; it raises
# ValidationError, ValueError or ArithmeticError for a cell that cannot be read. A dated one
# returns (value, whether the date was ambiguous: day-first or month-first).
_Convert = Callable[[str], Any]


def _refuse(message: str, **values: str) -> _Convert:
    def convert(text: str) -> Any:
        raise ValidationError(message, **values)

    return convert


def _activity_type(what: str) -> _Convert:
    return lambda text: ACTIVITY_TYPES.get(normalize(text)) or single_line(text, what)


def _converter(kind: RecordKind, key: str, day_first: bool) -> tuple[_Convert, bool]:
    """How the cells of one field are read, and whether that is dated: chosen once per
    import, not per cell."""
    if key.startswith("custom:"):

        def custom(text: str) -> tuple[Any, bool]:
            definition = _custom_definition(kind, key)
            value = _custom_value(definition, text, day_first)
            unsure = (
                definition.field_type == FieldType.DATE and parse_date(text, day_first=day_first)[1]
            )
            return value, unsure

        return custom, True
    spec = SPECS[kind].get(key)
    if spec is None:
        return _refuse("“{key}” is not a field of {kind}.", key=key, kind=kind), False
    value_type, what = spec.value_type, spec.label.lower()
    if value_type in ("name", "user"):
        return partial(single_line, what=what), False
    if value_type == "text":
        if key == "country":
            return parse_country, False
        limit = TEXT_LIMITS.get(key, MAX_NAME)
        clean: Callable[..., str] = single_line
        if key in MULTILINE:
            clean = note_text if key in HTML_FIELDS else free_text
        return partial(clean, what=what, limit=limit), False
    if value_type == "date":
        return partial(parse_date, day_first=day_first), True
    if value_type == "datetime":
        return partial(parse_datetime, day_first=day_first), True
    simple: dict[str, _Convert] = {
        "email": parse_emails,
        "phone": parse_phones,
        "status": parse_status,
        "bool": parse_bool,
        "type": _activity_type(what),
        "int": parse_duration,
        "time": parse_time,
    }
    if value_type in simple:
        return simple[value_type], False
    return _refuse("The field “{field}” cannot be imported.", field=spec.label), False


class RowPlan:
    """How the rows of one file are converted under one mapping: the columns of each field and
    the converter of each, worked out once. `convert` does what `convert_row` documents."""

    def __init__(self, kind: RecordKind, mapping: dict[int, str], *, day_first: bool) -> None:
        self.kind = kind = require_kind(kind)
        columns: dict[str, list[int]] = {}
        for column, key in sorted(mapping.items()):
            columns.setdefault(key, []).append(column)
        self.columns = {key: tuple(found) for key, found in columns.items()}
        specs = SPECS[kind]
        # fields several columns give together (emails, phones): every cell is kept
        self.joined = {
            key
            for key, found in self.columns.items()
            if len(found) > 1 and key in specs and specs[key].multiple
        }
        # (key, its columns, converter); value and currency are read together by _money
        fields = [
            (key, found, *_converter(kind, key, day_first))
            for key, found in self.columns.items()
            if key not in ("value", "currency") and key not in self.joined
        ]
        self.joins = [
            (key, found, _converter(kind, key, day_first)[0])
            for key, found in self.columns.items()
            if key in self.joined
        ]
        # fields of one column, read without looking further when a row is wide enough
        self.single = [
            (key, found[0], convert, dated)
            for key, found, convert, dated in fields
            if len(found) == 1 and found[0] >= 0
        ]
        self.width = 1 + max((column for _, column, _, _ in self.single), default=-1)
        self.fields = fields
        self.required = [spec for spec in specs.values() if spec.required]
        self.money = kind == RecordKind.DEALS
        self.mapped = frozenset(column for found in self.columns.values() for column in found)

    def _cell(self, cells: list[str], key: str) -> tuple[str, int | None]:
        """The first non-empty cell of a field, stripped, and its column (else "" and the last
        column mapped to it)."""
        found = self.columns.get(key)
        if found is None:
            return "", None
        width = len(cells)
        for column in found:
            text = cells[column] if 0 <= column < width else ""
            if isinstance(text, str):
                text = text.strip()
                if text:
                    return text, column
        return "", found[-1]

    def _located(self, cells: list[str]) -> list[tuple[str, int | None, _Convert, bool]]:
        """Every field with the column of its first non-empty cell (None when the row gives it
        nothing)."""
        found = []
        for key, _, convert, dated in self.fields:
            text, column = self._cell(cells, key)
            found.append((key, column if text else None, convert, dated))
        return found

    def _join(
        self,
        cells: list[str],
        values: dict[str, Any],
        problems: list[Problem],
    ) -> None:
        """Fields given by several columns: each non-empty cell converted, the lines of all
        kept in column order, each once."""
        width = len(cells)
        for key, found, convert in self.joins:
            lines: list[str] = []
            for column in found:
                text = cells[column].strip() if 0 <= column < width else ""
                if not text:
                    continue
                try:
                    lines.extend(str(convert(text)).splitlines())
                except ValidationError as exc:
                    problems.append(Problem.of(column, exc))
            if not lines:
                continue
            try:
                values[key] = list_text(lines, LIST_WHAT.get(key, key))
            except ValidationError as exc:
                problems.append(Problem.of(found[0], exc))

    def _undecodable(
        self, cells: list[str], columns: tuple[int, ...], problems: list[Problem]
    ) -> list[str]:
        """A problem for each imported cell whose bytes were not valid UTF-8 (`Row`), and the
        cells with those emptied, so that nothing is read from them."""
        bad = [column for column in columns if column in self.mapped]
        if not bad:
            return cells
        error = ValidationError("The text has bytes that are not valid UTF-8.")
        problems.extend(Problem.of(column, error) for column in bad)
        return ["" if n in bad else cell for n, cell in enumerate(cells)]

    def convert(self, cells: list[str], default_currency: str = "EUR") -> Converted:
        values: dict[str, Any] = {}
        problems: list[Problem] = []
        ambiguous: list[int] = []
        undecodable = getattr(cells, "undecodable", ())
        if undecodable:
            cells = self._undecodable(cells, undecodable, problems)
        fields: Iterable[tuple[str, int | None, _Convert, bool]] = self.single
        if len(cells) < self.width or len(self.single) < len(self.fields):
            fields = self._located(cells)
        for key, column, convert, dated in fields:
            text = cells[column].strip() if column is not None else ""
            if not text:
                continue
            try:
                value = convert(text)
            except ValidationError as exc:
                problems.append(Problem.of(column, exc))
                continue
            except (ValueError, ArithmeticError, OverflowError):
                error = ValidationError("“{text}” cannot be read.", text=text)
                problems.append(Problem.of(column, error))
                continue
            if dated:
                value, unsure = value
                if unsure and column is not None:
                    ambiguous.append(column)
            if value is None or value == "":
                continue  # nothing in it ("," as the emails)
            values[key] = value
        if self.joins:
            self._join(cells, values, problems)
        if self.money:
            _money(
                self._cell(cells, "value"),
                self._cell(cells, "currency"),
                values,
                problems,
                default_currency,
            )
        for spec in self.required:
            if spec.key in values:
                continue
            column_of = self._cell(cells, spec.key)[1]
            if column_of is None:
                error = ValidationError("No column gives the {field}.", field=spec.label.lower())
            else:
                if any(p.column == column_of for p in problems):
                    continue
                error = ValidationError("The {field} is missing.", field=spec.label.lower())
            problems.append(Problem.of(column_of, error))
        if len(ambiguous) > 1:
            ambiguous = sorted(set(ambiguous))
        return Converted(values, problems, ambiguous)


@lru_cache(maxsize=64)
def _plan(kind: RecordKind, mapping: tuple[tuple[int, str], ...], day_first: bool) -> RowPlan:
    return RowPlan(kind, dict(mapping), day_first=day_first)


def convert_row(
    kind: RecordKind,
    mapping: dict[int, str],
    cells: list[str],
    *,
    day_first: bool,
    default_currency: str = "EUR",
) -> Converted:
    """One row of text cells as values, by field key, with the problems that keep it from being
    imported (never raising for bad cells).

    Empty cells give no value; when several columns give one field, the first non-empty one
    wins. "value" gives `values["value_minor"]` (int, minor units) and `values["currency"]`
    (the currency the amount named, else the currency column's, else `default_currency`);
    emails and phones are one per line; dates are dt.date, times dt.time, date-times naive
    local dt.datetime; statuses "open"/"won"/"lost"; booleans bool; duration int minutes;
    custom fields ("custom:<id>") values that customfields.canonical accepts. For many rows
    under one mapping, `RowPlan(...).convert` does the same without working out the plan again.
    """
    kind = require_kind(kind)
    plan = _plan(kind, tuple(sorted(mapping.items())), day_first)
    return plan.convert(cells, default_currency)


def _custom_definition(kind: RecordKind, key: str) -> customfields.FieldDefinition:
    number = key.partition(":")[2]
    definition = reference_data.definition(int(number)) if number.isdigit() else None
    if definition is None or definition.entity != CUSTOM_ENTITY.get(kind):
        raise ValidationError("“{key}” is not a field of {kind}.", key=key, kind=kind)
    return definition


def _money(
    value: tuple[str, int | None],
    currency: tuple[str, int | None],
    values: dict[str, Any],
    problems: list[Problem],
    default_currency: str,
) -> None:
    """Deal value and currency from their (text, column): the amount's own currency, else the
    currency column's, else the default; both named and different is a problem."""
    column_currency: str | None = None
    if currency[0]:
        try:
            column_currency = parse_currency(currency[0])
            values["currency"] = column_currency
        except ValidationError as exc:
            problems.append(Problem.of(currency[1], exc))
            return
    text, column = value
    if not text:
        return
    plain = _PLAIN_AMOUNT.fullmatch(text)
    try:
        number_text, named = (text, None) if plain else split_currency(text)
        if named is not None:
            named = parse_currency(named)
        if named and column_currency and named != column_currency:
            raise ValidationError(
                "“{text}” is in {named} but the currency column says {column}.",
                text=text,
                named=named,
                column=column_currency,
            )
        code = named or column_currency or parse_currency(default_currency)
        exponent = currency_exponent(code)
        if exponent is None:  # pragma: no cover - parse_currency checked it
            raise ValidationError("“{code}” is not a known currency.", code=code)
        if plain and len(plain.group(2) or "") <= exponent:  # "2260.00", as exports write
            minor = check_minor(int(plain.group(1) + (plain.group(2) or "").ljust(exponent, "0")))
        else:
            minor = check_minor(parse_amount_text(number_text, exponent))
    except ValidationError as exc:
        problems.append(Problem.of(column, exc))
        return
    except (ValueError, ArithmeticError):
        error = ValidationError("“{text}” is not an amount.", text=text)
        problems.append(Problem.of(column, error))
        return
    values["value_minor"] = minor
    values["currency"] = code
