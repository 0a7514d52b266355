"""Static vocabulary for the deterministic demo-data generator, read from `demo_names.json`
beside this module (package data, so it ships in the wheel and the bundle).

The file holds, by key: `countries` (each with its currency, cities as [name, postcode],
streets, company suffixes, first and last names and an address format), the words company
names are made of (`company_words_a` + `company_words_b`), `deal_titles`, `roles`, `labels`,
`lost_reasons`, `activity_subjects` by activity type, `note_texts`, the sales reps (`users`:
[name, email]), documents attached to some customers (`files`: [file name, with {year};
content]) and the account fields of the demo (`fields`: [name, type, options]).

The lists keep their order: the generator picks from them with a seeded random, so the same
seed gives the same data only while the lists stay as they are.
"""

from __future__ import annotations

import json
from importlib.resources import files
from typing import Any, NamedTuple


class Country(NamedTuple):
    """Locale data used to build plausible companies, people and addresses."""

    code: str
    currency: str
    cities: tuple[tuple[str, str], ...]
    streets: tuple[str, ...]
    company_suffixes: tuple[str, ...]
    first_names: tuple[str, ...]
    last_names: tuple[str, ...]
    address_format: str


def _frozen(value: Any) -> Any:
    """JSON's lists as tuples, all the way down (the generator's data is read-only)."""
    if isinstance(value, list):
        return tuple(_frozen(item) for item in value)
    if isinstance(value, dict):
        return {key: _frozen(item) for key, item in value.items()}
    return value


_DATA: dict[str, Any] = _frozen(
    json.loads(files("accountmgr.domain").joinpath("demo_names.json").read_text(encoding="utf-8"))
)

COUNTRIES: tuple[Country, ...] = tuple(Country(**country) for country in _DATA["countries"])
COMPANY_WORDS_A: tuple[str, ...] = _DATA["company_words_a"]
COMPANY_WORDS_B: tuple[str, ...] = _DATA["company_words_b"]
DEAL_TITLES: tuple[str, ...] = _DATA["deal_titles"]
ROLES: tuple[str, ...] = _DATA["roles"]
LABELS: tuple[str, ...] = _DATA["labels"]
LOST_REASONS: tuple[str, ...] = _DATA["lost_reasons"]
ACTIVITY_SUBJECTS: dict[str, tuple[str, ...]] = _DATA["activity_subjects"]
NOTE_TEXTS: tuple[str, ...] = _DATA["note_texts"]
USERS: tuple[tuple[str, str], ...] = _DATA["users"]
DEMO_FILES: tuple[tuple[str, str], ...] = _DATA["files"]
DEMO_FIELDS: tuple[tuple[str, str, tuple[str, ...]], ...] = _DATA["fields"]
