"""The `check` command: SQLite's own integrity checks, the summaries against live data, and
the stored copies of attached files."""

from __future__ import annotations

from accountmgr.domain import files, summary
from accountmgr.store import engine
from accountmgr.store.models import db


def problems(limit: int = 20) -> list[str]:
    """Everything wrong with the open database, one line each; empty when all is well."""
    found = engine.storage_problems()
    if found:
        return found[:limit]  # summaries of a damaged file prove nothing
    found.extend(summary.differences(limit))
    found.extend(summary.search_differences(limit))
    for table in ("activity", "note", "attachment"):
        stray = db.execute_sql(
            f"SELECT count(*) FROM {table} x JOIN deal d ON d.id = x.deal_id "
            "WHERE d.organization_id IS NOT NULL AND x.organization_id IS NOT d.organization_id"
        ).fetchone()[0]
        if stray:
            found.append(f"{table}: {stray} rows of deals are not with the deal's organization")
    found.extend(files.missing_copies(limit))
    return found[:limit]
