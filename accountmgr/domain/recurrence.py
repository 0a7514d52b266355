"""Repetition rules of recurring activities: every N days, weeks or months, until a date or
forever. Pure functions; the activities module stores the rules and creates the occurrences.

`until` is inclusive: an occurrence due on the `until` date itself is still made, none after it.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from accountmgr.domain.errors import ValidationError

UNITS: tuple[str, ...] = ("day", "week", "month")
MAX_EVERY = 999


@dataclass(frozen=True)
class Rule:
    """Repeat every `every` `unit`s (day | week | month), up to and including `until` (None:
    forever). Construction validates, so every Rule in use is a valid one."""

    unit: str
    every: int
    until: dt.date | None = None

    def __post_init__(self) -> None:
        if self.unit not in UNITS:
            raise ValidationError(
                "“{unit}” is not a repetition unit; use day, week or month.", unit=self.unit
            )
        if (
            isinstance(self.every, bool)
            or not isinstance(self.every, int)
            or not 1 <= self.every <= MAX_EVERY
        ):
            raise ValidationError(
                "The repetition interval must be a whole number from 1 to {limit}.",
                limit=MAX_EVERY,
            )
        if self.until is not None and (
            not isinstance(self.until, dt.date) or isinstance(self.until, dt.datetime)
        ):
            raise ValidationError("The end of the repetition is not a date.")


def rule(unit: str, every: int = 1, until: dt.date | None = None) -> Rule:
    """A validated rule; ValidationError says what is wrong with the input."""
    return Rule(unit, every, until)


def _add_months(day: dt.date, months: int, anchor_day: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    if not dt.MINYEAR <= year <= dt.MAXYEAR:
        raise OverflowError("date out of range")
    return dt.date(year, month, min(anchor_day, calendar.monthrange(year, month)[1]))


def next_date(rule: Rule, current: dt.date, anchor_day: int | None = None) -> dt.date | None:
    """The due date of the occurrence after the one due on `current`; None past `rule.until`
    (which is inclusive) or past the last representable date.

    Months keep the day of the month `anchor_day` (default: `current`'s day), clamped to the
    month's end: with anchor 31, Jan 31 → Feb 28 (29 in leap years) → Mar 31.
    """
    if anchor_day is not None and not 1 <= anchor_day <= 31:
        raise ValueError(f"anchor day {anchor_day} is not a day of a month")
    try:
        if rule.unit == "month":
            following = _add_months(current, rule.every, anchor_day or current.day)
        else:
            step = rule.every * (7 if rule.unit == "week" else 1)
            following = current + dt.timedelta(days=step)
    except OverflowError:
        return None
    if rule.until is not None and following > rule.until:
        return None
    return following


# Whole sentences, so each can be translated as it stands (alike on purpose).
_TEMPLATES: dict[tuple[str, bool, bool], str] = {
    ("day", False, False): "Every day",
    ("day", True, False): "Every {n} days",
    ("week", False, False): "Every week",
    ("week", True, False): "Every {n} weeks",
    ("month", False, False): "Every month",
    ("month", True, False): "Every {n} months",
    ("day", False, True): "Every day until {until}",
    ("day", True, True): "Every {n} days until {until}",
    ("week", False, True): "Every week until {until}",
    ("week", True, True): "Every {n} weeks until {until}",
    ("month", False, True): "Every month until {until}",
    ("month", True, True): "Every {n} months until {until}",
}


def describe(rule: Rule) -> tuple[str, dict[str, object]]:
    """An English template and its parameters, for the interface to translate and then fill:
    ("Every {n} months until {until}", {"n": 3, "until": date(2027, 6, 30)}). `until` is a
    date, for the interface to format in its locale."""
    template = _TEMPLATES[(rule.unit, rule.every != 1, rule.until is not None)]
    params: dict[str, object] = {"n": rule.every}
    if rule.until is not None:
        params["until"] = rule.until
    return template, params
