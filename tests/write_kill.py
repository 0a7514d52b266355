"""Random domain writes until killed, logging after each commit what must now be true.

Usage: python -m tests.write_kill DATABASE LOG SEED

Opens DATABASE (already created), prints "ready", then loops forever: picks an operation the
application performs (organizations, people, deals won, lost and reopened, activities
scheduled, completed and moved, notes, owners, campaigns, deletions), calls the public domain
function for it and, once that has returned (its transaction committed), appends to LOG one
line saying what must now be true. Only domain modules are imported, never Qt.

LOG is a file of JSON lines, each written whole with one write() and fsynced:

  {"n": N, "op": ..., "may": FACTS}   before operation N: what it may leave once it commits
  {"n": N, "done": FACTS}             after operation N returned: what must now be true

Only the "done" line is a promise. The "may" line lets the checker accept the one operation
that committed while the kill came before its "done" line (it then finds that operation's
state, whole, instead of the logged one), and nothing else.

A fact is [table, id, mode, fields]: mode "new" (the record exists with these fields; what was
known of it before is forgotten: ids of deleted rows are used again), "set" (these fields
changed), "gone" (it does not exist), "any" (it may exist in any state). Ids of new rows are
predicted (the largest id plus one, as SQLite assigns them when this is the only writer) and
checked against what the domain returns.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from accountmgr.domain import activities, deals, notes, organizations
from accountmgr.domain.recurrence import Rule
from accountmgr.store.database import open_database
from accountmgr.store.models import db

Fact = list[Any]  # [table, id, mode, fields]
# An operation planned: its name, what it may leave, and the call (returning what must then be
# true once it has returned).
Plan = tuple[str, list[Fact], Callable[[], list[Fact]]]


def _then(call: Callable[[], object], facts: list[Fact]) -> Callable[[], list[Fact]]:
    def run() -> list[Fact]:
        call()
        return facts

    return run


# The columns the checker compares, per table (raw SQLite values: dates as text, flags 0/1).
COLUMNS: dict[str, tuple[str, ...]] = {
    "organization": ("name", "owner_id", "label"),
    "person": ("name", "organization_id", "emails"),
    "deal": ("title", "status", "organization_id", "value_minor", "currency"),
    "activity": ("subject", "done", "due_date", "organization_id"),
    "note": ("content", "pinned", "organization_id"),
}

LABELS = ("", "gold", "silver", "at risk")
CURRENCIES = ("EUR", "USD", "GBP", "JPY")
BASE_DAY = dt.date(2026, 11, 24)
WORDS = ("Kestrel", "Harbour", "Linden", "Quartz", "Meridian", "Alder", "Fjord", "Cobalt")


class Writer:
    """Plans and runs one random operation at a time, logging around it."""

    def __init__(self, log: Path, seed: int) -> None:
        self.rng = random.Random(seed)
        self.fd = os.open(log, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        self.n = 0
        self.users = [int(i) for (i,) in db.execute_sql('SELECT id FROM "user"')]
        self.types = [int(i) for (i,) in db.execute_sql("SELECT id FROM activity_type")]

    # -- the log ---------------------------------------------------------------------------

    def _line(self, record: dict[str, Any]) -> None:
        os.write(self.fd, (json.dumps(record, separators=(",", ":")) + "\n").encode())
        os.fsync(self.fd)

    # -- reading the current state (this process is the only writer) -----------------------

    def _ids(self, sql: str, *params: Any) -> list[int]:
        return [int(i) for (i,) in db.execute_sql(sql, params)]

    def _all(self, table: str) -> list[int]:
        return self._ids(f"SELECT id FROM {table} ORDER BY id")

    def _pick(self, table: str) -> int | None:
        ids = self._all(table)
        return self.rng.choice(ids) if ids else None

    def _next_id(self, table: str) -> int:
        return int(db.execute_sql(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").fetchone()[0])

    def _count(self, table: str) -> int:
        return int(db.execute_sql(f"SELECT count(*) FROM {table}").fetchone()[0])

    def _org_of(self, table: str, row_id: int) -> int | None:
        row = db.execute_sql(f"SELECT organization_id FROM {table} WHERE id = ?", (row_id,))
        found = row.fetchone()
        return None if found is None or found[0] is None else int(found[0])

    def _text(self) -> str:
        return " ".join(self.rng.choice(WORDS) for _ in range(self.rng.randint(1, 4)))

    def _owner(self) -> int | None:
        return self.rng.choice([None, *self.users])

    def _day(self) -> dt.date:
        return BASE_DAY + dt.timedelta(days=self.rng.randint(-20, 40))

    # -- operations: each returns a Plan, or None when there is nothing to do it to ---------

    def op_create_org(self) -> Plan | None:
        new_id = self._next_id("organization")
        fields: dict[str, Any] = {
            "name": self._text(),
            "owner_id": self._owner(),
            "label": self.rng.choice(LABELS),
        }
        facts = [["organization", new_id, "new", fields]]

        def run() -> list[Fact]:
            made = organizations.create_organization(
                fields["name"], owner_id=fields["owner_id"], label=fields["label"]
            )
            assert made.id == new_id, (made.id, new_id)
            return facts

        return "create organization", facts, run

    def op_update_org(self) -> Plan | None:
        org = self._pick("organization")
        if org is None:
            return None
        fields = {"name": self._text(), "label": self.rng.choice(LABELS)}
        facts = [["organization", org, "set", fields]]
        return (
            "update organization",
            facts,
            _then(lambda: organizations.update_organization(org, **fields), facts),
        )

    def op_delete_org(self) -> Plan | None:
        org = self._pick("organization")
        if org is None:
            return None
        facts: list[Fact] = [["organization", org, "gone", None]]
        for table in ("deal", "activity", "note"):
            where = f"SELECT id FROM {table} WHERE organization_id = ?"
            facts += [[table, i, "gone", None] for i in self._ids(where, org)]
        people = self._ids("SELECT id FROM person WHERE organization_id = ?", org)
        facts += [["person", i, "set", {"organization_id": None}] for i in people]
        return (
            "delete organization",
            facts,
            _then(lambda: organizations.delete_organization(org), facts),
        )

    def op_set_owner(self) -> Plan | None:
        orgs = self._all("organization")
        if not orgs:
            return None
        chosen = self.rng.sample(orgs, min(len(orgs), self.rng.randint(1, 4)))
        owner = self._owner()
        facts = [["organization", o, "set", {"owner_id": owner}] for o in chosen]
        return "set owner", facts, _then(lambda: organizations.set_owner(chosen, owner), facts)

    def op_create_person(self) -> Plan | None:
        org = self._pick("organization")
        new_id = self._next_id("person")
        name = self._text()
        emails = f"{name.split()[0].lower()}{new_id}@example.org"
        fields = {"name": name, "organization_id": org, "emails": emails}
        facts = [["person", new_id, "new", fields]]

        def run() -> list[Fact]:
            made = organizations.create_person(name, org_id=org, emails=emails)
            assert made.id == new_id, (made.id, new_id)
            return facts

        return "create person", facts, run

    def op_link_person(self) -> Plan | None:
        person = self._pick("person")
        if person is None:
            return None
        org = self.rng.choice([None, *self._all("organization")])
        facts = [["person", person, "set", {"organization_id": org}]]
        return (
            "link person",
            facts,
            _then(lambda: organizations.update_person(person, org_id=org), facts),
        )

    def op_delete_person(self) -> Plan | None:
        person = self._pick("person")
        if person is None:
            return None
        facts = [["person", person, "gone", None]]
        return "delete person", facts, _then(lambda: organizations.delete_person(person), facts)

    def op_create_deal(self) -> Plan | None:
        org = self._pick("organization")
        if org is None:
            return None
        new_id = self._next_id("deal")
        fields: dict[str, Any] = {
            "title": self._text(),
            "status": "open",
            "organization_id": org,
            "value_minor": self.rng.randint(0, 10**7),
            "currency": self.rng.choice(CURRENCIES),
        }
        facts = [["deal", new_id, "new", fields]]

        def run() -> list[Fact]:
            made = deals.create_deal(
                fields["title"],
                org_id=org,
                value_minor=fields["value_minor"],
                currency=fields["currency"],
            )
            assert made.id == new_id, (made.id, new_id)
            return facts

        return "create deal", facts, run

    def op_deal_status(self) -> Plan | None:
        deal = self._pick("deal")
        if deal is None:
            return None
        status = self.rng.choice(["won", "won", "lost", "open"])
        facts = [["deal", deal, "set", {"status": status}]]
        calls = {
            "won": lambda: deals.mark_won(deal),
            "lost": lambda: deals.mark_lost(deal, "price"),
            "open": lambda: deals.reopen(deal),
        }
        return f"mark deal {status}", facts, _then(calls[status], facts)

    def op_move_deal(self) -> Plan | None:
        deal = self._pick("deal")
        orgs = self._all("organization")
        if deal is None or not orgs:
            return None
        org = self.rng.choice(orgs)
        value = self.rng.randint(0, 10**7)
        facts: list[Fact] = [["deal", deal, "set", {"organization_id": org, "value_minor": value}]]
        if org != self._org_of("deal", deal):
            for table in ("activity", "note"):
                ids = self._ids(f"SELECT id FROM {table} WHERE deal_id = ?", deal)
                facts += [[table, i, "set", {"organization_id": org}] for i in ids]
        return (
            "move deal",
            facts,
            _then(lambda: deals.update_deal(deal, org_id=org, value_minor=value), facts),
        )

    def op_delete_deal(self) -> Plan | None:
        deal = self._pick("deal")
        if deal is None:
            return None
        facts = [["deal", deal, "gone", None]]
        return "delete deal", facts, _then(lambda: deals.delete_deal(deal), facts)

    def op_create_activity(self) -> Plan | None:
        org = self._pick("organization")
        if org is None:
            return None
        deal_ids = self._ids("SELECT id FROM deal WHERE organization_id = ?", org)
        deal = self.rng.choice([None, *deal_ids])
        due = self._day()
        repeat = None
        if self.rng.random() < 0.3:
            until = (
                due + dt.timedelta(days=self.rng.randint(0, 60))
                if self.rng.random() < 0.5
                else None
            )
            repeat = Rule(self.rng.choice(["day", "week", "month"]), self.rng.randint(1, 3), until)
        new_id = self._next_id("activity")
        fields: dict[str, Any] = {
            "subject": self._text(),
            "done": 0,
            "due_date": due.isoformat(),
            "organization_id": org,
        }
        facts = [["activity", new_id, "new", fields]]

        def run() -> list[Fact]:
            made = activities.create_activity(
                fields["subject"],
                due,
                type_id=self.rng.choice(self.types),
                org_id=org,
                deal_id=deal,
                assignee_id=self._owner(),
                repeat=repeat,
            )
            assert made.id == new_id, (made.id, new_id)
            return facts

        return "schedule activity", facts, run

    def op_complete(self) -> Plan | None:
        activity = self._pick("activity")
        if activity is None:
            return None
        facts: list[Fact] = [["activity", activity, "set", {"done": 1}]]
        # completing an open occurrence of a recurring activity may make the next one
        may = [*facts, ["activity", self._next_id("activity"), "any", None]]
        org = self._org_of("activity", activity)

        def run() -> list[Fact]:
            completed = activities.complete(activity)
            if completed.next_id is None:
                return facts
            following = {"done": 0, "organization_id": org}
            return [*facts, ["activity", completed.next_id, "new", following]]

        return "complete activity", may, run

    def op_reopen_activity(self) -> Plan | None:
        activity = self._pick("activity")
        if activity is None:
            return None
        facts = [["activity", activity, "set", {"done": 0}]]
        return (
            "reopen activity",
            facts,
            _then(lambda: activities.mark_done(activity, done=False), facts),
        )

    def op_reschedule(self) -> Plan | None:
        activity = self._pick("activity")
        if activity is None:
            return None
        day = self._day()
        # The panel's change of the day: a repeating activity cannot move past its series' end.
        until = db.execute_sql("SELECT repeat_until FROM activity WHERE id = ?", (activity,))
        (end,) = until.fetchone()
        if end is not None:
            day = min(day, dt.date.fromisoformat(str(end)))
        facts = [["activity", activity, "set", {"due_date": day.isoformat()}]]
        return (
            "reschedule activity",
            facts,
            _then(lambda: activities.update_activity(activity, due_date=day), facts),
        )

    def op_delete_activity(self) -> Plan | None:
        activity = self._pick("activity")
        if activity is None:
            return None
        facts = [["activity", activity, "gone", None]]
        return "delete activity", facts, _then(lambda: activities.delete_activity(activity), facts)

    def _some_orgs(self) -> list[int]:
        orgs = self._all("organization")
        return self.rng.sample(orgs, min(len(orgs), self.rng.randint(1, 5)))

    def op_complete_next(self) -> Plan | None:
        orgs = self._some_orgs()
        if not orgs:
            return None
        next_of = {o: activities.next_open_activity(o) for o in orgs}
        due = {a: o for o, a in next_of.items() if a is not None}
        facts: list[Fact] = [["activity", a, "set", {"done": 1}] for a in due]
        first = self._next_id("activity")
        may = [*facts, *(["activity", first + k, "any", None] for k in range(len(due)))]

        def run() -> list[Fact]:
            done = activities.complete_next(orgs)
            assert [c.activity_id for c in done.completed] == list(due)
            return facts + [
                ["activity", c.next_id, "new", {"done": 0, "organization_id": due[c.activity_id]}]
                for c in done.completed
                if c.next_id is not None
            ]

        return "complete next activities", may, run

    def op_move_next(self) -> Plan | None:
        orgs = self._some_orgs()
        if not orgs:
            return None
        day = self._day()
        due = [a for a in map(activities.next_open_activity, orgs) if a is not None]
        facts = [["activity", a, "set", {"due_date": day.isoformat()}] for a in due]

        def run() -> list[Fact]:
            moves = activities.move_next_activities(orgs, day)
            assert [m.activity_id for m in moves.moves] == due
            return facts

        return "move next activities", facts, run

    def op_campaign(self) -> Plan | None:
        orgs = self._some_orgs()
        if not orgs:
            return None
        day = self._day()
        subject = self._text()
        first = self._next_id("activity")
        fields = {"subject": subject, "done": 0, "due_date": day.isoformat()}
        facts = [
            ["activity", first + k, "new", {**fields, "organization_id": o}]
            for k, o in enumerate(orgs)
        ]

        def run() -> list[Fact]:
            campaign = activities.schedule_for_each(
                orgs, subject, day, type_id=self.rng.choice(self.types)
            )
            assert list(campaign.activity_ids) == [f[1] for f in facts]
            return facts

        return "campaign", facts, run

    def op_create_note(self) -> Plan | None:
        org = self._pick("organization")
        if org is None:
            return None
        deal_ids = self._ids("SELECT id FROM deal WHERE organization_id = ?", org)
        deal = self.rng.choice([None, *deal_ids])
        new_id = self._next_id("note")
        fields: dict[str, Any] = {
            "content": f"{self._text()} #{self.n}",
            "pinned": self.rng.randint(0, 1),
        }
        facts = [["note", new_id, "new", {**fields, "organization_id": org}]]

        def run() -> list[Fact]:
            made = notes.create_note(
                fields["content"], org_id=org, deal_id=deal, pinned=bool(fields["pinned"])
            )
            assert made.id == new_id, (made.id, new_id)
            return facts

        return "add note", facts, run

    def op_update_note(self) -> Plan | None:
        note = self._pick("note")
        if note is None:
            return None
        content = f"{self._text()} #{self.n}"
        pinned = self.rng.randint(0, 1)
        facts = [["note", note, "set", {"content": content, "pinned": pinned}]]
        return (
            "edit note",
            facts,
            _then(lambda: notes.update_note(note, content=content, pinned=bool(pinned)), facts),
        )

    def op_delete_note(self) -> Plan | None:
        note = self._pick("note")
        if note is None:
            return None
        facts = [["note", note, "gone", None]]
        return "delete note", facts, _then(lambda: notes.delete_note(note), facts)

    # -- the loop --------------------------------------------------------------------------

    def _weights(self) -> dict[Callable[[], Any], float]:
        """Creating and deleting balance out around a few dozen organizations, so that the
        database (and the check after each kill) stays small however long this runs."""
        orgs, deal_count = self._count("organization"), self._count("deal")
        act_count, note_count = self._count("activity"), self._count("note")
        people = self._count("person")
        return {
            self.op_create_org: 4 if orgs < 30 else 1,
            self.op_update_org: 2,
            self.op_delete_org: 1 + max(0, orgs - 25),
            self.op_set_owner: 1,
            self.op_create_person: 2 if people < 40 else 0.5,
            self.op_link_person: 2,
            self.op_delete_person: 0.5 + max(0, people - 40),
            self.op_create_deal: 4 if deal_count < 80 else 1,
            self.op_deal_status: 6,
            self.op_move_deal: 1,
            self.op_delete_deal: 0.5 + max(0, deal_count - 80),
            self.op_create_activity: 4 if act_count < 120 else 1,
            self.op_complete: 4,
            self.op_reopen_activity: 1,
            self.op_reschedule: 2,
            self.op_delete_activity: 0.5 + max(0, act_count - 120),
            self.op_complete_next: 1,
            self.op_move_next: 1,
            self.op_campaign: 0.5,
            self.op_create_note: 3 if note_count < 80 else 1,
            self.op_update_note: 2,
            self.op_delete_note: 0.5 + max(0, note_count - 80),
        }

    def step(self) -> None:
        weights = self._weights()
        chosen = self.rng.choices(list(weights), list(weights.values()))[0]
        planned = chosen()
        if planned is None:
            return
        name, may, run = planned
        self.n += 1
        self._line({"n": self.n, "op": name, "may": may})
        done = run()  # returns after the commit
        self._line({"n": self.n, "done": done})


def main(database: str, log: str, seed: str) -> None:
    open_database(Path(database), create=False)
    writer = Writer(Path(log), int(seed))
    print("ready", flush=True)
    while True:
        writer.step()


if __name__ == "__main__":
    main(*sys.argv[1:4])
