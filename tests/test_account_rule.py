"""The account rule and summary consistency hold after any sequence of writes."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path
from typing import NamedTuple

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    invariant,
    precondition,
    rule,
)

from accountmgr.domain import activities, clock, deals, integrity, organizations, summary
from accountmgr.store.database import close_database, open_database
from accountmgr.store.models import db

TODAY = dt.date(2026, 11, 24)
CURRENCIES = ("EUR", "USD", "GBP", "JPY")


class Deal(NamedTuple):
    org: int | None
    status: str = "open"
    won_time: dt.datetime | None = None


class AccountRule(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self._tmp = tempfile.TemporaryDirectory()
        open_database(Path(self._tmp.name) / "rule.db")
        clock.pin_today(TODAY)
        self.orgs: list[int] = []
        self.deals: list[int] = []
        self.activities: list[int] = []
        self.people: list[int] = []
        # The model: what each deal is, kept here independently of the database.
        self.model: dict[int, Deal] = {}
        self.call = activities.type_id("call")

    def teardown(self) -> None:
        close_database()
        clock.pin_today(None)
        self._tmp.cleanup()

    @rule(name=st.text(min_size=1, max_size=12).filter(str.strip))
    def create_organization(self, name: str) -> None:
        self.orgs.append(organizations.create_organization(name).id)

    @precondition(lambda self: self.orgs)
    @rule(data=st.data())
    def delete_organization(self, data: st.DataObject) -> None:
        org = data.draw(st.sampled_from(self.orgs))
        organizations.delete_organization(org)
        self.orgs.remove(org)
        for deal_id in [d for d, deal in self.model.items() if deal.org == org]:
            del self.model[deal_id]  # deleted with their organization

    @precondition(lambda self: self.orgs)
    @rule(data=st.data(), name=st.text(min_size=1, max_size=8).filter(str.strip))
    def add_or_move_person(self, data: st.DataObject, name: str) -> None:
        org = data.draw(st.sampled_from(self.orgs))
        if self.people and data.draw(st.booleans()):
            organizations.update_person(data.draw(st.sampled_from(self.people)), org_id=org)
        else:
            self.people.append(organizations.create_person(name, org_id=org).id)

    @precondition(lambda self: self.orgs)
    @rule(data=st.data(), value=st.integers(0, 10**9), currency=st.sampled_from(CURRENCIES))
    def add_deal(self, data: st.DataObject, value: int, currency: str) -> None:
        org = data.draw(st.sampled_from(self.orgs))
        deal = deals.create_deal("Deal", org_id=org, value_minor=value, currency=currency).id
        self.deals.append(deal)
        self.model[deal] = Deal(org)

    @precondition(lambda self: self.deals)
    @rule(data=st.data(), action=st.sampled_from(["won", "lost", "reopen", "delete", "move"]))
    def change_deal(self, data: st.DataObject, action: str) -> None:
        deal = data.draw(st.sampled_from(self.deals))
        if not _exists("deal", deal):
            self.deals.remove(deal)  # deleted with its organization
            return
        if action == "won":
            minutes = data.draw(st.integers(0, 10_000))
            when = dt.datetime(2025, 1, 1) + dt.timedelta(minutes=minutes)
            deals.mark_won(deal, when)
            self.model[deal] = Deal(self.model[deal].org, "won", when)
        elif action == "lost":
            deals.mark_lost(deal, "Price")
            self.model[deal] = Deal(self.model[deal].org, "lost")
        elif action == "reopen":
            deals.reopen(deal)
            self.model[deal] = Deal(self.model[deal].org)
        elif action == "delete":
            deals.delete_deal(deal)
            self.deals.remove(deal)
            del self.model[deal]
        elif self.orgs:
            org = data.draw(st.sampled_from(self.orgs))
            deals.update_deal(deal, org_id=org)
            self.model[deal] = self.model[deal]._replace(org=org)

    @precondition(lambda self: self.orgs)
    @rule(data=st.data(), offset=st.integers(-30, 60), timed=st.booleans())
    def add_activity(self, data: st.DataObject, offset: int, timed: bool) -> None:
        # Linked to an organization directly, or through one of the deals (which may have none).
        deal = data.draw(st.sampled_from([None, *self.deals]))
        if deal is not None and not _exists("deal", deal):
            deal = None
        org = data.draw(st.sampled_from(self.orgs)) if deal is None else None
        created = activities.create_activity(
            "Call",
            TODAY + dt.timedelta(days=offset),
            type_id=self.call,
            org_id=org,
            deal_id=deal,
            due_time=dt.time(9, 30) if timed else None,
        )
        self.activities.append(created.id)

    @rule(value=st.integers(0, 10**6))
    def add_deal_without_organization(self, value: int) -> None:
        deal = deals.create_deal("Loose", org_id=None, value_minor=value, currency="EUR").id
        self.deals.append(deal)
        self.model[deal] = Deal(None)

    @precondition(lambda self: self.activities)
    @rule(data=st.data(), action=st.sampled_from(["done", "undone", "delete", "reschedule"]))
    def change_activity(self, data: st.DataObject, action: str) -> None:
        activity = data.draw(st.sampled_from(self.activities))
        if not _exists("activity", activity):
            self.activities.remove(activity)
            return
        if action == "done":
            activities.mark_done(activity)
        elif action == "undone":
            activities.mark_done(activity, done=False)
        elif action == "delete":
            activities.delete_activity(activity)
            self.activities.remove(activity)
        else:
            activities.update_activity(
                activity, due_date=TODAY + dt.timedelta(days=data.draw(st.integers(-5, 20)))
            )

    @invariant()
    def accounts_are_organizations_with_a_won_deal(self) -> None:
        expected: dict[int, tuple[int, str]] = {}
        for deal in self.model.values():
            if deal.org is not None and deal.status == "won":
                count, since = expected.get(deal.org, (0, "9999"))
                expected[deal.org] = (count + 1, min(since, str(deal.won_time)))
        stored = {
            org: (count, since)
            for org, count, since in db.execute_sql(
                "SELECT org_id, won_count, account_since FROM org_summary WHERE won_count > 0"
            )
        }
        assert stored == expected

    @invariant()
    def summaries_equal_a_live_recomputation(self) -> None:
        assert summary.differences() == []

    @invariant()
    def search_text_follows_names_and_people(self) -> None:
        assert summary.search_differences() == []

    @invariant()
    def the_check_command_finds_nothing_wrong(self) -> None:
        assert integrity.problems() == []


def _exists(table: str, row_id: int) -> bool:
    return bool(db.execute_sql(f"SELECT 1 FROM {table} WHERE id = ?", (row_id,)).fetchone())


AccountRule.TestCase.settings = settings(max_examples=60, stateful_step_count=30, deadline=None)
TestAccountRule = AccountRule.TestCase
