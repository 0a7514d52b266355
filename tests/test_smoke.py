"""`accountmgr --smoke` checks what differs from one platform and one way of installing to
another: the database in the platform's data folder, the translations (the application's and
Qt's), the icons drawn through Qt's SVG plugins, the log; a missing piece fails the run."""

from __future__ import annotations

import io
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from accountmgr import __version__, smoke, startup
from accountmgr.resources import resource_path


def _log_with_start(tmp_path: Path) -> Path:
    log_path = tmp_path / "accountmgr.log"
    log_path.write_text(f"... accountmgr {__version__} started on x\n", encoding="utf-8")
    return log_path


def test_the_checks_find_every_translation_and_icon_of_the_package(
    qapp: QApplication, tmp_path: Path
) -> None:
    problems = smoke.check_platform(tmp_path / "a.db", _log_with_start(tmp_path))
    assert problems == []


@pytest.mark.qt_log_ignore("Cannot read file .*broken.svg")  # Qt says why it cannot draw it
def test_missing_translations_icons_or_log_fail_the_smoke_run(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bundle or a wheel without its package data, or without Qt's SVG plugin, says so."""
    resources = tmp_path / "resources"
    (resources / "translations").mkdir(parents=True)
    (resources / "icons").mkdir()
    (resources / "icons" / "broken.svg").write_text("not a drawing", encoding="utf-8")
    monkeypatch.setattr(smoke, "resource_path", resources.joinpath)
    problems = smoke.check_platform(tmp_path / "a.db", tmp_path / "no.log")
    assert any(p.startswith("no translations in ") for p in problems)
    assert any("broken.svg cannot be drawn" in p for p in problems)
    assert any(p.startswith(f"the log {tmp_path / 'no.log'} cannot be read") for p in problems)


def test_a_translation_of_ours_without_qts_own_is_a_problem(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    resources = tmp_path / "resources"
    (resources / "translations").mkdir(parents=True)
    (resources / "icons").mkdir()
    ours = resource_path("translations", "accountmgr_fr.qm")
    # Qt has no Klingon; a translation file for it that loads is ours alone.
    (resources / "translations" / "accountmgr_tlh.qm").write_bytes(ours.read_bytes())
    monkeypatch.setattr(smoke, "resource_path", resources.joinpath)
    problems = smoke.check_platform(tmp_path / "a.db", _log_with_start(tmp_path))
    assert any(p.startswith("Qt's own translation for tlh is not in ") for p in problems)


def test_report_fails_with_one_line_per_problem(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    class Painted:
        at = None

    code = smoke.report(tmp_path / "a.db", ["one", "two"], Painted())  # type: ignore[arg-type]
    assert code == 1
    assert capsys.readouterr().err.splitlines() == [
        "accountmgr: smoke test failed: one",
        "accountmgr: smoke test failed: two",
    ]


@pytest.mark.slow
def test_a_smoke_run_without_a_database_uses_the_platform_data_folder(tmp_path: Path) -> None:
    """As packaging/build.py runs the bundle: a person whose folders have spaces and accents,
    no --db; the database, the log and the findings land in the platform's data folder."""
    home = tmp_path / "home of José Müller"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "WIN_PD_OVERRIDE_LOCAL_APPDATA": str(home / "AppData" / "Local"),
    }
    env.pop("ACCOUNTMGR_DB", None)
    result = subprocess.run(
        [sys.executable, "-m", "accountmgr", "--smoke"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    folder = (
        home / "AppData" / "Local" / "accountmgr"
        if sys.platform == "win32"
        else home / "Library" / "Application Support" / "accountmgr"
        if sys.platform == "darwin"
        else home / ".local" / "share" / "accountmgr"
    )
    assert (folder / "accountmgr.db").is_file()
    log = (folder / "accountmgr.log").read_text(encoding="utf-8")
    assert "smoke: translations de, en, es, fr, it, pt_BR" in log
    assert "smoke: icons 16 drawn" in log
    assert f"smoke: database {folder / 'accountmgr.db'}" in result.stdout


def test_a_program_without_stdout_can_still_print(monkeypatch: pytest.MonkeyPatch) -> None:
    """A Windows program of the GUI subsystem starts with no stdout or stderr."""
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    startup.standard_streams()
    sys.stdout.write("nowhere\n")
    print("nowhere either", file=sys.stderr)
    logging.getLogger("accountmgr.test").warning("still fine")


def test_output_to_a_file_is_utf8_on_windows(monkeypatch: pytest.MonkeyPatch) -> None:
    """`accountmgr accounts --json > out.json` on Windows: "Łódź" is not in cp1252."""
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="cp1252")
    monkeypatch.setattr(sys, "stdout", stream)
    monkeypatch.setattr(sys, "platform", "win32")
    startup.standard_streams()
    sys.stdout.write("Łódź")
    sys.stdout.flush()
    assert raw.getvalue() == "Łódź".encode()
