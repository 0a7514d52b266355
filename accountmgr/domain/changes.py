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
    ALL = "all"


@dataclass(frozen=True)
class Change:
    org_ids: frozenset[int] = field(default_factory=frozenset)
    kinds: frozenset[Kind] = field(default_factory=frozenset)

    def __or__(self, other: Change) -> Change:
        return Change(self.org_ids | other.org_ids, self.kinds | other.kinds)


EVERYTHING = Change(frozenset(), frozenset({Kind.ALL}))
