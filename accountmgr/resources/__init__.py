"""The application's run-time files: icons (`icons/*.svg`) and compiled translations
(`translations/*.qm`, built from `resources/translations/*.ts` at the top of the repository by
`packaging/forms.py`).

They are package data of this package (pyproject.toml lists them), found through
`importlib.resources`, so a checkout, an installed wheel and the PyInstaller bundle (whose spec
collects the same list) all find them the same way.

Why files and not a compiled Qt resource (.qrc through pyside6-rcc): Qt takes icons and
translations by file name, and looks a translation up by locale in a folder, which a plain
folder does as well as a resource; a compiled resource would be one more generated module (the
files' bytes written out as Python source) to keep in step with its sources, loaded whole at
start however few icons the window shows. Every way the application is installed (a wheel is
unpacked; the bundle is a folder) leaves package data as files on disk.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from pathlib import Path


@cache
def _folder() -> Path:
    folder = files(__name__)
    if not isinstance(folder, Path):  # a zip import: Qt could not open its members by name
        raise RuntimeError(f"accountmgr's resources are not files on disk: {folder}")
    return folder


def resource_path(*parts: str) -> Path:
    """The file (or folder) `parts` below this package, e.g. `resource_path("icons", "pin.svg")`;
    it may not exist (an activity type may name an icon the application lacks)."""
    return _folder().joinpath(*parts)
