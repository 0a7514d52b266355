"""Activity types as the settings page manages them: add, edit, reorder, retire and restore.

A retired type keeps its activities (they still show with their type) but is no longer offered
when scheduling; at least one type always stays active. Every change is a settings change, so
the windows read their reference data again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import peewee as pw

from accountmgr.domain.changes import Change, Kind
from accountmgr.domain.errors import ValidationError
from accountmgr.domain.writes import (
    MAX_NAME,
    Created,
    RemovedRow,
    clean_name,
    fetch,
    place_at,
    put_back,
    take_out,
    write,
)
from accountmgr.store.models import ActivityType, db

MAX_DURATION_MIN = 24 * 60
MAX_FOLLOWUP_DAYS = 3650
FIELDS = (
    "name",
    "icon",
    "color",
    "default_subject",
    "default_duration_min",
    "followup_days",
)
_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")
_ICON = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]*\.svg$", re.IGNORECASE)


@dataclass(frozen=True)
class TypeAdmin:
    """An activity type as the settings page shows it, retired ones included."""

    id: int
    key: str
    name: str
    icon: str
    color: str
    default_subject: str
    default_duration_min: int
    followup_days: int | None
    position: int
    retired: bool

    def values(self) -> dict[str, Any]:
        """The editable fields, as `update_type` takes them (to put them back on undo)."""
        return {name: getattr(self, name) for name in FIELDS}


_COLUMNS = (
    "id, key, name, icon, color, default_subject, default_duration_min, followup_days, "
    "position, active = 0"  # TypeAdmin.retired
)


def _row(row: tuple[Any, ...]) -> TypeAdmin:
    i, k, n, ic, c, s, d, f, p, a = row
    return TypeAdmin(
        int(i),
        str(k),
        str(n),
        str(ic),
        str(c),
        str(s),
        int(d),
        None if f is None else int(f),
        int(p),
        bool(a),
    )


def all_types() -> list[TypeAdmin]:
    """Every activity type, retired ones included, in display order."""
    rows = db.execute_sql(f"SELECT {_COLUMNS} FROM activity_type ORDER BY position, id")
    return [_row(tuple(r)) for r in rows]


def _admin(type_id: int) -> TypeAdmin:
    fetch(ActivityType, type_id, "activity type")
    row = db.execute_sql(
        f"SELECT {_COLUMNS} FROM activity_type WHERE id = ?", (type_id,)
    ).fetchone()
    return _row(tuple(row))


# -- validation -------------------------------------------------------------------------------


def _clean_icon(value: object) -> str:
    if not isinstance(value, str):
        raise ValidationError("The icon must be the file name of an SVG image.")
    icon = value.strip()
    if "/" in icon or "\\" in icon or not _ICON.match(icon):
        raise ValidationError(
            "“{icon}” is not the file name of an SVG image (like “call.svg”).", icon=value
        )
    return icon


def _clean_color(value: object) -> str:
    if not isinstance(value, str) or not _COLOR.match(value.strip()):
        raise ValidationError("“{color}” is not a colour like #2e7d32.", color=value)
    return value.strip().lower()


def _clean_subject(value: object) -> str:
    if not isinstance(value, str):
        raise ValidationError("The default subject must be text.")
    subject = " ".join(value.split())
    if len(subject) > MAX_NAME:
        raise ValidationError(
            "The default subject is too long ({length} characters; at most {limit}).",
            length=len(subject),
            limit=MAX_NAME,
        )
    return subject


def _clean_duration(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_DURATION_MIN:
        raise ValidationError(
            "The default duration must be between 0 and {limit} minutes.", limit=MAX_DURATION_MIN
        )
    return value


def _clean_followup(value: object) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_FOLLOWUP_DAYS:
        raise ValidationError(
            "The follow-up delay must be empty or between 1 and {limit} days.",
            limit=MAX_FOLLOWUP_DAYS,
        )
    return value


def _clean(values: dict[str, Any]) -> dict[str, Any]:
    cleaned: dict[str, Any] = {}
    for key, value in values.items():
        if key == "name":
            cleaned[key] = clean_name(value, "type name")
        elif key == "icon":
            cleaned[key] = _clean_icon(value)
        elif key == "color":
            cleaned[key] = _clean_color(value)
        elif key == "default_subject":
            cleaned[key] = _clean_subject(value)
        elif key == "default_duration_min":
            cleaned[key] = _clean_duration(value)
        elif key == "followup_days":
            cleaned[key] = _clean_followup(value)
        else:
            raise ValidationError("Activity types have no field “{field}”.", field=key)
    return cleaned


def _check_name_free(name: str, type_id: int | None = None) -> None:
    """Two activity types must not share a name (compared ignoring case)."""
    for other in all_types():
        if other.id != type_id and other.name.casefold() == name.casefold():
            if other.retired:
                raise ValidationError(
                    "A retired activity type is already called “{name}”: restore it instead.",
                    name=other.name,
                )
            raise ValidationError(
                "There is already an activity type called “{name}”.", name=other.name
            )


def _new_key(name: str) -> str:
    key = re.sub(r"[^a-z0-9]+", "_", name.casefold()).strip("_") or "type"
    taken = {str(k) for (k,) in db.execute_sql("SELECT key FROM activity_type")}
    unique, n = key, 2
    while unique in taken:
        unique, n = f"{key}_{n}", n + 1
    return unique


def _refuse_last_active(found: TypeAdmin) -> None:
    """At least one type must stay active, or nothing could be scheduled."""
    if found.retired:
        return
    others = db.execute_sql(
        "SELECT count(*) FROM activity_type WHERE active = 1 AND id != ?", (found.id,)
    ).fetchone()[0]
    if not others:
        raise ValidationError(
            "“{name}” is the last active activity type; at least one must stay active.",
            name=found.name,
        )


# -- operations -------------------------------------------------------------------------------


def add_type(
    name: str,
    icon: str,
    color: str,
    default_subject: str = "",
    default_duration_min: int = 30,
    followup_days: int | None = None,
) -> Created:
    """Add an active type at the end of the list; its key is derived from its name.

    Returns (id, change)."""
    fields = _clean(
        {
            "name": name,
            "icon": icon,
            "color": color,
            "default_subject": default_subject,
            "default_duration_min": default_duration_min,
            "followup_days": followup_days,
        }
    )
    with write(Kind.SETTINGS) as w:
        _check_name_free(fields["name"])
        position = db.execute_sql(
            "SELECT COALESCE(max(position), -1) + 1 FROM activity_type"
        ).fetchone()[0]
        created = ActivityType.create(
            key=_new_key(fields["name"]), position=position, active=True, **fields
        )
    return Created(int(created.id), w.change)


def update_type(type_id: int, **fields: Any) -> Change:
    """Change any of a type's name, icon, colour (#rrggbb), default subject, default duration
    (0 to 1440 minutes) and default follow-up delay (None, or 1 to 3650 days). Its key stays."""
    cleaned = _clean(fields)
    with write(Kind.SETTINGS) as w:
        _admin(type_id)
        if "name" in cleaned:
            _check_name_free(cleaned["name"], type_id)
        if cleaned:
            ActivityType.update(**cleaned).where(ActivityType.id == type_id).execute()
    return w.change


def move_type(type_id: int, new_position: int) -> Change:
    """Move a type to `new_position` (0 first, clamped to the list) among all types, retired
    ones included, and number their positions 0, 1, 2… in the new order."""
    with write(Kind.SETTINGS) as w:
        _admin(type_id)
        others = [t.id for t in all_types() if t.id != type_id]
        place_at(ActivityType, type_id, others, new_position)
    return w.change


def set_retired(type_id: int, retired: bool) -> Change:
    """Retire a type (not offered any more; its activities keep it) or restore a retired one.
    The last active type cannot be retired."""
    with write(Kind.SETTINGS) as w:
        found = _admin(type_id)
        if retired:
            _refuse_last_active(found)
        ActivityType.update(active=not retired).where(ActivityType.id == type_id).execute()
    return w.change


def remove_new_type(type_id: int) -> tuple[RemovedRow, Change]:
    """Take away a type no activity uses yet (undo of adding it); one in use is refused:
    retire it instead, which keeps its activities."""
    with write(Kind.SETTINGS) as w:
        found = _admin(type_id)
        used = db.execute_sql(
            "SELECT count(*) FROM activity WHERE type_id = ?", (type_id,)
        ).fetchone()[0]
        if used:
            raise ValidationError(
                "Activities of the type “{name}” exist already; retire it instead.",
                name=found.name,
            )
        _refuse_last_active(found)
        removed = take_out("activity_type", type_id)
    return removed, w.change


def restore_type(removed: RemovedRow) -> Change:
    """Put a type taken away by `remove_new_type` back, with its id, key and place."""
    with write(Kind.SETTINGS) as w:
        _check_name_free(str(removed.value("name")))
        try:
            put_back(removed)
        except pw.IntegrityError:
            raise ValidationError("An activity type with this key or id exists again.") from None
    return w.change
