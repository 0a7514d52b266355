"""Several members of a team writing the same team database at once, as separate processes:
afterwards every summary equals a live recomputation and no write is lost."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from accountmgr.domain import summary
from accountmgr.store.database import close_database
from accountmgr.store.models import Deal, Note, db
from accountmgr.store.postgres import server_address
from accountmgr.store.server import open_server
from tests import postgres_server

from .conftest import new_team_database

ROOT = Path(__file__).resolve().parents[1]
MEMBERS = 4
WRITES = 2_500  # each: 10,000 in all


@pytest.mark.slow
def test_members_writing_at_once_lose_nothing_and_leave_correct_summaries(
    pg_server: postgres_server.Server, tmp_path: Path
) -> None:
    url = new_team_database(pg_server)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    started = time.perf_counter()
    members = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.team_writer", url, str(seed), str(WRITES)],
            cwd=tmp_path,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for seed in range(1, MEMBERS + 1)
    ]
    reports = []
    for member in members:
        out, err = member.communicate(timeout=600)
        assert member.returncode == 0, err
        reports.append(json.loads(out))
    elapsed = time.perf_counter() - started
    print(f"\n{MEMBERS * WRITES} writes by {MEMBERS} processes in {elapsed:.1f} s")

    open_server(server_address(url))
    try:
        assert summary.differences() == []
        assert summary.search_differences() == []
        made = [n for r in reports for n in r["notes"]]
        assert Note.select().where(Note.id.in_(made)).count() == len(made)  # none lost
        deals_made = [n for r in reports for n in r["deals"]]
        assert Deal.select().where(Deal.id.in_(deals_made)).count() == len(deals_made)
        assert sum(sum(r["made"].values()) for r in reports) == MEMBERS * WRITES
        [[won]] = db.execute_sql("SELECT count(*) FROM deal WHERE status = 'won'").fetchall()
        assert won > 0
    finally:
        close_database()
