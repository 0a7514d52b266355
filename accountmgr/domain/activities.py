"""Activities: scheduling, editing, completing, and moving the next one to a kanban column.

A recurring activity carries its repetition rule and a series id (the id of the series' first
activity). Completing an occurrence creates the next one (see `complete`); `update_activity`
edits one occurrence, `update_series` this one and the later open ones.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any, NamedTuple, Unpack

from accountmgr.domain import clock, identity
from accountmgr.domain.activity_fields import (
    ActivityChanges,
    check_until,
    clean_fields,
    resolve_links,
    stored_rule,
)
from accountmgr.domain.buckets import followup_date
from accountmgr.domain.changes import Change, Kind
from accountmgr.domain.errors import NotFoundError, ValidationError
from accountmgr.domain.recurrence import Rule, next_date
from accountmgr.domain.writes import Created, delete_one, fetch, write
from accountmgr.store.models import Activity, ActivityType, db


def type_id(key: str) -> int:
    """The id of an activity type by its key (`call`, `meeting`, ...)."""
    found = ActivityType.get_or_none(ActivityType.key == key)
    if found is None:
        raise ValidationError("“{key}” is not an activity type.", key=key)
    return int(found.id)


def create_activity(
    subject: str,
    due_date: dt.date,
    *,
    type_id: int,
    org_id: int | None = None,
    person_id: int | None = None,
    deal_id: int | None = None,
    due_time: dt.time | None = None,
    duration_min: int | None = None,
    assignee_id: int | None = None,
    note: str = "",
    repeat: Rule | None = None,
    activity_id: int | None = None,
) -> Created:
    """Schedule an activity; with `repeat` it is the first occurrence of a new series. With
    `activity_id`, it is that activity again (redoing its creation after an undo took it
    away: later steps of the undo stack name it by its id)."""
    fields = clean_fields(
        {
            "subject": subject,
            "due_date": due_date,
            "type_id": type_id,
            "org_id": org_id,
            "person_id": person_id,
            "deal_id": deal_id,
            "due_time": due_time,
            "duration_min": duration_min,
            "assignee_id": assignee_id,
            "note": note,
            "repeat": repeat,
        }
    )
    check_until(repeat, due_date)
    with write(Kind.ACTIVITY) as w:
        resolve_links(fields)
        given = {} if activity_id is None else {"id": activity_id}
        activity = Activity.create(
            **given,
            **fields,
            done=False,
            created_at=clock.now(),
            created_by_id=identity.current_user(),
        )
        if repeat is not None:
            Activity.update(series_id=activity.id).where(Activity.id == activity.id).execute()
        w.touch(fields["organization"])
    return Created(activity.id, w.change)


def update_activity(activity_id: int, **values: Unpack[ActivityChanges]) -> Change:
    """Change this activity only (for a recurring one: this occurrence only; a `repeat` rule
    given here applies to it and to the occurrences its completion creates)."""
    fields = clean_fields(values)
    with write(Kind.ACTIVITY) as w:
        activity = fetch(Activity, activity_id, "activity")
        w.touch(activity.organization_id)
        if "repeat" in values or "due_date" in values:
            check_until(
                values["repeat"] if "repeat" in values else stored_rule(activity),
                fields.get("due_date", activity.due_date),
            )
        if values.get("repeat") is not None and activity.series_id is None:
            fields["series_id"] = activity_id
        if {"org_id", "person_id", "deal_id"} & values.keys():
            links = {
                "org_id": activity.organization_id,
                "person_id": activity.person_id,
                "deal_id": activity.deal_id,
            }
            links.update({k: fields[k] for k in links if k in fields})
            fields.update(links)
            resolve_links(fields)
            w.touch(fields["organization"])
        Activity.update(**fields).where(Activity.id == activity_id).execute()
    return w.change


def delete_activity(activity_id: int) -> Change:
    return delete_one(Kind.ACTIVITY, Activity, activity_id, "activity")


def mark_done(activity_id: int, done: bool = True, when: dt.datetime | None = None) -> Change:
    """Complete (or reopen) an activity; completing records the done time, and completing an
    open occurrence of a recurring activity creates the next one (see `complete`)."""
    if done:
        return complete(activity_id, when).change
    with write(Kind.ACTIVITY) as w:
        activity = fetch(Activity, activity_id, "activity")
        Activity.update(done=False, done_time=None).where(Activity.id == activity_id).execute()
        w.touch(activity.organization_id)
    return w.change


class Completed(NamedTuple):
    """A completed activity: enough to undo it (`uncomplete`)."""

    activity_id: int
    next_id: int | None  # the next occurrence this completion created, if any
    change: Change
    previous_done_time: dt.datetime | None = None  # set when it was done already


class Completions(NamedTuple):
    completed: tuple[Completed, ...]
    change: Change


def repeat_of(activity_id: int) -> Rule | None:
    """The activity's repetition rule; None when it does not repeat."""
    return stored_rule(fetch(Activity, activity_id, "activity"))


def _anchor_day(series_id: int, repeat: Rule) -> int | None:
    """The day of the month monthly occurrences keep: that of the series' first occurrence
    (so Jan 31 → Feb 28 → Mar 31), or the completed one's own day when the first is gone."""
    if repeat.unit != "month":
        return None
    row = db.execute_sql(
        "SELECT due_date, repeat_unit FROM activity WHERE id = ?", (series_id,)
    ).fetchone()
    if row is None or row[1] != "month":
        return None
    try:
        return dt.date.fromisoformat(str(row[0])).day
    except ValueError:
        return None


def _copy_fields(activity: Activity) -> dict[str, Any]:
    """What an occurrence passes on to the next one, besides its due date."""
    return {
        "type": activity.type_id,
        "subject": activity.subject,
        "due_time": activity.due_time,
        "duration_min": activity.duration_min,
        "assignee": activity.assignee_id,
        "note": activity.note,
        "organization": activity.organization_id,
        "person": activity.person_id,
        "deal": activity.deal_id,
        "repeat_unit": activity.repeat_unit,
        "repeat_every": activity.repeat_every,
        "repeat_until": activity.repeat_until,
    }


def _next_due(activity: Activity) -> tuple[int, dt.date] | None:
    """The series and due date of the occurrence after this one, if it repeats."""
    repeat = stored_rule(activity)
    if repeat is None:
        return None
    series_id = activity.series_id if activity.series_id is not None else int(activity.id)
    due = next_date(repeat, activity.due_date, _anchor_day(series_id, repeat))
    return None if due is None else (series_id, due)


def _create_next(activity: Activity) -> int | None:
    """After completing a recurring occurrence: create the next one unless the series already
    has a later open occurrence (so completing, reopening and completing again makes one)."""
    following = _next_due(activity)
    if following is None:
        return None
    series_id, due = following
    if activity.series_id is None:
        Activity.update(series_id=series_id).where(Activity.id == activity.id).execute()
    later = db.execute_sql(
        "SELECT 1 FROM activity WHERE series_id = ? AND id > ? AND done = 0 LIMIT 1",
        (series_id, activity.id),
    ).fetchone()
    if later is not None:
        return None
    created = Activity.create(
        **_copy_fields(activity),
        due_date=due,
        series_id=series_id,
        done=False,
        done_time=None,
        created_at=clock.now(),
    )
    return int(created.id)


def _complete(activity: Activity, when: dt.datetime) -> int | None:
    """Mark done inside a write; an open recurring occurrence passes on to the next one."""
    Activity.update(done=True, done_time=when).where(Activity.id == activity.id).execute()
    return None if activity.done else _create_next(activity)


def complete(activity_id: int, when: dt.datetime | None = None) -> Completed:
    """Mark an activity done at `when` (default now). Completing an open occurrence of a
    recurring activity creates the next occurrence, returned as `next_id`, unless the series
    already has a later open one or the rule has ended."""
    with write(Kind.ACTIVITY) as w:
        activity = fetch(Activity, activity_id, "activity")
        previous = activity.done_time if activity.done else None
        next_id = _complete(activity, when or clock.now())
        w.touch(activity.organization_id)
    return Completed(activity_id, next_id, w.change, previous)


def _undo_completion(completed: Completed) -> int | None:
    """Inside a write: reopen (or restore) the activity and delete the occurrence its
    completion created, if that is still open and untouched; returns the organization."""
    activity = fetch(Activity, completed.activity_id, "activity")
    if completed.previous_done_time is not None:
        Activity.update(done=True, done_time=completed.previous_done_time).where(
            Activity.id == activity.id
        ).execute()
    else:
        Activity.update(done=False, done_time=None).where(Activity.id == activity.id).execute()
    if completed.next_id is not None:
        created = Activity.get_or_none(Activity.id == completed.next_id)
        following = _next_due(activity)
        if (
            created is not None
            and following is not None
            and not created.done
            and (created.series_id, created.due_date) == following
            and _copy_fields(created) == _copy_fields(activity)
        ):
            created.delete_instance()
    return activity.organization_id


def uncomplete(completed: Completed) -> Change:
    """Undo `complete`: reopen the activity and delete the next occurrence it created, if that
    is still open and unchanged (an edited one is kept)."""
    with write(Kind.ACTIVITY) as w:
        w.touch(_undo_completion(completed))
    return w.change


def uncomplete_all(completions: Iterable[Completed]) -> Change:
    """Undo several completions (`complete_next`) in one transaction."""
    with write(Kind.ACTIVITY) as w:
        for completed in completions:
            w.touch(_undo_completion(completed))
    return w.change


_SERIES_FIELDS = frozenset(
    {"subject", "type_id", "due_date", "due_time", "duration_min", "assignee_id", "note", "repeat"}
)


def update_series(activity_id: int, **values: Unpack[ActivityChanges]) -> Change:
    """Change this occurrence and every later open occurrence of its series ("this and all
    future ones"); done occurrences keep their history. A new `due_date` moves the later ones
    by the same number of days. When the pattern changes (due date or repeat unit or interval),
    this occurrence becomes the first of the series from here on (its day of the month is the
    one monthly occurrences keep). `repeat=None` stops the repetition."""
    fields = clean_fields(values)  # refuses fields activities do not have
    single = values.keys() - _SERIES_FIELDS
    if single:
        raise ValidationError(
            "“{field}” can only be changed one occurrence at a time.", field=min(single)
        )
    with write(Kind.ACTIVITY) as w:
        activity = fetch(Activity, activity_id, "activity")
        old_rule = stored_rule(activity)
        new_rule = values.get("repeat", old_rule)
        new_due: dt.date = fields.get("due_date", activity.due_date)
        check_until(new_rule, new_due)
        delta = new_due - activity.due_date
        series_id = activity.series_id
        later: list[Activity] = []
        if series_id is not None:
            later = list(
                Activity.select().where(
                    (Activity.series_id == series_id)
                    & (Activity.id > activity_id)
                    & (Activity.done == False)  # noqa: E712
                )
            )
        others = {k: v for k, v in fields.items() if k != "due_date"}
        if new_rule is not None and (
            series_id is None
            or (
                series_id != activity_id
                and (
                    delta
                    or old_rule is None
                    or (old_rule.unit, old_rule.every) != (new_rule.unit, new_rule.every)
                )
            )
        ):
            others["series_id"] = activity_id
        for occurrence in (activity, *later):
            changed = dict(others)
            if delta:
                changed["due_date"] = occurrence.due_date + delta
            if changed:
                Activity.update(**changed).where(Activity.id == occurrence.id).execute()
            w.touch(occurrence.organization_id)
    return w.change


def series_from(activity_id: int) -> list[int]:
    """This occurrence and the later open ones of its series: what `update_series` changes."""
    activity = fetch(Activity, activity_id, "activity")
    if activity.series_id is None:
        return [activity_id]
    later = db.execute_sql(
        "SELECT id FROM activity WHERE series_id = ? AND id > ? AND done = 0 ORDER BY id",
        (activity.series_id, activity_id),
    )
    return [activity_id, *(int(i) for (i,) in later)]


class Move(NamedTuple):
    """A rescheduled activity: enough to describe it and to undo it."""

    activity_id: int
    subject: str
    old_date: dt.date
    new_date: dt.date
    change: Change


def next_open_activity(org_id: int) -> int | None:
    """The id of the organization's earliest open activity (its "next activity")."""
    row = (
        Activity.select(Activity.id)
        .where((Activity.organization == org_id) & (Activity.done == False))  # noqa: E712
        .order_by(
            Activity.due_date, Activity.due_time.is_null(False), Activity.due_time, Activity.id
        )
        .limit(1)
        .tuples()
        .first()
    )
    return int(row[0]) if row else None


class Campaign(NamedTuple):
    """Activities scheduled for many organizations at once (one per organization)."""

    activity_ids: tuple[int, ...]
    change: Change


# Takes create_activity's fields but the links (a deliberate parallel of its list).
def schedule_for_each(
    org_ids: list[int],
    subject: str,
    due_date: dt.date,
    *,
    type_id: int,
    due_time: dt.time | None = None,
    duration_min: int | None = None,
    assignee_id: int | None = None,
    note: str = "",
    progress: Callable[[int, int], None] | None = None,
    repeat: Rule | None = None,
) -> Campaign:
    """Schedule the same activity for every organization, in one transaction (a satisfaction-
    call campaign); with `repeat`, each is the first occurrence of its own series.
    `progress(done, total)` may raise to cancel: then nothing is kept."""
    fields = clean_fields(
        {
            "subject": subject,
            "due_date": due_date,
            "type_id": type_id,
            "due_time": due_time,
            "duration_min": duration_min,
            "assignee_id": assignee_id,
            "note": note,
            "repeat": repeat,
        }
    )
    check_until(repeat, due_date)
    until_text = fields["repeat_until"].isoformat() if fields["repeat_until"] else None
    author = identity.current_user()
    time_text = fields["due_time"].isoformat() if fields["due_time"] else None
    created: list[int] = []
    with write(Kind.ACTIVITY) as w:
        now = clock.now().isoformat(" ")
        for start in range(0, len(org_ids), 500):
            chunk = org_ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            found = {
                int(i)
                for (i,) in db.execute_sql(
                    f"SELECT id FROM organization WHERE id IN ({marks})", chunk
                )
            }
            for org_id in chunk:
                if org_id not in found:
                    raise NotFoundError("There is no organization with id {id}.", id=org_id)
                cursor = db.execute_sql(
                    "INSERT INTO activity (type_id, subject, due_date, due_time, duration_min, "
                    "assignee_id, done, done_time, note, organization_id, person_id, deal_id, "
                    "created_at, repeat_unit, repeat_every, repeat_until, created_by_id) "
                    "VALUES (?, ?, ?, ?, ?, ?, 0, NULL, ?, ?, NULL, NULL, ?, ?, ?, ?, ?) "
                    "RETURNING id",
                    (
                        fields["type"],
                        fields["subject"],
                        due_date.isoformat(),
                        time_text,
                        fields["duration_min"],
                        fields["assignee"],
                        fields["note"],
                        org_id,
                        now,
                        fields["repeat_unit"],
                        fields["repeat_every"],
                        until_text,
                        author,
                    ),
                )
                created.append(int(cursor.fetchone()[0]))
            if repeat is not None:
                made = created[start:]
                db.execute_sql(
                    f"UPDATE activity SET series_id = id WHERE id IN ({','.join('?' * len(made))})",
                    made,
                )
            w.touch(*chunk)
            if progress is not None:
                progress(min(start + len(chunk), len(org_ids)), len(org_ids))
    return Campaign(tuple(created), w.change)


def delete_activities(activity_ids: list[int]) -> Change:
    """Delete several activities in one transaction (undoing a campaign)."""
    with write(Kind.ACTIVITY) as w:
        for start in range(0, len(activity_ids), 500):
            chunk = activity_ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            w.touch(
                *(
                    o
                    for (o,) in db.execute_sql(
                        f"SELECT DISTINCT organization_id FROM activity WHERE id IN ({marks})",
                        chunk,
                    )
                )
            )
            db.execute_sql(f"DELETE FROM activity WHERE id IN ({marks})", chunk)
    return w.change


class TypeInfo(NamedTuple):
    id: int
    key: str
    name: str
    icon: str
    default_subject: str
    followup_days: int | None = None  # the default delay of the follow-up, when it has one


def types() -> list[TypeInfo]:
    """Active activity types in their order."""
    rows = db.execute_sql(
        "SELECT id, key, name, icon, default_subject, followup_days FROM activity_type "
        "WHERE active = 1 ORDER BY position, id"
    )
    return [
        TypeInfo(int(i), str(k), str(n), str(ic), str(s), None if f is None else int(f))
        for i, k, n, ic, s, f in rows
    ]


DEFAULT_FOLLOWUP_DAYS = 7  # the follow-up's delay for a type without a default of its own


def followup_day(type_id: int, done_on: dt.date) -> dt.date:
    """The day proposed for the follow-up of an activity of this type done on `done_on`: the
    type's default delay (else a week) ahead, on a working day (a weekend moves to Monday)."""
    row = db.execute_sql(
        "SELECT followup_days FROM activity_type WHERE id = ?", (type_id,)
    ).fetchone()
    days = row[0] if row is not None and row[0] else DEFAULT_FOLLOWUP_DAYS
    return followup_date(done_on, int(days))


class Moves(NamedTuple):
    """Next activities moved to a day, for several organizations at once."""

    moves: tuple[Move, ...]
    without_activity: tuple[int, ...]  # organizations that had nothing open to move
    change: Change


def move_next_activities(org_ids: list[int], new_date: dt.date) -> Moves:
    """What a drop of cards on a kanban column does: each organization's next open activity
    moves to `new_date`, time of day kept, all in one transaction."""
    clean_fields({"due_date": new_date})  # validates
    moves: list[Move] = []
    without: list[int] = []
    with write(Kind.ACTIVITY) as w:
        for org_id in org_ids:
            next_id = next_open_activity(org_id)
            if next_id is None:
                without.append(org_id)
                continue
            activity = fetch(Activity, next_id, "activity")
            Activity.update(due_date=new_date).where(Activity.id == next_id).execute()
            w.touch(org_id)
            moves.append(
                Move(
                    next_id,
                    str(activity.subject),
                    activity.due_date,
                    new_date,
                    Change(frozenset({org_id}), frozenset({Kind.ACTIVITY})),
                )
            )
    return Moves(tuple(moves), tuple(without), w.change)


def undo_moves(moves: tuple[Move, ...]) -> Change:
    """Put moved activities back on their old days, in one transaction."""
    return _set_days({move.activity_id: move.old_date for move in moves})


def redo_moves(moves: tuple[Move, ...]) -> Change:
    """Move the same activities to their new days again (redo after undo)."""
    return _set_days({move.activity_id: move.new_date for move in moves})


def _set_days(days: dict[int, dt.date]) -> Change:
    with write(Kind.ACTIVITY) as w:
        for activity_id, day in days.items():
            activity = fetch(Activity, activity_id, "activity")
            Activity.update(due_date=day).where(Activity.id == activity_id).execute()
            w.touch(activity.organization_id)
    return w.change


def complete_next(org_ids: list[int]) -> Completions:
    """Mark each organization's next open activity done, in one transaction (recurring ones
    create their next occurrence); `uncomplete_all` undoes it, next occurrences included."""
    completed: list[Completed] = []
    with write(Kind.ACTIVITY) as w:
        now = clock.now()
        for org_id in org_ids:
            activity_id = next_open_activity(org_id)
            if activity_id is not None:
                activity = fetch(Activity, activity_id, "activity")
                next_id = _complete(activity, now)
                change = Change(frozenset({org_id}), frozenset({Kind.ACTIVITY}))
                completed.append(Completed(activity_id, next_id, change))
                w.touch(org_id)
    return Completions(tuple(completed), w.change)
