"""Dates, numbers and money as the person's locale writes them."""

from __future__ import annotations

from decimal import Decimal
from functools import cache

from PySide6.QtCore import QLocale


@cache
def _symbols() -> dict[str, str]:
    """ISO 4217 code -> the symbol the currency's own locales use (€, £, $, ¥, kr, ...)."""
    found: dict[str, str] = {}
    for locale in QLocale.matchingLocales(
        QLocale.Language.AnyLanguage, QLocale.Script.AnyScript, QLocale.Country.AnyCountry
    ):
        code = locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode)
        if code and code not in found:
            found[code] = locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencySymbol)
    found["USD"] = "$"  # the currency's home locale writes plain "$", not "US$"
    return found


def currency_symbol(code: str) -> str:
    return _symbols().get(code, code)


def format_money(minor: int, code: str, exponent: int, locale: QLocale | None = None) -> str:
    """`1234567, "EUR", 2` -> `€12,345.67` in en_US, `12.345,67 €` in de_DE.

    The amount is exact up to 2**53 minor units, far beyond any real account's value.
    """
    locale = locale or QLocale()
    major = float(Decimal(minor).scaleb(-exponent))
    return locale.toCurrencyString(major, currency_symbol(code), exponent)


def format_count(value: int, locale: QLocale | None = None) -> str:
    return (locale or QLocale()).toString(value)
