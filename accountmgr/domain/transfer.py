"""What can be moved in and out: kinds of records, file formats and what to do with duplicates.

Kept apart from the importer and the exporter, so that the command line can offer these choices
without loading either.
"""

from __future__ import annotations

IMPORT_KINDS: tuple[str, ...] = ("organizations", "persons", "deals", "activities", "notes")
EXPORT_KINDS: tuple[str, ...] = ("accounts", *IMPORT_KINDS)
FORMATS: tuple[str, ...] = ("csv", "xlsx")
DUPLICATE_CHOICES: tuple[str, ...] = ("skip", "update", "create")
