"""Domain operations: the account rule step by step, values, next activity, validation."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from accountmgr.domain import (
    account_list,
    accounts,
    activities,
    currencies,
    deals,
    default_currency,
    demo,
    integrity,
    notes,
    organizations,
    summary,
)
from accountmgr.domain.account_list import AccountFilter
from accountmgr.domain.buckets import Bucket
from accountmgr.domain.changes import Kind
from accountmgr.domain.errors import NotFoundError, ValidationError
from accountmgr.domain.money import MAX_MINOR, Money, parse_amount, to_decimal_string
from accountmgr.store.models import Organization, db
from tests.conftest import TODAY


def _account_ids() -> list[int]:
    return [row.id for row in accounts.list_accounts(TODAY)]


def test_winning_a_deal_makes_the_organization_an_account_at_once(store: Path) -> None:
    org = organizations.create_organization("Kestrel Dental GmbH").id
    deal = deals.create_deal("Annual licence", org_id=org, value_minor=480_000, currency="EUR")
    assert _account_ids() == []

    change = deals.mark_won(deal.id, dt.datetime(2026, 3, 1, 10, 0))
    assert change.org_ids == {org}
    assert Kind.DEAL in change.kinds
    [row] = accounts.list_accounts(TODAY)
    assert (row.id, row.won_deals, row.won_value) == (org, 1, 480_000)
    assert row.account_since == "2026-03-01 10:00:00"


def test_an_account_stops_being_one_when_no_won_deal_is_left(store: Path) -> None:
    org = organizations.create_organization("Otter Print Ltd").id
    first = deals.create_deal("Pilot", org_id=org, value_minor=100, currency="EUR").id
    second = deals.create_deal("Rollout", org_id=org, value_minor=200, currency="EUR").id
    deals.mark_won(first, dt.datetime(2025, 1, 1))
    deals.mark_won(second, dt.datetime(2025, 6, 1))
    deals.mark_lost(first, "Budget cut")
    [row] = accounts.list_accounts(TODAY)
    assert (row.won_deals, row.won_value, row.account_since) == (1, 200, "2025-06-01 00:00:00")
    deals.reopen(second)
    assert _account_ids() == []
    deals.mark_won(second)
    deals.delete_deal(second)
    assert _account_ids() == []
    # The organization and its data stay.
    assert Organization.get_by_id(org).name == "Otter Print Ltd"


def test_the_account_is_the_organization(store: Path) -> None:
    org = organizations.create_organization("Heron Foods AG").id
    deals.mark_won(deals.create_deal("Deal", org_id=org, currency="EUR").id)
    organizations.update_organization(org, name="Heron Foods Group AG", label="Key account")
    [row] = accounts.list_accounts(TODAY)
    assert row.name == "Heron Foods Group AG"
    assert Organization.get_by_id(org).label == "Key account"


def test_won_value_converts_to_the_default_currency_and_keeps_the_breakdown(store: Path) -> None:
    org = organizations.create_organization("Lynx Robotics AB").id
    for value, currency in ((123_456, "EUR"), (10_000, "USD"), (100_000, "JPY")):
        deals.mark_won(deals.create_deal("D", org_id=org, value_minor=value, currency=currency).id)
    [row] = accounts.list_accounts(TODAY)
    # 1234.56 EUR + 100 USD * 0.92 + 100000 JPY * 0.0061 = 1234.56 + 92.00 + 610.00
    assert to_decimal_string(row.won_value, 2) == "1936.56"
    assert currencies.won_value_by_currency(org) == [
        Money(123_456, "EUR"),
        Money(100_000, "JPY"),
        Money(10_000, "USD"),
    ]
    currencies.set_exchange_rate("USD", 1_000_000)
    [row] = accounts.list_accounts(TODAY)
    assert to_decimal_string(row.won_value, 2) == "1944.56"


def test_next_activity_and_last_contacted(store: Path) -> None:
    org = organizations.create_organization("Atlas Analytics SAS").id
    deals.mark_won(deals.create_deal("D", org_id=org, currency="EUR").id)
    person = organizations.create_person("Léa Martin", org_id=org, emails="lea@example.fr").id
    call = activities.type_id("call")
    # An activity of the person counts for the organization.
    past = activities.create_activity("Kick-off", TODAY, type_id=call, person_id=person).id
    activities.mark_done(past, when=dt.datetime(2026, 11, 20, 9, 0))
    later = activities.create_activity(
        "QBR", TODAY + dt.timedelta(days=9), type_id=call, org_id=org
    ).id
    timed = activities.create_activity(
        "Check-in", TODAY, type_id=call, org_id=org, due_time=dt.time(15, 0)
    ).id
    untimed = activities.create_activity("Send quote", TODAY, type_id=call, org_id=org).id
    [row] = accounts.list_accounts(TODAY)
    assert row.last_activity_done == "2026-11-20 09:00:00"
    # Same day: the one without a time of day comes first.
    assert (row.next_activity_subject, row.bucket) == ("Send quote", Bucket.TODAY)
    activities.delete_activity(untimed)
    [row] = accounts.list_accounts(TODAY)
    assert (row.next_activity_subject, row.next_activity_time) == ("Check-in", "15:00:00")
    [move] = activities.move_next_activities([org], TODAY + dt.timedelta(days=2)).moves
    assert (move.activity_id, move.old_date, move.new_date) == (
        timed,
        TODAY,
        TODAY + dt.timedelta(days=2),
    )
    [row] = accounts.list_accounts(TODAY)
    assert (row.next_activity_time, row.bucket) == ("15:00:00", Bucket.THIS_WEEK)
    activities.mark_done(timed)
    activities.mark_done(later)
    [row] = accounts.list_accounts(TODAY)
    assert row.bucket is Bucket.NO_ACTIVITY
    assert activities.move_next_activities([org], TODAY).without_activity == (org,)


def test_search_matches_names_people_emails_and_phones(store: Path) -> None:
    org = organizations.create_organization("Granite Solar GmbH").id
    deals.mark_won(deals.create_deal("D", org_id=org, currency="EUR").id)
    organizations.create_person(
        "Jonas Weber", org_id=org, emails="j.weber@granite.example", phones="+49 30 1234567"
    )
    for text in ("granite", "Solar Gm", "jonas", "weber@gran", "1234567", "GR", "g"):
        assert _search(text) == [org], text
    assert _search("100%") == []


def _search(text: str) -> list[int]:
    return [row.id for row in accounts.list_accounts(TODAY, search=text)]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: organizations.create_organization("   "), "must not be empty"),
        (lambda: organizations.create_organization("x" * 300), "too long"),
        (lambda: organizations.create_organization("A", country="Germany"), "country code"),
        (lambda: organizations.create_organization("A", owner_id=999), "no user"),
        (lambda: organizations.create_person("P", emails="not-an-email"), "email address"),
        (lambda: deals.create_deal("D", org_id=None, currency="XXX"), "currency"),
        (lambda: deals.create_deal("D", org_id=None, value_minor=-1, currency="EUR"), "negative"),
        (lambda: deals.mark_won(12345), "no deal"),
        (lambda: notes.create_note("  ", org_id=1), "must not be empty"),
    ],
)
def test_bad_input_is_refused_with_a_clear_message_and_nothing_is_written(
    store: Path, call: object, message: str
) -> None:
    organizations.create_organization("Existing")
    before = _counts()
    with pytest.raises((ValidationError, NotFoundError), match=message):
        call()  # type: ignore[operator]
    assert _counts() == before


def test_a_failure_inside_a_write_rolls_everything_back(store: Path) -> None:
    org = organizations.create_organization("Orca Studios S.L.").id
    deal = deals.create_deal("D", org_id=org, currency="EUR").id
    before = _counts()
    with pytest.raises(ValidationError):
        deals.update_deal(deal, title="New title", currency="???")
    assert _counts() == before
    assert db.execute_sql("SELECT title FROM deal").fetchone()[0] == "D"


def _counts() -> tuple[int, ...]:
    return tuple(
        db.execute_sql(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in ("organization", "person", "deal", "activity", "note", "org_summary")
    )


@pytest.mark.parametrize(
    ("text", "exponent", "minor"),
    [("1234.56", 2, 123_456), ("0", 2, 0), ("12", 0, 12), ("7.5", 2, 750), ("1_000", 2, 100_000)],
)
def test_parse_amount(text: str, exponent: int, minor: int) -> None:
    assert parse_amount(text, exponent) == minor
    assert to_decimal_string(minor, exponent) == (
        f"{minor // 10**exponent}.{minor % 10**exponent:0{exponent}d}" if exponent else str(minor)
    )


@pytest.mark.parametrize("text", ["12,50", "abc", "1.234", "-5", "1e5", ""])
def test_parse_amount_refuses(text: str) -> None:
    with pytest.raises(ValidationError):
        parse_amount(text, 2)


def test_notes_and_people_update_their_organization(store: Path) -> None:
    org = organizations.create_organization("Beacon Print PLC").id
    other = organizations.create_organization("Falcon Print PLC").id
    person = organizations.create_person("Amy Clarke", org_id=org).id
    note = notes.create_note("Renewal in March.", org_id=org, person_id=person, pinned=True).id
    assert notes.update_note(note, pinned=False).org_ids == {org}
    change = organizations.update_person(person, org_id=other)
    assert change.org_ids == {org, other}
    counts = dict(db.execute_sql("SELECT org_id, people_count FROM org_summary"))
    assert counts == {org: 0, other: 1}
    assert organizations.delete_organization(other).org_ids == {other}
    assert db.execute_sql("SELECT organization_id FROM person").fetchone()[0] is None


def test_search_folds_case_beyond_ascii_and_takes_wildcards_literally(store: Path) -> None:
    org = organizations.create_organization("Müller Öl AG").id
    deals.mark_won(deals.create_deal("D", org_id=org, currency="EUR").id)
    for text in ("MÜLLER", "öl ag", "ller Ö", "Mü", "m"):
        assert _search(text) == [org], text
    # One or two characters match the start of a name only.
    assert _search("ÖL") == []
    for text in ("M%ller", "M_ller", '"Müller"'):
        assert _search(text) == [], text


def test_moving_a_deal_takes_its_activities_and_notes_along(store: Path) -> None:
    first = organizations.create_organization("Summit Foods SA").id
    second = organizations.create_organization("Summit Foods Holding SA").id
    deal = deals.create_deal("Catering contract", org_id=None, currency="EUR").id
    call = activities.type_id("call")
    done = activities.create_activity("Intro call", TODAY, type_id=call, deal_id=deal).id
    activities.mark_done(done, when=dt.datetime(2026, 11, 2, 10, 0))
    activities.create_activity(
        "Follow-up", TODAY + dt.timedelta(days=1), type_id=call, deal_id=deal
    )
    deals.mark_won(deal)
    assert deals.update_deal(deal, org_id=first).org_ids == {first}
    [row] = accounts.list_accounts(TODAY)
    assert (row.id, row.last_activity_done, row.next_activity_subject) == (
        first,
        "2026-11-02 10:00:00",
        "Follow-up",
    )
    notes.create_note("Signed by the CFO.", org_id=first, deal_id=deal)
    assert deals.update_deal(deal, org_id=second).org_ids == {first, second}
    [row] = accounts.list_accounts(TODAY)
    assert (row.id, row.next_activity_subject) == (second, "Follow-up")
    assert db.execute_sql("SELECT organization_id FROM note").fetchone()[0] == second
    assert integrity.problems() == []
    with pytest.raises(ValidationError, match="another organization"):
        activities.create_activity("Wrong", TODAY, type_id=call, org_id=first, deal_id=deal)


def test_winning_a_won_deal_again_keeps_the_account_since_date(store: Path) -> None:
    org = organizations.create_organization("Amber Textiles S.r.l.").id
    deal = deals.create_deal("D", org_id=org, currency="EUR").id
    deals.mark_won(deal, dt.datetime(2020, 1, 1, 9, 0))
    deals.mark_won(deal)
    [row] = accounts.list_accounts(TODAY)
    assert row.account_since == "2020-01-01 09:00:00"


def test_largest_amounts_convert_exactly(store: Path) -> None:
    org = organizations.create_organization("Bison Engineering Inc.").id
    for _ in range(3):
        deals.mark_won(
            deals.create_deal("Big", org_id=org, value_minor=MAX_MINOR, currency="USD").id
        )
    currencies.set_exchange_rate("USD", 923_457)
    [row] = accounts.list_accounts(TODAY)
    assert row.won_value == 3 * MAX_MINOR * 923_457 // 1_000_000
    assert isinstance(row.won_value, int)


@pytest.mark.parametrize("value", ["12", 12.5, True, None])
def test_deal_values_must_be_whole_minor_units(store: Path, value: object) -> None:
    with pytest.raises(ValidationError, match="whole number"):
        deals.create_deal("D", org_id=None, value_minor=value, currency="EUR")  # type: ignore[arg-type]


def test_account_since_is_the_earliest_won_deal_whatever_the_order(store: Path) -> None:
    org = organizations.create_organization("Pelican Logistics Ltda.").id
    later = deals.create_deal("Later", org_id=org, currency="EUR").id
    earlier = deals.create_deal("Earlier", org_id=org, currency="EUR").id
    deals.mark_won(later, dt.datetime(2026, 5, 1, 9, 0))
    deals.mark_won(earlier, dt.datetime(2024, 2, 3, 9, 0))
    [row] = accounts.list_accounts(TODAY)
    assert (row.won_deals, row.account_since) == (2, "2024-02-03 09:00:00")


def _search_index() -> list[tuple[int, bytes]]:
    """The full-text index's pages as stored."""
    return list(db.execute_sql("SELECT id, block FROM org_search_data ORDER BY id"))


@pytest.mark.sqlite_only  # counts SQLite's own page writes
def test_edits_that_change_no_searched_text_leave_the_search_index_alone(store: Path) -> None:
    """Every write to the full-text index may merge its segments (a quarter of a second at
    100,000 organizations): a label, an owner or a won deal does not write it; a new name
    does."""
    org = organizations.create_organization("Heron Optics").id
    deal = deals.create_deal("Lenses", org_id=org, value_minor=100_00, currency="EUR").id
    before = _search_index()
    organizations.update_organization(org, label="Gold")
    organizations.update_organization(org, address="1 Harbour Road")
    deals.mark_won(deal)
    assert _search_index() == before
    organizations.update_organization(org, name="Heron Lenses")
    assert _search_index() != before
    found = account_list.account_ids(AccountFilter(search="lenses"), today=TODAY)
    assert found == [org]
    assert account_list.account_ids(AccountFilter(search="optics"), today=TODAY) == []


@pytest.mark.sqlite_only  # counts SQLite's own page writes
def test_after_a_bulk_build_a_rename_writes_a_few_pages_of_the_search_index(
    store: Path,
) -> None:
    """Demo data (like an import) writes the search text of every organization at once; the
    index is compacted after it, so that no later rename merges its large segments (every
    16th rename took a quarter of a second at 100,000 organizations)."""
    demo.generate(2000, seed=2, today=TODAY)
    written = []
    for n, org in enumerate(account_list.account_ids(AccountFilter(), today=TODAY)[:40]):
        before = db.execute_sql("SELECT total_changes()").fetchone()[0]
        organizations.update_organization(org, name=f"Renamed {n}")
        written.append(db.execute_sql("SELECT total_changes()").fetchone()[0] - before)
    assert max(written) < 100, written


@pytest.mark.sqlite_only  # counts SQLite's own page writes
def test_a_rate_change_updates_exactly_the_accounts_with_deals_in_that_currency(
    store: Path,
) -> None:
    dollars = organizations.create_organization("Bison Engineering Inc.").id
    euros = organizations.create_organization("Amber Textiles S.r.l.").id
    deals.mark_won(deals.create_deal("D", org_id=dollars, value_minor=10_000, currency="USD").id)
    deals.mark_won(deals.create_deal("E", org_id=euros, value_minor=10_000, currency="EUR").id)
    [[writes_before]] = db.execute_sql("SELECT total_changes()")
    change = currencies.set_exchange_rate("USD", 500_000)
    [[writes_after]] = db.execute_sql("SELECT total_changes()")
    won = dict(db.execute_sql("SELECT org_id, won_value FROM org_summary"))
    assert won == {dollars: 5_000, euros: 10_000}
    # The currency's row and the one summary row in dollars: the other rows are not
    # rewritten (a rebuild deleted and inserted them all).
    assert writes_after - writes_before == 2
    assert Kind.ALL in change.kinds  # every total on screen reads its figures again
    assert currencies.exchange_rate("USD") == 500_000
    assert summary.differences() == []


def test_a_rate_taken_away_leaves_won_deals_unpriced_again(store: Path) -> None:
    org = organizations.create_organization("Bison Engineering Inc.").id
    deals.mark_won(deals.create_deal("D", org_id=org, value_minor=10_000, currency="USD").id)
    currencies.clear_exchange_rate("USD")
    [row] = db.execute_sql("SELECT won_value, won_unpriced FROM org_summary").fetchall()
    assert tuple(row) == (0, 1)
    assert currencies.known_currencies()[0].code == "EUR"
    with pytest.raises(ValidationError, match="default currency"):
        currencies.clear_exchange_rate("EUR")


@pytest.mark.parametrize("rate", [0, -1, currencies.MAX_RATE_MICROS + 1, 1.5])
def test_bad_rates_change_nothing(store: Path, rate: object) -> None:
    was = currencies.exchange_rate("USD")
    with pytest.raises(ValidationError):
        currencies.set_exchange_rate("USD", rate)  # type: ignore[arg-type]
    assert currencies.exchange_rate("USD") == was


@pytest.mark.parametrize(
    ("name", "own", "code"),
    [
        ("pt_BR", "BRL", "BRL"),
        ("fr_FR", "EUR", "EUR"),
        ("de_CH", "CHF", "EUR"),
        ("es_ES", "EUR", "EUR"),
        ("it_IT", "EUR", "EUR"),
        ("en_US", "USD", "USD"),
        ("en_GB", "GBP", "GBP"),
        ("ja_JP", "JPY", "JPY"),
        ("C", "", "EUR"),
        ("xx_YY", "XYZ", "EUR"),
    ],
)
def test_a_new_database_starts_in_the_locales_currency(name: str, own: str, code: str) -> None:
    assert default_currency.currency_for_locale(name, own) == code


def test_starting_in_another_currency_turns_the_built_in_rates_into_rates_to_it(
    store: Path,
) -> None:
    assert default_currency.start_in_currency("BRL")
    assert currencies.default_currency() == ("BRL", 2)
    rates = {c.code: c.rate_micros for c in currencies.known_currencies()}
    assert rates["BRL"] == 1_000_000
    assert rates["EUR"] == 5_882_353  # 1 / 0.17
    assert rates["JPY"] == 35_882  # 0.0061 / 0.17
    org = organizations.create_organization("Pelican Logistics Ltda.").id
    deals.mark_won(deals.create_deal("D", org_id=org, value_minor=100_00, currency="EUR").id)
    [row] = accounts.list_accounts(TODAY)
    assert row.won_value == 588_24
    assert summary.differences() == []
    assert not default_currency.start_in_currency("USD")  # chosen once, and it holds data now
    assert currencies.default_currency() == ("BRL", 2)


def test_a_default_without_a_built_in_rate_leaves_the_others_without_one(store: Path) -> None:
    assert default_currency.start_in_currency("KWD")
    assert currencies.default_currency() == ("KWD", 3)
    rates = {c.code: c.rate_micros for c in currencies.known_currencies()}
    assert rates.pop("KWD") == 1_000_000
    assert set(rates.values()) == {0}  # "no rate", never a wrong one


def test_a_database_with_data_keeps_its_default_currency(store: Path) -> None:
    organizations.create_organization("Heron Optics")
    assert not default_currency.start_in_currency("USD")
    assert currencies.default_currency() == ("EUR", 2)


def test_an_edit_over_a_change_someone_else_made_meanwhile_is_refused(store: Path) -> None:
    from accountmgr.domain.errors import ChangedMeanwhileError

    org = organizations.create_organization("Heron Optics").id
    shown = "Heron Optics"  # what both members see
    organizations.change_organization_field(org, "name", shown, "Heron Optics GmbH")  # Ann
    with pytest.raises(ChangedMeanwhileError, match="Someone else changed Heron Optics GmbH"):
        organizations.change_organization_field(org, "name", shown, "Heron Optics AG")  # Bo
    assert Organization.get_by_id(org).name == "Heron Optics GmbH"  # Ann's stays
    # The same value twice is no conflict; a value matching what was shown is written.
    organizations.change_organization_field(org, "name", shown, "Heron Optics GmbH")
    organizations.change_organization_field(org, "label", "", "Gold")
    assert Organization.get_by_id(org).label == "Gold"


def test_who_scheduled_an_activity_and_who_last_changed_an_organization_is_recorded(
    store: Path,
) -> None:
    from accountmgr.domain import account_detail, identity

    ann = organizations.create_user("Ann Weber")
    bo = organizations.create_user("Bo Svensson")
    org = organizations.create_organization("Heron Optics").id
    call = activities.type_id("call")
    try:
        identity.set_current_user(ann)
        activities.create_activity("Satisfaction call", TODAY, type_id=call, org_id=org)
        identity.set_current_user(bo)
        organizations.update_organization(org, label="Gold")
        [item] = account_detail.activities_of(org)
        header = account_detail.header(org)
    finally:
        identity.set_current_user(None)
    assert item.scheduled_by == "Ann Weber"
    assert header.changed_by == "Bo Svensson"
    assert header.changed_at is not None


def test_the_side_panel_reads_an_account_together_and_as_each_list_alone(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The panel's header and five lists are asked at once (one round trip to a team's
    server, from one snapshot) and are what each read alone gives."""
    from accountmgr.domain import account_detail, customfields, files
    from accountmgr.domain.customfields import Entity
    from accountmgr.domain.record_fields import record_fields
    from accountmgr.store import engine

    org = organizations.create_organization("Heron Optics").id
    deals.mark_won(deals.create_deal("Licence", org_id=org, value_minor=500_00, currency="USD").id)
    deals.create_deal("Renewal", org_id=org, value_minor=100_00, currency="EUR")
    organizations.create_person("Ann Weber", org_id=org)
    activities.create_activity(
        "Satisfaction call", TODAY, type_id=activities.type_id("call"), org_id=org
    )
    notes.create_note("Happy with the roll-out", org_id=org)
    files.record(org, files.store_bytes(b"offer"), "offer.pdf")
    tier = customfields.create_field(Entity.ORGANIZATION, "Tier", "text")
    customfields.set_value(tier.id, org, "Gold")

    asked: list[int] = []
    alone: list[str] = []
    together = engine.read_together
    execute = type(db.obj).execute_sql

    def spy(statements: list[tuple[str, tuple[object, ...]]]) -> object:
        asked.append(len(statements))
        try:
            return together(statements)
        finally:
            asked.append(0)

    def counted(self: object, sql: str, *args: object, **kwargs: object) -> object:
        if not asked or asked[-1] == 0:
            alone.append(sql)
        return execute(self, sql, *args, **kwargs)

    monkeypatch.setattr(engine, "read_together", spy)
    monkeypatch.setattr(type(db.obj), "execute_sql", counted)
    detail = account_detail.everything(org)
    assert asked == [16, 0]
    assert alone == []
    monkeypatch.undo()

    assert detail == account_detail.Detail(
        account_detail.header(org),
        account_detail.activities_of(org),
        account_detail.notes_of(org),
        account_detail.files_of(org),
        account_detail.deals_of(org),
        account_detail.people_of(org),
        record_fields(Entity.ORGANIZATION, org),
    )
    assert detail.header.won_value > 0
    assert [len(x) for x in (detail.activities, detail.notes, detail.files)] == [1, 1, 1]
    assert [len(x) for x in (detail.deals, detail.people)] == [2, 1]
    assert detail.fields.values == {tier.id: "Gold"}
    organizations.delete_organization(org)
    with pytest.raises(NotFoundError):
        account_detail.everything(org)


def test_a_failed_read_among_several_leaves_the_connection_usable(store: Path) -> None:
    import peewee as pw

    from accountmgr.store import engine

    org = organizations.create_organization("Heron Optics").id
    with pytest.raises(pw.DatabaseError):
        engine.read_together([("SELECT 1", ()), ("SELECT nothing FROM nowhere", ())])
    assert not db.in_transaction()
    assert engine.read_together([("SELECT name FROM organization WHERE id = ?", (org,))]) == [
        [("Heron Optics",)]
    ]
    organizations.update_organization(org, label="Gold")
    assert Organization.get_by_id(org).label == "Gold"
