"""The account rule and summary consistency hold after any sequence of writes."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

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
        self.deals.append(
            deals.create_deal("Deal", org_id=org, value_minor=value, currency=currency).id
        )

    @precondition(lambda self: self.deals)
    @rule(data=st.data(), action=st.sampled_from(["won", "lost", "reopen", "delete", "move"]))
    def change_deal(self, data: st.DataObject, action: str) -> None:
        deal = data.draw(st.sampled_from(self.deals))
        if not _exists("deal", deal):
            self.deals.remove(deal)  # deleted with its organization
            return
        if action == "won":
            minutes = data.draw(st.integers(0, 10_000))
            deals.mark_won(deal, dt.datetime(2025, 1, 1) + dt.timedelta(minutes=minutes))
        elif action == "lost":
            deals.mark_lost(deal, "Price")
        elif action == "reopen":
            deals.reopen(deal)
        elif action == "delete":
            deals.delete_deal(deal)
            self.deals.remove(deal)
        elif self.orgs:
            deals.update_deal(deal, org_id=data.draw(st.sampled_from(self.orgs)))

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
        self.deals.append(
            deals.create_deal("Loose", org_id=None, value_minor=value, currency="EUR").id
        )

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
            activities.reschedule(
                activity, TODAY + dt.timedelta(days=data.draw(st.integers(-5, 20)))
            )

    @invariant()
    def accounts_are_organizations_with_a_won_deal(self) -> None:
        accounts = {
            r[0] for r in db.execute_sql("SELECT org_id FROM org_summary WHERE won_count > 0")
        }
        with_won = {
            r[0]
            for r in db.execute_sql(
                "SELECT DISTINCT organization_id FROM deal WHERE status = 'won' "
                "AND organization_id IS NOT NULL"
            )
        }
        assert accounts == with_won

    @invariant()
    def summaries_equal_a_live_recomputation(self) -> None:
        assert summary.differences() == []

    @invariant()
    def search_text_follows_names_and_people(self) -> None:
        assert summary.search_differences() == []

    @invariant()
    def the_check_command_finds_nothing_wrong(self) -> None:
        assert integrity.problems() == []

    @invariant()
    def account_since_is_the_earliest_won_time(self) -> None:
        for org_id, since in db.execute_sql("SELECT org_id, account_since FROM org_summary"):
            earliest = db.execute_sql(
                "SELECT min(won_time) FROM deal WHERE organization_id = ? AND status = 'won'",
                (org_id,),
            ).fetchone()[0]
            assert since == earliest


def _exists(table: str, row_id: int) -> bool:
    return bool(db.execute_sql(f"SELECT 1 FROM {table} WHERE id = ?", (row_id,)).fetchone())


AccountRule.TestCase.settings = settings(max_examples=40, stateful_step_count=30, deadline=None)
TestAccountRule = AccountRule.TestCase
