"""Command line: the GUI by default, and headless commands for scripting, support and tests.

Bad input ends with one line on stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sqlite3
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import peewee as pw

from accountmgr import __version__
from accountmgr.domain import clock
from accountmgr.domain.buckets import Bucket
from accountmgr.domain.errors import DomainError
from accountmgr.domain.transfer import DUPLICATE_CHOICES, EXPORT_KINDS, FORMATS, IMPORT_KINDS
from accountmgr.startup import resume_collector
from accountmgr.store.database import (
    check_openable,
    close_database,
    open_database,
    resolve_db_path,
)
from accountmgr.store.errors import BackupError, DatabaseDamagedError, StoreError

if TYPE_CHECKING:
    from accountmgr.domain.import_run import Report

# The commands' modules are imported by the commands that use them, so that opening the
# window does not load the importer, the exporter or the demo generator.

PROG = "accountmgr"
EXIT_FAILURE = 1
EXIT_USAGE = 2

WEEKDAYS = {"monday": 0, "saturday": 5, "sunday": 6}
SIDE_FILES = ("-wal", "-shm", "-journal")  # SQLite's files beside a database


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line: what was wrong and where to look."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see '{PROG} --help')\n")


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{value}' is not a date of the form YYYY-MM-DD"
        ) from None


MAX_DEMO_ORGS = 1_000_000


def _demo_size(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' is not a whole number") from None
    if not 1 <= number <= MAX_DEMO_ORGS:
        raise argparse.ArgumentTypeError(f"'{value}' must be between 1 and {MAX_DEMO_ORGS:,}")
    return number


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description="Offline account management. Without a command, opens the application.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH",
        help="database file (default: $ACCOUNTMGR_DB, "
        "else accountmgr.db in the application-data folder)",
    )
    parser.add_argument(
        "--today",
        metavar="YYYY-MM-DD",
        type=_date,
        help="pretend today is this date (demos and tests)",
    )
    parser.add_argument(
        "--week-start",
        choices=sorted(WEEKDAYS),
        help="first day of the week for kanban buckets (default: the locale's, as in the window)",
    )
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="start the application, show the main window briefly, exit 0",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    demo_cmd = commands.add_parser("demo", help="fill an empty database with realistic demo data")
    demo_cmd.add_argument(
        "--orgs",
        type=_demo_size,
        default=200,
        metavar="N",
        help="number of organizations (default: 200)",
    )
    demo_cmd.add_argument(
        "--seed",
        type=int,
        default=1,
        metavar="S",
        help="random seed; the same seed and day give the same data",
    )
    demo_cmd.add_argument(
        "--force", action="store_true", help="add demo data even though the database holds data"
    )

    list_cmd = commands.add_parser("accounts", help="list accounts")
    list_cmd.add_argument("--json", action="store_true", help="one JSON object per line")
    list_cmd.add_argument(
        "--bucket", choices=[b.value for b in Bucket], help="only accounts in this kanban column"
    )
    list_cmd.add_argument(
        "--search",
        metavar="TEXT",
        help="only accounts whose name, people, emails or phones contain TEXT",
    )

    commands.add_parser("check", help="check integrity and that every summary matches live data")

    shots = commands.add_parser("screenshots", help="render the main views to PNG files")
    shots.add_argument("--out", required=True, metavar="DIR", help="folder for the PNG files")

    ics = commands.add_parser(
        "export-ics", help="write activities to an iCalendar (.ics) file for calendar apps"
    )
    ics.add_argument("--out", required=True, metavar="FILE", help="the .ics file to write")
    ics.add_argument(
        "--owner", metavar="USER", help="only activities assigned to this user (name or id)"
    )
    ics.add_argument(
        "--from",
        dest="start",
        metavar="YYYY-MM-DD",
        type=_date,
        help="only activities due on or after this day",
    )
    ics.add_argument(
        "--to",
        dest="end",
        metavar="YYYY-MM-DD",
        type=_date,
        help="only activities due on or before this day",
    )
    ics.add_argument(
        "--include-done", action="store_true", help="completed activities too (default: open only)"
    )

    imp = commands.add_parser(
        "import",
        help="import records from a CSV or Excel file (creates the database if there is none)",
    )
    imp.add_argument("--kind", required=True, choices=IMPORT_KINDS, help="what the file's rows are")
    imp.add_argument("file", metavar="FILE", help="the .csv or .xlsx file to import")
    imp.add_argument(
        "--mapping",
        metavar="MAPPING.json",
        help='columns to import as which field, as {"Header": "field key"} (null skips a '
        "column); columns not named are matched by their headers",
    )
    imp.add_argument(
        "--on-duplicate",
        choices=DUPLICATE_CHOICES,
        default="skip",
        help="what to do with a row that matches an existing record (default: skip)",
    )
    imp.add_argument(
        "--dry-run", action="store_true", help="check the file and report, but write nothing"
    )
    imp.add_argument(
        "--strict",
        action="store_true",
        help="import nothing and exit 1 when any row would be rejected",
    )
    imp.add_argument(
        "--month-first",
        action="store_true",
        help="read dates like 03/04/2026 as month/day (default: day/month)",
    )
    imp.add_argument(
        "--no-create-missing",
        action="store_true",
        help="reject rows naming an organization, person or deal that does not exist "
        "(default: create it)",
    )

    exp = commands.add_parser(
        "export", help="write all records of one kind to a CSV or Excel file that imports again"
    )
    exp.add_argument("--kind", required=True, choices=EXPORT_KINDS, help="what to export")
    exp.add_argument(
        "--format",
        dest="fmt",
        choices=FORMATS,
        help="file format (default: from the file name's extension, else csv)",
    )
    exp.add_argument("--out", required=True, metavar="FILE", help="the file to write")

    backup = commands.add_parser(
        "backup", help="back up the database now, into backups/ beside it (or to FILE)"
    )
    backup.add_argument(
        "--out", metavar="FILE", help="write the backup to this file (or folder) instead"
    )

    restore = commands.add_parser(
        "restore",
        help="put a backup in place of the database's data (kept first as a restore backup)",
    )
    restore.add_argument("file", metavar="FILE", help="the backup to restore")

    listing = commands.add_parser("backups", help="list the backups of the database")
    listing.add_argument("--json", action="store_true", help="one JSON object per line")
    return parser


def _fail(message: str, code: int = EXIT_FAILURE) -> int:
    print(f"{PROG}: error: {message}", file=sys.stderr)
    return code


def _run_demo(args: argparse.Namespace, db_path: Path) -> int:
    from accountmgr.domain import demo

    started = time.perf_counter()
    try:
        result = demo.generate(args.orgs, seed=args.seed, today=clock.today(), force=args.force)
    except demo.DemoRefusedError as exc:
        return _fail(f"{exc} Use 'demo --force' to add it anyway.")
    elapsed = time.perf_counter() - started
    size = db_path.stat().st_size + _wal_size(db_path)
    print(
        f"Created {result.organizations} organizations, {result.people} people, "
        f"{result.deals} deals, {result.activities} activities, {result.notes} notes and "
        f"{result.files} files "
        f"in {elapsed:.1f} s; {db_path} is {size / 1_000_000:.1f} MB."
    )
    return 0


def _wal_size(db_path: Path) -> int:
    wal = db_path.with_name(db_path.name + "-wal")
    return wal.stat().st_size if wal.exists() else 0


def _first_weekday(week_start: str | None) -> int:
    """Monday 0 ... Sunday 6: `--week-start`, else the locale's first day of the week, the one
    the window's board uses (so that both put every account in the same column)."""
    if week_start is not None:
        return WEEKDAYS[week_start]
    from accountmgr.views.translations import first_weekday  # Qt Core, only when needed

    return first_weekday()


def _run_accounts(args: argparse.Namespace) -> int:
    from accountmgr.domain import accounts
    from accountmgr.domain.currencies import default_currency
    from accountmgr.domain.money import to_decimal_string

    code, exponent = default_currency()
    rows = accounts.list_accounts(
        clock.today(),
        _first_weekday(args.week_start),
        bucket=Bucket(args.bucket) if args.bucket else None,
        search=args.search,
    )
    out = sys.stdout
    for row in rows:
        if args.json:
            record = {
                "id": row.id,
                "name": row.name,
                "owner": row.owner,
                "won_deals": row.won_deals,
                "won_value": to_decimal_string(row.won_value, exponent),
                "currency": code,
                "account_since": row.account_since,
                "last_activity_done": row.last_activity_done,
                "next_activity_due": row.next_activity_due,
                "next_activity_subject": row.next_activity_subject,
                "bucket": row.bucket.value,
            }
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            value = f"{to_decimal_string(row.won_value, exponent)} {code}"
            next_due = row.next_activity_due or "-"
            out.write(
                f"{row.id:>7}  {row.name[:40]:<40}  {value:>16}  {next_due:<10}  "
                f"{row.bucket.value}\n"
            )
    return 0


def _run_check(db_path: Path) -> int:
    from accountmgr.domain import accounts, integrity

    found = integrity.problems()
    if found:
        for line in found:
            print(line, file=sys.stderr)
        return _fail(f"{db_path} has problems ({len(found)} shown above)")
    totals = accounts.totals(clock.today())
    print(f"{db_path}: OK; {totals.accounts} accounts; every summary matches live data.")
    return 0


def _run_screenshots(args: argparse.Namespace, db_path: Path) -> int:
    import tempfile

    from accountmgr.screenshots import render

    with tempfile.TemporaryDirectory() as settings_dir:
        for path in render(Path(args.out), Path(settings_dir)):
            print(path)
    return 0


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


def _run_export_ics(args: argparse.Namespace) -> int:
    from accountmgr.domain import calendar_export

    if args.start and args.end and args.start > args.end:
        return _fail(f"--from {args.start} is after --to {args.end}", EXIT_USAGE)
    owner = None
    if args.owner is not None:
        try:
            owner = _user_id(args.owner)
        except LookupError as exc:
            return _fail(
                f"several users are named '{args.owner}'; give the id instead ({exc})", EXIT_USAGE
            )
        if owner is None:
            return _fail(f"there is no user with the name or id '{args.owner}'", EXIT_USAGE)
    written = calendar_export.export_ics(
        Path(args.out),
        owner=owner,
        start=args.start,
        end=args.end,
        include_done=args.include_done,
    )
    noun = "activity" if written == 1 else "activities"
    print(f"Wrote {written} {noun} to {args.out}")
    return 0


class _UsageError(Exception):
    """A bad argument found after parsing (exit 2, one line)."""


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold()


def _read_mapping(
    mapping_file: str, headers: list[str], mapping: dict[int, str], kind: str
) -> dict[int, str]:
    """Auto-detected `mapping` (column -> field key) overridden by MAPPING.json, which names
    columns by header and fields by key or label (case and extra spaces ignored)."""
    from accountmgr.domain.import_fields import fields_for

    try:
        given = json.loads(Path(mapping_file).read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise _UsageError(f"cannot read {mapping_file}: {exc.strerror or exc}") from None
    except (ValueError, UnicodeError) as exc:
        raise _UsageError(f"{mapping_file} is not valid JSON: {exc}") from None
    if not isinstance(given, dict) or not all(isinstance(v, str | None) for v in given.values()):
        raise _UsageError(f'{mapping_file} must be a JSON object like {{"Header": "field key"}}')
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
            raise _UsageError(f"the file has no column '{header}' (named in {mapping_file})")
        key = keys.get(_folded(wanted)) if wanted else None
        if wanted and key is None:
            names = ", ".join(spec.key for spec in specs)
            raise _UsageError(f"'{wanted}' is not a field of {kind}; use one of: {names}")
        if key:
            result = {i: k for i, k in result.items() if k != key}
            result[index] = key
        else:
            result.pop(index, None)
    return result


def _print_report(report: Report, dry_run: bool) -> None:
    print(
        f"Created {report.created}, updated {report.updated}, skipped {report.skipped}, "
        f"rejected {len(report.rejected)}" + (" (dry run: nothing was written)" if dry_run else "")
    )
    if report.linked_created:
        print(f"Created {report.linked_created} linked records")
    for rejected in report.rejected:
        print(f"line {rejected.line}: {rejected.reason}")


def _import_into_open_database(args: argparse.Namespace, headers: list[str]) -> int:
    from accountmgr.domain.import_fields import fields_for
    from accountmgr.domain.import_headers import auto_map
    from accountmgr.domain.import_run import ImportOptions, run_import

    mapping = auto_map(args.kind, headers)
    if args.mapping:
        mapping = _read_mapping(args.mapping, headers, mapping, args.kind)
    missing = [
        spec.label
        for spec in fields_for(args.kind)
        if spec.required and spec.key not in mapping.values()
    ]
    if missing:
        return _fail(
            f"{args.file} has no column for {', '.join(missing)}; name it with --mapping",
            EXIT_USAGE,
        )
    options = ImportOptions(
        kind=args.kind,
        mapping=mapping,
        on_duplicate=args.on_duplicate,
        create_missing=not args.no_create_missing,
        day_first=not args.month_first,
    )
    path = Path(args.file)
    dry_run = args.dry_run or args.strict  # strict: check every row before writing any
    report = run_import(path, options, dry_run=dry_run)
    if args.strict and report.rejected:
        _print_report(report, dry_run=True)
        return _fail(
            f"{len(report.rejected)} of the rows would be rejected (listed above); "
            "nothing was imported"
        )
    if args.strict and not args.dry_run:
        report = run_import(path, options)
    _print_report(report, args.dry_run)
    return 0


def _run_import(args: argparse.Namespace, db_path: Path) -> int:
    """Import a file; the database is created when there is none (moving in), except for a dry
    run, which checks against an empty database in a temporary folder instead."""
    from accountmgr.domain.import_files import read_table

    headers = read_table(Path(args.file), limit=1).headers  # a bad file creates no database
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


def _run_export(args: argparse.Namespace) -> int:
    from accountmgr.domain import export
    from accountmgr.domain.export_reader import ExportIncompleteError

    out = Path(args.out)
    fmt = args.fmt or ("xlsx" if out.suffix.lower() == ".xlsx" else "csv")
    try:
        written = export.export_kind(args.kind, out, fmt)
    except ExportIncompleteError as exc:
        # The file holds every row that could be read; name the ids it lacks, one run a line.
        print(f"Wrote {exc.written} {'row' if exc.written == 1 else 'rows'} to {args.out}")

        def ids(first: int, last: int) -> str:
            return f"id {first}" if first == last else f"ids {first}-{last}"

        for first, last in exc.unreadable:
            print(
                f"{exc.kind}: could not read {ids(first, last)} (the database is damaged)",
                file=sys.stderr,
            )
        for (first, last), labels in exc.partial:
            print(
                f"{exc.kind}: {ids(first, last)} written without {', '.join(labels)} "
                "(the database is damaged)",
                file=sys.stderr,
            )
        return _fail(
            f"the export is incomplete; run '{PROG} check' and restore the database from a backup"
        )
    print(f"Wrote {written} {'row' if written == 1 else 'rows'} to {args.out}")
    return 0


def _accounts_now() -> int:
    from accountmgr.domain import accounts

    return accounts.totals(clock.today()).accounts


def _run_backup(args: argparse.Namespace) -> int:
    from accountmgr.domain import backups

    info = backups.take(out=Path(args.out) if args.out else None)  # a `manual` backup
    what = "the database" if info.accounts is None else _count(info.accounts, "account")
    print(f"Backed up {what} to {info.path}")
    return 0


def _count(number: int, noun: str) -> str:
    return f"{number:,} {noun}{'' if number == 1 else 's'}"


def _run_restore(args: argparse.Namespace, db_path: Path) -> int:
    """Restore a backup into the database through its connection, after a `restore` backup of
    the data it replaces. A database too damaged to be opened, or to be copied, is set aside
    instead (kept beside it, in place of that copy) and the backup put in its place."""
    from accountmgr.domain import backups

    backup = Path(args.file)
    try:
        open_database(db_path, create=False)
    except DatabaseDamagedError as damaged:
        return _restore_in_place_of(backup, db_path, args.file, damaged)
    try:
        safety, _change = backups.restore(backup)
    except backups.BackupFailedError as failed:
        # The data was left as it was. When it is damaged beyond copying, the file itself is
        # what can be kept of it. (A refused backup file raised another StoreError.)
        if not isinstance(failed.__cause__, BackupError) or not _damaged_beyond_copying():
            raise
        close_database()
        return _restore_in_place_of(backup, db_path, args.file, failed)
    note = "" if safety.ok else " (that copy is damaged, as the data was)"
    print(
        f"Restored {args.file} ({_count(_accounts_now(), 'account')}); "
        f"the data it replaced is kept in {safety.path}{note}"
    )
    return 0


def _damaged_beyond_copying() -> bool:
    """Whether the open database cannot even be read through (asked through its connection)."""
    from accountmgr.store.models import db

    try:
        rows = db.execute_sql("PRAGMA quick_check(1)").fetchall()
    except (sqlite3.DatabaseError, pw.DatabaseError):
        return True
    return [str(row[0]) for row in rows] != ["ok"]


def _restore_in_place_of(backup: Path, db_path: Path, given: str, damaged: Exception) -> int:
    """Put the backup in place of the damaged database file (closed), which is set aside."""
    from accountmgr.store.backups import restore_file

    try:
        aside = restore_file(backup, db_path)
    except StoreError as exc:
        raise StoreError(f"{exc} {damaged} The database was left as it was.") from exc
    open_database(db_path, create=False)  # brings a backup of an older version up to date
    kept = (
        f"the damaged database was set aside as {aside}"
        if aside is not None
        else "there was no database file to set aside"
    )
    print(f"Restored {given} ({_count(_accounts_now(), 'account')}); {kept}")
    return 0


def _run_backups(args: argparse.Namespace, db_path: Path) -> int:
    """List the backups of the database (reading them only; the database is not opened)."""
    from accountmgr.store.backup_files import backups_dir
    from accountmgr.store.backups import list_backups

    found = list_backups(db_path)
    out = sys.stdout
    if not found and not args.json:
        out.write(f"No backups in {backups_dir(db_path)}\n")
    for info in found:
        if args.json:
            record = {
                "path": str(info.path),
                "taken_at": info.taken_at.isoformat(sep=" "),
                "reason": info.reason,
                "size": info.size,
                "accounts": info.accounts,
                "version": info.version,
                "ok": info.ok,
                "problem": info.problem,
            }
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            accounts = "?" if info.accounts is None else f"{info.accounts:,}"
            state = "ok" if info.ok else f"problem: {info.problem}"
            out.write(
                f"{info.taken_at:%Y-%m-%d %H:%M:%S}  {info.reason or '-':<9}  "
                f"{_size(info.size):>9}  {accounts:>7} accounts  {info.path.name}  {state}\n"
            )
    return 0


def _size(size: int) -> str:
    if size < 1_000_000:
        return f"{size / 1000:.0f} kB"
    return f"{size / 1_000_000:.1f} MB"


def _clean_partial(db_path: Path) -> None:
    """Remove what an interrupted backup or restore left behind, before the database opens."""
    from accountmgr.domain.backups import clean_interrupted

    warning = clean_interrupted(db_path)
    if warning is not None:
        print(f"{PROG}: warning: {warning}", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    clock.pin_today(args.today)
    try:
        db_path = resolve_db_path(args.db)
    except StoreError as exc:
        return _fail(str(exc), EXIT_USAGE)
    if args.command is None:
        from accountmgr import pyside_start

        pyside_start.load()
        from accountmgr.app import run_gui

        return run_gui(db_path, smoke=args.smoke)  # it turns the collector on once painted
    resume_collector()  # a command collects garbage as usual
    try:
        if args.command == "backups":
            return _run_backups(args, db_path)
        _clean_partial(db_path)
        if args.command == "import":
            return _run_import(args, db_path)
        if args.command == "restore":
            try:
                return _run_restore(args, db_path)
            finally:
                close_database()
        # Only `demo` and `import` may create a database; reading commands need one that exists.
        open_database(db_path, create=args.command == "demo")
        try:
            if args.command == "backup":
                return _run_backup(args)
            if args.command == "demo":
                return _run_demo(args, db_path)
            if args.command == "accounts":
                return _run_accounts(args)
            if args.command == "screenshots":
                return _run_screenshots(args, db_path)
            if args.command == "export-ics":
                return _run_export_ics(args)
            if args.command == "export":
                return _run_export(args)
            return _run_check(db_path)
        finally:
            close_database()
    except _UsageError as exc:
        return _fail(str(exc), EXIT_USAGE)
    except (StoreError, DomainError) as exc:
        return _fail(str(exc))
    except (sqlite3.DatabaseError, pw.DatabaseError) as exc:
        return _fail(f"{db_path} could not be read or written: {exc}")
    except BrokenPipeError:
        return 0  # the reader of our output went away (e.g. `| head`)
    except UnicodeError as exc:
        return _fail(f"text that is not valid Unicode: {exc}")
    except OSError as exc:
        return _fail(f"{exc.strerror or exc}")
    except KeyboardInterrupt:
        return _fail("interrupted; the unfinished command's changes were rolled back", 130)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
