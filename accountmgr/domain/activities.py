"""Activities: scheduling, editing, completing, and moving the next one to a kanban column."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, NamedTuple

from accountmgr.domain import clock
from accountmgr.domain.changes import Change, Kind
from accountmgr.domain.errors import NotFoundError, ValidationError
from accountmgr.domain.organizations import existing_org_id, existing_user_id
from accountmgr.domain.writes import Created, clean_name, clean_text, fetch, write
from accountmgr.store.models import Activity, ActivityType, Deal, Person, db


def type_id(key: str) -> int:
    """The id of an activity type by its key (`call`, `meeting`, ...)."""
    found = ActivityType.get_or_none(ActivityType.key == key)
    if found is None:
        raise ValidationError("“{key}” is not an activity type.", key=key)
    return int(found.id)


def _fields(values: dict[str, Any]) -> dict[str, Any]:
    cleaned: dict[str, Any] = {}
    for key, value in values.items():
        if key == "type_id":
            cleaned["type"] = fetch(ActivityType, value, "activity type", ValidationError).id
        elif key == "subject":
            cleaned[key] = clean_name(value, "subject")
        elif key == "due_date":
            if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
                raise ValidationError("The due date is not a date.")
            cleaned[key] = value
        elif key == "due_time":
            if value is not None and not isinstance(value, dt.time):
                raise ValidationError("The due time is not a time of day.")
            cleaned[key] = value.replace(second=0, microsecond=0) if value else None
        elif key == "duration_min":
            if value is not None and (
                isinstance(value, bool)
                or not isinstance(value, int)
                or not 0 <= value <= 24 * 60 * 31
            ):
                raise ValidationError("The duration must be between 0 and 31 days.")
            cleaned[key] = value
        elif key == "assignee_id":
            cleaned["assignee"] = existing_user_id(value)
        elif key == "note":
            cleaned[key] = clean_text(value, "note")
        elif key in ("org_id", "person_id", "deal_id"):
            cleaned[key] = value
        else:
            raise ValidationError("Activities have no field “{field}”.", field=key)
    return cleaned


def _resolve_links(fields: dict[str, Any]) -> None:
    """An activity of a person or deal belongs to their organization too (for last contacted)."""
    org_id = existing_org_id(fields.pop("org_id", None))
    person_id = fields.pop("person_id", None)
    deal_id = fields.pop("deal_id", None)
    if deal_id is not None:
        deal = fetch(Deal, deal_id, "deal", ValidationError)
        if deal.organization_id is not None:
            if org_id not in (None, deal.organization_id):
                raise ValidationError("The deal belongs to another organization.")
            org_id = deal.organization_id
    if person_id is not None:
        person = fetch(Person, person_id, "person", ValidationError)
        org_id = org_id if org_id is not None else person.organization_id
    fields.update(organization=org_id, person=person_id, deal=deal_id)


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
) -> Created:
    fields = _fields(
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
        }
    )
    with write(Kind.ACTIVITY) as w:
        _resolve_links(fields)
        activity = Activity.create(**fields, done=False, created_at=clock.now())
        w.touch(fields["organization"])
    return Created(activity.id, w.change)


def update_activity(activity_id: int, **values: Any) -> Change:
    fields = _fields(values)
    with write(Kind.ACTIVITY) as w:
        activity = fetch(Activity, activity_id, "activity")
        w.touch(activity.organization_id)
        if {"org_id", "person_id", "deal_id"} & values.keys():
            links = {
                "org_id": activity.organization_id,
                "person_id": activity.person_id,
                "deal_id": activity.deal_id,
            }
            links.update({k: fields[k] for k in links if k in fields})
            fields.update(links)
            _resolve_links(fields)
            w.touch(fields["organization"])
        Activity.update(**fields).where(Activity.id == activity_id).execute()
    return w.change


def delete_activity(activity_id: int) -> Change:
    with write(Kind.ACTIVITY) as w:
        activity = fetch(Activity, activity_id, "activity")
        w.touch(activity.organization_id)
        activity.delete_instance()
    return w.change


def mark_done(activity_id: int, done: bool = True, when: dt.datetime | None = None) -> Change:
    """Complete (or reopen) an activity; completing records the done time."""
    with write(Kind.ACTIVITY) as w:
        activity = fetch(Activity, activity_id, "activity")
        Activity.update(done=done, done_time=(when or clock.now()) if done else None).where(
            Activity.id == activity_id
        ).execute()
        w.touch(activity.organization_id)
    return w.change


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


def reschedule(activity_id: int, new_date: dt.date) -> Move:
    """Move an activity to another day, keeping its time of day."""
    _fields({"due_date": new_date})  # validates
    with write(Kind.ACTIVITY) as w:
        activity = fetch(Activity, activity_id, "activity")
        old_date = activity.due_date
        Activity.update(due_date=new_date).where(Activity.id == activity_id).execute()
        w.touch(activity.organization_id)
    return Move(activity_id, str(activity.subject), old_date, new_date, w.change)


def move_next_activity(org_id: int, new_date: dt.date) -> Move | None:
    """What a drop on a kanban column does to an account with an open activity; None if it has
    none (the caller then offers to schedule one)."""
    next_id = next_open_activity(org_id)
    return reschedule(next_id, new_date) if next_id is not None else None


class Campaign(NamedTuple):
    """Activities scheduled for many organizations at once (one per organization)."""

    activity_ids: tuple[int, ...]
    change: Change


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
) -> Campaign:
    """Schedule the same activity for every organization, in one transaction (a satisfaction-
    call campaign). `progress(done, total)` may raise to cancel: then nothing is kept."""
    fields = _fields(
        {
            "subject": subject,
            "due_date": due_date,
            "type_id": type_id,
            "due_time": due_time,
            "duration_min": duration_min,
            "assignee_id": assignee_id,
            "note": note,
        }
    )
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
                    "created_at) VALUES (?, ?, ?, ?, ?, ?, 0, NULL, ?, ?, NULL, NULL, ?)",
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
                    ),
                )
                created.append(int(cursor.lastrowid))
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


class Moves(NamedTuple):
    """Next activities moved to a day, for several organizations at once."""

    moves: tuple[Move, ...]
    without_activity: tuple[int, ...]  # organizations that had nothing open to move
    change: Change


def move_next_activities(org_ids: list[int], new_date: dt.date) -> Moves:
    """What a drop of cards on a kanban column does: each organization's next open activity
    moves to `new_date`, time of day kept, all in one transaction."""
    _fields({"due_date": new_date})  # validates
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


def complete_next_activities(org_ids: list[int]) -> tuple[tuple[int, ...], Change]:
    """Mark each organization's next open activity done, in one transaction; returns the
    activities completed (organizations with nothing open are left alone)."""
    completed: list[int] = []
    with write(Kind.ACTIVITY) as w:
        now = clock.now()
        for org_id in org_ids:
            next_id = next_open_activity(org_id)
            if next_id is not None:
                Activity.update(done=True, done_time=now).where(Activity.id == next_id).execute()
                completed.append(next_id)
                w.touch(org_id)
    return tuple(completed), w.change


def set_done(activity_ids: tuple[int, ...], done: bool) -> Change:
    """Complete or reopen these activities, in one transaction (undo and redo of the above)."""
    with write(Kind.ACTIVITY) as w:
        now = clock.now()
        for activity_id in activity_ids:
            activity = fetch(Activity, activity_id, "activity")
            Activity.update(done=done, done_time=now if done else None).where(
                Activity.id == activity_id
            ).execute()
            w.touch(activity.organization_id)
    return w.change
