"""Custom fields: typed fields a team adds to organizations, people and deals.

Values are stored as text in a canonical form per type, and validated on the way in.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any, NamedTuple

import peewee as pw

from accountmgr.domain import summary
from accountmgr.domain.changes import Change, Kind
from accountmgr.domain.errors import DomainError, NotFoundError, ValidationError
from accountmgr.domain.reads import Read
from accountmgr.domain.transaction import transaction
from accountmgr.domain.writes import (
    RemovedRow,
    clean_name,
    clean_text,
    fetch,
    place_at,
    put_back,
    take_out,
    write,
)
from accountmgr.store.models import CustomField, CustomValue, User, db


class Entity(StrEnum):
    """The records that have custom fields; the value is what `custom_field.entity` holds."""

    ORGANIZATION = "organization"
    PERSON = "person"
    DEAL = "deal"


class FieldType(StrEnum):
    """What a custom field holds; the value is what `custom_field.field_type` holds."""

    TEXT = "text"
    LARGE_TEXT = "large_text"
    NUMBER = "number"
    MONETARY = "monetary"
    DATE = "date"
    SINGLE_OPTION = "single_option"
    MULTIPLE_OPTIONS = "multiple_options"
    USER = "user"
    PHONE = "phone"
    ADDRESS = "address"


_OPTION_TYPES = (FieldType.SINGLE_OPTION, FieldType.MULTIPLE_OPTIONS)
NUMERIC_TYPES = (FieldType.NUMBER, FieldType.MONETARY)
_PHONE = re.compile(r"^\+?[\d\s().\-/]{3,40}$")


@dataclass(frozen=True)
class FieldDefinition:
    id: int
    entity: Entity
    key: str
    name: str
    field_type: FieldType
    options: tuple[str, ...]


def entity_of(value: str) -> Entity:
    """`value` as an Entity; raises ValidationError when no such record has custom fields."""
    try:
        return Entity(value)
    except ValueError:
        raise ValidationError("“{entity}” has no custom fields.", entity=value) from None


def field_type_of(value: str) -> FieldType:
    """`value` as a FieldType; raises ValidationError when there is no such type."""
    try:
        return FieldType(value)
    except ValueError:
        raise ValidationError("“{type}” is not a field type.", type=value) from None


def definitions(entity: Entity, *, include_retired: bool = False) -> list[FieldDefinition]:
    """The custom fields of an entity, in their display order."""
    return definitions_read(entity, include_retired=include_retired).run()


def definitions_read(
    entity: Entity, *, include_retired: bool = False
) -> Read[list[FieldDefinition]]:
    return Read(
        "SELECT id, entity, key, name, field_type, options FROM custom_field "
        "WHERE entity = ? AND (retired = 0 OR ? = 1) ORDER BY position, id",
        (entity, int(include_retired)),
        lambda rows: [
            FieldDefinition(i, Entity(e), k, n, FieldType(t), tuple(json.loads(o or "[]")))
            for i, e, k, n, t, o in rows
        ],
    )


def values_read(entity: Entity, entity_id: int) -> Read[dict[int, str]]:
    """The stored values of one record: field id -> text."""
    return Read(
        "SELECT v.field_id, v.value FROM custom_value v JOIN custom_field f ON f.id = v.field_id "
        "WHERE f.entity = ? AND v.entity_id = ?",
        (entity, entity_id),
        lambda rows: {int(field_id): str(value) for field_id, value in rows},
    )


def create_field(
    entity: Entity | str, name: str, field_type: FieldType | str, options: tuple[str, ...] = ()
) -> FieldDefinition:
    """Add a custom field at the end of the entity's fields."""
    entity = entity_of(entity)
    field_type = field_type_of(field_type)
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
    if kind in (FieldType.TEXT, FieldType.PHONE, FieldType.ADDRESS, FieldType.LARGE_TEXT):
        large = kind == FieldType.LARGE_TEXT
        text = clean_text(str(value), definition.name, 10_000 if large else 1000)
        if kind == FieldType.PHONE and not _PHONE.match(text.strip()):
            raise ValidationError("“{value}” is not a valid phone number.", value=text)
        return text if large else " ".join(text.split())
    if kind in NUMERIC_TYPES:
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
    if kind == FieldType.DATE:
        if isinstance(value, dt.date):
            return value.isoformat()
        try:
            return dt.date.fromisoformat(str(value).strip()).isoformat()
        except ValueError:
            raise ValidationError("“{value}” is not a date (YYYY-MM-DD).", value=value) from None
    if kind == FieldType.SINGLE_OPTION:
        if str(value) not in definition.options:
            raise ValidationError("“{value}” is not one of the options.", value=value)
        return str(value)
    if kind == FieldType.MULTIPLE_OPTIONS:
        if isinstance(value, str) and value.lstrip().startswith("["):
            try:  # the stored form, as undo hands it back
                value = [str(v) for v in json.loads(value)]
            except (ValueError, TypeError):
                raise ValidationError("“{value}” is not one of the options.", value=value) from None
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
    return _admin(field_id, ValidationError).definition


def set_value(field_id: int, entity_id: int, value: Any) -> Change:
    """Set (or, with an empty value, clear) one custom field of one record."""
    definition = _definition(field_id)
    text = canonical(definition, value)
    with transaction():
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
        if definition.entity == Entity.ORGANIZATION:
            summary.refresh([entity_id], search=False)
            return Change(frozenset({entity_id}), frozenset({Kind.CUSTOM_FIELD}))
    return Change(frozenset(), frozenset({Kind.CUSTOM_FIELD}))


def display_text(definition: FieldDefinition, stored: str, user_names: dict[int, str]) -> str:
    """A stored value as plain text: options joined with commas, users by name."""
    if definition.field_type == FieldType.MULTIPLE_OPTIONS:
        return ", ".join(json.loads(stored))
    if definition.field_type == FieldType.USER:
        return user_names.get(int(stored), stored) if stored.isdigit() else stored
    return stored


def values_of(
    entity: Entity, entity_ids: list[int], field_ids: list[int]
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


# -- administration: add, rename, reorder, retire and restore fields, edit option lists ---------

CHANGED = Change(frozenset(), frozenset({Kind.CUSTOM_FIELD}))
"""What any change to the field definitions touches: every view showing custom fields."""


@dataclass(frozen=True)
class FieldAdmin(FieldDefinition):
    """A field as the settings dialog shows it: its definition, its place and whether it is
    retired (hidden everywhere, its values kept)."""

    position: int
    retired: bool

    @property
    def has_options(self) -> bool:
        return self.field_type in _OPTION_TYPES

    @property
    def definition(self) -> FieldDefinition:
        return FieldDefinition(
            self.id, self.entity, self.key, self.name, self.field_type, self.options
        )


class AddedField(NamedTuple):
    definition: FieldDefinition
    change: Change


def has_options(field_type: FieldType) -> bool:
    """Whether fields of this type choose from a list of options."""
    return field_type in _OPTION_TYPES


def all_definitions(entity: Entity) -> list[FieldAdmin]:
    """Every custom field of an entity, retired ones included, in display order."""
    rows = db.execute_sql(
        "SELECT id, entity, key, name, field_type, options, position, retired FROM custom_field "
        "WHERE entity = ? ORDER BY position, id",
        (entity,),
    )
    return [
        FieldAdmin(
            int(i), Entity(e), k, n, FieldType(t), tuple(json.loads(o or "[]")), int(p), bool(r)
        )
        for i, e, k, n, t, o, p, r in rows
    ]


def _admin(field_id: int, error: type[DomainError] = NotFoundError) -> FieldAdmin:
    field = fetch(CustomField, field_id, "custom field", error)
    return FieldAdmin(
        field.id,
        Entity(field.entity),
        str(field.key),
        str(field.name),
        FieldType(field.field_type),
        tuple(json.loads(str(field.options) or "[]")),
        int(field.position),
        bool(field.retired),
    )


def _check_name_free(entity: Entity, name: str, field_id: int | None = None) -> None:
    """Two fields of one entity must not share a name (compared ignoring case)."""
    for other in all_definitions(entity):
        if other.id != field_id and other.name.casefold() == name.casefold():
            if other.retired:
                raise ValidationError(
                    "A retired field is already called “{name}”: restore it instead.",
                    name=other.name,
                )
            raise ValidationError("There is already a field called “{name}”.", name=other.name)


def _clean_options(options: tuple[str, ...]) -> tuple[str, ...]:
    cleaned = tuple(clean_name(o, "option") for o in options)
    if not cleaned:
        raise ValidationError("An option field needs at least one option.")
    seen: set[str] = set()
    for option in cleaned:
        if option.casefold() in seen:
            raise ValidationError("The option “{option}” is listed twice.", option=option)
        seen.add(option.casefold())
    return cleaned


def add_field(
    entity: Entity | str, name: str, field_type: FieldType | str, options: tuple[str, ...] = ()
) -> AddedField:
    """Add a field at the end of the entity's fields, as `create_field` does, in one write that
    also refuses a name already taken and duplicate options. Non-option types take no options."""
    entity, field_type = entity_of(entity), field_type_of(field_type)
    label = clean_name(name, "field name")
    cleaned = _clean_options(options) if field_type in _OPTION_TYPES else ()
    with write(Kind.CUSTOM_FIELD) as w:
        _check_name_free(entity, label)
        definition = create_field(entity, label, field_type, cleaned)
    return AddedField(definition, w.change)


# Parallel to activity_types.remove_new_type: each refuses what is in use in its own way.
def remove_new_field(field_id: int) -> tuple[RemovedRow, Change]:
    """Take away a field that holds no value yet (undo of adding it); one with values is
    refused: retire it instead, which keeps them."""
    with write(Kind.CUSTOM_FIELD) as w:
        field = _admin(field_id)
        used = db.execute_sql(
            "SELECT count(*) FROM custom_value WHERE field_id = ?", (field_id,)
        ).fetchone()[0]
        if used:
            raise ValidationError(
                "The field “{name}” already holds values; retire it instead.", name=field.name
            )
        removed = take_out("custom_field", field_id)
    return removed, w.change


def restore_field(removed: RemovedRow) -> Change:
    """Put a field taken away by `remove_new_field` back, with its id, name and place."""
    with write(Kind.CUSTOM_FIELD) as w:
        try:
            put_back(removed)
        except pw.IntegrityError:
            raise ValidationError("A field with this name or id exists again.") from None
    return w.change


def rename_field(field_id: int, name: str) -> Change:
    """Give a field another name; its key, and so its values, stay."""
    label = clean_name(name, "field name")
    with write(Kind.CUSTOM_FIELD) as w:
        field = _admin(field_id)
        _check_name_free(field.entity, label, field_id)
        CustomField.update(name=label).where(CustomField.id == field_id).execute()
    return w.change


def move_field(field_id: int, new_position: int) -> Change:
    """Move a field to `new_position` (0 first, clamped to the list) among all of its entity's
    fields, retired ones included, and number their positions 0, 1, 2… in the new order."""
    with write(Kind.CUSTOM_FIELD) as w:
        field = _admin(field_id)
        others = [f.id for f in all_definitions(field.entity) if f.id != field_id]
        place_at(CustomField, field_id, others, new_position)
    return w.change


def set_retired(field_id: int, retired: bool) -> Change:
    """Retire a field (hidden everywhere, its values kept) or bring a retired one back."""
    with write(Kind.CUSTOM_FIELD) as w:
        _admin(field_id)
        CustomField.update(retired=retired).where(CustomField.id == field_id).execute()
    return w.change


def option_use(field_id: int, option: str) -> int:
    """How many records hold this option in this field."""
    field = _admin(field_id)
    if field.field_type == FieldType.SINGLE_OPTION:
        sql = "SELECT count(*) FROM custom_value WHERE field_id = ? AND value = ?"
    else:
        sql = (
            "SELECT count(*) FROM custom_value v WHERE v.field_id = ? AND EXISTS "
            "(SELECT 1 FROM json_each(v.value) j WHERE j.value = ?)"
        )
    return int(db.execute_sql(sql, (field_id, option)).fetchone()[0])


def set_options(field_id: int, options: tuple[str, ...]) -> Change:
    """Replace the option list of an option field: add, reorder and remove options. An option
    that a record still holds cannot be removed."""
    with write(Kind.CUSTOM_FIELD) as w:
        field = _admin(field_id)
        if not field.has_options:
            raise ValidationError("The field “{name}” has no options.", name=field.name)
        cleaned = _clean_options(options)
        for removed in (o for o in field.options if o not in cleaned):
            used = option_use(field_id, removed)
            if used == 1:
                raise ValidationError(
                    "The option “{option}” cannot be removed: one record uses it. "
                    "Choose another value for it first.",
                    option=removed,
                )
            if used:
                raise ValidationError(
                    "The option “{option}” cannot be removed: {count} records use it. "
                    "Choose another value for them first.",
                    option=removed,
                    count=used,
                )
        CustomField.update(options=json.dumps(list(cleaned), ensure_ascii=False)).where(
            CustomField.id == field_id
        ).execute()
        if field.field_type == FieldType.MULTIPLE_OPTIONS and field.options != cleaned:
            _reorder_chosen(field_id, cleaned)
    return w.change


def _reorder_chosen(field_id: int, options: tuple[str, ...]) -> None:
    """Stored choices of a multiple-options field follow the order of its options."""
    rank = {option: n for n, option in enumerate(options)}
    updates = []
    for value_id, stored in db.execute_sql(
        "SELECT id, value FROM custom_value WHERE field_id = ?", (field_id,)
    ).fetchall():
        chosen = json.loads(stored)
        ordered = sorted(chosen, key=lambda o: rank.get(o, len(rank)))
        if ordered != chosen:
            updates.append((json.dumps(ordered, ensure_ascii=False), value_id))
    for text, value_id in updates:
        db.execute_sql("UPDATE custom_value SET value = ? WHERE id = ?", (text, value_id))
