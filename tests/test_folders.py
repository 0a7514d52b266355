"""The application's folders on each platform, and the way SQLite is given a database's path."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest

from accountmgr.store.folders import cache_dir, data_dir, log_dir, sqlite_uri


def test_macos_folders_are_apples_whatever_the_shell_says(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A terminal whose shell sets XDG_DATA_HOME and the Finder open the same database."""
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
    library = tmp_path / "Library"
    assert data_dir("darwin") == library / "Application Support" / "accountmgr"
    assert cache_dir("darwin") == library / "Caches" / "accountmgr"
    assert log_dir("darwin") == library / "Logs" / "accountmgr"


def test_elsewhere_the_platforms_own_folders(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("WIN_PD_OVERRIDE_LOCAL_APPDATA", str(tmp_path / "local"))
    if sys.platform == "darwin":  # Apple's folder, whatever XDG says (see above)
        assert data_dir() == Path.home() / "Library" / "Application Support" / "accountmgr"
    elif sys.platform == "win32":  # %LOCALAPPDATA%, which the variable overrides
        assert data_dir() == tmp_path / "local" / "accountmgr"
    else:
        assert data_dir() == tmp_path / "data" / "accountmgr"


@pytest.mark.parametrize(
    ("path", "uri"),
    [
        (
            PureWindowsPath(r"C:\Users\José Müller\accountmgr.db"),
            "file:///C:/Users/Jos%C3%A9%20M%C3%BCller/accountmgr.db",
        ),
        (PureWindowsPath(r"Z:\sales\accountmgr.db"), "file:///Z:/sales/accountmgr.db"),
        # A network path: its server stays in the path; SQLite refuses a server as authority.
        (PureWindowsPath(r"\\server\share\accountmgr.db"), "file:////server/share/accountmgr.db"),
        (PurePosixPath("/home/ana/a #1?.db"), "file:///home/ana/a%20%231%3F.db"),
    ],
)
def test_the_uri_sqlite_is_given_keeps_the_path_whole(path: object, uri: str) -> None:
    assert sqlite_uri(path, "mode=ro") == f"{uri}?mode=ro"  # type: ignore[arg-type]


def test_a_database_with_spaces_accents_and_uri_characters_in_its_path_opens(
    tmp_path: Path,
) -> None:
    path = tmp_path / "José Müller #2 ?%" / "base de données.db"
    path.parent.mkdir()
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    reader = sqlite3.connect(sqlite_uri(path, "mode=ro&immutable=1"), uri=True)
    try:
        assert reader.execute("SELECT name FROM sqlite_master").fetchall() == [("t",)]
    finally:
        reader.close()
