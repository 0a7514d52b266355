"""What can be moved in and out: kinds of records, file formats and what to do with duplicates.

Kept apart from the importer and the exporter, so that the command line can offer these choices
without loading either.
"""

from __future__ import annotations

from enum import StrEnum


class RecordKind(StrEnum):
    """What the rows of an imported or exported file are; the value is the command line's
    `--kind` and an exported file's default name."""

    ACCOUNTS = "accounts"  # exported only: the organizations with a won deal
    ORGANIZATIONS = "organizations"
    PEOPLE = "people"
    DEALS = "deals"
    ACTIVITIES = "activities"
    NOTES = "notes"


IMPORT_KINDS: tuple[RecordKind, ...] = (
    RecordKind.ORGANIZATIONS,
    RecordKind.PEOPLE,
    RecordKind.DEALS,
    RecordKind.ACTIVITIES,
    RecordKind.NOTES,
)
EXPORT_KINDS: tuple[RecordKind, ...] = (RecordKind.ACCOUNTS, *IMPORT_KINDS)
FORMER_NAMES: dict[str, RecordKind] = {"persons": RecordKind.PEOPLE}
"""Names earlier versions gave a kind, still read from the command line and stored settings."""


def record_kind(name: str) -> RecordKind | None:
    """The kind of this name, or of the name an earlier version gave it; None for no kind."""
    found = FORMER_NAMES.get(name)
    if found is not None:
        return found
    try:
        return RecordKind(name)
    except ValueError:
        return None


class FileFormat(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"


class OnDuplicate(StrEnum):
    """What an import does with a row that matches an existing record."""

    SKIP = "skip"
    UPDATE = "update"
    CREATE = "create"
