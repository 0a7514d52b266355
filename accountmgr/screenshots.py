"""`accountmgr screenshots --out DIR`: render the main views (List, Kanban, Overview, the side
panel) to PNG files, offscreen.

Uses the database given with --db and honours --today, so the pictures are reproducible.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

SIZE = (1400, 820)
PANEL_WIDTH = 600


def render(out: Path, settings_dir: Path, *, language: str | None = None) -> list[Path]:
    """Render the main window on each tab, in `language` when given (a code such as "fr" or
    "pt_BR"); returns the files written."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_API", "pyside6")
    from PySide6.QtCore import QLocale, QSettings
    from PySide6.QtWidgets import QApplication

    from accountmgr.qtmodels.hub import ChangeHub
    from accountmgr.views.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    from accountmgr.views.translations import default_locale, install_translations

    default_locale()
    if language:
        QLocale.setDefault(QLocale(language))
    install_translations(app)
    settings = QSettings(str(settings_dir / "screenshots.ini"), QSettings.Format.IniFormat)
    window = MainWindow(ChangeHub(), settings)
    window.show()
    window.resize(*SIZE)  # once shown: the offscreen screen is smaller than the picture
    out.mkdir(parents=True, exist_ok=True)
    written = []
    list_tab = window.list_tab
    if list_tab.model.rowCount():
        list_tab.select([list_tab.model.org_id(2 if list_tab.model.rowCount() > 2 else 0)])
    for index, name in enumerate(("list", "kanban", "overview")):
        window.ui.tabs.setCurrentIndex(index)
        app.processEvents()
        while window.overview is not None and window.overview.counting():
            app.processEvents()  # the coverage trend, counted on a worker thread
            time.sleep(0.01)
        app.processEvents()  # the charts' layout, after the trend
        target = out / f"{name}.png"
        if not window.grab().save(str(target)):
            raise OSError(f"cannot write {target}")
        written.append(target)
    from accountmgr.domain.account_detail import richest_account

    rich = richest_account()
    if rich is not None:
        window.ui.tabs.setCurrentIndex(0)
        window.ui.splitter.setSizes([SIZE[0] - PANEL_WIDTH, PANEL_WIDTH])
        list_tab.select([rich])
        for page, name in (("overviewPage", "side-panel"), ("trendsPage", "side-panel-trends")):
            window.panel.ui.sections.setCurrentWidget(getattr(window.panel.ui, page))
            app.processEvents()
            target = out / f"{name}.png"
            if not window.grab().save(str(target)):
                raise OSError(f"cannot write {target}")
            written.append(target)
    window.close()
    return written
