"""Views of the accounts as people keep them: the search and the filters (AccountFilter), the
columns shown and their order, the sort.

- The window remembers the search and filters between starts (`filter_to_json`).
- A **saved view** has a name and is stored in the database, so that a team shares it; one
  private to a user (`owner_id`) is listed for that user alone. Views keep the order people
  give them. Built-in views (My accounts, Nothing planned, Overdue, Not contacted in 90 days)
  are not stored: every database has them.

Reading is forgiving: a field that is missing, of the wrong type or out of range takes its
default, so a view written by another version, or edited by hand, still opens (showing more
accounts, never fewer than it says).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from accountmgr.domain import renewal
from accountmgr.domain.account_list import AccountFilter
from accountmgr.domain.buckets import Bucket
from accountmgr.domain.changes import Change, Kind
from accountmgr.domain.errors import NotFoundError, ValidationError
from accountmgr.domain.transaction import describe, transaction
from accountmgr.store.models import SavedView as Row
from accountmgr.store.models import User

MAX_DAYS = 3650  # the filter bar's limit for "not contacted in"


def filter_to_json(flt: AccountFilter) -> str:
    fields = dataclasses.asdict(flt)
    del fields["chosen"], fields["chosen_title"]  # a pick of the moment, not a filter to keep
    fields["bucket"] = flt.bucket.value if flt.bucket is not None else None
    return json.dumps(fields, ensure_ascii=False, sort_keys=True)


def _days(value: Any) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    return value if 0 < value <= MAX_DAYS else None


def filter_from_json(text: str) -> AccountFilter:
    """The filter `text` says; its default (every account) for what it does not say well."""
    try:
        fields = json.loads(text)
    except (TypeError, ValueError):
        return AccountFilter()
    if not isinstance(fields, dict):
        return AccountFilter()
    search = fields.get("search")
    owner = fields.get("owner_id")
    label = fields.get("label")
    bucket = fields.get("bucket")
    accounts_only = fields.get("accounts_only")
    return AccountFilter(
        search=search.strip() if isinstance(search, str) else "",
        owner_id=owner if isinstance(owner, int) and not isinstance(owner, bool) else None,
        label=label if isinstance(label, str) and label else None,
        bucket=Bucket(bucket) if bucket in {b.value for b in Bucket} else None,
        not_contacted_days=_days(fields.get("not_contacted_days")),
        contacted_days=_days(fields.get("contacted_days")),
        renews_within_days=_days(fields.get("renews_within_days")),
        accounts_only=accounts_only if isinstance(accounts_only, bool) else True,
    )


MAX_NAME = 80
CHANGED = Change(frozenset(), frozenset({Kind.VIEW}))


@dataclass(frozen=True)
class ViewDefinition:
    """What a view shows: the filter, the columns (their keys, left to right; None: as they
    are) and the sort (a column's key and its direction; None: as it is)."""

    filter: AccountFilter = dataclasses.field(default_factory=AccountFilter)
    columns: tuple[str, ...] | None = None
    sort_key: str | None = None
    descending: bool = False


@dataclass(frozen=True)
class SavedView:
    id: int
    name: str
    owner_id: int | None  # None: the team's; else private to that user
    position: int
    definition: ViewDefinition


# The views every database has, by key (the window names them): "me" is the person's own id.
BUILT_IN: dict[str, dict[str, Any]] = {
    "mine": {"owner_id": "me"},
    "nothing_planned": {"bucket": Bucket.NO_ACTIVITY},
    "overdue": {"bucket": Bucket.OVERDUE},
    "not_contacted_90": {"not_contacted_days": 90},
    "renewal_60": {"renews_within_days": renewal.RENEWAL_DAYS},  # with a renewal date field
}


def built_in(key: str, me: int | None) -> ViewDefinition | None:
    """The built-in view `key` for the user `me` (None for My accounts without a user)."""
    fields = BUILT_IN.get(key)
    if fields is None:
        return None
    if fields.get("owner_id") == "me":
        return None if me is None else ViewDefinition(AccountFilter(owner_id=me))
    if "renews_within_days" in fields and renewal.renewal_field() is None:
        return None
    return ViewDefinition(AccountFilter(**fields))


def definition_to_json(view: ViewDefinition) -> str:
    return json.dumps(
        {
            "filter": json.loads(filter_to_json(view.filter)),
            "columns": list(view.columns) if view.columns is not None else None,
            "sort": view.sort_key,
            "descending": view.descending,
        },
        ensure_ascii=False,
        sort_keys=True,
    )


def definition_from_json(text: str) -> ViewDefinition:
    try:
        fields = json.loads(text)
    except (TypeError, ValueError):
        return ViewDefinition()
    if not isinstance(fields, dict):
        return ViewDefinition()
    columns = fields.get("columns")
    keys = tuple(c for c in columns if isinstance(c, str)) if isinstance(columns, list) else None
    sort = fields.get("sort")
    return ViewDefinition(
        filter=filter_from_json(json.dumps(fields.get("filter"))),
        columns=keys or None,
        sort_key=sort if isinstance(sort, str) and sort else None,
        descending=fields.get("descending") is True,
    )


def _name(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise ValidationError("A view needs a name.")
    if len(cleaned) > MAX_NAME:
        raise ValidationError("A view's name has at most {limit} characters.", limit=MAX_NAME)
    return cleaned


def _of(row: Row) -> SavedView:
    return SavedView(
        id=int(row.id),
        name=str(row.name),
        owner_id=row.owner_id,
        position=int(row.position),
        definition=definition_from_json(str(row.definition)),
    )


def _visible(me: int | None) -> Any:
    return Row.owner.is_null() if me is None else (Row.owner.is_null() | (Row.owner == me))


def views(me: int | None) -> list[SavedView]:
    """The team's views and those private to `me`, in the order people gave them."""
    rows = Row.select().where(_visible(me)).order_by(Row.position, Row.id)
    return [_of(row) for row in rows]


def _row(view_id: int) -> Row:
    row = Row.get_or_none(Row.id == view_id)
    if row is None:
        raise NotFoundError("That view was deleted meanwhile.")
    return row


def save(name: str, definition: ViewDefinition, *, private_for: int | None = None) -> SavedView:
    """A new view, last in the list; `private_for`: the user it is listed for alone."""
    cleaned = _name(name)
    with transaction():
        if private_for is not None and User.get_or_none(User.id == private_for) is None:
            raise ValidationError("There is no user “{value}”.", value=private_for)
        last = Row.select(Row.position).order_by(Row.position.desc()).limit(1).scalar()
        row = Row.create(
            name=cleaned,
            owner=private_for,
            position=(last or 0) + 1,
            definition=definition_to_json(definition),
        )
        describe(CHANGED)
    return _of(row)


def update(view_id: int, definition: ViewDefinition) -> Change:
    """The view `view_id` now shows `definition` (what is on screen)."""
    with transaction():
        row = _row(view_id)
        row.definition = definition_to_json(definition)
        row.updated_at = dt.datetime.now().replace(microsecond=0)
        row.save()
        describe(CHANGED)
    return CHANGED


def rename(view_id: int, name: str) -> Change:
    cleaned = _name(name)
    with transaction():
        row = _row(view_id)
        row.name = cleaned
        row.save()
        describe(CHANGED)
    return CHANGED


def delete(view_id: int) -> tuple[SavedView, Change]:
    """Delete a view; returns it, for `restore` (undo)."""
    with transaction():
        gone = _of(_row(view_id))
        Row.delete().where(Row.id == view_id).execute()
        describe(CHANGED)
    return gone, CHANGED


def restore(view: SavedView) -> Change:
    """Put a deleted view back, with its id, place and owner."""
    with transaction():
        Row.insert(
            id=view.id,
            name=view.name,
            owner=view.owner_id,
            position=view.position,
            definition=definition_to_json(view.definition),
        ).execute()
        describe(CHANGED)
    return CHANGED


def move(view_id: int, steps: int, me: int | None) -> Change:
    """Move a view up (steps < 0) or down the list `me` sees; the others keep their order."""
    with transaction():
        listed = [v.id for v in views(me)]
        if view_id not in listed:
            raise NotFoundError("That view was deleted meanwhile.")
        old = listed.index(view_id)
        new = min(max(old + steps, 0), len(listed) - 1)
        listed.insert(new, listed.pop(old))
        for position, each in enumerate(listed, start=1):
            Row.update(position=position).where(Row.id == each).execute()
        describe(CHANGED)
    return CHANGED
