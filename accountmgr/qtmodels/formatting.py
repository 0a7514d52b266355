"""Dates, numbers and money as the person's locale writes them."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Mapping
from decimal import Decimal
from functools import cache

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from accountmgr.domain import iso4217
from accountmgr.domain.customfields import FieldDefinition, FieldType
from accountmgr.domain.errors import DomainError

# The one currency a symbol that several currencies' home locales use stands for.
_SYMBOL_OWNERS = {"$": "USD", "£": "GBP", "¥": "JPY", "kr": "SEK", "₩": "KRW"}


@cache
def _symbols() -> dict[str, str]:
    """ISO 4217 code -> the symbol the currency's own locales use (€, £, $, ¥, kr, ...).

    A symbol several currencies share ("$" for USD, AUD, CAD…) is kept for one of them only;
    the others are written with their code ("AUD 2,500.00"), so that no two currencies look
    the same."""
    found: dict[str, str] = {}
    for locale in QLocale.matchingLocales(
        QLocale.Language.AnyLanguage, QLocale.Script.AnyScript, QLocale.Country.AnyCountry
    ):
        code = locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode)
        if code and code not in found:
            found[code] = locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencySymbol)
    found["USD"] = "$"  # the currency's home locale writes plain "$", not "US$"
    users: dict[str, list[str]] = {}
    for code, symbol in found.items():
        users.setdefault(symbol, []).append(code)
    for symbol, codes in users.items():
        if len(codes) > 1 or not symbol:
            for code in codes:
                if _SYMBOL_OWNERS.get(symbol) != code:
                    found[code] = code
    return found


def currency_symbol(code: str) -> str:
    return _symbols().get(code, code)


def currency_name(code: str, stored: str = "") -> str:
    """A currency's name in the person's language ("Schweizer Franken"); the stored name of a
    currency ISO 4217 does not list."""
    english = iso4217.NAMES.get(code)
    if english is None:
        return stored or code
    return QCoreApplication.translate("Currency", english)


def type_name(name: str) -> str:
    """A built-in activity type's name or default subject in the person's language (one
    context for every view); a name a person gave is shown as it is."""
    return QCoreApplication.translate("ActivityType", name)


def format_money(minor: int, code: str, exponent: int, locale: QLocale | None = None) -> str:
    """`1234567, "EUR", 2` -> `€12,345.67` in en_US, `12.345,67 €` in de_DE.

    The amount is exact up to 2**53 minor units, far beyond any real account's value.
    """
    locale = locale or QLocale()
    major = float(Decimal(minor).scaleb(-exponent))
    return locale.toCurrencyString(major, currency_symbol(code), exponent)


def format_count(value: int, locale: QLocale | None = None) -> str:
    return (locale or QLocale()).toString(value)


def format_custom(
    definition: FieldDefinition,
    stored: str | None,
    user_names: dict[int, str],
    locale: QLocale | None = None,
    currency: tuple[str, int] | None = None,
) -> str:
    """A stored custom-field value as the locale writes it: dates in the short format, numbers
    with group separators, options joined with commas, users by name; nothing when unset.

    With `currency` (code, exponent), monetary values are shown as money in that currency;
    without it, as plain numbers.
    """
    if stored is None:
        return ""
    locale = locale or QLocale()
    match definition.field_type:
        case FieldType.DATE:
            day = dt.date.fromisoformat(stored[:10])
            return locale.toString(
                QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat
            )
        case FieldType.NUMBER | FieldType.MONETARY:
            decimals = len(stored.partition(".")[2])
            if definition.field_type == FieldType.MONETARY and currency is not None:
                code, exponent = currency
                return locale.toCurrencyString(
                    float(stored), currency_symbol(code), max(decimals, exponent)
                )
            return locale.toString(float(stored), "f", decimals)
        case FieldType.MULTIPLE_OPTIONS:
            return ", ".join(json.loads(stored))
        case FieldType.USER:
            return user_names.get(int(stored), "") if stored.isdigit() else ""
    return stored


_PLACE = re.compile(r"%([1-9])")


def fill(template: str, *values: str) -> str:
    """A translated template with %1, %2, ... replaced in one pass, so that a value which
    itself contains "%2" (a subject, a name) is never substituted again."""
    return _PLACE.sub(
        lambda m: values[int(m[1]) - 1] if int(m[1]) <= len(values) else m[0], template
    )


def _is_position(key: str) -> bool:
    """Ids and places in a file ("line 12345") are written without group separators."""
    return key in ("id", "line", "row", "column") or key.endswith("_id")


def message_text(template: str, params: Mapping[str, object], english: str) -> str:
    """A domain message (a DomainError's, an import problem's) translated in the DomainError
    context and filled with its parameters, counts written as the locale writes numbers;
    `english` when there is no template or the translation's placeholders do not fit."""
    if not template:
        return english
    filled = dict(params)
    for key, value in params.items():
        if isinstance(value, int) and not isinstance(value, bool):
            locale = QLocale()
            if _is_position(key):
                locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
            filled[key] = locale.toString(value)
    try:
        return QCoreApplication.translate("DomainError", template).format(**filled)
    except (KeyError, IndexError, ValueError):  # a translation with broken placeholders
        return english


def error_text(error: BaseException) -> str:
    """The person-facing, translated message of a domain or store error (both carry their
    English template and its values); any other error's own text."""
    cause = error.__cause__
    if isinstance(error, DomainError) and error.template == "{reason}" and cause is not None:
        error = cause  # a store error the domain passes on as it is (see domain.backups)
    template, params = getattr(error, "template", None), getattr(error, "params", None)
    if isinstance(template, str) and isinstance(params, dict):
        return message_text(template, params, str(error))
    return str(error)


# Red for what is late or refused, green for what is won: a dark shade on a light background,
# a light one on a dark background (the system's dark mode, which the palette follows).
_ALARM = ("#c62828", "#ff8a80")
_GOOD = ("#2e7d32", "#a5d6a7")


def dark_palette() -> bool:
    """Whether lists and fields are drawn light on dark (their base colour is dark)."""
    return QGuiApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128


def alarm_color() -> QColor:
    return QColor(_ALARM[dark_palette()])


def good_color() -> QColor:
    return QColor(_GOOD[dark_palette()])


def alarm_style() -> str:
    """A style sheet writing a label's text in `alarm_color`."""
    return f"color: {alarm_color().name()};"
