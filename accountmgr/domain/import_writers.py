"""One writer per kind of record an import creates: organizations, people, deals, activities
and notes (`WRITERS`). Each takes the values of one row, as `import_plan.RowPlan` read them,
and queues its record (or its update, or nothing for a duplicate skipped).

Duplicates (`ImportOptions.on_duplicate`: skip, update or create a new record anyway):
- organizations: same name and address, case and runs of spaces ignored; a row without an
  address matches an organization of the same name whatever its address;
- people: same email address, or same phone number (digits compared), within the
  organization (or among people without one when the row names none);
- deals: same title within the organization;
- activities and notes are never duplicates.
An update sets the fields whose cells hold a value; empty cells leave fields as they are.

Activity types are found by key or name; any other type becomes a task.

Currencies: a deal in an ISO 4217 currency the database does not know yet adds that currency
(its exponent from ISO 4217) with no exchange rate: won values in it are counted apart as
"no rate yet" until a rate is set (`currencies.set_exchange_rate`), never at a wrong rate.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from accountmgr.domain import currencies
from accountmgr.domain.customfields import Entity
from accountmgr.domain.import_fields import currency_exponent
from accountmgr.domain.import_writing import (
    NOON,
    Reject,
    Sets,
    Writer,
    as_text,
    minute_time,
    moment_of,
    norm_name,
    phone_digits,
    sql_moment,
)
from accountmgr.domain.transfer import OnDuplicate, RecordKind
from accountmgr.store.models import db

if TYPE_CHECKING:
    from accountmgr.domain.import_run import ImportOptions, Report


# The writers run alike (fields, duplicate, update or queue), each with its own record's
# columns and duplicate rule (see above): parallel on purpose, shared steps are in Writer.
class OrganizationWriter(Writer):
    kind = RecordKind.ORGANIZATIONS
    parts = ("organization",)
    entity = Entity.ORGANIZATION

    def write(self, values: dict[str, Any]) -> None:
        name = values["name"]  # RowPlan refuses a row without one
        fields: dict[str, Any] = {
            column: values[key]
            for key, column in (("address", "address"), ("country", "country"), ("label", "label"))
            if key in values
        }
        if "owner" in values:
            fields["owner_id"] = self._user(values["owner"])
        custom = self._custom_values(values)
        key, address = norm_name(name), norm_name(fields.get("address", ""))
        existing = (
            self.org_by_name_address.get((key, address)) if address else self.org_by_name.get(key)
        )
        if self._duplicate(existing):
            if self.options.on_duplicate == OnDuplicate.UPDATE and existing is not None:
                sets: Sets = [("name = ?", (name,))]
                sets += [(f"{column} = ?", (value,)) for column, value in fields.items()]
                sets.append(("updated_at = ?", (self.now_text,)))
                self._update("organization", existing, sets)
                self._store_custom(existing, custom)
                self.touched.add(existing)
                self.searched.add(existing)
                self.report.updated += 1
            return
        org_id = self._id("organization")
        self.pending.orgs.append(
            (
                org_id,
                name,
                fields.get("address", ""),
                fields.get("country", ""),
                fields.get("owner_id"),
                fields.get("label", ""),
                self.now_text,
                self.now_text,
            )
        )
        self._store_custom(org_id, custom)
        self.org_by_name.setdefault(key, org_id)
        self.org_by_name_address.setdefault((key, address), org_id)
        self.touched.add(org_id)
        self.searched.add(org_id)
        self.report.created += 1


class PersonWriter(Writer):
    kind = RecordKind.PEOPLE
    parts = ("people",)
    entity = Entity.PERSON

    def write(self, values: dict[str, Any]) -> None:
        name = values["name"]  # RowPlan refuses a row without one
        fields: dict[str, Any] = {
            column: values[key]
            for key, column in (("role", "role"), ("email", "emails"), ("phone", "phones"))
            if key in values
        }
        custom = self._custom_values(values)
        links = self._links(
            {"organization": values["organization"]} if "organization" in values else {}
        )
        emails, phones = fields.get("emails", ""), fields.get("phones", "")
        existing = None
        if links.new_org is None:
            keys = ["e:" + norm_name(e) for e in emails.splitlines()]
            keys += ["p:" + phone_digits(p) for p in phones.splitlines()]
            for key in keys:
                existing = self.person_keys.get((links.org_id, key))
                if existing is not None:
                    break
        if self._duplicate(existing):
            if self.options.on_duplicate == OnDuplicate.UPDATE and existing is not None:
                sets: Sets = [("name = ?", (name,))]
                sets += [(f"{column} = ?", (value,)) for column, value in fields.items()]
                self._update("person", existing, sets)
                self._store_custom(existing, custom)
                self._index_person(existing, links.org_id, name, emails, phones)
                if links.org_id is not None:
                    self.touched.add(links.org_id)
                self.searched.add(links.org_id)
                self.report.updated += 1
            return
        self._create_links(links, None)
        person_id = self._id("person")
        self.pending.people.append(
            (person_id, name, fields.get("role", ""), emails, phones, links.org_id, self.now_text)
        )
        self._store_custom(person_id, custom)
        self._index_person(person_id, links.org_id, name, emails, phones)
        self.searched.add(links.org_id)
        self.report.created += 1


class DealWriter(Writer):
    kind = RecordKind.DEALS
    parts = ("deals",)
    entity = Entity.DEAL

    def __init__(self, options: ImportOptions, report: Report) -> None:
        super().__init__(options, report)
        self.exponents = {
            str(c): int(e) for c, e in db.execute_sql("SELECT code, exponent FROM currency")
        }

    def _currency(self, code: str) -> str:
        """A currency the row names (RowPlan read it as ISO 4217); one the database does not
        know yet is added, without an exchange rate."""
        if code not in self.exponents:
            exponent = currency_exponent(code)
            if exponent is None:  # pragma: no cover - RowPlan refused it
                raise Reject("“{code}” is not a known currency.", code=code)
            currencies.add_currency(code, exponent)
            self.exponents[code] = exponent
            self.report.currencies_added.append(code)
        return code

    def write(self, values: dict[str, Any]) -> None:
        title = values["title"]  # RowPlan refuses a row without one
        minor: int | None = values.get("value_minor")  # RowPlan checked it (check_minor)
        currency = self._currency(values["currency"]) if "currency" in values else None
        won = moment_of(values["won_time"]) if "won_time" in values else None
        lost = moment_of(values["lost_time"]) if "lost_time" in values else None
        reason: str | None = values.get("lost_reason")
        status: str | None = values.get("status")  # "open", "won" or "lost"
        if status is None and won is not None:
            status = "won"
        elif status is None and lost is not None:
            status = "lost"
        expected: dt.date | None = values.get("expected_close")
        owner = self._user(values["owner"]) if "owner" in values else None
        custom = self._custom_values(values)
        links = self._links(values)
        key = norm_name(title)
        existing = self.deal_keys.get((links.org_id, key)) if links.new_org is None else None
        if self._duplicate(existing):
            if self.options.on_duplicate == OnDuplicate.UPDATE and existing is not None:
                self._create_links(links, owner)  # a person named but not found yet
                sets: Sets = [("title = ?", (title,))]
                for clause, value in (
                    ("value_minor = ?", minor),
                    ("currency = ?", currency),
                    ("expected_close = ?", expected.isoformat() if expected else None),
                    ("owner_id = ?", owner),
                    ("person_id = ?", links.person_id),
                ):
                    if value is not None:
                        sets.append((clause, (value,)))
                sets += self._status_sets(status, won, lost, reason)
                self._update("deal", existing, sets)
                self._store_custom(existing, custom)
                self.report.updated += 1
            return
        self._create_links(links, owner)
        if status == "won":
            won, lost, reason = won or self.now, None, ""
        elif status == "lost":
            won, lost = None, lost or self.now
        else:
            status, won, lost, reason = "open", None, None, ""
        deal_id = self._id("deal")
        self.pending.deals.append(
            (
                deal_id,
                title,
                minor or 0,
                currency or self.default_currency,
                status,
                sql_moment(won) if won else None,
                sql_moment(lost) if lost else None,
                reason or "",
                expected.isoformat() if expected else None,
                owner,
                links.org_id,
                links.person_id,
                self.now_text,
            )
        )
        self._store_custom(deal_id, custom)
        self._index_deal(deal_id, links.org_id, key)
        self.report.created += 1

    def _status_sets(
        self,
        status: str | None,
        won: dt.datetime | None,
        lost: dt.datetime | None,
        reason: str | None,
    ) -> Sets:
        """SET clauses of a deal's status; a deal already won keeps its won time unless the row
        gives one (as `deals.mark_won` does), a lost one its lost time and reason."""
        if status == "won":
            return [
                (
                    "won_time = COALESCE(?, CASE WHEN status = 'won' THEN won_time END, ?)",
                    (sql_moment(won) if won else None, self.now_text),
                ),
                ("status = 'won', lost_time = NULL, lost_reason = ''", ()),
            ]
        if status == "lost":
            return [
                (
                    "lost_time = COALESCE(?, CASE WHEN status = 'lost' THEN lost_time END, ?)",
                    (sql_moment(lost) if lost else None, self.now_text),
                ),
                (
                    "lost_reason = COALESCE(?, CASE WHEN status = 'lost' THEN lost_reason END, '')",
                    (reason,),
                ),
                ("status = 'lost', won_time = NULL", ()),
            ]
        if status == "open":
            return [("status = 'open', won_time = NULL, lost_time = NULL, lost_reason = ''", ())]
        if reason is not None:
            return [("lost_reason = CASE WHEN status = 'lost' THEN ? ELSE '' END", (reason,))]
        return []


class ActivityWriter(Writer):
    kind = RecordKind.ACTIVITIES
    parts = ("activities",)

    def __init__(self, options: ImportOptions, report: Report) -> None:
        super().__init__(options, report)
        self.type_ids: dict[str, int] = {}
        rows = [
            (int(i), str(k), str(n))
            for i, k, n in db.execute_sql(
                "SELECT id, key, name FROM activity_type ORDER BY active DESC, position, id"
            )
        ]
        for type_id, key, _ in rows:
            self.type_ids.setdefault(key.casefold(), type_id)
        for type_id, _, name in rows:
            self.type_ids.setdefault(norm_name(name), type_id)
        if "task" not in self.type_ids and rows:
            self.type_ids["task"] = rows[0][0]
        self.default_type = self.type_ids.get("task", 0)

    def write(self, values: dict[str, Any]) -> None:
        subject = values["subject"]  # RowPlan refuses a row without a subject or due date
        due: dt.date = values["due_date"]
        due_time = minute_time(values["due_time"]) if "due_time" in values else None
        duration: int | None = values.get("duration")
        type_id = self.default_type
        if "type" in values:
            type_id = self.type_ids.get(norm_name(as_text(values["type"])), self.default_type)
        if not type_id:
            raise Reject("There is no activity type to give the activity.")
        done_time = moment_of(values["done_time"]) if "done_time" in values else None
        done: bool = values.get("done", done_time is not None)
        if done and done_time is None:
            done_time = dt.datetime.combine(due, NOON)
        assignee = self._user(values["assignee"]) if "assignee" in values else None
        note: str = values.get("note", "")
        links = self._links(values)
        self._create_links(links, assignee)
        self.pending.activities.append(
            (
                self._id("activity"),
                type_id,
                subject,
                due.isoformat(),
                due_time.isoformat() if due_time else None,
                duration,
                assignee,
                int(done),
                sql_moment(done_time) if done and done_time else None,
                note,
                links.org_id,
                links.person_id,
                links.deal_id,
                self.now_text,
            )
        )
        self.report.created += 1


class NoteWriter(Writer):
    kind = RecordKind.NOTES

    def write(self, values: dict[str, Any]) -> None:
        content = values["content"]  # RowPlan refuses a row without one
        pinned: bool = values.get("pinned", False)
        created = (
            sql_moment(moment_of(values["created_at"])) if "created_at" in values else self.now_text
        )
        links = self._links(values)
        if links.org_id is None and links.new_org is None:
            raise Reject("A note needs an organization.")
        self._create_links(links, None)
        self.pending.notes.append(
            (
                self._id("note"),
                content,
                int(pinned),
                None,
                links.org_id,
                links.person_id,
                links.deal_id,
                created,
                created,
            )
        )
        self.report.created += 1


WRITERS: dict[str, type[Writer]] = {
    writer.kind: writer
    for writer in (OrganizationWriter, PersonWriter, DealWriter, ActivityWriter, NoteWriter)
}
