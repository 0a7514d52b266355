"""Settings ▸ Currencies…: the known currencies with their rates, a rate edited through the
domain, undone with Edit ▸ Undo, and every total following at once."""

from __future__ import annotations

import asyncio
import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from accountmgr.domain import accounts, currencies, deals, organizations
from accountmgr.qtmodels.currencies_model import CurrenciesModel, parse_rate, rate_text
from accountmgr.views import operations
from accountmgr.views.dialogs.currencies_dialog import CurrenciesDialog, RateDialog
from accountmgr.views.main_window import MainWindow
from tests.conftest import TODAY, shown_window


@pytest.fixture
def org(store: Path) -> int:
    org = organizations.create_organization("Bison Engineering Inc.").id
    deal = deals.create_deal("Licence", org_id=org, value_minor=10_000, currency="USD").id
    deals.mark_won(deal)
    return org


@pytest.fixture
def window(org: int, qtbot: QtBot, settings: QSettings) -> MainWindow:
    return shown_window(qtbot, settings)


def _rows(model: CurrenciesModel) -> dict[str, str]:
    return {
        str(model.index(row, 0).data()): str(model.index(row, 2).data())
        for row in range(model.rowCount())
    }


def test_the_model_lists_every_currency_with_its_rate(org: int, qtmodeltester: ModelTester) -> None:
    currencies.add_currency("AUD")
    model = CurrenciesModel()
    model.reload()
    qtmodeltester.check(model)
    rows = _rows(model)
    assert model.index(0, 0).data() == "EUR"  # the default one first
    assert rows["EUR"] == "1"
    assert rows["USD"] == rate_text(currencies.exchange_rate("USD"))
    assert rows["AUD"] == "no rate"
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Rate to EUR"


def test_rates_are_written_and_read_in_the_locale() -> None:
    german = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    assert rate_text(920_000) == "0.92"
    assert rate_text(1_000_000_000) == "1,000"
    assert rate_text(999_500_000) == "999.5"
    assert rate_text(6_100, german) == "0,0061"
    assert parse_rate("0,0061", german) == 6_100
    assert parse_rate("0.92", german) == 920_000  # a dot works everywhere
    assert parse_rate("abc") is None


def _edit(dialog: CurrenciesDialog, code: str, text: str, monkeypatch: pytest.MonkeyPatch) -> Any:
    shown: list[RateDialog] = []

    def run(sub: Any) -> bool:
        shown.append(sub)
        sub.rate_edit.setText(text)
        sub.accept()
        return bool(sub.result())

    monkeypatch.setattr(dialog, "exec_sub_dialog", run)
    dialog._select(code)
    dialog.edit_rate()
    return shown[0]


def test_a_rate_edited_moves_every_total_and_undo_puts_it_back(
    window: MainWindow, org: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.commands.currencies_action.trigger()
    dialog = window.commands.currencies_dialog
    assert isinstance(dialog, CurrenciesDialog)
    was = currencies.exchange_rate("USD")

    _edit(dialog, "USD", "0.5", monkeypatch)

    assert currencies.exchange_rate("USD") == 500_000
    assert _rows(dialog.model)["USD"] == "0.5"
    [row] = accounts.list_accounts(TODAY)
    assert row.won_value == 5_000
    assert window.model.index(0, 0).isValid()
    assert "Change the rate of USD" in window.undo_action.text()

    window.undo_action.trigger()
    assert currencies.exchange_rate("USD") == was
    assert _rows(dialog.model)["USD"] == rate_text(was)
    window.redo_action.trigger()
    assert currencies.exchange_rate("USD") == 500_000
    dialog.close()


def test_undoing_a_first_rate_leaves_the_currency_without_one(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    currencies.add_currency("AUD")
    window.commands.currencies()
    dialog = window.commands.currencies_dialog
    assert dialog is not None
    _edit(dialog, "AUD", "0.6", monkeypatch)
    assert currencies.exchange_rate("AUD") == 600_000
    window.undo_action.trigger()
    assert currencies.exchange_rate("AUD") == 0
    assert _rows(dialog.model)["AUD"] == "no rate"
    dialog.close()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("0", "greater than 0"),
        ("-2", "greater than 0"),
        ("1001", "at most 1000"),
        ("lots", "is not a number"),
    ],
)
def test_a_bad_rate_says_why_and_changes_nothing(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, text: str, message: str
) -> None:
    window.commands.currencies()
    dialog = window.commands.currencies_dialog
    assert dialog is not None
    was = currencies.exchange_rate("USD")
    sub = _edit(dialog, "USD", text, monkeypatch)
    assert message in sub.error.text()
    assert currencies.exchange_rate("USD") == was
    assert window.undo_stack.count() == 0
    dialog.close()


def test_the_default_currency_cannot_be_edited(window: MainWindow) -> None:
    window.commands.currencies()
    dialog = window.commands.currencies_dialog
    assert dialog is not None
    dialog._select("EUR")
    assert not dialog.edit_button.isEnabled()
    dialog._select("USD")
    assert dialog.edit_button.isEnabled()
    dialog.close()


def test_the_settings_menu_has_currencies_after_activity_types(window: MainWindow) -> None:
    actions = window.ui.menuSettings.actions()
    after = actions.index(window.ui.actionActivityTypes) + 1
    assert actions[after] is window.commands.currencies_action


@pytest.mark.parametrize(
    ("language", "code"),
    [
        (QLocale.Language.Portuguese, "BRL"),
        (QLocale.Language.German, "EUR"),
        (QLocale.Language.English, "USD"),
    ],
)
def test_the_interfaces_locale_names_the_currency_a_new_database_starts_in(
    language: QLocale.Language, code: str
) -> None:
    from accountmgr.views.translations import locale_currency

    was = QLocale()
    QLocale.setDefault(QLocale(language))  # Brazil, Germany, the United States
    try:
        assert locale_currency() == code
    finally:
        QLocale.setDefault(was)


@pytest.mark.linux_only
def test_the_first_start_in_brazilian_portuguese_starts_a_new_database_in_reais(
    tmp_path: Path,
) -> None:
    db = tmp_path / "new.db"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "LANG": "pt_BR.UTF-8",
        "LC_ALL": "pt_BR.UTF-8",
    }
    env.pop("LANGUAGE", None)
    done = subprocess.run(
        [sys.executable, "-m", "accountmgr", "--db", str(db), "--smoke"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    with closing(sqlite3.connect(db)) as conn:
        [[default]] = conn.execute("SELECT value FROM setting WHERE key = 'default_currency'")
        [[rate]] = conn.execute("SELECT rate_micros FROM currency WHERE code = 'EUR'")
    assert (default, rate) == ("BRL", 5_882_353)


def _make_default(
    dialog: CurrenciesDialog,
    code: str,
    loop: asyncio.AbstractEventLoop,
    monkeypatch: pytest.MonkeyPatch,
) -> list[Any]:
    asked: list[Any] = []

    def answer(box: Any) -> bool:
        asked.append((box.text(), box.informativeText()))
        return True

    monkeypatch.setattr(dialog, "confirm", answer)
    dialog._select(code)
    assert dialog.default_button.isEnabled()
    dialog.default_button.click()
    loop.run_until_complete(asyncio.gather(*operations.pending()))
    assert dialog.operation is None
    return asked


def test_make_default_shows_every_total_in_it_and_undo_puts_the_old_one_back(
    window: MainWindow,
    org: int,
    app_loop: asyncio.AbstractEventLoop,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window.commands.currencies()
    dialog = window.commands.currencies_dialog
    assert dialog is not None
    assert "€" in window.figures.value.text()  # 100 USD at 0.92: €92.00

    [(question, details)] = _make_default(dialog, "USD", app_loop, monkeypatch)

    assert question == "Show every total in US dollar (USD) from now on?"
    assert "Edit ▸ Undo" in details
    assert currencies.default_currency() == ("USD", 2)
    assert dialog.model.index(0, 0).data() == "USD"  # the default one first
    assert dialog.model.headerData(2, Qt.Orientation.Horizontal) == "Rate to USD"
    assert _rows(dialog.model)["EUR"] == "1.086957"
    [row] = accounts.list_accounts(TODAY)
    assert row.won_value == 100_00
    qtbot.waitUntil(lambda: "$100.00" in window.figures.value.text())
    assert window.undo_action.text() == "&Undo Make USD the default currency"

    window.undo_action.trigger()
    assert currencies.default_currency() == ("EUR", 2)
    assert _rows(dialog.model)["USD"] == "0.92"
    qtbot.waitUntil(lambda: "€92.00" in window.figures.value.text())
    dialog.close()


def test_a_currency_without_a_rate_cannot_be_made_the_default(window: MainWindow) -> None:
    currencies.add_currency("AUD")
    window.commands.currencies()
    dialog = window.commands.currencies_dialog
    assert dialog is not None
    dialog._select("AUD")
    assert not dialog.default_button.isEnabled()
    assert "rate first" in dialog.default_button.toolTip()
    dialog._select("EUR")
    assert not dialog.default_button.isEnabled()
    dialog.close()


def test_the_names_are_in_the_interfaces_language_and_each_rate_has_its_date(
    org: int, german: None, qtmodeltester: ModelTester
) -> None:
    currencies.set_exchange_rate("USD", 930_000, on=TODAY)
    model = CurrenciesModel()
    model.reload()
    qtmodeltester.check(model)
    rows = range(model.rowCount())
    names = {model.index(r, 0).data(): model.index(r, 1).data() for r in rows}
    assert names["CHF"] == "Schweizer Franken"
    dates = {model.index(r, 0).data(): model.index(r, 3).data() for r in rows}
    assert dates["USD"] == QLocale().toString(TODAY, QLocale.FormatType.ShortFormat)
    assert dates["GBP"] == ""  # built in
