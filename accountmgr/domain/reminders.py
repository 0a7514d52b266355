"""Reminders: which open activities fall due when, and a service that wakes for each of them.

An activity's due moment is its due date and time, or its due date at `DEFAULT_TIME` when it has
no time. The service sleeps until the next due moment of the current user (never polling), with a
cap so that data and clock changes are noticed, and can be woken early when data changes. It knows
nothing of Qt: the GUI passes callbacks, and the tests a fake clock.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import Enum
from typing import Any, Protocol

from accountmgr.domain import clock as today_clock
from accountmgr.store.models import db

log = logging.getLogger(__name__)

DEFAULT_TIME = dt.time(9, 0)
"""When an activity without a time of day falls due (also the morning of "snooze until
tomorrow")."""

MAX_SLEEP_SECONDS = 15 * 60.0
"""The longest the service sleeps without looking again (new activities, clock changes)."""

RETRY_SECONDS = 60.0
"""How soon the service looks again after a failed read."""


@dataclass(frozen=True)
class Due:
    """An open activity at its due moment."""

    activity_id: int
    org_id: int | None  # None: the activity belongs to no organization
    org_name: str  # "" without an organization
    subject: str
    type_name: str
    due: dt.datetime


# Due moments as text compare like datetimes: "YYYY-MM-DD HH:MM:SS". `done = 0` stays a
# literal so that a partial index on open activities (WHERE done = 0) can serve these queries.
_MOMENT = "(a.due_date || ' ' || coalesce(a.due_time, ?))"


def _text(moment: dt.datetime) -> str:
    return moment.replace(microsecond=0).isoformat(" ")


def _time_text(default_time: dt.time) -> str:
    return default_time.replace(microsecond=0).isoformat()


def _assignee(user_id: int | None) -> tuple[str, list[Any]]:
    return ("a.assignee_id = ? AND ", [user_id]) if user_id is not None else ("", [])


def _dues(rows: Iterable[tuple[Any, ...]]) -> list[Due]:
    return [
        Due(
            int(activity_id),
            None if org_id is None else int(org_id),
            str(org_name or ""),
            str(subject),
            str(type_name),
            dt.datetime.fromisoformat(str(moment)),
        )
        for activity_id, org_id, org_name, subject, type_name, moment in rows
    ]


# CROSS JOIN keeps `activity` the outer loop: otherwise, without an assignee condition, SQLite
# walks activity types first and looks activities up by type (five times slower).
_SELECT = (
    "SELECT a.id, a.organization_id, o.name, a.subject, t.name, {moment} AS moment "
    # The open activities of a few minutes (or the days the app was closed) by due moment;
    # left to itself, the planner would walk all of one assignee's activities (50 ms at L).
    "FROM activity a INDEXED BY activity_open_due CROSS JOIN activity_type t ON t.id = a.type_id "
    "LEFT JOIN organization o ON o.id = a.organization_id "
)


def due_between(
    user_id: int | None,
    start: dt.datetime,
    end: dt.datetime,
    *,
    default_time: dt.time = DEFAULT_TIME,
) -> list[Due]:
    """Open activities of `user_id` (of everyone when None) due after `start`, up to and
    including `end`, in order of due moment."""
    if end <= start:
        return []
    who, who_args = _assignee(user_id)
    time_text = _time_text(default_time)
    sql = (
        _SELECT.format(moment=_MOMENT) + f"WHERE {who}a.done = 0 "
        f"AND a.due_date BETWEEN ? AND ? AND {_MOMENT} > ? AND {_MOMENT} <= ? "
        "ORDER BY moment, a.id"
    )
    args = [
        time_text,
        *who_args,
        start.date().isoformat(),
        end.date().isoformat(),
        time_text,
        _text(start),
        time_text,
        _text(end),
    ]
    return _dues(db.execute_sql(sql, args).fetchall())


def open_dues(activity_ids: Iterable[int], *, default_time: dt.time = DEFAULT_TIME) -> list[Due]:
    """These activities at their due moments, those still open (snoozed ones, read again)."""
    ids = sorted(set(activity_ids))
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    sql = (
        _SELECT.format(moment=_MOMENT)
        + f"WHERE a.id IN ({marks}) AND a.done = 0 ORDER BY moment, a.id"
    )
    return _dues(db.execute_sql(sql, [_time_text(default_time), *ids]).fetchall())


class Snooze(Enum):
    TEN_MINUTES = "10m"
    ONE_HOUR = "1h"
    TOMORROW = "tomorrow"


def snooze_until(
    choice: Snooze, now: dt.datetime, *, morning: dt.time = DEFAULT_TIME
) -> dt.datetime:
    """When a reminder snoozed now with `choice` comes back."""
    if choice is Snooze.TEN_MINUTES:
        return now + dt.timedelta(minutes=10)
    if choice is Snooze.ONE_HOUR:
        return now + dt.timedelta(hours=1)
    return dt.datetime.combine(now.date() + dt.timedelta(days=1), morning)


class Clock(Protocol):
    """Wall-clock time for due moments, and a way to wait (a fake one in tests)."""

    def now(self) -> dt.datetime: ...

    async def sleep(self, seconds: float) -> None: ...


class SystemClock:
    """Local time (on the pinned day when `--today` pins one) and asyncio's sleep."""

    def now(self) -> dt.datetime:
        # With its fraction of a second, so that a sleep until a due moment ends on time.
        return dt.datetime.combine(today_clock.today(), dt.datetime.now().time())

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)


Notify = Callable[[list[Due]], None]


class ReminderService:
    """Wakes when the current user's next activity falls due and hands it to `notify`.

    Every activity is notified once per due moment: the service keeps a cursor, the moment up to
    which it has looked, and each wake notifies what fell due between the cursor and now. The
    cursor is persisted through `save_last_seen`, so that at the next start `summary` gets what
    fell due while the application was closed. An activity rescheduled to after the cursor is
    notified again at its new moment; a snoozed one again at the end of its snooze.
    """

    def __init__(
        self,
        *,
        clock: Clock,
        notify: Notify,
        summary: Notify,
        load_last_seen: Callable[[], dt.datetime | None],
        save_last_seen: Callable[[dt.datetime], None],
        user_id: int | None,
        enabled: bool = True,
        max_sleep: float = MAX_SLEEP_SECONDS,
        default_time: dt.time = DEFAULT_TIME,
    ) -> None:
        self._clock = clock
        self._notify = notify
        self._summary = summary
        self._load_last_seen = load_last_seen
        self._save_last_seen = save_last_seen
        self._user_id = user_id
        self._enabled = enabled
        self._max_sleep = max_sleep
        self._default_time = default_time
        self._snoozed: dict[int, dt.datetime] = {}
        self._cursor: dt.datetime | None = None
        self._wakeup = asyncio.Event()
        self._stopped = False

    @property
    def enabled(self) -> bool:
        return self._enabled

    @property
    def user_id(self) -> int | None:
        return self._user_id

    def now(self) -> dt.datetime:
        """The service's clock (snooze times are computed from it)."""
        return self._clock.now()

    def wake(self) -> None:
        """Data changed: look again at once (call it from the change hub)."""
        self._wakeup.set()

    def snooze(self, activity_id: int, until: dt.datetime) -> None:
        """Notify this activity again at `until`, and not before (if it is still open then)."""
        self._snoozed[activity_id] = until
        self.wake()

    def set_enabled(self, enabled: bool) -> None:
        """Switch reminders on or off. Off forgets snoozes; on again notifies only what falls
        due from now on (not what fell due while off)."""
        if enabled and not self._enabled and self._cursor is not None:
            self._advance(self._clock.now())
        if not enabled:
            self._snoozed.clear()
        self._enabled = enabled
        self.wake()

    def set_user(self, user_id: int | None) -> None:
        """Remind another user (the application switched users); snoozes are forgotten."""
        self._user_id = user_id
        self._snoozed.clear()
        self.wake()

    def stop(self) -> None:
        """End `run()` at its next step."""
        self._stopped = True
        self.wake()

    async def run(self) -> None:
        """Notify due activities until `stop()`: the task the application keeps running."""
        self._stopped = False
        self._start(self._clock.now())
        while not self._stopped:
            await self._sleep(self._look(self._clock.now()))

    def _start(self, now: dt.datetime) -> None:
        last_seen = self._load_last_seen()
        missed: list[Due] = []
        if self._enabled and last_seen is not None and last_seen < now:
            try:
                missed = due_between(self._user_id, last_seen, now, default_time=self._default_time)
            except Exception:
                log.exception("reminders: could not read activities missed while closed")
        self._cursor = None
        self._advance(now)
        if missed:
            self._hand_over(self._summary, missed)

    def _look(self, now: dt.datetime) -> float:
        """Notify what fell due since the cursor; returns how long to sleep then.

        One read per wake: the window from the cursor to the cap ahead holds both what is due now
        and the next due moment."""
        if not self._enabled:
            self._advance(now)
            return self._max_sleep
        assert self._cursor is not None
        horizon = max(self._cursor, now) + dt.timedelta(seconds=self._max_sleep)
        ended = [i for i, until in self._snoozed.items() if until <= now]
        try:
            window = due_between(
                self._user_id, self._cursor, horizon, default_time=self._default_time
            )
            again = open_dues(ended, default_time=self._default_time) if ended else []
        except Exception:
            # A busy or closing database: keep the cursor and look again soon.
            log.exception("reminders: could not read due activities")
            return min(RETRY_SECONDS, self._max_sleep)
        due = [d for d in window if d.due <= now and d.activity_id not in self._snoozed]
        # One rescheduled past its snooze's end comes back at its new moment instead.
        due += [d for d in again if d.due <= now]
        for activity_id in ended:
            del self._snoozed[activity_id]
        due.sort(key=lambda d: (d.due, d.activity_id))
        self._advance(now)
        if due:
            self._hand_over(self._notify, due)
        upcoming = [d.due for d in window if d.due > now and d.activity_id not in self._snoozed]
        upcoming += self._snoozed.values()
        if not upcoming:
            return self._max_sleep
        return min(max((min(upcoming) - now).total_seconds(), 0.0), self._max_sleep)

    @staticmethod
    def _hand_over(callback: Notify, due: list[Due]) -> None:
        # A failing notification must not end the reminders for the rest of the session.
        try:
            callback(due)
        except Exception:
            log.exception("reminders: could not show a notification")

    def _advance(self, now: dt.datetime) -> None:
        # Never backwards: after the clock is set back, the same moments are not notified twice.
        self._cursor = now if self._cursor is None else max(self._cursor, now)
        self._save_last_seen(self._cursor)

    async def _sleep(self, seconds: float) -> None:
        """Sleep on the clock, or less when woken."""
        if not self._wakeup.is_set():
            sleeper = asyncio.ensure_future(self._clock.sleep(seconds))
            woken = asyncio.ensure_future(self._wakeup.wait())
            try:
                await asyncio.wait({sleeper, woken}, return_when=asyncio.FIRST_COMPLETED)
            finally:
                sleeper.cancel()
                woken.cancel()
        self._wakeup.clear()
