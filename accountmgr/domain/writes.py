"""One transaction per write, which also brings the touched summary rows up to date."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, NamedTuple, TypeVar

from accountmgr.domain import summary
from accountmgr.domain.changes import Change, Kind
from accountmgr.domain.errors import DomainError, NotFoundError, ValidationError
from accountmgr.domain.transaction import describe, transaction
from accountmgr.store.models import (
    Activity,
    ActivityType,
    BaseModel,
    CustomField,
    Deal,
    Note,
    Person,
    db,
)

M = TypeVar("M", bound=BaseModel)

MAX_NAME = 255
MAX_TEXT = 100_000


_SEARCHED = frozenset({Kind.ORGANIZATION, Kind.PERSON})


class Created(NamedTuple):
    id: int
    change: Change


class Write:
    """Collects the organizations a write touches; their summaries are refreshed on commit."""

    def __init__(self, kind: Kind) -> None:
        self.kind = kind
        self.org_ids: set[int] = set()

    def touch(self, *org_ids: int | None) -> None:
        self.org_ids.update(i for i in org_ids if i is not None)

    @property
    def change(self) -> Change:
        return Change(frozenset(self.org_ids), frozenset({self.kind}))


@contextmanager
def write(kind: Kind) -> Iterator[Write]:
    """Run a write in one transaction; on success its summaries are current when it commits.

    The transaction takes the write lock when it begins (see `transaction`): BusyError or
    DiskFullError when it cannot be written, and then nothing was.
    """
    current = Write(kind)
    with transaction():
        yield current
        # Only names of organizations and people, emails and phones are searched.
        summary.refresh(current.org_ids, search=kind in _SEARCHED)
        describe(current.change)


def fetch(model: type[M], row_id: object, what: str, error: type[DomainError] = NotFoundError) -> M:
    """The row with this id, or `error` saying there is none (NotFoundError for the record an
    operation acts on, ValidationError for a record an input refers to)."""
    found = model.get_or_none(model._meta.primary_key == row_id)
    if found is None:
        raise error("There is no {what} with id {id}.", what=what, id=row_id)
    return found


def place_at(
    model: type[ActivityType | CustomField], moved: int, others: list[int], new_position: int
) -> None:
    """Inside a write: put `moved` at `new_position` among `others` (the rest, in their order)
    and number the positions 0, 1, 2… in that order, writing only the rows whose number changes."""
    order = list(others)
    order.insert(max(0, min(new_position, len(order))), moved)
    for position, other in enumerate(order):
        model.update(position=position).where(
            (model.id == other) & (model.position != position)
        ).execute()


def check_links(org_id: int | None, person_id: int | None, deal_id: int | None) -> None:
    """The person and deal a note or file is linked to exist, and the deal is one of its
    organization's (or of none); a ValidationError otherwise."""
    if person_id is not None:
        fetch(Person, person_id, "person", ValidationError)
    if deal_id is not None:
        deal = fetch(Deal, deal_id, "deal", ValidationError)
        if deal.organization_id not in (None, org_id):
            raise ValidationError("The deal belongs to another organization.")


@dataclass(frozen=True)
class RemovedRow:
    """A row taken out again (undo of adding it: an activity type, a custom field), to put back
    as it was, with its id."""

    table: str
    columns: tuple[str, ...]
    values: tuple[Any, ...]

    def value(self, column: str) -> Any:
        return self.values[self.columns.index(column)]


def take_out(table: str, row_id: int) -> RemovedRow:
    """Inside a write: delete the row with this id, and return it whole for `put_back`."""
    cursor = db.execute_sql(f'SELECT * FROM "{table}" WHERE id = ?', (row_id,))
    removed = RemovedRow(table, tuple(d[0] for d in cursor.description), tuple(cursor.fetchone()))
    db.execute_sql(f'DELETE FROM "{table}" WHERE id = ?', (row_id,))
    return removed


def put_back(removed: RemovedRow) -> None:
    """Inside a write: insert a row `take_out` took out, with its id; peewee's IntegrityError
    when its id or one of its unique values is taken again."""
    names = ", ".join(f'"{c}"' for c in removed.columns)
    marks = ", ".join("?" * len(removed.columns))
    db.execute_sql(f'INSERT INTO "{removed.table}" ({names}) VALUES ({marks})', removed.values)


def delete_one(
    kind: Kind, model: type[Activity | Deal | Note | Person], row_id: int, what: str
) -> Change:
    """Delete the row with this id (an activity, deal, note or person: a record of one
    organization, whose summary follows); NotFoundError when there is none."""
    with write(kind) as w:
        found = fetch(model, row_id, what)
        w.touch(found.organization_id)
        found.delete_instance()
    return w.change


def clean_name(value: str, what: str) -> str:
    """A required single-line name: trimmed, not empty, not oversized."""
    if not isinstance(value, str):
        raise ValidationError("The {what} must be text.", what=what)
    cleaned = " ".join(value.split())
    if not cleaned:
        raise ValidationError("The {what} must not be empty.", what=what)
    return within(cleaned, what, MAX_NAME)


def clean_text(value: str, what: str, limit: int = MAX_TEXT) -> str:
    """Optional free text: kept as typed, but not oversized."""
    if not isinstance(value, str):
        raise ValidationError("The {what} must be text.", what=what)
    return within(value, what, limit)


def within(text: str, what: str, limit: int) -> str:
    """`text` as it is, or ValidationError saying the {what} is too long for `limit`."""
    if len(text) > limit:
        raise ValidationError(
            "The {what} is too long ({length} characters; at most {limit}).",
            what=what,
            length=len(text),
            limit=limit,
        )
    return text


def release_thread_connection() -> None:
    """Close this (worker) thread's own database connection; the next use reopens it."""
    if not db.is_closed():
        db.close()
