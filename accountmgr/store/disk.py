"""The disk under the database: how much room it has left, and making renames on it durable."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

# Below this much free space, SQLite's errors mean the disk is full: creating the shared-memory
# file (32 KiB) or appending to the journal fails with an I/O error.
_LOW_SPACE = 256 * 1024


def out_of_space(path: Path | str, needed: int = _LOW_SPACE) -> bool:
    """Whether the disk that holds `path` (a file or a folder) has less than `needed` bytes
    free (by default: it is full). Asks the file system (statvfs), never opens the file."""
    folder = Path(path)
    while not folder.is_dir() and folder != folder.parent:
        folder = folder.parent
    try:
        return shutil.disk_usage(folder).free < needed
    except OSError:
        return False


def fsync_dir(folder: Path) -> None:
    """Make a rename in `folder` durable, where the platform allows it (not on Windows)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
