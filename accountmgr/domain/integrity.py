"""The `check` command: SQLite's own integrity checks, then the summaries against live data."""

from __future__ import annotations

from accountmgr.domain import summary
from accountmgr.store.models import db


def problems(limit: int = 20) -> list[str]:
    """Everything wrong with the open database, one line each; empty when all is well."""
    found: list[str] = []
    for (message,) in db.execute_sql("PRAGMA integrity_check"):
        if message != "ok":
            found.append(f"integrity: {message}")
    for table, rowid, parent, _ in db.execute_sql("PRAGMA foreign_key_check"):
        found.append(f"foreign key: {table} row {rowid} points to a missing {parent}")
    if found:
        return found[:limit]  # summaries of a damaged file prove nothing
    found.extend(summary.differences(limit))
    found.extend(summary.search_differences(limit))
    unlinked = db.execute_sql(
        "SELECT count(*) FROM activity a JOIN deal d ON d.id = a.deal_id "
        "WHERE a.organization_id IS NULL AND d.organization_id IS NOT NULL"
    ).fetchone()[0]
    if unlinked:
        found.append(f"{unlinked} activities of deals are not linked to the deal's organization")
    return found[:limit]
