"""Organizations (an account is an organization with a won deal) and their people."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, TypedDict, Unpack

from accountmgr.domain import clock, identity
from accountmgr.domain.changes import Change, Kind
from accountmgr.domain.errors import ChangedMeanwhileError, ValidationError
from accountmgr.domain.reads import Read
from accountmgr.domain.writes import Created, clean_name, clean_text, delete_one, fetch, write
from accountmgr.store.models import Organization, Person, User, db

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[\d\s().\-/]{3,40}$")


def existing_user_id(user_id: int | None) -> int | None:
    if user_id is not None and not User.select().where(User.id == user_id).exists():
        raise ValidationError("There is no user with id {id}.", id=user_id)
    return user_id


def _org(org_id: int) -> Organization:
    return fetch(Organization, org_id, "organization")


def existing_org_id(org_id: int | None) -> int | None:
    if org_id is not None:
        _org(org_id)
    return org_id


def create_organization(
    name: str,
    *,
    address: str = "",
    country: str = "",
    owner_id: int | None = None,
    label: str = "",
) -> Created:
    fields = _organization_fields(
        {"name": name, "address": address, "country": country, "owner_id": owner_id, "label": label}
    )
    with write(Kind.ORGANIZATION) as w:
        now = clock.now()
        org = Organization.create(
            **fields, created_at=now, updated_at=now, updated_by_id=identity.current_user()
        )
        w.touch(org.id)
    return Created(org.id, w.change)


class OrganizationChanges(TypedDict, total=False):
    """What `update_organization` may change; each given value is checked."""

    name: str
    address: str
    country: str  # a two-letter code, or "" for none
    owner_id: int | None
    label: str


class PersonChanges(TypedDict, total=False):
    """What `update_person` may change; `org_id` links to another organization (None: none)."""

    name: str
    role: str
    emails: str  # one a line
    phones: str  # one a line
    org_id: int | None


# Field checks per record, alike in shape only (as _person_fields, deals._deal_fields,
# activity_types._clean): each branch checks a field of its own record.
def _organization_fields(values: Mapping[str, Any]) -> dict[str, Any]:
    cleaned: dict[str, Any] = {}
    for key, value in values.items():
        if key == "name":
            cleaned[key] = clean_name(value, "organization name")
        elif key == "address":
            cleaned[key] = clean_text(value, "address", 1000).strip()
        elif key == "country":
            code = value.strip().upper()
            if code and not re.fullmatch(r"[A-Z]{2}", code):
                raise ValidationError("“{code}” is not a two-letter country code.", code=value)
            cleaned[key] = code
        elif key == "owner_id":
            cleaned[key] = existing_user_id(value)
        elif key == "label":
            cleaned[key] = clean_text(value, "label", 255).strip()
        else:
            raise ValidationError("Organizations have no field “{field}”.", field=key)
    return cleaned


def update_organization(org_id: int, **values: Unpack[OrganizationChanges]) -> Change:
    """Edit an organization; the account view of it changes with it, being the same record."""
    fields = _organization_fields(values)
    with write(Kind.ORGANIZATION) as w:
        _org(org_id)
        Organization.update(
            **fields, updated_at=clock.now(), updated_by_id=identity.current_user()
        ).where(Organization.id == org_id).execute()
        w.touch(org_id)
    return w.change


def change_organization_field(org_id: int, field: str, shown: Any, new: Any) -> Change:
    """Set one field of an organization from the value the person saw (`shown`) to `new`,
    unless someone else changed it meanwhile: then ChangedMeanwhileError, and nothing is
    written (a newer edit the person did not see is never silently overwritten)."""
    if field not in OrganizationChanges.__annotations__:
        raise ValidationError("Organizations have no field “{field}”.", field=field)
    fields = _organization_fields({field: new})
    with write(Kind.ORGANIZATION) as w:
        org = _org(org_id)
        current = getattr(org, field)
        if current != shown and current != fields[field]:
            raise ChangedMeanwhileError(
                "Someone else changed {name} meanwhile, so your change was not saved. What "
                "is on screen now is the latest; make your change again if it still applies.",
                name=org.name,
            )
        Organization.update(
            **fields, updated_at=clock.now(), updated_by_id=identity.current_user()
        ).where(Organization.id == org_id).execute()
        w.touch(org_id)
    return w.change


def delete_organization(org_id: int) -> Change:
    """Delete an organization with its deals, activities, notes, files and custom values; its
    people stay, unlinked. `snapshots.snapshot()` taken before makes this undoable."""
    return delete_organizations([org_id])


def delete_organizations(org_ids: list[int]) -> Change:
    """Delete several organizations (see `delete_organization`) in one transaction."""
    with write(Kind.ORGANIZATION) as w:
        for org_id in org_ids:
            org = _org(org_id)
            db.execute_sql(
                "DELETE FROM custom_value WHERE field_id IN "
                "(SELECT id FROM custom_field WHERE entity = 'deal') "
                "AND entity_id IN (SELECT id FROM deal WHERE organization_id = ?)",
                (org_id,),
            )
            org.delete_instance()
            db.execute_sql(
                "DELETE FROM custom_value WHERE entity_id = ? AND field_id IN "
                "(SELECT id FROM custom_field WHERE entity = 'organization')",
                (org_id,),
            )
            w.touch(org_id)
    return w.change


def set_owner(org_ids: list[int], owner_id: int | None) -> tuple[dict[int, int | None], Change]:
    """Give these organizations one owner, in one transaction; returns the previous owners."""
    existing_user_id(owner_id)
    with write(Kind.ORGANIZATION) as w:
        before: dict[int, int | None] = {}
        for chunk_start in range(0, len(org_ids), 500):
            chunk = org_ids[chunk_start : chunk_start + 500]
            marks = ",".join("?" * len(chunk))
            before.update(
                (int(i), o)
                for i, o in db.execute_sql(
                    f"SELECT id, owner_id FROM organization WHERE id IN ({marks})", chunk
                )
            )
            db.execute_sql(
                "UPDATE organization SET owner_id = ?, updated_at = ?, updated_by_id = ? "
                f"WHERE id IN ({marks})",
                (owner_id, clock.now().isoformat(" "), identity.current_user(), *chunk),
            )
        w.touch(*before)
    return before, w.change


def restore_owners(owners: dict[int, int | None]) -> Change:
    """Undo `set_owner`: give each organization back the owner it had."""
    with write(Kind.ORGANIZATION) as w:
        for org_id, owner_id in owners.items():
            Organization.update(owner=owner_id).where(Organization.id == org_id).execute()
        w.touch(*owners)
    return w.change


def _lines(value: str, pattern: re.Pattern[str], what: str) -> str:
    lines = [line.strip() for line in value.splitlines() if line.strip()]
    for line in lines:
        if not pattern.match(line):
            raise ValidationError("“{value}” is not a valid {what}.", value=line, what=what)
    return "\n".join(lines)


def _person_fields(values: Mapping[str, Any]) -> dict[str, Any]:
    cleaned: dict[str, Any] = {}
    for key, value in values.items():
        if key == "name":
            cleaned[key] = clean_name(value, "person's name")
        elif key == "role":
            cleaned[key] = clean_text(value, "role", 255).strip()
        elif key == "emails":
            cleaned[key] = _lines(clean_text(value, "emails", 2000), _EMAIL, "email address")
        elif key == "phones":
            cleaned[key] = _lines(clean_text(value, "phones", 2000), _PHONE, "phone number")
        elif key == "org_id":
            cleaned["organization"] = existing_org_id(value)
        else:
            raise ValidationError("People have no field “{field}”.", field=key)
    return cleaned


def create_person(
    name: str, *, org_id: int | None = None, role: str = "", emails: str = "", phones: str = ""
) -> Created:
    fields = _person_fields(
        {"name": name, "org_id": org_id, "role": role, "emails": emails, "phones": phones}
    )
    with write(Kind.PERSON) as w:
        person = Person.create(**fields, created_at=clock.now())
        w.touch(org_id)
    return Created(person.id, w.change)


def _person(person_id: int) -> Person:
    return fetch(Person, person_id, "person")


def update_person(person_id: int, **values: Unpack[PersonChanges]) -> Change:
    """Edit a person; `org_id=` links to another organization (or None to unlink)."""
    fields = _person_fields(values)
    with write(Kind.PERSON) as w:
        person = _person(person_id)
        w.touch(person.organization_id, fields.get("organization"))
        Person.update(**fields).where(Person.id == person_id).execute()
    return w.change


def delete_person(person_id: int) -> Change:
    return delete_one(Kind.PERSON, Person, person_id, "person")


def create_user(name: str, email: str = "") -> int:
    user = User.create(name=clean_name(name, "user name"), email=email.strip())
    return int(user.id)


def users() -> list[tuple[int, str]]:
    """Active users as (id, name), by name."""
    return users_read().run()


def users_read() -> Read[list[tuple[int, str]]]:
    return Read(
        'SELECT id, name FROM "user" WHERE active = 1 ORDER BY name',
        (),
        lambda rows: [(int(i), str(n)) for i, n in rows],
    )


def labels() -> list[str]:
    """The labels organizations use, each once, sorted.

    A few labels over many organizations: the label index is walked from one label to the next
    (each step one index search) instead of reading every organization's entry.
    """
    rows = db.execute_sql(
        "WITH RECURSIVE used(label) AS ("
        " SELECT min(label) FROM organization WHERE label > ''"
        " UNION ALL SELECT (SELECT min(label) FROM organization WHERE label > used.label)"
        " FROM used WHERE used.label IS NOT NULL)"
        " SELECT label FROM used WHERE label IS NOT NULL ORDER BY label COLLATE NOCASE"
    )
    return [str(label) for (label,) in rows]


def user_names() -> dict[int, str]:
    """Every user's name by id, inactive users too (for values that still name them)."""
    return user_names_read().run()


def user_names_read() -> Read[dict[int, str]]:
    return Read('SELECT id, name FROM "user"', (), lambda rows: {int(i): str(n) for i, n in rows})
