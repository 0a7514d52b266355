"""Shared fixtures: a fresh database file per test, Qt offscreen with an English locale for
every test (a test that needs another sets it), a settings file per test, the application's
asyncio loop, and helpers to build an account and a shown window."""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")
from accountmgr.domain import clock
from accountmgr.store.database import ENV_VAR, close_database, open_database
from tests import postgres_server

# The application's own settings (the command line reads the language chosen in the window's)
# in a folder of the run's, never the person's: before any QSettings reads where they are.
_CONFIG = tempfile.TemporaryDirectory(prefix="accountmgr-tests-config-")
os.environ["XDG_CONFIG_HOME"] = _CONFIG.name
# Its cache (the copies of a team database's files) too, for the same reason.
_CACHE = tempfile.TemporaryDirectory(prefix="accountmgr-tests-cache-")
os.environ["XDG_CACHE_HOME"] = _CACHE.name
# Windows keeps settings in the registry and macOS in a property list, whatever XDG says: an
# INI file in the run's folder there too; and Windows' local application data folder.
os.environ["WIN_PD_OVERRIDE_LOCAL_APPDATA"] = _CACHE.name
if sys.platform != "linux":
    from PySide6.QtCore import QSettings as _Settings

    _Settings.setDefaultFormat(_Settings.Format.IniFormat)
    _Settings.setPath(_Settings.Format.IniFormat, _Settings.Scope.UserScope, _CONFIG.name)

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication
    from pytestqt.qtbot import QtBot

    from accountmgr.views.main_window import MainWindow

TODAY = dt.date(2026, 11, 24)  # a Tuesday


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--trials",
        type=int,
        default=None,
        help="trials of the kill-during-writes test (a longer soak than its default)",
    )
    parser.addoption(
        "--slow",
        action="store_true",
        help="also run the tests marked slow (`packaging/dev.py test` and CI run them all)",
    )
    parser.addoption(
        "--team",
        action="store_true",
        help="open the store of every test on a throw-away PostgreSQL server (a team "
        "database) instead of an SQLite file; tests marked sqlite_only are skipped",
    )


# Every text the application asks Qt to translate, as (context, source): each must be in the
# Linguist sources, or no translator could ever translate it (see `pytest_sessionfinish`).
ASKED: set[tuple[str, str]] = set()


@pytest.fixture(scope="session", autouse=True)
def _record_translated_texts() -> Iterator[None]:
    """A translator that translates nothing and notes what it was asked."""
    from PySide6.QtCore import QCoreApplication, QTranslator
    from PySide6.QtWidgets import QApplication

    class Recorder(QTranslator):
        def translate(
            self, context: str, source: str, disambiguation: str | None = None, n: int = -1
        ) -> str | None:
            if source:
                ASKED.add((context, source))
            return None  # a null string: not translated here, ask the next translator

        def isEmpty(self) -> bool:
            return False

    app = QApplication.instance() or QApplication([])
    recorder = Recorder(app)
    QCoreApplication.installTranslator(recorder)
    yield
    QCoreApplication.removeTranslator(recorder)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Fail the run when the application asked to translate a text the Linguist sources do not
    hold (a `tr()` of a variable, a string built before it is translated, a new string not
    extracted yet with packaging/translations.py)."""
    import xml.etree.ElementTree as ET

    if not ASKED:
        return
    source = Path(__file__).resolve().parent.parent / "resources/translations/accountmgr_fr.ts"
    known = {
        (context.findtext("name", ""), message.findtext("source", ""))
        for context in ET.parse(source).getroot().iter("context")
        for message in context.iter("message")
    }
    # PySide's tr() asks each class of the object's in turn (the subclass first): a text is
    # found when one of the contexts it was asked in holds it.
    contexts: dict[str, set[str]] = {}
    for context, text in ASKED:
        contexts.setdefault(text, set()).add(context)
    missing = sorted(
        (min(asked), text)
        for text, asked in contexts.items()
        if not any((context, text) in known for context in asked)
        and not all(c[:1] == "Q" and c[1:2].isupper() for c in asked)  # Qt's own texts
        and asked != {"ActivityType"}  # a type's name: the built-in ones are in, others are data
    )
    if missing:
        lines = "\n".join(f"  {context}: {text!r}" for context, text in missing)
        print(f"\n{len(missing)} texts asked for translation are in no .ts file:\n{lines}")
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests marked slow (processes killed mid-write, real mouse drags, whole commands end to
    end) run only with `--slow`: a plain `pytest` is the quick loop while working. With
    `--team`, what only an SQLite file has (its locks, its backups, its damage) is skipped."""
    team = config.getoption("--team")
    if team and not postgres_server.available():
        raise pytest.UsageError("--team needs PostgreSQL's initdb and pg_ctl")
    slow = pytest.mark.skip(reason="slow: run with --slow (packaging/dev.py test does)")
    sqlite_only = pytest.mark.skip(reason="only an SQLite file has this")
    elsewhere = {
        "linux_only": sys.platform != "linux",
        "posix_only": sys.platform == "win32",
    }
    for item in items:
        if "slow" in item.keywords and not config.getoption("--slow"):
            item.add_marker(slow)
        if team and "sqlite_only" in item.keywords:
            item.add_marker(sqlite_only)
        for marker, skipped in elsewhere.items():
            if skipped and marker in item.keywords:
                item.add_marker(pytest.mark.skip(reason=f"{marker}: not on {sys.platform}"))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "accountmgr.db"


@pytest.fixture
def no_fallback_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """For command-line tests: never touch the user's real data folder, and notice if `--db`
    was ignored."""
    fallback = tmp_path / "fallback" / "accountmgr.db"
    monkeypatch.setenv(ENV_VAR, str(fallback))
    yield
    assert not fallback.parent.exists(), "a command used $ACCOUNTMGR_DB instead of --db"


_TEMPLATE = "accountmgr_template"


@pytest.fixture(scope="session")
def pg_server() -> Iterator[postgres_server.Server]:
    """A PostgreSQL server for the run, with an empty team database to copy for each test."""
    if not postgres_server.available():
        pytest.skip("PostgreSQL is not installed")
    from accountmgr.store.postgres import server_address
    from accountmgr.store.server import init_server

    server = postgres_server.Server()
    try:
        server.sql(f"CREATE DATABASE {_TEMPLATE}")
        init_server(server_address(server.url(_TEMPLATE)))
        yield server
    finally:
        server.stop()


_databases = iter(range(1, 1_000_000))


def new_team_database(server: postgres_server.Server) -> str:
    """The address of a new, empty team database on the test server."""
    name = f"team_{next(_databases)}"
    server.sql(f"CREATE DATABASE {name} TEMPLATE {_TEMPLATE}")
    return server.url(name)


@pytest.fixture
def store(db_path: Path, request: pytest.FixtureRequest) -> Iterator[Path]:
    """An open, migrated, empty store in a temporary file (with `--team`, a team database on
    a PostgreSQL server); today pinned to TODAY."""
    if request.config.getoption("--team"):
        from accountmgr.store.postgres import server_address
        from accountmgr.store.server import open_server

        server = request.getfixturevalue("pg_server")
        open_server(server_address(new_team_database(server)))
    else:
        open_database(db_path)
    clock.pin_today(TODAY)
    yield db_path
    clock.pin_today(None)
    close_database()


@pytest.fixture
def store_address(store: Path, request: pytest.FixtureRequest) -> str:
    """What `--db` names the test's store by: its file, or (with `--team`) its address."""
    if request.config.getoption("--team"):
        from accountmgr.store.models import db

        return str(db.obj.address.url)
    return str(store)


@pytest.fixture(autouse=True)
def _unpinned_today() -> Iterator[None]:
    yield
    clock.pin_today(None)


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    """Numbers, dates and money written as en_US writes them, in every test: what a test
    asserts does not depend on the machine's locale."""
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def english_plurals(english: None, qapp: QApplication) -> None:
    """The English plural forms ("1 day", "2 days"), loaded as the application loads them."""
    from accountmgr.views.translations import install_translations

    install_translations(qapp)


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    """The interface's texts in German, as the application loads them (numbers and dates stay
    en_US, see `english`)."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    from accountmgr.resources import resource_path

    translator = QTranslator()
    assert translator.load("accountmgr_de", str(resource_path("translations")))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    """The window's remembered state, in a file of this test's own."""
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def app_loop(qapp: QApplication) -> Iterator[asyncio.AbstractEventLoop]:
    """The application's asyncio loop (qasync's, over Qt's), asyncio's current loop for the
    test; closed after it. What runs on a worker thread comes back through it."""
    import qasync

    loop = qasync.QEventLoop(qapp, already_running=False)
    asyncio.set_event_loop(loop)
    yield loop
    loop.close()
    asyncio.set_event_loop(None)


def won_account(name: str, value: int = 100_00, owner: int | None = None) -> int:
    """An organization with one deal of `value` cents (EUR) won on 5 January 2026: an account."""
    from accountmgr.domain import deals, organizations

    org = organizations.create_organization(name, owner_id=owner).id
    deal = deals.create_deal("Licence", org_id=org, value_minor=value, currency="EUR").id
    deals.mark_won(deal, dt.datetime(2026, 1, 5, 10, 0))
    return org


def settle(window: MainWindow) -> MainWindow:
    """Let the figures that follow the window's first screen arrive (the status bar's, the
    list's row count), as the event loop does right after the paint."""
    from PySide6.QtWidgets import QApplication

    for _ in range(1000):
        if not window.work_pending():
            return window
        QApplication.processEvents()
    raise AssertionError("the window's figures never arrived")


def shown_window(qtbot: QtBot, settings: QSettings, *, started: bool = False) -> MainWindow:
    """The main window over the open store, shown and exposed at 1200 by 700; `started`: what
    follows the first paint too (the status bar's figures, the watch for other processes)."""
    from accountmgr.qtmodels.hub import ChangeHub
    from accountmgr.views.main_window import MainWindow

    win = MainWindow(ChangeHub(), settings)
    qtbot.addWidget(win)
    win.resize(1200, 700)
    win.show()
    qtbot.waitExposed(win)
    if started:
        win.finish_start()
    return win
