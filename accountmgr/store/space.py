"""How much room the disk that holds the database has left."""

from __future__ import annotations

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
