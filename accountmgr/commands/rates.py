"""`rates`: the exchange rates to the default currency, listed or set, for scripts."""

from __future__ import annotations

import argparse
import json
import sys
from decimal import Decimal, InvalidOperation

from accountmgr.commands.common import JSON_HELP, QT_TRANSLATE_NOOP, Commands, UsageError

_MICROS = 1_000_000


def add_commands(commands: Commands) -> None:
    rates = commands.add_parser(
        "rates",
        help=QT_TRANSLATE_NOOP(
            "Cli", "list the exchange rates to the default currency, or set some"
        ),
    )
    rates.add_argument("--json", action="store_true", help=JSON_HELP)
    rates.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="CODE=RATE",
        help=QT_TRANSLATE_NOOP(
            "Cli",
            "what one unit of CODE is worth in the default currency (e.g. USD=0.92); "
            "repeat it for several, all set in one transaction",
        ),
    )


def _rate_arg(value: str) -> tuple[str, int]:
    """`USD=0.92` -> ("USD", 920000)."""
    code, sep, rate = value.partition("=")
    try:
        number = Decimal(rate.strip())
    except InvalidOperation:
        number = Decimal("NaN")
    if not sep or not code.strip() or not number.is_finite():
        from PySide6.QtCore import QCoreApplication

        from accountmgr.qtmodels.formatting import fill

        text = QCoreApplication.translate(
            "Cli", "--set takes CODE=RATE with a decimal RATE (e.g. USD=0.92), not '%1'"
        )
        raise UsageError(fill(text, value))
    return code.strip().upper(), int((number * _MICROS).to_integral_value())


def rate_string(rate_micros: int) -> str:
    """920000 -> "0.92", 1000000 -> "1"."""
    whole, part = divmod(rate_micros, _MICROS)
    decimals = f"{part:06d}".rstrip("0")
    return f"{whole}.{decimals}" if decimals else str(whole)


def run_rates(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QCoreApplication

    from accountmgr.domain import currencies
    from accountmgr.domain.transaction import transaction
    from accountmgr.qtmodels.formatting import currency_name

    wanted = [_rate_arg(value) for value in args.set]
    if wanted:
        with transaction():  # all or none
            for code, micros in wanted:
                currencies.set_exchange_rate(code, micros)
    out = sys.stdout
    for currency in currencies.known_currencies():
        rate = rate_string(currency.rate_micros) if currency.rate_micros > 0 else None
        if args.json:
            record = {
                "code": currency.code,
                "name": currency.name,
                "rate": rate,
                "date": currency.rate_date.isoformat() if currency.rate_date else None,
                "default": currency.is_default,
            }
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            shown = rate if rate is not None else QCoreApplication.translate("Cli", "no rate")
            default = QCoreApplication.translate("Cli", "(default)") if currency.is_default else ""
            default = f"  {default}" if default else ""
            name = currency_name(currency.code, currency.name)[:32]
            day = currency.rate_date.isoformat() if currency.rate_date else ""
            line = f"{currency.code}  {name:<32}  {shown:>12}  {day:<10}{default}"
            out.write(line.rstrip() + "\n")
    return 0
