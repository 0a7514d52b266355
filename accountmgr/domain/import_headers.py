"""Which column of a file gives which field, guessed from the header names (`auto_map`), with
the words of `import_words`: with or without Pipedrive-style "Organization - " prefixes and
qualifiers ("Email - Work", "Phone (mobile)").
"""

from __future__ import annotations

import re

from accountmgr.domain.import_fields import fields_for
from accountmgr.domain.import_words import ENTITY_WORDS, NAME_OF, SYNONYMS, normalize
from accountmgr.domain.transfer import RecordKind

_ENTITY_OF_KIND = {  # the keys of ENTITY_WORDS
    RecordKind.ORGANIZATIONS: "organization",
    RecordKind.PEOPLE: "person",
    RecordKind.DEALS: "deal",
    RecordKind.ACTIVITIES: "activity",
    RecordKind.NOTES: "note",
}
_OWN_NAME = {
    RecordKind.ORGANIZATIONS: "name",
    RecordKind.PEOPLE: "name",
    RecordKind.DEALS: "title",
    RecordKind.ACTIVITIES: "subject",
    RecordKind.NOTES: "content",
}


def _synonyms(kind: RecordKind, key: str) -> frozenset[str]:
    found = SYNONYMS.get(key, frozenset())
    if key == "name":
        return found | NAME_OF.get(kind, frozenset())
    return found


def _split_prefix(header: str) -> list[str]:
    """ "Person - Email - Work" -> ["person", "email", "work"] (normalized parts)."""
    parts = re.split(r"\s+[-\u2013\u2014:]\s+", header)
    return [p for p in (normalize(part) for part in parts) if p]


def _entity_of(word: str) -> str | None:
    for entity, words in ENTITY_WORDS.items():
        if word in words:
            return entity
    return None


def _lookup(kind: RecordKind, text: str, keys: list[str]) -> str | None:
    """The field of `kind` a normalized header text names, by synonyms or entity words."""
    for key in keys:
        if text in _synonyms(kind, key):
            return key
    entity = _entity_of(text)
    if entity == _ENTITY_OF_KIND[kind]:
        return _OWN_NAME[kind]
    if entity in keys:
        return entity
    return None


def _candidate(kind: RecordKind, header: str, keys: list[str], loose: bool) -> str | None:
    parts = _split_prefix(header)
    if not parts:
        return None
    whole = normalize(header)
    if len(parts) == 1:
        found = _lookup(kind, whole, keys)
        if found is None and loose:
            stripped = normalize(re.sub(r"\(.*?\)|\[.*?\]|\d+$", " ", header))
            if stripped and stripped != whole:
                found = _lookup(kind, stripped, keys)
        return found
    entity = _entity_of(parts[0])
    rest = parts[1:]
    if entity is None:  # "Email - Work": the field, then a qualifier
        return _lookup(kind, parts[0], keys) if loose else _lookup(kind, whole, keys)
    tries = [" ".join(rest)] + ([rest[0]] if loose and len(rest) > 1 else [])
    if entity == _ENTITY_OF_KIND[kind]:
        for text in tries:
            found = _lookup(kind, text, keys)
            if found is not None:
                return found
        return None
    # Another entity's column: only its name links a record of it ("Organization - Name").
    if entity in keys and (tries[0] in SYNONYMS["name"] or tries[0] in SYNONYMS["title"]):
        return entity
    return None


def auto_map(kind: RecordKind, headers: list[str]) -> dict[int, str]:
    """Column index -> field key, guessed from the header names; each field used once, except
    fields that take several columns (emails, phones: "Email - Work" and "Email - Home").

    Exact labels and custom field names first, then synonyms in six languages (with or without
    a Pipedrive-style "Organization - " prefix), then looser matches ("Email - Work",
    "Phone (mobile)").
    """
    specs = fields_for(kind)
    keys = [s.key for s in specs if not s.key.startswith("custom:")]
    multiple = {s.key for s in specs if s.multiple}
    labels: dict[str, str] = {}
    for spec in specs:
        labels.setdefault(normalize(spec.label), spec.key)
    mapping: dict[int, str] = {}
    used: set[str] = set()

    def claim(column: int, key: str | None) -> None:
        if key is not None and (key not in used or key in multiple) and column not in mapping:
            mapping[column] = key
            used.add(key)

    for column, header in enumerate(headers):
        claim(column, labels.get(normalize(header)))
    for loose in (False, True):
        for column, header in enumerate(headers):
            if column not in mapping:
                claim(column, _candidate(kind, header, keys, loose))
    return dict(sorted(mapping.items()))
