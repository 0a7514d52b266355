"""Reminders: due moments read from the store, and the service run on plain asyncio with a fake
clock whose sleep passes time at once; the tray under pytest-qt (offscreen: no system tray)."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, QTime
from PySide6.QtWidgets import QSystemTrayIcon
from pytestqt.qtbot import QtBot

from accountmgr.domain import activities, organizations
from accountmgr.domain.reminders import (
    Due,
    ReminderService,
    Snooze,
    due_between,
    open_dues,
    snooze_until,
)
from accountmgr.views.reminder_tray import ReminderTray, create_service
from tests.conftest import TODAY

CAP = 15 * 60.0


def at(hour: int, minute: int = 0, day: dt.date = TODAY) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute))


class FakeClock:
    """Time that passes at once when slept, up to a horizon the test moves forward."""

    def __init__(self, start: dt.datetime) -> None:
        self.moment = start
        self.horizon = start
        self.sleeps: list[float] = []
        self.parks = 0  # times a sleeper stopped at the horizon: the service is idle
        self._advanced = asyncio.Event()

    def now(self) -> dt.datetime:
        return self.moment

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        target = self.moment + dt.timedelta(seconds=seconds)
        while target > self.horizon:
            self.moment = max(self.moment, self.horizon)
            self.parks += 1
            self._advanced.clear()
            await self._advanced.wait()
        self.moment = max(self.moment, target)
        await asyncio.sleep(0)

    def advance_to(self, moment: dt.datetime) -> None:
        """Let time pass up to `moment`."""
        self.horizon = moment
        self._advanced.set()

    def set_back(self, moment: dt.datetime) -> None:
        """The person sets the computer's clock back."""
        self.moment = self.horizon = moment


class Run:
    """A service running on the current loop, moved through time by the test."""

    def __init__(
        self,
        clock: FakeClock,
        *,
        user_id: int | None,
        enabled: bool = True,
        max_sleep: float = CAP,
        saved: dict[str, dt.datetime] | None = None,
        notify: Callable[[list[Due]], None] | None = None,
    ) -> None:
        self.clock = clock
        self.notified: list[tuple[dt.datetime, list[Due]]] = []
        self.summaries: list[list[Due]] = []
        self.saved = saved if saved is not None else {}
        self.service = ReminderService(
            clock=clock,
            notify=notify or (lambda due: self.notified.append((clock.now(), due))),
            summary=self.summaries.append,
            load_last_seen=lambda: self.saved.get("last_seen"),
            save_last_seen=lambda moment: self.saved.__setitem__("last_seen", moment),
            user_id=user_id,
            enabled=enabled,
            max_sleep=max_sleep,
        )
        self.task: asyncio.Future[None] | None = None

    async def start(self) -> None:
        parks = self.clock.parks
        self.task = asyncio.ensure_future(self.service.run())
        await self._idle(parks)

    async def until(self, moment: dt.datetime) -> None:
        parks = self.clock.parks
        self.clock.advance_to(moment)
        await self._idle(parks)

    async def poke(self, action: Callable[[], object]) -> None:
        """Do something that wakes the service, and let it look again."""
        parks = self.clock.parks
        action()
        await self._idle(parks)

    async def stop(self) -> None:
        self.service.stop()
        assert self.task is not None
        await asyncio.wait_for(self.task, 5)

    async def _idle(self, parks: int) -> None:
        for _ in range(100_000):
            assert self.task is not None
            if self.task.done():
                self.task.result()
                raise AssertionError("the service ended")
            if self.clock.parks > parks:
                return
            await asyncio.sleep(0)
        raise AssertionError("the service never went to sleep")

    def ids(self) -> list[list[int]]:
        return [[d.activity_id for d in due] for _, due in self.notified]

    def times(self) -> list[dt.datetime]:
        return [moment for moment, _ in self.notified]


def scenario(test: Callable[[], Awaitable[None]]) -> None:
    asyncio.run(asyncio.wait_for(test(), 30))


@pytest.fixture
def people(store: Path) -> tuple[int, int, int]:
    """(Acme's id, Ann, Bob)."""
    return (
        organizations.create_organization("Acme").id,
        organizations.create_user("Ann"),
        organizations.create_user("Bob"),
    )


def schedule(
    org: int | None,
    user: int,
    time: dt.time | None,
    subject: str = "Satisfaction call",
    day: dt.date = TODAY,
    kind: str = "call",
) -> int:
    return activities.create_activity(
        subject,
        day,
        type_id=activities.type_id(kind),
        org_id=org,
        due_time=time,
        assignee_id=user,
    ).id


# --- reads ---------------------------------------------------------------------------------


def test_due_moments_of_one_user_or_everyone(people: tuple[int, int, int]) -> None:
    org, ann, bob = people
    at_ten = schedule(org, ann, dt.time(10, 0))
    bobs = schedule(org, bob, dt.time(10, 0))
    untimed = schedule(org, ann, None, "Send the renewal offer", kind="task")
    done = schedule(org, ann, dt.time(9, 30))
    activities.mark_done(done)
    loose = schedule(None, ann, dt.time(10, 0), "Call back")
    tomorrow = schedule(org, ann, dt.time(8, 0), day=TODAY + dt.timedelta(days=1))

    found = due_between(ann, at(8), at(10))
    assert [d.activity_id for d in found] == [untimed, at_ten, loose]
    assert found[0] == Due(untimed, org, "Acme", "Send the renewal offer", "Task", at(9))
    assert found[2].org_id is None
    assert found[2].org_name == ""
    assert [d.activity_id for d in due_between(None, at(8), at(10))] == [
        untimed,
        at_ten,
        bobs,
        loose,
    ]
    # after the start, up to and including the end
    assert due_between(ann, at(10), at(12)) == []
    assert [d.activity_id for d in due_between(ann, at(9), at(9, 59))] == []
    assert [
        d.activity_id for d in due_between(ann, at(23), at(8, day=TODAY + dt.timedelta(1)))
    ] == [tomorrow]
    assert due_between(ann, at(12), at(8)) == []
    assert [d.due for d in due_between(ann, at(8), at(10), default_time=dt.time(7))] == [
        at(10),
        at(10),
    ]

    def next_due_after(
        user: int | None, moment: dt.datetime, before: dt.datetime | None = None
    ) -> dt.datetime | None:
        """The first moment due after `moment` (up to `before`), as the service finds it."""
        window = due_between(user, moment, before or at(0, day=TODAY + dt.timedelta(days=400)))
        return min((d.due for d in window), default=None)

    assert next_due_after(ann, at(8)) == at(9)
    assert next_due_after(ann, at(9)) == at(10)
    assert next_due_after(ann, at(10)) == at(8, day=TODAY + dt.timedelta(days=1))
    assert next_due_after(ann, at(10), before=at(23)) is None
    assert next_due_after(bob, at(10)) is None
    assert next_due_after(None, at(9, 30)) == at(10)
    assert [d.activity_id for d in open_dues([done, at_ten, 999])] == [at_ten]


def test_snooze_choices() -> None:
    now = dt.datetime(2026, 12, 31, 22, 55)
    assert snooze_until(Snooze.TEN_MINUTES, now) == dt.datetime(2026, 12, 31, 23, 5)
    assert snooze_until(Snooze.ONE_HOUR, now) == dt.datetime(2026, 12, 31, 23, 55)
    assert snooze_until(Snooze.TOMORROW, now) == dt.datetime(2027, 1, 1, 9, 0)


# --- the service ---------------------------------------------------------------------------


def test_notifies_once_at_the_due_moment_sleeping_rather_than_polling(
    people: tuple[int, int, int],
) -> None:
    org, ann, bob = people
    mine = schedule(org, ann, dt.time(10, 7))
    schedule(org, bob, dt.time(10, 0))  # someone else's

    async def test() -> None:
        run = Run(FakeClock(at(7)), user_id=ann)
        await run.start()
        await run.until(at(12))
        await run.stop()
        assert run.ids() == [[mine]]
        assert run.times() == [at(10, 7)]
        assert run.notified[0][1][0].org_name == "Acme"
        # capped steps to 10:00, the rest to the due moment, then the cap again until 12:00
        sleeps = run.clock.sleeps
        assert sleeps[:13] == [CAP] * 12 + [7 * 60]
        assert len(sleeps) <= 22
        assert all(s == CAP for s in sleeps[13:])

    scenario(test)


def test_without_activities_it_sleeps_the_cap(people: tuple[int, int, int]) -> None:
    async def test() -> None:
        run = Run(FakeClock(at(7)), user_id=people[1])
        await run.start()
        await run.until(at(9))
        await run.stop()
        assert run.notified == []
        assert run.clock.sleeps == [CAP] * 9  # 07:00, 07:15, ... 09:00

    scenario(test)


def test_activities_due_together_are_one_notification(people: tuple[int, int, int]) -> None:
    org, ann, _ = people
    first = schedule(org, ann, dt.time(10, 0))
    second = schedule(None, ann, dt.time(10, 0), "Call back")
    untimed = schedule(org, ann, None, "Renewal offer", day=TODAY + dt.timedelta(days=1))

    async def test() -> None:
        run = Run(FakeClock(at(9, 50)), user_id=ann)
        await run.start()
        await run.until(at(10, 0, TODAY + dt.timedelta(days=1)))
        await run.stop()
        assert run.ids() == [[first, second], [untimed]]
        assert run.times() == [at(10), at(9, day=TODAY + dt.timedelta(days=1))]

    scenario(test)


def test_snoozed_comes_back_at_the_snooze_time_only(people: tuple[int, int, int]) -> None:
    org, ann, _ = people
    call = schedule(org, ann, dt.time(10, 0))
    lunch = schedule(org, ann, dt.time(10, 0), "Lunch", kind="lunch")

    async def test() -> None:
        run = Run(FakeClock(at(9)), user_id=ann)
        await run.start()
        await run.until(at(10, 1))
        assert run.ids() == [[call, lunch]]
        await run.poke(lambda: run.service.snooze(call, at(10, 11)))
        await run.poke(lambda: run.service.snooze(lunch, at(11, 1)))
        await run.until(at(10, 10))
        assert len(run.notified) == 1
        await run.until(at(10, 30))
        assert run.ids() == [[call, lunch], [call]]
        assert run.times()[1] == at(10, 11)
        activities.mark_done(lunch)  # done before its snooze ends: not shown again
        await run.poke(run.service.wake)
        await run.until(at(18))
        await run.stop()
        assert run.ids() == [[call, lunch], [call]]

    scenario(test)


def test_snooze_of_an_activity_rescheduled_later_gives_way_to_its_new_time(
    people: tuple[int, int, int],
) -> None:
    org, ann, _ = people
    call = schedule(org, ann, dt.time(10, 0))

    async def test() -> None:
        run = Run(FakeClock(at(9)), user_id=ann)
        await run.start()
        await run.until(at(10, 5))
        await run.poke(lambda: run.service.snooze(call, at(10, 15)))
        activities.update_activity(call, due_time=dt.time(14, 0))
        await run.poke(run.service.wake)
        await run.until(at(15))
        await run.stop()
        assert run.times() == [at(10), at(14)]

    scenario(test)


def test_switched_off_it_notifies_nothing_until_switched_on(
    people: tuple[int, int, int],
) -> None:
    org, ann, _ = people
    schedule(org, ann, dt.time(10, 0))
    later = schedule(org, ann, dt.time(11, 0))

    async def test() -> None:
        run = Run(FakeClock(at(9)), user_id=ann, enabled=False)
        await run.start()
        await run.until(at(10, 30))
        assert run.notified == []
        assert set(run.clock.sleeps) == {CAP}
        await run.poke(lambda: run.service.set_enabled(True))
        await run.until(at(12))
        await run.poke(lambda: run.service.set_enabled(False))
        assert run.service.enabled is False
        await run.stop()
        # what fell due while off is not brought up when switched on again
        assert run.ids() == [[later]]

    scenario(test)


def test_missed_while_closed_are_summarised_once_at_start(
    people: tuple[int, int, int],
) -> None:
    org, ann, bob = people
    schedule(org, ann, dt.time(8, 0), day=TODAY - dt.timedelta(days=3))  # long overdue
    ten = schedule(org, ann, dt.time(10, 0))
    schedule(org, bob, dt.time(10, 0))
    eleven = schedule(org, ann, dt.time(11, 0))
    saved: dict[str, dt.datetime] = {}

    async def session(start: dt.datetime, end: dt.datetime) -> Run:
        run = Run(FakeClock(start), user_id=ann, saved=saved)
        await run.start()
        await run.until(end)
        await run.stop()
        return run

    async def test() -> None:
        first = await session(at(7), at(9, 30))  # never ran before: no summary of old ones
        assert (first.summaries, first.notified) == ([], [])
        assert saved["last_seen"] == at(9, 30)
        second = await session(at(10, 30), at(11, 30))
        assert [[d.activity_id for d in s] for s in second.summaries] == [[ten]]
        assert second.ids() == [[eleven]]
        third = await session(at(12), at(13))
        assert (third.summaries, third.notified) == ([], [])

    scenario(test)


def test_rescheduling_moves_the_notification(people: tuple[int, int, int]) -> None:
    org, ann, _ = people
    call = schedule(org, ann, dt.time(10, 0))

    async def test() -> None:
        run = Run(FakeClock(at(9)), user_id=ann)
        await run.start()
        activities.update_activity(call, due_time=dt.time(11, 0))
        await run.poke(run.service.wake)
        await run.until(at(12))
        assert run.times() == [at(11)]
        # notified, then moved to later: notified again at the new time, once
        activities.update_activity(call, due_date=TODAY + dt.timedelta(days=1))
        await run.poke(run.service.wake)
        await run.until(at(12, day=TODAY + dt.timedelta(days=1)))
        await run.stop()
        assert run.times() == [at(11), at(11, day=TODAY + dt.timedelta(days=1))]

    scenario(test)


def test_waking_notices_an_activity_added_while_asleep(people: tuple[int, int, int]) -> None:
    org, ann, _ = people

    async def test() -> None:
        day = 24 * 3600.0
        run = Run(FakeClock(at(9)), user_id=ann, max_sleep=day)
        await run.start()
        added = schedule(org, ann, dt.time(10, 0))
        await run.poke(run.service.wake)
        await run.until(at(11))
        await run.stop()
        assert run.ids() == [[added]]
        assert run.times() == [at(10)]

    scenario(test)


def test_a_done_activity_is_not_notified(people: tuple[int, int, int]) -> None:
    org, ann, _ = people
    activities.mark_done(schedule(org, ann, dt.time(10, 0)))
    finished_later = schedule(org, ann, dt.time(11, 0))

    async def test() -> None:
        run = Run(FakeClock(at(9)), user_id=ann)
        await run.start()
        activities.mark_done(finished_later)
        await run.poke(run.service.wake)
        await run.until(at(12))
        await run.stop()
        assert run.notified == []

    scenario(test)


def test_clock_set_back_does_not_repeat_notifications(people: tuple[int, int, int]) -> None:
    org, ann, _ = people
    schedule(org, ann, dt.time(10, 0))
    eleven = schedule(org, ann, dt.time(11, 0))

    async def test() -> None:
        run = Run(FakeClock(at(9)), user_id=ann)
        await run.start()
        await run.until(at(10, 30))
        run.clock.set_back(at(9, 30))
        await run.poke(run.service.wake)
        await run.until(at(12))
        await run.stop()
        assert run.ids()[1:] == [[eleven]]
        assert len(run.notified) == 2

    scenario(test)


def test_a_failing_notification_does_not_end_the_service(
    people: tuple[int, int, int], caplog: pytest.LogCaptureFixture
) -> None:
    org, ann, _ = people
    schedule(org, ann, dt.time(10, 0))
    schedule(org, ann, dt.time(11, 0))
    shown: list[dt.datetime] = []

    def notify(due: list[Due]) -> None:
        shown.append(due[0].due)
        if len(shown) == 1:
            raise RuntimeError("no tray")

    async def test() -> None:
        run = Run(FakeClock(at(9)), user_id=ann, notify=notify)
        await run.start()
        await run.until(at(12))
        await run.stop()

    scenario(test)
    assert shown == [at(10), at(11)]
    assert "could not show a notification" in caplog.text


# --- the tray ------------------------------------------------------------------------------


@pytest.fixture
def tray(qtbot: QtBot) -> ReminderTray:
    if QSystemTrayIcon.isSystemTrayAvailable():
        pytest.skip("a system tray is available: messages go to it, not to `shown`")
    return ReminderTray()


def _due(activity_id: int, org: int | None, name: str, subject: str, due: dt.datetime) -> Due:
    return Due(activity_id, org, name, subject, "Call", due)


def test_a_name_holding_a_placeholder_is_shown_as_written(
    store: Path, qtbot: QtBot, tray: ReminderTray
) -> None:
    """Names are put into a message once: an activity type someone called "Visit %2" stays so
    (it was filled in again with the organization's name)."""
    visit = Due(1, 7, "Acme GmbH", "Tour", "Visit %2", at(10))
    with qtbot.waitSignal(tray.shown) as shown:
        tray.notify([visit])
    assert shown.args[0] == "Visit %2 due: Acme GmbH"


def test_tray_without_system_tray_emits_its_messages(
    store: Path, qtbot: QtBot, tray: ReminderTray
) -> None:
    ten = QLocale().toString(QTime(10, 0), QLocale.FormatType.ShortFormat)
    with qtbot.waitSignal(tray.shown) as shown:
        tray.notify([_due(1, 7, "Acme GmbH", "Satisfaction call", at(10))])
    assert shown.args == ["Call due: Acme GmbH", f"Satisfaction call\n{ten}"]
    assert tray.last_message == tuple(shown.args)
    with qtbot.waitSignal(tray.open_requested) as opened:
        tray.open_last()
    assert opened.args == [7]

    with qtbot.waitSignal(tray.shown) as shown:
        tray.notify([_due(2, None, "", "Call back", at(10)), _due(3, 8, "Beta", "Visit", at(10))])
    assert shown.args[0] == "2 activities due"
    assert shown.args[1].splitlines() == [f"{ten} · Call back", f"{ten} · Beta · Visit"]
    with qtbot.waitSignal(tray.open_requested) as opened:
        tray.open_last()  # the first one with an account
    assert opened.args == [8]

    missed = [_due(i, 7, "Acme", f"Call {i}", at(9, i, TODAY - dt.timedelta(1))) for i in range(7)]
    with qtbot.waitSignal(tray.shown) as shown:
        tray.summarize(missed)
    assert shown.args[0] == "7 activities fell due while accountmgr was closed"
    lines = shown.args[1].splitlines()
    assert len(lines) == 6
    assert lines[0].endswith("Acme · Call 0")
    assert "11/23/26" in lines[0]
    assert lines[-1] == "and 2 more"
    assert tray.snooze_actions[Snooze.ONE_HOUR].isEnabled()
    assert tray.snooze_actions[Snooze.TOMORROW].text().startswith("Snooze until tomorrow 9:00")


def test_tray_runs_the_service_on_the_qasync_loop(
    people: tuple[int, int, int],
    qtbot: QtBot,
    app_loop: asyncio.AbstractEventLoop,
    settings: QSettings,
) -> None:
    org, ann, _ = people
    schedule(org, ann, dt.time(10, 0))
    tray = ReminderTray()
    if tray.tray is not None:
        pytest.skip("a system tray is available: messages go to it, not to `shown`")
    clock = FakeClock(at(9))
    service = create_service(tray, settings, ann, clock)
    titles: list[str] = []
    tray.shown.connect(lambda title, _text: titles.append(title))
    opened: list[int] = []
    tray.open_requested.connect(opened.append)

    async def idle(parks: int) -> None:
        while clock.parks <= parks:
            await asyncio.sleep(0)

    async def drive() -> None:
        parks = clock.parks
        task = tray.start(service)
        await idle(parks)
        parks = clock.parks
        clock.advance_to(at(10, 5))
        await idle(parks)
        assert titles == ["Call due: Acme"]
        tray.open_last()
        parks = clock.parks
        tray.snooze_actions[Snooze.TEN_MINUTES].trigger()  # until 10:15
        await idle(parks)
        assert not tray.snooze_actions[Snooze.TEN_MINUTES].isEnabled()
        parks = clock.parks
        clock.advance_to(at(11))
        await idle(parks)
        assert titles == ["Call due: Acme", "Call due: Acme"]
        tray.enabled_action.setChecked(False)
        assert not service.enabled
        tray.stop()
        await asyncio.wait_for(task, 5)

    app_loop.run_until_complete(asyncio.wait_for(drive(), 30))
    assert opened == [org]
    assert settings.value("reminders/enabled", True, bool) is False
    assert settings.value("reminders/last_seen") == "2026-11-24 11:00:00"
