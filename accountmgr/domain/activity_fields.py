"""What an activity's fields may hold: the values given to create or change one, checked and
turned into its columns (its repetition rule among them), and its links to an organization,
person or deal made consistent."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any, TypedDict

from accountmgr.domain.errors import ValidationError
from accountmgr.domain.organizations import existing_org_id, existing_user_id
from accountmgr.domain.recurrence import Rule
from accountmgr.domain.writes import clean_name, clean_text, fetch
from accountmgr.store.models import Activity, ActivityType, Deal, Person


class ActivityChanges(TypedDict, total=False):
    """What an activity is created with or changed by; each given value is checked."""

    type_id: int
    subject: str
    due_date: dt.date
    due_time: dt.time | None
    duration_min: int | None  # 0 to 31 days
    assignee_id: int | None
    note: str  # rich text (HTML)
    org_id: int | None
    person_id: int | None
    deal_id: int | None
    repeat: Rule | None  # None: it does not repeat


def clean_fields(values: Mapping[str, Any]) -> dict[str, Any]:
    """The given values as the activity's columns, each checked (a ValidationError names the
    first that is wrong); links to an organization, person or deal stay ids for `resolve_links`."""
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
        elif key == "repeat":
            cleaned.update(_repeat_columns(value))
        else:
            raise ValidationError("Activities have no field “{field}”.", field=key)
    return cleaned


def _repeat_columns(repeat: Rule | None) -> dict[str, Any]:
    if repeat is None:
        return {"repeat_unit": None, "repeat_every": None, "repeat_until": None}
    if not isinstance(repeat, Rule):
        raise ValidationError("The repetition is not a repetition rule.")
    return {"repeat_unit": repeat.unit, "repeat_every": repeat.every, "repeat_until": repeat.until}


def _rule(unit: str | None, every: int | None, until: dt.date | str | None) -> Rule | None:
    """The rule stored in an activity's columns; None when it does not repeat (or when the
    stored values are not a valid rule, which then repeats nothing rather than failing)."""
    if unit is None or every is None:
        return None
    if isinstance(until, str):
        try:
            until = dt.date.fromisoformat(until)
        except ValueError:
            return None
    try:
        return Rule(unit, every, until)
    except ValidationError:
        return None


def check_until(repeat: Rule | None, due: dt.date) -> None:
    if repeat is not None and repeat.until is not None and repeat.until < due:
        raise ValidationError(
            "The repetition ends ({until}) before the activity is due ({due}).",
            until=repeat.until.isoformat(),
            due=due.isoformat(),
        )


def resolve_links(fields: dict[str, Any]) -> None:
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


def stored_rule(activity: Activity) -> Rule | None:
    """The activity's repetition rule; None when it does not repeat."""
    return _rule(activity.repeat_unit, activity.repeat_every, activity.repeat_until)
