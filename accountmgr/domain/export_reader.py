"""Reading a kind's rows for export, also from a damaged database: what can be read is
written, and `ExportIncompleteError` names what could not be."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import peewee as pw

from accountmgr.domain.errors import DomainError
from accountmgr.domain.export_sources import Source
from accountmgr.store.models import db

BLOCK = 500  # rows fetched at a time


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


class Reader:
    """A kind's rows in id order, read as one query while the database reads well. Where it
    fails, the ids after the last row read are split in halves until the unreadable ones are
    single ids; of those, a row whose own record reads is kept with what its joined tables and
    custom values give (each tried without its index too), and the rest are counted unreadable."""

    def __init__(self, spec: Source, custom_ids: Sequence[int]) -> None:
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
        self, path: Path, kind: str, written: int, reader: Reader, headers: dict[str, str]
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
