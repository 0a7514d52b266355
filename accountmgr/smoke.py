"""`accountmgr --smoke`: the window opens on the database, paints its accounts, then closes by
itself, having checked what differs from one platform and one way of installing to another.

A packaged or installed application can start and still lack what only shows later: a Qt
plugin left out of the bundle draws no icons (SVG), a translation folder missing from a wheel
speaks English to everyone, a data or log folder that cannot be written loses the log. So the
smoke run also checks, and writes in the log and on stdout:

- the database it opened, and where (with no `--db`, the platform's data folder);
- every translation of the application, and Qt's own for each of those languages;
- every icon, drawn through Qt's SVG plugins;
- the log file, written and read back.

Any of these missing makes the run exit 1 with one line per problem on stderr.
"""

from __future__ import annotations

import logging
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QLibraryInfo, QObject, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QAbstractItemView

from accountmgr import __version__
from accountmgr.resources import resource_path
from accountmgr.store.postgres import ServerAddress
from accountmgr.views.main_window import MainWindow

log = logging.getLogger("accountmgr")

SMOKE_MS = 700  # how long the window stays open once its events run


class FirstPaint(QObject):
    """Notes the moment the tab on screen (the list, or the board's columns) first paints
    accounts. Watches those views only: a filter on the whole application would be handed
    every event of every widget built while starting."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.at: float | None = None
        views: list[QAbstractItemView] = (
            list(window.kanban_tab.lists.values())
            if window.ui.tabs.currentIndex() == 1
            else [window.list_tab.table]
        )
        self._views = {view.viewport(): view for view in views}
        for viewport in self._views:
            viewport.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.at is None and event.type() == QEvent.Type.Paint:
            view = self._views.get(watched)  # type: ignore[call-overload]
            if view is not None and view.model().rowCount() > 0:
                self.at = time.time()
        return False


def _translations() -> tuple[list[str], list[str]]:
    """(languages whose translations load, problems)."""
    loaded: list[str] = []
    problems: list[str] = []
    ours = resource_path("translations")
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    files = sorted(ours.glob("accountmgr_*.qm"))
    if not files:
        problems.append(f"no translations in {ours}")
    for path in files:
        language = path.stem.removeprefix("accountmgr_")
        translator = QTranslator()
        if not translator.load(str(path)) or translator.isEmpty():
            problems.append(f"the translation {path} does not load")
            continue
        if language != "en":
            qt = QTranslator()
            base = language.split("_")[0]
            if not (
                qt.load(f"qtbase_{language}", qt_folder) or qt.load(f"qtbase_{base}", qt_folder)
            ):
                problems.append(f"Qt's own translation for {language} is not in {qt_folder}")
                continue
        loaded.append(language)
    return loaded, problems


def _icons() -> tuple[int, list[str]]:
    """(icons drawn, problems): each SVG drawn at 32 px, as the window draws them."""
    folder = resource_path("icons")
    paths = sorted(folder.glob("*.svg"))
    problems = [] if paths else [f"no icons in {folder}"]
    drawn = 0
    for path in paths:
        if QIcon(str(path)).pixmap(32, 32).isNull():
            problems.append(f"the icon {path.name} cannot be drawn (Qt's SVG plugins missing?)")
        else:
            drawn += 1
    return drawn, problems


def _log_written(log_path: Path) -> list[str]:
    for handler in log.handlers:
        handler.flush()
    try:
        text = log_path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        return [f"the log {log_path} cannot be read: {exc.strerror}"]
    if f"accountmgr {__version__} started" not in text:
        return [f"the log {log_path} does not say the start"]
    return []


def check_platform(target: Path | ServerAddress, log_path: Path) -> list[str]:
    """Check the run-time files and folders (see the module's text); log what was found and
    return the problems."""
    languages, problems = _translations()
    icons, icon_problems = _icons()
    problems += icon_problems
    facts = [
        f"database {target}",  # a server's address without its password
        f"translations {', '.join(languages) or 'none'}",
        f"icons {icons} drawn",
        f"log {log_path}",
    ]
    for fact in facts:
        log.info("smoke: %s", fact)
    problems += _log_written(log_path)
    for fact in facts:
        print(f"smoke: {fact}")
    return problems


def report(target: Path | ServerAddress, problems: list[str], first_paint: FirstPaint) -> int:
    """Say how the smoke run went; its exit code."""
    if problems:
        for problem in problems:
            print(f"accountmgr: smoke test failed: {problem}", file=sys.stderr)
        return 1
    print(f"accountmgr {__version__}: smoke test passed ({target})")
    if first_paint.at is not None:
        # The start-up figure of the packaged application (see tests/benchmarks): the
        # wall-clock moment the accounts of the tab on screen were first painted.
        print(f"accounts painted at {first_paint.at:.6f}")
    return 0
