"""The application's notion of "today", which `--today` can pin for demos and tests."""

from __future__ import annotations

import datetime as dt

_pinned_today: dt.date | None = None


def pin_today(day: dt.date | None) -> None:
    """Pretend today is `day` (None returns to the real date)."""
    global _pinned_today  # noqa: PLW0603 - one process-wide setting, set once at start-up
    _pinned_today = day


def today() -> dt.date:
    return _pinned_today if _pinned_today is not None else dt.date.today()


def now() -> dt.datetime:
    """Local time now, on the pinned day when today is pinned; whole seconds."""
    current = dt.datetime.now().replace(microsecond=0)
    if _pinned_today is None:
        return current
    return dt.datetime.combine(_pinned_today, current.time())
