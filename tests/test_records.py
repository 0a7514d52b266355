"""Reading single records and short pick lists for the dialogs; saving a deal with its status."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from accountmgr.domain import accounts, deals, organizations, records
from accountmgr.domain.changes import Kind
from accountmgr.domain.errors import NotFoundError, ValidationError
from accountmgr.store.models import Deal, User
from tests.conftest import TODAY


def _org(name: str, **fields: Any) -> int:
    return organizations.create_organization(name, **fields).id


def test_an_organization_record_has_every_field(store: Path) -> None:
    anna = organizations.create_user("Anna Keller")
    org = _org(
        "Kestrel Dental GmbH",
        address="Hafenstraße 12\n20457 Hamburg",
        country="de",
        owner_id=anna,
        label="Key account",
    )
    assert records.organization(org) == records.OrganizationRecord(
        id=org,
        name="Kestrel Dental GmbH",
        address="Hafenstraße 12\n20457 Hamburg",
        country="DE",
        owner_id=anna,
        owner_name="Anna Keller",
        label="Key account",
    )


def test_a_person_record_names_the_organization(store: Path) -> None:
    org = _org("Heron Foods AG")
    person = organizations.create_person(
        "Miriam Vogt", org_id=org, role="CFO", emails="m@heron.example", phones="+49 40 1"
    ).id
    assert records.person(person) == records.PersonRecord(
        id=person,
        name="Miriam Vogt",
        role="CFO",
        emails="m@heron.example",
        phones="+49 40 1",
        org_id=org,
        org_name="Heron Foods AG",
    )
    loner = organizations.create_person("Jo Loner").id
    assert (records.person(loner).org_id, records.person(loner).org_name) == (None, None)


def test_a_deal_record_has_its_currency_exponent_and_names(store: Path) -> None:
    ben = organizations.create_user("Ben Ortiz")
    org = _org("Lynx Robotics AB")
    person = organizations.create_person("Sven Berg", org_id=org).id
    deal = deals.create_deal(
        "Robot arms",
        org_id=org,
        value_minor=150_000,
        currency="JPY",
        person_id=person,
        owner_id=ben,
        expected_close=dt.date(2027, 1, 15),
    ).id
    deals.mark_lost(deal, "Budget", dt.datetime(2026, 11, 20, 9, 30))
    record = records.deal(deal)
    assert record == records.DealRecord(
        id=deal,
        title="Robot arms",
        value_minor=150_000,
        currency="JPY",
        exponent=0,
        status="lost",
        won_time=None,
        lost_time=dt.datetime(2026, 11, 20, 9, 30),
        lost_reason="Budget",
        expected_close=dt.date(2027, 1, 15),
        owner_id=ben,
        owner_name="Ben Ortiz",
        org_id=org,
        org_name="Lynx Robotics AB",
        person_id=person,
        person_name="Sven Berg",
    )


@pytest.mark.parametrize("read", [records.organization, records.person, records.deal])
def test_reading_a_missing_record_is_not_found(store: Path, read: Callable[[int], object]) -> None:
    with pytest.raises(NotFoundError, match="There is no"):
        read(404)


def test_find_organizations_puts_names_that_start_with_the_text_first(store: Path) -> None:
    for name in ("Blue Kestrel AG", "kestrel Dental", "Alpine Kestrels", "Kestrel Audio", "Heron"):
        _org(name)
    found = [name for _, name in records.find_organizations("KESTREL")]
    assert found == ["Kestrel Audio", "kestrel Dental", "Alpine Kestrels", "Blue Kestrel AG"]


def test_find_organizations_matches_short_text_anywhere_too(store: Path) -> None:
    for name in ("Oak Ltd", "Cloak AG", "Birch"):
        _org(name)
    assert [name for _, name in records.find_organizations("oa")] == ["Oak Ltd", "Cloak AG"]
    assert [name for _, name in records.find_organizations("k")] == ["Cloak AG", "Oak Ltd"]


def test_find_organizations_stops_at_the_limit(store: Path) -> None:
    for number in range(30):
        _org(f"Acme {number:02d}")
        _org(f"The Acme {number:02d}")
    found = records.find_organizations("acme", limit=20)
    assert [name for _, name in found] == [f"Acme {n:02d}" for n in range(20)]
    mixed = records.find_organizations("acme", limit=35)
    assert [name for _, name in mixed][29:] == ["Acme 29", *(f"The Acme {n:02d}" for n in range(5))]
    assert records.find_organizations("acme", limit=0) == []


def test_find_organizations_returns_ids_and_tells_same_names_apart(store: Path) -> None:
    first, second = _org("Twin GmbH"), _org("Twin GmbH")
    assert records.find_organizations("twin") == [(first, "Twin GmbH"), (second, "Twin GmbH")]


def test_find_organizations_takes_text_literally(store: Path) -> None:
    _org("100% Organic")
    _org("Under_score Ltd")
    _org('Quote "Q" AG')
    _org("Plain")
    assert records.find_organizations("%") == [(1, "100% Organic")]
    assert [n for _, n in records.find_organizations("_")] == ["Under_score Ltd"]
    assert [n for _, n in records.find_organizations('"q"')] == ['Quote "Q" AG']
    assert records.find_organizations("   ") == []
    assert records.find_organizations("nothing like it") == []


def test_find_organizations_does_not_match_on_people(store: Path) -> None:
    org = _org("Heron Foods")
    organizations.create_person("Kestrel Smith", org_id=org)
    assert records.find_organizations("kestrel") == []


def test_an_organization_named_exactly_is_found_once(store: Path) -> None:
    org = _org("Kestrel Dental GmbH")
    _org("Twin AG")
    _org("Twin AG")
    assert records.organization_id_named("  kestrel   dental gmbh ") == org
    with pytest.raises(ValidationError, match="no organization named “Nowhere”"):
        records.organization_id_named("Nowhere")
    with pytest.raises(ValidationError, match="Several organizations are named “Twin AG”"):
        records.organization_id_named("Twin AG")


def test_people_of_an_organization_by_name(store: Path) -> None:
    org, other = _org("Heron"), _org("Otter")
    zoe = organizations.create_person("zoe Adler", org_id=org).id
    adam = organizations.create_person("Adam Zorn", org_id=org).id
    organizations.create_person("Elsewhere", org_id=other)
    assert records.people_of(org) == [(adam, "Adam Zorn"), (zoe, "zoe Adler")]
    assert records.people_of(404) == []


def test_labels_are_distinct_sorted_and_not_empty(store: Path) -> None:
    for label in ("Partner", "", "at risk", "Partner", "Key account"):
        _org("Org", label=label)
    assert organizations.labels() == ["at risk", "Key account", "Partner"]


def test_currencies_have_names_and_exponents(store: Path) -> None:
    found = records.currencies()
    assert ("EUR", "Euro", 2) in found
    assert ("JPY", "Japanese yen", 0) in found
    assert [code for code, _, _ in found] == sorted(code for code, _, _ in found)


def _deal_fields(org: int | None, **changes: Any) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "title": "Licence",
        "org_id": org,
        "value_minor": 50_000,
        "currency": "EUR",
    }
    fields.update(changes)
    return fields


def test_saving_a_new_won_deal_makes_an_account_in_one_change(store: Path) -> None:
    org = _org("Kestrel Dental GmbH")
    created = records.save_deal(None, **_deal_fields(org, status="won"))
    assert [row.id for row in accounts.list_accounts(TODAY)] == [org]
    assert created.change.org_ids == {org}
    assert Kind.DEAL in created.change.kinds
    deal = records.deal(created.id)
    assert (deal.status, deal.value_minor, deal.won_time is not None) == ("won", 50_000, True)


def test_saving_moves_a_deal_between_statuses(store: Path) -> None:
    org = _org("Otter Print Ltd")
    deal_id = records.save_deal(None, **_deal_fields(org)).id
    assert records.deal(deal_id).status == "open"

    records.save_deal(deal_id, **_deal_fields(org, status="lost", lost_reason="Price"))
    lost = records.deal(deal_id)
    assert (lost.status, lost.lost_reason) == ("lost", "Price")
    Deal.update(lost_time=dt.datetime(2026, 1, 2, 3, 4)).where(Deal.id == deal_id).execute()

    # Saving a lost deal again takes the new reason and keeps when it was lost.
    records.save_deal(deal_id, **_deal_fields(org, status="lost", lost_reason="Timing"))
    again = records.deal(deal_id)
    assert (again.lost_reason, again.lost_time) == ("Timing", dt.datetime(2026, 1, 2, 3, 4))

    records.save_deal(deal_id, **_deal_fields(org, status="won"))
    won = records.deal(deal_id)
    assert (won.status, won.lost_reason, won.lost_time) == ("won", "", None)
    Deal.update(won_time=dt.datetime(2026, 5, 6, 7, 8)).where(Deal.id == deal_id).execute()
    records.save_deal(deal_id, **_deal_fields(org, title="Renamed", status="won"))
    assert records.deal(deal_id).won_time == dt.datetime(2026, 5, 6, 7, 8)

    change = records.save_deal(deal_id, **_deal_fields(org, status="open")).change
    assert records.deal(deal_id).status == "open"
    assert accounts.list_accounts(TODAY) == []
    assert change.org_ids == {org}


def test_a_failed_status_change_leaves_nothing_behind(store: Path) -> None:
    org = _org("Heron Foods AG")
    too_long = "x" * 300
    with pytest.raises(ValidationError, match="lost reason is too long"):
        records.save_deal(None, **_deal_fields(org, status="lost", lost_reason=too_long))
    assert Deal.select().count() == 0

    deal_id = records.save_deal(None, **_deal_fields(org)).id
    with pytest.raises(ValidationError, match="not a deal status"):
        records.save_deal(deal_id, **_deal_fields(org, title="New", status="closed"))
    with pytest.raises(ValidationError, match="lost reason is too long"):
        records.save_deal(
            deal_id,
            **_deal_fields(org, title="New", status="lost", lost_reason=too_long),
        )
    assert (records.deal(deal_id).title, records.deal(deal_id).status) == ("Licence", "open")


def test_saving_a_missing_deal_is_not_found(store: Path) -> None:
    with pytest.raises(NotFoundError):
        records.save_deal(404, **_deal_fields(None))


def test_an_inactive_owner_keeps_their_name(store: Path) -> None:
    gone = organizations.create_user("Gone Person")
    User.update(active=False).where(User.id == gone).execute()
    org = _org("Heron", owner_id=gone)
    assert records.organization(org).owner_name == "Gone Person"
