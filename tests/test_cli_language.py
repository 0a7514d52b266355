"""The command line speaks the window's language: the one chosen in Settings ▸ Language…, else
the system's. Its --json output is the same in every language."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from accountmgr.store.database import ENV_VAR

from .conftest import TODAY, won_account
from .test_cli import run

pytestmark = pytest.mark.usefixtures("no_fallback_database")
NBSP = "\u00a0"


@pytest.fixture
def language() -> Iterator[Callable[[str], None]]:
    """Choose the language as Settings ▸ Language… does (in the run's own settings folder)."""
    from PySide6.QtCore import QSettings

    from accountmgr.commands.language import SETTINGS_NAMES
    from accountmgr.views.translations import SETTING

    settings = QSettings(*SETTINGS_NAMES)

    def choose(code: str) -> None:
        settings.setValue(SETTING, code)
        settings.sync()

    yield choose
    settings.remove(SETTING)
    settings.sync()


def _with_accounts(db: Path, how_many: int) -> Path:
    from accountmgr.domain import clock
    from accountmgr.store.database import close_database, open_database

    open_database(db)
    clock.pin_today(TODAY)
    for number in range(how_many):
        won_account(f"Org {number}")
    close_database()
    return db


def test_check_says_ok_in_german_and_french(
    db_path: Path, capsys: pytest.CaptureFixture[str], language: Callable[[str], None]
) -> None:
    _with_accounts(db_path, 1)
    language("de")
    code, out, err = run(capsys, "--db", str(db_path), "check")
    assert (code, err) == (0, "")
    assert out == f"{db_path}: OK; 1 Account; jede Zusammenfassung passt zu den aktuellen Daten.\n"
    language("fr")
    code, out, err = run(capsys, "--db", str(db_path), "check")
    assert out == (
        f"{db_path}{NBSP}: OK{NBSP}; 1 compte{NBSP}; chaque résumé correspond aux données "
        "actuelles.\n"
    )


@pytest.mark.parametrize(
    ("how_many", "german", "french"),
    [
        (1, "1 Account gesichert nach ", "1 compte sauvegardé dans "),
        (2, "2 Accounts gesichert nach ", "2 comptes sauvegardés dans "),
    ],
)
def test_backup_counts_accounts_in_the_languages_plural(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    language: Callable[[str], None],
    how_many: int,
    german: str,
    french: str,
) -> None:
    db = _with_accounts(tmp_path / "plural.db", how_many)
    for code, expected in (("de", german), ("fr", french)):
        language(code)
        status, out, err = run(capsys, "--db", str(db), "backup", "--out", str(tmp_path / code))
        assert (status, err) == (0, "")
        assert out.startswith(expected), out


def test_export_says_its_rows_in_french(
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    language: Callable[[str], None],
) -> None:
    _with_accounts(db_path, 2)
    language("fr")
    out_csv = tmp_path / "orgs.csv"
    code, out, err = run(
        capsys, "--db", str(db_path), "export", "--kind", "organizations", "--out", str(out_csv)
    )
    assert (code, err) == (0, "")
    assert out == f"2 lignes écrites dans {out_csv}\n"


def test_usage_error_in_german(
    db_path: Path, capsys: pytest.CaptureFixture[str], language: Callable[[str], None]
) -> None:
    language("de")
    code, out, err = run(capsys, "--db", str(db_path), "--today", "2026-02-30", "check")
    assert (code, out) == (2, "")
    assert err == (
        "accountmgr: Fehler: argument --today: „2026-02-30“ ist kein Datum der Form JJJJ-MM-TT "
        "(siehe „accountmgr --help“)\n"
    )
    assert not db_path.exists()


def test_help_in_german(
    capsys: pytest.CaptureFixture[str], language: Callable[[str], None]
) -> None:
    language("de")
    code, out, _err = run(capsys, "--help")
    assert code == 0
    assert "Account-Verwaltung offline. Ohne Befehl öffnet sich die Anwendung." in out
    assert "listet die Accounts auf" in out


def test_domain_and_store_errors_as_the_window_says_them(
    db_path: Path, capsys: pytest.CaptureFixture[str], language: Callable[[str], None]
) -> None:
    _with_accounts(db_path, 1)
    language("fr")
    code, out, err = run(capsys, "--db", str(db_path), "rates", "--set", "XXX=1")
    assert (code, out) == (1, "")
    assert (
        err
        == f"accountmgr{NBSP}: erreur{NBSP}: «{NBSP}XXX{NBSP}» n\u2019est pas une devise connue.\n"
    )
    language("de")
    missing = db_path.with_name("missing.db")
    code, out, err = run(capsys, "--db", str(missing), "check")
    assert err == f"accountmgr: Fehler: Unter {missing} gibt es keine accountmgr-Datenbank.\n"


def test_json_is_the_same_in_every_language(
    db_path: Path, capsys: pytest.CaptureFixture[str], language: Callable[[str], None]
) -> None:
    _with_accounts(db_path, 2)
    base = ("--db", str(db_path), "--today", TODAY.isoformat())
    outputs = {}
    for code in ("en", "de", "fr"):
        language(code)
        outputs[code] = [
            run(capsys, *base, *command, "--json")
            for command in (["accounts"], ["rates"], ["backups"])
        ]
    assert outputs["de"] == outputs["en"] == outputs["fr"]
    assert all(code == 0 and out and not err for code, out, err in outputs["en"][:2])


@pytest.mark.linux_only
@pytest.mark.slow
def test_the_system_language_when_none_is_chosen(db_path: Path, tmp_path: Path) -> None:
    """A process of its own, with LANG as a German system has it and no language chosen."""
    _with_accounts(db_path, 2)
    env = {**os.environ, "LANG": "de_DE.UTF-8", "LC_ALL": "de_DE.UTF-8"}
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    env.pop(ENV_VAR, None)
    result = subprocess.run(
        [sys.executable, "-m", "accountmgr", "--db", str(db_path), "check"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"{db_path}: OK; 2 Accounts; ")


def test_a_backup_that_cannot_be_used_says_why_in_german(
    db_path: Path, capsys: pytest.CaptureFixture[str], language: Callable[[str], None]
) -> None:
    _with_accounts(db_path, 1)
    folder = db_path.parent / "backups"
    folder.mkdir(exist_ok=True)
    junk = folder / "accountmgr-2026-11-20-120000-manual.db"
    junk.write_bytes(b"not a database at all" * 100)
    language("de")
    code, out, err = run(capsys, "--db", str(db_path), "backups")
    assert code == 0, err
    assert "ist keine Datenbank und daher keine accountmgr-Sicherung" in out
    code, out, err = run(capsys, "--db", str(db_path), "backups", "--json")
    assert "is not a database, so it is no accountmgr backup" in out  # --json stays English
