"""Which currency totals are shown in: chosen from the locale at the first start of a new
database, and changed in Settings ▸ Currencies… whenever a person wants.

Changing it turns every exchange rate into a rate to the new default (a currency whose rate
would fall outside what a rate may be keeps none), converts the amounts of monetary custom
fields (they are in the default currency) and recomputes every converted total, in one
transaction. `RateBook` is what it rewrites, so that undoing it puts back exactly what was.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from accountmgr.domain import iso4217, summary
from accountmgr.domain.changes import EVERYTHING, Change
from accountmgr.domain.currencies import (
    MAX_RATE_MICROS,
    CurrencyRate,
    add_currency,
    default_currency,
    known_currencies,
)
from accountmgr.domain.errors import ValidationError
from accountmgr.domain.transaction import transaction
from accountmgr.store import engine
from accountmgr.store.models import Currency, db
from accountmgr.store.seed import conversion

_MICROS = 1_000_000


@dataclass(frozen=True)
class RateBook:
    """The default currency, every currency's rate and its date, and the stored amounts of
    monetary custom fields (value id, text)."""

    default: str
    rates: tuple[CurrencyRate, ...]
    amounts: tuple[tuple[int, str], ...]


_MONETARY_VALUES = (
    "SELECT v.id, v.value FROM custom_value v JOIN custom_field f ON f.id = v.field_id "
    "WHERE f.field_type = 'monetary'"
)


def rate_book() -> RateBook:
    rows = db.execute_sql(_MONETARY_VALUES)
    amounts = tuple((int(value_id), str(text)) for value_id, text in rows)
    return RateBook(default_currency()[0], tuple(known_currencies()), amounts)


def _rebased(code: str, rates: list[CurrencyRate]) -> dict[str, int]:
    """Each currency's rate to `code` (millionths), from rates to the present default;
    0 where there is none, or where it would fall outside what a rate may be."""
    base = next((c.rate_micros for c in rates if c.code == code), 0)
    found: dict[str, int] = {}
    for currency in rates:
        rate = 0
        if base > 0 and currency.rate_micros > 0:
            rate = (currency.rate_micros * 2 * _MICROS + base) // (2 * base)
        if currency.code == code:
            rate = _MICROS
        elif not 0 < rate <= MAX_RATE_MICROS:
            rate = 0
        found[currency.code] = rate
    return found


def _write(default: str, rates: dict[str, tuple[int, dt.date | None]]) -> None:
    """Make `default` the default currency with these rates to it (inside a transaction);
    a currency `rates` does not name keeps no rate."""
    exponents = {c.code: c.exponent for c in known_currencies()}
    for code, exponent in exponents.items():
        rate, day = rates.get(code, (0, None))
        num, den = conversion(rate, exponent, exponents[default])
        Currency.update(rate_micros=rate, conv_num=num, conv_den=den, rate_date=day).where(
            Currency.code == code
        ).execute()
    db.execute_sql("UPDATE setting SET value = ? WHERE key = 'default_currency'", (default,))


def rates_without(code: str) -> list[str]:
    """The currencies that would have no rate if `code` became the default, though they have
    one now (their rate to it would fall outside what a rate may be), by code."""
    rates = known_currencies()
    rebased = _rebased(code, rates)
    return sorted(c.code for c in rates if c.rate_micros > 0 and rebased[c.code] == 0)


def set_default_currency(code: str) -> Change:
    """Make `code` (a known currency with an exchange rate) the currency totals are shown
    in; see the module's description."""
    code = code.strip().upper()
    with transaction():
        rates = known_currencies()
        chosen = next((c for c in rates if c.code == code), None)
        if chosen is None:
            raise ValidationError("“{code}” is not a known currency.", code=code)
        if chosen.is_default:
            return Change()
        if chosen.rate_micros <= 0:
            raise ValidationError(
                "{code} has no exchange rate yet: give it one before making it the default "
                "currency.",
                code=code,
            )
        old = next(c for c in rates if c.is_default)
        dates = {c.code: c.rate_date for c in rates}
        dates[old.code], dates[code] = chosen.rate_date, None
        rebased = _rebased(code, rates)
        _write(code, {c: (rate, dates[c] if rate else None) for c, rate in rebased.items()})
        _convert_amounts(chosen.rate_micros, chosen.exponent)
        summary.refresh_rates()
    return EVERYTHING


def _convert_amounts(base_micros: int, exponent: int) -> None:
    """Turn the monetary custom values into the new default currency, one unit of which is
    worth `base_micros` millionths of the old one, rounded to its minor unit."""
    step = Decimal(1).scaleb(-exponent)
    changed = []
    for value_id, text in db.execute_sql(_MONETARY_VALUES).fetchall():
        amount = (Decimal(text) * _MICROS / base_micros).quantize(step, ROUND_HALF_UP)
        changed.append((format(amount.normalize(), "f"), value_id))
    _store_amounts(changed)


def _store_amounts(values: list[tuple[str, int]]) -> None:
    engine.executemany("UPDATE custom_value SET value = ? WHERE id = ?", values)


def restore(book: RateBook) -> Change:
    """Put back the default currency, rates and amounts `book` holds (undoing a change of
    the default currency)."""
    with transaction():
        rates = {c.code: (c.rate_micros, c.rate_date) for c in book.rates}
        _write(book.default, rates)
        _store_amounts([(text, value_id) for value_id, text in book.amounts])
        summary.refresh_rates()
    return EVERYTHING


# The default currency a new database starts in, by the locale's language (or language and
# country); other locales take their own currency when ISO 4217 knows it, else the euro.
_LOCALE_DEFAULTS = {
    "pt_BR": "BRL",
    "en_US": "USD",
    "fr": "EUR",
    "de": "EUR",
    "es": "EUR",
    "it": "EUR",
}
_FALLBACK = "EUR"
_CHOSEN = "default_currency_chosen"  # set once the first start chose it


def currency_for_locale(name: str, locale_currency: str = "") -> str:
    """The default currency for a locale ("pt_BR", "de_AT"...), whose own currency code is
    `locale_currency` (as the locale data gives it, "" when it has none)."""
    found = _LOCALE_DEFAULTS.get(name) or _LOCALE_DEFAULTS.get(name.partition("_")[0])
    if found:
        return found
    code = locale_currency.strip().upper()
    return code if iso4217.is_currency(code) else _FALLBACK


def _may_choose() -> bool:
    """Whether the default currency is still to be chosen: never chosen, nothing in the
    database yet."""
    done = db.execute_sql("SELECT 1 FROM setting WHERE key = ?", (_CHOSEN,)).fetchone()
    used = db.execute_sql(
        "SELECT 1 FROM organization UNION ALL SELECT 1 FROM deal LIMIT 1"
    ).fetchone()
    return done is None and used is None


def start_in_currency(code: str) -> bool:
    """At the first start of a new, empty database: make `code` its default currency, the
    built-in rates turned into rates to it (none when it has no rate to turn them with).
    Does nothing, and returns False, once chosen, on a database holding anything, or when
    `code` is already the default."""
    if not _may_choose():  # every later start: a read, no write lock
        return False
    with transaction():
        if not _may_choose():  # another process chose meanwhile
            return False
        db.execute_sql("INSERT INTO setting (key, value) VALUES (?, '1')", (_CHOSEN,))
        if code == default_currency()[0] or not iso4217.is_currency(code):
            return False
        add_currency(code)
        rebased = _rebased(code, known_currencies())
        _write(code, {c: (rate, None) for c, rate in rebased.items()})
    return True
