"""What every import writer shares (`Writer`): the records that exist, found by name, email,
phone or title and kept current as rows are written; the users and the links a row names,
created when missing; the rows queued for the next executemany; summaries and search text
brought up to date once at the end. `import_writers` holds one writer per kind of record.

Links: an organization is found by name (the oldest of that name), a person by name, email or
phone and a deal by title, within the row's organization when it names one, else anywhere; an
activity or note of a deal or person without an organization belongs to theirs. A name not found
creates the record (counted in `linked_created`) or, without `create_missing`, rejects the row.
Owners and assignees are users by name or email; an unknown one becomes a new user with
`create_missing` (moving in), and otherwise rejects the row.

Values come as `import_plan.RowPlan` read and checked them; a writer only adapts their form,
resolves links and finds duplicates.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any, ClassVar

from accountmgr.domain import clock, customfields, summary
from accountmgr.domain.currencies import default_currency
from accountmgr.domain.customfields import Entity, FieldType
from accountmgr.domain.errors import DomainError, ValidationError
from accountmgr.domain.import_cells import is_email, is_phone
from accountmgr.domain.new_rows import NewRows
from accountmgr.domain.transfer import OnDuplicate, RecordKind
from accountmgr.store import engine
from accountmgr.store.models import db

if TYPE_CHECKING:
    from accountmgr.domain.import_run import ImportOptions, Report

NOON = dt.time(12, 0)


class Reject(ValidationError):
    """A row that cannot be imported, with the reason for the report (a template with named
    placeholders, as every DomainError)."""


@lru_cache(maxsize=65_536)  # names repeat row after row (every deal names its organization)
def norm_name(text: str) -> str:
    """How names compare: case and runs of white space ignored."""
    return " ".join(text.split()).casefold()


def phone_digits(phone: str) -> str:
    return "".join(ch for ch in phone if ch.isdigit())


def sql_moment(moment: dt.datetime) -> str:
    return moment.isoformat(" ")  # the text Peewee writes (whole seconds)


# -- values as RowPlan hands them over (already checked; only their form is adapted) -------------


def as_text(value: Any) -> str:
    return value if isinstance(value, str) else str(value)


def moment_of(value: dt.datetime) -> dt.datetime:
    """A date and time in whole seconds (a date alone RowPlan reads as midnight)."""
    return value.replace(microsecond=0, tzinfo=None)


def minute_time(value: dt.time) -> dt.time:
    return value.replace(second=0, microsecond=0, tzinfo=None)


# -- what one row links to, and what must be created for it --------------------------------------


@dataclass
class Links:
    org_id: int | None = None
    new_org: str | None = None
    person_id: int | None = None
    new_person: str | None = None
    deal_id: int | None = None
    new_deal: str | None = None


@dataclass
class _Pending(NewRows):
    """Rows waiting for the next executemany."""

    updates: dict[str, list[tuple[Any, ...]]] = field(default_factory=dict)
    custom: list[tuple[int, int, str]] = field(default_factory=list)


_UPSERT_CUSTOM = (
    "INSERT INTO custom_value (field_id, entity_id, value) VALUES (?, ?, ?) "
    "ON CONFLICT (field_id, entity_id) DO UPDATE SET value = excluded.value"
)

Sets = list[tuple[str, tuple[Any, ...]]]  # SET clauses of an UPDATE and their parameters


class Writer:
    """Writes the rows of one import of `kind`; a subclass per kind gives `write`."""

    kind: ClassVar[RecordKind]
    parts: ClassVar[tuple[str, ...]] = ()
    """The summary columns (summary.PARTS) rows of this kind change."""
    entity: ClassVar[Entity | None] = None
    """The entity whose custom fields rows of this kind fill."""

    def __init__(self, options: ImportOptions, report: Report) -> None:
        self.options = options
        self.report = report
        self.now = clock.now()
        self.now_text = sql_moment(self.now)
        self.pending = _Pending()
        self.touched: set[int] = set()
        # the summary columns the import can change (new organizations get whole rows)
        self.parts_changed: set[str] = set(self.parts)
        # organizations whose names, or whose people's names, emails or phones changed
        self.searched: set[int | None] = set()
        self.default_currency = default_currency()[0]
        self.next_id = {
            table: int(db.execute_sql(f'SELECT COALESCE(max(id), 0) FROM "{table}"').fetchone()[0])
            for table in ("organization", "person", "deal", "activity", "note")
        }
        self.users: dict[str, int] = {}
        self.user_of: dict[str, int] = {}  # cell text -> user, once found
        for user_id, name, email in db.execute_sql(
            'SELECT id, name, email FROM "user" ORDER BY active DESC, id'
        ):
            self.users.setdefault(norm_name(str(name)), int(user_id))
            if email:
                self.users.setdefault(norm_name(str(email)), int(user_id))
        entity = self.entity
        self.custom = {
            f"custom:{d.id}": d for d in (customfields.definitions(entity) if entity else [])
        }
        self.first_org_id = self.next_id["organization"] + 1
        self._load_records(set(options.mapping.values()))

    def write(self, values: dict[str, Any]) -> None:
        """Queue what one row gives (a field is in `values` only when the row gives it); raises
        Reject for a row that cannot be written."""
        raise NotImplementedError

    # -- records that exist, loaded once ----------------------------------------------------

    def _load_records(self, mapped: set[str]) -> None:
        kind = self.kind
        links = {"organization", "person", "deal"} & mapped
        # organizations by name; with the address too for duplicates of organizations
        self.org_by_name: dict[str, int] = {}
        self.org_by_name_address: dict[tuple[str, str], int] = {}
        if kind == RecordKind.ORGANIZATIONS or links:
            for org_id, name, address in db.execute_sql(
                "SELECT id, name, address FROM organization ORDER BY id"
            ):
                key = norm_name(name)
                self.org_by_name.setdefault(key, org_id)
                if kind == RecordKind.ORGANIZATIONS:
                    self.org_by_name_address.setdefault((key, norm_name(address)), org_id)
        # people by "n:" name, "e:" email or "p:" phone digits, within their organization
        self.person_keys: dict[tuple[int | None, str], int] = {}
        self.person_org: dict[int, int | None] = {}
        self._people_anywhere: dict[str, int] | None = None
        if kind == RecordKind.PEOPLE or "person" in links:
            for person_id, org_id, name, emails, phones in db.execute_sql(
                "SELECT id, organization_id, name, emails, phones FROM person ORDER BY id"
            ):
                self._index_person(person_id, org_id, name, emails, phones)
        # deals by title within their organization
        self.deal_keys: dict[tuple[int | None, str], int] = {}
        self.deal_org: dict[int, int | None] = {}
        self._deals_anywhere: dict[str, int] | None = None
        if kind == RecordKind.DEALS or "deal" in links:
            for deal_id, org_id, title in db.execute_sql(
                "SELECT id, organization_id, title FROM deal ORDER BY id"
            ):
                self._index_deal(deal_id, org_id, norm_name(title))

    def _id(self, table: str) -> int:
        self.next_id[table] += 1
        return self.next_id[table]

    def _index_person(
        self, person_id: int, org_id: int | None, name: str, emails: str, phones: str
    ) -> None:
        self.person_org[person_id] = org_id
        keys = ["n:" + norm_name(name)]
        if emails:
            keys.extend("e:" + norm_name(e) for e in emails.splitlines() if e.strip())
        if phones:
            keys.extend("p:" + d for d in map(phone_digits, phones.splitlines()) if d)
        for key in keys:
            self.person_keys.setdefault((org_id, key), person_id)
            if self._people_anywhere is not None:
                self._people_anywhere.setdefault(key, person_id)

    def _index_deal(self, deal_id: int, org_id: int | None, key: str) -> None:
        """Index a deal under its title's key (`norm_name(title)`)."""
        self.deal_org[deal_id] = org_id
        self.deal_keys.setdefault((org_id, key), deal_id)
        if self._deals_anywhere is not None:
            self._deals_anywhere.setdefault(key, deal_id)

    @staticmethod
    def _person_lookups(text: str) -> list[str]:
        keys = ["n:" + norm_name(text)]
        if "@" in text:
            keys.append("e:" + norm_name(text))
        if is_phone(text):
            keys.append("p:" + phone_digits(text))
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
        key = norm_name(title)
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
        text = " ".join(as_text(value).split())
        found = self.users.get(norm_name(text))
        if found is not None:
            if isinstance(value, str):
                self.user_of[value] = found
            return found
        if not self.options.create_missing or not text:
            raise Reject("There is no user “{name}”.", name=text)
        # Moving in: the sales reps the file names become users (name, or an email address).
        email = text if "@" in text else ""
        name = text.split("@", 1)[0] if email else text
        cursor = db.execute_sql(
            'INSERT INTO "user" (name, email, active) VALUES (?, ?, 1) RETURNING id',
            (name[:255], email),
        )
        user_id = int(cursor.fetchone()[0])
        self.users[norm_name(text)] = user_id
        self.users.setdefault(norm_name(name), user_id)
        self.report.linked_created += 1
        return user_id

    def _links(self, values: dict[str, Any]) -> Links:
        """Find the organization, person and deal a row names, or plan to create them."""
        links = Links()
        create = self.options.create_missing
        org_name = values.get("organization")
        if org_name is not None:
            links.org_id = self.org_by_name.get(norm_name(as_text(org_name)))
            if links.org_id is None:
                if not create:
                    raise Reject("There is no organization “{name}”.", name=as_text(org_name))
                links.new_org = as_text(org_name)
        anywhere = org_name is None
        person = values.get("person")
        if person is not None:
            text = as_text(person).strip()
            if links.new_org is None:
                links.person_id = self._find_person(links.org_id, text, anywhere)
            if links.person_id is None:
                if not create:
                    raise Reject("There is no person “{name}”.", name=text)
                links.new_person = text
        deal = values.get("deal")
        if deal is not None:
            if links.new_org is None:
                links.deal_id = self._find_deal(links.org_id, as_text(deal), anywhere)
            if links.deal_id is None:
                if not create:
                    raise Reject("There is no deal “{title}”.", title=as_text(deal))
                links.new_deal = as_text(deal)
        if anywhere:
            # a record of a deal or of a person belongs to their organization too
            if links.deal_id is not None:
                links.org_id = self.deal_org.get(links.deal_id)
            if links.org_id is None and links.person_id is not None:
                links.org_id = self.person_org.get(links.person_id)
        return links

    def _create_links(self, links: Links, owner: int | None) -> None:
        """Queue the records a valid row named that do not exist yet."""
        now = self.now_text
        if links.new_org is not None:
            org_id = self._id("organization")
            self.pending.orgs.append((org_id, links.new_org, "", "", owner, "", now, now))
            key = norm_name(links.new_org)
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
            self.parts_changed.add("people")
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
            self._index_deal(deal_id, links.org_id, norm_name(links.new_deal))
            links.deal_id = deal_id
            self.report.linked_created += 1
            self.parts_changed.add("deals")
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
            if definition.field_type == FieldType.USER:
                found.append((definition.id, str(self._user(value))))
                continue
            try:
                text = customfields.canonical(definition, value)
            except DomainError as exc:  # pragma: no cover - RowPlan checked it by this rule
                raise Reject(
                    "{field}: " + exc.template, **{**exc.params, "field": definition.name}
                ) from None
            if text is not None:
                found.append((definition.id, text))
        return found

    def _store_custom(self, entity_id: int, custom: list[tuple[int, str]]) -> None:
        self.pending.custom.extend((field_id, entity_id, text) for field_id, text in custom)

    def _update(self, table: str, row_id: int, sets: Sets) -> None:
        """Queue an UPDATE; rows that set the same columns share one executemany."""
        sql = f'UPDATE "{table}" SET {", ".join(clause for clause, _ in sets)} WHERE id = ?'
        params = (*(value for _, values in sets for value in values), row_id)
        self.pending.updates.setdefault(sql, []).append(params)

    def _duplicate(self, existing: int | None) -> bool:
        """Whether the row is a duplicate to skip or update (rather than a record to create);
        counts the skipped ones."""
        if existing is None or self.options.on_duplicate == OnDuplicate.CREATE:
            return False
        if self.options.on_duplicate == OnDuplicate.SKIP:
            self.report.skipped += 1
        return True

    # -- writing -----------------------------------------------------------------------------

    def flush(self) -> None:
        """Write the queued rows: inserts (parents first), then updates, then custom values."""
        pending = self.pending
        pending.insert()
        for sql, params in pending.updates.items():
            engine.executemany(sql, params)
        if pending.custom:
            engine.executemany(_UPSERT_CUSTOM, pending.custom)
        self.pending = _Pending()

    def finish(self, orgs_before: int) -> None:
        """Bring summaries and search text up to date once: the touched organizations' rows,
        or, when the import touched more than half of them, the columns it can change in all
        rows (one statement; about as fast then); the same for the search text."""
        orgs_now = orgs_before + self.next_id["organization"] - self.first_org_id + 1
        if len(self.touched) * 2 > orgs_now:
            summary.rebuild(search=False, parts=self.parts_changed)
        elif self.touched:
            summary.refresh(self.touched, search=False)
        searched = self.searched - {None}
        if len(searched) * 2 > orgs_now:
            summary.rebuild_search()
        elif searched:
            summary.refresh_search(searched)
