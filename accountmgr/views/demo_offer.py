"""First run: offer demo data, and create it off the UI thread with progress and Cancel."""

from __future__ import annotations

import asyncio
import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from accountmgr.domain import clock, demo
from accountmgr.domain.changes import EVERYTHING
from accountmgr.qtmodels.hub import ChangeHub
from accountmgr.views.operations import run_in_background

log = logging.getLogger(__name__)

FIRST_RUN_ORGS = 300


async def load_demo(parent: QWidget, hub: ChangeHub, orgs: int = FIRST_RUN_ORGS) -> bool:
    """Create demo data in a worker thread; True when it was created, False when cancelled."""
    created: list[object] = []
    await run_in_background(
        parent,
        QCoreApplication.translate("DemoOffer", "Creating demo data…"),
        orgs,
        lambda progress: demo.generate_in_worker(
            orgs, seed=1, today=clock.today(), progress=progress
        ),
        created.append,
        title=QCoreApplication.translate("DemoOffer", "Demo data"),
        cancelled=lambda: log.info("demo data cancelled; nothing was written"),
    )
    if not created:
        return False
    log.info("demo data created: %s", created[0])
    hub.publish(EVERYTHING)
    return True


def offer_demo(parent: QWidget, hub: ChangeHub) -> QMessageBox:
    """Ask, without blocking the event loop, whether to fill the empty database with demo data."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("DemoOffer", "Welcome to accountmgr"))
    box.setText(QCoreApplication.translate("DemoOffer", "Your database is empty."))
    box.setInformativeText(
        QCoreApplication.translate(
            "DemoOffer",
            "Would you like to explore the application with demo customers, deals and "
            "activities? You can delete them later.",
        )
    )
    yes = box.addButton(
        QCoreApplication.translate("DemoOffer", "Create demo data"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(
        QCoreApplication.translate("DemoOffer", "Start empty"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(yes)

    def finished() -> None:
        if box.clickedButton() is yes:
            # The box keeps the task alive until it finishes (asyncio holds tasks weakly).
            box.setProperty("demo_task", asyncio.ensure_future(load_demo(parent, hub)))

    box.finished.connect(finished)
    box.open()
    return box
