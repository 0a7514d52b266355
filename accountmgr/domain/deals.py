"""Deals, and the rule that makes an organization an account: winning one of its deals."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any, TypedDict, Unpack

from accountmgr.domain import clock
from accountmgr.domain.changes import Change, Kind
from accountmgr.domain.errors import ValidationError
from accountmgr.domain.money import check_minor
from accountmgr.domain.organizations import existing_org_id, existing_user_id
from accountmgr.domain.writes import Created, clean_name, clean_text, delete_one, fetch, write
from accountmgr.store.models import Activity, Attachment, Currency, Deal, Note, Person

OPEN, WON, LOST = "open", "won", "lost"


def _deal(deal_id: int) -> Deal:
    return fetch(Deal, deal_id, "deal")


def _currency(code: str) -> str:
    cleaned = code.strip().upper()
    if not Currency.select().where(Currency.code == cleaned).exists():
        raise ValidationError("“{code}” is not a known currency.", code=code)
    return cleaned


class DealChanges(TypedDict, total=False):
    """What a deal is created with or `update_deal` may change; each given value is checked."""

    title: str
    value_minor: int  # in the currency's minor unit (cents)
    currency: str  # an ISO 4217 code the database knows
    org_id: int | None
    person_id: int | None
    owner_id: int | None
    expected_close: dt.date | None
    lost_reason: str


# Alike in shape only to the other records' field checks (organizations._organization_fields).
def _deal_fields(values: Mapping[str, Any]) -> dict[str, Any]:
    cleaned: dict[str, Any] = {}
    for key, value in values.items():
        if key == "title":
            cleaned[key] = clean_name(value, "deal title")
        elif key == "value_minor":
            cleaned[key] = check_minor(value)
        elif key == "currency":
            cleaned[key] = _currency(value)
        elif key == "org_id":
            cleaned["organization"] = existing_org_id(value)
        elif key == "person_id":
            if value is not None:
                fetch(Person, value, "person", ValidationError)
            cleaned["person"] = value
        elif key == "owner_id":
            cleaned["owner"] = existing_user_id(value)
        elif key == "expected_close":
            if value is not None and not isinstance(value, dt.date):
                raise ValidationError("The expected close date is not a date.")
            cleaned[key] = value
        elif key == "lost_reason":
            cleaned[key] = clean_text(value, "lost reason", 255).strip()
        else:
            raise ValidationError("Deals have no field “{field}”.", field=key)
    return cleaned


def create_deal(
    title: str,
    *,
    org_id: int | None,
    value_minor: int = 0,
    currency: str,
    person_id: int | None = None,
    owner_id: int | None = None,
    expected_close: dt.date | None = None,
) -> Created:
    """Create an open deal; win it with `mark_won`."""
    fields = _deal_fields(
        {
            "title": title,
            "org_id": org_id,
            "value_minor": value_minor,
            "currency": currency,
            "person_id": person_id,
            "owner_id": owner_id,
            "expected_close": expected_close,
        }
    )
    with write(Kind.DEAL) as w:
        deal = Deal.create(**fields, status=OPEN, created_at=clock.now())
        w.touch(org_id)
    return Created(deal.id, w.change)


def update_deal(deal_id: int, **values: Unpack[DealChanges]) -> Change:
    """Edit a deal. Moving it to another organization takes its activities, notes and files
    along, and updates both organizations."""
    fields = _deal_fields(values)
    with write(Kind.DEAL) as w:
        deal = _deal(deal_id)
        Deal.update(**fields).where(Deal.id == deal_id).execute()
        w.touch(deal.organization_id)
        if "organization" in fields and fields["organization"] != deal.organization_id:
            new_org = fields["organization"]
            for linked in (Activity, Note, Attachment):
                linked.update(organization=new_org).where(linked.deal == deal_id).execute()
            w.touch(new_org)
    return w.change


def delete_deal(deal_id: int) -> Change:
    return delete_one(Kind.DEAL, Deal, deal_id, "deal")


def _set_status(deal_id: int, **fields: Any) -> Change:
    with write(Kind.DEAL) as w:
        deal = _deal(deal_id)
        Deal.update(**fields).where(Deal.id == deal_id).execute()
        w.touch(deal.organization_id)
    return w.change


def mark_won(deal_id: int, when: dt.datetime | None = None) -> Change:
    """Win a deal: its organization is an account from this moment.

    Winning a deal that is already won keeps its won time unless `when` is given.
    """
    if when is None and _deal(deal_id).status == WON:
        return Change(frozenset(), frozenset({Kind.DEAL}))
    return _set_status(
        deal_id, status=WON, won_time=when or clock.now(), lost_time=None, lost_reason=""
    )


def mark_lost(deal_id: int, reason: str = "", when: dt.datetime | None = None) -> Change:
    """Lose a deal; the organization stays an account only while another deal is won."""
    return _set_status(
        deal_id,
        status=LOST,
        lost_time=when or clock.now(),
        won_time=None,
        lost_reason=clean_text(reason, "lost reason", 255).strip(),
    )


def reopen(deal_id: int) -> Change:
    return _set_status(deal_id, status=OPEN, won_time=None, lost_time=None, lost_reason="")


def restore_status(
    deal_id: int,
    status: str,
    won_time: dt.datetime | None,
    lost_time: dt.datetime | None,
    lost_reason: str,
) -> Change:
    """Put a deal's status back exactly as it was (undo of won, lost or reopen)."""
    if status not in (OPEN, WON, LOST):
        raise ValidationError("“{status}” is not a deal status.", status=status)
    return _set_status(
        deal_id, status=status, won_time=won_time, lost_time=lost_time, lost_reason=lost_reason
    )
