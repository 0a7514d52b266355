"""Import of a data set from CSV beside a bare sqlite3 load of the same rows, in one process.

    python -m tests.benchmarks.import_bench SOURCE_DB WORK_DIR --today YYYY-MM-DD [--into URL]

The organizations, deals and activities of SOURCE_DB are exported to CSV files (the exporter is
not part of the figure), then imported into a new database with the application's importer
(parsing, checks, linking by name, summaries), and loaded into another new database with
sqlite3's executemany (the same rows, only split into columns and linked through a dictionary).
With `--into URL` the import goes into that team database (new, empty, made by
`accountmgr init-server`) and the sqlite3 load is left out. Prints one JSON object.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import sqlite3
import sys
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

KINDS = ("organizations", "deals", "activities")


def _export(source: Path, work: Path) -> dict[str, Path]:
    from accountmgr.domain import export
    from accountmgr.store.database import close_database, open_database

    open_database(source, create=False)
    files = {}
    for kind in KINDS:
        files[kind] = work / f"{kind}.csv"
        export.export_kind(kind, files[kind], "csv")
    close_database()
    return files


def _import(files: dict[str, Path], target: str) -> tuple[float, dict[str, int]]:
    from accountmgr.domain.import_files import read_table
    from accountmgr.domain.import_headers import auto_map
    from accountmgr.domain.import_run import ImportOptions, run_import
    from accountmgr.store.database import close_database, open_target, target_of

    open_target(target_of(target))
    started = time.perf_counter()
    counts = {}
    for kind in KINDS:
        headers = read_table(files[kind], limit=1).headers
        options = ImportOptions(kind, auto_map(kind, headers), on_duplicate="create")
        report = run_import(files[kind], options)
        counts[kind] = report.created
        counts[f"{kind}_rejected"] = len(report.rejected)
    elapsed = time.perf_counter() - started
    close_database()
    return elapsed, counts


def _rows(path: Path) -> tuple[list[str], list[list[str]]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle)
        headers = next(reader)
        return headers, list(reader)


def _baseline(files: dict[str, Path], target: Path) -> float:
    """The same rows loaded with sqlite3: split into columns, amounts to minor units, each
    organization found by name in a dictionary, then executemany in one transaction."""
    from accountmgr.store.database import close_database, open_database

    open_database(target)  # the same schema, indexes and triggers as the application's
    close_database()
    conn = sqlite3.connect(target, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    now = dt.datetime.now().isoformat(" ", "seconds")
    started = time.perf_counter()
    conn.execute("BEGIN")
    headers, rows = _rows(files["organizations"])
    at = {h: i for i, h in enumerate(headers)}
    org_ids: dict[str, int] = {}
    org_rows: list[tuple[Any, ...]] = []
    for number, row in enumerate(rows, start=1):
        org_ids[row[at["Name"]]] = number
        org_rows.append(
            (
                number,
                row[at["Name"]],
                row[at["Address"]],
                row[at["Country"]],
                row[at["Label"]],
                now,
                now,
            )
        )
    conn.executemany(
        "INSERT INTO organization (id, name, address, country, label, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        org_rows,
    )
    headers, rows = _rows(files["deals"])
    at = {h: i for i, h in enumerate(headers)}
    conn.executemany(
        "INSERT INTO deal (id, title, value_minor, currency, status, lost_reason, "
        "organization_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                number,
                row[at["Title"]],
                int(Decimal(row[at["Value"]] or "0") * 100),
                row[at["Currency"]] or "EUR",
                row[at["Status"]] or "open",
                row[at["Lost reason"]],
                org_ids.get(row[at["Organization"]]),
                now,
            )
            for number, row in enumerate(rows, start=1)
        ],
    )
    headers, rows = _rows(files["activities"])
    at = {h: i for i, h in enumerate(headers)}
    conn.executemany(
        "INSERT INTO activity (id, type_id, subject, due_date, done, note, organization_id, "
        "created_at) VALUES (?, 1, ?, ?, ?, ?, ?, ?)",
        [
            (
                number,
                row[at["Subject"]],
                row[at["Due date"]],
                int(row[at["Done"]] == "yes"),
                row[at["Note"]],
                org_ids.get(row[at["Organization"]]),
                now,
            )
            for number, row in enumerate(rows, start=1)
        ],
    )
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed


def main() -> int:
    source, work = Path(sys.argv[1]), Path(sys.argv[2])
    if len(sys.argv) > 4 and sys.argv[3] == "--today":
        from accountmgr.domain import clock

        clock.pin_today(dt.date.fromisoformat(sys.argv[4]))
    work.mkdir(parents=True, exist_ok=True)
    files = _export(source, work)
    into = sys.argv[sys.argv.index("--into") + 1] if "--into" in sys.argv else None
    import_s, counts = _import(files, into or str(work / "imported.db"))
    rows = sum(v for k, v in counts.items() if k in KINDS)
    rejected = sum(v for k, v in counts.items() if k.endswith("_rejected"))
    if into:
        print(json.dumps({"import_csv_s": round(import_s, 2), "import_rows": rows}))
        return 0
    baseline_s = _baseline(files, work / "baseline.db")
    print(
        json.dumps(
            {
                "import_csv_s": round(import_s, 2),
                "import_sqlite3_executemany_s": round(baseline_s, 2),
                "import_ratio": round(import_s / baseline_s, 2),
                "import_rows": rows,
                "import_rejected": rejected,
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
