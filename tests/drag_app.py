"""A helper process for tests/test_kanban_real_drag.py: the main window on a real X display.

Run as ``python -m tests.drag_app DB_PATH TODAY`` with DISPLAY and QT_QPA_PLATFORM=xcb set. It
shows the Kanban tab, prints one JSON line with the global screen coordinates of the first card
in Today and of the middle of the Tomorrow column, then runs until it reads "quit" on stdin (or
30 s pass) and exits 0.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import tempfile
import threading
import time
from pathlib import Path

from PySide6.QtCore import QLocale, QPoint, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from accountmgr.domain import clock
from accountmgr.domain.buckets import Bucket
from accountmgr.qtmodels.hub import ChangeHub
from accountmgr.store.database import close_database, open_database
from accountmgr.views.main_window import MainWindow

LIFETIME_MS = 30_000
WINDOW_SIZE = (1260, 860)


def _settle(app: QApplication, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def _global(widget: QWidget, point: QPoint) -> dict[str, int]:
    spot = widget.mapToGlobal(point)
    return {"x": spot.x(), "y": spot.y()}


def _visible(widget: QWidget, point: QPoint) -> bool:
    """Whether the point of the widget is on screen, not clipped by a scroll area."""
    return not widget.visibleRegion().isNull() and widget.visibleRegion().contains(point)


def main(argv: list[str]) -> int:
    db_path, today = Path(argv[1]), dt.date.fromisoformat(argv[2])
    open_database(db_path)
    clock.pin_today(today)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    app = QApplication([argv[0]])
    with tempfile.TemporaryDirectory() as temp:
        settings = QSettings(str(Path(temp) / "drag_app.ini"), QSettings.Format.IniFormat)
        window = MainWindow(ChangeHub(), settings)
        window.board.first_weekday = 0
        window.model.first_weekday = 0
        window.setGeometry(0, 0, *WINDOW_SIZE)
        window.show()
        window.ui.tabs.setCurrentIndex(1)
        window.raise_()
        window.activateWindow()
        _settle(app, 1.0)

        lists = window.kanban_tab.lists
        source, target = lists[Bucket.TODAY], lists[Bucket.TOMORROW]
        model = source.model()
        if model.rowCount() == 0:
            print(json.dumps({"error": "no card in Today"}), flush=True)
            return 1
        card = source.visualRect(model.index(0, 0)).center()
        middle = target.viewport().rect().center()
        report = {
            "card": _global(source.viewport(), card),
            "target": _global(target.viewport(), middle),
            "card_visible": _visible(source.viewport(), card),
            "target_visible": _visible(target.viewport(), middle),
            "platform": QApplication.platformName(),
        }
        print(json.dumps(report), flush=True)

        quit_requested = threading.Event()

        def read_stdin() -> None:
            for line in sys.stdin:
                if line.strip() == "quit":
                    break
            quit_requested.set()  # "quit", or stdin closed: the test is gone

        threading.Thread(target=read_stdin, daemon=True).start()
        poll = QTimer()
        poll.timeout.connect(lambda: quit_requested.is_set() and app.quit())
        poll.start(50)
        QTimer.singleShot(LIFETIME_MS, app.quit)
        app.exec()
        poll.stop()
        window.close()
        del window
    close_database()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
