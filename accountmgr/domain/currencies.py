"""The installation's default currency and the exchange rates that aggregates use.

A currency may be known without a rate yet (`rate_micros` 0: one an import added). Its amounts
count in no converted total; the summary counts the won deals in it apart (`won_unpriced`) and
`unpriced_currencies` names them, so every total can say it is incomplete ("no rate yet")
instead of being silently wrong. `set_exchange_rate` gives it a rate and makes totals whole.
"""

from __future__ import annotations

from dataclasses import dataclass

from accountmgr.domain import iso4217, summary
from accountmgr.domain.changes import EVERYTHING, Change
from accountmgr.domain.errors import ValidationError
from accountmgr.domain.money import Money
from accountmgr.domain.transaction import transaction
from accountmgr.store.models import Currency, db
from accountmgr.store.seed import conversion

_MICROS = 1_000_000
MAX_RATE_MICROS = 1_000 * _MICROS


def default_currency() -> tuple[str, int]:
    """(code, exponent) of the currency aggregates are shown in."""
    row = db.execute_sql(
        "SELECT c.code, c.exponent FROM setting s JOIN currency c ON c.code = s.value "
        "WHERE s.key = 'default_currency'"
    ).fetchone()
    return str(row[0]), int(row[1])


@dataclass(frozen=True)
class CurrencyRate:
    """A currency the database knows, with its exchange rate to the default currency."""

    code: str
    name: str
    exponent: int
    rate_micros: int  # millionths of a default-currency unit; 0: no rate yet
    is_default: bool


def known_currencies() -> list[CurrencyRate]:
    """Every currency the database knows, the default one first, then by code."""
    default_code, _ = default_currency()
    rows = db.execute_sql("SELECT code, name, exponent, rate_micros FROM currency ORDER BY code")
    found = [
        CurrencyRate(str(code), str(name), int(exponent), int(rate), code == default_code)
        for code, name, exponent, rate in rows
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


def set_exchange_rate(code: str, rate_micros: int) -> Change:
    """Set what one unit of `code` is worth in the default currency (in millionths), and
    recompute the aggregates of the organizations with deals in it."""
    check_rate(rate_micros)
    return _write_rate(code, rate_micros)


def clear_exchange_rate(code: str) -> Change:
    """Take a currency's rate away (undoing its first rate): its amounts count in no
    converted total again, and totals say so."""
    return _write_rate(code, 0)


def _write_rate(code: str, rate_micros: int) -> Change:
    currency = _known(code)
    default_code, default_exponent = default_currency()
    if code == default_code and rate_micros != 1_000_000:
        raise ValidationError("The default currency's rate is always 1.")
    num, den = conversion(rate_micros, int(currency.exponent), default_exponent)
    with transaction():
        Currency.update(rate_micros=rate_micros, conv_num=num, conv_den=den).where(
            Currency.code == code
        ).execute()
        summary.refresh_currency(code)
    return EVERYTHING


def won_value_by_currency(org_id: int) -> list[Money]:
    """The won value of an organization per currency, largest first."""
    rows = db.execute_sql(
        "SELECT currency, sum(value_minor) AS total FROM deal "
        "WHERE organization_id = ? AND status = 'won' GROUP BY currency ORDER BY total DESC",
        (org_id,),
    )
    return [Money(int(total), str(code)) for code, total in rows]


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
    rows = db.execute_sql(
        "SELECT DISTINCT d.currency FROM deal d JOIN currency c ON c.code = d.currency "
        "WHERE d.organization_id = ? AND d.status = 'won' AND c.rate_micros = 0 "
        "ORDER BY d.currency",
        (org_id,),
    )
    return [str(code) for (code,) in rows]


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
        base = exchange_rate(code)  # one unit of the new default in the old one, or 0
        exponent = int(_known(code).exponent)
        for currency in known_currencies():
            rate = 0
            if base > 0 and currency.rate_micros > 0:
                rate = (currency.rate_micros * 2 * _MICROS + base) // (2 * base)
            if currency.code == code:
                rate = _MICROS
            elif not 0 < rate <= MAX_RATE_MICROS:
                rate = 0
            num, den = conversion(rate, currency.exponent, exponent)
            Currency.update(rate_micros=rate, conv_num=num, conv_den=den).where(
                Currency.code == currency.code
            ).execute()
        db.execute_sql("UPDATE setting SET value = ? WHERE key = 'default_currency'", (code,))
    return True
