"""The renewal date: one date field of organizations, marked as the date each contract renews
(Settings ▸ Custom fields…). The built-in view "Renewal in the next 60 days" lists the accounts
whose renewal falls in that time; it is offered only while a field is marked.

The mark is a database setting, so a team shares it; the list's filter reads it in its own
query (`RENEWAL_CLAUSE`), so a field marked or unmarked meanwhile is followed at once.
"""

from __future__ import annotations

import datetime as dt

from accountmgr.domain.changes import Change, Kind
from accountmgr.domain.customfields import Entity, FieldType
from accountmgr.domain.errors import ValidationError
from accountmgr.domain.transaction import transaction
from accountmgr.store.models import db

KEY = "renewal_field"
RENEWAL_DAYS = 60  # the built-in view's

# The organizations whose marked renewal date falls between two dates (the two parameters).
RENEWAL_CLAUSE = (
    "s.org_id IN (SELECT cv.entity_id FROM custom_value cv "
    f"JOIN setting st ON st.key = '{KEY}' AND cv.field_id = CAST(st.value AS INTEGER) "
    "JOIN custom_field cf ON cf.id = cv.field_id AND cf.retired = 0 "
    "WHERE cv.value >= ? AND cv.value <= ?)"
)


def renewal_field() -> int | None:
    """The id of the field marked as the renewal date (None: none, or it was retired)."""
    row = db.execute_sql(
        "SELECT cf.id FROM setting st JOIN custom_field cf ON cf.id = CAST(st.value AS INTEGER) "
        "WHERE st.key = ? AND cf.retired = 0",
        (KEY,),
    ).fetchone()
    return None if row is None else int(row[0])


def set_renewal_field(field_id: int | None) -> Change:
    """Mark the organizations' date field `field_id` as the renewal date (None: no field)."""
    with transaction():
        if field_id is not None:
            row = db.execute_sql(
                "SELECT entity, field_type FROM custom_field WHERE id = ?", (field_id,)
            ).fetchone()
            if row is None or (row[0], row[1]) != (Entity.ORGANIZATION, FieldType.DATE):
                raise ValidationError("Only a date field of organizations can be the renewal date.")
        db.execute_sql("DELETE FROM setting WHERE key = ?", (KEY,))
        if field_id is not None:
            db.execute_sql("INSERT INTO setting (key, value) VALUES (?, ?)", (KEY, str(field_id)))
    return Change(kinds=frozenset({Kind.CUSTOM_FIELD, Kind.SETTINGS}))


def window(today: dt.date, days: int) -> tuple[str, str]:
    """The parameters of RENEWAL_CLAUSE: from today to `days` days later, both included."""
    return today.isoformat(), (today + dt.timedelta(days=days)).isoformat()
