"""`accountmgr export` on a damaged database file: it writes every row it can read, names the
ids it could not, and ends with exit code 1 instead of a traceback."""

from __future__ import annotations

import csv
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from accountmgr.cli import main
from accountmgr.domain import demo
from accountmgr.store.database import close_database, open_database

from .conftest import TODAY

ORGS = 150


def _varint(data: bytes, at: int) -> tuple[int, int]:
    """An SQLite varint at `at`: (value, offset after it)."""
    value = 0
    for step in range(8):
        byte = data[at + step]
        value = (value << 7) | (byte & 0x7F)
        if byte < 0x80:
            return value, at + step + 1
    return (value << 8) | data[at + 8], at + 9


def _rowids(page: bytes) -> list[int]:
    """The rowids on a table b-tree leaf page (not page 1)."""
    assert page[0] == 0x0D, "not a table leaf page"
    cells = int.from_bytes(page[3:5], "big")
    found = []
    for index in range(cells):
        offset = int.from_bytes(page[8 + 2 * index : 10 + 2 * index], "big")
        _, after_size = _varint(page, offset)
        found.append(_varint(page, after_size)[0])
    return found


def _leaves(path: Path, name: str) -> tuple[int, list[int]]:
    """(page size, the leaf page numbers of a table or index), from SQLite's dbstat table."""
    with closing(sqlite3.connect(path)) as conn:
        size = conn.execute("PRAGMA page_size").fetchone()[0]
        pages = conn.execute(
            "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno",
            (name,),
        ).fetchall()
    return size, [page for (page,) in pages]


def _damage(path: Path, page: int, size: int) -> None:
    """Overwrite one page with garbage, as a failing disk or a bad copy would."""
    with path.open("r+b") as handle:
        handle.seek((page - 1) * size)
        handle.write(bytes((n * 37 + 11) % 256 for n in range(size)))


def _damage_middle_leaf(path: Path, table: str) -> list[int]:
    """Damage a leaf page in the middle of a table; returns the ids that lived on it."""
    size, pages = _leaves(path, table)
    page = pages[len(pages) // 2]
    with path.open("rb") as handle:
        handle.seek((page - 1) * size)
        ids = _rowids(handle.read(size))
    _damage(path, page, size)
    return ids


def _rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def _ids(path: Path, table: str) -> list[int]:
    with closing(sqlite3.connect(path)) as conn:
        return [i for (i,) in conn.execute(f"SELECT id FROM {table} ORDER BY id")]


def _export(db_path: Path, kind: str, out: Path) -> int:
    return main(["--db", str(db_path), "export", "--kind", kind, "--out", str(out)])


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    """A demo database, closed (its WAL folded into the file), with healthy exports beside it."""
    path = tmp_path / "demo.db"
    open_database(path)
    try:
        demo.generate(ORGS, today=TODAY)
    finally:
        close_database()
    assert not path.with_name(path.name + "-wal").exists()
    return path


def test_damaged_table_page_exports_the_rest(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    healthy = tmp_path / "healthy.csv"
    assert _export(demo_db, "deals", healthy) == 0
    before = dict(zip(_ids(demo_db, "deal"), _rows(healthy)[1:], strict=True))
    capsys.readouterr()

    lost = _damage_middle_leaf(demo_db, "deal")
    assert lost == list(range(lost[0], lost[-1] + 1))  # demo ids are dense
    out = tmp_path / "deals.csv"
    assert _export(demo_db, "deals", out) == 1

    rows = _rows(out)
    assert rows[0] == _rows(healthy)[0]
    assert rows[1:] == [row for i, row in before.items() if i not in lost]
    captured = capsys.readouterr()
    assert f"Wrote {len(before) - len(lost)} rows" in captured.out
    assert f"deals: could not read ids {lost[0]}-{lost[-1]} (the database is damaged)" in (
        captured.err
    )
    assert "accountmgr check" in captured.err
    assert "Traceback" not in captured.out + captured.err
    assert not list(tmp_path.glob(".export-*"))


def test_rows_whose_linked_record_is_damaged_are_written_without_it(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Activities of deals on a damaged page keep everything but the deal's title."""
    healthy = tmp_path / "healthy.csv"
    assert _export(demo_db, "activities", healthy) == 0
    headers, *before = _rows(healthy)
    deal_column = headers.index("Deal")
    capsys.readouterr()

    lost = _damage_middle_leaf(demo_db, "deal")
    with closing(sqlite3.connect(demo_db)) as conn:
        touched = [
            i
            for (i,) in conn.execute(
                "SELECT id FROM activity WHERE deal_id BETWEEN ? AND ? ORDER BY id",
                (lost[0], lost[-1]),
            )
        ]
        all_ids = [i for (i,) in conn.execute("SELECT id FROM activity ORDER BY id")]
    assert touched
    out = tmp_path / "activities.csv"
    assert _export(demo_db, "activities", out) == 1

    expected = []
    for activity_id, row in zip(all_ids, before, strict=True):
        blanked = [*row[:deal_column], "", *row[deal_column + 1 :]]
        expected.append(blanked if activity_id in touched else row)
    assert _rows(out) == [headers, *expected]
    err = capsys.readouterr().err
    assert "without Deal (the database is damaged)" in err
    assert "could not read" not in err
    assert f"{touched[0]}" in err
    assert "Traceback" not in err


def test_a_damaged_index_loses_nothing(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The custom values are found without their index when it is damaged."""
    healthy = tmp_path / "healthy.csv"
    assert _export(demo_db, "organizations", healthy) == 0
    size, pages = _leaves(demo_db, "custom_value_field_id_entity_id")
    _damage(demo_db, pages[0], size)

    out = tmp_path / "organizations.csv"
    assert _export(demo_db, "organizations", out) == 0
    assert _rows(out) == _rows(healthy)
    assert "Traceback" not in capsys.readouterr().err
