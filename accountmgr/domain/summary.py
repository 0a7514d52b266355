"""The per-organization summary row and search text, kept current with every write.

`refresh()` recomputes the rows of the organizations a write touched, inside that write's
transaction; `rebuild()` recomputes all of them (after bulk loads); `differences()` compares the
stored rows with a live recomputation.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from accountmgr.store.models import db

COLUMNS: tuple[str, ...] = (
    "org_id",
    "name",
    "owner_id",
    "label",
    "won_count",
    "won_value",
    "open_count",
    "open_value",
    "lost_count",
    "people_count",
    "last_done",
    "next_activity_id",
    "next_due",
    "next_due_time",
    "next_type_id",
    "next_subject",
    "account_since",
)

# Each deal converted to default-currency minor units and rounded: exact for every amount the
# domain accepts (values < 10**13, totals < 2**53); plain integer products could overflow int64.
_CONVERTED = "ROUND(d.value_minor * (CAST(c.conv_num AS REAL) / c.conv_den))"

# The live recomputation; `{where}` restricts it to some organizations.
_LIVE_SELECT = f"""
SELECT o.id, o.name, o.owner_id, o.label,
  (SELECT count(*) FROM deal d WHERE d.organization_id = o.id AND d.status = 'won'),
  (SELECT CAST(COALESCE(sum({_CONVERTED}), 0) AS INTEGER) FROM deal d
     JOIN currency c ON c.code = d.currency WHERE d.organization_id = o.id AND d.status = 'won'),
  (SELECT count(*) FROM deal d WHERE d.organization_id = o.id AND d.status = 'open'),
  (SELECT CAST(COALESCE(sum({_CONVERTED}), 0) AS INTEGER) FROM deal d
     JOIN currency c ON c.code = d.currency WHERE d.organization_id = o.id AND d.status = 'open'),
  (SELECT count(*) FROM deal d WHERE d.organization_id = o.id AND d.status = 'lost'),
  (SELECT count(*) FROM person p WHERE p.organization_id = o.id),
  (SELECT max(a.done_time) FROM activity a WHERE a.organization_id = o.id AND a.done = 1),
  na.id, na.due_date, na.due_time, na.type_id, na.subject,
  (SELECT min(d.won_time) FROM deal d WHERE d.organization_id = o.id AND d.status = 'won')
FROM organization o
LEFT JOIN activity na ON na.id = (
  SELECT a.id FROM activity a WHERE a.organization_id = o.id AND a.done = 0
  ORDER BY a.due_date, a.due_time IS NOT NULL, a.due_time, a.id LIMIT 1)
{{where}}
"""

_SEARCH_SELECT = """
SELECT o.id, o.name || char(10) || COALESCE((
  SELECT group_concat(p.name || char(10) || p.emails || char(10) || p.phones, char(10))
  FROM person p WHERE p.organization_id = o.id), '')
FROM organization o {where}
"""

_CHUNK = 500  # stays under SQLite's bound-parameter limit


def _chunks(ids: Sequence[int]) -> Iterable[Sequence[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


def refresh(org_ids: Iterable[int | None], *, search: bool = True) -> None:
    """Bring the summary rows (and, with `search`, the search text) of these organizations up
    to date.

    Call inside the write's transaction. Rows of deleted organizations go with them (foreign key
    cascade); their search text is removed here.
    """
    ids = sorted({i for i in org_ids if i is not None})
    insert = f"INSERT OR REPLACE INTO org_summary ({', '.join(COLUMNS)}) "
    for chunk in _chunks(ids):
        marks = ", ".join("?" * len(chunk))
        where = f"WHERE o.id IN ({marks})"
        db.execute_sql(insert + _LIVE_SELECT.format(where=where), chunk)
        if not search:
            continue
        db.execute_sql(f"DELETE FROM org_search WHERE rowid IN ({marks})", chunk)
        db.execute_sql(
            "INSERT INTO org_search(rowid, body) " + _SEARCH_SELECT.format(where=where), chunk
        )


def rebuild(*, search: bool = True) -> None:
    """Recompute every summary row (and the search index) from scratch, in one transaction."""
    with db.atomic():
        db.execute_sql("DELETE FROM org_summary")
        db.execute_sql(
            f"INSERT INTO org_summary ({', '.join(COLUMNS)}) " + _LIVE_SELECT.format(where="")
        )
        if not search:
            return
        db.execute_sql("DELETE FROM org_search")
        db.execute_sql("INSERT INTO org_search(rowid, body) " + _SEARCH_SELECT.format(where=""))


def differences(limit: int = 20) -> list[str]:
    """Where stored summary rows differ from a live recomputation; empty when consistent."""
    stored: dict[int, tuple[Any, ...]] = {
        row[0]: tuple(row)
        for row in db.execute_sql(f"SELECT {', '.join(COLUMNS)} FROM org_summary")
    }
    problems: list[str] = []
    seen: set[int] = set()
    for live_row in db.execute_sql(_LIVE_SELECT.format(where="")):
        live = tuple(live_row)
        org_id = live[0]
        seen.add(org_id)
        row = stored.get(org_id)
        if row is None:
            problems.append(f"organization {org_id}: summary row missing")
        elif row != live:
            for column, have, want in zip(COLUMNS, row, live, strict=True):
                if have != want:
                    problems.append(
                        f"organization {org_id}: summary {column} is {have!r}, should be {want!r}"
                    )
        if len(problems) >= limit:
            return problems[:limit]
    problems.extend(
        f"summary row {org_id} has no organization" for org_id in sorted(stored.keys() - seen)
    )
    return problems[:limit]


def search_differences(limit: int = 20) -> list[str]:
    """Organizations whose search text differs from their current names, emails and phones."""
    stored = dict(db.execute_sql("SELECT rowid, body FROM org_search"))
    problems = [
        f"organization {org_id}: search text is out of date"
        for org_id, body in db.execute_sql(_SEARCH_SELECT.format(where=""))
        if stored.pop(org_id, None) != body
    ]
    problems.extend(f"search text {org_id} has no organization" for org_id in sorted(stored))
    return problems[:limit]
