"""Backups as a person meets them: one before every import, File ▸ Back up now, and File ▸
Restore from backup… with the views reloaded."""

from __future__ import annotations

from pathlib import Path

import pytest

from accountmgr.domain import backups, import_run, records
from accountmgr.domain.import_run import ImportOptions

pytestmark = pytest.mark.usefixtures("english")


def _names() -> list[str]:
    return sorted(name for _id, name in records.find_organizations("Acme"))


def test_an_import_is_preceded_by_a_backup_of_what_was_there(store: Path, tmp_path: Path) -> None:
    csv = tmp_path / "organizations.csv"
    csv.write_text("Name\nAcme GmbH\n", encoding="utf-8")
    import_run.run_import(csv, ImportOptions("organizations", {0: "name"}))
    csv.write_text("Name\nBolt Ltd\n", encoding="utf-8")
    import_run.run_import(csv, ImportOptions("organizations", {0: "name"}), dry_run=True)

    taken = backups.available()

    assert [(b.reason, b.ok) for b in taken] == [("import", True)]  # none for the dry run
    assert taken[0].accounts == 0
    assert _names() == ["Acme GmbH"]
    backups.restore(taken[0].path)  # the data as it was before the import
    assert _names() == []
