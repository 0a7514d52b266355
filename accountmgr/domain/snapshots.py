"""Everything that belongs to an organization, captured so that a delete can be undone exactly."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from accountmgr.domain import summary
from accountmgr.domain.changes import Change, Kind
from accountmgr.domain.errors import NotFoundError, ValidationError
from accountmgr.domain.transaction import transaction
from accountmgr.domain.writes import write
from accountmgr.store import engine
from accountmgr.store.models import db

# Restored in this order, so that every row finds the rows it points to.
_TABLES: tuple[tuple[str, str], ...] = (
    ("organization", "id = ?"),
    ("deal", "organization_id = ?"),
    ("activity", "organization_id = ?"),
    ("note", "organization_id = ?"),
    ("attachment", "organization_id = ?"),
    (
        "custom_value",
        "entity_id = ? AND field_id IN (SELECT id FROM custom_field WHERE entity = 'organization')",
    ),
    (
        "custom_value",
        "field_id IN (SELECT id FROM custom_field WHERE entity = 'deal') "
        "AND entity_id IN (SELECT id FROM deal WHERE organization_id = ?)",
    ),
)


@dataclass(frozen=True)
class OrganizationSnapshot:
    org_id: int
    rows: tuple[tuple[str, tuple[str, ...], tuple[tuple[Any, ...], ...]], ...]
    people: tuple[int, ...]  # people linked to it (a delete unlinks them)


def snapshot(org_id: int) -> OrganizationSnapshot:
    """The organization with its deals, activities, notes, files and custom values."""
    captured = []
    for table, condition in _TABLES:
        cursor = db.execute_sql(f'SELECT * FROM "{table}" WHERE {condition}', (org_id,))
        columns = tuple(d[0] for d in cursor.description)
        captured.append((table, columns, tuple(tuple(r) for r in cursor.fetchall())))
    people = tuple(
        int(i)
        for (i,) in db.execute_sql("SELECT id FROM person WHERE organization_id = ?", (org_id,))
    )
    return OrganizationSnapshot(org_id, tuple(captured), people)


def restore(snap: OrganizationSnapshot) -> Change:
    """Put a deleted organization back as it was, with the same ids, in one transaction."""
    return restore_all([snap])


def restore_all(snaps: list[OrganizationSnapshot]) -> Change:
    """Put several deleted organizations back, in one transaction."""
    with transaction():
        for snap in snaps:
            _restore(snap)
        summary.refresh([snap.org_id for snap in snaps])
    return Change(frozenset(s.org_id for s in snaps), frozenset({Kind.ORGANIZATION}))


def _restore(snap: OrganizationSnapshot) -> None:
    exists = db.execute_sql("SELECT 1 FROM organization WHERE id = ?", (snap.org_id,))
    if exists.fetchone():
        raise ValidationError("This organization exists already.")
    for table, columns, rows in snap.rows:
        if rows:
            names = ", ".join(f'"{c}"' for c in columns)
            marks = ", ".join("?" * len(columns))
            engine.executemany(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', rows)
    if snap.people:
        marks = ", ".join("?" * len(snap.people))
        db.execute_sql(
            f"UPDATE person SET organization_id = ? "
            f"WHERE id IN ({marks}) AND organization_id IS NULL",
            (snap.org_id, *snap.people),
        )


# -- single rows -------------------------------------------------------------------------------

_ROW_KINDS: dict[str, Kind] = {"activity": Kind.ACTIVITY, "note": Kind.NOTE, "deal": Kind.DEAL}


@dataclass(frozen=True)
class RowSnapshot:
    """One deleted activity, note or deal (with a deal's custom values), to put back as it was."""

    table: str
    columns: tuple[str, ...]
    values: tuple[Any, ...]
    org_id: int | None
    extra: tuple[tuple[str, tuple[str, ...], tuple[tuple[Any, ...], ...]], ...] = ()


def snapshot_row(table: str, row_id: int) -> RowSnapshot:
    """Capture an activity, note or deal before it is deleted; NotFoundError when it is gone."""
    if table not in _ROW_KINDS:
        raise ValueError(table)
    cursor = db.execute_sql(f'SELECT * FROM "{table}" WHERE id = ?', (row_id,))
    columns = tuple(d[0] for d in cursor.description)
    row = cursor.fetchone()
    if row is None:
        raise NotFoundError("There is no {what} with id {id}.", what=table, id=row_id)
    org_id = row[columns.index("organization_id")]
    extra: list[tuple[str, tuple[str, ...], tuple[tuple[Any, ...], ...]]] = []
    if table == "deal":
        values = db.execute_sql(
            "SELECT * FROM custom_value WHERE entity_id = ? AND field_id IN "
            "(SELECT id FROM custom_field WHERE entity = 'deal')",
            (row_id,),
        )
        extra.append(
            ("custom_value", tuple(d[0] for d in values.description), tuple(values.fetchall()))
        )
    return RowSnapshot(table, columns, tuple(row), org_id, tuple(extra))


def restore_row(snap: RowSnapshot) -> Change:
    """Put a deleted row back with its id, in one transaction that refreshes its summary."""
    with write(_ROW_KINDS[snap.table]) as w:
        org_id = snap.org_id
        if (
            org_id is not None
            and not db.execute_sql("SELECT 1 FROM organization WHERE id = ?", (org_id,)).fetchone()
        ):
            raise NotFoundError("Its organization was deleted meanwhile.")
        row_id = snap.values[snap.columns.index("id")]
        if db.execute_sql(f'SELECT 1 FROM "{snap.table}" WHERE id = ?', (row_id,)).fetchone():
            raise ValidationError("This record exists already.")
        for table, columns, rows in ((snap.table, snap.columns, (snap.values,)), *snap.extra):
            if rows:
                names = ", ".join(f'"{c}"' for c in columns)
                marks = ", ".join("?" * len(columns))
                engine.executemany(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', rows)
        w.touch(org_id)
    return w.change


def put_back(snaps: list[RowSnapshot]) -> Change:
    """Give existing rows back the values captured in `snaps` (undo of an edit that changed
    several rows, such as a recurring activity's future occurrences), in one transaction."""
    if not snaps:
        return Change()
    kind = _ROW_KINDS[snaps[0].table]
    with write(kind) as w:
        for snap in snaps:
            row_id = snap.values[snap.columns.index("id")]
            assignments = ", ".join(f'"{c}" = ?' for c in snap.columns if c != "id")
            values = [v for c, v in zip(snap.columns, snap.values, strict=True) if c != "id"]
            db.execute_sql(
                f'UPDATE "{snap.table}" SET {assignments} WHERE id = ?', (*values, row_id)
            )
            w.touch(snap.org_id)
    return w.change
