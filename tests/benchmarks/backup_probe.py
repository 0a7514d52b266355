"""Whether the window waits for a backup: the daily backup (taken after the first paint) runs
while a 20 ms timer ticks on the main thread's event loop; the longest gap between two ticks
is how long the window would have been frozen. The same copy taken on the main thread is
timed beside it.

    python -m tests.benchmarks.backup_probe DB

Prints one JSON object. Meant for a benchmark copy of a database: today's backups in its
backups/ folder are removed first (so the daily one is due), and two new copies are made.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(argv: list[str]) -> int:
    import qasync
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from accountmgr import app as app_module
    from accountmgr.domain import backups
    from accountmgr.store.database import open_database

    db = Path(argv[0])
    qapp = QApplication([])
    open_database(db, create=False)
    today = dt.date.today()
    for old in backups.available():  # make today's daily backup due (a benchmark copy)
        if old.taken_at.date() == today:
            old.path.unlink()

    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(20)
    settings = QSettings(str(db.with_suffix(".probe.ini")), QSettings.Format.IniFormat)
    messages: list[str] = []
    app_module._daily_backup_in_background(loop, settings, messages.append)
    deadline = time.monotonic() + 120
    with loop:
        while not any(b.reason == "daily" for b in backups.available()):
            assert time.monotonic() < deadline, messages
            loop.run_until_complete(asyncio.sleep(0.5))
        loop.run_until_complete(asyncio.sleep(0.5))
    timer.stop()
    started = time.perf_counter()
    backups.take()  # the same copy, on the main thread: what the window used to wait for
    on_main_thread = time.perf_counter() - started
    print(
        json.dumps(
            {
                "backup_on_main_thread_s": round(on_main_thread, 2),
                "daily_backup_longest_frozen_ms": round(max(gaps) * 1000, 1),
                "db_mb": round(db.stat().st_size / 1e6, 1),
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
