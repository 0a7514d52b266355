"""Commands on the database: fill it with demo data, list its accounts, check it, and render
screenshots of the window on it."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from accountmgr.commands.common import (
    EXIT_USAGE,
    JSON_HELP,
    QT_TRANSLATE_NOOP,
    Commands,
    fail,
    number,
)
from accountmgr.domain import clock
from accountmgr.domain.buckets import Bucket
from accountmgr.store.postgres import ServerAddress

WEEKDAYS = {"monday": 0, "saturday": 5, "sunday": 6}

MAX_DEMO_ORGS = 1_000_000


def _demo_size(value: str) -> int:
    from PySide6.QtCore import QCoreApplication

    from accountmgr.commands import language
    from accountmgr.qtmodels.formatting import fill

    language.load()  # a usage error, or nothing
    try:
        orgs = int(value)
    except ValueError:
        text = QCoreApplication.translate("Cli", "'%1' is not a whole number")
        raise argparse.ArgumentTypeError(fill(text, value)) from None
    if not 1 <= orgs <= MAX_DEMO_ORGS:
        text = QCoreApplication.translate("Cli", "'%1' must be between 1 and %2")
        raise argparse.ArgumentTypeError(fill(text, value, number(MAX_DEMO_ORGS)))
    return orgs


def add_commands(commands: Commands) -> None:
    demo_cmd = commands.add_parser(
        "demo", help=QT_TRANSLATE_NOOP("Cli", "fill an empty database with realistic demo data")
    )
    demo_cmd.add_argument(
        "--orgs",
        type=_demo_size,
        default=200,
        metavar="N",
        help=QT_TRANSLATE_NOOP("Cli", "number of organizations (default: 200)"),
    )
    demo_cmd.add_argument(
        "--seed",
        type=int,
        default=1,
        metavar="S",
        help=QT_TRANSLATE_NOOP("Cli", "random seed; the same seed and day give the same data"),
    )
    demo_cmd.add_argument(
        "--force",
        action="store_true",
        help=QT_TRANSLATE_NOOP("Cli", "add demo data even though the database holds data"),
    )

    list_cmd = commands.add_parser("accounts", help=QT_TRANSLATE_NOOP("Cli", "list accounts"))
    list_cmd.add_argument("--json", action="store_true", help=JSON_HELP)
    list_cmd.add_argument(
        "--bucket",
        choices=[b.value for b in Bucket],
        help=QT_TRANSLATE_NOOP("Cli", "only accounts in this kanban column"),
    )
    list_cmd.add_argument(
        "--search",
        metavar="TEXT",
        help=QT_TRANSLATE_NOOP(
            "Cli", "only accounts whose name, people, emails or phones contain TEXT"
        ),
    )

    commands.add_parser(
        "check",
        help=QT_TRANSLATE_NOOP("Cli", "check integrity and that every summary matches live data"),
    )

    pdf = commands.add_parser(
        "account-pdf",
        help=QT_TRANSLATE_NOOP("Cli", "write one account's summary page to a PDF file"),
    )
    pdf.add_argument(
        "org_id",
        type=int,
        metavar="ID",
        help=QT_TRANSLATE_NOOP("Cli", "the organization's id (see `accounts --json`)"),
    )
    pdf.add_argument(
        "--out", required=True, metavar="FILE", help=QT_TRANSLATE_NOOP("Cli", "the PDF file")
    )

    shots = commands.add_parser(
        "screenshots", help=QT_TRANSLATE_NOOP("Cli", "render the main views to PNG files")
    )
    shots.add_argument(
        "--out",
        required=True,
        metavar="DIR",
        help=QT_TRANSLATE_NOOP("Cli", "folder for the PNG files"),
    )
    shots.add_argument(
        "--lang",
        metavar="LANG",
        help=QT_TRANSLATE_NOOP(
            "Cli", "the interface's language (en, fr, de, es, it, pt_BR; the system's by default)"
        ),
    )


def run_demo(args: argparse.Namespace, target: Path | ServerAddress) -> int:
    from PySide6.QtCore import QCoreApplication

    from accountmgr.commands.common import error_text
    from accountmgr.domain import demo
    from accountmgr.qtmodels.formatting import fill

    started = time.perf_counter()
    try:
        result = demo.generate(args.orgs, seed=args.seed, today=clock.today(), force=args.force)
    except demo.DemoRefusedError as exc:
        text = QCoreApplication.translate("Cli", "%1 Use 'demo --force' to add it anyway.")
        return fail(fill(text, error_text(exc)))
    elapsed = time.perf_counter() - started
    # Each count with its noun in the right plural form, then the sentence that lists them.
    organizations, people, how_many_deals = result.organizations, result.people, result.deals
    activities, notes, files = result.activities, result.notes, result.files
    counts = [
        QCoreApplication.translate("Cli", "%Ln organization(s)", None, organizations),
        QCoreApplication.translate("Cli", "%Ln person(s)", None, people),
        QCoreApplication.translate("Cli", "%Ln deal(s)", None, how_many_deals),
        QCoreApplication.translate("Cli", "%Ln activity(s)", None, activities),
        QCoreApplication.translate("Cli", "%Ln note(s)", None, notes),
        QCoreApplication.translate("Cli", "%Ln file(s)", None, files),
    ]
    seconds = number(elapsed, 1)
    if isinstance(target, ServerAddress):  # the server's files are its own business
        text = QCoreApplication.translate(
            "Cli", "Created %1, %2, %3, %4, %5 and %6 in %7 s in the team database %8."
        )
        print(fill(text, *counts, seconds, target.shown))
        return 0
    size = target.stat().st_size + _wal_size(target)
    text = QCoreApplication.translate(
        "Cli", "Created %1, %2, %3, %4, %5 and %6 in %7 s; %8 is %9 MB."
    )
    print(fill(text, *counts, seconds, str(target), number(size / 1_000_000, 1)))
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


def run_accounts(args: argparse.Namespace) -> int:
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


def run_check(target: Path | ServerAddress) -> int:
    from PySide6.QtCore import QCoreApplication

    from accountmgr.domain import accounts, integrity
    from accountmgr.qtmodels.formatting import fill

    found = integrity.problems()
    if found:
        for line in found:
            print(line, file=sys.stderr)
        shown = len(found)
        text = QCoreApplication.translate("Cli", "%1 has problems (%Ln shown above)", None, shown)
        return fail(fill(text, str(target)))
    how_many = accounts.totals(clock.today()).accounts
    text = QCoreApplication.translate(
        "Cli", "%1: OK; %Ln account(s); every summary matches live data.", None, how_many
    )
    print(fill(text, str(target)))
    return 0


def run_screenshots(args: argparse.Namespace) -> int:
    import tempfile

    from accountmgr.screenshots import render

    with tempfile.TemporaryDirectory() as settings_dir:
        for path in render(Path(args.out), Path(settings_dir), language=args.lang):
            print(path)
    return 0


def run_account_pdf(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QCoreApplication

    from accountmgr.domain import account_detail
    from accountmgr.domain.errors import NotFoundError
    from accountmgr.qtmodels.account_summary import write_pdf
    from accountmgr.qtmodels.formatting import fill

    try:
        detail = account_detail.everything(args.org_id)
    except NotFoundError:
        text = QCoreApplication.translate("Cli", "there is no organization with the id %1")
        return fail(fill(text, str(args.org_id)), EXIT_USAGE)
    out = Path(args.out)
    write_pdf(detail, out, clock.today())
    text = QCoreApplication.translate("Cli", "Wrote the summary of %1 to %2")
    print(fill(text, detail.header.name, str(out)))
    return 0
