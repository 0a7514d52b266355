"""What each kind of record takes from a file: its fields (`fields_for`, custom fields last)
and the limits of what a cell may give them, which the preview and the run both check (through
`import_plan.RowPlan`), and the reference data read from the database for it (currencies,
custom field definitions), once rather than once per row.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from accountmgr.domain import customfields, iso4217
from accountmgr.domain.customfields import Entity
from accountmgr.domain.errors import ValidationError
from accountmgr.domain.transfer import IMPORT_KINDS, RecordKind
from accountmgr.domain.writes import MAX_NAME, MAX_TEXT
from accountmgr.store.models import db

KINDS = IMPORT_KINDS


@dataclass(frozen=True)
class FieldSpec:
    key: str
    label: str
    value_type: str
    required: bool = False
    multiple: bool = False
    """Several columns may give this field ("Email - Work", "Email - Home"): all are kept."""


# The fields of each kind, a table alike by design (data, not code written twice).
_BUILTIN: dict[RecordKind, tuple[FieldSpec, ...]] = {
    RecordKind.ORGANIZATIONS: (
        FieldSpec("name", "Name", "name", True),
        FieldSpec("address", "Address", "text"),
        FieldSpec("country", "Country", "text"),
        FieldSpec("owner", "Owner", "user"),
        FieldSpec("label", "Label", "text"),
    ),
    RecordKind.PEOPLE: (
        FieldSpec("name", "Name", "name", True),
        FieldSpec("organization", "Organization", "name"),
        FieldSpec("role", "Role", "text"),
        FieldSpec("email", "Email", "email", multiple=True),
        FieldSpec("phone", "Phone", "phone", multiple=True),
    ),
    RecordKind.DEALS: (
        FieldSpec("title", "Title", "name", True),
        FieldSpec("organization", "Organization", "name"),
        FieldSpec("person", "Person", "name"),
        FieldSpec("value", "Value", "amount"),
        FieldSpec("currency", "Currency", "currency"),
        FieldSpec("status", "Status", "status"),
        FieldSpec("won_time", "Won time", "datetime"),
        FieldSpec("lost_time", "Lost time", "datetime"),
        FieldSpec("lost_reason", "Lost reason", "text"),
        FieldSpec("expected_close", "Expected close date", "date"),
        FieldSpec("owner", "Owner", "user"),
    ),
    RecordKind.ACTIVITIES: (
        FieldSpec("subject", "Subject", "name", True),
        FieldSpec("type", "Type", "type"),
        FieldSpec("due_date", "Due date", "date", True),
        FieldSpec("due_time", "Due time", "time"),
        FieldSpec("duration", "Duration", "int"),
        FieldSpec("done", "Done", "bool"),
        FieldSpec("done_time", "Done time", "datetime"),
        FieldSpec("organization", "Organization", "name"),
        FieldSpec("person", "Person", "name"),
        FieldSpec("deal", "Deal", "name"),
        FieldSpec("assignee", "Assignee", "user"),
        FieldSpec("note", "Note", "text"),
    ),
    RecordKind.NOTES: (
        FieldSpec("content", "Content", "text", True),
        FieldSpec("organization", "Organization", "name", True),
        FieldSpec("person", "Person", "name"),
        FieldSpec("deal", "Deal", "name"),
        FieldSpec("pinned", "Pinned", "bool"),
        FieldSpec("created_at", "Created at", "datetime"),
    ),
}

CUSTOM_ENTITY: dict[RecordKind, Entity] = {
    RecordKind.ORGANIZATIONS: Entity.ORGANIZATION,
    RecordKind.PEOPLE: Entity.PERSON,
    RecordKind.DEALS: Entity.DEAL,
}

# Limits (characters) of what a file may give; the preview and the run both check them here.
MAX_ADDRESS = 1000
MAX_LIST = 2000  # a person's emails or phones, one per line
MAX_CUSTOM_TEXT = 1000
MAX_CUSTOM_LARGE_TEXT = 10_000

# Text limits per field key (characters); names are limited to MAX_NAME.
TEXT_LIMITS = {
    "address": MAX_ADDRESS,
    "label": MAX_NAME,
    "role": MAX_NAME,
    "lost_reason": MAX_NAME,
    "note": MAX_TEXT,
    "content": MAX_TEXT,
}
MULTILINE = frozenset({"address", "note", "content"})
HTML_FIELDS = frozenset({"note", "content"})  # may be written as HTML
SPECS: dict[RecordKind, dict[str, FieldSpec]] = {
    kind: {spec.key: spec for spec in specs} for kind, specs in _BUILTIN.items()
}


def require_kind(kind: str) -> RecordKind:
    """`kind` as a kind of record that can be imported; raises ValidationError for another."""
    if kind not in KINDS:
        raise ValidationError("“{kind}” is not something that can be imported.", kind=kind)
    return RecordKind(kind)


def fields_for(kind: RecordKind) -> list[FieldSpec]:
    """The fields a kind of record takes, its active custom fields (key "custom:<id>") last."""
    kind = require_kind(kind)
    reload_reference_data()
    specs = list(_BUILTIN[kind])
    entity = CUSTOM_ENTITY.get(kind)
    if entity is not None:
        specs.extend(
            FieldSpec(f"custom:{d.id}", d.name, d.field_type)
            for d in customfields.definitions(entity)
        )
    return specs


# -- reference data from the database, loaded once and on a miss -------------------------------


@dataclass
class _Reference:
    """Currency exponents and custom field definitions, read once per database rather than once
    per row; read again when a row names one not known yet (added since) and when `fields_for`
    is called (before a mapping is made)."""

    source: object = None
    currencies: dict[str, int] = field(default_factory=dict)
    custom: dict[int, customfields.FieldDefinition] = field(default_factory=dict)
    missed: set[object] = field(default_factory=set)

    def _current(self) -> None:
        source = (id(db.obj), getattr(db.obj, "database", None))
        if self.source != source:
            self.reload()
            self.source = source

    def reload(self) -> None:
        self.currencies = {
            str(code).upper(): int(exponent)
            for code, exponent in db.execute_sql("SELECT code, exponent FROM currency")
        }
        self.custom = {
            d.id: d
            for entity in Entity
            for d in customfields.definitions(entity, include_retired=True)
        }
        self.missed = set()

    def miss(self, what: object) -> bool:
        """After a failed look-up: True (having read the data again) the first time."""
        if what in self.missed:
            return False
        self.reload()
        self.missed.add(what)
        return True

    def exponent(self, code: str) -> int | None:
        self._current()
        if code not in self.currencies:
            self.miss(("currency", code))
        return self.currencies.get(code)

    def definition(self, field_id: int) -> customfields.FieldDefinition | None:
        self._current()
        if field_id not in self.custom:
            self.miss(("field", field_id))
        return self.custom.get(field_id)

    def forget(self) -> None:
        self.source = None


reference_data = _Reference()


def reload_reference_data() -> None:
    """Forget the cached currencies and custom field definitions (read again when needed)."""
    reference_data.forget()


def currency_exponent(code: str) -> int | None:
    """The minor-unit exponent of a currency: the database's for one it knows, else ISO 4217's
    (a currency the import will add), else None (not a currency)."""
    known = reference_data.exponent(code)
    if known is not None:
        return known
    return iso4217.exponent(code) if iso4217.is_currency(code) else None
