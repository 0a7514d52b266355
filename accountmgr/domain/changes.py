"""What a domain operation changed, so each view can refresh only what was touched."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Kind(StrEnum):
    ORGANIZATION = "organization"
    PERSON = "person"
    DEAL = "deal"
    ACTIVITY = "activity"
    NOTE = "note"
    FILE = "file"
    CUSTOM_FIELD = "custom_field"
    SETTINGS = "settings"
    VIEW = "view"  # the saved views of the accounts
    ALL = "all"


@dataclass(frozen=True)
class Change:
    org_ids: frozenset[int] = field(default_factory=frozenset)
    kinds: frozenset[Kind] = field(default_factory=frozenset)

    def __or__(self, other: Change) -> Change:
        return Change(self.org_ids | other.org_ids, self.kinds | other.kinds)


EVERYTHING = Change(frozenset(), frozenset({Kind.ALL}))


# --- a change told to the other members of a team ---------------------------------------------

MAX_ANNOUNCED = 7_000  # bytes: PostgreSQL's NOTIFY carries under 8,000
_ANYTHING = "*"


def announced(change: Change | None) -> str:
    """The text a committed change is announced with: `kind,kind;id,id`, or "*" when what
    changed is not known or does not fit (then everything is read again)."""
    if change is None or Kind.ALL in change.kinds or not change.kinds:
        return _ANYTHING
    text = ",".join(sorted(change.kinds)) + ";" + ",".join(map(str, sorted(change.org_ids)))
    return text if len(text) <= MAX_ANNOUNCED else _ANYTHING


def heard(text: str) -> Change:
    """The change an announcement names (EVERYTHING for "*" or a text not understood)."""
    kinds, _, ids = text.partition(";")
    try:
        return Change(
            frozenset(int(i) for i in ids.split(",") if i),
            frozenset(Kind(k) for k in kinds.split(",")),
        )
    except ValueError:
        return EVERYTHING
