"""A process that opens the main window and measures what a person does in it; run by the
benchmarks (the start itself is measured by `start_probe`).

    python -m tests.benchmarks.gui_probe app DB [--today YYYY-MM-DD]
    python -m tests.benchmarks.gui_probe panel DB [--today YYYY-MM-DD]

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


def peak_rss_mb() -> float:
    """This process's peak resident memory. On Linux from VmHWM, which starts afresh at exec
    (ru_maxrss may carry the peak of the parent that started us)."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def app(db: Path, today: str | None) -> dict[str, float]:
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
    figures.update(_first_rows_figures(window, db, "won_value"))
    figures.update(_first_rows_figures(window, db, "name"))
    figures.update(_search_figures(window, table, db))
    figures.update(_board_figures(window, qapp, db))
    _open_side_panel(window)  # peak memory with the side panel open too
    window.ui.tabs.setCurrentIndex(0)
    for _ in range(20):  # scroll through part of the list, as a person would
        table.verticalScrollBar().setValue(table.verticalScrollBar().value() + 2000)
        table.viewport().repaint()
    figures["peak_rss_mb"] = round(peak_rss_mb(), 1)
    window.close()
    settings_path.unlink(missing_ok=True)
    return figures


def _open_side_panel(window: Any) -> None:
    from accountmgr.domain.account_detail import richest_account

    rich = richest_account()
    if rich is not None:
        window.ui.tabs.setCurrentIndex(0)
        window.list_tab.select([rich])
        window.panel.repaint()


def _search_figures(window: Any, table: Any, db: Path) -> dict[str, float]:
    """Each keystroke of a few searches until the list is repainted, beside the same
    statements of that keystroke replayed with sqlite3."""
    keystrokes: list[float] = []
    baselines: list[float] = []

    def keystroke(text: str) -> None:
        with Recorder() as recorder:
            started = time.perf_counter()
            window.filters.update(search=text)
            table.viewport().repaint()
            keystrokes.append((time.perf_counter() - started) * 1000)
        baselines.append(replay_ms(db, recorder.calls, repeat=3))

    for word in ("nordic", "alpine", "weber", "+49 3", "ma"):
        for end in range(1, len(word) + 1):
            keystroke(word[:end])
        keystroke("")
    return {
        "search_keystroke_median_ms": round(statistics.median(keystrokes), 2),
        "search_keystroke_p95_ms": round(statistics.quantiles(keystrokes, n=20)[-1], 2),
        "search_sqlite3_median_ms": round(statistics.median(baselines), 2),
        "search_sqlite3_p95_ms": round(statistics.quantiles(baselines, n=20)[-1], 2),
    }


class Recorder:
    """Records the SQL a piece of the application runs, to replay it with plain sqlite3: the
    baseline "the same reads without the application around them"."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, tuple[Any, ...]]] = []

    def __enter__(self) -> Recorder:
        from accountmgr.store.models import db

        self._database = db.obj
        self._original = self._database.execute_sql

        def spy(sql: str, params: Any = None, *args: Any, **kwargs: Any) -> Any:
            self.calls.append((sql, tuple(params or ())))
            return self._original(sql, params, *args, **kwargs)

        self._database.execute_sql = spy
        return self

    def __exit__(self, *_: object) -> None:
        del self._database.execute_sql  # back to the class's method


def replay_ms(db_path: Path, calls: list[tuple[str, tuple[Any, ...]]], repeat: int = 7) -> float:
    """Median time to run these statements with a bare sqlite3 connection, fetching all rows."""
    import sqlite3

    conn = sqlite3.connect(db_path)
    try:
        samples = []
        for _ in range(repeat):
            started = time.perf_counter()
            for sql, params in calls:
                conn.execute(sql, params).fetchall()
            samples.append((time.perf_counter() - started) * 1000)
        return statistics.median(samples)
    finally:
        conn.close()


# The list's columns and order for the two sorts measured, as one plain query: the baseline.
_ROW_SQL = (
    "SELECT s.org_id, s.name, s.owner_id, u.name, s.won_count, s.won_value, s.open_value, "
    "s.people_count, s.last_done, s.next_activity_id, s.next_due, s.next_due_time, "
    "s.next_type_id, s.next_subject, s.account_since, s.label "
    'FROM org_summary s LEFT JOIN "user" u ON u.id = s.owner_id WHERE s.won_count > 0 '
)
_ROW_ORDER = {
    "won_value": "ORDER BY s.won_value{d}, s.org_id{d} LIMIT 200",
    "name": "ORDER BY s.name COLLATE NOCASE{d}, s.org_id{d} LIMIT 200",
}


def _first_rows_figures(window: Any, db: Path, key: str) -> dict[str, float]:
    """The first 200 rows sorted by `key` through a Qt model that has read no row yet: the
    sort, then each row's data (as a view asks for a row); beside the same 200 rows, with the
    same columns, read in one query with sqlite3; and, apart, the cost of formatting every
    column of those rows for display."""
    import sqlite3

    from PySide6.QtCore import Qt

    from accountmgr.qtmodels.accounts_model import AccountsModel
    from accountmgr.qtmodels.hub import ChangeHub

    column = next(i for i, c in enumerate(window.model.columns) if c.key == key)
    fetches: list[float] = []
    cells: list[float] = []
    baseline: list[float] = []
    conn = sqlite3.connect(db)
    for order in [Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder] * 4:
        model = AccountsModel(ChangeHub())
        started = time.perf_counter()
        model.sort(column, order)
        for row in range(min(200, model.rowCount())):
            model.index(row, 0).data()
        fetches.append((time.perf_counter() - started) * 1000)
        shown = [model.org_id(row) for row in range(min(200, model.rowCount()))]
        started = time.perf_counter()
        for row in range(min(200, model.rowCount())):
            for col in range(model.columnCount()):
                model.index(row, col).data()
        cells.append((time.perf_counter() - started) * 1000)
        direction = " DESC" if order == Qt.SortOrder.DescendingOrder else ""
        started = time.perf_counter()
        read = conn.execute(_ROW_SQL + _ROW_ORDER[key].format(d=direction)).fetchall()
        baseline.append((time.perf_counter() - started) * 1000)
        if [r[0] for r in read] != shown:
            raise SystemExit(f"the model and the baseline disagree on the first rows by {key}")
    conn.close()
    model_ms = statistics.median(fetches)
    base_ms = statistics.median(baseline)
    return {
        f"first_200_rows_by_{key}_median_ms": round(model_ms, 2),
        f"first_200_rows_by_{key}_sqlite3_ms": round(base_ms, 2),
        f"first_200_rows_by_{key}_ratio": round(model_ms / max(base_ms, 0.001), 2),
        f"first_200_rows_by_{key}_every_cell_formatted_ms": round(statistics.median(cells), 2),
    }


def _board_figures(window: Any, qapp: Any, db: Path) -> dict[str, float]:
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
        with Recorder() as recorder:
            started = time.perf_counter()
            build_board()
            boards.append((time.perf_counter() - started) * 1000)
    board_sqlite3 = replay_ms(db, recorder.calls)
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
        "board_build_sqlite3_ms": round(board_sqlite3, 2),
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
    if mode == "panel":
        result = panel(Path(sys.argv[2]), sys.argv[4])
    else:
        today = sys.argv[4] if len(sys.argv) > 4 and sys.argv[3] == "--today" else None
        result = app(Path(sys.argv[2]), today)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
