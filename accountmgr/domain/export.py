"""Export to CSV and Excel: the account list as the person sees it, and whole record kinds
(organizations, people, deals, activities, notes) in a form the importer reads back."""

from __future__ import annotations

import csv
import datetime as dt
import importlib
import os
import re
import sqlite3
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import peewee as pw

from accountmgr.domain import account_list, customfields
from accountmgr.domain.account_list import ListRow
from accountmgr.domain.currencies import default_currency
from accountmgr.domain.errors import DomainError, ValidationError
from accountmgr.domain.files import refuse_open_database
from accountmgr.domain.import_fields import fields_for
from accountmgr.domain.import_files import FORMULA_STARTS
from accountmgr.domain.money import to_decimal_string
from accountmgr.domain.organizations import user_names, users
from accountmgr.domain.transfer import EXPORT_KINDS, FORMATS
from accountmgr.store.models import db

# A cell starting like a formula gets a leading quote in CSV; so does one that starts with a
# quote and then like a formula, so that the import, which takes one such quote away again
# (import_files.unguard), gives back every text exactly.
_GUARDED = FORMULA_STARTS + tuple("'" + start for start in FORMULA_STARTS)
BLOCK = 500

XLSX_MAX_ROWS = 1_048_576  # an Excel sheet's limit, header row included
XLSX_MAX_CELL = 32_767  # characters in one Excel cell
# A phone number ("+49 30 1234") starts like a formula but cannot call anything; quoting it
# would only change the number.
_PLAIN_PHONE = re.compile(r"^\+[\d\s().\-/]+$")
# Characters XML 1.0 cannot hold (openpyxl refuses them).
_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def neutralise(cell: str) -> str:
    """Keep spreadsheets from running a cell as a formula: prefix such cells with a quote (the
    import removes it again)."""
    return "'" + cell if cell.startswith(_GUARDED) else cell


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
        case "won_deals" | "people":
            return str(getattr(row, key))
        case "name" | "label":
            return str(getattr(row, key))
    raise DomainError("Unknown column “{key}”.", key=key)


def _write_atomically(path: Path, write: Callable[[Path], int]) -> int:
    """Run `write` on a temporary file beside `path`, then put it in place: the file appears
    complete or not at all. Returns what `write` returns. The open database is refused: put
    in its place, an export would replace the customer base."""
    target = path.expanduser()
    refuse_open_database(target)
    try:
        handle, temp_name = tempfile.mkstemp(prefix=".export-", dir=target.parent)
    except OSError as exc:
        raise DomainError(
            "Cannot write to {folder}: {reason}.",
            folder=str(target.parent),
            reason=exc.strerror or str(exc),
        ) from exc
    os.close(handle)
    try:
        os.chmod(temp_name, 0o644)  # mkstemp makes the file private; an export is not
        written = write(Path(temp_name))
        os.replace(temp_name, target)
    except OSError as exc:
        Path(temp_name).unlink(missing_ok=True)
        raise DomainError(
            "Cannot write {path}: {reason}.", path=str(target), reason=exc.strerror or str(exc)
        ) from exc
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    return written


def export_accounts_csv(
    path: Path,
    org_ids: Sequence[int],
    columns: Sequence[tuple[str, str]],
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Write these organizations, in this order, with these (key, header) columns; returns the
    number of rows. The file appears complete or not at all."""
    _, exponent = default_currency()
    fields = {f.id: f for f in customfields.definitions("organization", include_retired=True)}
    field_ids = [int(k.split(":", 1)[1]) for k, _ in columns if k.startswith("custom:")]
    user_names = dict(users())

    def cell(row: ListRow, key: str, custom: dict[int, str]) -> str:
        if not key.startswith("custom:"):
            return _cell(row, key, exponent)
        field_id = int(key.split(":", 1)[1])
        stored = custom.get(field_id)
        if stored is None or field_id not in fields:
            return ""
        text = customfields.display_text(fields[field_id], stored, user_names)
        numeric = fields[field_id].field_type in ("number", "monetary")
        return text if numeric else neutralise(text)  # a number like -5 stays a number

    def write(temp: Path) -> int:
        written = 0
        with temp.open("w", encoding="utf-8-sig", newline="") as out:
            writer = csv.writer(out)
            writer.writerow([neutralise(header) for _, header in columns])
            for start in range(0, len(org_ids), BLOCK):
                chunk = list(org_ids[start : start + BLOCK])
                rows = account_list.rows(chunk)
                custom = customfields.values_of("organization", chunk, field_ids)
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

    return _write_atomically(path, write)


# --- whole kinds of records ----------------------------------------------------------------------


# Per kind: the table the rows come from (with the inner joins that choose them), the tables
# joined for names (alias, table, condition), the custom field entity, and the selected columns as
# (key, SQL expression); keys are the importer's field keys, and `_add_composed` puts together
# those made of several columns. The joins keep the first table the outer loop (LEFT and CROSS
# JOIN are not reordered), so rows stream in id order without a sort in memory.
@dataclass(frozen=True)
class _Source:
    table: str  # e.g. "deal d"
    alias: str  # whose id orders the rows and carries the custom values
    inner: str  # joins that choose the rows (accounts: the organizations with a won deal)
    joins: tuple[tuple[str, str, str], ...]  # LEFT JOINs: (alias, table, condition)
    entity: str
    selected: tuple[tuple[str, str], ...]

    def main(self, hint: str = "") -> str:
        """The rows' table and inner joins, without the tables joined for names."""
        return f"{self.table}{hint}{self.inner}"

    @property
    def source(self) -> str:
        joins = "".join(f" LEFT JOIN {table} {alias} ON {on}" for alias, table, on in self.joins)
        return f"FROM {self.main()}{joins}"


_SOURCES: dict[str, _Source] = {
    "organizations": _Source(
        "organization o",
        "o",
        "",
        (("u", '"user"', "u.id = o.owner_id"),),
        "organization",
        (
            ("name", "o.name"),
            ("address", "o.address"),
            ("country", "o.country"),
            ("owner", "u.name"),
            ("label", "o.label"),
        ),
    ),
    "accounts": _Source(
        "organization o",
        "o",
        " CROSS JOIN org_summary s ON s.org_id = o.id AND s.won_count > 0",
        (("u", '"user"', "u.id = o.owner_id"),),
        "organization",
        (
            ("name", "o.name"),
            ("address", "o.address"),
            ("country", "o.country"),
            ("owner", "u.name"),
            ("label", "o.label"),
            ("won_value", "s.won_value"),
            ("account_since", "s.account_since"),
            ("last_contacted", "s.last_done"),
            ("next_activity", "s.next_subject"),
            ("next_due", "s.next_due"),
            ("next_due_time", "s.next_due_time"),
        ),
    ),
    "persons": _Source(
        "person p",
        "p",
        "",
        (("o", "organization", "o.id = p.organization_id"),),
        "person",
        (
            ("name", "p.name"),
            ("organization", "o.name"),
            ("role", "p.role"),
            ("email", "p.emails"),
            ("phone", "p.phones"),
        ),
    ),
    "deals": _Source(
        "deal d",
        "d",
        "",
        (
            ("c", "currency", "c.code = d.currency"),
            ("o", "organization", "o.id = d.organization_id"),
            ("p", "person", "p.id = d.person_id"),
            ("u", '"user"', "u.id = d.owner_id"),
        ),
        "deal",
        (
            ("title", "d.title"),
            ("organization", "o.name"),
            ("person", "p.name"),
            ("value_minor", "d.value_minor"),
            ("exponent", "c.exponent"),
            ("currency", "d.currency"),
            ("status", "d.status"),
            ("won_time", "d.won_time"),
            ("lost_time", "d.lost_time"),
            ("lost_reason", "d.lost_reason"),
            ("expected_close", "d.expected_close"),
            ("owner", "u.name"),
        ),
    ),
    "activities": _Source(
        "activity a",
        "a",
        "",
        (
            ("t", "activity_type", "t.id = a.type_id"),
            ("o", "organization", "o.id = a.organization_id"),
            ("p", "person", "p.id = a.person_id"),
            ("d", "deal", "d.id = a.deal_id"),
            ("u", '"user"', "u.id = a.assignee_id"),
        ),
        "",
        (
            ("subject", "a.subject"),
            ("type", "t.name"),
            ("due_date", "a.due_date"),
            ("due_time", "a.due_time"),
            ("duration", "a.duration_min"),
            ("done", "a.done"),
            ("done_time", "a.done_time"),
            ("organization", "o.name"),
            ("person", "p.name"),
            ("deal", "d.title"),
            ("assignee", "u.name"),
            ("note", "a.note"),
        ),
    ),
    "notes": _Source(
        "note n",
        "n",
        "",
        (
            ("o", "organization", "o.id = n.organization_id"),
            ("p", "person", "p.id = n.person_id"),
            ("d", "deal", "d.id = n.deal_id"),
        ),
        "",
        (
            ("content", "n.content"),
            ("organization", "o.name"),
            ("person", "p.name"),
            ("deal", "d.title"),
            ("pinned", "n.pinned"),
            ("created_at", "n.created_at"),
        ),
    ),
}

# The account columns that follow the organization's fields in an "accounts" export.
_ACCOUNT_COLUMNS = (
    ("won_value", "Won value"),
    ("currency", "Currency"),
    ("account_since", "Account since"),
    ("last_contacted", "Last contacted"),
    ("next_activity", "Next activity"),
    ("next_due", "Next activity due"),
)

# How values are written; keys not listed are text.
_DATES = {"expected_close", "due_date", "account_since", "next_due"}
_DATETIMES = {"won_time", "lost_time", "done_time", "created_at", "last_contacted"}
_NUMBERS = {"duration"}
_BOOLS = {"done", "pinned"}
_PHONES = {"phone"}


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


def _add_composed(kind: str, values: dict[str, Any], default_code: str, default_exp: int) -> None:
    """The values made of several columns: amounts with their currency's exponent, and the
    account's next activity (day and time)."""
    if kind == "deals":
        if values["exponent"] == "":  # its currency could not be read (a damaged database)
            values["value"] = None
            return
        minor, exponent = int(values["value_minor"]), int(values["exponent"])
        values["value"] = Decimal(to_decimal_string(minor, exponent))
    elif kind == "accounts":
        values["won_value"] = Decimal(to_decimal_string(int(values["won_value"]), default_exp))
        values["currency"] = default_code
        due, time = values["next_due"], _time(values["next_due_time"] or None)
        values["next_due"] = dt.datetime.combine(due, time) if due and time else due


def _text(value: Any) -> str:
    """A value as the importer reads it: ISO dates, yes/no, plain decimals."""
    if isinstance(value, str):
        return value
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dt.datetime):
        return value.isoformat(" ", "minutes" if value.second == 0 else "seconds")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()[:5] if isinstance(value, dt.time) else value.isoformat()
    return str(value)


def _safe(text: str, key: str) -> str:
    """Text that a spreadsheet would run as a formula gets a leading quote (the import removes
    it again)."""
    if not text.startswith(_GUARDED) or (key in _PHONES and _PLAIN_PHONE.match(text)):
        return text
    return "'" + text


def _custom_text(
    definition: customfields.FieldDefinition, stored: Any, names: dict[int, str]
) -> Any:
    if stored is None:
        return ""
    text = customfields.display_text(definition, str(stored), names)
    if definition.field_type in ("number", "monetary"):
        return Decimal(text)
    if definition.field_type == "date":
        return _day(text)
    return text


def _columns(kind: str) -> list[tuple[str, str]]:
    """(field key, header) of each column of a kind's export."""
    base = "organizations" if kind == "accounts" else kind
    columns = [(spec.key, spec.label) for spec in fields_for(base)]
    if kind == "accounts":
        columns += _ACCOUNT_COLUMNS
    return columns


def export_kind(
    kind: str,
    path: Path,
    fmt: str = "csv",
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Write every record of a kind to a CSV (UTF-8 with BOM) or Excel file whose headers are the
    importer's field labels, so that the file imports again into another database without loss.
    "accounts" are the organizations with a won deal, with their won value and activity dates.
    Returns the number of rows; the file appears complete or not at all.

    In a damaged database, the rows that can be read are written and ExportIncompleteError is
    raised after the file is in place, naming the ids that could not be read (or only in part)."""
    if kind not in EXPORT_KINDS:
        raise ValidationError("“{kind}” is not something that can be exported.", kind=kind)
    if fmt not in FORMATS:
        raise ValidationError("“{format}” is not an export format (csv or xlsx).", format=fmt)
    spec = _SOURCES[kind]
    columns = _columns(kind)
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
    known = {key for key, _ in spec.selected} | {"value"} | {k for k, _ in _ACCOUNT_COLUMNS}
    columns = [
        (key, label)
        for key, label in columns
        if key in known or (key.startswith("custom:") and int(key.split(":", 1)[1]) in definitions)
    ]
    reader = _Reader(spec, custom_ids)
    total = reader.count()
    if fmt == "xlsx" and total >= XLSX_MAX_ROWS:
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
    if fmt == "csv":
        written = _write_atomically(
            path, lambda temp: _write_csv(temp, headers, keys_in_order, records())
        )
    else:
        written = _write_atomically(path, lambda temp: _write_xlsx(temp, kind, headers, records()))
    if reader.unreadable or reader.partial:
        raise ExportIncompleteError(path, kind, written, reader, dict(columns))
    return written


# --- reading a damaged database ------------------------------------------------------------------

# SQLite's result codes for a damaged file (SQLITE_CORRUPT, SQLITE_NOTADB); a locked or full
# database is not damaged and its errors pass through unchanged.
_DAMAGE_CODES = (11, 26)


def _is_damage(error: BaseException) -> bool:
    """Whether a database error says the file is damaged (peewee wraps sqlite3's errors)."""
    seen: BaseException | None = error
    for _ in range(4):
        if seen is None:
            break
        code = getattr(seen, "sqlite_errorcode", None)
        if code is not None:
            return code & 0xFF in _DAMAGE_CODES
        cause = seen.args[0] if seen.args and isinstance(seen.args[0], BaseException) else None
        seen = cause or seen.__cause__ or seen.__context__
    text = str(error)
    return "malformed" in text or "corrupt" in text or "not a database" in text


_DATABASE_ERRORS = (sqlite3.DatabaseError, pw.DatabaseError)


def _ranges(ids: Iterable[int]) -> list[tuple[int, int]]:
    """Sorted ids as (first, last) runs of consecutive ids."""
    runs: list[tuple[int, int]] = []
    for i in sorted(set(ids)):
        if runs and runs[-1][1] == i - 1:
            runs[-1] = (runs[-1][0], i)
        else:
            runs.append((i, i))
    return runs


class _Reader:
    """A kind's rows in id order, read as one query while the database reads well. Where it
    fails, the ids after the last row read are split in halves until the unreadable ones are
    single ids; of those, a row whose own record reads is kept with what its joined tables and
    custom values give (each tried without its index too), and the rest are counted unreadable."""

    def __init__(self, spec: _Source, custom_ids: Sequence[int]) -> None:
        self.spec = spec
        self.custom_ids = list(custom_ids)
        alias = spec.alias
        self._custom = [
            f"(SELECT value FROM custom_value{{hint}} WHERE field_id = {field_id} "
            f"AND entity_id = {alias}.id)"
            for field_id in custom_ids
        ]
        exprs = [expr for _, expr in spec.selected] + [c.format(hint="") for c in self._custom]
        self._range_sql = (
            f"SELECT {alias}.id, {', '.join(exprs)} {spec.source} "
            f"WHERE {alias}.id BETWEEN ? AND ? ORDER BY {alias}.id"
        )
        self.unreadable: list[int] = []  # ids whose record could not be read
        self.partial: dict[int, tuple[str, ...]] = {}  # id -> keys left empty

    def count(self) -> int:
        """How many rows there are (an estimate when the count cannot be read)."""
        try:
            return int(db.execute_sql(f"SELECT count(*) {self.spec.source}").fetchone()[0])
        except _DATABASE_ERRORS as exc:
            if not _is_damage(exc):
                raise
        low, high = self._bounds()
        return 0 if low is None or high is None else high - low + 1

    def _bounds(self) -> tuple[int | None, int | None]:
        """The lowest and highest id of the rows' table; None for both when it is empty."""
        table, alias = self.spec.table, self.spec.alias
        bounds: list[int | None] = []
        for extreme in ("min", "max"):
            try:
                found = db.execute_sql(f"SELECT {extreme}({alias}.id) FROM {table}").fetchone()[0]
            except _DATABASE_ERRORS as exc:
                if not _is_damage(exc):
                    raise
                found = 1 if extreme == "min" else self._highest_indexed_id()
            bounds.append(found)
        low, high = bounds
        if low is None or high is None:
            return None, None
        return low, high

    def _highest_indexed_id(self) -> int:
        """The highest id any index of the table holds, for when the table's last page is
        damaged."""
        name, alias = self.spec.table.split()
        indexes = db.execute_sql(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
            "AND (sql IS NULL OR sql NOT LIKE '% WHERE %')",
            (name,),
        ).fetchall()
        found: list[int] = []
        for (index,) in indexes:
            try:
                highest = db.execute_sql(
                    f'SELECT max({alias}.id) FROM {name} {alias} INDEXED BY "{index}"'
                ).fetchone()[0]
            except _DATABASE_ERRORS:
                continue
            if highest is not None:
                found.append(int(highest))
        if not found:
            raise DomainError(
                "The {table} table is too damaged to find its last record; check the database "
                "and restore it from a backup.",
                table=name,
            )
        return max(found)

    def batches(self) -> Iterator[list[tuple[Any, ...]]]:
        """The rows (without their id), in id order, a block at a time."""
        low, high = self._bounds()
        if low is None or high is None:
            return
        pending = [(low, high)]
        while pending:
            first, last = pending.pop()
            read_up_to = first - 1
            try:
                cursor = db.execute_sql(self._range_sql, (first, last))
                while batch := cursor.fetchmany(BLOCK):
                    read_up_to = batch[-1][0]
                    yield [row[1:] for row in batch]
                continue
            except _DATABASE_ERRORS as exc:
                if not _is_damage(exc):
                    raise
            start = read_up_to + 1
            if start > last:
                continue
            if start == last:
                row = self._single(start)
                if row is not None:
                    yield [row]
                continue
            middle = (start + last) // 2
            pending += [(middle + 1, last), (start, middle)]  # the lower half first

    def _single(self, row_id: int) -> tuple[Any, ...] | None:
        """One row that failed with the others: its own columns, then each joined table's and
        each custom value on its own, so that a damaged joined record costs only its columns."""
        spec, alias = self.spec, self.spec.alias
        joined = {a for a, _, _ in spec.joins}
        own = [expr if expr.split(".")[0] not in joined else "NULL" for _, expr in spec.selected]
        where = f"WHERE {alias}.id = ?"
        try:
            found = db.execute_sql(
                f"SELECT {', '.join(own)} FROM {spec.main(' NOT INDEXED')} {where}", (row_id,)
            ).fetchone()
        except _DATABASE_ERRORS as exc:
            if not _is_damage(exc):
                raise
            self.unreadable.append(row_id)
            return None
        if found is None:
            return None
        row = list(found) + [None] * len(self.custom_ids)
        missing: list[str] = []
        for join_alias, table, on in spec.joins:
            places = [
                n for n, (_, expr) in enumerate(spec.selected) if expr.split(".")[0] == join_alias
            ]
            exprs = ", ".join(spec.selected[n][1] for n in places)
            values = self._first_readable(
                f"SELECT {exprs} FROM {spec.main()} LEFT JOIN {table} {join_alias}{{hint}} "
                f"ON {on} {where}",
                row_id,
            )
            if values is None:
                missing += [spec.selected[n][0] for n in places]
                continue
            for n, value in zip(places, values, strict=True):
                row[n] = value
        for n, (field_id, custom) in enumerate(zip(self.custom_ids, self._custom, strict=True)):
            values = self._first_readable(f"SELECT {custom} FROM {spec.main()} {where}", row_id)
            if values is None:
                missing.append(f"custom:{field_id}")
            else:
                row[len(spec.selected) + n] = values[0]
        if missing:
            self.partial[row_id] = tuple(missing)
        return tuple(row)

    def _first_readable(self, sql: str, row_id: int) -> tuple[Any, ...] | None:
        """The row `sql` gives with its index, else without (NOT INDEXED in place of {hint});
        None when neither can be read."""
        for hint in ("", " NOT INDEXED"):
            try:
                found = db.execute_sql(sql.format(hint=hint), (row_id,)).fetchone()
            except _DATABASE_ERRORS as exc:
                if not _is_damage(exc):
                    raise
                continue
            return tuple(found) if found is not None else None
        return None


class ExportIncompleteError(DomainError):
    """The export file was written, but the database is damaged and some rows are missing from
    it or lack some of their columns. `unreadable` holds the runs of ids that could not be read;
    `partial` the runs written without some columns, with those columns' headers."""

    def __init__(
        self, path: Path, kind: str, written: int, reader: _Reader, headers: dict[str, str]
    ) -> None:
        self.kind = kind
        self.written = written
        self.unreadable = _ranges(reader.unreadable)
        by_columns: dict[tuple[str, ...], list[int]] = {}
        for row_id, keys in reader.partial.items():
            labels = tuple(
                dict.fromkeys(
                    headers.get("value" if key == "exponent" else key, key) for key in keys
                )
            )
            by_columns.setdefault(labels, []).append(row_id)
        self.partial = sorted(
            (run, labels) for labels, ids in by_columns.items() for run in _ranges(ids)
        )
        super().__init__(
            "{path} was written, but the database is damaged: {unreadable} records could not be "
            "read and {partial} were written without some of their details. Check the database "
            "and restore it from a backup.",
            path=str(path),
            unreadable=len(set(reader.unreadable)),
            partial=len(reader.partial),
        )


def _write_csv(
    temp: Path, headers: list[str], keys: list[str], records: Iterable[list[Any]]
) -> int:
    written = 0
    with temp.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow([neutralise(header) for header in headers])
        for record in records:
            writer.writerow([_safe(_text(v), k) for k, v in zip(keys, record, strict=True)])
            written += 1
    return written


def _xlsx_value(value: Any) -> Any:
    """A cell value for Excel: numbers, dates and times typed, everything else text."""
    if isinstance(value, bool):
        return _text(value)
    if isinstance(value, dt.datetime) and value.time() == dt.time(0):
        return _text(value)  # a typed midnight would read back as a date without a time
    if value is None or isinstance(value, Decimal | int | dt.date | dt.time):
        return value
    text = _XML_ILLEGAL.sub("", str(value))
    if len(text) > XLSX_MAX_CELL:
        raise ValidationError(
            "A text of {length} characters does not fit in an Excel cell (at most {limit}); "
            "export as CSV instead.",
            length=len(text),
            limit=XLSX_MAX_CELL,
        )
    # Text cells are typed as text (`_text_cell`), so "=..." is never a formula and needs no
    # quote; only a text that starts with the quote the import would take away keeps it.
    return "'" + text if text.startswith(_GUARDED[len(FORMULA_STARTS) :]) else text


def _text_cell(cell_type: Any, sheet: Any, text: str) -> Any:
    """A cell holding text as text (data type "s"): never read as a formula or a number."""
    cell = cell_type(sheet, text)
    cell.data_type = "s"
    return cell


def _number_format(value: Any) -> str | None:
    if isinstance(value, dt.datetime):
        return "yyyy-mm-dd hh:mm:ss" if value.second else "yyyy-mm-dd hh:mm"
    if isinstance(value, dt.date):
        return "yyyy-mm-dd"
    if isinstance(value, dt.time):
        return "hh:mm"
    return None


def _write_xlsx(temp: Path, kind: str, headers: list[str], records: Iterable[list[Any]]) -> int:
    # openpyxl has no type hints; it is loaded when an Excel file is written
    openpyxl = importlib.import_module("openpyxl")
    cell_type = importlib.import_module("openpyxl.cell").WriteOnlyCell
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet(kind)
    bold = importlib.import_module("openpyxl.styles").Font(bold=True)
    header_cells = []
    for header in headers:
        cell = _text_cell(cell_type, sheet, _xlsx_value(header))
        cell.font = bold
        header_cells.append(cell)
    sheet.append(header_cells)
    written = 0
    for record in records:
        cells: list[Any] = []
        for value in record:
            typed = _xlsx_value(value)
            number_format = _number_format(typed)
            if isinstance(typed, str) and typed.startswith(FORMULA_STARTS):
                cells.append(_text_cell(cell_type, sheet, typed))
            elif number_format is None:
                cells.append(typed)
            else:
                cell = cell_type(sheet, typed)
                cell.number_format = number_format
                cells.append(cell)
        sheet.append(cells)
        written += 1
    book.save(temp)
    return written
