"""Run an import that stalls in the middle, so that a test can kill the process there.

Usage: python tests/import_kill.py DATABASE CSV_FILE (deals: Title, Organization, ...).
After the first batch the page cache is made tiny, so that the second batch spills uncommitted
pages into the write-ahead log; after the second batch it prints "stalled DONE TOTAL" and
sleeps until killed.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from accountmgr.domain.import_files import iter_table
from accountmgr.domain.import_headers import auto_map
from accountmgr.domain.import_run import ImportOptions, run_import
from accountmgr.store.database import open_database
from accountmgr.store.models import db


def _progress(done: int, total: int) -> None:
    if db.execute_sql("PRAGMA cache_size").fetchone()[0] != 10:
        db.execute_sql("PRAGMA cache_size = 10")
        return
    print(f"stalled {done} {total}", flush=True)
    time.sleep(120)


def main(database: str, csv_file: str) -> None:
    open_database(Path(database))
    table, rows = iter_table(Path(csv_file))
    getattr(rows, "close", lambda: None)()
    options = ImportOptions("deals", auto_map("deals", table.headers))
    run_import(Path(csv_file), options, progress=_progress)
    print("finished", flush=True)  # not reached: the test kills the process first


if __name__ == "__main__":
    main(*sys.argv[1:3])
