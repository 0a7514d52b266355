"""The banner above the tabs while a team database's server cannot be reached: not a dialog,
so the accounts stay on screen to be read. It hides itself once the server answers again."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import QBoxLayout, QFrame, QLabel, QMainWindow


class ServerBanner(QLabel):
    def __init__(self, window: QMainWindow, layout: QBoxLayout) -> None:
        super().__init__(
            QCoreApplication.translate(
                "MainWindow",
                "The team database cannot be reached. Changes are not saved until it is back; "
                "the connection is tried again every few seconds.",
            ),
            window,
        )
        self._window = window
        self.setObjectName("serverBanner")
        self.setWordWrap(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMargin(6)
        self.setStyleSheet(
            "#serverBanner { background: #fff3cd; color: #664d03; border: 1px solid #ffda6a; }"
        )
        self.hide()
        layout.insertWidget(0, self)

    @Slot(bool)
    def set_reachable(self, reachable: bool) -> None:
        self.setVisible(not reachable)
        if reachable:
            self._window.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "The team database can be reached again."),
                8000,
            )
