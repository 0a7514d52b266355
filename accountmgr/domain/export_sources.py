"""What a whole-kind export reads: per kind, the table its rows come from, the columns of that
table, the records whose names it carries (an organization's owner, an activity's deal, ...) and
its custom fields. Keys are the importer's field keys, so that the file imports again."""

from __future__ import annotations

from dataclasses import dataclass

from accountmgr.domain.customfields import Entity
from accountmgr.domain.import_fields import fields_for
from accountmgr.domain.transfer import RecordKind

# The records a row names, by the key of the column that carries the name: the joined table's
# alias and table, the column written, and the join's condition ({row}: the row's alias).
LINKS: dict[str, tuple[str, str, str, str]] = {
    "organization": ("o", "organization", "name", "o.id = {row}.organization_id"),
    "person": ("p", "person", "name", "p.id = {row}.person_id"),
    "deal": ("d", "deal", "title", "d.id = {row}.deal_id"),
    "owner": ("u", '"user"', "name", "u.id = {row}.owner_id"),
    "assignee": ("u", '"user"', "name", "u.id = {row}.assignee_id"),
    "type": ("t", "activity_type", "name", "t.id = {row}.type_id"),
    "exponent": ("c", "currency", "exponent", "c.code = {row}.currency"),  # of a deal's value
}


# The rows' table comes first, with the inner joins that choose the rows, then the LEFT JOINs
# for names. LEFT and CROSS JOIN are not reordered, so the first table stays the outer loop and
# rows stream in id order without a sort in memory. `export._add_composed` puts together the
# values made of several columns.
@dataclass(frozen=True)
class Source:
    table: str  # with its alias, e.g. "deal d"; the alias's id orders the rows
    # the row's own columns: a key that is its column's name, or (key, SQL expression)
    own: tuple[str | tuple[str, str], ...]
    links: tuple[str, ...] = ()  # keys of LINKS
    entity: Entity | None = None  # whose custom fields the rows carry
    inner: str = ""  # joins that choose the rows (accounts: the organizations with a won deal)

    @property
    def alias(self) -> str:
        return self.table.split()[1]

    @property
    def joins(self) -> tuple[tuple[str, str, str], ...]:
        """The LEFT JOINs for names: (alias, table, condition)."""
        return tuple(
            (alias, table, on.format(row=self.alias))
            for alias, table, _column, on in (LINKS[key] for key in self.links)
        )

    @property
    def selected(self) -> tuple[tuple[str, str], ...]:
        """Every column read, as (key, SQL expression)."""
        own = tuple(
            (column, f"{self.alias}.{column}") if isinstance(column, str) else column
            for column in self.own
        )
        return own + tuple((key, f"{LINKS[key][0]}.{LINKS[key][2]}") for key in self.links)

    def main(self, hint: str = "") -> str:
        """The rows' table and inner joins, without the tables joined for names."""
        return f"{self.table}{hint}{self.inner}"

    @property
    def source(self) -> str:
        joins = "".join(f" LEFT JOIN {table} {alias} ON {on}" for alias, table, on in self.joins)
        return f"FROM {self.main()}{joins}"


_ORGANIZATION = ("name", "address", "country", "label")

SOURCES: dict[RecordKind, Source] = {
    RecordKind.ORGANIZATIONS: Source(
        "organization o", _ORGANIZATION, ("owner",), Entity.ORGANIZATION
    ),
    RecordKind.ACCOUNTS: Source(
        "organization o",
        (
            *_ORGANIZATION,
            ("won_value", "s.won_value"),
            ("account_since", "s.account_since"),
            ("last_contacted", "s.last_done"),
            ("next_activity", "s.next_subject"),
            ("next_due", "s.next_due"),
            ("next_due_time", "s.next_due_time"),
        ),
        ("owner",),
        Entity.ORGANIZATION,
        inner=" CROSS JOIN org_summary s ON s.org_id = o.id AND s.won_count > 0",
    ),
    RecordKind.PEOPLE: Source(
        "person p",
        ("name", "role", ("email", "p.emails"), ("phone", "p.phones")),
        ("organization",),
        Entity.PERSON,
    ),
    RecordKind.DEALS: Source(
        "deal d",
        (
            "title",
            "value_minor",
            "currency",
            "status",
            "won_time",
            "lost_time",
            "lost_reason",
            "expected_close",
        ),
        ("exponent", "organization", "person", "owner"),
        Entity.DEAL,
    ),
    RecordKind.ACTIVITIES: Source(
        "activity a",
        (
            "subject",
            "due_date",
            "due_time",
            ("duration", "a.duration_min"),
            "done",
            "done_time",
            "note",
        ),
        ("type", "organization", "person", "deal", "assignee"),
    ),
    RecordKind.NOTES: Source(
        "note n", ("content", "pinned", "created_at"), ("organization", "person", "deal")
    ),
}

# The account columns that follow the organization's fields in an "accounts" export.
ACCOUNT_COLUMNS = (
    ("won_value", "Won value"),
    ("currency", "Currency"),
    ("account_since", "Account since"),
    ("last_contacted", "Last contacted"),
    ("next_activity", "Next activity"),
    ("next_due", "Next activity due"),
)


def columns(kind: RecordKind) -> list[tuple[str, str]]:
    """(field key, header) of each column of a kind's export."""
    accounts = kind == RecordKind.ACCOUNTS
    found = [
        (spec.key, spec.label)
        for spec in fields_for(RecordKind.ORGANIZATIONS if accounts else kind)
    ]
    if accounts:
        found += ACCOUNT_COLUMNS
    return found
