"""Realistic demo data: sales reps, customers in several countries, deals, activities and notes.

The same seed and the same "today" always give the same data. Rows are written with sqlite3's
executemany in one transaction and the summaries are rebuilt once at the end, so 100,000
organizations take seconds rather than minutes.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from accountmgr.domain import customfields, files, renewal, summary
from accountmgr.domain.accounts import is_empty
from accountmgr.domain.customfields import Entity, FieldType
from accountmgr.domain.demo_names import (
    ACTIVITY_SUBJECTS,
    COMPANY_WORDS_A,
    COMPANY_WORDS_B,
    COUNTRIES,
    DEAL_TITLES,
    DEMO_FIELDS,
    DEMO_FILES,
    LABELS,
    LOST_REASONS,
    NOTE_TEXTS,
    ROLES,
    USERS,
    Country,
)
from accountmgr.domain.errors import DomainError
from accountmgr.domain.new_rows import NewRows
from accountmgr.domain.transaction import transaction
from accountmgr.domain.writes import release_thread_connection
from accountmgr.store import engine
from accountmgr.store.models import db

Progress = Callable[[int, int], None]
"""Called with (organizations written, total); it may raise to cancel (nothing is kept)."""

MAX_BATCH = 2_000  # organizations generated and written per round, at most

# Typical deal sizes per currency, in major units (low, high).
_DEAL_RANGE: dict[str, tuple[int, int]] = {
    "EUR": (800, 60_000),
    "USD": (900, 70_000),
    "GBP": (700, 50_000),
    "CHF": (900, 70_000),
    "SEK": (8_000, 600_000),
    "JPY": (100_000, 8_000_000),
    "BRL": (4_000, 300_000),
}


class DemoRefusedError(DomainError):
    """The database already holds data and `force` was not given."""


@dataclass
class _Rows(NewRows):
    files: list[tuple[Any, ...]] = field(default_factory=list)
    custom_values: list[tuple[Any, ...]] = field(default_factory=list)


def _fmt_dt(value: dt.datetime) -> str:
    return value.isoformat(" ")  # the text Peewee's DateTimeField writes (whole seconds)


class _Generator:
    def __init__(self, seed: int, today: dt.date, user_ids: list[int]) -> None:
        self.r = random.Random(seed)
        self.today = today
        self.users = user_ids
        self.type_ids = {
            str(key): int(i) for i, key in db.execute_sql("SELECT id, key FROM activity_type")
        }
        self.type_keys = sorted(self.type_ids)
        self.exponents = {
            str(c): int(e) for c, e in db.execute_sql("SELECT code, exponent FROM currency")
        }
        self.stored: dict[str, files.StoredFile] = {}
        self.fields = _ensure_fields()
        self.next_id = {
            table: int(db.execute_sql(f'SELECT COALESCE(max(id), 0) FROM "{table}"').fetchone()[0])
            for table in ("organization", "person", "deal", "activity", "note")
        }

    def _id(self, table: str) -> int:
        self.next_id[table] += 1
        return self.next_id[table]

    def _moment(self, days_back_max: int, days_back_min: int = 0) -> dt.datetime:
        r = self.r
        day = self.today - dt.timedelta(days=r.randint(days_back_min, days_back_max))
        return dt.datetime.combine(day, dt.time(r.randint(8, 17), r.choice((0, 15, 30, 45))))

    def organization(self, rows: _Rows) -> None:
        r = self.r
        country: Country = r.choice(COUNTRIES)
        org_id = self._id("organization")
        suffix = r.choice(country.company_suffixes)
        name = f"{r.choice(COMPANY_WORDS_A)} {r.choice(COMPANY_WORDS_B)} {suffix}"
        city, postcode = r.choice(country.cities)
        address = country.address_format.format(
            street=r.choice(country.streets), number=r.randint(1, 180), postcode=postcode, city=city
        )
        owner = r.choice(self.users)
        label = r.choice(LABELS) if r.random() < 0.3 else ""
        created = self._moment(1400, 200)
        rows.orgs.append(
            (org_id, name, address, country.code, owner, label, _fmt_dt(created), _fmt_dt(created))
        )

        people = [
            self._person(rows, org_id, country) for _ in range(r.choice((1, 2, 2, 3, 3, 4, 5)))
        ]
        is_customer = r.random() < 0.5
        deal_ids = self._deals(rows, org_id, owner, people, country, is_customer)
        self._activities(rows, org_id, owner, people, deal_ids)
        for _ in range(r.choice((0, 1, 2, 2, 3))):
            when = _fmt_dt(self._moment(700))
            rows.notes.append(
                (
                    self._id("note"),
                    r.choice(NOTE_TEXTS),
                    int(r.random() < 0.1),
                    owner,
                    org_id,
                    r.choice(people),
                    None,
                    when,
                    when,
                )
            )

        if is_customer and r.random() < 0.3:
            self._files(rows, org_id, people, deal_ids)
        if is_customer and r.random() < 0.6:
            self._custom_values(rows, org_id)

    def _custom_values(self, rows: _Rows, org_id: int) -> None:
        r = self.r
        for spec in self.fields:
            if r.random() < 0.25:
                continue
            kind = spec.field_type
            if kind == FieldType.SINGLE_OPTION:
                value = r.choice(spec.options)
            elif kind == FieldType.MULTIPLE_OPTIONS:
                value = json.dumps(
                    [o for o in spec.options if r.random() < 0.5] or [spec.options[0]]
                )
            elif kind == FieldType.DATE:
                value = (self.today + dt.timedelta(days=r.randint(-30, 400))).isoformat()
            elif kind == FieldType.USER:
                value = str(r.choice(self.users))
            else:  # monetary: the yearly licence
                value = f"{r.randint(12, 480) * 250}"
            rows.custom_values.append((spec.id, org_id, value))

    def _files(self, rows: _Rows, org_id: int, people: list[int], deal_ids: list[int]) -> None:
        """A few documents; their contents come from a handful of templates, so the file store
        keeps each content once however many organizations list it."""
        r = self.r
        for name, template in r.sample(DEMO_FILES, r.choice((1, 1, 2, 3))):
            stored = self.stored.get(name)
            if stored is None:
                stored = self.stored[name] = files.store_bytes(template.encode("utf-8"))
            when = _fmt_dt(self._moment(600))
            rows.files.append(
                (
                    stored.sha256,
                    name.format(year=self.today.year - r.randint(0, 2)),
                    stored.size,
                    org_id,
                    r.choice(people) if r.random() < 0.3 else None,
                    r.choice(deal_ids) if deal_ids and r.random() < 0.3 else None,
                    when,
                )
            )

    def _person(self, rows: _Rows, org_id: int, country: Country) -> int:
        r = self.r
        person_id = self._id("person")
        first, last = r.choice(country.first_names), r.choice(country.last_names)
        local = f"{first}.{last}".lower().replace(" ", "").replace("'", "")
        local = local.encode("ascii", "ignore").decode() or f"contact{person_id}"
        email = f"{local}@example.{country.code.lower()}"
        phone = f"+{r.randint(1, 99)} {r.randint(100, 999)} {r.randint(1000, 9999)}"
        rows.people.append(
            (
                person_id,
                f"{first} {last}",
                r.choice(ROLES),
                email,
                phone,
                org_id,
                _fmt_dt(self._moment(1000, 100)),
            )
        )
        return person_id

    def _deals(
        self,
        rows: _Rows,
        org_id: int,
        owner: int,
        people: list[int],
        country: Country,
        is_customer: bool,
    ) -> list[int]:
        r = self.r
        count = r.randint(1, 9)
        deal_ids = []
        for index in range(count):
            deal_id = self._id("deal")
            currency = country.currency if r.random() < 0.8 else r.choice(("EUR", "USD"))
            currency = currency if currency in self.exponents else "EUR"
            low, high = _DEAL_RANGE.get(currency, (1_000, 50_000))
            value = r.randint(low, high) // 10 * 10 * 10 ** self.exponents[currency]
            created = self._moment(1200, 30)
            status = "open"
            if is_customer and index == 0:
                status = "won"
            elif r.random() < 0.55:
                status = r.choice(("won", "lost")) if is_customer else "lost"
            won_time = lost_time = None
            lost_reason = ""
            if status == "won":
                won_time = _fmt_dt(created + dt.timedelta(days=r.randint(5, 60)))
                won_time = min(won_time, _fmt_dt(dt.datetime.combine(self.today, dt.time(9))))
            elif status == "lost":
                lost_time = _fmt_dt(created + dt.timedelta(days=r.randint(5, 60)))
                lost_time = min(lost_time, _fmt_dt(dt.datetime.combine(self.today, dt.time(9))))
                lost_reason = r.choice(LOST_REASONS)
            expected = (self.today + dt.timedelta(days=r.randint(-30, 120))).isoformat()
            rows.deals.append(
                (
                    deal_id,
                    r.choice(DEAL_TITLES),
                    value,
                    currency,
                    status,
                    won_time,
                    lost_time,
                    lost_reason,
                    expected if status == "open" else None,
                    owner,
                    org_id,
                    r.choice(people),
                    _fmt_dt(created),
                )
            )
            deal_ids.append(deal_id)
        return deal_ids

    def _activities(
        self, rows: _Rows, org_id: int, owner: int, people: list[int], deal_ids: list[int]
    ) -> None:
        r = self.r
        # Past, done activities: the contact history.
        for _ in range(r.randint(4, 13)):
            when = self._moment(400, 1)
            self._activity(rows, org_id, owner, people, deal_ids, when.date(), when.time(), when)
        # Open activities: from overdue to months ahead, or none at all (the forgotten pile).
        roll = r.random()
        if roll < 0.2:
            return
        for _ in range(r.choice((1, 1, 2, 3))):
            offset = r.choice((-20, -6, -2, 0, 0, 1, 2, 3, 4, 6, 8, 10, 12, 20, 35, 60, 90))
            offset += r.randint(0, 2) if offset > 3 else 0
            due = self.today + dt.timedelta(days=offset)
            time = dt.time(r.randint(8, 17), r.choice((0, 30))) if r.random() < 0.6 else None
            self._activity(rows, org_id, owner, people, deal_ids, due, time, None)

    def _activity(
        self,
        rows: _Rows,
        org_id: int,
        owner: int,
        people: list[int],
        deal_ids: list[int],
        due: dt.date,
        time: dt.time | None,
        done_at: dt.datetime | None,
    ) -> None:
        r = self.r
        key = r.choice(self.type_keys)
        subject = r.choice(ACTIVITY_SUBJECTS.get(key, ("Follow-up",)))
        assignee = owner if r.random() < 0.85 else r.choice(self.users)
        rows.activities.append(
            (
                self._id("activity"),
                self.type_ids[key],
                subject,
                due.isoformat(),
                time.isoformat() if time else None,
                r.choice((15, 30, 30, 60)),
                assignee,
                int(done_at is not None),
                _fmt_dt(done_at) if done_at else None,
                "",
                org_id,
                r.choice(people) if r.random() < 0.7 else None,
                r.choice(deal_ids) if r.random() < 0.3 else None,
                _fmt_dt(self._moment(500, 1) if done_at is None else done_at),
            )
        )


def _ensure_fields() -> list[customfields.FieldDefinition]:
    """The account fields of the demo (created once; fields a team made are left alone)."""
    existing = {
        f.key: f for f in customfields.definitions(Entity.ORGANIZATION, include_retired=True)
    }
    made = []
    for name, kind, options in DEMO_FIELDS:
        key = name.lower().replace(" ", "_")
        found = existing.get(key)
        if found is None:
            found = customfields.create_field(Entity.ORGANIZATION, name, kind, options)
        if found.field_type == kind:
            made.append(found)
    dates = [f for f in made if f.key == "renewal_date" and f.field_type == FieldType.DATE]
    if dates and renewal.renewal_field() is None:
        renewal.set_renewal_field(dates[0].id)  # "Renewal in the next 60 days" has accounts
    return made


def _ensure_users() -> list[int]:
    existing = [int(i) for (i,) in db.execute_sql('SELECT id FROM "user" ORDER BY id')]
    if existing:
        return existing
    engine.executemany('INSERT INTO "user" (name, email, active) VALUES (?, ?, 1)', USERS)
    return [int(i) for (i,) in db.execute_sql('SELECT id FROM "user" ORDER BY id')]


def _write(rows: _Rows) -> None:
    rows.insert()
    engine.executemany(
        "INSERT INTO attachment (sha256, original_name, size, organization_id, person_id, "
        "deal_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        rows.files,
    )
    engine.executemany(
        "INSERT OR IGNORE INTO custom_value (field_id, entity_id, value) VALUES (?, ?, ?)",
        rows.custom_values,
    )


@dataclass(frozen=True)
class DemoResult:
    organizations: int
    people: int
    deals: int
    activities: int
    notes: int
    files: int = 0


def generate(
    orgs: int,
    *,
    seed: int = 1,
    today: dt.date,
    force: bool = False,
    progress: Progress | None = None,
) -> DemoResult:
    """Add `orgs` demo organizations with everything around them, in one transaction."""
    if orgs < 1:
        raise DomainError("The number of organizations must be at least 1.")
    if not force and not is_empty():
        raise DemoRefusedError(
            "The database already holds data; demo data is only added to an empty database "
            "unless forced."
        )
    totals = [0, 0, 0, 0, 0, 0]
    with engine.bulk_cache():
        result = _generate(orgs, seed, today, progress, totals)
    engine.settle_after_load()
    return result


def _generate(
    orgs: int, seed: int, today: dt.date, progress: Progress | None, totals: list[int]
) -> DemoResult:
    with transaction():
        generator = _Generator(seed, today, _ensure_users())
        done = 0
        batch = max(25, min(MAX_BATCH, orgs // 20))  # about 20 progress reports
        while done < orgs:
            rows = _Rows()
            for _ in range(min(batch, orgs - done)):
                generator.organization(rows)
            _write(rows)
            done += len(rows.orgs)
            for index, part in enumerate(
                (rows.orgs, rows.people, rows.deals, rows.activities, rows.notes, rows.files)
            ):
                totals[index] += len(part)
            if progress is not None:
                progress(done, orgs)
        summary.rebuild()
    return DemoResult(*totals)


def generate_in_worker(
    orgs: int, *, seed: int, today: dt.date, progress: Progress | None = None
) -> DemoResult:
    """`generate` for a worker thread, which then closes its own connection to the database."""
    try:
        return generate(orgs, seed=seed, today=today, progress=progress)
    finally:
        release_thread_connection()
