"""How long until another process's write is on screen: the window is shown (and asserted
visible and exposed), another process renames the first account of the list, and the time runs
from that process's commit to the list viewport's paint that shows the new name.

    python -m tests.benchmarks.external_probe DB [--rounds N] [--today YYYY-MM-DD]

Prints one JSON object: the latencies in ms (median, max) and the size of the database.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

_RENAME = """
import sys, time
from pathlib import Path
from accountmgr.domain import organizations
from accountmgr.store.database import close_database, open_database
open_database(Path(sys.argv[1]), create=False)
organizations.update_organization(int(sys.argv[2]), name=sys.argv[3])
print(time.time())
close_database()
"""


def main(argv: list[str]) -> int:
    import argparse
    import datetime as dt

    parser = argparse.ArgumentParser()
    parser.add_argument("db", type=Path)
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--today")
    args = parser.parse_args(argv)

    from PySide6.QtCore import QEvent, QObject, QSettings
    from PySide6.QtWidgets import QApplication

    from accountmgr.domain import clock
    from accountmgr.qtmodels.hub import ChangeHub
    from accountmgr.store.database import open_database
    from accountmgr.views.main_window import MainWindow

    app = QApplication([])
    if args.today:
        clock.pin_today(dt.date.fromisoformat(args.today))
    open_database(args.db, create=False)
    settings = QSettings(str(args.db.with_suffix(".probe.ini")), QSettings.Format.IniFormat)
    window = MainWindow(ChangeHub(), settings)
    window.resize(1400, 900)
    window.show()
    window.finish_start()
    table = window.list_tab.table
    painted: list[float] = []

    class Paints(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                painted.append(time.time())
            return False

    paints = Paints()
    table.viewport().installEventFilter(paints)
    deadline = time.monotonic() + 5
    while not window.windowHandle().isExposed() and time.monotonic() < deadline:
        app.processEvents()
    assert window.isVisible(), "the window is not shown"
    assert window.windowHandle().isExposed(), "the window is not exposed"
    org = window.model.org_id(0)
    latencies = []
    for round_ in range(args.rounds):
        name = f"Renamed elsewhere {round_}"
        done = subprocess.run(
            [sys.executable, "-c", _RENAME, str(args.db), str(org), name],
            capture_output=True,
            text=True,
            check=True,
        )
        committed = float(done.stdout.strip())
        painted.clear()
        shown_at = None
        deadline = time.monotonic() + 5
        while shown_at is None and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.002)
            if painted and window.model.index(window.model.row_of(org), 0).data() == name:
                shown_at = painted[-1]
        assert shown_at is not None, "the change never reached the screen"
        latencies.append((shown_at - committed) * 1000)
    print(
        json.dumps(
            {
                "external_change_ms_median": round(statistics.median(latencies), 1),
                "external_change_ms_max": round(max(latencies), 1),
                "rounds": args.rounds,
                "db_mb": round(args.db.stat().st_size / 1e6, 1),
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
