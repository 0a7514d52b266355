"""Commands that carry records in and out: import a CSV or Excel file, export a kind of records
to one, and export activities to an iCalendar file."""

from __future__ import annotations

import argparse
import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from accountmgr.commands.common import (
    EXIT_FAILURE,
    EXIT_USAGE,
    PROG,
    QT_TRANSLATE_NOOP,
    Commands,
    UsageError,
    date_arg,
    fail,
    number,
)
from accountmgr.domain.transfer import (
    EXPORT_KINDS,
    IMPORT_KINDS,
    FileFormat,
    OnDuplicate,
    RecordKind,
    record_kind,
)
from accountmgr.store.database import check_openable, close_database, open_database
from accountmgr.store.postgres import ServerAddress

if TYPE_CHECKING:
    from accountmgr.domain.import_run import Report

SIDE_FILES = ("-wal", "-shm", "-journal")  # SQLite's files beside a database


def _kind(text: str) -> RecordKind | str:
    """--kind: a kind by its name, or by the name an earlier version gave it ("persons"); any
    other text is left for the choices to refuse."""
    return record_kind(text) or text


def _names(members: tuple[StrEnum, ...]) -> list[str]:
    """The choices as --help and argparse's "invalid choice" message show them."""
    return [member.value for member in members]


def add_commands(commands: Commands) -> None:
    ics = commands.add_parser(
        "export-ics",
        help=QT_TRANSLATE_NOOP(
            "Cli", "write activities to an iCalendar (.ics) file for calendar apps"
        ),
    )
    ics.add_argument(
        "--out",
        required=True,
        metavar="FILE",
        help=QT_TRANSLATE_NOOP("Cli", "the .ics file to write"),
    )
    ics.add_argument(
        "--owner",
        metavar="USER",
        help=QT_TRANSLATE_NOOP("Cli", "only activities assigned to this user (name or id)"),
    )
    for flag, dest, help_text in (
        ("--from", "start", QT_TRANSLATE_NOOP("Cli", "only activities due on or after this day")),
        ("--to", "end", QT_TRANSLATE_NOOP("Cli", "only activities due on or before this day")),
    ):
        ics.add_argument(flag, dest=dest, metavar="YYYY-MM-DD", type=date_arg, help=help_text)
    ics.add_argument(
        "--include-done",
        action="store_true",
        help=QT_TRANSLATE_NOOP("Cli", "completed activities too (default: open only)"),
    )

    imp = commands.add_parser(
        "import",
        help=QT_TRANSLATE_NOOP(
            "Cli",
            "import records from a CSV or Excel file (creates the database if there is none)",
        ),
    )
    imp.add_argument(
        "--kind",
        required=True,
        type=_kind,
        choices=_names(IMPORT_KINDS),
        help=QT_TRANSLATE_NOOP("Cli", "what the file's rows are"),
    )
    imp.add_argument(
        "file", metavar="FILE", help=QT_TRANSLATE_NOOP("Cli", "the .csv or .xlsx file to import")
    )
    imp.add_argument(
        "--mapping",
        metavar="MAPPING.json",
        help=QT_TRANSLATE_NOOP(
            "Cli",
            'columns to import as which field, as {"Header": "field key"} (null skips a '
            "column); columns not named are matched by their headers",
        ),
    )
    imp.add_argument(
        "--on-duplicate",
        choices=_names(tuple(OnDuplicate)),
        default=OnDuplicate.SKIP.value,
        help=QT_TRANSLATE_NOOP(
            "Cli", "what to do with a row that matches an existing record (default: skip)"
        ),
    )
    imp.add_argument(
        "--dry-run",
        action="store_true",
        help=QT_TRANSLATE_NOOP("Cli", "check the file and report, but write nothing"),
    )
    imp.add_argument(
        "--strict",
        action="store_true",
        help=QT_TRANSLATE_NOOP("Cli", "import nothing and exit 1 when any row would be rejected"),
    )
    imp.add_argument(
        "--month-first",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "Cli", "read dates like 03/04/2026 as month/day (default: day/month)"
        ),
    )
    imp.add_argument(
        "--no-create-missing",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "Cli",
            "reject rows naming an organization, person or deal that does not exist "
            "(default: create it)",
        ),
    )

    exp = commands.add_parser(
        "export",
        help=QT_TRANSLATE_NOOP(
            "Cli", "write all records of one kind to a CSV or Excel file that imports again"
        ),
    )
    exp.add_argument(
        "--kind",
        required=True,
        type=_kind,
        choices=_names(EXPORT_KINDS),
        help=QT_TRANSLATE_NOOP("Cli", "what to export"),
    )
    exp.add_argument(
        "--format",
        dest="fmt",
        choices=_names(tuple(FileFormat)),
        help=QT_TRANSLATE_NOOP(
            "Cli", "file format (default: from the file name's extension, else csv)"
        ),
    )
    exp.add_argument(
        "--out", required=True, metavar="FILE", help=QT_TRANSLATE_NOOP("Cli", "the file to write")
    )
    exp.add_argument(
        "--delimiter",
        choices=sorted(_DELIMITERS),
        help=QT_TRANSLATE_NOOP(
            "Cli",
            "what separates a CSV file's cells (default: semicolon where the system's locale "
            "writes decimals with a comma, as Excel there expects; comma elsewhere)",
        ),
    )
    exp.add_argument(
        "--decimal-comma",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "Cli",
            "write a CSV file's decimals with a comma, as a spreadsheet in such a language "
            "reads numbers, and separate its cells with semicolons unless --delimiter says "
            "otherwise (default: a dot, for other programs)",
        ),
    )


_DELIMITERS = {"comma": ",", "semicolon": ";", "tab": "\t"}


def _system_delimiter() -> str:
    """The separator the system's locale expects (see export_files.delimiter_for)."""
    import locale

    from accountmgr.domain.export_files import delimiter_for

    try:
        locale.setlocale(locale.LC_NUMERIC, "")
        point = str(locale.localeconv()["decimal_point"])
    except locale.Error:  # a locale the system does not have: as without one
        point = "."
    finally:
        locale.setlocale(locale.LC_NUMERIC, "C")
    return delimiter_for(point)


def _user_id(text: str) -> int | None:
    """A user by id or by name (ignoring case and extra spaces); None when there is none.

    Raises LookupError when several users have that name."""
    from accountmgr.domain.organizations import user_names

    names = user_names()
    if text.strip().isdigit() and int(text) in names:
        return int(text)
    wanted = " ".join(text.split()).casefold()
    found = sorted(i for i, name in names.items() if " ".join(name.split()).casefold() == wanted)
    if len(found) > 1:
        raise LookupError(", ".join(str(i) for i in found))
    return found[0] if found else None


def run_export_ics(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QCoreApplication

    from accountmgr.domain import calendar_export
    from accountmgr.qtmodels.formatting import fill

    if args.start and args.end and args.start > args.end:
        text = QCoreApplication.translate("Cli", "--from %1 is after --to %2")
        return fail(fill(text, str(args.start), str(args.end)), EXIT_USAGE)
    owner = None
    if args.owner is not None:
        try:
            owner = _user_id(args.owner)
        except LookupError as exc:
            text = QCoreApplication.translate(
                "Cli", "several users are named '%1'; give the id instead (%2)"
            )
            return fail(fill(text, args.owner, str(exc)), EXIT_USAGE)
        if owner is None:
            text = QCoreApplication.translate("Cli", "there is no user with the name or id '%1'")
            return fail(fill(text, args.owner), EXIT_USAGE)
    written = calendar_export.export_ics(
        Path(args.out),
        owner=owner,
        start=args.start,
        end=args.end,
        include_done=args.include_done,
    )
    text = QCoreApplication.translate("Cli", "Wrote %Ln activity(s) to %1", None, written)
    print(fill(text, args.out))
    return 0


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold()


def _read_mapping(
    mapping_file: str, headers: list[str], mapping: dict[int, str], kind: RecordKind
) -> dict[int, str]:
    """Auto-detected `mapping` (column -> field key) overridden by MAPPING.json, which names
    columns by header and fields by key or label (case and extra spaces ignored)."""
    from PySide6.QtCore import QCoreApplication

    from accountmgr.domain.import_fields import fields_for
    from accountmgr.qtmodels.formatting import fill

    try:
        given = json.loads(Path(mapping_file).read_text(encoding="utf-8-sig"))
    except OSError as exc:
        text = QCoreApplication.translate("Cli", "cannot read %1: %2")
        raise UsageError(fill(text, mapping_file, str(exc.strerror or exc))) from None
    except (ValueError, UnicodeError) as exc:
        text = QCoreApplication.translate("Cli", "%1 is not valid JSON: %2")
        raise UsageError(fill(text, mapping_file, str(exc))) from None
    if not isinstance(given, dict) or not all(isinstance(v, str | None) for v in given.values()):
        text = QCoreApplication.translate(
            "Cli", '%1 must be a JSON object like {"Header": "field key"}'
        )
        raise UsageError(fill(text, mapping_file))
    specs = fields_for(kind)
    keys = {_folded(spec.key): spec.key for spec in specs}
    keys.update(
        (_folded(spec.label), spec.key) for spec in specs if _folded(spec.label) not in keys
    )
    columns = {_folded(h): i for i, h in reversed(list(enumerate(headers)))}
    result = dict(mapping)
    for header, wanted in given.items():
        index = headers.index(header) if header in headers else columns.get(_folded(header))
        if index is None:
            text = QCoreApplication.translate("Cli", "the file has no column '%1' (named in %2)")
            raise UsageError(fill(text, header, mapping_file))
        key = keys.get(_folded(wanted)) if wanted else None
        if wanted and key is None:
            names = ", ".join(spec.key for spec in specs)
            text = QCoreApplication.translate("Cli", "'%1' is not a field of %2; use one of: %3")
            raise UsageError(fill(text, wanted, str(kind), names))
        if key:
            result = {i: k for i, k in result.items() if k != key}
            result[index] = key
        else:
            result.pop(index, None)
    return result


def _print_report(report: Report, dry_run: bool) -> None:
    from PySide6.QtCore import QCoreApplication

    from accountmgr.qtmodels.formatting import fill
    from accountmgr.qtmodels.import_models import rejected_text

    counts = (report.created, report.updated, report.skipped, len(report.rejected))
    if dry_run:
        text = QCoreApplication.translate(
            "Cli",
            "Created %1, updated %2, skipped %3, rejected %4 (dry run: nothing was written)",
        )
    else:
        text = QCoreApplication.translate("Cli", "Created %1, updated %2, skipped %3, rejected %4")
    print(fill(text, *map(number, counts)))
    linked = report.linked_created
    if linked:
        print(QCoreApplication.translate("Cli", "Created %Ln linked record(s)", None, linked))
    line_text = QCoreApplication.translate("Cli", "line %1: %2")
    for rejected in report.rejected:
        print(fill(line_text, str(rejected.line), rejected_text(rejected)))


def _import_into_open_database(args: argparse.Namespace, headers: list[str]) -> int:
    from accountmgr.domain.import_fields import fields_for
    from accountmgr.domain.import_headers import auto_map
    from accountmgr.domain.import_run import ImportOptions, run_import

    mapping = auto_map(args.kind, headers)
    if args.mapping:
        mapping = _read_mapping(args.mapping, headers, mapping, args.kind)
    from PySide6.QtCore import QCoreApplication

    from accountmgr.qtmodels.formatting import fill

    missing = [
        QCoreApplication.translate("ImportField", spec.label)
        for spec in fields_for(args.kind)
        if spec.required and spec.key not in mapping.values()
    ]
    if missing:
        text = QCoreApplication.translate("Cli", "%1 has no column for %2; name it with --mapping")
        return fail(fill(text, args.file, ", ".join(missing)), EXIT_USAGE)
    options = ImportOptions(
        kind=args.kind,
        mapping=mapping,
        on_duplicate=OnDuplicate(args.on_duplicate),
        create_missing=not args.no_create_missing,
        day_first=not args.month_first,
    )
    path = Path(args.file)
    dry_run = args.dry_run or args.strict  # strict: check every row before writing any
    report = run_import(path, options, dry_run=dry_run)
    if args.strict and report.rejected:
        _print_report(report, dry_run=True)
        how_many = len(report.rejected)
        text = QCoreApplication.translate(
            "Cli",
            "%Ln of the rows would be rejected (listed above); nothing was imported",
            None,
            how_many,
        )
        return fail(text)
    if args.strict and not args.dry_run:
        report = run_import(path, options)
    _print_report(report, args.dry_run)
    return 0


def run_import(args: argparse.Namespace, target: Path | ServerAddress) -> int:
    """Import a file; the database file is created when there is none (moving in), except for
    a dry run, which checks against an empty database in a temporary folder instead. A team
    database must have been made (init-server) already."""
    from accountmgr.domain.import_files import read_table

    headers = read_table(Path(args.file), limit=1).headers  # a bad file creates no database
    if isinstance(target, ServerAddress):
        from accountmgr.store.server import open_server

        open_server(target)
        try:
            return _import_into_open_database(args, headers)
        finally:
            close_database()
    db_path = target
    existed = check_openable(db_path)
    if args.dry_run and not existed:
        import tempfile

        with tempfile.TemporaryDirectory() as folder:
            open_database(Path(folder) / "dry-run.db")
            try:
                return _import_into_open_database(args, headers)
            finally:
                close_database()
    code = EXIT_FAILURE
    open_database(db_path)
    try:
        code = _import_into_open_database(args, headers)
        return code
    finally:
        close_database()
        if code and not existed:  # nothing was imported: leave no empty database behind
            for leftover in (db_path, *(db_path.with_name(db_path.name + s) for s in SIDE_FILES)):
                leftover.unlink(missing_ok=True)


def run_export(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QCoreApplication

    from accountmgr.domain import export
    from accountmgr.domain.export_reader import ExportIncompleteError
    from accountmgr.qtmodels.formatting import fill

    out = Path(args.out)
    fmt = FileFormat(args.fmt or ("xlsx" if out.suffix.lower() == ".xlsx" else "csv"))
    try:
        point = "," if args.decimal_comma else "."
        if args.delimiter:
            delimiter = _DELIMITERS[args.delimiter]
        else:
            delimiter = ";" if args.decimal_comma else _system_delimiter()
        written = export.export_kind(args.kind, out, fmt, delimiter=delimiter, decimal_point=point)
    except ExportIncompleteError as exc:
        # The file holds every row that could be read; name the ids it lacks, one run a line.
        rows = exc.written
        print(
            fill(QCoreApplication.translate("Cli", "Wrote %Ln row(s) to %1", None, rows), args.out)
        )

        def ids(first: int, last: int) -> str:
            if first == last:
                return fill(QCoreApplication.translate("Cli", "id %1"), str(first))
            return fill(QCoreApplication.translate("Cli", "ids %1-%2"), str(first), str(last))

        unreadable = QCoreApplication.translate(
            "Cli", "%1: could not read %2 (the database is damaged)"
        )
        for first, last in exc.unreadable:
            print(fill(unreadable, str(exc.kind), ids(first, last)), file=sys.stderr)
        partial = QCoreApplication.translate(
            "Cli", "%1: %2 written without %3 (the database is damaged)"
        )
        for (first, last), labels in exc.partial:
            shown = ", ".join(labels)
            print(fill(partial, str(exc.kind), ids(first, last), shown), file=sys.stderr)
        text = QCoreApplication.translate(
            "Cli", "the export is incomplete; run '%1 check' and restore the database from a backup"
        )
        return fail(fill(text, PROG))
    print(
        fill(QCoreApplication.translate("Cli", "Wrote %Ln row(s) to %1", None, written), args.out)
    )
    return 0
