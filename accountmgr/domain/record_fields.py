"""The custom fields of one record with what showing and editing them needs, read together
(one round trip to a team's server instead of five)."""

from __future__ import annotations

from dataclasses import dataclass

from accountmgr.domain.currencies import default_currency_read
from accountmgr.domain.customfields import Entity, FieldDefinition, definitions_read, values_read
from accountmgr.domain.organizations import user_names_read, users_read
from accountmgr.domain.reads import together


@dataclass(frozen=True)
class RecordFields:
    definitions: list[FieldDefinition]  # in display order, retired fields left out
    values: dict[int, str]  # field id -> stored text, of those fields only
    users: list[tuple[int, str]]  # active users (id, name) by name, for a user field's choices
    user_names: dict[int, str]  # every user's name, inactive ones too (a value may name one)
    currency: tuple[str, int]  # the default currency and its exponent (money fields)


def record_fields(entity: Entity, entity_id: int | None) -> RecordFields:
    """The fields of a record (none when `entity_id` is None)."""
    if entity_id is None:
        users, names, currency = together(
            [users_read(), user_names_read(), default_currency_read()]
        )
        return RecordFields([], {}, users, names, currency)
    fields, values, users, names, currency = together(
        [
            definitions_read(entity),
            values_read(entity, entity_id),
            users_read(),
            user_names_read(),
            default_currency_read(),
        ]
    )
    shown = {field.id for field in fields}
    kept = {k: v for k, v in values.items() if k in shown}
    return RecordFields(fields, kept, users, names, currency)
