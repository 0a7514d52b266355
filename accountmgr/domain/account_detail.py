"""Everything the side panel shows about one organization, read in a few indexed queries.

Each function returns plain frozen records; the Qt models turn them into rows. Nothing here
writes: edits go through the operations of the other domain modules.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from accountmgr.domain.currencies import default_currency_read, unpriced_read, won_value_read
from accountmgr.domain.customfields import Entity
from accountmgr.domain.errors import NotFoundError, ValidationError
from accountmgr.domain.money import Money
from accountmgr.domain.organizations import users_read
from accountmgr.domain.reads import Read, Rows, stored_date, stored_datetime, together
from accountmgr.domain.record_fields import RecordFields, fields_from, fields_reads
from accountmgr.domain.recurrence import Rule
from accountmgr.domain.text_match import like_escaped
from accountmgr.store.models import db


def _time(value: object) -> dt.time | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.time):
        return value
    return dt.time.fromisoformat(str(value))


def _text(value: object) -> str | None:
    return None if value is None else str(value)


@dataclass(frozen=True)
class Header:
    """The panel's header: who the customer is and what it is worth."""

    id: int
    name: str
    address: str
    owner_id: int | None
    owner_name: str | None
    label: str
    account_since: dt.datetime | None
    won_value: int  # default currency, minor units
    currency: str  # the default currency
    exponent: int
    won_by_currency: tuple[Money, ...]  # largest first, in each deal's own currency
    won_count: int
    open_count: int
    lost_count: int
    people_count: int
    last_done: dt.datetime | None
    next_activity_id: int | None
    # currencies of won deals without an exchange rate yet: won_value leaves them out
    unpriced: tuple[str, ...] = ()
    changed_by: str | None = None  # the user who last changed it (in a team), if known
    changed_at: dt.datetime | None = None
    exponents: dict[str, int] = field(default_factory=dict)  # of every known currency
    owner_choices: tuple[tuple[int, str], ...] = ()  # the active users (id, name), by name

    @property
    def is_account(self) -> bool:
        return self.won_count > 0


def header(org_id: int) -> Header:
    """The header of an organization; NotFoundError when it was deleted meanwhile."""
    return _header(org_id, *together(_header_reads(org_id)))


def _header_reads(org_id: int) -> list[Read[Any]]:
    head = Read(
        "SELECT o.id, o.name, o.address, o.owner_id, u.name, o.label, s.account_since, "
        "s.won_value, s.won_count, s.open_count, s.lost_count, s.people_count, s.last_done, "
        "s.next_activity_id, cb.name, o.updated_at FROM organization o "
        'JOIN org_summary s ON s.org_id = o.id LEFT JOIN "user" u ON u.id = o.owner_id '
        'LEFT JOIN "user" cb ON cb.id = o.updated_by_id '
        "WHERE o.id = ?",
        (org_id,),
        lambda rows: rows[0] if rows else None,
    )
    return [
        head,
        default_currency_read(),
        won_value_read(org_id),
        unpriced_read(org_id),
        exponents_read(),
        users_read(),
    ]


def _header(
    org_id: int,
    row: tuple[Any, ...] | None,
    currency: tuple[str, int],
    won_by_currency: list[Money],
    unpriced: list[str],
    exponents: dict[str, int],
    users: list[tuple[int, str]],
) -> Header:
    if row is None:
        raise NotFoundError("There is no organization with id {id}.", id=org_id)
    code, exponent = currency
    return Header(
        id=int(row[0]),
        name=str(row[1]),
        address=str(row[2] or ""),
        owner_id=row[3],
        owner_name=_text(row[4]),
        label=str(row[5] or ""),
        account_since=stored_datetime(row[6]),
        won_value=int(row[7]),
        currency=code,
        exponent=exponent,
        won_by_currency=tuple(won_by_currency),
        won_count=int(row[8]),
        open_count=int(row[9]),
        lost_count=int(row[10]),
        people_count=int(row[11]),
        last_done=stored_datetime(row[12]),
        next_activity_id=row[13],
        unpriced=tuple(unpriced) if int(row[8]) else (),
        changed_by=_text(row[14]),
        changed_at=stored_datetime(row[15]),
        exponents=exponents,
        owner_choices=tuple(users),
    )


@dataclass(frozen=True)
class Detail:
    """Everything the side panel shows about one organization."""

    header: Header
    activities: list[ActivityItem]
    notes: list[NoteItem]
    files: list[FileInfo]
    deals: list[DealItem]
    people: list[PersonItem]
    fields: RecordFields  # its custom fields


def everything(org_id: int) -> Detail:
    """The header and every list of an organization, read together (one round trip to a
    team's server); NotFoundError when it was deleted meanwhile."""
    lists: list[Read[Any]] = [
        activities_read(org_id),
        notes_read(org_id),
        files_read(org_id),
        deals_read(org_id),
        people_read(org_id),
    ]
    heads = _header_reads(org_id)
    fields = fields_reads(Entity.ORGANIZATION, org_id)
    found = together([*heads, *lists, *fields])
    after = len(heads) + len(lists)
    activities, notes, files, deals, people = found[len(heads) : after]
    header, fields_found = _header(org_id, *found[: len(heads)]), fields_from(found[after:])
    return Detail(header, activities, notes, files, deals, people, fields_found)


def exponents() -> dict[str, int]:
    """Minor-unit digits of every known currency (2 for EUR, 0 for JPY)."""
    return exponents_read().run()


def exponents_read() -> Read[dict[str, int]]:
    return Read(
        "SELECT code, exponent FROM currency", (), lambda rows: {str(c): int(e) for c, e in rows}
    )


def _repeat(unit: object, every: object, until: object) -> Rule | None:
    if unit is None or every is None:
        return None
    try:
        return Rule(str(unit), int(str(every)), stored_date(until))
    except (ValueError, ValidationError):  # written outside the app in a form it cannot read
        return None


@dataclass(frozen=True)
class ActivityItem:
    id: int
    type_id: int
    type_key: str
    type_name: str
    icon: str
    subject: str
    due_date: dt.date
    due_time: dt.time | None
    duration_min: int | None
    done: bool
    done_time: dt.datetime | None
    note: str
    assignee_id: int | None
    assignee_name: str | None
    person_id: int | None
    person_name: str | None
    deal_id: int | None
    deal_title: str | None
    repeat: Rule | None = None  # a recurring check-in
    scheduled_by: str | None = None  # the user who scheduled it (in a team), if known


def activities_of(org_id: int) -> list[ActivityItem]:
    """Open activities soonest first, then done ones most recent first."""
    return activities_read(org_id).run()


def activities_read(org_id: int) -> Read[list[ActivityItem]]:
    return Read(
        "SELECT a.id, a.type_id, t.key, t.name, t.icon, a.subject, a.due_date, a.due_time, "
        "a.duration_min, a.done, a.done_time, a.note, a.assignee_id, u.name, a.person_id, "
        "p.name, a.deal_id, d.title, a.repeat_unit, a.repeat_every, a.repeat_until, cb.name "
        "FROM activity a JOIN activity_type t ON t.id = a.type_id "
        'LEFT JOIN "user" u ON u.id = a.assignee_id '
        'LEFT JOIN "user" cb ON cb.id = a.created_by_id '
        "LEFT JOIN person p ON p.id = a.person_id "
        "LEFT JOIN deal d ON d.id = a.deal_id "
        "WHERE a.organization_id = ? "
        "ORDER BY a.done, "
        "CASE WHEN a.done <> 0 THEN a.done_time END DESC, "
        "a.due_date, a.due_time IS NOT NULL, a.due_time, a.id",
        (org_id,),
        _activity_items,
    )


def _activity_items(rows: Rows) -> list[ActivityItem]:
    found: list[ActivityItem] = []
    for r in rows:
        due = stored_date(r[6])
        assert due is not None
        found.append(
            ActivityItem(
                id=int(r[0]),
                type_id=int(r[1]),
                type_key=str(r[2]),
                type_name=str(r[3]),
                icon=str(r[4] or ""),
                subject=str(r[5]),
                due_date=due,
                due_time=_time(r[7]),
                duration_min=r[8],
                done=bool(r[9]),
                done_time=stored_datetime(r[10]),
                note=str(r[11] or ""),
                assignee_id=r[12],
                assignee_name=_text(r[13]),
                person_id=r[14],
                person_name=_text(r[15]),
                deal_id=r[16],
                deal_title=_text(r[17]),
                repeat=_repeat(r[18], r[19], r[20]),
                scheduled_by=_text(r[21]),
            )
        )
    return found


@dataclass(frozen=True)
class NoteItem:
    id: int
    content: str
    pinned: bool
    author_name: str | None
    created_at: dt.datetime
    updated_at: dt.datetime
    person_id: int | None
    person_name: str | None
    deal_id: int | None
    deal_title: str | None


def notes_of(org_id: int) -> list[NoteItem]:
    """Pinned notes first, then newest first."""
    return notes_read(org_id).run()


def notes_read(org_id: int) -> Read[list[NoteItem]]:
    return Read(
        "SELECT n.id, n.content, n.pinned, u.name, n.created_at, n.updated_at, n.person_id, "
        "p.name, n.deal_id, d.title FROM note n "
        'LEFT JOIN "user" u ON u.id = n.author_id '
        "LEFT JOIN person p ON p.id = n.person_id "
        "LEFT JOIN deal d ON d.id = n.deal_id "
        "WHERE n.organization_id = ? ORDER BY n.pinned DESC, n.created_at DESC, n.id DESC",
        (org_id,),
        _note_items,
    )


def _note_items(rows: Rows) -> list[NoteItem]:
    found: list[NoteItem] = []
    for r in rows:
        created, updated = stored_datetime(r[4]), stored_datetime(r[5])
        assert created is not None
        found.append(
            NoteItem(
                id=int(r[0]),
                content=str(r[1]),
                pinned=bool(r[2]),
                author_name=_text(r[3]),
                created_at=created,
                updated_at=updated or created,
                person_id=r[6],
                person_name=_text(r[7]),
                deal_id=r[8],
                deal_title=_text(r[9]),
            )
        )
    return found


@dataclass(frozen=True)
class FileInfo:
    id: int
    original_name: str
    size: int
    created_at: dt.datetime
    sha256: str
    person_id: int | None
    person_name: str | None
    deal_id: int | None
    deal_title: str | None


def files_of(org_id: int) -> list[FileInfo]:
    """The files attached to an organization, newest first."""
    return files_read(org_id).run()


def files_read(org_id: int) -> Read[list[FileInfo]]:
    return Read(
        "SELECT a.id, a.original_name, a.size, a.created_at, a.sha256, "
        "a.person_id, p.name, a.deal_id, d.title "
        "FROM attachment a "
        "LEFT JOIN person p ON p.id = a.person_id "
        "LEFT JOIN deal d ON d.id = a.deal_id "
        "WHERE a.organization_id = ? "
        "ORDER BY a.created_at DESC, a.id DESC",
        (org_id,),
        _file_items,
    )


def _file_items(rows: Rows) -> list[FileInfo]:
    found: list[FileInfo] = []
    for row in rows:
        created = stored_datetime(row[3])
        assert created is not None
        found.append(
            FileInfo(
                int(row[0]),
                str(row[1]),
                int(row[2]),
                created,
                str(row[4]),
                row[5],
                _text(row[6]),
                row[7],
                _text(row[8]),
            )
        )
    return found


# Parallel to records.DealRecord on purpose: a panel row carries only the names it shows.
@dataclass(frozen=True)
class DealItem:
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
    person_name: str | None
    owner_name: str | None


_STATUS_ORDER = "CASE d.status WHEN 'open' THEN 0 WHEN 'won' THEN 1 ELSE 2 END"


def deals_of(org_id: int) -> list[DealItem]:
    """Open deals first, then won, then lost; the most recent first within each."""
    return deals_read(org_id).run()


def deals_read(org_id: int) -> Read[list[DealItem]]:
    return Read(
        "SELECT d.id, d.title, d.value_minor, d.currency, c.exponent, d.status, d.won_time, "
        "d.lost_time, d.lost_reason, d.expected_close, p.name, u.name FROM deal d "
        "JOIN currency c ON c.code = d.currency "
        'LEFT JOIN person p ON p.id = d.person_id LEFT JOIN "user" u ON u.id = d.owner_id '
        f"WHERE d.organization_id = ? ORDER BY {_STATUS_ORDER}, "
        "COALESCE(d.won_time, d.lost_time, d.created_at) DESC, d.id DESC",
        (org_id,),
        _deal_items,
    )


def _deal_items(rows: Rows) -> list[DealItem]:
    return [
        DealItem(
            id=int(r[0]),
            title=str(r[1]),
            value_minor=int(r[2]),
            currency=str(r[3]),
            exponent=int(r[4]),
            status=str(r[5]),
            won_time=stored_datetime(r[6]),
            lost_time=stored_datetime(r[7]),
            lost_reason=str(r[8] or ""),
            expected_close=stored_date(r[9]),
            person_name=_text(r[10]),
            owner_name=_text(r[11]),
        )
        for r in rows
    ]


@dataclass(frozen=True)
class PersonItem:
    id: int
    name: str
    role: str
    emails: tuple[str, ...]
    phones: tuple[str, ...]


def people_of(org_id: int) -> list[PersonItem]:
    """The organization's people by name."""
    return people_read(org_id).run()


def people_read(org_id: int) -> Read[list[PersonItem]]:
    return Read(
        "SELECT id, name, role, emails, phones FROM person WHERE organization_id = ? "
        "ORDER BY name COLLATE NOCASE, id",
        (org_id,),
        _person_items,
    )


def _person_items(rows: Rows) -> list[PersonItem]:
    return [
        PersonItem(
            id=int(r[0]),
            name=str(r[1]),
            role=str(r[2] or ""),
            emails=tuple(line for line in str(r[3] or "").splitlines() if line.strip()),
            phones=tuple(line for line in str(r[4] or "").splitlines() if line.strip()),
        )
        for r in rows
    ]


def people_to_link(org_id: int, text: str = "", limit: int = 50) -> list[tuple[int, str, str]]:
    """People not yet with this organization, whose name contains `text`: (id, name, where
    they are now or "")."""
    pattern = "%" + like_escaped(text) + "%"
    rows = db.execute_sql(
        "SELECT p.id, p.name, COALESCE(o.name, '') FROM person p "
        "LEFT JOIN organization o ON o.id = p.organization_id "
        "WHERE p.organization_id IS NOT ? AND p.name LIKE ? ESCAPE '\\' "
        "ORDER BY p.organization_id IS NOT NULL, p.name COLLATE NOCASE LIMIT ?",
        (org_id, pattern, limit),
    )
    return [(int(i), str(n), str(o)) for i, n, o in rows]


def richest_account() -> int | None:
    """The account with the most files, notes, deals and people (for screenshots and demos)."""
    row = db.execute_sql(
        "SELECT s.org_id FROM org_summary s WHERE s.won_count > 0 ORDER BY "
        "s.next_activity_id IS NOT NULL DESC, "
        "(SELECT count(*) FROM attachment a WHERE a.organization_id = s.org_id) > 0 DESC, "
        "(SELECT count(*) FROM note n WHERE n.organization_id = s.org_id AND n.pinned) > 0 DESC, "
        "(SELECT count(*) FROM note n WHERE n.organization_id = s.org_id) "
        "+ s.won_count + s.open_count + s.lost_count + s.people_count DESC, s.org_id LIMIT 1"
    ).fetchone()
    return None if row is None else int(row[0])
