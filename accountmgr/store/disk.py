"""The disk under the database: how much room it has left, and making renames on it durable."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

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


def write_whole(
    final: Path, write: Callable[[BinaryIO], object], prefix: str = ".incoming-"
) -> None:
    """Write a file that appears whole or not at all: `write(writer)` fills a temporary file
    beside `final`, which is flushed to disk and only then renamed to `final`; on any error
    the temporary file is removed and `final` is left as it was."""
    final.parent.mkdir(parents=True, exist_ok=True)
    out_fd, temp_name = tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=final.parent)
    try:
        with os.fdopen(out_fd, "wb") as writer:
            write(writer)
            writer.flush()
            os.fsync(writer.fileno())
        os.replace(temp_name, final)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    fsync_dir(final.parent)
