"""Writes while another process writes, and on a full disk: every write waits for the write lock
(BEGIN IMMEDIATE) or fails as a whole with a message that says to try again, and an undo or redo
that could not be written leaves the undo stack where it was."""

from __future__ import annotations

import ast
import contextlib
import datetime as dt
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox

import accountmgr
from accountmgr.domain import activities, deals, notes, organizations, snapshots
from accountmgr.domain.transaction import DiskFullError
from accountmgr.qtmodels.hub import ChangeHub
from accountmgr.store.models import db
from accountmgr.views import undo

pytestmark = pytest.mark.sqlite_only  # SQLite's busy timeout and page limits


@pytest.fixture
def other_writer(store: Path) -> Iterator[sqlite3.Connection]:
    """Another connection to the file, as another process would have; the app's own waits
    only a moment for the lock."""
    db.execute_sql("PRAGMA busy_timeout = 150")
    other = sqlite3.connect(store, isolation_level=None, check_same_thread=False)
    yield other
    if other.in_transaction:
        other.execute("ROLLBACK")
    other.close()


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    return shown


def _customer() -> int:
    org = organizations.create_organization("Lynx Clinics").id
    deal = deals.create_deal("Support", org_id=org, value_minor=120_000, currency="EUR").id
    deals.mark_won(deal)
    activities.create_activity(
        "Satisfaction call", dt.date(2026, 12, 3), type_id=activities.type_id("call"), org_id=org
    )
    return org


def _count(table: str, org: int) -> int:
    column = "org_id" if table == "org_summary" else "organization_id"
    sql = f"SELECT count(*) FROM {table} WHERE {column} = ?"
    return int(db.execute_sql(sql, (org,)).fetchone()[0])


def _what_is_kept(org: int) -> list[int]:
    """The organization's deals, activities, notes and summary rows."""
    return [_count(table, org) for table in ("deal", "activity", "note", "org_summary")]


def exists(org: int) -> bool:
    return _count("org_summary", org) == 1


def test_an_undone_delete_waits_out_another_writer_or_leaves_the_stack_in_place(
    qapp: object, other_writer: sqlite3.Connection, warnings: list[str]
) -> None:
    org = _customer()
    kept = _what_is_kept(org)
    stack, hub = QUndoStack(), ChangeHub()
    snap = snapshots.snapshot(org)
    said: list[str] = []
    undo_action = undo.stack_action(stack, stack, redo=False, stepped=said.append)
    redo_action = undo.stack_action(stack, stack, redo=True, stepped=said.append)
    assert undo.run(
        stack,
        hub,
        None,
        "Delete Lynx Clinics",
        lambda: organizations.delete_organization(org),
        lambda: snapshots.restore(snap),
    )
    other_writer.execute("BEGIN IMMEDIATE")  # another process is in the middle of a write
    other_writer.execute("UPDATE setting SET value = value")

    undo_action.trigger()

    assert (stack.index(), stack.count()) == (1, 1)  # nothing undone: Ctrl+Z can be pressed again
    assert undo_action.isEnabled()
    assert warnings == [
        "The database is busy with another change; nothing was saved. Please try again."
    ]
    assert said == []
    assert not exists(org)

    other_writer.execute("COMMIT")
    undo_action.trigger()

    assert (stack.index(), stack.count()) == (0, 1)
    assert said == ["Delete Lynx Clinics"]
    assert _what_is_kept(org) == kept  # with its deal, its activity and its summary

    other_writer.execute("BEGIN IMMEDIATE")
    other_writer.execute("UPDATE setting SET value = value")
    redo_action.trigger()
    assert (stack.index(), stack.count()) == (0, 1)
    assert exists(org)
    other_writer.execute("ROLLBACK")
    redo_action.trigger()
    assert (stack.index(), stack.count()) == (1, 1)
    assert not exists(org)


def test_a_write_that_starts_by_reading_waits_for_the_lock_instead_of_failing_at_once(
    other_writer: sqlite3.Connection,
) -> None:
    """In WAL mode a transaction that read before another process committed cannot take the
    write lock at all ("database is locked" at once, whatever the busy timeout): every write
    takes the lock first."""
    org = _customer()
    snap = snapshots.snapshot(org)
    organizations.delete_organization(org)
    db.execute_sql("PRAGMA busy_timeout = 3000")
    other_writer.execute("BEGIN IMMEDIATE")
    other_writer.execute("UPDATE setting SET value = value")
    timer = threading.Timer(0.3, lambda: other_writer.execute("COMMIT"))
    timer.start()
    try:
        snapshots.restore(snap)  # waits the 0.3 s, then writes
    finally:
        timer.join()
    assert exists(org)


def _atomic_calls(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in ("atomic", "transaction")
            and not (
                node.args
                and isinstance(node.args[0], ast.Constant)
                and node.args[0].value == "IMMEDIATE"
            )
        ):
            found.append(f"{path.name}:{node.lineno}")
    return found


def test_every_write_transaction_takes_the_write_lock_first() -> None:
    package = Path(accountmgr.__file__).parent
    deferred = [where for path in sorted(package.rglob("*.py")) for where in _atomic_calls(path)]
    assert deferred == []


def test_a_full_disk_says_so_and_writes_nothing(store: Path) -> None:
    org = _customer()
    pages = db.execute_sql("PRAGMA page_count").fetchone()[0]
    db.execute_sql(f"PRAGMA max_page_count = {int(pages)}")  # not one page more: a full disk
    kept = _what_is_kept(org)
    with pytest.raises(DiskFullError, match="The disk is full: nothing was saved"):
        notes.create_note("A long call report. " * 4000, org_id=org)
    db.execute_sql("PRAGMA max_page_count = 1073741823")
    assert _what_is_kept(org) == kept
    notes.create_note("A long call report. " * 4000, org_id=org)  # room again: it is written


def test_an_undo_on_a_full_disk_leaves_the_stack_in_place(
    qapp: object, store: Path, warnings: list[str]
) -> None:
    org = _customer()
    notes.create_note("A long call report. " * 2000, org_id=org)  # needs pages of its own
    stack = QUndoStack()
    snap = snapshots.snapshot(org)
    undo_action = undo.stack_action(stack, stack, redo=False, stepped=lambda _text: None)
    undo.run(
        stack,
        ChangeHub(),
        None,
        "Delete Lynx Clinics",
        lambda: organizations.delete_organization(org),
        lambda: snapshots.restore(snap),
    )
    pages = db.execute_sql("PRAGMA page_count").fetchone()[0]
    db.execute_sql(f"PRAGMA max_page_count = {int(pages)}")
    with contextlib.suppress(DiskFullError):  # people fill every page left, freed ones too
        for number in range(100_000):
            organizations.create_person(f"Contact {number}")
    undo_action.trigger()
    assert stack.index() == 1
    assert warnings[-1].startswith("The disk is full: nothing was saved.")
    assert not exists(org)
