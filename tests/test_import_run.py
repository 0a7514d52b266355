"""Running imports: every kind, links by name, duplicates, rejected rows, all or nothing."""

from __future__ import annotations

import csv
import datetime as dt
import os
import signal
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accountmgr.domain import accounts, activities, customfields, integrity, organizations, summary
from accountmgr.domain import deals as deal_ops
from accountmgr.domain.errors import Cancelled, ValidationError
from accountmgr.domain.import_headers import auto_map
from accountmgr.domain.import_run import (
    BATCH,
    ImportOptions,
    Rejected,
    Report,
    run_import,
)
from accountmgr.domain.transaction import BusyError
from accountmgr.store import engine
from accountmgr.store.database import close_database, open_database
from accountmgr.store.models import db
from tests.conftest import TODAY

TABLES = ("organization", "person", "deal", "activity", "note", "custom_value")


def _write(path: Path, headers: list[str], rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(headers)
        writer.writerows(rows)
    return path


def _import(
    tmp_path: Path,
    kind: str,
    headers: list[str],
    rows: list[list[str]],
    *,
    on_duplicate: str = "skip",
    create_missing: bool = True,
    dry_run: bool = False,
) -> Report:
    """Write the rows as a CSV file and import it with the columns mapped from the headers."""
    path = _write(tmp_path / f"{kind}.csv", headers, rows)
    mapping = auto_map(kind, headers)
    assert len(mapping) == len(headers), f"unmapped headers: {headers} -> {mapping}"
    options = ImportOptions(kind, mapping, on_duplicate, create_missing)
    return run_import(path, options, dry_run=dry_run)


def _counts() -> dict[str, int]:
    return {t: db.execute_sql(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in TABLES}


def _rows(sql: str, *params: object) -> list[tuple[object, ...]]:
    return [tuple(r) for r in db.execute_sql(sql, params)]


def _consistent() -> None:
    """Summaries, search text and foreign keys agree with the data."""
    assert summary.differences() == []
    assert integrity.problems() == []


def _org_id(name: str) -> int:
    [(org_id,)] = _rows("SELECT id FROM organization WHERE name = ?", name)
    assert isinstance(org_id, int)
    return org_id


# -- each kind -------------------------------------------------------------------------------------


def test_organizations_import_with_owner_label_and_custom_field(
    store: Path, tmp_path: Path
) -> None:
    ann = organizations.create_user("Ann Owner", "ann@example.com")
    tier = customfields.create_field("organization", "Tier", "single_option", ("Gold", "Silver"))
    report = _import(
        tmp_path,
        "organizations",
        ["Name", "Address", "Country", "Owner", "Label", "Tier"],
        [
            ["Kestrel Dental GmbH", "Hauptstr. 1, Berlin", "de", "Ann Owner", "VIP", "Gold"],
            ["Otter Print Ltd", "", "GB", "ann@example.com", "", ""],
        ],
    )
    assert report == Report(created=2)
    assert _rows(
        "SELECT name, address, country, owner_id, label FROM organization ORDER BY id"
    ) == [
        ("Kestrel Dental GmbH", "Hauptstr. 1, Berlin", "DE", ann, "VIP"),
        ("Otter Print Ltd", "", "GB", ann, ""),
    ]
    assert _rows("SELECT field_id, entity_id, value FROM custom_value") == [
        (tier.id, _org_id("Kestrel Dental GmbH"), "Gold")
    ]
    assert _rows("SELECT name FROM org_summary ORDER BY org_id") == [
        ("Kestrel Dental GmbH",),
        ("Otter Print Ltd",),
    ]
    assert _rows(*engine.text_search("estre")) == [(_org_id("Kestrel Dental GmbH"),)]
    _consistent()


def test_people_link_to_organizations_by_name_and_create_missing_ones(
    store: Path, tmp_path: Path
) -> None:
    acme = organizations.create_organization("Acme GmbH").id
    report = _import(
        tmp_path,
        "people",
        ["Name", "Organization", "Role", "Email", "Phone"],
        [
            ["Jane Roe", "  ACME   gmbh ", "Buyer", "jane@acme.example; j.roe@acme.example", ""],
            ["John Doe", "Newco SA", "", "", "+33 1 23 45 67 89"],
            ["Nobody Else", "", "", "", ""],
        ],
    )
    assert report == Report(created=3, linked_created=1)
    newco = _org_id("Newco SA")
    assert _rows("SELECT name, role, emails, phones, organization_id FROM person ORDER BY id") == [
        ("Jane Roe", "Buyer", "jane@acme.example\nj.roe@acme.example", "", acme),
        ("John Doe", "", "", "+33 1 23 45 67 89", newco),
        ("Nobody Else", "", "", "", None),
    ]
    assert _rows("SELECT org_id, people_count FROM org_summary ORDER BY org_id") == [
        (acme, 1),
        (newco, 1),
    ]
    # people are found by the search index of their organization
    assert _rows(*engine.text_search("j.roe")) == [(acme,)]
    _consistent()


def test_deals_with_statuses_currencies_and_accounts(store: Path, tmp_path: Path) -> None:
    report = _import(
        tmp_path,
        "deals",
        ["Title", "Organization", "Person", "Value", "Currency", "Status", "Won time", "Lost time"],
        [
            ["Licence", "Kestrel", "Jane Roe", "1.234,56 €", "", "won", "2026-03-01 10:00", ""],
            ["Rollout", "Kestrel", "", "980000", "JPY", "gagné", "", ""],
            ["Pilot", "Otter", "", "$1,500.00", "", "lost", "", "2026-02-02 09:30"],
            ["Renewal", "Otter", "", "", "", "", "", ""],
        ],
    )
    assert report == Report(created=4, linked_created=3)  # two organizations and Jane
    kestrel, otter = _org_id("Kestrel"), _org_id("Otter")
    [(jane,)] = _rows("SELECT id FROM person WHERE name = 'Jane Roe'")
    rows = _rows(
        "SELECT title, value_minor, currency, status, won_time, lost_time, organization_id, "
        "person_id FROM deal ORDER BY id"
    )
    # won without a won time: won at the time of the import
    rollout_won = rows[1][4]
    assert str(rollout_won).startswith(TODAY.isoformat())
    assert rows == [
        ("Licence", 123456, "EUR", "won", "2026-03-01 10:00:00", None, kestrel, jane),
        ("Rollout", 980000, "JPY", "won", rollout_won, None, kestrel, None),
        ("Pilot", 150000, "USD", "lost", None, "2026-02-02 09:30:00", otter, None),
        ("Renewal", 0, "EUR", "open", None, None, otter, None),
    ]
    # a won deal makes its organization an account, from its earliest won time
    [account] = accounts.list_accounts(TODAY)
    assert (account.id, account.won_deals, account.account_since) == (
        kestrel,
        2,
        "2026-03-01 10:00:00",
    )
    _consistent()


def test_activities_with_types_done_times_and_links(store: Path, tmp_path: Path) -> None:
    ann = organizations.create_user("Ann Owner")
    org = organizations.create_organization("Kestrel").id
    deal = deal_ops.create_deal("Licence", org_id=org, currency="EUR").id
    person = organizations.create_person("Jane Roe", org_id=org).id
    report = _import(
        tmp_path,
        "activities",
        [
            "Subject",
            "Type",
            "Due date",
            "Due time",
            "Duration",
            "Done",
            "Done time",
            "Organization",
            "Person",
            "Deal",
            "Assignee",
            "Note",
        ],
        [
            [
                "Kick-off",
                "Meeting",
                "2026-11-20",
                "10:00",
                "60",
                "yes",
                "2026-11-20 11:15",
                "Kestrel",
                "Jane Roe",
                "",
                "Ann Owner",
                "Went well",
            ],
            ["Call back", "Anruf", "2026-11-21", "", "", "yes", "", "", "", "Licence", "", ""],
            [
                "Site visit",
                "Besuch vor Ort",
                "2026-12-01",
                "",
                "",
                "",
                "",
                "",
                "Jane Roe",
                "",
                "",
                "",
            ],
            ["Send offer", "", "2026-12-02", "", "", "no", "", "", "", "", "", ""],
        ],
    )
    assert report == Report(created=4)
    types = dict(_rows("SELECT key, id FROM activity_type"))
    assert _rows(
        "SELECT subject, type_id, due_date, due_time, duration_min, done, done_time, "
        "organization_id, person_id, deal_id, assignee_id, note FROM activity ORDER BY id"
    ) == [
        (
            "Kick-off",
            types["meeting"],
            "2026-11-20",
            "10:00:00",
            60,
            1,
            "2026-11-20 11:15:00",
            org,
            person,
            None,
            ann,
            "Went well",
        ),
        # done without a time: done at noon of its due date; the deal brings its organization
        (
            "Call back",
            types["call"],
            "2026-11-21",
            None,
            None,
            1,
            "2026-11-21 12:00:00",
            org,
            None,
            deal,
            None,
            "",
        ),
        # an unknown type becomes a task; the person brings her organization
        (
            "Site visit",
            types["task"],
            "2026-12-01",
            None,
            None,
            0,
            None,
            org,
            person,
            None,
            None,
            "",
        ),
        (
            "Send offer",
            types["task"],
            "2026-12-02",
            None,
            None,
            0,
            None,
            None,
            None,
            None,
            None,
            "",
        ),
    ]
    [(last_done, next_subject)] = _rows(
        "SELECT last_done, next_subject FROM org_summary WHERE org_id = ?", org
    )
    assert (last_done, next_subject) == ("2026-11-21 12:00:00", "Site visit")
    _consistent()


def test_notes_pinned_with_creation_time_and_links(store: Path, tmp_path: Path) -> None:
    org = organizations.create_organization("Kestrel").id
    deal = deal_ops.create_deal("Licence", org_id=org, currency="EUR").id
    report = _import(
        tmp_path,
        "notes",
        ["Content", "Organization", "Person", "Deal", "Pinned", "Created at"],
        [
            [
                "Prefers email.\nNever call on Fridays.",
                "Kestrel",
                "Jane Roe",
                "Licence",
                "yes",
                "2026-01-05 08:00",
            ],
            ["Met at the fair", "Kestrel", "", "", "", ""],
        ],
    )
    assert report == Report(created=2, linked_created=1)  # Jane
    [(jane,)] = _rows("SELECT id FROM person WHERE name = 'Jane Roe' AND organization_id = ?", org)
    rows = _rows(
        "SELECT content, pinned, organization_id, person_id, deal_id, created_at FROM note "
        "ORDER BY id"
    )
    assert rows[0] == (
        "Prefers email.\nNever call on Fridays.",
        1,
        org,
        jane,
        deal,
        "2026-01-05 08:00:00",
    )
    assert rows[1][:5] == ("Met at the fair", 0, org, None, None)
    assert str(rows[1][5]).startswith(TODAY.isoformat())
    _consistent()


# -- links ---------------------------------------------------------------------------------------


def test_without_create_missing_rows_naming_unknown_records_are_rejected(
    store: Path, tmp_path: Path
) -> None:
    org = organizations.create_organization("Kestrel").id
    organizations.create_person("Jane Roe", org_id=org, emails="jane@kestrel.example")
    before = _counts()
    report = _import(
        tmp_path,
        "deals",
        ["Title", "Organization", "Person"],
        [
            ["Licence", "kestrel", "JANE@kestrel.example"],  # found: by name, person by email
            ["Pilot", "Ghost Ltd", ""],
            ["Rollout", "Kestrel", "Somebody Else"],
        ],
        create_missing=False,
    )
    assert report.created == 1
    assert report.linked_created == 0
    assert report.rejected == [
        Rejected(3, "There is no organization “Ghost Ltd”."),
        Rejected(4, "There is no person “Somebody Else”."),
    ]
    assert _counts() == before | {"deal": before["deal"] + 1}
    _consistent()


def test_records_created_by_earlier_rows_link_within_the_same_file(
    store: Path, tmp_path: Path
) -> None:
    report = _import(
        tmp_path,
        "activities",
        ["Subject", "Due date", "Organization", "Person", "Deal"],
        [
            ["First", "2026-11-25", "Kestrel", "Jane Roe", "Licence"],
            ["Second", "2026-11-26", "KESTREL", "jane roe", "licence"],
            ["Third", "2026-11-27", "", "", "Licence"],  # the deal brings its organization
        ],
    )
    assert report == Report(created=3, linked_created=3)
    assert _rows("SELECT count(*) FROM organization") == [(1,)]
    assert _rows("SELECT DISTINCT organization_id, deal_id FROM activity") == [
        (_org_id("Kestrel"), 1)
    ]
    _consistent()


def test_links_created_for_existing_organizations_count_in_their_summaries(
    store: Path, tmp_path: Path
) -> None:
    """An activities import over most organizations recomputes only the columns it can
    change, and those of the people and deals it created for them."""
    kestrel = organizations.create_organization("Kestrel").id
    organizations.create_organization("Otter")
    report = _import(
        tmp_path,
        "activities",
        ["Subject", "Due date", "Organization", "Person", "Deal"],
        [
            ["Kick-off", "2026-11-25", "Kestrel", "Jane Roe", "Licence"],
            ["Review", "2026-11-26", "Otter", "", ""],
        ],
    )
    assert report == Report(created=2, linked_created=2)
    assert _rows(
        "SELECT people_count, open_count, next_subject FROM org_summary WHERE org_id = ?", kestrel
    ) == [(1, 1, "Kick-off")]
    _consistent()


def test_people_added_to_a_few_organizations_make_them_findable(
    store: Path, tmp_path: Path
) -> None:
    """Fewer than half the organizations touched: only their rows and search text change."""
    for name in ("Kestrel", "Otter", "Heron", "Puffin"):
        organizations.create_organization(name)
    report = _import(
        tmp_path,
        "people",
        ["Name", "Organization", "Email"],
        [["Jane Roe", "Kestrel", "jane@kestrel.example"]],
    )
    assert report == Report(created=1)
    [(body,)] = _rows("SELECT body FROM org_search WHERE rowid = ?", _org_id("Kestrel"))
    assert "jane@kestrel.example" in body
    _consistent()


def test_summary_rebuilt_in_parts_recomputes_only_those_columns(store: Path) -> None:
    kestrel = organizations.create_organization("Kestrel").id
    otter = organizations.create_organization("Otter").id
    deal = deal_ops.create_deal("Licence", org_id=kestrel, currency="EUR", value_minor=500).id
    deal_ops.mark_won(deal)
    activities.create_activity("Call", TODAY, type_id=1, org_id=kestrel)
    with db.atomic():
        db.execute_sql("UPDATE org_summary SET won_value = 1, next_subject = 'x', next_due = NULL")
        db.execute_sql("DELETE FROM org_summary WHERE org_id = ?", (otter,))
    summary.rebuild(search=False, parts=["activities"])
    assert _rows(
        "SELECT org_id, won_value, next_subject, next_due FROM org_summary ORDER BY org_id"
    ) == [(kestrel, 1, "Call", TODAY.isoformat()), (otter, 0, None, None)]
    summary.rebuild(search=False, parts=["deals"])
    assert summary.differences() == []


# -- duplicates ----------------------------------------------------------------------------------

ORG_HEADERS = ["Name", "Address", "Label"]


def test_organization_duplicates_skip_update_or_create(store: Path, tmp_path: Path) -> None:
    first = organizations.create_organization("Kestrel Dental", address="Main St 1").id
    rows = [
        ["kestrel  DENTAL", "main st 1", "VIP"],  # same name and address
        ["Kestrel Dental", "", "Key"],  # no address: same name is enough
        ["Kestrel Dental", "Other Road 9", ""],  # another address: another organization
    ]
    report = _import(tmp_path, "organizations", ORG_HEADERS, rows)
    assert report == Report(created=1, skipped=2)
    assert _rows("SELECT label FROM organization WHERE id = ?", first) == [("",)]

    report = _import(tmp_path, "organizations", ORG_HEADERS, rows[:2], on_duplicate="update")
    assert report == Report(updated=2)
    assert _rows("SELECT name, address, label FROM organization WHERE id = ?", first) == [
        ("Kestrel Dental", "main st 1", "Key")
    ]

    report = _import(tmp_path, "organizations", ORG_HEADERS, rows[:1], on_duplicate="create")
    assert report == Report(created=1)
    assert _rows("SELECT count(*) FROM organization") == [(3,)]
    _consistent()


def test_person_duplicates_by_email_or_phone_within_the_organization(
    store: Path, tmp_path: Path
) -> None:
    acme = organizations.create_organization("Acme").id
    other = organizations.create_organization("Other").id
    jane = organizations.create_person(
        "Jane Roe", org_id=acme, emails="jane@acme.example", phones="+49 30 1234 567"
    ).id
    headers = ["Name", "Organization", "Role", "Email", "Phone"]
    rows = [
        ["Jane R.", "Acme", "CEO", "JANE@acme.example", ""],  # same email
        ["J. Roe", "Acme", "", "", "+49 (30) 1234-567"],  # same phone digits
        ["Jane Roe", "Other", "", "jane@acme.example", ""],  # another organization
    ]
    assert _import(tmp_path, "people", headers, rows) == Report(created=1, skipped=2)
    assert _rows("SELECT organization_id FROM person WHERE id > ?", jane) == [(other,)]

    report = _import(tmp_path, "people", headers, rows[:2], on_duplicate="update")
    assert report == Report(updated=2)
    assert _rows("SELECT name, role, emails, phones FROM person WHERE id = ?", jane) == [
        ("J. Roe", "CEO", "JANE@acme.example", "+49 (30) 1234-567")
    ]
    assert _import(tmp_path, "people", headers, rows[:1], on_duplicate="create") == Report(
        created=1
    )
    assert _rows("SELECT count(*) FROM person WHERE organization_id = ?", acme) == [(2,)]
    _consistent()


def test_deal_duplicates_by_title_within_the_organization(store: Path, tmp_path: Path) -> None:
    org = organizations.create_organization("Kestrel").id
    deal = deal_ops.create_deal("Licence", org_id=org, value_minor=100, currency="EUR").id
    deal_ops.mark_won(deal, dt.datetime(2026, 1, 1, 9, 0))
    headers = ["Title", "Organization", "Value", "Status"]
    rows = [["licence", "Kestrel", "250", "won"], ["Licence", "Elsewhere", "", ""]]
    assert _import(tmp_path, "deals", headers, rows) == Report(
        created=1, skipped=1, linked_created=1
    )

    report = _import(tmp_path, "deals", headers, rows[:1], on_duplicate="update")
    assert report == Report(updated=1)
    # updated value; still won, since the first of January (no won time in the row)
    assert _rows("SELECT title, value_minor, status, won_time FROM deal WHERE id = ?", deal) == [
        ("licence", 25000, "won", "2026-01-01 09:00:00")
    ]
    report = _import(
        tmp_path,
        "deals",
        ["Title", "Organization", "Status", "Lost reason"],
        [["Licence", "Kestrel", "lost", "Budget"]],
        on_duplicate="update",
    )
    assert report == Report(updated=1)
    [(status, won_time, lost_time, reason)] = _rows(
        "SELECT status, won_time, lost_time, lost_reason FROM deal WHERE id = ?", deal
    )
    assert (status, won_time, reason) == ("lost", None, "Budget")
    assert str(lost_time).startswith(TODAY.isoformat())
    assert accounts.list_accounts(TODAY) == []
    _consistent()


def test_activities_and_notes_are_never_duplicates(store: Path, tmp_path: Path) -> None:
    rows = [["Call", "2026-11-25", "Kestrel"]]
    for _ in range(2):
        report = _import(tmp_path, "activities", ["Subject", "Due date", "Organization"], rows)
        assert report.created == 1
        report = _import(tmp_path, "notes", ["Content", "Organization"], [["Hi", "Kestrel"]])
        assert report.created == 1
    assert _rows("SELECT count(*) FROM activity") == [(2,)]
    assert _rows("SELECT count(*) FROM note") == [(2,)]
    _consistent()


# -- rejected rows, all or nothing ---------------------------------------------------------------


def test_rejected_rows_are_reported_with_their_line_and_nothing_of_them_is_written(
    store: Path, tmp_path: Path
) -> None:
    customfields.create_field("deal", "Seats", "number")
    before = _counts()
    report = _import(
        tmp_path,
        "deals",
        ["Title", "Organization", "Value", "Owner", "Seats"],
        [
            ["Licence", "Kestrel", "100", "", "12"],
            ["Multi\nline\ntitle", "Ghost One", "not money", "", ""],  # lines 3-5
            ["", "Ghost Three", "5", "", ""],  # no title
            ["Rollout", "Ghost Four", "5", "", "many"],  # bad custom value
        ],
    )
    assert report.created == 1
    assert report.linked_created == 1  # Kestrel, not the organizations of rejected rows
    assert [item.line for item in report.rejected] == [3, 6, 7]
    assert report.rejected[0].reason.startswith("Value: ")
    assert "title" in report.rejected[1].reason.lower()
    assert "many" in report.rejected[2].reason
    assert _rows("SELECT name FROM organization") == [("Kestrel",)]
    assert _counts() == before | {"organization": 1, "deal": 1, "custom_value": 1}
    _consistent()


def test_an_unknown_owner_becomes_a_user_or_rejects_the_row(store: Path, tmp_path: Path) -> None:
    headers = ["Title", "Organization", "Owner"]
    rows = [["Pilot", "Kestrel", "Nadia Berg"], ["Rollout", "Kestrel", "nadia berg"]]
    report = _import(tmp_path, "deals", headers, rows)
    assert (report.created, report.linked_created, report.rejected) == (2, 2, [])
    assert _rows('SELECT name FROM "user"') == [("Nadia Berg",)]  # once, whatever the case
    refused = _import(
        tmp_path, "deals", headers, [["Other", "Kestrel", "Ghost"]], create_missing=False
    )
    assert [r.reason for r in refused.rejected] == ["There is no user “Ghost”."]


def test_dry_run_counts_everything_and_writes_nothing(store: Path, tmp_path: Path) -> None:
    organizations.create_organization("Kestrel")
    before = _counts()
    report = _import(
        tmp_path,
        "deals",
        ["Title", "Organization", "Status"],
        [["Licence", "Kestrel", "won"], ["Pilot", "Newco", ""], ["", "Bad", ""]],
        dry_run=True,
    )
    assert (report.created, report.linked_created, len(report.rejected)) == (2, 1, 1)
    assert _counts() == before
    assert accounts.list_accounts(TODAY) == []
    _consistent()


def test_cancel_from_progress_rolls_everything_back(store: Path, tmp_path: Path) -> None:
    organizations.create_organization("Kestrel")
    before = _counts()
    rows = [[f"Deal {n}", f"Org {n % 700}", "won"] for n in range(BATCH * 2 + 10)]
    path = _write(tmp_path / "deals.csv", ["Title", "Organization", "Status"], rows)
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        if len(seen) == 2:
            raise Cancelled

    options = ImportOptions("deals", {0: "title", 1: "organization", 2: "status"})
    with pytest.raises(Cancelled):
        run_import(path, options, progress=progress)
    assert seen == [(BATCH, len(rows)), (BATCH * 2, len(rows))]
    assert _counts() == before
    assert integrity.problems() == []

    # the same file imports whole afterwards
    seen.clear()
    report = run_import(path, options, progress=lambda done, total: seen.append((done, total)))
    assert report.created == len(rows)
    assert seen[-1] == (len(rows), len(rows))
    _consistent()


def test_import_on_a_worker_thread(store: Path, tmp_path: Path) -> None:
    path = _write(tmp_path / "orgs.csv", ["Name"], [["Kestrel"], ["Otter"]])
    reports: list[Report] = []
    worker = threading.Thread(
        target=lambda: reports.append(run_import(path, ImportOptions("organizations", {0: "name"})))
    )
    worker.start()
    worker.join()
    assert reports == [Report(created=2)]
    assert _rows("SELECT count(*) FROM organization") == [(2,)]
    _consistent()


def test_excel_files_import_and_report_progress_against_their_size(
    store: Path, tmp_path: Path
) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Name", "Country"])
    for n in range(BATCH + 5):
        sheet.append([f"Org {n}", "DE"])
    book.save(tmp_path / "orgs.xlsx")
    seen: list[tuple[int, int]] = []
    report = run_import(
        tmp_path / "orgs.xlsx",
        ImportOptions("organizations", {0: "name", 1: "country"}),
        progress=lambda done, total: seen.append((done, total)),
    )
    assert report == Report(created=BATCH + 5)
    assert seen == [(BATCH, BATCH + 5), (BATCH + 5, BATCH + 5)]
    _consistent()


@pytest.mark.sqlite_only  # SQLite's busy timeout
def test_an_import_waits_for_another_write_then_says_the_database_is_busy(
    store: Path, tmp_path: Path
) -> None:
    path = _write(tmp_path / "orgs.csv", ["Name"], [["Kestrel"]])
    other = sqlite3.connect(store, isolation_level=None)
    db.execute_sql("PRAGMA busy_timeout = 50")
    try:
        other.execute("BEGIN IMMEDIATE")
        with pytest.raises(BusyError):
            run_import(path, ImportOptions("organizations", {0: "name"}))
        other.execute("ROLLBACK")
    finally:
        other.close()
    assert run_import(path, ImportOptions("organizations", {0: "name"})).created == 1


def test_options_that_cannot_import_anything_are_refused(store: Path, tmp_path: Path) -> None:
    path = _write(tmp_path / "orgs.csv", ["Name", "City"], [["Kestrel", "Berlin"]])
    with pytest.raises(ValidationError, match="Name"):
        run_import(path, ImportOptions("organizations", {1: "address"}))
    with pytest.raises(ValidationError, match="salary"):
        run_import(path, ImportOptions("organizations", {0: "name", 1: "salary"}))
    with pytest.raises(ValidationError, match="duplicates"):
        run_import(path, ImportOptions("organizations", {0: "name"}, on_duplicate="merge"))
    with pytest.raises(ValidationError):
        run_import(path, ImportOptions("invoices", {0: "name"}))
    assert _counts()["organization"] == 0


def test_report_saved_as_csv(tmp_path: Path) -> None:
    report = Report(created=3, skipped=1, rejected=[Rejected(4, "=cmd is not a date.")])
    report.save_csv(tmp_path / "report.csv")
    with (tmp_path / "report.csv").open(encoding="utf-8-sig", newline="") as handle:
        assert list(csv.reader(handle)) == [
            ["line", "reason"],
            ["4", "'=cmd is not a date."],
            ["created", "3"],
            ["updated", "0"],
            ["skipped", "1"],
            ["linked_created", "0"],
            ["rejected", "1"],
        ]
    assert report.summary_line() == "Created 3, updated 0, skipped 1, rejected 1"


# -- garbage in ----------------------------------------------------------------------------------

GARBAGE = st.one_of(
    st.sampled_from(
        [
            "",
            " ",
            "x",
            "0",
            "-1",
            "1e400",
            "NaN",
            "€",
            "1.234,5.6",
            "2026-02-30",
            "31/12/2026",
            "12/31/2026",
            "25:61",
            "yes",
            "maybe",
            "won",
            "EUR",
            "XXX",
            "=1+1",
            "@",
            "a@b",
            "+49 30 1234",
            "Kestrel",
            "Jane Roe",
            "Licence",
            "ja",
            "\u00a0",
            "'",
            '"',
            "\n",
            "9" * 30,
            "x" * 300,
        ]
    ),
    st.text(max_size=12),
)
KIND_HEADERS = {
    "organizations": ["Name", "Address", "Country", "Owner", "Label"],
    "people": ["Name", "Organization", "Role", "Email", "Phone"],
    "deals": [
        "Title",
        "Organization",
        "Person",
        "Value",
        "Currency",
        "Status",
        "Won time",
        "Expected close date",
    ],
    "activities": ["Subject", "Type", "Due date", "Due time", "Duration", "Done", "Deal", "Person"],
    "notes": ["Content", "Organization", "Deal", "Pinned", "Created at"],
}
KIND_TABLE = {
    "organizations": "organization",
    "people": "person",
    "deals": "deal",
    "activities": "activity",
    "notes": "note",
}


@pytest.mark.slow
@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    kind=st.sampled_from(sorted(KIND_HEADERS)),
    data=st.data(),
    create_missing=st.booleans(),
)
def test_garbage_cells_never_raise_and_every_bad_row_is_reported(
    store: Path, tmp_path: Path, kind: str, data: st.DataObject, create_missing: bool
) -> None:
    headers = KIND_HEADERS[kind]
    rows = data.draw(
        st.lists(st.lists(GARBAGE, min_size=len(headers), max_size=len(headers)), max_size=12)
    )
    rows = [[cell.replace("\r", "").replace("\x00", "") for cell in row] for row in rows]
    path = _write(tmp_path / "garbage.csv", headers, rows)
    # the physical line each non-blank record starts on
    lines, line = [], 2
    for row in rows:
        if any(cell.strip() for cell in row):
            lines.append(line)
        line += 1 + sum(cell.count("\n") for cell in row)
    before = _counts()
    users_before = db.execute_sql('SELECT count(*) FROM "user"').fetchone()[0]

    options = ImportOptions(
        kind, auto_map(kind, headers), on_duplicate="create", create_missing=create_missing
    )
    report = run_import(path, options)

    assert report.updated == report.skipped == 0
    assert report.created + len(report.rejected) == len(lines)
    assert [item.line for item in report.rejected] == sorted(
        {item.line for item in report.rejected}
    )
    assert {item.line for item in report.rejected} <= set(lines)
    assert all(item.reason for item in report.rejected)
    after = _counts()
    table = KIND_TABLE[kind]
    assert after[table] - before[table] == report.created
    users = db.execute_sql('SELECT count(*) FROM "user"').fetchone()[0]
    assert sum(after[t] - before[t] for t in KIND_TABLE.values()) + users - users_before == (
        report.created + report.linked_created
    )
    _consistent()


# -- killed in the middle ------------------------------------------------------------------------


@pytest.mark.posix_only
@pytest.mark.slow
@pytest.mark.sqlite_only  # an SQLite file's write-ahead log
def test_a_process_killed_mid_import_leaves_the_database_as_it_was(
    store: Path, tmp_path: Path
) -> None:
    org = organizations.create_organization("Kestrel").id
    deal_ops.mark_won(deal_ops.create_deal("Licence", org_id=org, currency="EUR").id)
    before = _counts()
    rows = [[f"Deal {n}", f"Org {n % 500}", "won", "100"] for n in range(BATCH * 3)]
    path = _write(tmp_path / "deals.csv", ["Title", "Organization", "Status", "Value"], rows)
    close_database()

    helper = Path(__file__).with_name("import_kill.py")
    child = subprocess.Popen(
        [sys.executable, str(helper), str(store), str(path)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).parent.parent,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).parent.parent)},
    )
    try:
        assert child.stdout is not None
        stalled = child.stdout.readline()  # after the second batch
        assert stalled.startswith(f"stalled {BATCH * 2} "), stalled
        # uncommitted pages of the import are in the write-ahead log
        assert (tmp_path / "accountmgr.db-wal").stat().st_size > 100_000
        child.send_signal(signal.SIGKILL)
    finally:
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL

    open_database(store)
    assert _counts() == before
    assert integrity.problems() == []
    assert [a.id for a in accounts.list_accounts(TODAY)] == [org]
