"""Where the application keeps its files on each platform, and how SQLite is given a path.

- data (the database, its backups, files and log): %LOCALAPPDATA%\\accountmgr on Windows,
  ~/Library/Application Support/accountmgr on macOS, $XDG_DATA_HOME/accountmgr on Linux;
- cache (a team database's files): %LOCALAPPDATA%\\accountmgr\\Cache,
  ~/Library/Caches/accountmgr, $XDG_CACHE_HOME/accountmgr;
- a team database's log: %LOCALAPPDATA%\\accountmgr\\Logs, ~/Library/Logs/accountmgr,
  $XDG_STATE_HOME/accountmgr/log.

On macOS the folders are Apple's, whatever the environment says: platformdirs lets XDG_*
variables override them there, which would give an application started from a terminal whose
shell sets XDG_DATA_HOME another database than the same application started from the Finder.
"""

from __future__ import annotations

import sys
from pathlib import Path, PurePath
from urllib.parse import quote

import platformdirs

APP = "accountmgr"


def _macos(platform: str | None) -> bool:
    return (platform or sys.platform) == "darwin"


def data_dir(platform: str | None = None) -> Path:
    if _macos(platform):
        return Path.home() / "Library" / "Application Support" / APP
    return Path(platformdirs.user_data_dir(APP, appauthor=False))


def cache_dir(platform: str | None = None) -> Path:
    if _macos(platform):
        return Path.home() / "Library" / "Caches" / APP
    return Path(platformdirs.user_cache_dir(APP, appauthor=False))


def log_dir(platform: str | None = None) -> Path:
    if _macos(platform):
        return Path.home() / "Library" / "Logs" / APP
    return Path(platformdirs.user_log_dir(APP, appauthor=False))


def sqlite_uri(path: PurePath, options: str) -> str:
    """A `file:` URI of the database at `path` for sqlite3.connect(uri=True), with `options`
    ("mode=ro"...). Windows paths keep their drive (file:///C:/...) and a network path its
    server in the path (file:////server/share/...): SQLite refuses a URI whose authority is a
    server's name, which pathlib's as_uri() writes for \\\\server\\share. The path is not
    resolved either: that would turn a mapped drive into its network path."""
    posix = path.as_posix()
    lead = "" if posix.startswith("/") else "/"
    return f"file://{lead}{quote(posix, safe='/:')}?{options}"
