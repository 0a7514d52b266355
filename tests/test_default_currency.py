"""Changing the currency totals are shown in, undoing it, and the date of each rate."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from accountmgr.domain import (
    accounts,
    clock,
    currencies,
    customfields,
    deals,
    default_currency,
    organizations,
    summary,
)
from accountmgr.domain.changes import Kind
from accountmgr.domain.customfields import Entity
from accountmgr.domain.errors import ValidationError
from accountmgr.store.models import db
from tests.conftest import TODAY


def _won(name: str, minor: int, code: str) -> int:
    org = organizations.create_organization(name).id
    deals.mark_won(deals.create_deal("D", org_id=org, value_minor=minor, currency=code).id)
    return org


def _state() -> tuple[object, ...]:
    rows = db.execute_sql("SELECT * FROM currency ORDER BY code").fetchall()
    sums = db.execute_sql("SELECT * FROM org_summary ORDER BY org_id").fetchall()
    values = db.execute_sql("SELECT * FROM custom_value ORDER BY id").fetchall()
    return (currencies.default_currency(), rows, sums, values)


def test_a_new_default_currency_turns_every_total_and_rate_into_it(store: Path) -> None:
    euros = _won("Amber Textiles S.r.l.", 100_00, "EUR")
    yen = _won("Kawasemi Trading K.K.", 100_000, "JPY")  # 0.0061 EUR a yen: 610.00 EUR
    seats = customfields.create_field("organization", "Contract value", "monetary")
    customfields.set_value(seats.id, euros, "920")  # in the default currency, EUR

    change = default_currency.set_default_currency("USD")  # 1 USD = 0.92 EUR

    assert Kind.ALL in change.kinds
    assert currencies.default_currency() == ("USD", 2)
    rates = {c.code: c.rate_micros for c in currencies.known_currencies()}
    assert rates["USD"] == 1_000_000
    assert rates["EUR"] == 1_086_957  # 1 / 0.92
    assert rates["JPY"] == 6_630  # 0.0061 / 0.92
    won = {row.id: row.won_value for row in accounts.list_accounts(TODAY)}
    assert won == {euros: 108_70, yen: 663_00}
    assert customfields.values_of(Entity.ORGANIZATION, [euros], [seats.id]) == {
        euros: {seats.id: "1000"}
    }
    assert summary.differences() == []


def test_undoing_a_new_default_currency_puts_back_exactly_what_was(store: Path) -> None:
    org = _won("Amber Textiles S.r.l.", 123_45, "GBP")
    _won("Kawasemi Trading K.K.", 98_765, "JPY")
    field = customfields.create_field("deal", "Discount", "monetary")
    customfields.set_value(field.id, org, "12.34")
    currencies.set_exchange_rate("USD", 930_000, on=dt.date(2026, 11, 2))
    before = _state()
    book = default_currency.rate_book()

    default_currency.set_default_currency("JPY")
    assert currencies.default_currency() == ("JPY", 0)
    assert _state() != before
    default_currency.restore(book)

    assert _state() == before
    assert summary.differences() == []


def test_a_currency_without_a_rate_cannot_become_the_default(store: Path) -> None:
    currencies.add_currency("KWD")
    before = _state()
    with pytest.raises(ValidationError, match="no exchange rate"):
        default_currency.set_default_currency("KWD")
    with pytest.raises(ValidationError, match="not a known currency"):
        default_currency.set_default_currency("XYZ")
    assert _state() == before
    assert default_currency.set_default_currency("eur").kinds == frozenset()  # already it


def test_rates_that_would_fall_out_of_bounds_are_named_before_and_left_without_one(
    store: Path,
) -> None:
    currencies.add_currency("IDR")
    currencies.set_exchange_rate("IDR", 60)  # 0.00006 EUR: a euro is worth 16,667 rupiah
    assert default_currency.rates_without("IDR") == ["BRL", "CHF", "EUR", "GBP", "SEK", "USD"]
    default_currency.set_default_currency("IDR")
    rates = {c.code: c.rate_micros for c in currencies.known_currencies()}
    assert rates["EUR"] == rates["GBP"] == 0  # "no rate", never a wrong one
    assert rates["JPY"] == 101_666_667


def test_each_rate_has_the_day_it_was_set_and_undo_gives_the_old_one_back(store: Path) -> None:
    clock.pin_today(dt.date(2026, 12, 1))
    try:
        usd = next(c for c in currencies.known_currencies() if c.code == "USD")
        assert usd.rate_date is None  # built in
        currencies.set_exchange_rate("USD", 930_000)
        now = next(c for c in currencies.known_currencies() if c.code == "USD")
        assert (now.rate_micros, now.rate_date) == (930_000, dt.date(2026, 12, 1))
        currencies.put_rate(usd)
        again = next(c for c in currencies.known_currencies() if c.code == "USD")
        assert again == usd
    finally:
        clock.pin_today(None)
