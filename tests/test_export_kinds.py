"""Exporting whole kinds of records to CSV and Excel, and importing them back without loss."""

from __future__ import annotations

import csv
import datetime as dt
from collections import Counter
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from accountmgr.domain import activities, customfields, deals, demo, notes, organizations
from accountmgr.domain.errors import DomainError
from accountmgr.domain.export import export_kind
from accountmgr.domain.import_fields import fields_for
from accountmgr.domain.import_files import read_table
from accountmgr.domain.import_headers import auto_map
from accountmgr.domain.import_plan import convert_row
from accountmgr.domain.import_run import ImportOptions, run_import
from accountmgr.domain.transfer import EXPORT_KINDS
from accountmgr.store.database import close_database, open_database
from accountmgr.store.models import db

from .conftest import TODAY

IMPORT_ORDER = ("organizations", "people", "deals", "activities", "notes")


# --- a small data set ----------------------------------------------------------------------------


@pytest.fixture
def records(store: Path) -> dict[str, int]:
    """Two users, two organizations (one with a formula-like name), people, deals in three
    currencies (won, lost, open), a done and an open activity, a pinned note, a custom field."""
    alice = organizations.create_user("Alice Martin")
    bob = organizations.create_user("Bob Stone")
    acme = organizations.create_organization(
        "Acme GmbH",
        address="Hauptstraße 1, 10115 Berlin",
        country="DE",
        owner_id=alice,
        label="Key account",
    ).id
    evil = organizations.create_organization('=HYPERLINK("http://x")', owner_id=None).id
    tier = customfields.create_field("organization", "Tier", "single_option", ("Gold", "Silver"))
    customfields.set_value(tier.id, acme, "Gold")
    anna = organizations.create_person(
        "Anna Schmidt",
        org_id=acme,
        role="CFO",
        emails="anna@acme.de\nanna@example.org",
        phones="+49 30 1234",
    ).id
    organizations.create_person("@mention", org_id=evil, role="-1+2")
    won = deals.create_deal(
        "Licence 2026",
        org_id=acme,
        value_minor=123456,
        currency="EUR",
        person_id=anna,
        owner_id=alice,
    ).id
    deals.mark_won(won, dt.datetime(2026, 3, 1, 10, 30))
    lost = deals.create_deal("Support", org_id=acme, value_minor=500000, currency="USD").id
    deals.mark_lost(lost, "Price too high", dt.datetime(2026, 4, 2, 9, 0, 15))
    deals.create_deal(
        "Yen deal",
        org_id=evil,
        value_minor=1_000_000,
        currency="JPY",
        owner_id=bob,
        expected_close=dt.date(2027, 1, 31),
    )
    call = activities.create_activity(
        "Satisfaction call",
        dt.date(2026, 11, 20),
        type_id=activities.type_id("call"),
        org_id=acme,
        person_id=anna,
        deal_id=won,
        due_time=dt.time(10, 0),
        duration_min=15,
        assignee_id=bob,
        note="Went well",
    ).id
    activities.mark_done(call, when=dt.datetime(2026, 11, 20, 10, 20))
    activities.create_activity(
        "Send the quote", dt.date(2026, 12, 1), type_id=activities.type_id("task"), org_id=evil
    )
    notes.create_note("Renewal in March", org_id=acme, person_id=anna, pinned=True)
    notes.create_note("+ call back", org_id=evil, deal_id=None)
    return {"acme": acme, "evil": evil, "tier": tier.id, "alice": alice, "bob": bob}


def read_csv(path: Path) -> list[dict[str, str]]:
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel needs the BOM to read UTF-8
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def read_xlsx(path: Path, kind: str) -> tuple[list[str], list[dict[str, Any]]]:
    book = load_workbook(path)
    assert book.sheetnames == [kind]
    rows = list(book[kind].iter_rows(values_only=True))
    headers = [str(h) for h in rows[0]]
    assert all(cell.font.bold for cell in book[kind][1])
    return headers, [dict(zip(headers, row, strict=True)) for row in rows[1:]]


def labels(kind: str) -> list[str]:
    return [spec.label for spec in fields_for(kind)]


def by(rows: list[dict[str, Any]], column: str, value: str) -> dict[str, Any]:
    found = [row for row in rows if row[column] == value]
    assert len(found) == 1, (column, value, rows)
    return found[0]


# --- CSV -----------------------------------------------------------------------------------------


def test_kinds_are_the_importers_kinds_plus_accounts() -> None:
    assert EXPORT_KINDS == ("accounts", "organizations", "people", "deals", "activities", "notes")


def test_organizations_csv(records: dict[str, int], tmp_path: Path) -> None:
    out = tmp_path / "orgs.csv"
    assert export_kind("organizations", out) == 2
    rows = read_csv(out)
    assert list(rows[0]) == labels("organizations")
    assert "Tier" in rows[0]
    acme = by(rows, "Name", "Acme GmbH")
    assert acme["Address"] == "Hauptstraße 1, 10115 Berlin"
    assert acme["Country"] == "DE"
    assert acme["Owner"] == "Alice Martin"
    assert acme["Label"] == "Key account"
    assert acme["Tier"] == "Gold"
    evil = by(rows, "Name", '\'=HYPERLINK("http://x")')  # neutralised
    assert evil["Owner"] == ""
    assert evil["Tier"] == ""


def test_accounts_csv_adds_the_account_columns(records: dict[str, int], tmp_path: Path) -> None:
    out = tmp_path / "accounts.csv"
    assert export_kind("accounts", out) == 1  # only Acme has a won deal
    (row,) = read_csv(out)
    assert list(row) == [
        *labels("organizations"),
        "Won value",
        "Currency",
        "Account since",
        "Last contacted",
        "Next activity",
        "Next activity due",
    ]
    assert row["Name"] == "Acme GmbH"
    assert (row["Won value"], row["Currency"]) == ("1234.56", "EUR")
    assert row["Account since"] == "2026-03-01"
    assert row["Last contacted"] == "2026-11-20 10:20"
    assert row["Next activity"] == ""
    # the columns that are not organization fields are left alone when imported again
    mapped = auto_map("organizations", list(row))
    assert set(mapped.values()) == {spec.key for spec in fields_for("organizations")}


def test_people_csv(records: dict[str, int], tmp_path: Path) -> None:
    out = tmp_path / "people.csv"
    assert export_kind("people", out) == 2
    rows = read_csv(out)
    assert list(rows[0]) == labels("people")
    anna = by(rows, "Name", "Anna Schmidt")
    assert anna["Organization"] == "Acme GmbH"
    assert anna["Role"] == "CFO"
    assert anna["Email"] == "anna@acme.de\nanna@example.org"
    assert anna["Phone"] == "+49 30 1234"  # a phone number is no formula: left as it is
    other = by(rows, "Name", "'@mention")
    assert other["Role"] == "'-1+2"
    assert other["Organization"] == '\'=HYPERLINK("http://x")'


def test_deals_csv(records: dict[str, int], tmp_path: Path) -> None:
    out = tmp_path / "deals.csv"
    assert export_kind("deals", out) == 3
    rows = read_csv(out)
    assert list(rows[0]) == labels("deals")
    won = by(rows, "Title", "Licence 2026")
    assert won["Organization"] == "Acme GmbH"
    assert won["Person"] == "Anna Schmidt"
    assert (won["Value"], won["Currency"], won["Status"]) == ("1234.56", "EUR", "won")
    assert won["Owner"] == "Alice Martin"
    labels_by_key = {spec.key: spec.label for spec in fields_for("deals")}
    assert won[labels_by_key["won_time"]] == "2026-03-01 10:30"
    assert won[labels_by_key["lost_time"]] == ""
    lost = by(rows, "Title", "Support")
    assert (lost["Value"], lost["Currency"], lost["Status"]) == ("5000.00", "USD", "lost")
    assert lost[labels_by_key["lost_time"]] == "2026-04-02 09:00:15"
    assert lost[labels_by_key["lost_reason"]] == "Price too high"
    yen = by(rows, "Title", "Yen deal")
    assert (yen["Value"], yen["Currency"], yen["Status"]) == ("1000000", "JPY", "open")
    assert yen[labels_by_key["expected_close"]] == "2027-01-31"
    assert yen["Owner"] == "Bob Stone"


def test_activities_csv(records: dict[str, int], tmp_path: Path) -> None:
    out = tmp_path / "activities.csv"
    assert export_kind("activities", out) == 2
    rows = read_csv(out)
    assert list(rows[0]) == labels("activities")
    label = {spec.key: spec.label for spec in fields_for("activities")}
    call = by(rows, label["subject"], "Satisfaction call")
    assert call[label["type"]] == "Call"
    assert call[label["due_date"]] == "2026-11-20"
    assert call[label["due_time"]] == "10:00"
    assert call[label["duration"]] == "15"
    assert call[label["done"]] == "yes"
    assert call[label["done_time"]] == "2026-11-20 10:20"
    assert call[label["organization"]] == "Acme GmbH"
    assert call[label["person"]] == "Anna Schmidt"
    assert call[label["deal"]] == "Licence 2026"
    assert call[label["assignee"]] == "Bob Stone"
    assert call[label["note"]] == "Went well"
    task = by(rows, label["subject"], "Send the quote")
    assert task[label["done"]] == "no"
    assert task[label["due_time"]] == task[label["done_time"]] == task[label["person"]] == ""


def test_notes_csv(records: dict[str, int], tmp_path: Path) -> None:
    out = tmp_path / "notes.csv"
    assert export_kind("notes", out) == 2
    rows = read_csv(out)
    assert list(rows[0]) == labels("notes")
    label = {spec.key: spec.label for spec in fields_for("notes")}
    renewal = by(rows, label["content"], "Renewal in March")
    assert renewal[label["organization"]] == "Acme GmbH"
    assert renewal[label["person"]] == "Anna Schmidt"
    assert renewal[label["pinned"]] == "yes"
    assert renewal[label["created_at"]].startswith(TODAY.isoformat())
    by(rows, label["content"], "'+ call back")


# --- Excel ---------------------------------------------------------------------------------------


def test_xlsx_writes_typed_cells(records: dict[str, int], tmp_path: Path) -> None:
    out = tmp_path / "deals.xlsx"
    assert export_kind("deals", out, "xlsx") == 3
    headers, rows = read_xlsx(out, "deals")
    assert headers == labels("deals")
    label = {spec.key: spec.label for spec in fields_for("deals")}
    won = by(rows, "Title", "Licence 2026")
    assert Decimal(str(won["Value"])) == Decimal("1234.56")
    assert won["Currency"] == "EUR"
    assert won[label["won_time"]] == dt.datetime(2026, 3, 1, 10, 30)
    assert won[label["lost_time"]] is None
    assert by(rows, "Title", "Yen deal")[label["expected_close"]] == dt.datetime(2027, 1, 31)


def test_xlsx_keeps_formula_like_text_as_text(records: dict[str, int], tmp_path: Path) -> None:
    out = tmp_path / "orgs.xlsx"
    export_kind("organizations", out, "xlsx")
    _, rows = read_xlsx(out, "organizations")
    by(rows, "Name", '=HYPERLINK("http://x")')  # the text exactly, no quote needed
    cells = [row[0] for row in load_workbook(out)["organizations"].iter_rows(min_row=2)]
    formula = next(c for c in cells if str(c.value).startswith("="))
    assert formula.data_type == "s"  # typed as text: never run as a formula
    export_kind("people", out, "xlsx")
    _, people = read_xlsx(out, "people")
    other = by(people, "Name", "@mention")  # "@", "+", "-" are plain text cells in Excel
    assert other["Role"] == "-1+2"


@pytest.mark.parametrize("kind", EXPORT_KINDS)
def test_csv_and_xlsx_import_the_same(records: dict[str, int], tmp_path: Path, kind: str) -> None:
    """Both formats give the importer the same values, row for row."""
    base = "organizations" if kind == "accounts" else kind
    converted = []
    for fmt in ("csv", "xlsx"):
        out = tmp_path / f"{kind}.{fmt}"
        export_kind(kind, out, fmt)
        table = read_table(out)
        mapping = auto_map(base, table.headers)
        rows = [convert_row(base, mapping, row, day_first=True) for row in table.rows]
        assert all(not row.problems for row in rows), [row.problems for row in rows]
        converted.append([row.values for row in rows])
    assert converted[0] == converted[1]


# --- safety --------------------------------------------------------------------------------------


def test_unknown_kind_or_format_is_refused(store: Path, tmp_path: Path) -> None:
    with pytest.raises(DomainError, match="can be exported"):
        export_kind("users", tmp_path / "x.csv")
    with pytest.raises(DomainError, match="not an export format"):
        export_kind("deals", tmp_path / "x.ods", "ods")
    assert not list(tmp_path.glob("x.*"))


def test_export_is_atomic(records: dict[str, int], tmp_path: Path) -> None:
    out = tmp_path / "orgs.csv"
    out.write_text("old content")

    def cancel(done: int, total: int) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        export_kind("organizations", out, progress=cancel)
    assert out.read_text() == "old content"
    assert not list(tmp_path.glob(".export-*"))


def test_unwritable_folder_is_a_clear_error(records: dict[str, int], tmp_path: Path) -> None:
    with pytest.raises(DomainError, match="Cannot write to"):
        export_kind("notes", tmp_path / "missing" / "notes.csv")


def test_progress_reaches_the_total(records: dict[str, int], tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    export_kind(
        "activities", tmp_path / "a.xlsx", "xlsx", progress=lambda d, t: seen.append((d, t))
    )
    assert seen[-1] == (2, 2)


# --- round trip ----------------------------------------------------------------------------------


def _content() -> dict[str, Counter[tuple[Any, ...]]]:
    """Everything a person sees, without ids: what a round trip must keep."""
    queries = {
        "organizations": "SELECT o.name, o.address, o.country, u.name, o.label "
        'FROM organization o LEFT JOIN "user" u ON u.id = o.owner_id',
        "custom values": "SELECT o.name, f.name, CASE WHEN f.field_type = 'user' "
        'THEN (SELECT name FROM "user" WHERE id = v.value) ELSE v.value END '
        "FROM custom_value v JOIN custom_field f ON f.id = v.field_id "
        "JOIN organization o ON o.id = v.entity_id WHERE f.entity = 'organization'",
        "people": "SELECT p.name, o.name, p.role, p.emails, p.phones "
        "FROM person p LEFT JOIN organization o ON o.id = p.organization_id",
        "deals": "SELECT d.title, o.name, p.name, d.value_minor, d.currency, d.status, "
        "d.won_time, d.lost_time, d.lost_reason, d.expected_close, u.name FROM deal d "
        "LEFT JOIN organization o ON o.id = d.organization_id "
        "LEFT JOIN person p ON p.id = d.person_id "
        'LEFT JOIN "user" u ON u.id = d.owner_id',
        "activities": "SELECT a.subject, t.key, a.due_date, a.due_time, a.duration_min, a.done, "
        "a.done_time, o.name, p.name, d.title, u.name, a.note FROM activity a "
        "JOIN activity_type t ON t.id = a.type_id "
        "LEFT JOIN organization o ON o.id = a.organization_id "
        "LEFT JOIN person p ON p.id = a.person_id LEFT JOIN deal d ON d.id = a.deal_id "
        'LEFT JOIN "user" u ON u.id = a.assignee_id',
        "notes": "SELECT n.content, o.name, p.name, d.title, n.pinned, n.created_at FROM note n "
        "LEFT JOIN organization o ON o.id = n.organization_id "
        "LEFT JOIN person p ON p.id = n.person_id LEFT JOIN deal d ON d.id = n.deal_id",
        "accounts": "SELECT s.name, s.won_count, s.won_value, s.account_since, s.last_done "
        "FROM org_summary s WHERE s.won_count > 0",
    }
    return {
        name: Counter(tuple(_plain(v) for v in row) for row in db.execute_sql(sql))
        for name, sql in queries.items()
    }


def _plain(value: Any) -> Any:
    """Stored text the same whichever way it was written ("10:00" and "10:00:00")."""
    if isinstance(value, str) and len(value) in (5, 8) and value[2:3] == ":":
        return value[:5]
    return value


def _prepare_target(source_fields: list[customfields.FieldDefinition], users: list[str]) -> None:
    """What a team sets up before moving in: its custom fields (users come along by name)."""
    for definition in source_fields:
        customfields.create_field(
            "organization", definition.name, definition.field_type, definition.options
        )
    for name in users:
        organizations.create_user(name)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("fmt", "delimiter", "point"),
    [("csv", ",", "."), ("csv", ";", "."), ("csv", ";", ","), ("xlsx", ",", ".")],
)
def test_round_trip_into_an_empty_database(
    tmp_path: Path, fmt: str, delimiter: str, point: str
) -> None:
    source, target = tmp_path / "source.db", tmp_path / "target.db"
    open_database(source)
    try:
        demo.generate(50, today=TODAY)
        files = {kind: tmp_path / f"{kind}.{fmt}" for kind in EXPORT_KINDS}
        counts = {
            kind: export_kind(kind, path, fmt, delimiter=delimiter, decimal_point=point)
            for kind, path in files.items()
        }
        before = _content()
        fields = customfields.definitions("organization")
        users = [name for _, name in organizations.users()]
    finally:
        close_database()
    assert counts["organizations"] == 50
    assert all(before.values())  # every part of the comparison has rows
    assert counts["accounts"] == sum(before["accounts"].values())

    open_database(target)
    try:
        _prepare_target(fields, users)
        for kind in IMPORT_ORDER:
            headers = read_table(files[kind], limit=1).headers
            options = ImportOptions(kind, auto_map(kind, headers), on_duplicate="create")
            report = run_import(files[kind], options)
            assert report.rejected == [], (kind, report.rejected[:5])
            assert report.created == counts[kind], kind
            assert report.linked_created == 0, kind
        after = _content()
    finally:
        close_database()
    for name in before:
        assert after[name] == before[name], name


def test_a_csv_is_separated_as_the_locale_s_spreadsheets_expect(
    store: Path, tmp_path: Path
) -> None:
    from accountmgr.domain.errors import ValidationError
    from accountmgr.domain.export_files import delimiter_for

    assert delimiter_for(",") == ";"  # 1.234,5 in Excel fr/de/es/it/pt_BR: cells by ";"
    assert delimiter_for(".") == ","
    organizations.create_organization("Lynx Clinics, SARL")
    path = tmp_path / "organizations.csv"
    export_kind("organizations", path, "csv", delimiter=";")
    header, row = path.read_text(encoding="utf-8-sig").splitlines()[:2]
    assert header.startswith("Name;")
    assert row.startswith("Lynx Clinics, SARL;")  # the comma is text, not a separator
    with pytest.raises(ValidationError, match="cannot separate"):
        export_kind("organizations", path, "csv", delimiter="|")
    with pytest.raises(ValidationError, match="cannot be the decimal point"):
        export_kind("organizations", path, "csv", delimiter=",", decimal_point=",")


def test_decimals_are_written_with_a_comma_only_when_asked(store: Path, tmp_path: Path) -> None:
    org = organizations.create_organization("Lynx Clinics SARL").id
    deal = deals.create_deal("Licence", org_id=org, value_minor=1_234_50, currency="EUR").id
    deals.mark_won(deal)
    seats = customfields.create_field("organization", "Seats", "number")
    customfields.set_value(seats.id, org, "12.5")
    path = tmp_path / "accounts.csv"
    for point, value, custom in ((".", "1234.50", "12.5"), (",", "1234,50", "12,5")):
        export_kind("accounts", path, "csv", delimiter=";", decimal_point=point)
        with path.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.DictReader(handle, delimiter=";"))
        assert rows[0]["Won value"] == value, rows[0]
        assert rows[0]["Seats"] == custom
