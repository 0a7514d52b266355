"""`pip install .` gives a working application: the wheel carries the icons, the translations
and the demo's vocabulary, and the installed package, away from the checkout, passes the smoke
run (translations and icons found, the log written)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

import accountmgr

ROOT = Path(accountmgr.__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel, built from a copy of the sources (a build leaves build/ and *.egg-info)."""
    source = tmp_path_factory.mktemp("source")
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    shutil.copytree(
        ROOT / "accountmgr", source / "accountmgr", ignore=shutil.ignore_patterns("__pycache__")
    )
    out = tmp_path_factory.mktemp("wheel")
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check"]
    build = ["wheel", "-q", "--no-deps", "--no-build-isolation", "-w", str(out), str(source)]
    subprocess.run([*pip, *build], check=True, timeout=300)
    [built] = out.glob("accountmgr-*.whl")
    return built


@pytest.mark.slow
def test_the_wheel_carries_every_run_time_file(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    package = ROOT / "accountmgr"
    for folder, pattern in (("resources/icons", "*.svg"), ("resources/translations", "*.qm")):
        files = sorted((package / folder).glob(pattern))
        assert files
        for path in files:
            assert f"accountmgr/{folder}/{path.name}" in names
    assert "accountmgr/domain/demo_names.json" in names
    [entry_points] = [n for n in names if n.endswith(".dist-info/entry_points.txt")]
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "accountmgr = accountmgr.__main__:main" in text


@pytest.mark.slow
def test_the_installed_wheel_runs_its_smoke_test_away_from_the_checkout(
    wheel: Path, tmp_path: Path
) -> None:
    site = tmp_path / "site-packages of José"
    with zipfile.ZipFile(wheel) as archive:  # what pip does with a pure-Python wheel
        archive.extractall(site)
    # Only the installed copy and the third-party packages: no site processing, so the
    # checkout's editable install is not on the path.
    dependencies = sysconfig.get_paths()["purelib"]
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(site), dependencies]),
        "QT_QPA_PLATFORM": "offscreen",
    }
    where = subprocess.run(
        [sys.executable, "-S", "-c", "import accountmgr; print(accountmgr.__file__)"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert Path(where.stdout.strip()).is_relative_to(site)
    result = subprocess.run(
        [sys.executable, "-S", "-m", "accountmgr", "--smoke", "--db", str(tmp_path / "a.db")],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "smoke: translations de, en, es, fr, it, pt_BR" in result.stdout
    assert "smoke: icons 16 drawn" in result.stdout
    assert "smoke test passed" in result.stdout
