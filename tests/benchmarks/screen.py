"""Figures taken on a window a person could see: shown, exposed, and painted.

Every figure runs from the action to the paint of the widgets the action changed, and checks
that those widgets are on screen and that their views asked their models for data while they
painted (a hidden widget's `repaint()` paints nothing and asks for nothing, which once made
every figure after the first paint look free).
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, QPoint, QRect, QTimer
from PySide6.QtWidgets import QApplication, QWidget

DATA_CALLS = [0]  # data() calls of the counted models, since the process started


def count_data_calls(*classes: type) -> None:
    """Count every data() call of these model classes. Call it before any instance is made:
    PySide looks a Python override up when the instance is created."""
    for cls in classes:
        original = cls.data

        def counted(self: Any, *args: Any, _original: Any = original) -> Any:
            DATA_CALLS[0] += 1
            return _original(self, *args)

        cls.data = counted


class NotOnScreen(RuntimeError):
    """A figure would be taken on something nobody sees."""


def wait_for_paint(qapp: QApplication, widget: QWidget, timeout_ms: int = 20_000) -> None:
    """Run the event loop until `widget` has painted, without quitting the application (Qt 6's
    quit() closes every window)."""
    from PySide6.QtCore import QEvent

    loop = QEventLoop()

    class Painted(QObject):
        def eventFilter(self, watched: QObject, event: Any) -> bool:
            if event.type() == QEvent.Type.Paint:
                QTimer.singleShot(0, loop.quit)
            return False

    watcher = Painted()
    widget.installEventFilter(watcher)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    widget.removeEventFilter(watcher)
    qapp.processEvents()


def on_screen(window: QWidget, widget: QWidget) -> bool:
    """Whether some of `widget` shows: visible, and not clipped away by any of its parents up
    to the window (a scroll area hides what it scrolled out)."""
    if not widget.isVisible() or widget.size().isEmpty():
        return False
    area = QRect(QPoint(0, 0), widget.size())
    child: QWidget = widget
    while child is not window and child.parentWidget() is not None:
        parent = child.parentWidget()
        area = area.translated(child.pos()).intersected(parent.rect())
        if area.isEmpty():
            return False
        child = parent
    return True


def check_shown(window: QWidget, widgets: Iterable[QWidget]) -> None:
    handle = window.windowHandle()
    if not window.isVisible() or handle is None or not handle.isExposed():
        raise NotOnScreen("the window is not shown and exposed")
    for widget in widgets:
        if not on_screen(window, widget):
            name = widget.objectName() or type(widget).__name__
            raise NotOnScreen(f"{name} is not on screen")


def to_paint(
    window: QWidget,
    action: Callable[[], object],
    widgets: Callable[[], list[QWidget]],
    *,
    asks_data: bool = True,
) -> float:
    """Milliseconds from `action` to the paint of `widgets` (asked after the action, since an
    action may show them), checked on screen."""
    asked = DATA_CALLS[0]
    started = time.perf_counter()
    action()
    shown = widgets()
    for widget in shown:
        widget.repaint()
    elapsed = (time.perf_counter() - started) * 1000
    check_shown(window, shown)
    if asks_data and DATA_CALLS[0] == asked:
        raise NotOnScreen("the views painted without asking their models for data")
    return elapsed


def settled(
    qapp: QApplication,
    window: QWidget,
    started: float,
    pending: Callable[[], bool],
    widgets: list[QWidget],
) -> float:
    """Milliseconds from `started` (a perf_counter moment) until the work the window deferred
    (`pending`) is done and `widgets` are painted again."""
    while pending():
        qapp.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    for widget in widgets:
        widget.repaint()
    check_shown(window, widgets)
    return (time.perf_counter() - started) * 1000


def summary(name: str, samples: list[float]) -> dict[str, float]:
    """Median, 95th percentile and maximum of a figure's samples, in milliseconds."""
    if not samples:
        return {}
    p95 = (
        statistics.quantiles(samples, n=20, method="inclusive")[-1]
        if len(samples) >= 2
        else samples[0]
    )
    return {
        f"{name}_median_ms": round(statistics.median(samples), 2),
        f"{name}_p95_ms": round(p95, 2),
        f"{name}_max_ms": round(max(samples), 2),
        f"{name}_n": len(samples),
    }
