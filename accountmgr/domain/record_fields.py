"""The custom fields of one record with what showing and editing them needs, read together
(one round trip to a team's server instead of five)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from accountmgr.domain.currencies import default_currency_read
from accountmgr.domain.customfields import Entity, FieldDefinition, definitions_read, values_read
from accountmgr.domain.organizations import user_names_read, users_read
from accountmgr.domain.reads import Read, together


@dataclass(frozen=True)
class RecordFields:
    definitions: list[FieldDefinition]  # in display order, retired fields left out
    values: dict[int, str]  # field id -> stored text, of those fields only
    users: list[tuple[int, str]]  # active users (id, name) by name, for a user field's choices
    user_names: dict[int, str]  # every user's name, inactive ones too (a value may name one)
    currency: tuple[str, int]  # the default currency and its exponent (money fields)


def record_fields(entity: Entity, entity_id: int | None) -> RecordFields:
    """The fields of a record (none when `entity_id` is None)."""
    return fields_from(together(fields_reads(entity, entity_id)))


def fields_reads(entity: Entity, entity_id: int | None) -> list[Read[Any]]:
    """The reads of record_fields, to be read together with others (see fields_from)."""
    common: list[Read[Any]] = [users_read(), user_names_read(), default_currency_read()]
    if entity_id is None:
        return common
    return [*common, definitions_read(entity), values_read(entity, entity_id)]


def fields_from(found: list[Any]) -> RecordFields:
    """The record's fields from what its reads found (see fields_reads)."""
    users, names, currency, *rest = found
    if not rest:
        return RecordFields([], {}, users, names, currency)
    fields, values = rest
    shown = {field.id for field in fields}
    kept = {k: v for k, v in values.items() if k in shown}
    return RecordFields(fields, kept, users, names, currency)
