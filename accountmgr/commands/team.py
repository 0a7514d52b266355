"""Commands for a team database: prepare one on a PostgreSQL server, and copy a whole database
between a file and a server (either way) or between two files."""

from __future__ import annotations

import argparse
import sqlite3
import sys

import peewee as pw

from accountmgr.commands.common import (
    EXIT_USAGE,
    QT_TRANSLATE_NOOP,
    Commands,
    error_text,
    fail,
    first_line,
    number,
    without_passwords,
)
from accountmgr.store.database import close_database, target_of
from accountmgr.store.errors import StoreError
from accountmgr.store.postgres import server_address

COMMANDS = ("init-server", "copy")


def add_commands(commands: Commands) -> None:
    init = commands.add_parser(
        "init-server",
        help=QT_TRANSLATE_NOOP(
            "Cli", "make an empty PostgreSQL database a team database (or bring one up to date)"
        ),
    )
    init.add_argument(
        "url",
        metavar="URL",
        help=QT_TRANSLATE_NOOP("Cli", "the database, as postgresql://user@host:5432/dbname"),
    )
    copy = commands.add_parser(
        "copy",
        help=QT_TRANSLATE_NOOP(
            "Cli",
            "copy a whole database into a new file or an empty team database "
            "(a file to a server, a server to a file, or a file to a file)",
        ),
    )
    copy.add_argument(
        "source",
        metavar="SRC",
        help=QT_TRANSLATE_NOOP("Cli", "the database to copy: a file, or a postgresql:// URL"),
    )
    copy.add_argument(
        "destination",
        metavar="DST",
        help=QT_TRANSLATE_NOOP(
            "Cli", "where to copy it: a new file, or the URL of an empty team database"
        ),
    )


def run(args: argparse.Namespace) -> int:
    if args.command == "init-server":
        return run_init_server(args)
    return run_copy(args)


def run_init_server(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QCoreApplication

    from accountmgr.qtmodels.formatting import fill
    from accountmgr.store.server import init_server

    try:
        address = server_address(args.url)
    except StoreError as exc:
        return fail(error_text(exc), EXIT_USAGE)
    version = init_server(address)
    text = QCoreApplication.translate("Cli", "%1 is ready for a team: schema %2")
    print(fill(text, address.shown, str(version)))
    return 0


def run_copy(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QCoreApplication

    from accountmgr.domain.database_copy import copy_database
    from accountmgr.qtmodels.formatting import fill

    try:
        source, destination = target_of(args.source), target_of(args.destination)
    except StoreError as exc:
        return fail(error_text(exc), EXIT_USAGE)

    def progress(table: str, done: int, finished: bool) -> None:
        if finished:
            line = QCoreApplication.translate("Cli", "%1: %Ln row(s)", None, done)
            print(fill(line, table), file=sys.stderr, flush=True)

    try:
        result = copy_database(source, destination, progress)
    except (sqlite3.DatabaseError, pw.DatabaseError) as exc:
        text = QCoreApplication.translate(
            "Cli", "the copy from %1 to %2 failed, and nothing was copied: %3"
        )
        reason = without_passwords(first_line(exc), source, destination)
        return fail(fill(text, str(source), str(destination), reason))
    finally:
        close_database()
    rows, seconds = result.rows, result.seconds
    text = QCoreApplication.translate("Cli", "Copied %1 to %2: %Ln row(s) in %3 s", None, rows)
    print(fill(text, str(source), str(destination), number(seconds, 1)))
    return 0
