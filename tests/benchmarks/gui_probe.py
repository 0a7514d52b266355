"""A process that opens the main window and measures what a person does in it; run by the
benchmarks (the start itself is measured by `start_probe`).

    python -m tests.benchmarks.gui_probe app DB [--today YYYY-MM-DD] [--short]
    python -m tests.benchmarks.gui_probe panel DB [--today YYYY-MM-DD]
    python -m tests.benchmarks.gui_probe propagation URL [--today YYYY-MM-DD]

DB is a file or a team database's address (postgresql://...). Prints one JSON object. `app`
keeps the window shown and exposed throughout, and takes every
figure from the action to the paint of what it changed (see screen.py): the first screen, re-sorts,
searches, filters and writes with the list at its top and at its end, scrolling by pages, the
board used (the biggest column scrolled to its end), and the peak memory after all of it;
`--short` only the first screen, searches and writes with the list at its top, and the board
(the figures compared between a file and a team database). `propagation`: the time from another
process's commit to this window's hub hearing of it, over 50 writes.

On a team database the sqlite3 baselines are left out (they read the file).
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.benchmarks.screen import (
    count_data_calls,
    on_screen,
    settled,
    summary,
    to_paint,
    wait_for_paint,
)

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


def _open(text: str) -> Path | None:
    """Open the file or the team database `text` names; the file's path (None on a server)."""
    from accountmgr.store.database import open_target, target_of

    target = target_of(text)
    open_target(target)
    return target if isinstance(target, Path) else None


def app(db_text: str, today: str | None, short: bool = False) -> dict[str, float]:
    """The main window over DB, shown: every figure a person waits for, in the order a person
    meets them (the list at its top, then scrolled to its end, the board used)."""
    import datetime as dt

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from accountmgr.domain import clock
    from accountmgr.qtmodels.accounts_model import AccountsModel
    from accountmgr.qtmodels.kanban_model import ColumnModel
    from accountmgr.qtmodels.panel_models import (
        ActivitiesModel,
        DealsModel,
        FilesModel,
        NotesModel,
        PeopleModel,
    )

    panels = (ActivitiesModel, NotesModel, FilesModel, DealsModel, PeopleModel)
    count_data_calls(AccountsModel, ColumnModel, *panels)
    from accountmgr.qtmodels.hub import ChangeHub
    from accountmgr.views.main_window import MainWindow

    qapp = QApplication(sys.argv)
    if today:
        clock.pin_today(dt.date.fromisoformat(today))
    db = _open(db_text)
    from accountmgr.domain import watch

    if db is not None:
        watch.defer_checkpoints()  # as the application's window does (see WindowFigures.settle)
    settings_path = Path(os.environ.get("TMPDIR", "/tmp")) / f"probe-{os.getpid()}.ini"
    hub = ChangeHub()
    window = MainWindow(hub, QSettings(str(settings_path), QSettings.Format.IniFormat))
    window.resize(1280, 800)
    window.show()
    wait_for_paint(qapp, window.list_tab.table.viewport())
    qapp.processEvents()
    figures = WindowFigures(qapp, window, hub, db).run(short)
    window.close()
    settings_path.unlink(missing_ok=True)
    return figures


SEARCHES = {
    # typed a letter at a time: a customer's name, and a town in a person's address book
    "narrow": ("saffron", "nordic"),
    "common": ("ltd",),  # in about a tenth of the accounts' names
    "all": ("example",),  # in every account's people's emails
}
# of each figure that is not a keystroke or a page; 2 under `--quick` (a median needs two)
SAMPLES = 2 if os.environ.get("ACCOUNTMGR_BENCH_QUICK") else 11


class WindowFigures:
    """The figures, each from an action to the paint of what it changed (see screen.py)."""

    def __init__(self, qapp: Any, window: Any, hub: Any, db: Path | None) -> None:
        self.qapp = qapp
        self.window = window
        self.hub = hub
        self.db = db
        self.table = window.list_tab.table
        self.model = window.model
        self.figures: dict[str, float] = {}

    # -- helpers --------------------------------------------------------------------------

    def settle(self) -> None:
        """Let whatever the window deferred finish, unmeasured; and copy the write-ahead log
        into the database file, as the application's worker thread does every 2 s."""
        from accountmgr.domain import watch

        for _ in range(3):
            while self.pending():
                self.qapp.processEvents()
            self.qapp.processEvents()
        if self.db is not None:
            watch.checkpoint()

    def pending(self) -> bool:
        return bool(getattr(self.window, "work_pending", lambda: False)())

    def list_widgets(self) -> list[Any]:
        widgets = [self.table.viewport(), self.window.statusBar()]
        if self.window.panel.isVisible():
            widgets.append(self.window.panel)
        return widgets

    def board_widgets(self) -> list[Any]:
        tab = self.window.kanban_tab
        # the columns the board's scroll area shows (a narrow window scrolls the later ones)
        shown = [b for b, cards in tab.lists.items() if on_screen(self.window, cards)]
        widgets = [tab.lists[b].viewport() for b in shown]
        widgets += [*(tab.headers[b] for b in shown), self.window.statusBar()]
        if self.window.panel.isVisible():
            widgets.append(self.window.panel)
        return widgets

    def first_and_settled(
        self,
        action: Callable[[], object],
        first: Callable[[], list[Any]],
        everything: Callable[[], list[Any]] | None = None,
    ) -> tuple[float, float]:
        """The first paint of `first` after `action`, and the time until the deferred work
        (row count, status bar figures) is done and `everything` (the list's widgets by
        default) is painted again."""
        started = time.perf_counter()
        first_ms = to_paint(self.window, action, first)
        widgets = (everything or self.list_widgets)()
        total_ms = settled(self.qapp, self.window, started, self.pending, widgets)
        return first_ms, total_ms

    def changed_views(self) -> list[Any]:
        """What a write changes on the List tab: the list, and the side panel on its account
        (the status bar follows: see first_and_settled)."""
        return [w for w in self.list_widgets() if w is not self.window.statusBar()]

    def changed_cards(self) -> list[Any]:
        """What a write changes on the board: its columns and headers, and the side panel."""
        return [w for w in self.board_widgets() if w is not self.window.statusBar()]

    def write_figures(
        self,
        name: str,
        action: Callable[[], object],
        board: bool,
        before: Callable[[], object] = lambda: None,
        undo: bool = True,
    ) -> None:
        """A write through the window, SAMPLES times: to the views it changed painted, and to
        the status bar's figures painted too; undone between samples (not measured)."""
        first, total = [], []
        for _ in range(SAMPLES):
            before()
            a, b = self.first_and_settled(
                action,
                self.changed_cards if board else self.changed_views,
                self.board_widgets if board else self.list_widgets,
            )
            first.append(a)
            total.append(b)
            if undo:
                self.window.undo_stack.undo()
                self.settle()
        self.keep(name, first)
        self.keep(f"{name}_with_totals", total)

    def scroll_list_to(self, end: bool) -> None:
        bar = self.table.verticalScrollBar()
        bar.setValue(bar.maximum() if end else 0)
        self.table.viewport().repaint()
        if end:  # the model may have read more ids and grown the range
            bar.setValue(bar.maximum())
            self.table.viewport().repaint()

    def keep(self, name: str, samples: list[float]) -> None:
        self.figures.update(summary(name, samples))

    # -- the run --------------------------------------------------------------------------

    def run(self, short: bool = False) -> dict[str, float]:
        self.figures["rows"] = self.model.rowCount()
        self.settle()
        if self.db is not None:
            self.baselines()
        self.first_screen()
        if short:
            self.searches("top")
            self.writes("top")
            self.board()
            return self.figures
        for where in ("top", "end"):
            self.scroll_list_to(where == "end")
            self.resorts(where)
            self.searches(where)
            self.filters(where)
            self.writes(where)
            if where == "top":
                self.scroll_list()
        self.board()
        self.memory()
        return self.figures

    def baselines(self) -> None:
        """Real limits, not replays of the application's statements: the first screen in one
        sqlite3 statement, the full-text query alone, and the board's seven range counts on
        the due-date index."""
        import sqlite3

        from accountmgr.domain.buckets import Bucket, bucket_range

        visible = self.visible_rows()
        conn = sqlite3.connect(self.db)
        samples = []
        for _ in range(SAMPLES):
            started = time.perf_counter()
            conn.execute(_ROW_SQL + _ROW_ORDER["name"].format(d="", n=visible)).fetchall()
            samples.append((time.perf_counter() - started) * 1000)
        self.keep("baseline_first_screen_sqlite3", samples)
        for kind, words in SEARCHES.items():
            samples = []
            for _ in range(SAMPLES):
                started = time.perf_counter()
                conn.execute(
                    "SELECT rowid FROM org_search WHERE org_search MATCH ?", (f'"{words[0]}"',)
                ).fetchall()
                samples.append((time.perf_counter() - started) * 1000)
            self.keep(f"baseline_fts5_{kind}", samples)
        today = clock_today()
        ranges = [bucket_range(b, today) for b in Bucket if b is not Bucket.NO_ACTIVITY]
        samples = []
        for _ in range(SAMPLES):
            started = time.perf_counter()
            conn.execute(
                "SELECT count(*) FROM org_summary INDEXED BY org_summary_account_due "
                "WHERE won_count > 0 AND next_due IS NULL"
            ).fetchone()
            for first, last in ranges:
                conn.execute(
                    "SELECT count(*) FROM org_summary INDEXED BY org_summary_account_due "
                    "WHERE won_count > 0 AND next_due >= ? AND next_due <= ?",
                    (str(first or "0000-00-00"), str(last or "9999-12-31")),
                ).fetchone()
            samples.append((time.perf_counter() - started) * 1000)
        self.keep("baseline_board_seven_range_counts", samples)
        conn.close()

    def visible_rows(self) -> int:
        viewport = self.table.viewport()
        first = self.table.rowAt(0)
        last = self.table.rowAt(viewport.height() - 1)
        return (last if last >= 0 else self.model.rowCount() - 1) - first + 1

    def first_screen(self) -> None:
        """A new model under a view the size of the list, to its first screen painted: every
        visible column, every role the view asks for, the model's construction included."""
        from PySide6.QtWidgets import QTableView

        from accountmgr.qtmodels.accounts_model import AccountsModel
        from accountmgr.qtmodels.hub import ChangeHub

        view = QTableView()
        view.resize(self.table.size())
        view.show()
        wait_for_paint(self.qapp, view.viewport())
        samples = []
        for _ in range(SAMPLES):

            def build(v: Any = view) -> None:
                model = AccountsModel(ChangeHub())
                v.setModel(model)
                for column, spec in enumerate(model.columns):
                    v.setColumnWidth(column, spec.width)

            samples.append(to_paint(view, build, lambda v=view: [v.viewport()]))
        self.figures["first_screen_rows"] = view.rowAt(view.viewport().height() - 1) + 1
        self.keep("first_screen", samples)
        view.close()
        view.setModel(None)
        if self.db is not None:
            self.figures.update(_first_rows_figures(self.window, self.db, "name"))

    def resorts(self, where: str) -> None:
        from PySide6.QtCore import Qt

        for key in ("won_value", "name"):
            column = next(i for i, c in enumerate(self.model.columns) if c.key == key)
            samples = []
            for order in [Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder] * 5:
                samples.append(
                    to_paint(
                        self.window,
                        lambda o=order, c=column: self.table.sortByColumn(c, o),
                        self.list_widgets,
                    )
                )
                if where == "end":
                    self.scroll_list_to(True)
            self.keep(f"resort_{key}_{where}", samples)

    def searches(self, where: str) -> None:
        """Each keystroke as the search field sends it (after its debounce, stated beside the
        figure), to the list's first screen painted; and until the count and the totals are in
        the status bar."""
        filters = self.window.filters
        for kind, words in SEARCHES.items():
            first, total = [], []
            for word in words:
                typed = [word[:n] for n in range(1, len(word) + 1)] if kind == "narrow" else []
                typed = typed or [word] * SAMPLES
                for text in typed:
                    if kind != "narrow":
                        filters.update(search="")
                        self.settle()
                    if where == "end":
                        self.scroll_list_to(True)
                    a, b = self.first_and_settled(
                        lambda t=text: filters.update(search=t),
                        lambda: [self.table.viewport()],
                    )
                    first.append(a)
                    total.append(b)
                filters.update(search="")
                self.settle()
            self.keep(f"search_{kind}_first_screen_{where}", first)
            self.keep(f"search_{kind}_with_totals_{where}", total)
        from accountmgr.views.search_field import SEARCH_DELAY_MS

        self.figures["search_debounce_ms"] = SEARCH_DELAY_MS

    def filters(self, where: str) -> None:
        from accountmgr.domain.organizations import labels, users

        owner = users()[0][0]
        label = next(iter(labels()), "")
        filters = self.window.filters
        cases = {
            "owner": {"owner_id": owner},
            "label": {"label": label},
            "not_contacted_90": {"not_contacted_days": 90},
            "accounts_only_off": {"accounts_only": False},
        }
        for name, change in cases.items():
            first, total = [], []
            for _ in range(SAMPLES):
                if where == "end":
                    self.scroll_list_to(True)
                a, b = self.first_and_settled(
                    lambda c=change: filters.update(**c),
                    lambda: [self.table.viewport()],
                )
                first.append(a)
                total.append(b)
                filters.update(
                    owner_id=None, label=None, not_contacted_days=None, accounts_only=True
                )
                self.settle()
            self.keep(f"filter_{name}_first_screen_{where}", first)
            self.keep(f"filter_{name}_with_totals_{where}", total)

    def target_account(self, where: str) -> int:
        """An account with a next activity and an open deal, near the top of the list or near
        its end, selected (the side panel shows it, as when a person works on it)."""
        from accountmgr.store.models import db

        rows = self.model.rowCount()
        if where == "top":
            span = range(0, min(rows, 200))
        else:
            span = range(rows - 1, max(rows - 400, 0), -1)
        for row in span:
            org = self.model.org_id(row)
            found = db.execute_sql(
                "SELECT 1 FROM org_summary s WHERE s.org_id = ? AND s.next_activity_id IS NOT NULL "
                "AND EXISTS (SELECT 1 FROM deal d WHERE d.organization_id = s.org_id "
                "AND d.status = 'open')",
                (org,),
            ).fetchone()
            if found:
                self.window.list_tab.select([org])
                self.table.scrollTo(self.model.index(row, 0))
                self.settle()
                return int(org)
        raise RuntimeError(f"no account to write to at the list's {where}")

    def writes(self, where: str) -> None:
        """Mark won, schedule, done and a cell edit through the window, on an account selected
        near the list's top or end (the side panel shows it): from the domain call, through
        the change hub, to the list and the panel repainted, then to the status bar's figures
        (see write_figures)."""
        from accountmgr.domain import deals
        from accountmgr.domain.buckets import Bucket
        from accountmgr.store.models import db
        from accountmgr.views import undo

        org = self.target_account(where)
        actions = self.window.account_actions
        stack = self.window.undo_stack
        deal = int(
            db.execute_sql(
                "SELECT id FROM deal WHERE organization_id = ? AND status = 'open' LIMIT 1",
                (org,),
            ).fetchone()[0]
        )
        label_column = next(i for i, c in enumerate(self.model.columns) if c.key == "label")

        def edit_label() -> None:
            row = self.model.row_of(org)
            index = self.model.index(row, label_column)
            self.model.setData(index, "Gold" if index.data() != "Gold" else "Silver")

        cases: dict[str, Callable[[], object]] = {
            "mark_won": lambda: undo.run(
                stack,
                self.hub,
                self.window,
                "Mark deal won",
                lambda: deals.mark_won(deal),
                lambda: deals.restore_status(deal, "open", None, None, ""),
            ),
            "schedule": lambda: actions.schedule_to_bucket([org], Bucket.LATER, False, 0),
            "done": lambda: actions.mark_next_done([org]),
            "edit_cell": edit_label,
        }
        for name, action in cases.items():
            self.write_figures(
                f"write_{name}_{where}",
                action,
                board=False,
                before=lambda: self.scroll_list_to(where == "end"),
            )
        self.first_win(where)

    def first_win(self, where: str) -> None:
        """A deal of an organization that is no account yet marked won: the account joins the
        list (and the status bar's count)."""
        from accountmgr.domain import deals
        from accountmgr.store.models import db
        from accountmgr.views import undo

        found = db.execute_sql(
            "SELECT d.id FROM deal d JOIN org_summary s ON s.org_id = d.organization_id "
            "WHERE s.won_count = 0 AND d.status = 'open' ORDER BY s.name DESC LIMIT 1"
        ).fetchone()
        if found is None:
            return
        deal = int(found[0])
        self.write_figures(
            f"write_first_win_{where}",
            lambda: undo.run(
                self.window.undo_stack,
                self.hub,
                self.window,
                "Mark deal won",
                lambda: deals.mark_won(deal),
                lambda: deals.restore_status(deal, "open", None, None, ""),
            ),
            board=False,
            before=lambda: self.scroll_list_to(where == "end"),
        )

    def scroll_list(self) -> None:
        """The list from its top to its end, a page at a time, each page to painted."""
        bar = self.table.verticalScrollBar()
        bar.setValue(0)
        samples = []
        while bar.value() < bar.maximum():
            samples.append(
                to_paint(
                    self.window,
                    lambda: bar.setValue(bar.value() + bar.pageStep()),
                    lambda: [self.table.viewport()],
                )
            )
        self.keep("scroll_list_page", samples)

    def board(self) -> None:
        """The board shown, every column loaded a few pages deep and the biggest column
        scrolled to its end page by page; then drops and changes on that used board."""
        from accountmgr.domain.buckets import Bucket

        window = self.window
        self.figures["board_shown_ms"] = round(
            to_paint(window, self.show_board, self.board_widgets), 2
        )
        self.settle()
        tab = window.kanban_tab
        for cards in tab.lists.values():  # three pages deep
            for _ in range(3):
                bar = cards.verticalScrollBar()
                bar.setValue(bar.maximum())
                cards.viewport().repaint()
        biggest = max(window.board.columns, key=lambda b: window.board.totals[b].count)
        cards = tab.lists[biggest]
        bar = cards.verticalScrollBar()
        bar.setValue(0)
        samples = []
        while bar.value() < bar.maximum() or window.board.columns[biggest].canFetchMore():
            samples.append(
                to_paint(
                    window,
                    lambda b=bar: b.setValue(b.value() + b.pageStep()),
                    lambda c=cards: [c.viewport()],
                )
            )
            if len(samples) > 100_000:
                raise RuntimeError("the column never reached its end")
        self.figures["board_biggest_column_cards"] = window.board.columns[biggest].rowCount()
        self.keep("scroll_board_page", samples)
        self.settle()
        column = window.board.columns[biggest]
        today = window.board.columns[Bucket.TODAY]
        tomorrow = window.board.columns[Bucket.TOMORROW]

        def drop_between() -> None:  # the first card of Today to Tomorrow, or back
            source, target = (
                (today, Bucket.TOMORROW) if today.rowCount() else (tomorrow, Bucket.TODAY)
            )
            window.account_actions.schedule_to_bucket([source.org_id(0)], target, False, 0)

        self.write_figures("board_drop_used", drop_between, board=True, undo=False)
        last = lambda: column.org_id(column.rowCount() - 1)  # noqa: E731 (the scrolled end)
        self.write_figures(
            "board_done_used",
            lambda: window.account_actions.mark_next_done([last()]),
            board=True,
        )
        self.write_figures(
            "board_drop_from_scrolled_end",
            lambda: window.account_actions.schedule_to_bucket([last()], Bucket.LATER, False, 0),
            board=True,
        )

    def show_board(self) -> None:
        """The Kanban tab, laid out (where its columns are decides which are on screen)."""
        from PySide6.QtCore import QEventLoop

        self.window.ui.tabs.setCurrentIndex(1)
        self.qapp.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)

    def memory(self) -> None:
        """Peak memory after all of the above, with the list and the biggest column at their
        ends and the side panel open on the richest account."""
        from accountmgr.domain.account_detail import richest_account

        window = self.window
        window.ui.tabs.setCurrentIndex(0)
        self.scroll_list_to(True)
        rich = richest_account()
        if rich is not None:
            window.list_tab.select([rich])
            self.settle()
            window.panel.repaint()
        self.figures["peak_rss_mb"] = round(peak_rss_mb(), 1)


# The list's columns and order for the two sorts measured, as one plain query: the baseline.
_ROW_SQL = (
    "SELECT s.org_id, s.name, s.owner_id, u.name, s.won_count, s.won_value, s.open_value, "
    "s.people_count, s.last_done, s.next_activity_id, s.next_due, s.next_due_time, "
    "s.next_type_id, s.next_subject, s.account_since, s.label "
    'FROM org_summary s LEFT JOIN "user" u ON u.id = s.owner_id WHERE s.won_count > 0 '
)
_ROW_ORDER = {
    "won_value": "ORDER BY s.won_value{d}, s.org_id{d} LIMIT {n}",
    "name": "ORDER BY s.name COLLATE NOCASE{d}, s.org_id{d} LIMIT {n}",
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
        read = conn.execute(_ROW_SQL + _ROW_ORDER[key].format(d=direction, n=200)).fetchall()
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


def clock_today() -> Any:
    from accountmgr.domain import clock

    return clock.today()


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


def panel(db: str, today_text: str) -> dict[str, float]:
    """Selecting the big account in the list until the side panel is painted (each tab)."""
    import datetime as dt

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from accountmgr.domain import clock
    from accountmgr.qtmodels.hub import ChangeHub
    from accountmgr.views.main_window import MainWindow

    qapp = QApplication(sys.argv)
    today = dt.date.fromisoformat(today_text)
    clock.pin_today(today)
    _open(db)
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


# Another member's process: marks each organization named, one every few ms, saying when each
# commit returned (the time a propagation figure starts from).
_WRITER = """
import sys, time
from accountmgr.domain import organizations
from accountmgr.store.postgres import server_address
from accountmgr.store.server import open_server
open_server(server_address(sys.argv[1]))
for n, org_id in enumerate(map(int, sys.argv[2].split(","))):
    time.sleep(float(sys.argv[3]))
    organizations.update_organization(org_id, label=f"{sys.argv[4]} {n}")
    print(org_id, time.time(), flush=True)
"""
PROPAGATION_WRITES = 50


def propagation(url: str, today_text: str | None) -> dict[str, float]:
    """The main window on a team database, listening; another process changes 50 accounts, one
    every 60 ms: the time from each commit returned to the window's hub given it, and to the
    window's models having followed it."""
    import datetime as dt
    import subprocess

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from accountmgr.domain import clock
    from accountmgr.qtmodels.hub import ChangeHub
    from accountmgr.store.models import db
    from accountmgr.views.main_window import MainWindow

    qapp = QApplication(sys.argv)
    if today_text:
        clock.pin_today(dt.date.fromisoformat(today_text))
    _open(url)
    count = 2 if os.environ.get("ACCOUNTMGR_BENCH_QUICK") else PROPAGATION_WRITES
    orgs = [
        int(r[0])
        for r in db.execute_sql(
            "SELECT org_id FROM org_summary WHERE won_count > 0 ORDER BY org_id LIMIT ?", (count,)
        ).fetchall()
    ]
    settings_path = Path(os.environ.get("TMPDIR", "/tmp")) / f"probe-{os.getpid()}.ini"
    hub = ChangeHub()
    window = MainWindow(hub, QSettings(str(settings_path), QSettings.Format.IniFormat))
    window.resize(1280, 800)
    window.show()
    wait_for_paint(qapp, window.list_tab.table.viewport())

    def wait(condition: Callable[[], bool], seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while not condition():
            if time.monotonic() > deadline:
                raise RuntimeError("propagation: waited in vain")
            qapp.processEvents()
            time.sleep(0.0005)

    wait(lambda: window.external_changes.team.listening, 10)
    # When the hub is given each change (heard), and when the window's models have followed it
    # (every slot of hub.changed returned; the paint comes after, from the event loop).
    heard: list[tuple[float, frozenset[int]]] = []
    followed: list[tuple[float, frozenset[int]]] = []
    publish = hub.publish

    def timed_publish(change: Any) -> None:
        at = time.time()
        publish(change)
        heard.append((at, change.org_ids))
        followed.append((time.time(), change.org_ids))

    hub.publish = timed_publish  # type: ignore[method-assign]
    writer = subprocess.Popen(
        [sys.executable, "-c", _WRITER, url, ",".join(map(str, orgs)), "0.06", f"P{os.getpid()}"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        wait(lambda: {i for _, ids in followed for i in ids} >= set(orgs), 60)
        out, _ = writer.communicate(timeout=60)
    finally:
        writer.kill()
    committed = {int(org): float(at) for org, at in (line.split() for line in out.splitlines())}
    window.close()
    settings_path.unlink(missing_ok=True)
    return {
        "propagation_writes": len(orgs),
        **_delays("propagation", committed, heard),
        **_delays("propagation_followed", committed, followed),
    }


def _delays(
    name: str, committed: dict[int, float], seen: list[tuple[float, frozenset[int]]]
) -> dict[str, float]:
    """Median, 95th percentile and maximum from each organization's commit to its first
    sighting, in ms."""
    arrived = {org: min(at for at, ids in seen if org in ids) for org in committed}
    delays = sorted((arrived[org] - at) * 1000 for org, at in committed.items())
    return {
        f"{name}_median_ms": round(statistics.median(delays), 1),
        f"{name}_p95_ms": round(delays[max(int(0.95 * len(delays)) - 1, 0)], 1),
        f"{name}_max_ms": round(delays[-1], 1),
    }


def main() -> int:
    mode, db = sys.argv[1], sys.argv[2]
    today = sys.argv[4] if len(sys.argv) > 4 and sys.argv[3] == "--today" else None
    if mode == "panel":
        result = panel(db, sys.argv[4])
    elif mode == "propagation":
        result = propagation(db, today)
    else:
        result = app(db, today, short="--short" in sys.argv)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
