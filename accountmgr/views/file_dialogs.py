"""File dialogs that never open the files they list.

On Linux and macOS SQLite's locks are POSIX locks: the system drops all of them for the whole
process when *any* descriptor of the database file is closed. A file dialog opens files to guess
their icon and type from their content (and a desktop's native dialog generates thumbnails), so
showing the database's own folder used to drop the app's locks. These dialogs are Qt's own, with
icons and types told from the name and kind alone; on Windows, where locks belong to a handle,
the native dialog is kept.
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFileInfo, QSettings, QStandardPaths
from PySide6.QtGui import QAbstractFileIconProvider, QIcon
from PySide6.QtWidgets import (
    QFileDialog,
    QFileIconProvider,
    QMessageBox,
    QTreeView,
    QWidget,
)

from accountmgr.domain.files import is_open_database
from accountmgr.qtmodels.formatting import fill

_ICON = QAbstractFileIconProvider.IconType


class NameOnlyIcons(QAbstractFileIconProvider):
    """A folder icon for folders and a file icon for the rest: nothing is read from a file."""

    def __init__(self) -> None:
        super().__init__()
        self._icons = QFileIconProvider()

    def icon(self, which: QFileInfo | QAbstractFileIconProvider.IconType) -> QIcon:
        if isinstance(which, QFileInfo):
            which = _ICON.Folder if which.isDir() else _ICON.File
        return self._icons.icon(which)

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return QCoreApplication.translate("FileDialogs", "Folder")
        suffix = info.suffix()
        if suffix:
            return fill(QCoreApplication.translate("FileDialogs", "%1 file"), suffix)
        return QCoreApplication.translate("FileDialogs", "File")


@functools.cache
def _icons() -> NameOnlyIcons:
    return NameOnlyIcons()  # one for every dialog, made after the application


def _refuse_open_database(parent: QWidget | None, caption: str) -> None:
    QMessageBox.warning(
        parent,
        caption,
        QCoreApplication.translate(
            "FileDialogs", "That file is the database accountmgr has open. Choose another name."
        ),
    )


class _Dialog(QFileDialog):
    """Saving over the open database (or a file SQLite keeps beside it) is refused, and the
    dialog stays open: an export written there would replace the customer base."""

    def accept(self) -> None:
        chosen = self.selectedFiles()
        if (
            self.acceptMode() == QFileDialog.AcceptMode.AcceptSave
            and chosen
            and is_open_database(chosen[0])
        ):
            _refuse_open_database(self, self.windowTitle())
            return
        super().accept()


LAST_FOLDER = "file_dialogs/last_folder"


def starting_point(directory: str) -> str:
    """Where a dialog opens: `directory` when it is a full path; otherwise (nothing, or a bare
    file name to suggest) in the folder a file was last chosen in, at first the Documents
    folder. Not the current directory: that is / for an application the Finder started, and
    the install folder for one started from the Start menu."""
    if directory and Path(directory).is_absolute():
        return directory
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    remembered = str(QSettings().value(LAST_FOLDER, "") or "")
    folder = next((f for f in (remembered, documents) if f and Path(f).is_dir()), str(Path.home()))
    return str(Path(folder) / directory) if directory else folder


def make_dialog(
    parent: QWidget | None, caption: str, directory: str = "", filters: str = ""
) -> QFileDialog:
    """A file dialog safe to point at the database's folder."""
    dialog = _Dialog(parent, caption, starting_point(directory), filters)
    if sys.platform != "win32":
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setIconProvider(_icons())
        _fit_column_titles(dialog)
    return dialog


def _fit_column_titles(dialog: QFileDialog) -> None:
    """Qt's own dialog gives its Size, Type and Date Modified columns a fixed width that cuts
    their titles in most languages (and Date Modified in English): each is made as wide as its
    title at least, and can still be resized."""
    view = dialog.findChild(QTreeView, "treeView")
    if view is None:
        return
    header = view.header()
    for column in range(1, header.count()):
        wanted = header.sectionSizeFromContents(column).width()
        header.resizeSection(column, max(header.sectionSize(column), wanted))


def _run(dialog: QFileDialog) -> tuple[list[str], str]:
    if dialog.exec() != QFileDialog.DialogCode.Accepted:
        return [], ""
    files = dialog.selectedFiles()
    if files:
        QSettings().setValue(LAST_FOLDER, str(Path(files[0]).parent))
    return files, dialog.selectedNameFilter()


def get_open_file_name(
    parent: QWidget | None, caption: str, directory: str = "", filters: str = ""
) -> tuple[str, str]:
    """As QFileDialog.getOpenFileName: (the chosen file or "", the chosen filter)."""
    dialog = make_dialog(parent, caption, directory, filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    files, chosen = _run(dialog)
    return (files[0] if files else ""), chosen


def get_open_file_names(
    parent: QWidget | None, caption: str, directory: str = "", filters: str = ""
) -> tuple[list[str], str]:
    """As QFileDialog.getOpenFileNames: (the chosen files, the chosen filter)."""
    dialog = make_dialog(parent, caption, directory, filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    return _run(dialog)


def get_save_file_name(
    parent: QWidget | None, caption: str, directory: str = "", filters: str = "", selected: str = ""
) -> tuple[str, str]:
    """As QFileDialog.getSaveFileName (`selected`: the filter chosen at first); the open
    database is never a choice."""
    dialog = make_dialog(parent, caption, directory, filters)
    if selected:
        dialog.selectNameFilter(selected)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    files, chosen = _run(dialog)
    if files and is_open_database(files[0]):  # a native dialog (Windows) does not ask us
        _refuse_open_database(parent, caption)
        return "", ""
    return (files[0] if files else ""), chosen
