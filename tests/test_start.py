"""Starting: the garbage collector paused while the application starts, and PySide6's import
check made cheaper (from source and as the packaged application ships the modules)."""

from __future__ import annotations

import compileall
import gc
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

import accountmgr
from accountmgr import pyside_start
from accountmgr.__main__ import main
from accountmgr.commands import database as database_commands
from accountmgr.startup import collector_paused, resume_collector


@pytest.fixture(autouse=True)
def _collector_on() -> Iterator[None]:
    yield
    gc.enable()  # whatever a failed test left, the rest of the session collects


def test_the_collector_is_off_while_paused_and_on_again_however_the_pause_ends() -> None:
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(SystemExit), collector_paused():
        raise SystemExit(2)
    assert gc.isenabled()


def test_resuming_the_collector_can_freeze_what_start_up_made() -> None:
    frozen = gc.get_freeze_count()
    try:
        with collector_paused():
            resume_collector()
            assert gc.isenabled()
            assert gc.get_freeze_count() == frozen
            gc.disable()
            made = [object() for _ in range(10)]
            resume_collector(freeze=True)
            assert gc.isenabled()
            assert gc.get_freeze_count() >= frozen + len(made)
    finally:
        gc.unfreeze()


def test_a_command_runs_with_the_garbage_collector_on(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[bool] = []
    real_check = database_commands.run_check

    def check(path: Path) -> int:
        seen.append(gc.isenabled())
        return real_check(path)

    monkeypatch.setattr(database_commands, "run_check", check)
    assert main(["--db", str(db_path), "demo", "--orgs", "3"]) == 0
    assert main(["--db", str(db_path), "check"]) == 0
    assert seen == [True]
    assert gc.isenabled()


def test_a_window_that_cannot_start_leaves_the_garbage_collector_on(tmp_path: Path) -> None:
    not_a_database = tmp_path / "notes.txt"
    not_a_database.write_text("shopping list")
    script = (
        "import gc, sys; from accountmgr.__main__ import main; "
        "code = main(['--db', sys.argv[1], '--smoke']); print(code, gc.isenabled())"
    )
    result = subprocess.run(  # its own process: the window's start changes the application
        [sys.executable, "-c", script, str(not_a_database)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.stdout.split() == ["1", "True"]


def test_usage_errors_leave_the_garbage_collector_on() -> None:
    with pytest.raises(SystemExit):
        main(["--no-such-option"])
    assert gc.isenabled()


def _pyside_check() -> object:
    return sys.modules["shibokensupport.feature"]._mod_uses_pyside


def test_pyside_learns_which_modules_use_it_as_it_did_by_reading_their_source() -> None:
    import inspect

    import accountmgr.app  # noqa: F401  (the application's modules, loaded)

    pyside_start.load()
    check = _pyside_check()
    assert getattr(check, "__module__", None) == "accountmgr.pyside_start"

    def by_source(module: ModuleType) -> bool:  # what PySide6 6.11 does
        try:
            return "PySide6" in inspect.getsource(module)
        except (TypeError, OSError, SyntaxError):
            return False

    modules = [m for m in list(sys.modules.values()) if isinstance(m, ModuleType)]
    answers = {m.__name__: check(m) for m in modules}  # type: ignore[operator]
    assert answers == {m.__name__: by_source(m) for m in modules}
    assert answers["accountmgr.views.main_window"] is True
    assert answers["accountmgr.domain.accounts"] is False
    assert answers["sys"] is False  # built in: no source
    pyside_start.load()
    assert _pyside_check() is check  # loading again changes nothing


# Run in a process of its own on a copy of the package compiled without its sources, the way
# the packaged application ships it (PyInstaller with noarchive: x.pyc files, no x.py).
_SOURCELESS = """
import inspect, json, sys
sys.path.insert(0, sys.argv[1])
asked = []  # the modules PySide6's own check had to search the source of
real_getsource = inspect.getsource

def getsource(module):
    asked.append(module.__name__)
    return real_getsource(module)

inspect.getsource = getsource
from accountmgr import pyside_start
pyside_start.load()
import accountmgr.app
inspect.getsource = real_getsource
check = sys.modules["shibokensupport.feature"]._mod_uses_pyside

def by_source(module):
    try:
        return "PySide6" in inspect.getsource(module)
    except (TypeError, OSError, SyntaxError):
        return False

modules = [m for m in list(sys.modules.values()) if hasattr(m, "__name__")]
print(json.dumps({
    "where": accountmgr.app.__file__,
    "ours": check.__module__,
    "differ": [m.__name__ for m in modules if check(m) != by_source(m)],
    "uses": sorted(m.__name__ for m in modules if check(m)),
    "asked": asked,
}))
"""


def test_pyside_check_answers_as_pyside_does_for_modules_shipped_without_source(
    tmp_path: Path,
) -> None:
    copy = tmp_path / "accountmgr"
    shutil.copytree(Path(accountmgr.__file__).parent, copy, ignore=shutil.ignore_patterns("*.pyc"))
    assert compileall.compile_dir(copy, quiet=1, legacy=True)
    for source in copy.rglob("*.py"):
        source.unlink()
    result = subprocess.run(
        [sys.executable, "-c", _SOURCELESS, str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
        cwd=tmp_path,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    found = json.loads(result.stdout.strip().splitlines()[-1])
    assert found["where"] == str(copy / "app.pyc")
    assert found["ours"] == "accountmgr.pyside_start"
    assert found["differ"] == []
    assert not [name for name in found["uses"] if name.startswith("accountmgr")]  # no source
    # Answered without PySide6's search for a source that is not there (extensions still ask).
    assert found["asked"]
    assert not [name for name in found["asked"] if name.startswith("accountmgr")]
