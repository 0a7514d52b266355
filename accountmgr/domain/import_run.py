"""Running an import: every row of a file written in one transaction, or nothing at all.

Rows are streamed from the file (`import_files.iter_table`), turned into values
(`import_plan.RowPlan`) and written with sqlite3's executemany in batches. Links by name
(organization, person, deal, owner, activity type) are resolved against dictionaries loaded once
at the start and kept current as rows are written, so a row can name a record that an earlier
row of the same file created. Summaries and search text are brought up to date once, at the end.

A row that cannot be imported is reported with its line and left out whole: neither the row nor
a record it would have created is written.

Duplicates (`ImportOptions.on_duplicate`: skip, update or create a new record anyway):
- organizations: same name and address, case and runs of spaces ignored; a row without an
  address matches an organization of the same name whatever its address;
- persons: same email address, or same phone number (digits compared), within the
  organization (or among people without one when the row names none);
- deals: same title within the organization;
- activities and notes are never duplicates.
An update sets the fields whose cells hold a value; empty cells leave fields as they are.

Links: an organization is found by name (the oldest of that name), a person by name, email or
phone and a deal by title, within the row's organization when it names one, else anywhere; an
activity or note of a deal or person without an organization belongs to theirs. A name not found
creates the record (counted in `linked_created`) or, without `create_missing`, rejects the row.
Owners and assignees are users by name or email; an unknown one becomes a new user with
`create_missing` (moving in), and otherwise rejects the row. Activity
types are found by key or name; any other type becomes a task.

Currencies: a deal in an ISO 4217 currency the database does not know yet adds that currency
(its exponent from ISO 4217) with no exchange rate: won values in it are counted apart as
"no rate yet" until a rate is set (`currencies.set_exchange_rate`), never at a wrong rate.

Every cell is read and checked once, by `import_plan.RowPlan` (the same code the preview uses,
with the same limits); the run only resolves links and duplicates.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import re
import tempfile
import threading
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any

from accountmgr.domain import backups, clock, currencies, customfields, summary
from accountmgr.domain.currencies import default_currency
from accountmgr.domain.errors import DomainError, ValidationError
from accountmgr.domain.import_cells import is_email, is_phone
from accountmgr.domain.import_fields import KINDS, currency_exponent, fields_for
from accountmgr.domain.import_files import FORMULA_STARTS, Table, iter_table
from accountmgr.domain.import_plan import RowPlan
from accountmgr.domain.transaction import transaction
from accountmgr.domain.transfer import DUPLICATE_CHOICES
from accountmgr.domain.writes import release_thread_connection
from accountmgr.store.models import db

BATCH = 2_000  # rows converted, then written with executemany, per round

Progress = Callable[[int, int], None]
"""Called with (rows read, estimated rows in the file) after each batch; it may raise to cancel,
and then nothing of the import is kept."""

_ENTITY = {"organizations": "organization", "persons": "person", "deals": "deal"}
_NOON = dt.time(12, 0)


@dataclass(frozen=True)
class ImportOptions:
    kind: str
    mapping: dict[int, str]  # column index -> field key (from auto_map, edited)
    on_duplicate: str = "skip"  # one of DUPLICATE_CHOICES; see the module's duplicate rules
    create_missing: bool = True  # create organizations/persons/deals named but not found
    day_first: bool = True


@dataclass(frozen=True)
class Rejected:
    """A row left out: its line and why, in English (`reason`) and as (column header or None,
    template, parameters) for the interface to translate (`parts`, as `DomainError` carries
    them)."""

    line: int
    reason: str
    parts: tuple[tuple[str | None, str, dict[str, Any]], ...] = field(default=(), compare=False)


@dataclass
class Report:
    created: int = 0
    updated: int = 0
    skipped: int = 0
    linked_created: int = 0  # organizations/people/deals created because rows named them
    rejected: list[Rejected] = field(default_factory=list)
    currencies_added: list[str] = field(default_factory=list)  # new, without a rate yet

    def summary_line(self) -> str:
        """The counts in English: "Created 3, updated 1, skipped 0, rejected 2"."""
        return (
            f"Created {self.created}, updated {self.updated}, skipped {self.skipped}, "
            f"rejected {len(self.rejected)}"
        )

    def save_csv(self, path: Path) -> None:
        """Write `line,reason` rows for the rejected rows, then one row per count (its name in
        the line column); the file is replaced whole or not at all."""
        path = Path(path)
        handle, temp_name = tempfile.mkstemp(prefix=".report-", suffix=".csv", dir=path.parent)
        try:
            with os.fdopen(handle, "w", encoding="utf-8-sig", newline="") as out:
                writer = csv.writer(out)
                writer.writerow(["line", "reason"])
                for item in self.rejected:
                    writer.writerow([item.line, _neutralise(item.reason)])
                writer.writerow(["created", self.created])
                writer.writerow(["updated", self.updated])
                writer.writerow(["skipped", self.skipped])
                writer.writerow(["linked_created", self.linked_created])
                writer.writerow(["rejected", len(self.rejected)])
            os.replace(temp_name, path)
        except BaseException:
            Path(temp_name).unlink(missing_ok=True)
            raise


class _DryRunDone(Exception):
    """Rolls a dry run back once every row has been written."""

    def __init__(self, report: Report) -> None:
        super().__init__("dry run")
        self.report = report


class _Reject(ValidationError):
    """A row that cannot be imported, with the reason for the report (a template with named
    placeholders, as every DomainError)."""


def _neutralise(text: str) -> str:
    return "'" + text if text.startswith(FORMULA_STARTS) else text


@lru_cache(maxsize=65_536)  # names repeat row after row (every deal names its organization)
def _norm(text: str) -> str:
    """How names compare: case and runs of white space ignored."""
    return " ".join(text.split()).casefold()


def _digits(phone: str) -> str:
    return "".join(ch for ch in phone if ch.isdigit())


def _fmt(moment: dt.datetime) -> str:
    return moment.isoformat(" ")  # the text Peewee writes (whole seconds)


# -- values as RowPlan hands them over (already checked; only their form is adapted) -------------


def _text(value: Any) -> str:
    return value if isinstance(value, str) else str(value)


def _moment(value: dt.datetime | dt.date) -> dt.datetime:
    """A date and time, whole seconds; a date alone means noon of that day."""
    if isinstance(value, dt.datetime):
        return value.replace(microsecond=0, tzinfo=None)
    return dt.datetime.combine(value, _NOON)


def _time(value: dt.time) -> dt.time:
    return value.replace(second=0, microsecond=0, tzinfo=None)


# -- what one row links to, and what must be created for it --------------------------------------


@dataclass
class _Links:
    org_id: int | None = None
    new_org: str | None = None
    person_id: int | None = None
    new_person: str | None = None
    deal_id: int | None = None
    new_deal: str | None = None


@dataclass
class _Pending:
    """Rows waiting for the next executemany."""

    orgs: list[tuple[Any, ...]] = field(default_factory=list)
    people: list[tuple[Any, ...]] = field(default_factory=list)
    deals: list[tuple[Any, ...]] = field(default_factory=list)
    activities: list[tuple[Any, ...]] = field(default_factory=list)
    notes: list[tuple[Any, ...]] = field(default_factory=list)
    updates: dict[str, list[tuple[Any, ...]]] = field(default_factory=dict)
    custom: list[tuple[int, int, str]] = field(default_factory=list)


# In the order foreign keys need: a row's parents are inserted before it.
INSERTS: dict[str, str] = {
    "orgs": "INSERT INTO organization (id, name, address, country, owner_id, label, created_at, "
    "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    "people": "INSERT INTO person (id, name, role, emails, phones, organization_id, created_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?)",
    "deals": "INSERT INTO deal (id, title, value_minor, currency, status, won_time, lost_time, "
    "lost_reason, expected_close, owner_id, organization_id, person_id, created_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "activities": "INSERT INTO activity (id, type_id, subject, due_date, due_time, duration_min, "
    "assignee_id, done, done_time, note, organization_id, person_id, deal_id, created_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "notes": "INSERT INTO note (id, content, pinned, author_id, organization_id, person_id, "
    "deal_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
}
_UPSERT_CUSTOM = (
    "INSERT INTO custom_value (field_id, entity_id, value) VALUES (?, ?, ?) "
    "ON CONFLICT (field_id, entity_id) DO UPDATE SET value = excluded.value"
)

# The summary columns (summary.PARTS) an import of each kind can change.
_SUMMARY_PARTS = {
    "organizations": ("organization",),
    "persons": ("people",),
    "deals": ("deals",),
    "activities": ("activities",),
}

_Sets = list[tuple[str, tuple[Any, ...]]]  # SET clauses of an UPDATE and their parameters


class _Importer:
    def __init__(self, options: ImportOptions, headers: list[str]) -> None:
        self.options = options
        self.kind = options.kind
        self.headers = headers
        self.plan = RowPlan(options.kind, options.mapping, day_first=options.day_first)
        self.report = Report()
        self.now = clock.now()
        self.now_text = _fmt(self.now)
        self.pending = _Pending()
        self.touched: set[int] = set()
        # the summary columns the import can change (new organizations get whole rows)
        self.parts: set[str] = set(_SUMMARY_PARTS.get(self.kind, ()))
        # organizations whose names, or whose people's names, emails or phones changed
        self.searched: set[int | None] = set()
        self.handle: Callable[[dict[str, Any]], None] = getattr(self, "_" + self.kind)
        self.default_currency = default_currency()[0]
        self.exponents = {
            str(c): int(e) for c, e in db.execute_sql("SELECT code, exponent FROM currency")
        }
        self.next_id = {
            table: int(db.execute_sql(f'SELECT COALESCE(max(id), 0) FROM "{table}"').fetchone()[0])
            for table in ("organization", "person", "deal", "activity", "note")
        }
        self.users: dict[str, int] = {}
        self.user_of: dict[str, int] = {}  # cell text -> user, once found
        for user_id, name, email in db.execute_sql(
            'SELECT id, name, email FROM "user" ORDER BY active DESC, id'
        ):
            self.users.setdefault(_norm(str(name)), int(user_id))
            if email:
                self.users.setdefault(_norm(str(email)), int(user_id))
        entity = _ENTITY.get(self.kind)
        self.custom = {
            f"custom:{d.id}": d for d in (customfields.definitions(entity) if entity else [])
        }
        self.type_ids: dict[str, int] = {}
        if self.kind == "activities":
            self._load_types()
        self.default_type = self.type_ids.get("task", 0)
        self.first_org_id = self.next_id["organization"] + 1
        self._load_records(set(options.mapping.values()))

    # -- reference data, loaded once ---------------------------------------------------------

    def _load_types(self) -> None:
        rows = [
            (int(i), str(k), str(n))
            for i, k, n in db.execute_sql(
                "SELECT id, key, name FROM activity_type ORDER BY active DESC, position, id"
            )
        ]
        for type_id, key, _ in rows:
            self.type_ids.setdefault(key.casefold(), type_id)
        for type_id, _, name in rows:
            self.type_ids.setdefault(_norm(name), type_id)
        if "task" not in self.type_ids and rows:
            self.type_ids["task"] = rows[0][0]

    def _load_records(self, mapped: set[str]) -> None:
        kind = self.kind
        links = {"organization", "person", "deal"} & mapped
        # organizations by name; with the address too for duplicates of organizations
        self.org_by_name: dict[str, int] = {}
        self.org_by_name_address: dict[tuple[str, str], int] = {}
        if kind == "organizations" or links:
            for org_id, name, address in db.execute_sql(
                "SELECT id, name, address FROM organization ORDER BY id"
            ):
                key = _norm(name)
                self.org_by_name.setdefault(key, org_id)
                if kind == "organizations":
                    self.org_by_name_address.setdefault((key, _norm(address)), org_id)
        # people by "n:" name, "e:" email or "p:" phone digits, within their organization
        self.person_keys: dict[tuple[int | None, str], int] = {}
        self.person_org: dict[int, int | None] = {}
        self._people_anywhere: dict[str, int] | None = None
        if kind == "persons" or "person" in links:
            for person_id, org_id, name, emails, phones in db.execute_sql(
                "SELECT id, organization_id, name, emails, phones FROM person ORDER BY id"
            ):
                self._index_person(person_id, org_id, name, emails, phones)
        # deals by title within their organization
        self.deal_keys: dict[tuple[int | None, str], int] = {}
        self.deal_org: dict[int, int | None] = {}
        self._deals_anywhere: dict[str, int] | None = None
        if kind == "deals" or "deal" in links:
            for deal_id, org_id, title in db.execute_sql(
                "SELECT id, organization_id, title FROM deal ORDER BY id"
            ):
                self._index_deal(deal_id, org_id, _norm(title))

    def _id(self, table: str) -> int:
        self.next_id[table] += 1
        return self.next_id[table]

    def _index_person(
        self, person_id: int, org_id: int | None, name: str, emails: str, phones: str
    ) -> None:
        self.person_org[person_id] = org_id
        keys = ["n:" + _norm(name)]
        if emails:
            keys.extend("e:" + _norm(e) for e in emails.splitlines() if e.strip())
        if phones:
            keys.extend("p:" + d for d in map(_digits, phones.splitlines()) if d)
        for key in keys:
            self.person_keys.setdefault((org_id, key), person_id)
            if self._people_anywhere is not None:
                self._people_anywhere.setdefault(key, person_id)

    def _index_deal(self, deal_id: int, org_id: int | None, key: str) -> None:
        """Index a deal under its title's key (`_norm(title)`)."""
        self.deal_org[deal_id] = org_id
        self.deal_keys.setdefault((org_id, key), deal_id)
        if self._deals_anywhere is not None:
            self._deals_anywhere.setdefault(key, deal_id)

    @staticmethod
    def _person_lookups(text: str) -> list[str]:
        keys = ["n:" + _norm(text)]
        if "@" in text:
            keys.append("e:" + _norm(text))
        if is_phone(text):
            keys.append("p:" + _digits(text))
        return keys

    def _find_person(self, org_id: int | None, text: str, anywhere: bool) -> int | None:
        if not anywhere:
            for key in self._person_lookups(text):
                found = self.person_keys.get((org_id, key))
                if found is not None:
                    return found
            return None
        if self._people_anywhere is None:  # built on first use, oldest person first
            self._people_anywhere = {}
            for (_, key), person_id in sorted(self.person_keys.items(), key=lambda i: i[1]):
                self._people_anywhere.setdefault(key, person_id)
        for key in self._person_lookups(text):
            found = self._people_anywhere.get(key)
            if found is not None:
                return found
        return None

    def _find_deal(self, org_id: int | None, title: str, anywhere: bool) -> int | None:
        key = _norm(title)
        if not anywhere:
            return self.deal_keys.get((org_id, key))
        if self._deals_anywhere is None:  # built on first use, oldest deal first
            self._deals_anywhere = {}
            for (_, title_key), deal_id in sorted(self.deal_keys.items(), key=lambda i: i[1]):
                self._deals_anywhere.setdefault(title_key, deal_id)
        return self._deals_anywhere.get(key)

    def _user(self, value: Any) -> int:
        found = self.user_of.get(value)  # a few users fill whole columns
        if found is not None:
            return found
        text = " ".join(_text(value).split())
        found = self.users.get(_norm(text))
        if found is not None:
            if isinstance(value, str):
                self.user_of[value] = found
            return found
        if not self.options.create_missing or not text:
            raise _Reject("There is no user “{name}”.", name=text)
        # Moving in: the sales reps the file names become users (name, or an email address).
        email = text if "@" in text else ""
        name = text.split("@", 1)[0] if email else text
        cursor = db.execute_sql(
            'INSERT INTO "user" (name, email, active) VALUES (?, ?, 1)', (name[:255], email)
        )
        user_id = int(cursor.lastrowid)
        self.users[_norm(text)] = user_id
        self.users.setdefault(_norm(name), user_id)
        self.report.linked_created += 1
        return user_id

    # -- one row ---------------------------------------------------------------------------------

    def row(self, line: int, cells: list[str]) -> None:
        converted = self.plan.convert(cells, self.default_currency)
        if converted.problems:
            reasons = []
            parts = []
            for problem in converted.problems:
                column = problem.column
                header = None
                if column is not None and 0 <= column < len(self.headers):
                    header = self.headers[column]
                    reasons.append(f"{header}: {problem.message}")
                else:
                    reasons.append(problem.message)
                template = problem.template or problem.message.replace("{", "{{").replace("}", "}}")
                parts.append((header, template, dict(problem.params)))
            self.report.rejected.append(Rejected(line, " ".join(reasons), tuple(parts)))
            return
        values = converted.values  # a field is in `values` only when the row gives it
        try:
            self.handle(values)
        except _Reject as exc:
            part = (None, exc.template, dict(exc.params))
            self.report.rejected.append(Rejected(line, str(exc), (part,)))

    def _links(self, values: dict[str, Any]) -> _Links:
        """Find the organization, person and deal a row names, or plan to create them."""
        links = _Links()
        create = self.options.create_missing
        org_name = values.get("organization")
        if org_name is not None:
            links.org_id = self.org_by_name.get(_norm(_text(org_name)))
            if links.org_id is None:
                if not create:
                    raise _Reject("There is no organization “{name}”.", name=_text(org_name))
                links.new_org = _text(org_name)
        anywhere = org_name is None
        person = values.get("person")
        if person is not None:
            text = _text(person).strip()
            if links.new_org is None:
                links.person_id = self._find_person(links.org_id, text, anywhere)
            if links.person_id is None:
                if not create:
                    raise _Reject("There is no person “{name}”.", name=text)
                links.new_person = text
        deal = values.get("deal")
        if deal is not None:
            if links.new_org is None:
                links.deal_id = self._find_deal(links.org_id, _text(deal), anywhere)
            if links.deal_id is None:
                if not create:
                    raise _Reject("There is no deal “{title}”.", title=_text(deal))
                links.new_deal = _text(deal)
        if anywhere:
            # a record of a deal or of a person belongs to their organization too
            if links.deal_id is not None:
                links.org_id = self.deal_org.get(links.deal_id)
            if links.org_id is None and links.person_id is not None:
                links.org_id = self.person_org.get(links.person_id)
        return links

    def _create_links(self, links: _Links, owner: int | None) -> None:
        """Queue the records a valid row named that do not exist yet."""
        now = self.now_text
        if links.new_org is not None:
            org_id = self._id("organization")
            self.pending.orgs.append((org_id, links.new_org, "", "", owner, "", now, now))
            key = _norm(links.new_org)
            self.org_by_name.setdefault(key, org_id)
            self.org_by_name_address.setdefault((key, ""), org_id)
            links.org_id = org_id
            self.report.linked_created += 1
            self.searched.add(org_id)
        if links.new_person is not None:
            person_id = self._id("person")
            name = links.new_person
            email = name if is_email(name) else ""
            self.pending.people.append((person_id, name, "", email, "", links.org_id, now))
            self._index_person(person_id, links.org_id, name, email, "")
            links.person_id = person_id
            self.report.linked_created += 1
            self.searched.add(links.org_id)
            self.parts.add("people")
        if links.new_deal is not None:
            deal_id = self._id("deal")
            self.pending.deals.append(
                (
                    deal_id,
                    links.new_deal,
                    0,
                    self.default_currency,
                    "open",
                    None,
                    None,
                    "",
                    None,
                    owner,
                    links.org_id,
                    links.person_id,
                    now,
                )
            )
            self._index_deal(deal_id, links.org_id, _norm(links.new_deal))
            links.deal_id = deal_id
            self.report.linked_created += 1
            self.parts.add("deals")
        if links.org_id is not None:
            self.touched.add(links.org_id)

    def _custom_values(self, values: dict[str, Any]) -> list[tuple[int, str]]:
        """(field id, stored text) of the custom fields the row fills."""
        found: list[tuple[int, str]] = []
        if not self.custom:
            return found
        for key, value in values.items():
            definition = self.custom.get(key)
            if definition is None:
                continue
            if definition.field_type == "user":
                found.append((definition.id, str(self._user(value))))
                continue
            stored: Any = value
            if definition.field_type == "date" and isinstance(value, dt.datetime):
                stored = value.date()
            elif isinstance(value, float | Decimal):
                stored = format(Decimal(str(value)), "f")
            try:
                text = customfields.canonical(definition, stored)
            except DomainError as exc:
                raise _Reject(
                    "{field}: " + exc.template, **{**exc.params, "field": definition.name}
                ) from None
            if text is not None:
                found.append((definition.id, text))
        return found

    def _store_custom(self, entity_id: int, custom: list[tuple[int, str]]) -> None:
        self.pending.custom.extend((field_id, entity_id, text) for field_id, text in custom)

    def _update(self, table: str, row_id: int, sets: _Sets) -> None:
        """Queue an UPDATE; rows that set the same columns share one executemany."""
        sql = f'UPDATE "{table}" SET {", ".join(clause for clause, _ in sets)} WHERE id = ?'
        params = (*(value for _, values in sets for value in values), row_id)
        self.pending.updates.setdefault(sql, []).append(params)

    def _duplicate(self, existing: int | None) -> bool:
        """Whether the row is a duplicate to skip or update (rather than a record to create);
        counts the skipped ones."""
        if existing is None or self.options.on_duplicate == "create":
            return False
        if self.options.on_duplicate == "skip":
            self.report.skipped += 1
        return True

    # -- organizations -------------------------------------------------------------------------

    def _organizations(self, values: dict[str, Any]) -> None:
        name = values["name"]  # RowPlan refuses a row without one
        fields: dict[str, Any] = {
            column: values[key]
            for key, column in (("address", "address"), ("country", "country"), ("label", "label"))
            if key in values
        }
        if "owner" in values:
            fields["owner_id"] = self._user(values["owner"])
        custom = self._custom_values(values)
        key, address = _norm(name), _norm(fields.get("address", ""))
        existing = (
            self.org_by_name_address.get((key, address)) if address else self.org_by_name.get(key)
        )
        if self._duplicate(existing):
            if self.options.on_duplicate == "update" and existing is not None:
                sets: _Sets = [("name = ?", (name,))]
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

    # -- persons -----------------------------------------------------------------------------

    def _persons(self, values: dict[str, Any]) -> None:
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
            keys = ["e:" + _norm(e) for e in emails.splitlines()]
            keys += ["p:" + _digits(p) for p in phones.splitlines()]
            for key in keys:
                existing = self.person_keys.get((links.org_id, key))
                if existing is not None:
                    break
        if self._duplicate(existing):
            if self.options.on_duplicate == "update" and existing is not None:
                sets: _Sets = [("name = ?", (name,))]
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

    # -- deals -------------------------------------------------------------------------------

    def _currency(self, code: str) -> str:
        """A currency the row names (RowPlan read it as ISO 4217); one the database does not
        know yet is added, without an exchange rate."""
        if code not in self.exponents:
            exponent = currency_exponent(code)
            if exponent is None:  # pragma: no cover - RowPlan refused it
                raise _Reject("“{code}” is not a known currency.", code=code)
            currencies.add_currency(code, exponent)
            self.exponents[code] = exponent
            self.report.currencies_added.append(code)
        return code

    def _deals(self, values: dict[str, Any]) -> None:
        title = values["title"]  # RowPlan refuses a row without one
        minor: int | None = values.get("value_minor")  # RowPlan checked it (check_minor)
        currency = self._currency(values["currency"]) if "currency" in values else None
        won = _moment(values["won_time"]) if "won_time" in values else None
        lost = _moment(values["lost_time"]) if "lost_time" in values else None
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
        key = _norm(title)
        existing = self.deal_keys.get((links.org_id, key)) if links.new_org is None else None
        if self._duplicate(existing):
            if self.options.on_duplicate == "update" and existing is not None:
                self._create_links(links, owner)  # a person named but not found yet
                sets: _Sets = [("title = ?", (title,))]
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
                _fmt(won) if won else None,
                _fmt(lost) if lost else None,
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
    ) -> _Sets:
        """SET clauses of a deal's status; a deal already won keeps its won time unless the row
        gives one (as `deals.mark_won` does), a lost one its lost time and reason."""
        if status == "won":
            return [
                (
                    "won_time = COALESCE(?, CASE WHEN status = 'won' THEN won_time END, ?)",
                    (_fmt(won) if won else None, self.now_text),
                ),
                ("status = 'won', lost_time = NULL, lost_reason = ''", ()),
            ]
        if status == "lost":
            return [
                (
                    "lost_time = COALESCE(?, CASE WHEN status = 'lost' THEN lost_time END, ?)",
                    (_fmt(lost) if lost else None, self.now_text),
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

    # -- activities --------------------------------------------------------------------------

    def _activities(self, values: dict[str, Any]) -> None:
        subject = values["subject"]  # RowPlan refuses a row without a subject or due date
        due: dt.date = values["due_date"]
        due_time = _time(values["due_time"]) if "due_time" in values else None
        duration: int | None = values.get("duration")
        type_id = self.default_type
        if "type" in values:
            type_id = self.type_ids.get(_norm(_text(values["type"])), self.default_type)
        if not type_id:
            raise _Reject("There is no activity type to give the activity.")
        done_time = _moment(values["done_time"]) if "done_time" in values else None
        done: bool = values.get("done", done_time is not None)
        if done and done_time is None:
            done_time = dt.datetime.combine(due, _NOON)
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
                _fmt(done_time) if done and done_time else None,
                note,
                links.org_id,
                links.person_id,
                links.deal_id,
                self.now_text,
            )
        )
        self.report.created += 1

    # -- notes -------------------------------------------------------------------------------

    def _notes(self, values: dict[str, Any]) -> None:
        content = values["content"]  # RowPlan refuses a row without one
        pinned: bool = values.get("pinned", False)
        created = _fmt(_moment(values["created_at"])) if "created_at" in values else self.now_text
        links = self._links(values)
        if links.org_id is None and links.new_org is None:
            raise _Reject("A note needs an organization.")
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

    # -- writing -----------------------------------------------------------------------------

    def flush(self) -> None:
        """Write the queued rows: inserts (parents first), then updates, then custom values."""
        conn = db.connection()
        pending = self.pending
        for name, sql in INSERTS.items():
            rows = getattr(pending, name)
            if rows:
                conn.executemany(sql, rows)
        for sql, params in pending.updates.items():
            conn.executemany(sql, params)
        if pending.custom:
            conn.executemany(_UPSERT_CUSTOM, pending.custom)
        self.pending = _Pending()

    def finish(self, orgs_before: int) -> None:
        """Bring summaries and search text up to date once: the touched organizations' rows,
        or, when the import touched more than half of them, the columns it can change in all
        rows (one statement; about as fast then); the same for the search text."""
        orgs_now = orgs_before + self.next_id["organization"] - self.first_org_id + 1
        if len(self.touched) * 2 > orgs_now:
            summary.rebuild(search=False, parts=self.parts)
        elif self.touched:
            summary.refresh(self.touched, search=False)
        searched = self.searched - {None}
        if len(searched) * 2 > orgs_now:
            summary.rebuild_search()
        elif searched:
            summary.refresh_search(searched)


def estimate_rows(path: Path, table: Table) -> int:
    """About how many data rows a file holds, for progress (0 when unknown): the line breaks of
    a CSV file, the dimension a workbook's sheet declares."""
    try:
        if table.encoding == "xlsx":
            with zipfile.ZipFile(path) as archive:
                names = sorted(n for n in archive.namelist() if n.startswith("xl/worksheets/"))
                if not names:
                    return 0
                with archive.open(names[0]) as sheet:
                    head = sheet.read(4096).decode("utf-8", "replace")
            found = re.search(r'<dimension ref="[A-Z]+\d+:[A-Z]+(\d+)"', head)
            return max(0, int(found.group(1)) - 1) if found else 0
        breaks, last = 0, b"\n"
        with Path(path).open("rb") as handle:
            while chunk := handle.read(1 << 20):
                breaks += chunk.count(b"\n")
                last = chunk[-1:]
        lines = breaks + (last not in (b"\n", b"\x00"))  # UTF-16 ends in "\n\x00"
        return max(0, lines - 1)  # less the header
    except (OSError, zipfile.BadZipFile, ValueError):
        return 0


def check_options(options: ImportOptions) -> None:
    """Refuse options no row could be imported with: an unknown kind or duplicate choice, a
    column mapped to a field the kind lacks, two columns for one field (but emails and phones,
    which take several), a required field without a column."""
    if options.kind not in KINDS:
        raise ValidationError("“{kind}” is not something that can be imported.", kind=options.kind)
    if options.on_duplicate not in DUPLICATE_CHOICES:
        raise ValidationError(
            "“{choice}” is not a way to handle duplicates.", choice=options.on_duplicate
        )
    specs = {spec.key: spec for spec in fields_for(options.kind)}
    used: set[str] = set()
    for column, key in options.mapping.items():
        if key not in specs:
            raise ValidationError(
                "Column {column} is mapped to “{field}”, which {kind} do not have.",
                column=column + 1,
                field=key,
                kind=options.kind,
            )
        if key in used and not specs[key].multiple:
            raise ValidationError("Two columns are mapped to “{field}”.", field=specs[key].label)
        used.add(key)
    for spec in specs.values():
        if spec.required and spec.key not in used:
            raise ValidationError("Choose the column that holds “{field}”.", field=spec.label)


def run_import(
    path: Path,
    options: ImportOptions,
    *,
    progress: Progress | None = None,
    dry_run: bool = False,
) -> Report:
    """Import the rows of a CSV or Excel file as `options.kind`, in one transaction.

    Rows that cannot be imported are listed in the report with their line and left out; all
    others are written. With `dry_run`, or when `progress` raises (to cancel; the exception
    goes on to the caller), nothing is kept. Raises ValidationError for options or a file that
    cannot be imported at all, BusyError when another write holds the database. A backup of the
    database is taken first (not for a dry run). May run on a worker thread, whose connection
    is closed at the end.
    """
    try:
        check_options(options)
        table, rows = iter_table(Path(path))
        total = estimate_rows(Path(path), table)
        if not dry_run:
            backups.before_import()
        cache_size = db.execute_sql("PRAGMA cache_size").fetchone()[0]
        db.execute_sql("PRAGMA cache_size = -262144")  # index pages of a big load stay cached
        try:
            return _run(options, table.headers, rows, total, progress, dry_run)
        finally:
            db.execute_sql(f"PRAGMA cache_size = {int(cache_size)}")
            close = getattr(rows, "close", None)
            if close is not None:
                close()
    finally:
        if threading.current_thread() is not threading.main_thread():
            release_thread_connection()


def _run(
    options: ImportOptions,
    headers: list[str],
    rows: Iterable[tuple[int, list[str]]],
    total: int,
    progress: Progress | None,
    dry_run: bool,
) -> Report:
    try:
        with transaction():
            orgs_before = int(db.execute_sql("SELECT count(*) FROM organization").fetchone()[0])
            importer = _Importer(options, headers)
            done = 0
            for line, cells in rows:
                importer.row(line, cells)
                done += 1
                if done % BATCH == 0:
                    importer.flush()
                    if progress is not None:
                        progress(done, max(total, done))
            importer.flush()
            importer.finish(orgs_before)
            if progress is not None:
                progress(done, done)
            if dry_run:
                raise _DryRunDone(importer.report)
    except _DryRunDone as finished:
        return finished.report
    return importer.report
