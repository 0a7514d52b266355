"""The start-up figure's baseline: a bare PySide6 window, ended once it has painted; run by the
benchmarks beside the application's own start (`accountmgr --smoke`, which reports when the
accounts of the tab on screen were painted, from source or packaged).

    python -m tests.benchmarks.start_probe bare

Prints one JSON object with the wall-clock time of its first paint (the benchmark subtracts the
moment it launched the process). Until that paint, this module loads nothing but Python and Qt.
"""

from __future__ import annotations

import os
import sys
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
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


def main() -> int:
    result = bare()
    import json

    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
