"""Command line: the GUI by default, and headless commands for scripting, support and tests
(in `accountmgr.commands`, one module a group).

Bad input ends with one line on stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path

import peewee as pw

from accountmgr import __version__
from accountmgr.commands import backup, database, language, rates, team, transfer
from accountmgr.commands.common import (
    EXIT_USAGE,
    PROG,
    QT_TRANSLATE_NOOP,
    Parser,
    UsageError,
    date_arg,
    error_text,
    fail,
    first_line,
    without_passwords,
)
from accountmgr.domain import clock
from accountmgr.domain.errors import DomainError
from accountmgr.startup import resume_collector
from accountmgr.store.database import close_database, open_target, resolve_target
from accountmgr.store.errors import StoreError
from accountmgr.store.postgres import ServerAddress

# The commands' modules import what they run when they run it, so that opening the window does
# not load the importer, the exporter or the demo generator.


def build_parser() -> Parser:
    parser = Parser(
        prog=PROG,
        description=QT_TRANSLATE_NOOP(
            "Cli", "Offline account management. Without a command, opens the application."
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"{PROG} {__version__}",
        help=QT_TRANSLATE_NOOP("Cli", "show program's version number and exit"),
    )
    parser.add_argument(
        "--db",
        metavar="PATH|URL",
        help=QT_TRANSLATE_NOOP(
            "Cli",
            "database file, or a team database as postgresql://user@host:5432/dbname "
            "(default: $ACCOUNTMGR_DB, else accountmgr.db in the application-data folder)",
        ),
    )
    parser.add_argument(
        "--today",
        metavar="YYYY-MM-DD",
        type=date_arg,
        help=QT_TRANSLATE_NOOP("Cli", "pretend today is this date (demos and tests)"),
    )
    parser.add_argument(
        "--week-start",
        choices=sorted(database.WEEKDAYS),
        help=QT_TRANSLATE_NOOP(
            "Cli",
            "first day of the week for kanban buckets (default: the locale's, as in the window)",
        ),
    )
    parser.add_argument(
        "--smoke",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "Cli", "start the application, show the main window briefly, exit 0"
        ),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    database.add_commands(commands)
    transfer.add_commands(commands)
    backup.add_commands(commands)
    rates.add_commands(commands)
    team.add_commands(commands)
    return parser


# What only a database file has: a team database is backed up on its server.
FILE_ONLY = ("backup", "backups", "restore")


def _clean_partial(db_path: Path) -> None:
    """Remove what an interrupted backup or restore left behind, before the database opens."""
    from accountmgr.domain.backups import clean_interrupted

    warning = clean_interrupted(db_path)
    if warning is not None:
        from PySide6.QtCore import QCoreApplication

        from accountmgr.qtmodels.formatting import fill

        text = QCoreApplication.translate("Cli", "%1: warning: %2")
        print(fill(text, PROG, warning), file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; what it installed for its language is removed at its end."""
    with language.speaking():
        return _main(argv)


def _main(argv: Sequence[str] | None) -> int:
    args = build_parser().parse_args(argv)
    clock.pin_today(args.today)
    try:
        target = resolve_target(args.db)
    except StoreError as exc:
        return fail(error_text(exc), EXIT_USAGE)
    if args.command is None:
        from accountmgr import pyside_start

        pyside_start.load()
        from accountmgr.app import run_gui

        return run_gui(target, smoke=args.smoke)  # it turns the collector on once painted
    resume_collector()  # a command collects garbage as usual
    language.load(widgets=args.command in ("screenshots", "account-pdf"))
    from PySide6.QtCore import QCoreApplication

    from accountmgr.qtmodels.formatting import fill

    try:
        if args.command in team.COMMANDS:  # they name their databases themselves
            return team.run(args)
        if isinstance(target, ServerAddress):
            if args.command in FILE_ONLY:
                return _refuse_team_database(target, args.command)
        else:
            if args.command == "backups":
                return backup.run_backups(args, target)
            _clean_partial(target)
        if args.command == "import":
            return transfer.run_import(args, target)
        if args.command == "restore" and isinstance(target, Path):
            try:
                return backup.run_restore(args, target)
            finally:
                close_database()
        # Only `demo` and `import` may create a database file; reading commands need one that
        # exists (and a team database is made by init-server only).
        open_target(target, create=args.command == "demo")
        try:
            if args.command == "backup":
                return backup.run_backup(args)
            if args.command == "demo":
                return database.run_demo(args, target)
            if args.command == "accounts":
                return database.run_accounts(args)
            if args.command == "screenshots":
                return database.run_screenshots(args)
            if args.command == "account-pdf":
                return database.run_account_pdf(args)
            if args.command == "export-ics":
                return transfer.run_export_ics(args)
            if args.command == "export":
                return transfer.run_export(args)
            if args.command == "rates":
                return rates.run_rates(args)
            return database.run_check(target)
        finally:
            close_database()
    except UsageError as exc:
        return fail(str(exc), EXIT_USAGE)
    except (StoreError, DomainError) as exc:
        return fail(error_text(exc))
    except (sqlite3.DatabaseError, pw.DatabaseError) as exc:
        text = QCoreApplication.translate("Cli", "%1 could not be read or written: %2")
        return fail(fill(text, str(target), without_passwords(first_line(exc), target)))
    except BrokenPipeError:
        return 0  # the reader of our output went away (e.g. `| head`)
    except UnicodeError as exc:
        text = QCoreApplication.translate("Cli", "text that is not valid Unicode: %1")
        return fail(fill(text, str(exc)))
    except OSError as exc:
        return fail(f"{exc.strerror or exc}")
    except KeyboardInterrupt:
        text = QCoreApplication.translate(
            "Cli", "interrupted; the unfinished command's changes were rolled back"
        )
        return fail(text, 130)


def _refuse_team_database(target: ServerAddress, command: str) -> int:
    """What a team database does not have here: backups of its own (its server keeps them)."""
    from PySide6.QtCore import QCoreApplication

    from accountmgr.qtmodels.formatting import fill

    text = QCoreApplication.translate(
        "Cli",
        "%1 is a team database: it is backed up on its server (with pg_dump, for example), "
        "not with '%2 %3'",
    )
    return fail(fill(text, target.shown, PROG, command), EXIT_USAGE)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
