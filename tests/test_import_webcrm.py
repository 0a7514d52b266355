"""A whole web-CRM export (tests/data/webcrm: organizations, people, deals, activities, notes)
imported with the real importer into a fresh database gives exactly what the files say.

The files are written as web CRMs export them: "Organization - Name" prefixes, "Done" / "To do"
status columns, two email and two phone columns per person, notes in HTML, deals in five
currencies (EUR, USD, GBP, AUD, CAD; the last two unknown to a new database) and organization
names a spreadsheet would take for formulas, quoted by the exporting CRM's formula guard.
"""

from __future__ import annotations

from pathlib import Path

from accountmgr.domain import account_detail, account_list, accounts, currencies, summary
from accountmgr.domain.account_list import AccountFilter
from accountmgr.domain.import_files import read_table
from accountmgr.domain.import_headers import auto_map
from accountmgr.domain.import_run import ImportOptions, Report, run_import
from accountmgr.store.models import db
from tests.conftest import TODAY

DATA = Path(__file__).parent / "data" / "webcrm"
ORDER = ("organizations", "people", "deals", "activities", "notes")


def _import_all() -> dict[str, Report]:
    reports = {}
    for kind in ORDER:
        path = DATA / f"{kind}.csv"
        mapping = auto_map(kind, read_table(path, limit=1).headers)
        reports[kind] = run_import(path, ImportOptions(kind, mapping))
    return reports


def _org(name: str) -> int:
    return int(db.execute_sql("SELECT id FROM organization WHERE name = ?", (name,)).fetchone()[0])


def test_the_whole_export_comes_in_as_written(store: Path) -> None:
    reports = _import_all()
    assert {kind: r.rejected for kind, r in reports.items()} == {kind: [] for kind in ORDER}
    assert {kind: r.created for kind, r in reports.items()} == {
        "organizations": 6,
        "people": 4,
        "deals": 8,
        "activities": 9,
        "notes": 3,
    }
    assert reports["deals"].currencies_added == ["AUD", "CAD"]
    # every link is found in the files; only the owners Ana and Bo become users
    assert {kind: r.linked_created for kind, r in reports.items()} == {
        "organizations": 2,
        "people": 0,
        "deals": 0,
        "activities": 0,
        "notes": 0,
    }

    # the names exactly as written, the formula guard's quote removed
    names = [r[0] for r in db.execute_sql("SELECT name FROM organization ORDER BY id")]
    assert names == [
        "Wombat Analytics Pty Ltd",
        "Maple Leaf Logistics Inc.",
        "Brasserie du Port SARL",
        "=SUM(A1)",
        "-2+3 Ltd",
        "Prospect Only GmbH",
    ]

    # every email and phone column of a person is kept
    people = {
        name: (emails, phones, role)
        for name, emails, phones, role in db.execute_sql(
            "SELECT name, emails, phones, role FROM person"
        )
    }
    assert people["Olivia Hart"] == (
        "olivia@wombat.example\nolivia.hart@home.example",
        "+61 412 345 678\n+61 2 9000 1000",
        "CFO",
    )
    assert people["Liam Tremblay"] == ("liam@maple.example", "+1 416 555 0100", "Ops lead")
    assert people["Sam Sum"][0] == "sam@sum.example\nsam@private.example"

    # the accounts, their won value, next activity and last contact
    rows = {row.name: row for row in accounts.list_accounts(TODAY)}
    assert sorted(rows) == sorted(names[:5])  # the prospect only lost a deal
    expected = {
        # name: (won deals, won value in EUR cents, next due, next subject, last contacted)
        "Wombat Analytics Pty Ltd": (
            2, 150_000, "2026-12-01", "Check-in email", "2026-11-20 10:15:00"
        ),
        "Maple Leaf Logistics Inc.": (
            1, 0, "2026-11-18", "Satisfaction call", "2025-09-20 16:00:00"
        ),
        "Brasserie du Port SARL": (1, 240_050, None, None, "2026-10-02 14:00:00"),
        "=SUM(A1)": (1, 92_000, None, None, "2026-11-24 09:00:00"),  # 1000 USD at 0.92
        "-2+3 Ltd": (1, 87_750, "2027-01-12", "Intro call", None),  # 750 GBP at 1.17
    }  # fmt: skip
    assert {
        name: (
            row.won_deals,
            row.won_value,
            row.next_activity_due,
            row.next_activity_subject,
            row.last_activity_done,
        )
        for name, row in rows.items()
    } == expected
    assert rows["Maple Leaf Logistics Inc."].next_activity_time == "11:00:00"

    # won values in a currency without an exchange rate are marked, never counted wrong
    unpriced = {name: row.won_unpriced for name, row in rows.items()}
    assert unpriced == {
        "Wombat Analytics Pty Ltd": 1,
        "Maple Leaf Logistics Inc.": 1,
        "Brasserie du Port SARL": 0,
        "=SUM(A1)": 0,
        "-2+3 Ltd": 0,
    }
    wombat, maple = _org("Wombat Analytics Pty Ltd"), _org("Maple Leaf Logistics Inc.")
    assert account_detail.header(wombat).unpriced == ("AUD",)
    assert account_detail.header(maple).unpriced == ("CAD",)
    without_rate = db.execute_sql("SELECT code FROM currency WHERE rate_micros = 0 ORDER BY code")
    assert [code for (code,) in without_rate] == ["AUD", "CAD"]
    totals = accounts.totals(TODAY)
    assert (totals.accounts, totals.won_value, totals.unpriced) == (
        5,
        150_000 + 240_050 + 92_000 + 87_750,
        2,
    )
    assert totals.nothing_planned == 2
    shown = account_list.shown_totals(AccountFilter(), today=TODAY)
    assert (shown.count, shown.won_value, shown.unpriced) == (5, totals.won_value, 2)

    # open and done activities as the status column says
    states = dict(db.execute_sql("SELECT subject, done FROM activity").fetchall())
    assert [s for s, done in states.items() if not done] == [
        "Renewal call",
        "Check-in email",
        "Satisfaction call",
        "Intro call",
    ]
    kick_off = db.execute_sql(
        "SELECT note FROM activity WHERE subject = 'Kick-off meeting'"
    ).fetchone()
    assert kick_off == ("Agreed on scope.",)

    # notes in HTML as readable text, plain text exactly as written
    notes = [r[0] for r in db.execute_sql("SELECT content FROM note ORDER BY id")]
    assert notes == [
        "Olivia prefers email.\nBudget review in June.\n\n"
        "Contract: signed contract (https://files.example/wombat/contract.pdf)",
        "Plain text note: 2 < 3 && 5 > 4\nsecond line stays",
        "Prefers calls before 10:00\n\n• no Mondays\n• French please",
    ]
    assert summary.differences() == []

    # the rates set later make the totals whole and the marks go
    currencies.set_exchange_rate("AUD", 600_000)
    currencies.set_exchange_rate("CAD", 680_000)
    rows = {row.name: row for row in accounts.list_accounts(TODAY)}
    assert rows["Wombat Analytics Pty Ltd"].won_value == 150_000 + 720_000
    assert rows["Maple Leaf Logistics Inc."].won_value == 544_000
    assert all(row.won_unpriced == 0 for row in rows.values())
    totals = accounts.totals(TODAY)
    assert (totals.won_value, totals.unpriced) == (
        150_000 + 720_000 + 544_000 + 240_050 + 92_000 + 87_750,
        0,
    )
    assert summary.differences() == []


def test_importing_the_export_again_creates_nothing(store: Path) -> None:
    _import_all()
    before = db.execute_sql("SELECT count(*) FROM organization").fetchone()[0]
    path = DATA / "organizations.csv"
    mapping = auto_map("organizations", read_table(path, limit=1).headers)
    report = run_import(path, ImportOptions("organizations", mapping))
    assert (report.created, report.skipped, report.rejected) == (0, 6, [])
    assert db.execute_sql("SELECT count(*) FROM organization").fetchone()[0] == before
