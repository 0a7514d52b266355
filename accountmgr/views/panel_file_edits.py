"""The side panel's edits of an account's files (see panel_edits): attach with progress,
open, remove; each undoable. Mixed into PanelEdits, whose hub, undo stack and window they use;
their texts are in its translation context."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices, QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from accountmgr.domain import files
from accountmgr.domain.changes import Change
from accountmgr.domain.errors import DomainError
from accountmgr.qtmodels.formatting import error_text, fill
from accountmgr.qtmodels.hub import ChangeHub
from accountmgr.views import file_dialogs, undo
from accountmgr.views.account_names import name_of
from accountmgr.views.operations import Operation, run_in_background

PROGRESS_STEPS = 1000  # of the copy's progress (bytes overflow the dialog's int)
# Files the system runs instead of showing when they are opened (Windows runs an .exe or a
# script, macOS a .command or an installer package, a Linux desktop a .desktop entry): an
# attachment of these kinds is opened only once the person has said yes.
RUNNABLE = frozenset(
    (
        *(".app", ".appimage", ".bat", ".cmd", ".com", ".command", ".cpl", ".desktop", ".exe"),
        *(".hta", ".jar", ".js", ".jse", ".lnk", ".msc", ".msi", ".pif", ".pkg", ".ps1", ".reg"),
        *(".scr", ".sh", ".terminal", ".vbe", ".vbs", ".workflow", ".ws", ".wsf", ".wsh"),
    )
)


def runs_as_program(name: str) -> bool:
    """Whether opening a file of this name runs it rather than shows it."""
    return Path(name).suffix.lower() in RUNNABLE


class FileEdits:
    # What the class it is mixed into has (see PanelEdits).
    _parent: QWidget
    _hub: ChangeHub
    _stack: QUndoStack
    message: Any  # its Signal(str): a line for the status bar
    _run: Callable[[str, Callable[[], Change], Callable[[], Change]], bool]

    def choose_files(self, org_id: int) -> None:
        paths, _ = file_dialogs.get_open_file_names(
            self._parent,
            fill(QCoreApplication.translate("PanelEdits", "Attach files to %1"), name_of(org_id)),
        )
        if paths:
            self.attach(org_id, [Path(p) for p in paths])

    def attach(self, org_id: int, paths: list[Path]) -> Operation:
        """Copy files into the file store on a worker thread (with progress and Cancel once it
        takes a while), then list them with the account, as one undo step. A file that cannot
        be read is named in a message and the others still attach; Cancel attaches none."""
        total = 0
        for path in paths:
            with contextlib.suppress(OSError):
                total += path.stat().st_size if path.is_file() else 0

        def copy(progress: Callable[[int, int], None]) -> list[files.StoredFile | DomainError]:
            """On the worker: the copies, or why a file could not be copied (no Qt object)."""
            copied: list[files.StoredFile | DomainError] = []
            before = 0  # bytes of the files copied before the one being copied

            def step(done: int, _total: int) -> bool:
                progress((before + done) * PROGRESS_STEPS // max(total, 1), PROGRESS_STEPS)
                return True  # Cancel raises Cancelled in `progress`

            for path in paths:
                try:
                    stored = files.copy_into_store(path, step)
                except DomainError as error:
                    copied.append(error)
                    continue
                before += stored.size
                copied.append(stored)
            return copied

        return run_in_background(
            self._parent,
            QCoreApplication.translate("PanelEdits", "Copying files…"),
            PROGRESS_STEPS,
            copy,
            lambda copied: self._record(org_id, paths, copied),
        )

    def _record(
        self, org_id: int, paths: list[Path], copied: list[files.StoredFile | DomainError]
    ) -> None:
        """The copied files become the account's, each named by its source's name."""
        attached: list[int] = []
        failed: list[str] = []
        names: list[str] = []
        change = Change()
        for path, stored in zip(paths, copied, strict=True):
            try:
                if isinstance(stored, DomainError):
                    raise stored
                made = files.record(org_id, stored, path.name)
            except DomainError as error:
                failed.append(error_text(error))
                continue
            attached.append(made.id)
            names.append(path.name)
            change |= made.change
        if attached:
            self._push_attach(attached, change, names)
        if failed:
            QMessageBox.warning(
                self._parent,
                QCoreApplication.translate("PanelEdits", "Not attached"),
                "\n\n".join(failed),
            )
        if attached:
            how_many = len(attached)
            self.message.emit(
                QCoreApplication.translate("PanelEdits", "Attached %n file(s).", None, how_many)
            )

    def _push_attach(self, attachment_ids: list[int], change: Change, names: list[str]) -> None:
        """Files attached together (one drop) are one step for Ctrl+Z."""
        removed: list[files.RemovedFile] = []

        def back() -> Change:
            undone = Change()
            removed.clear()
            for attachment_id in attachment_ids:
                gone, done = files.remove(attachment_id)
                removed.append(gone)
                undone |= done
            return undone

        def again() -> Change:
            redone = Change()
            for gone in removed:
                redone |= files.restore(gone)
            return redone

        how_many = len(names)
        text = (
            fill(QCoreApplication.translate("PanelEdits", "Attach %1"), names[0])
            if len(names) == 1
            else QCoreApplication.translate("PanelEdits", "Attach %n file(s)", None, how_many)
        )
        self._hub.publish(change)
        self._stack.push(undo.DomainCommand(self._stack, self._hub, text, again, back))

    def open_file(self, attachment_id: int) -> bool:
        try:
            path = files.openable_path(attachment_id)
        except DomainError as error:
            undo.show_error(self._parent, error)
            return False
        if runs_as_program(path.name) and not self._run_program_anyway(path.name):
            return False
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            QMessageBox.warning(
                self._parent,
                QCoreApplication.translate("PanelEdits", "Cannot open"),
                fill(
                    QCoreApplication.translate("PanelEdits", "No application opens “%1”."),
                    path.name,
                ),
            )
            return False
        return True

    def _run_program_anyway(self, name: str) -> bool:
        answer = QMessageBox.warning(
            self._parent,
            QCoreApplication.translate("PanelEdits", "Open a program?"),
            fill(
                QCoreApplication.translate(
                    "PanelEdits",
                    "“%1” is a program or a script: opening it runs it on this computer. "
                    "Open it only if you trust where it came from.",
                ),
                name,
            ),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Open

    def remove_file(self, attachment_id: int, name: str) -> bool:
        removed: list[files.RemovedFile] = []

        def do() -> Change:
            gone, done = files.remove(attachment_id)
            removed[:] = [gone]
            return done

        ok = self._run(
            fill(QCoreApplication.translate("PanelEdits", "Remove %1"), name),
            do,
            lambda: files.restore(removed[0]),
        )
        if ok:
            self.message.emit(
                fill(
                    QCoreApplication.translate("PanelEdits", "“%1” removed. Undo with Ctrl+Z."),
                    name,
                )
            )
        return ok
