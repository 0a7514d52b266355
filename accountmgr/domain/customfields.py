"""Custom fields: typed fields a team adds to organizations, persons and deals.

Values are stored as text in a canonical form per type, and validated on the way in.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from accountmgr.domain import summary
from accountmgr.domain.changes import Change, Kind
from accountmgr.domain.errors import ValidationError
from accountmgr.domain.writes import clean_name, clean_text, fetch
from accountmgr.store.models import CustomField, CustomValue, User, db

ENTITIES = ("organization", "person", "deal")
FIELD_TYPES = (
    "text",
    "large_text",
    "number",
    "monetary",
    "date",
    "single_option",
    "multiple_options",
    "user",
    "phone",
    "address",
)
_OPTION_TYPES = ("single_option", "multiple_options")
_PHONE = re.compile(r"^\+?[\d\s().\-/]{3,40}$")


@dataclass(frozen=True)
class FieldDefinition:
    id: int
    entity: str
    key: str
    name: str
    field_type: str
    options: tuple[str, ...]


def definitions(entity: str, *, include_retired: bool = False) -> list[FieldDefinition]:
    """The custom fields of an entity, in their display order."""
    rows = db.execute_sql(
        "SELECT id, entity, key, name, field_type, options FROM custom_field "
        "WHERE entity = ? AND (retired = 0 OR ?) ORDER BY position, id",
        (entity, int(include_retired)),
    )
    return [
        FieldDefinition(i, e, k, n, t, tuple(json.loads(o or "[]"))) for i, e, k, n, t, o in rows
    ]


def create_field(
    entity: str, name: str, field_type: str, options: tuple[str, ...] = ()
) -> FieldDefinition:
    """Add a custom field at the end of the entity's fields."""
    if entity not in ENTITIES:
        raise ValidationError("“{entity}” has no custom fields.", entity=entity)
    if field_type not in FIELD_TYPES:
        raise ValidationError("“{type}” is not a field type.", type=field_type)
    label = clean_name(name, "field name")
    cleaned = tuple(clean_name(o, "option") for o in options)
    if field_type in _OPTION_TYPES and not cleaned:
        raise ValidationError("An option field needs at least one option.")
    key = re.sub(r"[^a-z0-9]+", "_", label.lower()).strip("_") or "field"
    taken = {
        str(k)
        for (k,) in db.execute_sql("SELECT key FROM custom_field WHERE entity = ?", (entity,))
    }
    unique, n = key, 2
    while unique in taken:
        unique, n = f"{key}_{n}", n + 1
    position = db.execute_sql(
        "SELECT COALESCE(max(position), -1) + 1 FROM custom_field WHERE entity = ?", (entity,)
    ).fetchone()[0]
    field = CustomField.create(
        entity=entity,
        key=unique,
        name=label,
        field_type=field_type,
        options=json.dumps(list(cleaned), ensure_ascii=False),
        position=position,
    )
    return FieldDefinition(field.id, entity, unique, label, field_type, cleaned)


def canonical(definition: FieldDefinition, value: Any) -> str | None:
    """The stored text of a value for this field; None clears it. Raises ValidationError."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    kind = definition.field_type
    if kind in ("text", "phone", "address", "large_text"):
        text = clean_text(str(value), definition.name, 10_000 if kind == "large_text" else 1000)
        if kind == "phone" and not _PHONE.match(text.strip()):
            raise ValidationError("“{value}” is not a valid phone number.", value=text)
        return text if kind == "large_text" else " ".join(text.split())
    if kind in ("number", "monetary"):
        text = str(value).strip()
        if "," in text:  # "1,5" or "1,500"? the interface converts the locale's format first
            raise ValidationError(
                "“{value}” is not a number: write it with a decimal point.", value=value
            )
        try:
            number = Decimal(text)
        except InvalidOperation:
            raise ValidationError("“{value}” is not a number.", value=value) from None
        if not number.is_finite():
            raise ValidationError("“{value}” is not a number.", value=value)
        return format(number.normalize(), "f")
    if kind == "date":
        if isinstance(value, dt.date):
            return value.isoformat()
        try:
            return dt.date.fromisoformat(str(value).strip()).isoformat()
        except ValueError:
            raise ValidationError("“{value}” is not a date (YYYY-MM-DD).", value=value) from None
    if kind == "single_option":
        if str(value) not in definition.options:
            raise ValidationError("“{value}” is not one of the options.", value=value)
        return str(value)
    if kind == "multiple_options":
        chosen = value if isinstance(value, (list, tuple)) else str(value).split(",")
        picked = [str(v).strip() for v in chosen if str(v).strip()]
        unknown = [v for v in picked if v not in definition.options]
        if unknown:
            raise ValidationError("“{value}” is not one of the options.", value=unknown[0])
        return json.dumps([o for o in definition.options if o in picked], ensure_ascii=False)
    # user, by id or by name
    text = str(value).strip()
    user = (
        User.get_or_none(User.id == int(text))
        if text.isdigit()
        else User.get_or_none(User.name == text)
    )
    if user is None:
        raise ValidationError("There is no user “{value}”.", value=value)
    return str(user.id)


def _definition(field_id: int) -> FieldDefinition:
    field = fetch(CustomField, field_id, "custom field", ValidationError)
    return FieldDefinition(
        field.id,
        str(field.entity),
        str(field.key),
        str(field.name),
        str(field.field_type),
        tuple(json.loads(str(field.options) or "[]")),
    )


def set_value(field_id: int, entity_id: int, value: Any) -> Change:
    """Set (or, with an empty value, clear) one custom field of one record."""
    definition = _definition(field_id)
    text = canonical(definition, value)
    with db.atomic():
        if text is None:
            CustomValue.delete().where(
                (CustomValue.field == field_id) & (CustomValue.entity_id == entity_id)
            ).execute()
        else:
            db.execute_sql(
                "INSERT INTO custom_value (field_id, entity_id, value) VALUES (?, ?, ?) "
                "ON CONFLICT (field_id, entity_id) DO UPDATE SET value = excluded.value",
                (field_id, entity_id, text),
            )
        if definition.entity == "organization":
            summary.refresh([entity_id], search=False)
            return Change(frozenset({entity_id}), frozenset({Kind.CUSTOM_FIELD}))
    return Change(frozenset(), frozenset({Kind.CUSTOM_FIELD}))


def display_text(definition: FieldDefinition, stored: str, user_names: dict[int, str]) -> str:
    """A stored value as plain text: options joined with commas, users by name."""
    if definition.field_type == "multiple_options":
        return ", ".join(json.loads(stored))
    if definition.field_type == "user":
        return user_names.get(int(stored), stored) if stored.isdigit() else stored
    return stored


def values_of(
    entity: str, entity_ids: list[int], field_ids: list[int]
) -> dict[int, dict[int, str]]:
    """Stored values: entity id -> field id -> text, for the given records and fields."""
    found: dict[int, dict[int, str]] = {}
    if not entity_ids or not field_ids:
        return found
    ids = ",".join("?" * len(entity_ids))
    fields = ",".join("?" * len(field_ids))
    for entity_id, field_id, value in db.execute_sql(
        f"SELECT v.entity_id, v.field_id, v.value FROM custom_value v "
        f"JOIN custom_field f ON f.id = v.field_id "
        f"WHERE f.entity = ? AND v.entity_id IN ({ids}) AND v.field_id IN ({fields})",
        (entity, *entity_ids, *field_ids),
    ):
        found.setdefault(int(entity_id), {})[int(field_id)] = str(value)
    return found
