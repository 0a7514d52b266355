"""What the side panel reads about one account, and the Qt models that show it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QUrl
from pytestqt.modeltest import ModelTester

from accountmgr.domain import (
    account_detail,
    activities,
    currencies,
    deals,
    files,
    notes,
    organizations,
    snapshots,
)
from accountmgr.domain.errors import NotFoundError
from accountmgr.qtmodels.panel_models import (
    ActivitiesModel,
    DealsModel,
    FilesModel,
    HeadingRole,
    IdRole,
    NotesModel,
    PeopleModel,
    UrlsRole,
)
from tests.conftest import TODAY


@pytest.fixture
def org(store: Path) -> int:
    return organizations.create_organization("Heron Foods AG").id


def _activity(org: int, subject: str, days: int, *, done: bool = False) -> int:
    made = activities.create_activity(
        subject, TODAY + dt.timedelta(days=days), type_id=activities.type_id("call"), org_id=org
    )
    if done:
        activities.mark_done(
            made.id, when=dt.datetime.combine(TODAY, dt.time(9)) + dt.timedelta(days=days)
        )
    return made.id


# -- reads ------------------------------------------------------------------------------------


def test_header_sums_won_deals_over_currencies(org: int) -> None:
    currencies.set_exchange_rate("USD", 900_000)  # 1 USD = 0.90 EUR
    for value, code in ((100_000, "EUR"), (50_001, "USD"), (7_000, "EUR")):
        deals.mark_won(deals.create_deal("Won", org_id=org, value_minor=value, currency=code).id)
    deals.create_deal("Open", org_id=org, value_minor=999_999, currency="EUR")
    lost = deals.create_deal("Lost", org_id=org, value_minor=5, currency="EUR").id
    deals.mark_lost(lost, "Budget")

    header = account_detail.header(org)

    assert header.won_value == 100_000 + 7_000 + round(50_001 * 0.9)
    assert {(m.currency, m.minor) for m in header.won_by_currency} == {
        ("EUR", 107_000),
        ("USD", 50_001),
    }
    assert (header.won_count, header.open_count, header.lost_count) == (3, 1, 1)
    assert header.is_account
    assert header.account_since is not None


def test_header_of_a_deleted_organization_says_so(org: int) -> None:
    organizations.delete_organization(org)
    with pytest.raises(NotFoundError):
        account_detail.header(org)


def test_activities_upcoming_soonest_first_then_history_newest_first(org: int) -> None:
    later = _activity(org, "Later", 5)
    overdue = _activity(org, "Overdue", -3)
    old = _activity(org, "Old call", -30, done=True)
    recent = _activity(org, "Recent call", -2, done=True)

    order = [a.id for a in account_detail.activities_of(org)]

    assert order == [overdue, later, recent, old]


def test_notes_pinned_first_then_newest(org: int) -> None:
    first = notes.create_note("First", org_id=org).id
    pinned = notes.create_note("Pinned", org_id=org, pinned=True).id
    notes.update_note(first, content="First, edited")
    latest = notes.create_note("Latest", org_id=org).id

    assert next(n.id for n in account_detail.notes_of(org)) == pinned
    assert {n.id for n in account_detail.notes_of(org)} == {first, pinned, latest}


def test_people_to_link_leaves_out_the_accounts_own(org: int) -> None:
    own = organizations.create_person("Anna Own", org_id=org).id
    other_org = organizations.create_organization("Other").id
    elsewhere = organizations.create_person("Anna Elsewhere", org_id=other_org).id
    free = organizations.create_person("Anna Free").id

    found = account_detail.people_to_link(org, "anna")

    ids = [i for i, _, _ in found]
    assert own not in ids
    assert ids == [free, elsewhere]  # people without an organization first
    assert found[1][2] == "Other"


def test_people_to_link_treats_wildcards_as_text(org: int) -> None:
    organizations.create_person("100% Real")
    organizations.create_person("Someone")
    assert [n for _, n, _ in account_detail.people_to_link(org, "%")] == ["100% Real"]


def test_a_deleted_activity_note_or_deal_comes_back_with_its_id(org: int) -> None:
    activity = _activity(org, "Call", 1)
    note = notes.create_note("Remember", org_id=org, pinned=True).id
    deal = deals.create_deal("Renewal", org_id=org, value_minor=500, currency="EUR").id
    deals.mark_won(deal)
    snaps = [
        snapshots.snapshot_row("activity", activity),
        snapshots.snapshot_row("note", note),
        snapshots.snapshot_row("deal", deal),
    ]
    activities.delete_activity(activity)
    notes.delete_note(note)
    deals.delete_deal(deal)
    assert not account_detail.header(org).is_account

    for snap in snaps:
        change = snapshots.restore_row(snap)
        assert change.org_ids == {org}

    assert [a.id for a in account_detail.activities_of(org)] == [activity]
    assert [(n.id, n.pinned) for n in account_detail.notes_of(org)] == [(note, True)]
    assert account_detail.header(org).is_account
    assert account_detail.header(org).next_activity_id == activity


def test_restoring_into_a_deleted_organization_is_refused(org: int) -> None:
    note = notes.create_note("Remember", org_id=org).id
    snap = snapshots.snapshot_row("note", note)
    organizations.delete_organization(org)
    with pytest.raises(NotFoundError):
        snapshots.restore_row(snap)


def test_restore_status_puts_the_won_time_back(org: int) -> None:
    deal = deals.create_deal("Licence", org_id=org, value_minor=100, currency="EUR").id
    won_at = dt.datetime(2025, 3, 4, 10, 30)
    deals.mark_won(deal, when=won_at)
    deals.reopen(deal)
    assert not account_detail.header(org).is_account

    deals.restore_status(deal, "won", won_at, None, "")

    header = account_detail.header(org)
    assert header.account_since == won_at
    assert account_detail.deals_of(org)[0].won_time == won_at


# -- models -----------------------------------------------------------------------------------


def test_activities_model_groups_by_day_with_headings(
    org: int, qtmodeltester: ModelTester, english: object
) -> None:
    overdue = _activity(org, "Overdue call", -3)
    today = _activity(org, "Today call", 0)
    _activity(org, "Done call", -1, done=True)
    model = ActivitiesModel()
    model.set_items(account_detail.activities_of(org), TODAY)

    qtmodeltester.check(model)

    texts = [model.index(r, 0).data() for r in range(model.rowCount())]
    headings = [r for r in range(model.rowCount()) if model.index(r, 0).data(HeadingRole)]
    assert len(headings) == 4  # the overdue day, today, "History", the done day
    assert texts[0].startswith("Overdue — ")
    assert model.index(1, 0).data(IdRole) == overdue
    assert texts[2].startswith("Today — ")
    assert model.index(3, 0).data(IdRole) == today
    assert texts[4] == "History"
    assert "Done call" in texts[6]
    heading = model.index(0, 0)
    assert not model.flags(heading) & Qt.ItemFlag.ItemIsSelectable
    assert model.flags(model.index(1, 0)) & Qt.ItemFlag.ItemIsSelectable
    assert model.row_of(today) == 3


def test_notes_model_shows_meta_and_passes_the_tester(org: int, qtmodeltester: ModelTester) -> None:
    person = organizations.create_person("Tom Lind", org_id=org).id
    notes.create_note("Asked for a training day." * 30, org_id=org, person_id=person, pinned=True)
    notes.create_note("Short", org_id=org)
    model = NotesModel()
    model.set_items(account_detail.notes_of(org))

    qtmodeltester.check(model)

    first = model.index(0, 0).data()
    assert first.endswith("pinned")
    assert "about Tom Lind" in first
    assert "…" in first  # a long note is cut in the list; the tooltip holds more
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole).startswith("Asked")


def test_files_model_formats_sizes(
    org: int, qtmodeltester: ModelTester, tmp_path: Path, english: object
) -> None:
    source = tmp_path / "Contract.pdf"
    source.write_bytes(b"x" * 2048)
    files.attach(org, source)
    model = FilesModel()
    model.set_items(account_detail.files_of(org))

    qtmodeltester.check(model)

    assert model.index(0, 0).data() == "Contract.pdf"
    assert model.index(0, 1).data() == QLocale().formattedDataSize(2048)


def test_deals_model_shows_status_value_and_reason(
    org: int, qtmodeltester: ModelTester, english: object
) -> None:
    lost = deals.create_deal("Upsell", org_id=org, value_minor=123_456, currency="EUR").id
    deals.mark_lost(lost, "Chose a competitor")
    model = DealsModel()
    model.set_items(account_detail.deals_of(org))

    qtmodeltester.check(model)

    assert [model.index(0, c).data() for c in (0, 1, 2, 4)] == [
        "Upsell",
        "Lost",
        "€1,234.56",
        "Chose a competitor",
    ]


def test_people_model_gives_mailto_and_tel_links(org: int, qtmodeltester: ModelTester) -> None:
    organizations.create_person(
        "Ana Ruiz",
        org_id=org,
        role="CFO",
        emails="ana@example.com\nana.ruiz@example.org",
        phones="+34 91 123 45 67",
    )
    model = PeopleModel()
    model.set_items(account_detail.people_of(org))

    qtmodeltester.check(model)

    assert model.index(0, 2).data(UrlsRole) == [
        QUrl("mailto:ana@example.com"),
        QUrl("mailto:ana.ruiz@example.org"),
    ]
    assert model.index(0, 3).data(UrlsRole) == [QUrl("tel:+34911234567")]
    assert model.index(0, 1).data(UrlsRole) is None
