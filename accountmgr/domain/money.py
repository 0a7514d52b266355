"""Money as integer minor units plus an ISO 4217 code; never a float."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from accountmgr.domain.errors import ValidationError

# 10**13 minor units (100 billion euros): far above any real deal, and low enough that totals
# converted to the default currency stay exact integers in SQLite (below 2**53).
MAX_MINOR = 10**13


@dataclass(frozen=True)
class Money:
    minor: int
    currency: str


def to_decimal_string(minor: int, exponent: int) -> str:
    """`123456, 2` -> `"1234.56"`; exact, for machine-readable output."""
    if isinstance(minor, bool) or not isinstance(minor, int):
        raise TypeError(f"minor units must be an int, not {type(minor).__name__}")
    if exponent == 0:
        return str(minor)
    sign = "-" if minor < 0 else ""
    digits = str(abs(minor)).rjust(exponent + 1, "0")
    return f"{sign}{digits[:-exponent]}.{digits[-exponent:]}"


_PLAIN_AMOUNT = re.compile(r"^-?\d+(\.\d+)?$")


def parse_amount(text: str, exponent: int) -> int:
    """Parse a plain decimal amount (`"1234.5"`) into minor units; reject anything else."""
    cleaned = text.strip().replace("_", "")
    if not _PLAIN_AMOUNT.match(cleaned):
        raise ValidationError("“{text}” is not an amount.", text=text)
    try:
        value = Decimal(cleaned)
    except InvalidOperation as exc:  # pragma: no cover - the pattern above already guards
        raise ValidationError("“{text}” is not an amount.", text=text) from exc
    return check_minor(to_minor(value, exponent, text))


def to_minor(value: Decimal, exponent: int, text: str) -> int:
    """`value` in minor units of a currency with `exponent` decimals (sign kept); a
    ValidationError naming `text`, as it was written, when it has more decimals."""
    scaled = value.scaleb(exponent)
    if scaled != scaled.to_integral_value():
        raise ValidationError(
            "“{text}” has more decimals than the currency allows ({exponent}).",
            text=text,
            exponent=exponent,
        )
    return int(scaled)


def check_minor(minor: object) -> int:
    """A deal value in minor units: a whole number, not negative, not absurdly large."""
    if isinstance(minor, bool) or not isinstance(minor, int):
        raise ValidationError("A deal value must be a whole number of minor units.")
    if minor < 0:
        raise ValidationError("A deal value cannot be negative.")
    if minor > MAX_MINOR:
        raise ValidationError("The amount is too large.")
    return minor
