"""The demo generator's vocabulary lives in a data file: the same seed gives the same data."""

from __future__ import annotations

from pathlib import Path

from accountmgr.domain import demo
from accountmgr.store.models import db
from tests.conftest import TODAY


def _column(sql: str) -> list[tuple[str, ...]]:
    return [tuple(row) for row in db.execute_sql(sql).fetchall()]


def test_a_seed_gives_the_names_it_gave_before_the_vocabulary_moved_to_a_data_file(
    store: Path,
) -> None:
    """Pinned from the generator as it was when its lists were Python tuples (seed 7)."""
    demo.generate(12, seed=7, today=TODAY)
    assert _column("SELECT name, address FROM organization ORDER BY id LIMIT 3") == [
        ("Ironwood Architects S.A.", "Calle Real, 138, 28013 Madrid"),
        ("Heron Metalworks Co.", "160 Market Street, Seattle 98101"),
        ("Riverside Robotics SA", "34 rue Pasteur, 13001 Marseille"),
    ]
    assert _column("SELECT name, role, emails FROM person ORDER BY id LIMIT 3") == [
        ("Lucía Díaz", "CEO", "luca.daz@example.es"),
        ("Carlos Brown", "Head of Customer Service", "carlos.brown@example.us"),
        ("David Nguyen", "Data Protection Officer", "david.nguyen@example.us"),
    ]
    assert _column("SELECT title, lost_reason FROM deal ORDER BY id LIMIT 3") == [
        ("Second site rollout", "No budget this year"),
        ("Fleet tracking pilot", "Project postponed"),
        ("Support contract \u2013 Gold", ""),
    ]
    assert _column("SELECT subject FROM activity ORDER BY id LIMIT 3") == [
        ("Thank-you lunch for the reference",),
        ("Introduce new account manager",),
        ("Price adjustment takes effect",),
    ]
    assert _column('SELECT name FROM "user" ORDER BY id LIMIT 2') == [
        ("Sofia Lindqvist",),
        ("Daniel Okafor",),
    ]
