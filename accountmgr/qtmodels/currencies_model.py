"""The currencies the database knows, as a table for Settings ▸ Currencies…: code, name and
the rate to the default currency ("no rate" where there is none yet), the default one first."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QObject, Qt

from accountmgr.domain import currencies
from accountmgr.domain.currencies import CurrencyRate
from accountmgr.qtmodels.formatting import currency_name, fill
from accountmgr.qtmodels.panel_models import short_date
from accountmgr.qtmodels.table_model import RIGHT, Column, RecordTableModel, RowRoles

CodeRole = Qt.ItemDataRole.UserRole + 1

_CONTEXT = "CurrenciesModel"
_MICROS = 1_000_000


def rate_text(rate_micros: int, locale: QLocale | None = None) -> str:
    """`920_000` -> "0.92", `6_100` -> "0.0061" in the person's locale; 0 -> "no rate"."""
    if rate_micros <= 0:
        return QCoreApplication.translate("CurrenciesModel", "no rate")
    decimals = f"{rate_micros % _MICROS:06d}".rstrip("0")
    return (locale or QLocale()).toString(rate_micros / _MICROS, "f", len(decimals))


def parse_rate(text: str, locale: QLocale | None = None) -> int | None:
    """A rate typed in the person's locale (or with a dot) in millionths; None when it is not
    a number."""
    text = text.strip()
    for reader in (locale or QLocale(), QLocale.c()):
        value, ok = reader.toDouble(text)
        if ok:
            return round(value * _MICROS)
    return None


class CurrenciesModel(RecordTableModel[CurrencyRate]):
    """Every known currency; `reload` reads them again (after every change)."""

    CONTEXT = _CONTEXT
    ROW_ROLES: ClassVar[RowRoles] = {CodeRole: lambda c: c.code}

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.default_code = ""
        self.columns = [
            Column(str(QT_TRANSLATE_NOOP("CurrenciesModel", "Code")), lambda c: c.code),
            Column(
                str(QT_TRANSLATE_NOOP("CurrenciesModel", "Name")),
                lambda c: currency_name(c.code, c.name),
            ),
            Column(
                self._rate_header,
                lambda c: rate_text(c.rate_micros),
                alignment=RIGHT,
                tooltip=self._rate_tip,
            ),
            Column(
                str(QT_TRANSLATE_NOOP("CurrenciesModel", "Set on")),
                self._rate_date,
                alignment=RIGHT,
                tooltip=self._date_tip,
            ),
        ]

    def _rate_header(self) -> str:
        return fill(QCoreApplication.translate("CurrenciesModel", "Rate to %1"), self.default_code)

    def _rate_tip(self, currency: CurrencyRate) -> str:
        if currency.is_default:
            return QCoreApplication.translate(
                "CurrenciesModel", "The default currency: totals are in it."
            )
        if currency.rate_micros <= 0:
            return QCoreApplication.translate(
                "CurrenciesModel", "Its amounts count in no total until it has a rate."
            )
        return fill(
            QCoreApplication.translate("CurrenciesModel", "1 %1 is worth %2 %3"),
            currency.code,
            rate_text(currency.rate_micros),
            self.default_code,
        )

    @staticmethod
    def _rate_date(currency: CurrencyRate) -> str:
        if currency.rate_date is None:
            return ""
        return short_date(currency.rate_date)

    @staticmethod
    def _date_tip(currency: CurrencyRate) -> str:
        if currency.is_default or currency.rate_micros <= 0 or currency.rate_date is not None:
            return ""
        return QCoreApplication.translate(
            "CurrenciesModel", "A built-in rate: check it before relying on its totals."
        )

    def reload(self) -> None:
        self.default_code, _ = currencies.default_currency()
        self.set_items(currencies.known_currencies())

    def row_of_code(self, code: str) -> int:
        """The row of a currency, or -1."""
        return next((n for n, c in enumerate(self.items) if c.code == code), -1)

    def muted(self, item: CurrencyRate) -> bool:
        return item.rate_micros <= 0
