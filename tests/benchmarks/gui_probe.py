"""A process that starts a window, waits for it to be painted, and reports; run by the benchmarks.

    python -m tests.benchmarks.gui_probe bare
    python -m tests.benchmarks.gui_probe app|start DB [--today YYYY-MM-DD]

Prints one JSON object: peak RSS in MB, and for `app` the in-process timings of a re-sort by
won value and of search keystrokes, each until the list is repainted.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import sys
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")


def _peak_rss_mb() -> float:
    """This process's peak resident memory. On Linux from VmHWM, which starts afresh at exec
    (ru_maxrss may carry the peak of the parent that started us)."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bare() -> dict[str, float]:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv)
    window = QMainWindow()
    window.resize(1280, 800)
    window.show()
    QTimer.singleShot(0, app.quit)
    app.exec()
    return {"peak_rss_mb": round(_peak_rss_mb(), 1)}


def app(db: Path, today: str | None, *, measure: bool = True) -> dict[str, float]:
    import datetime as dt

    from PySide6.QtCore import QObject, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from accountmgr.domain import clock
    from accountmgr.qtmodels.hub import ChangeHub
    from accountmgr.store.database import open_database
    from accountmgr.views.main_window import MainWindow

    qapp = QApplication(sys.argv)
    if today:
        clock.pin_today(dt.date.fromisoformat(today))
    open_database(db)
    settings_path = Path(os.environ.get("TMPDIR", "/tmp")) / f"probe-{os.getpid()}.ini"
    window = MainWindow(ChangeHub(), QSettings(str(settings_path), QSettings.Format.IniFormat))
    window.resize(1280, 800)
    table = window.list_tab.table

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: object) -> bool:
            from PySide6.QtCore import QEvent

            if getattr(event, "type", lambda: None)() == QEvent.Type.Paint:
                QTimer.singleShot(0, qapp.quit)
            return False

    painted = FirstPaint()
    table.viewport().installEventFilter(painted)
    window.show()
    qapp.exec()
    table.viewport().removeEventFilter(painted)
    figures: dict[str, float] = {"rows": window.model.rowCount()}
    if not measure:  # the start-up figure: the process ends once the list is painted
        settings_path.unlink(missing_ok=True)
        return figures

    def repaint_ms(action: object) -> float:
        started = time.perf_counter()
        action()  # type: ignore[operator]
        table.viewport().repaint()
        return (time.perf_counter() - started) * 1000

    won = next(i for i, c in enumerate(window.model.columns) if c.key == "won_value")
    from PySide6.QtCore import Qt

    sorts = [
        repaint_ms(lambda o=order: table.sortByColumn(won, o))
        for order in [Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder] * 5
    ]
    figures["resort_won_value_median_ms"] = round(statistics.median(sorts), 2)
    figures["resort_won_value_max_ms"] = round(max(sorts), 2)
    name = next(i for i, c in enumerate(window.model.columns) if c.key == "name")
    figures["resort_name_median_ms"] = round(
        statistics.median(
            repaint_ms(lambda o=order: table.sortByColumn(name, o))
            for order in [Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder] * 5
        ),
        2,
    )
    keystrokes = []
    for word in ("nordic", "alpine", "weber", "+49 3", "ma"):
        for end in range(1, len(word) + 1):
            keystrokes.append(repaint_ms(lambda w=word[:end]: window.filters.update(search=w)))
        keystrokes.append(repaint_ms(lambda: window.filters.update(search="")))
    figures["search_keystroke_median_ms"] = round(statistics.median(keystrokes), 2)
    figures["search_keystroke_p95_ms"] = round(statistics.quantiles(keystrokes, n=20)[-1], 2)
    figures.update(_board_figures(window, qapp))
    window.ui.tabs.setCurrentIndex(0)
    for _ in range(20):  # scroll through part of the list, as a person would
        table.verticalScrollBar().setValue(table.verticalScrollBar().value() + 2000)
        table.viewport().repaint()
    figures["peak_rss_mb"] = round(_peak_rss_mb(), 1)
    window.close()
    settings_path.unlink(missing_ok=True)
    return figures


def _board_figures(window: Any, qapp: Any) -> dict[str, float]:
    """The board: header figures plus the first 50 cards of every column, read and painted;
    and a drop, from the domain call to every header repainted."""
    from accountmgr.domain.buckets import Bucket

    window.ui.tabs.setCurrentIndex(1)
    qapp.processEvents()

    def build_board() -> None:
        window.board.refresh(frozenset(window.board.columns[Bucket.TODAY].ids_loaded()))
        for column in window.board.columns.values():
            for row in range(min(50, column.rowCount())):
                column.card(row)
        for cards in window.kanban_tab.lists.values():
            cards.viewport().repaint()

    boards = []
    for _ in range(7):
        started = time.perf_counter()
        build_board()
        boards.append((time.perf_counter() - started) * 1000)
    drops = []
    for target in [Bucket.TOMORROW, Bucket.TODAY] * 5:
        source = Bucket.TODAY if target is Bucket.TOMORROW else Bucket.TOMORROW
        org = window.board.columns[source].org_id(0)
        started = time.perf_counter()
        window.account_actions.schedule_to_bucket([org], target, False, 0)
        for header in window.kanban_tab.headers.values():
            header.repaint()
        drops.append((time.perf_counter() - started) * 1000)
    return {
        "board_build_median_ms": round(statistics.median(boards), 2),
        "drop_to_headers_median_ms": round(statistics.median(drops), 2),
        "drop_to_headers_max_ms": round(max(drops), 2),
    }


def _big_account(today: Any) -> int:
    """An account with 200 activities, 100 notes, 50 files, 30 deals and 40 people."""
    import datetime as dt

    from accountmgr.domain import activities, deals, files, notes, organizations

    org = organizations.create_organization("Benchmark Big Account AG").id
    people = [
        organizations.create_person(
            f"Contact {n}",
            org_id=org,
            role="Buyer",
            emails=f"c{n}@example.com",
            phones=f"+49 30 {n:04d}",
        ).id
        for n in range(40)
    ]
    deal_ids = [
        deals.create_deal(f"Deal {n}", org_id=org, value_minor=100_000 + n, currency="EUR").id
        for n in range(30)
    ]
    for deal_id in deal_ids[:20]:
        deals.mark_won(deal_id)
    call = activities.type_id("call")
    for n in range(200):
        made = activities.create_activity(
            f"Follow-up {n}",
            today + dt.timedelta(days=n - 100),
            type_id=call,
            org_id=org,
            person_id=people[n % 40],
        )
        if n < 100:
            activities.mark_done(made.id)
    for n in range(100):
        notes.create_note(f"Note {n}: " + "what was agreed. " * 8, org_id=org, pinned=n < 3)
    for n in range(50):
        files.record(org, files.store_bytes(f"document {n}\n".encode() * 50), f"Doc {n}.txt")
    return org


def panel(db: Path, today_text: str) -> dict[str, float]:
    """Selecting the big account in the list until the side panel is painted (each tab)."""
    import datetime as dt

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from accountmgr.domain import clock
    from accountmgr.qtmodels.hub import ChangeHub
    from accountmgr.store.database import open_database
    from accountmgr.views.main_window import MainWindow

    qapp = QApplication(sys.argv)
    today = dt.date.fromisoformat(today_text)
    clock.pin_today(today)
    open_database(db)
    big = _big_account(today)
    settings_path = Path(os.environ.get("TMPDIR", "/tmp")) / f"probe-{os.getpid()}.ini"
    window = MainWindow(ChangeHub(), QSettings(str(settings_path), QSettings.Format.IniFormat))
    window.resize(1400, 860)
    window.ui.splitter.setSizes([800, 600])
    window.show()
    qapp.processEvents()
    other = window.model.org_id(0)
    side = window.panel
    figures: dict[str, float] = {}
    for page in ("overviewPage", "activitiesPage", "notesPage", "filesPage"):
        side.ui.sections.setCurrentWidget(getattr(side.ui, page))
        samples = []
        for _ in range(15):
            window.list_tab.select([other])
            side.repaint()
            started = time.perf_counter()
            window.list_tab.select([big])
            side.repaint()
            samples.append((time.perf_counter() - started) * 1000)
        # A figure of a panel nobody sees would measure nothing: the section must be on screen.
        if not getattr(side.ui, page).isVisible():
            raise RuntimeError(f"the side panel's {page} is not on screen")
        key = page.removesuffix("Page")
        figures[f"panel_{key}_median_ms"] = round(statistics.median(samples), 2)
        figures[f"panel_{key}_max_ms"] = round(max(samples), 2)
    window.close()
    settings_path.unlink(missing_ok=True)
    return figures


def main() -> int:
    mode = sys.argv[1]
    if mode == "bare":
        result = bare()
    elif mode == "panel":
        result = panel(Path(sys.argv[2]), sys.argv[4])
    else:
        today = sys.argv[4] if len(sys.argv) > 4 and sys.argv[3] == "--today" else None
        result = app(Path(sys.argv[2]), today, measure=mode == "app")
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
