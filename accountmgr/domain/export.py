"""Export to CSV and Excel: the account list as the person sees it, and whole record kinds
(organizations, people, deals, activities, notes) in a form the importer reads back. What a kind's
export reads is in `export_sources`, how it reads a damaged database in `export_reader`, and how
the files are written in `export_files`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from accountmgr.domain import account_list, customfields
from accountmgr.domain.account_list import ListRow
from accountmgr.domain.currencies import default_currency
from accountmgr.domain.customfields import NUMERIC_TYPES, Entity, FieldType
from accountmgr.domain.errors import DomainError, ValidationError
from accountmgr.domain.export_files import (
    XLSX_MAX_ROWS,
    check_delimiter,
    csv_writer,
    decimal_text,
    neutralise,
    write_atomically,
    write_csv,
    write_xlsx,
)
from accountmgr.domain.export_reader import BLOCK, ExportIncompleteError, Reader
from accountmgr.domain.export_sources import ACCOUNT_COLUMNS, SOURCES
from accountmgr.domain.export_sources import columns as columns_of
from accountmgr.domain.money import to_decimal_string
from accountmgr.domain.organizations import user_names, users
from accountmgr.domain.transfer import EXPORT_KINDS, FileFormat, RecordKind


def _cell(row: ListRow, key: str, exponent: int) -> str:
    """A standard column's value, neutralised; amounts as plain decimals, dates as ISO."""
    return neutralise(_raw_cell(row, key, exponent))


def _raw_cell(row: ListRow, key: str, exponent: int) -> str:
    match key:
        case "won_value" | "open_value":
            return to_decimal_string(getattr(row, key), exponent)
        case "owner":
            return row.owner or ""
        case "last_contacted" | "account_since":
            value = getattr(row, key)
            return value[:10] if value else ""
        case "next_activity":
            if not row.next_due:
                return ""
            when = f"{row.next_due} {row.next_due_time[:5]}" if row.next_due_time else row.next_due
            return f"{row.next_subject} ({when})"
        case "won_deals" | "people" | "name" | "label":
            return str(getattr(row, key))
    raise DomainError("Unknown column “{key}”.", key=key)


def export_accounts_csv(
    path: Path,
    org_ids: Sequence[int],
    columns: Sequence[tuple[str, str]],
    progress: Callable[[int, int], None] | None = None,
    delimiter: str = ",",
    decimal_point: str = ".",
) -> int:
    """Write these organizations, in this order, with these (key, header) columns, their cells
    separated by `delimiter` (see export_files.DELIMITERS), decimals written with
    `decimal_point`; returns the number of rows. The file appears complete or not at all."""
    check_delimiter(delimiter, decimal_point)
    _, exponent = default_currency()
    fields = {f.id: f for f in customfields.definitions(Entity.ORGANIZATION, include_retired=True)}
    field_ids = [int(k.split(":", 1)[1]) for k, _ in columns if k.startswith("custom:")]
    user_names = dict(users())

    def cell(row: ListRow, key: str, custom: dict[int, str]) -> str:
        if key in ("won_value", "open_value"):
            return decimal_text(to_decimal_string(getattr(row, key), exponent), decimal_point)
        if not key.startswith("custom:"):
            return _cell(row, key, exponent)
        field_id = int(key.split(":", 1)[1])
        stored = custom.get(field_id)
        if stored is None or field_id not in fields:
            return ""
        text = customfields.display_text(fields[field_id], stored, user_names)
        if fields[field_id].field_type in NUMERIC_TYPES:  # a number like -5 stays a number
            return decimal_text(text, decimal_point)
        return neutralise(text)

    def write(temp: Path) -> int:
        written = 0
        with temp.open("w", encoding="utf-8-sig", newline="") as out:
            writer = csv_writer(out, delimiter)
            writer.writerow([neutralise(header) for _, header in columns])
            for start in range(0, len(org_ids), BLOCK):
                chunk = list(org_ids[start : start + BLOCK])
                rows = account_list.rows(chunk)
                custom = customfields.values_of(Entity.ORGANIZATION, chunk, field_ids)
                for org_id in chunk:
                    row = rows.get(org_id)
                    if row is not None:
                        writer.writerow(
                            [cell(row, key, custom.get(org_id, {})) for key, _ in columns]
                        )
                        written += 1
                if progress is not None:
                    progress(min(start + BLOCK, len(org_ids)), len(org_ids))
        return written

    return write_atomically(path, write)


# --- whole kinds of records ----------------------------------------------------------------------


# How values are written; keys not listed are text.
_DATES = {"expected_close", "due_date", "account_since", "next_due"}
_DATETIMES = {"won_time", "lost_time", "done_time", "created_at", "last_contacted"}
_NUMBERS = {"duration"}
_BOOLS = {"done", "pinned"}


def _day(stored: Any) -> dt.date | None:
    return dt.date.fromisoformat(str(stored)[:10]) if stored else None


def _moment(stored: Any) -> dt.datetime | None:
    if not stored:
        return None
    return dt.datetime.fromisoformat(str(stored)).replace(microsecond=0)


def _time(stored: Any) -> dt.time | None:
    return dt.time.fromisoformat(str(stored)).replace(second=0, microsecond=0) if stored else None


def _stored_text(stored: Any) -> str:
    return "" if stored is None else str(stored)


def _stored_int(stored: Any) -> int | None:
    return None if stored is None else int(stored)


def _converter(key: str) -> Callable[[Any], Any]:
    """How a stored column becomes a Python value (text, number, date, boolean)."""
    if key in _DATES:
        return _day
    if key in _DATETIMES:
        return _moment
    if key in _NUMBERS:
        return _stored_int
    if key in _BOOLS:
        return bool
    if key == "due_time":
        return _time
    return _stored_text


def _add_composed(
    kind: RecordKind, values: dict[str, Any], default_code: str, default_exp: int
) -> None:
    """The values made of several columns: amounts with their currency's exponent, and the
    account's next activity (day and time)."""
    if kind == RecordKind.DEALS:
        if values["exponent"] == "":  # its currency could not be read (a damaged database)
            values["value"] = None
            return
        minor, exponent = int(values["value_minor"]), int(values["exponent"])
        values["value"] = Decimal(to_decimal_string(minor, exponent))
    elif kind == RecordKind.ACCOUNTS:
        values["won_value"] = Decimal(to_decimal_string(int(values["won_value"]), default_exp))
        values["currency"] = default_code
        due, time = values["next_due"], _time(values["next_due_time"] or None)
        values["next_due"] = dt.datetime.combine(due, time) if due and time else due


def _custom_text(
    definition: customfields.FieldDefinition, stored: Any, names: dict[int, str]
) -> Any:
    if stored is None:
        return ""
    text = customfields.display_text(definition, str(stored), names)
    if definition.field_type in NUMERIC_TYPES:
        return Decimal(text)
    if definition.field_type == FieldType.DATE:
        return _day(text)
    return text


def export_kind(
    kind: RecordKind,
    path: Path,
    fmt: FileFormat = FileFormat.CSV,
    progress: Callable[[int, int], None] | None = None,
    delimiter: str = ",",
    decimal_point: str = ".",
) -> int:
    """Write every record of a kind to a CSV (UTF-8 with BOM) or Excel file whose headers are the
    importer's field labels, so that the file imports again into another database without loss.
    "accounts" are the organizations with a won deal, with their won value and activity dates.
    Returns the number of rows; the file appears complete or not at all.

    In a damaged database, the rows that can be read are written and ExportIncompleteError is
    raised after the file is in place, naming the ids that could not be read (or only in part)."""
    if kind not in EXPORT_KINDS:
        raise ValidationError("“{kind}” is not something that can be exported.", kind=kind)
    if fmt not in tuple(FileFormat):
        raise ValidationError("“{format}” is not an export format (csv or xlsx).", format=fmt)
    check_delimiter(delimiter, decimal_point)
    spec = SOURCES[kind]
    columns = columns_of(kind)
    definitions = (
        {f.id: f for f in customfields.definitions(spec.entity, include_retired=True)}
        if spec.entity
        else {}
    )
    custom_ids = [
        int(key.split(":", 1)[1])
        for key, _ in columns
        if key.startswith("custom:") and int(key.split(":", 1)[1]) in definitions
    ]
    known = {key for key, _ in spec.selected} | {"value"} | {k for k, _ in ACCOUNT_COLUMNS}
    columns = [
        (key, label)
        for key, label in columns
        if key in known or (key.startswith("custom:") and int(key.split(":", 1)[1]) in definitions)
    ]
    reader = Reader(spec, custom_ids)
    total = reader.count()
    if fmt == FileFormat.XLSX and total >= XLSX_MAX_ROWS:
        raise ValidationError(
            "{count} rows do not fit on an Excel sheet (at most {limit}); export as CSV instead.",
            count=total,
            limit=XLSX_MAX_ROWS - 1,
        )
    keys = [key for key, _ in spec.selected]
    default_code, default_exp = default_currency()
    names = user_names()

    converters = [_converter(key) for key in keys]
    keys_in_order = [key for key, _ in columns]

    def records() -> Iterable[list[Any]]:
        done = 0
        for batch in reader.batches():
            for row in batch:
                values = {k: f(v) for k, f, v in zip(keys, converters, row, strict=False)}
                _add_composed(kind, values, default_code, default_exp)
                for field_id, stored in zip(custom_ids, row[len(keys) :], strict=True):
                    values[f"custom:{field_id}"] = _custom_text(
                        definitions[field_id], stored, names
                    )
                yield [values.get(key) for key in keys_in_order]
            done += len(batch)
            if progress is not None:
                progress(done, max(done, total))

    headers = [label for _, label in columns]
    if fmt == FileFormat.CSV:
        written = write_atomically(
            path,
            lambda temp: write_csv(
                temp, headers, keys_in_order, records(), delimiter, decimal_point
            ),
        )
    else:
        written = write_atomically(path, lambda temp: write_xlsx(temp, kind, headers, records()))
    if reader.unreadable or reader.partial:
        raise ExportIncompleteError(path, kind, written, reader, dict(columns))
    return written
