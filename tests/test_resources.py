"""The icons and translations are package data: every icon the code names is there and draws,
the translation loads, and pyproject.toml lists every data file, so a wheel carries them."""

from __future__ import annotations

import ast
import re
import tomllib
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

import accountmgr
from accountmgr.resources import resource_path

PACKAGE = Path(accountmgr.__file__).parent
ROOT = PACKAGE.parent
STATES = ("overdue", "today", "later", "none")  # accounts_model.state_of: state-{state}.svg


def _icon_names_in_code() -> set[str]:
    """Every string constant ending in .svg in the application's modules (the default activity
    types' icons among them)."""
    names = set()
    for module in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            value = node.value if isinstance(node, ast.Constant) else None
            if isinstance(value, str) and re.fullmatch(r"[\w.-]+\.svg", value):
                names.add(value)
    return names


def _referenced_icons() -> list[str]:
    return sorted(_icon_names_in_code() | {f"state-{state}.svg" for state in STATES})


def test_the_code_names_the_icons_it_draws() -> None:
    icons = _referenced_icons()
    assert {"accountmgr.svg", "bell.svg", "pin.svg", "call.svg", "state-overdue.svg"} <= set(icons)


@pytest.mark.parametrize("name", _referenced_icons())
def test_every_icon_the_code_names_is_a_package_resource_that_draws(
    qapp: QApplication, name: str
) -> None:
    path = resource_path("icons", name)
    assert path.is_file(), f"{name} is not in accountmgr/resources/icons"
    icon = QIcon(str(path))
    assert not icon.isNull()
    assert not icon.pixmap(QSize(16, 16)).isNull()  # the SVG renders


def test_the_english_translation_loads_from_the_package(qapp: QApplication) -> None:
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load("accountmgr_en", str(resource_path("translations")))
    assert not translator.isEmpty()


def _package_data() -> dict[str, list[str]]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    data: dict[str, list[str]] = config["tool"]["setuptools"]["package-data"]
    return data


def test_pyproject_lists_every_data_file_of_the_package_so_the_wheel_carries_it() -> None:
    listed: set[Path] = set()
    for package, patterns in _package_data().items():
        folder = ROOT.joinpath(*package.split("."))
        for pattern in patterns:
            found = {path for path in folder.glob(pattern) if path.is_file()}
            assert found, f"{pattern} matches nothing in {package}"
            listed |= found
    data_files = {
        path
        for path in PACKAGE.rglob("*")
        if path.is_file()
        and path.suffix not in {".py", ".pyc", ".pyi"}
        and "__pycache__" not in path.parts
    }
    assert data_files == listed
    assert resource_path("icons", "accountmgr.svg") in listed
    assert resource_path("translations", "accountmgr_en.qm") in listed
