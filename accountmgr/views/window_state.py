"""What the main window remembers between runs: its geometry (fitted to the screen it opens
on), the split between the accounts and the side panel, the tab on screen, whether the side
panel is shown and which of its sections."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow

if TYPE_CHECKING:
    from accountmgr.views.main_window import MainWindow

PANEL_SPLIT = [880, 420]  # list and side panel at the first start: room for the sections


def restore_window(window: MainWindow, settings: QSettings) -> None:
    geometry = settings.value("main_window/geometry")
    if isinstance(geometry, QByteArray):
        window.restoreGeometry(geometry)
    fit_screen(window)
    splitter = settings.value("main_window/splitter")
    if isinstance(splitter, QByteArray):
        window.ui.splitter.restoreState(splitter)
    else:
        window.ui.splitter.setSizes(PANEL_SPLIT)
    section = settings.value("side_panel/section", 0, type=int)
    window.panel.section = section if isinstance(section, int) else 0
    tab = settings.value("main_window/tab", 0, type=int)
    window.ui.tabs.setCurrentIndex(tab if isinstance(tab, int) else 0)
    shown = settings.value("main_window/side_panel", True, type=bool)
    window.show_side_panel(bool(shown))


def save_window(window: MainWindow, settings: QSettings) -> None:
    settings.setValue("main_window/geometry", window.saveGeometry())
    settings.setValue("main_window/splitter", window.ui.splitter.saveState())
    settings.setValue("main_window/tab", window.ui.tabs.currentIndex())
    settings.setValue("main_window/side_panel", window.ui.actionSidePanel.isChecked())
    settings.setValue("side_panel/section", window.panel.section)
    window.list_tab.save_layout()
    settings.sync()


def fit_screen(window: QMainWindow) -> None:
    """The window fits the screen's available area (a first start, or a geometry saved on a
    bigger screen or at a smaller scale): never a status bar below the screen's edge."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    area = screen.availableGeometry()
    if window.isMaximized() or window.isFullScreen():
        return
    # The frame the system adds around the window: known once shown, a title bar before.
    frame, inner = window.frameGeometry(), window.geometry()
    extra_width = frame.width() - inner.width() if window.isVisible() else 0
    extra_height = frame.height() - inner.height() if window.isVisible() else 32
    width = min(window.width(), area.width() - extra_width)
    height = min(window.height(), area.height() - extra_height)
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    frame = window.frameGeometry()
    x = min(max(frame.x(), area.left()), area.right() + 1 - frame.width())
    y = min(max(frame.y(), area.top()), area.bottom() + 1 - frame.height())
    if (x, y) != (frame.x(), frame.y()):
        window.move(x, y)
