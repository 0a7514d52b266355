"""The installation's default currency and the exchange rates that aggregates use.

A currency may be known without a rate yet (`rate_micros` 0: one an import added). Its amounts
count in no converted total; the summary counts the won deals in it apart (`won_unpriced`) and
`unpriced_currencies` names them, so every total can say it is incomplete ("no rate yet")
instead of being silently wrong. `set_exchange_rate` gives it a rate and makes totals whole.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from accountmgr.domain import clock, iso4217, summary
from accountmgr.domain.changes import EVERYTHING, Change
from accountmgr.domain.errors import ValidationError
from accountmgr.domain.money import Money
from accountmgr.domain.reads import Read
from accountmgr.domain.transaction import transaction
from accountmgr.store.models import Currency, db
from accountmgr.store.seed import conversion

_MICROS = 1_000_000
MAX_RATE_MICROS = 1_000 * _MICROS


def default_currency() -> tuple[str, int]:
    """(code, exponent) of the currency aggregates are shown in."""
    return default_currency_read().run()


def default_currency_read() -> Read[tuple[str, int]]:
    return Read(
        "SELECT c.code, c.exponent FROM setting s JOIN currency c ON c.code = s.value "
        "WHERE s.key = 'default_currency'",
        (),
        lambda rows: (str(rows[0][0]), int(rows[0][1])),
    )


@dataclass(frozen=True)
class CurrencyRate:
    """A currency the database knows, with its exchange rate to the default currency."""

    code: str
    name: str
    exponent: int
    rate_micros: int  # millionths of a default-currency unit; 0: no rate yet
    is_default: bool
    rate_date: dt.date | None = None  # the day the rate was set; None: built in, or no rate


def known_currencies() -> list[CurrencyRate]:
    """Every currency the database knows, the default one first, then by code."""
    default_code, _ = default_currency()
    rows = db.execute_sql(
        "SELECT code, name, exponent, rate_micros, rate_date FROM currency ORDER BY code"
    )
    found = [
        CurrencyRate(
            str(code),
            str(name),
            int(exponent),
            int(rate),
            code == default_code,
            dt.date.fromisoformat(str(day)) if day else None,
        )
        for code, name, exponent, rate, day in rows
    ]
    return sorted(found, key=lambda c: not c.is_default)


def exchange_rate(code: str) -> int:
    """The rate of a known currency in millionths (0: none yet)."""
    return int(_known(code).rate_micros)


def _known(code: str) -> Currency:
    currency = Currency.get_or_none(Currency.code == code)
    if currency is None:
        raise ValidationError("“{code}” is not a known currency.", code=code)
    return currency


def check_rate(rate_micros: int) -> None:
    """Raise a ValidationError unless this is a rate a currency can have."""
    if isinstance(rate_micros, bool) or not isinstance(rate_micros, int):
        raise ValidationError("An exchange rate must be a whole number of millionths.")
    if not 0 < rate_micros <= MAX_RATE_MICROS:
        raise ValidationError("An exchange rate must be greater than 0 and at most 1000.")


def set_exchange_rate(code: str, rate_micros: int, on: dt.date | None = None) -> Change:
    """Set what one unit of `code` is worth in the default currency (in millionths), as of
    the day `on` (today unless given), and recompute the aggregates of the organizations with
    deals in it."""
    check_rate(rate_micros)
    return _write_rate(code, rate_micros, on or clock.today())


def clear_exchange_rate(code: str) -> Change:
    """Take a currency's rate away (undoing its first rate): its amounts count in no
    converted total again, and totals say so."""
    return _write_rate(code, 0, None)


def put_rate(currency: CurrencyRate) -> Change:
    """Give a currency back the rate and date it had (`currency` as `known_currencies` read
    it): what undoing a change of its rate does."""
    if currency.rate_micros > 0:
        check_rate(currency.rate_micros)
    return _write_rate(currency.code, currency.rate_micros, currency.rate_date)


def _write_rate(code: str, rate_micros: int, on: dt.date | None) -> Change:
    currency = _known(code)
    default_code, default_exponent = default_currency()
    if code == default_code and rate_micros != 1_000_000:
        raise ValidationError("The default currency's rate is always 1.")
    num, den = conversion(rate_micros, int(currency.exponent), default_exponent)
    with transaction():
        Currency.update(rate_micros=rate_micros, conv_num=num, conv_den=den, rate_date=on).where(
            Currency.code == code
        ).execute()
        summary.refresh_currency(code)
    return EVERYTHING


def won_value_by_currency(org_id: int) -> list[Money]:
    """The won value of an organization per currency, largest first."""
    return won_value_read(org_id).run()


def won_value_read(org_id: int) -> Read[list[Money]]:
    return Read(
        "SELECT currency, sum(value_minor) AS total FROM deal "
        "WHERE organization_id = ? AND status = 'won' GROUP BY currency ORDER BY total DESC",
        (org_id,),
        lambda rows: [Money(int(total), str(code)) for code, total in rows],
    )


def add_currency(code: str, exponent: int | None = None) -> bool:
    """Make an ISO 4217 currency known, without an exchange rate yet (its exponent from ISO
    4217 unless given); False when it was known already. Runs inside the caller's transaction
    when there is one."""
    code = code.strip().upper()
    if not iso4217.is_currency(code):
        raise ValidationError("“{code}” is not a known currency.", code=code)
    digits = iso4217.exponent(code) if exponent is None else exponent
    with transaction():
        cursor = db.execute_sql(
            "INSERT OR IGNORE INTO currency (code, name, exponent, rate_micros, conv_num, conv_den)"
            " VALUES (?, ?, ?, 0, 0, 1)",
            (code, iso4217.name(code), digits),
        )
    return bool(cursor.rowcount)


def unpriced_currencies(org_id: int) -> list[str]:
    """The currencies, without an exchange rate yet, of an organization's won deals (whose
    value its converted won value leaves out), alphabetically."""
    return unpriced_read(org_id).run()


def unpriced_read(org_id: int) -> Read[list[str]]:
    return Read(
        "SELECT DISTINCT d.currency FROM deal d JOIN currency c ON c.code = d.currency "
        "WHERE d.organization_id = ? AND d.status = 'won' AND c.rate_micros = 0 "
        "ORDER BY d.currency",
        (org_id,),
        lambda rows: [str(code) for (code,) in rows],
    )
