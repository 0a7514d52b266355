"""The per-organization summary row and search text, kept current with every write.

`refresh()` recomputes the rows of the organizations a write touched, inside that write's
transaction; `rebuild()` recomputes all of them (after bulk loads); `differences()` compares the
stored rows with a live recomputation.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from accountmgr.domain.transaction import transaction
from accountmgr.store import engine
from accountmgr.store.models import db

# What a kind of change can alter; `rebuild(parts=...)` recomputes only these columns.
PARTS: dict[str, tuple[str, ...]] = {
    "organization": ("name", "owner_id", "label"),
    "deals": (
        "won_count",
        "won_value",
        "open_count",
        "open_value",
        "lost_count",
        "account_since",
        "won_unpriced",
    ),
    "people": ("people_count",),
    "activities": (
        "last_done",
        "next_activity_id",
        "next_due",
        "next_due_time",
        "next_type_id",
        "next_subject",
    ),
}

# Every column of the summary: the organization's id, then each part's.
COLUMNS: tuple[str, ...] = ("org_id", *(column for part in PARTS.values() for column in part))

# Each deal converted to default-currency minor units and rounded: exact for every amount the
# domain accepts (values < 10**13, totals < 2**53); plain integer products could overflow int64.
# A currency without a rate yet (rate_micros 0, conv_num 0) adds nothing: its won deals are
# counted in won_unpriced instead, so that a total is never silently wrong.
CONVERTED = "ROUND(d.value_minor * (CAST(c.conv_num AS REAL) / c.conv_den))"


def _deal_count(status: str) -> str:
    return f"(SELECT count(*) FROM deal d WHERE d.organization_id = o.id AND d.status = '{status}')"


def _deal_value(status: str) -> str:
    return f"""(SELECT CAST(COALESCE(sum({CONVERTED}), 0) AS INTEGER) FROM deal d
     JOIN currency c ON c.code = d.currency
     WHERE d.organization_id = o.id AND d.status = '{status}')"""


# The live recomputation, one expression per column.
_EXPRESSIONS: dict[str, str] = {
    "org_id": "o.id",
    "name": "o.name",
    "owner_id": "o.owner_id",
    "label": "o.label",
    "won_count": _deal_count("won"),
    "won_value": _deal_value("won"),
    "open_count": _deal_count("open"),
    "open_value": _deal_value("open"),
    "lost_count": _deal_count("lost"),
    "people_count": "(SELECT count(*) FROM person p WHERE p.organization_id = o.id)",
    "last_done": "(SELECT max(a.done_time) FROM activity a "
    "WHERE a.organization_id = o.id AND a.done = 1)",
    "next_activity_id": "na.id",
    "next_due": "na.due_date",
    "next_due_time": "na.due_time",
    "next_type_id": "na.type_id",
    "next_subject": "na.subject",
    "account_since": "(SELECT min(d.won_time) FROM deal d "
    "WHERE d.organization_id = o.id AND d.status = 'won')",
    "won_unpriced": "(SELECT count(*) FROM deal d JOIN currency c ON c.code = d.currency "
    "WHERE d.organization_id = o.id AND d.status = 'won' AND c.rate_micros = 0)",
}
_NEXT_ACTIVITY = """LEFT JOIN activity na ON na.id = (
  SELECT a.id FROM activity a WHERE a.organization_id = o.id AND a.done = 0
  ORDER BY a.due_date, a.due_time IS NOT NULL, a.due_time, a.id LIMIT 1)"""


def _live_select(columns: Sequence[str], where: str = "") -> str:
    """The live values of these columns, one row per organization (`where` restricts it)."""
    join = _NEXT_ACTIVITY if any(c.startswith("next_") for c in columns) else ""
    values = ",\n  ".join(f"{_EXPRESSIONS[c]} AS {c}" for c in columns)
    return f"SELECT {values}\nFROM organization o\n{join}\n{where}"


# The live recomputation of whole rows; `{where}` restricts it to some organizations.
_LIVE_SELECT = _live_select(COLUMNS, "{where}")

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
        if search:
            _refresh_search(chunk)


def refresh_search(org_ids: Iterable[int | None]) -> None:
    """Bring the search text of these organizations up to date (inside the write's
    transaction); after many, compact the index (see compact_search)."""
    ids = sorted({i for i in org_ids if i is not None})
    for chunk in _chunks(ids):
        _refresh_search(chunk)
    if len(ids) >= COMPACT_AFTER:
        compact_search()


def _refresh_search(chunk: Sequence[int]) -> None:
    """Rewrite the search text of those organizations whose text changed (a new name, a
    person's email...), and only theirs: every write to the full-text index may set off a
    merge of its segments, 230-330 ms at 100,000 organizations, which a label, an owner or a
    deal has no reason to pay."""
    marks = ", ".join("?" * len(chunk))
    wanted = dict(db.execute_sql(_SEARCH_SELECT.format(where=f"WHERE o.id IN ({marks})"), chunk))
    have = dict(
        db.execute_sql(f"SELECT rowid, body FROM org_search WHERE rowid IN ({marks})", chunk)
    )
    stale = [org_id for org_id in chunk if wanted.get(org_id) != have.get(org_id)]
    gone = [org_id for org_id in stale if org_id in have]
    if gone:
        db.execute_sql(
            f"DELETE FROM org_search WHERE rowid IN ({', '.join('?' * len(gone))})", gone
        )
    for org_id in stale:
        if org_id in wanted:
            db.execute_sql(
                "INSERT INTO org_search(rowid, body) VALUES (?, ?)", (org_id, wanted[org_id])
            )


def rebuild(*, search: bool = True, parts: Iterable[str] | None = None) -> None:
    """Recompute every summary row (and, with `search`, the search index), in one transaction.

    With `parts` (keys of PARTS), only those columns are recomputed, and written only where
    they changed, for a bulk change known to alter nothing else; rows missing for new
    organizations are added whole. Much faster than rewriting every row and index entry.
    """
    with transaction():
        if parts is None:
            db.execute_sql("DELETE FROM org_summary")
            db.execute_sql(
                f"INSERT INTO org_summary ({', '.join(COLUMNS)}) " + _live_select(COLUMNS)
            )
        else:
            _update_parts([c for part in sorted(set(parts)) for c in PARTS[part]])
        if search:
            rebuild_search()
        engine.refresh_statistics()


# What an exchange rate alters: the converted values, and whether won deals are unpriced.
_RATE_COLUMNS = ("won_value", "open_value", "won_unpriced")


def refresh_currency(code: str) -> None:
    """Bring up to date, after a change of this currency's exchange rate (inside its
    transaction), the summary columns that depend on it, in one statement and only for the
    organizations with won or open deals in it: the others' totals do not move."""
    _refresh_converted("AND currency = ?", (code,))


def refresh_rates() -> None:
    """Bring up to date, after a change of the default currency (inside its transaction), the
    converted columns of every organization with won or open deals."""
    _refresh_converted("", ())


def _refresh_converted(condition: str, params: tuple[str, ...]) -> None:
    where = (
        "WHERE o.id IN (SELECT organization_id FROM deal "
        f"WHERE status IN ('won', 'open') {condition})"
    )
    sets = ", ".join(f"{c} = live.{c}" for c in _RATE_COLUMNS)
    db.execute_sql(
        f"UPDATE org_summary SET {sets} FROM ({_live_select(('org_id', *_RATE_COLUMNS), where)})"
        " AS live WHERE live.org_id = org_summary.org_id",
        params,
    )


def rebuild_search() -> None:
    """Recompute the search text of every organization."""
    with transaction():
        db.execute_sql("DELETE FROM org_search")
        db.execute_sql("INSERT INTO org_search(rowid, body) " + _SEARCH_SELECT.format(where=""))
        compact_search()


COMPACT_AFTER = 10_000  # organizations whose search text a bulk write rewrote


def compact_search() -> None:
    """Merge the full-text index into one segment, after a bulk write (demo data, an import).

    A bulk write leaves large segments among the small ones; SQLite then merged them with the
    small segment of a later edit, once every 16 edits of a name or a person: 230-560 ms at
    100,000 organizations. Merged once (about 5 s at that size), later merges are of small
    segments only (under 3 ms)."""
    db.execute_sql("INSERT INTO org_search(org_search) VALUES ('optimize')")


def _update_parts(columns: Sequence[str]) -> None:
    db.execute_sql(
        f"INSERT INTO org_summary ({', '.join(COLUMNS)}) "
        + _live_select(COLUMNS, "WHERE o.id NOT IN (SELECT org_id FROM org_summary)")
    )
    if not columns:
        return
    sets = ", ".join(f"{c} = live.{c}" for c in columns)
    changed = " OR ".join(f"org_summary.{c} IS NOT live.{c}" for c in columns)
    db.execute_sql(
        f"UPDATE org_summary SET {sets} FROM ({_live_select(('org_id', *columns))}) AS live "
        f"WHERE live.org_id = org_summary.org_id AND ({changed})"
    )


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
