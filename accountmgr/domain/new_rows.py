"""New organizations, people, deals, activities and notes queued as rows, with their ids given
beforehand, and inserted with one executemany per table: the way an import and the demo data
write many records at once, inside the caller's transaction."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from accountmgr.store import engine

# In the order foreign keys need: a row's parents are inserted before it.
INSERTS: dict[str, str] = {
    "orgs": "INSERT INTO organization (id, name, address, country, owner_id, label, created_at, "
    "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    "people": "INSERT INTO person (id, name, role, emails, phones, organization_id, created_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?)",
    "deals": "INSERT INTO deal (id, title, value_minor, currency, status, won_time, lost_time, "
    "lost_reason, expected_close, owner_id, organization_id, person_id, created_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "activities": "INSERT INTO activity (id, type_id, subject, due_date, due_time, duration_min, "
    "assignee_id, done, done_time, note, organization_id, person_id, deal_id, created_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "notes": "INSERT INTO note (id, content, pinned, author_id, organization_id, person_id, "
    "deal_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
}


@dataclass
class NewRows:
    """Rows waiting for the next executemany, each a tuple in its INSERTS statement's order."""

    orgs: list[tuple[Any, ...]] = field(default_factory=list)
    people: list[tuple[Any, ...]] = field(default_factory=list)
    deals: list[tuple[Any, ...]] = field(default_factory=list)
    activities: list[tuple[Any, ...]] = field(default_factory=list)
    notes: list[tuple[Any, ...]] = field(default_factory=list)

    def insert(self) -> None:
        """Insert the queued rows, parents first."""
        for name, sql in INSERTS.items():
            rows = getattr(self, name)
            if rows:
                engine.executemany(sql, rows)
