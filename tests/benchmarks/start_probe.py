"""The start-up figure's two processes: a bare PySide6 window, and the application itself, each
ended once it has painted; run by the benchmarks.

    python -m tests.benchmarks.start_probe bare
    python -m tests.benchmarks.start_probe start DB [--today YYYY-MM-DD]

Each prints one JSON object with the wall-clock time of its first paint (the benchmark subtracts
the moment it launched the process). Until that paint, this module loads nothing but what both
processes need, and nothing of the application: what is measured is Python, Qt and, for
`start`, the application's own start.
"""

from __future__ import annotations

import os
import sys
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import importlib.abc
    import importlib.machinery
    from collections.abc import Callable, Sequence
    from types import ModuleType

    from PySide6.QtGui import QPaintEvent

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")


def bare() -> dict[str, float]:
    """A bare PySide6 main window, shown; ends once it has painted."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv)
    painted_at: list[float] = []

    class Window(QMainWindow):
        def paintEvent(self, event: QPaintEvent) -> None:
            super().paintEvent(event)
            if not painted_at:
                painted_at.append(time.time())
                QTimer.singleShot(0, app.quit)

    window = Window()
    window.resize(1280, 800)
    window.show()
    app.exec()
    from tests.benchmarks.gui_probe import peak_rss_mb

    return {"painted_at": painted_at[0], "peak_rss_mb": round(peak_rss_mb(), 1)}


def start(db: str, today: str | None) -> dict[str, float]:
    """The application's own start (`accountmgr --db DB`, through the command's entry point:
    translations, the window, logging, reminders and the asyncio loop), ended once the list has
    painted its rows; reports the wall-clock time of that paint. Settings are read from an empty
    temporary folder.

    Nothing is imported before the application imports it, Qt included, so that the application
    loads its modules in its own order and with its own settings (PySide6 inspects every module
    imported after it; the garbage collector is off while the window is built), as when a person
    starts it. The paint is seen by the list's own paintEvent, as the bare window's is by its
    own: an event filter on the whole application would be handed every event of every widget
    built while starting, and PySide would create a Python type for each kind of widget and
    event, about 20 ms that the application itself never spends."""
    import tempfile

    folder = tempfile.TemporaryDirectory()
    if sys.platform.startswith("linux"):
        os.environ["XDG_CONFIG_HOME"] = folder.name  # where Qt looks for the user's settings
    else:
        from PySide6.QtCore import QSettings

        for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            QSettings.setPath(fmt, QSettings.Scope.UserScope, folder.name)
    painted_at: list[float] = []

    def watch(list_tab: ModuleType) -> None:
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        class Table(list_tab.AccountTable):  # type: ignore[name-defined,misc]
            def paintEvent(self, event: QPaintEvent) -> None:
                super().paintEvent(event)
                if not painted_at and self.model().rowCount() > 0:
                    painted_at.append(time.time())
                    QTimer.singleShot(0, QApplication.quit)

        list_tab.AccountTable = Table  # type: ignore[attr-defined]

    sys.meta_path.insert(0, after_import("accountmgr.views.list_tab", watch))
    from accountmgr.__main__ import main as accountmgr

    args = ["--db", db]
    if today:
        args += ["--today", today]
    code = accountmgr(args)
    folder.cleanup()
    if code != 0 or not painted_at:
        raise SystemExit(code or 1)
    return {"painted_at": painted_at[0]}


def after_import(name: str, then: Callable[[ModuleType], None]) -> importlib.abc.MetaPathFinder:
    """A finder for sys.meta_path that calls `then(module)` once the module `name` has been
    imported, when the application imports it."""
    import importlib.abc
    import importlib.util

    class AfterImport(importlib.abc.MetaPathFinder):
        def find_spec(
            self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
        ) -> importlib.machinery.ModuleSpec | None:
            if fullname != name:
                return None
            sys.meta_path.remove(self)
            spec = importlib.util.find_spec(fullname)
            if spec is None or spec.loader is None:
                return spec
            run = spec.loader.exec_module

            def exec_module(module: ModuleType) -> None:
                run(module)
                then(module)

            spec.loader.exec_module = exec_module  # type: ignore[method-assign]
            return spec

    return AfterImport()


def main() -> int:
    if sys.argv[1] == "bare":
        result = bare()
    else:
        today = sys.argv[4] if len(sys.argv) > 4 and sys.argv[3] == "--today" else None
        result = start(sys.argv[2], today)
    import json

    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
