"""Built-in reference data every new database starts with."""

from __future__ import annotations

from math import gcd

DEFAULT_CURRENCY = "EUR"

# (code, name, exponent, value of one unit in the default currency, in millionths)
CURRENCIES: tuple[tuple[str, str, int, int], ...] = (
    ("EUR", "Euro", 2, 1_000_000),
    ("USD", "US dollar", 2, 920_000),
    ("GBP", "Pound sterling", 2, 1_170_000),
    ("CHF", "Swiss franc", 2, 1_050_000),
    ("SEK", "Swedish krona", 2, 87_000),
    ("JPY", "Japanese yen", 0, 6_100),
    ("BRL", "Brazilian real", 2, 170_000),
)

# (key, name, icon, colour, default subject, default duration, default follow-up delay in days)
ACTIVITY_TYPES: tuple[tuple[str, str, str, str, str, int, int | None], ...] = (
    ("call", "Call", "call.svg", "#2e7d32", "Satisfaction call", 15, 90),
    ("meeting", "Meeting", "meeting.svg", "#1565c0", "Account review", 60, 90),
    ("task", "Task", "task.svg", "#6a1b9a", "Follow-up", 30, None),
    ("deadline", "Deadline", "deadline.svg", "#c62828", "Renewal deadline", 0, None),
    ("email", "Email", "email.svg", "#00838f", "Check-in email", 10, 30),
    ("lunch", "Lunch", "lunch.svg", "#ef6c00", "Customer lunch", 90, 180),
)


def conversion(rate_micros: int, exponent: int, default_exponent: int) -> tuple[int, int]:
    """The reduced ratio that converts minor units of a currency to minor units of the default."""
    num = rate_micros * 10**default_exponent
    den = 1_000_000 * 10**exponent
    divisor = gcd(num, den)
    return num // divisor, den // divisor
