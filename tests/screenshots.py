"""Render each main view over fresh demo data to PNG files, to look at after visible changes.

python -m tests.screenshots [--out screenshots] [--orgs 300] [--today 2026-11-24]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("screenshots"))
    parser.add_argument("--orgs", type=int, default=300)
    parser.add_argument("--today", type=dt.date.fromisoformat, default=dt.date(2026, 11, 24))
    args = parser.parse_args()

    from PySide6.QtCore import QLocale, QSettings
    from PySide6.QtWidgets import QApplication

    from accountmgr.domain import clock, demo
    from accountmgr.qtmodels.hub import ChangeHub
    from accountmgr.store.database import open_database
    from accountmgr.views.main_window import MainWindow

    app = QApplication(sys.argv)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    clock.pin_today(args.today)
    with tempfile.TemporaryDirectory() as tmp:
        open_database(Path(tmp) / "screens.db")
        demo.generate(args.orgs, seed=1, today=args.today)
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(ChangeHub(), settings)
        window.resize(1280, 800)
        window.show()
        args.out.mkdir(parents=True, exist_ok=True)
        for index, name in enumerate(("list", "kanban")):
            window.ui.tabs.setCurrentIndex(index)
            app.processEvents()
            target = args.out / f"main-{name}.png"
            window.grab().save(str(target))
            print(target)
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
