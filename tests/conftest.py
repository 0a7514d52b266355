"""Shared fixtures: a fresh database file per test, Qt offscreen with an English locale."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

from accountmgr.domain import clock
from accountmgr.store.database import close_database, open_database

TODAY = dt.date(2026, 11, 24)  # a Tuesday


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "accountmgr.db"


@pytest.fixture
def store(db_path: Path) -> Iterator[Path]:
    """An open, migrated, empty store in a temporary file; today pinned to TODAY."""
    open_database(db_path)
    clock.pin_today(TODAY)
    yield db_path
    clock.pin_today(None)
    close_database()


@pytest.fixture(autouse=True)
def _unpinned_today() -> Iterator[None]:
    yield
    clock.pin_today(None)
