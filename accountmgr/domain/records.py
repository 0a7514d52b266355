"""Single records as the edit dialogs show them, the short lists they pick from, and saving a
deal together with its status."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from accountmgr.domain import deals
from accountmgr.domain.changes import Change
from accountmgr.domain.errors import ValidationError
from accountmgr.domain.text_match import like_escaped
from accountmgr.domain.transaction import transaction
from accountmgr.domain.writes import Created, fetch
from accountmgr.store import engine
from accountmgr.store.models import Deal, Organization, Person, db

STATUSES = (deals.OPEN, deals.WON, deals.LOST)


@dataclass(frozen=True)
class OrganizationRecord:
    id: int
    name: str
    address: str
    country: str
    owner_id: int | None
    owner_name: str | None  # shown even when the owner is no longer an active user
    label: str


@dataclass(frozen=True)
class PersonRecord:
    id: int
    name: str
    role: str
    emails: str  # one address per line
    phones: str  # one number per line
    org_id: int | None
    org_name: str | None


@dataclass(frozen=True)
class DealRecord:
    id: int
    title: str
    value_minor: int
    currency: str
    exponent: int
    status: str  # open | won | lost
    won_time: dt.datetime | None
    lost_time: dt.datetime | None
    lost_reason: str
    expected_close: dt.date | None
    owner_id: int | None
    owner_name: str | None
    org_id: int | None
    org_name: str | None
    person_id: int | None
    person_name: str | None


def _name(table: str, row_id: int | None) -> str | None:
    if row_id is None:
        return None
    row = db.execute_sql(f'SELECT name FROM "{table}" WHERE id = ?', (row_id,)).fetchone()
    return None if row is None else str(row[0])


# organization, person and deal read one record of their kind each: alike in shape only.
def organization(org_id: int) -> OrganizationRecord:
    """The organization with this id; NotFoundError when there is none."""
    org = fetch(Organization, org_id, "organization")
    return OrganizationRecord(
        id=org.id,
        name=org.name,
        address=org.address,
        country=org.country,
        owner_id=org.owner_id,
        owner_name=_name("user", org.owner_id),
        label=org.label,
    )


def person(person_id: int) -> PersonRecord:
    """The person with this id; NotFoundError when there is none."""
    found = fetch(Person, person_id, "person")
    return PersonRecord(
        id=found.id,
        name=found.name,
        role=found.role,
        emails=found.emails,
        phones=found.phones,
        org_id=found.organization_id,
        org_name=_name("organization", found.organization_id),
    )


def deal(deal_id: int) -> DealRecord:
    """The deal with this id; NotFoundError when there is none."""
    found = fetch(Deal, deal_id, "deal")
    currency = found.currency
    return DealRecord(
        id=found.id,
        title=found.title,
        value_minor=found.value_minor,
        currency=currency.code,
        exponent=currency.exponent,
        status=found.status,
        won_time=found.won_time,
        lost_time=found.lost_time,
        lost_reason=found.lost_reason,
        expected_close=found.expected_close,
        owner_id=found.owner_id,
        owner_name=_name("user", found.owner_id),
        org_id=found.organization_id,
        org_name=_name("organization", found.organization_id),
        person_id=found.person_id,
        person_name=_name("person", found.person_id),
    )


def find_organizations(text: str, limit: int = 20) -> list[tuple[int, str]]:
    """Organizations whose name contains `text` (case-insensitively), as (id, name): names that
    start with it first, then the others, each group by name.

    Reads the summary table, whose name index answers prefixes at once; other substrings of
    three characters or more are narrowed by the trigram search index first (DESIGN.md 6).
    """
    text = " ".join(text.split())
    if not text or limit <= 0:
        return []
    escaped = like_escaped(text)
    found = [
        (int(i), str(n))
        for i, n in db.execute_sql(
            "SELECT org_id, name FROM org_summary WHERE name LIKE ? ESCAPE '\\' "
            "ORDER BY name COLLATE NOCASE, org_id LIMIT ?",
            (f"{escaped}%", limit),
        )
    ]
    if len(found) == limit:
        return found
    narrowing, params = "", []
    if len(text) >= 3:
        matching, phrase = engine.text_search(text)
        narrowing = f"org_id IN ({matching}) AND "
        params.append(phrase)
    rows = db.execute_sql(
        f"SELECT org_id, name FROM org_summary WHERE {narrowing}"
        "name LIKE ? ESCAPE '\\' AND name NOT LIKE ? ESCAPE '\\' "
        "ORDER BY name COLLATE NOCASE, org_id LIMIT ?",
        (*params, f"%{escaped}%", f"{escaped}%", limit - len(found)),
    )
    return found + [(int(i), str(n)) for i, n in rows]


def organization_id_named(name: str) -> int:
    """The one organization called `name` (ignoring case and extra spaces); a ValidationError
    when there is none or there are several."""
    cleaned = " ".join(name.split())
    rows = db.execute_sql(
        "SELECT org_id FROM org_summary WHERE name = ? COLLATE NOCASE LIMIT 2", (cleaned,)
    ).fetchall()
    if not rows:
        raise ValidationError("There is no organization named “{name}”.", name=cleaned)
    if len(rows) > 1:
        raise ValidationError(
            "Several organizations are named “{name}”; pick one from the list.", name=cleaned
        )
    return int(rows[0][0])


def people_of(org_id: int) -> list[tuple[int, str]]:
    """The people of an organization as (id, name), by name."""
    rows = db.execute_sql(
        "SELECT id, name FROM person WHERE organization_id = ? ORDER BY name COLLATE NOCASE, id",
        (org_id,),
    )
    return [(int(i), str(n)) for i, n in rows]


def currencies() -> list[tuple[str, str, int]]:
    """Known currencies as (code, name, exponent), by code."""
    rows = db.execute_sql("SELECT code, name, exponent FROM currency ORDER BY code")
    return [(str(code), str(name), int(exponent)) for code, name, exponent in rows]


# Takes the fields create_deal and update_deal take (a deliberate parallel of their lists).
def save_deal(
    deal_id: int | None,
    *,
    title: str,
    org_id: int | None,
    value_minor: int,
    currency: str,
    person_id: int | None = None,
    owner_id: int | None = None,
    expected_close: dt.date | None = None,
    status: str = deals.OPEN,
    lost_reason: str = "",
) -> Created:
    """Create (`deal_id` None) or update a deal and bring it to `status`, all in one
    transaction: winning it makes its organization an account at once, and a failure leaves
    nothing half-saved.

    Saving a deal that is already won keeps its won time; one already lost keeps its lost time
    and only takes the new reason.
    """
    if status not in STATUSES:
        raise ValidationError("“{status}” is not a deal status.", status=status)
    fields: dict[str, Any] = {
        "title": title,
        "org_id": org_id,
        "value_minor": value_minor,
        "currency": currency,
        "person_id": person_id,
        "owner_id": owner_id,
        "expected_close": expected_close,
    }
    with transaction():
        if deal_id is None:
            deal_id, change = deals.create_deal(**fields)
            previous = deals.OPEN
        else:
            previous = fetch(Deal, deal_id, "deal").status
            if status == deals.LOST and previous == deals.LOST:
                fields["lost_reason"] = lost_reason
            change = deals.update_deal(deal_id, **fields)
        change |= _bring_to(deal_id, previous, status, lost_reason)
    return Created(deal_id, change)


def _bring_to(deal_id: int, previous: str, status: str, lost_reason: str) -> Change:
    if status == deals.WON:
        return deals.mark_won(deal_id)  # keeps the won time of a deal already won
    if status == deals.LOST and previous != deals.LOST:
        return deals.mark_lost(deal_id, lost_reason)
    if status == deals.OPEN and previous != deals.OPEN:
        return deals.reopen(deal_id)
    return Change()
