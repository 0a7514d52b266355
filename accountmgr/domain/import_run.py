"""Running an import: every row of a file written in one transaction, or nothing at all.

Rows are streamed from the file (`import_files.iter_table`), turned into values by
`import_plan.RowPlan` (the same code the preview uses, with the same limits: every cell is read
and checked once, there) and handed to the writer of their kind (`import_writers`), which
resolves links and duplicates and writes with sqlite3's executemany in batches. Summaries and
search text are brought up to date once, at the end.

A row that cannot be imported is reported with its line and left out whole: neither the row nor
a record it would have created is written.
"""

from __future__ import annotations

import csv
import os
import tempfile
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from accountmgr.domain import backups
from accountmgr.domain.errors import ValidationError
from accountmgr.domain.import_fields import KINDS, fields_for
from accountmgr.domain.import_files import FORMULA_STARTS, estimate_rows, iter_table
from accountmgr.domain.import_plan import Problem, RowPlan
from accountmgr.domain.import_writers import WRITERS
from accountmgr.domain.import_writing import Reject
from accountmgr.domain.transaction import transaction
from accountmgr.domain.transfer import OnDuplicate, RecordKind
from accountmgr.domain.writes import release_thread_connection
from accountmgr.store import engine
from accountmgr.store.models import db

BATCH = 2_000  # rows converted, then written with executemany, per round

Progress = Callable[[int, int], None]
"""Called with (rows read, estimated rows in the file) after each batch; it may raise to cancel,
and then nothing of the import is kept."""


@dataclass(frozen=True)
class ImportOptions:
    kind: RecordKind
    mapping: dict[int, str]  # column index -> field key (from auto_map, edited)
    on_duplicate: OnDuplicate = OnDuplicate.SKIP  # see the module's duplicate rules
    create_missing: bool = True  # create organizations/people/deals named but not found
    day_first: bool = True


@dataclass(frozen=True)
class Rejected:
    """A row left out: its line and why, in English (`reason`) and as (column header or None,
    template, parameters) for the interface to translate (`parts`, as `DomainError` carries
    them)."""

    line: int
    reason: str
    parts: tuple[tuple[str | None, str, dict[str, Any]], ...] = field(default=(), compare=False)


@dataclass
class Report:
    created: int = 0
    updated: int = 0
    skipped: int = 0
    linked_created: int = 0  # organizations/people/deals created because rows named them
    rejected: list[Rejected] = field(default_factory=list)
    currencies_added: list[str] = field(default_factory=list)  # new, without a rate yet

    def summary_line(self) -> str:
        """The counts in English: "Created 3, updated 1, skipped 0, rejected 2"."""
        return (
            f"Created {self.created}, updated {self.updated}, skipped {self.skipped}, "
            f"rejected {len(self.rejected)}"
        )

    def save_csv(self, path: Path) -> None:
        """Write `line,reason` rows for the rejected rows, then one row per count (its name in
        the line column); the file is replaced whole or not at all."""
        path = Path(path)
        handle, temp_name = tempfile.mkstemp(prefix=".report-", suffix=".csv", dir=path.parent)
        try:
            with os.fdopen(handle, "w", encoding="utf-8-sig", newline="") as out:
                writer = csv.writer(out)
                writer.writerow(["line", "reason"])
                for item in self.rejected:
                    writer.writerow([item.line, _neutralise(item.reason)])
                writer.writerow(["created", self.created])
                writer.writerow(["updated", self.updated])
                writer.writerow(["skipped", self.skipped])
                writer.writerow(["linked_created", self.linked_created])
                writer.writerow(["rejected", len(self.rejected)])
            os.replace(temp_name, path)
        except BaseException:
            Path(temp_name).unlink(missing_ok=True)
            raise


class _DryRunDone(Exception):
    """Rolls a dry run back once every row has been written."""

    def __init__(self, report: Report) -> None:
        super().__init__("dry run")
        self.report = report


def _neutralise(text: str) -> str:
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def check_options(options: ImportOptions) -> None:
    """Refuse options no row could be imported with: an unknown kind or duplicate choice, a
    column mapped to a field the kind lacks, two columns for one field (but emails and phones,
    which take several), a required field without a column."""
    if options.kind not in KINDS:
        raise ValidationError("“{kind}” is not something that can be imported.", kind=options.kind)
    if options.on_duplicate not in tuple(OnDuplicate):
        raise ValidationError(
            "“{choice}” is not a way to handle duplicates.", choice=options.on_duplicate
        )
    specs = {spec.key: spec for spec in fields_for(options.kind)}
    used: set[str] = set()
    for column, key in options.mapping.items():
        if key not in specs:
            raise ValidationError(
                "Column {column} is mapped to “{field}”, which {kind} do not have.",
                column=column + 1,
                field=key,
                kind=options.kind,
            )
        if key in used and not specs[key].multiple:
            raise ValidationError("Two columns are mapped to “{field}”.", field=specs[key].label)
        used.add(key)
    for spec in specs.values():
        if spec.required and spec.key not in used:
            raise ValidationError("Choose the column that holds “{field}”.", field=spec.label)


def run_import(
    path: Path,
    options: ImportOptions,
    *,
    progress: Progress | None = None,
    dry_run: bool = False,
) -> Report:
    """Import the rows of a CSV or Excel file as `options.kind`, in one transaction.

    Rows that cannot be imported are listed in the report with their line and left out; all
    others are written. With `dry_run`, or when `progress` raises (to cancel; the exception
    goes on to the caller), nothing is kept. Raises ValidationError for options or a file that
    cannot be imported at all, BusyError when another write holds the database. A backup of the
    database is taken first (not for a dry run). May run on a worker thread, whose connection
    is closed at the end.
    """
    try:
        check_options(options)
        table, rows = iter_table(Path(path))
        total = estimate_rows(Path(path), table)
        if not dry_run:
            backups.before_import()
        try:
            with engine.bulk_cache():
                return _run(options, table.headers, rows, total, progress, dry_run)
        finally:
            close = getattr(rows, "close", None)
            if close is not None:
                close()
    finally:
        if threading.current_thread() is not threading.main_thread():
            release_thread_connection()


def _run(
    options: ImportOptions,
    headers: list[str],
    rows: Iterable[tuple[int, list[str]]],
    total: int,
    progress: Progress | None,
    dry_run: bool,
) -> Report:
    report = Report()
    try:
        with transaction():
            orgs_before = int(db.execute_sql("SELECT count(*) FROM organization").fetchone()[0])
            writer = WRITERS[options.kind](options, report)
            plan = RowPlan(options.kind, options.mapping, day_first=options.day_first)
            convert, write, currency = plan.convert, writer.write, writer.default_currency
            done = 0
            for line, cells in rows:
                converted = convert(cells, currency)
                if converted.problems:
                    report.rejected.append(_rejected(line, converted.problems, headers))
                else:
                    try:
                        write(converted.values)
                    except Reject as exc:
                        part = (None, exc.template, dict(exc.params))
                        report.rejected.append(Rejected(line, str(exc), (part,)))
                done += 1
                if done % BATCH == 0:
                    writer.flush()
                    if progress is not None:
                        progress(done, max(total, done))
            writer.flush()
            writer.finish(orgs_before)
            if progress is not None:
                progress(done, done)
            if dry_run:
                raise _DryRunDone(report)
    except _DryRunDone as finished:
        return finished.report
    return report


def _rejected(line: int, problems: list[Problem], headers: list[str]) -> Rejected:
    """A row the plan found problems in, each reason after its column's header."""
    reasons = []
    parts = []
    for problem in problems:
        column = problem.column
        header = None
        if column is not None and 0 <= column < len(headers):
            header = headers[column]
            reasons.append(f"{header}: {problem.message}")
        else:
            reasons.append(problem.message)
        template = problem.template or problem.message.replace("{", "{{").replace("}", "}}")
        parts.append((header, template, dict(problem.params)))
    return Rejected(line, " ".join(reasons), tuple(parts))
