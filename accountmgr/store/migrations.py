"""Numbered schema migrations: each runs in one transaction, after a backup of the file is taken.

The schema version is SQLite's `user_version`; `application_id` marks the file as ours.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import peewee as pw

from accountmgr.store import schema_v1, seed
from accountmgr.store.postgres import TeamDatabase

APPLICATION_ID = 0x41434D47  # "ACMG"

Migration = Callable[[pw.Database], None]


def _v1_initial_schema(database: pw.Database) -> None:
    for statement in schema_v1.STATEMENTS:
        database.execute_sql(statement)
    database.execute_sql(
        'INSERT INTO "setting" ("key", "value") VALUES (?, ?)',
        ("default_currency", seed.DEFAULT_CURRENCY),
    )
    default_exponent = next(c[2] for c in seed.CURRENCIES if c[0] == seed.DEFAULT_CURRENCY)
    for code, name, exponent, rate in seed.CURRENCIES:
        num, den = seed.conversion(rate, exponent, default_exponent)
        database.execute_sql(
            'INSERT INTO "currency" VALUES (?, ?, ?, ?, ?, ?)',
            (code, name, exponent, rate, num, den),
        )
    for position, (key, name, icon, color, subject, duration, followup) in enumerate(
        seed.ACTIVITY_TYPES
    ):
        database.execute_sql(
            'INSERT INTO "activity_type" ("key", "name", "icon", "color", "default_subject", '
            '"default_duration_min", "followup_days", "position", "active") '
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)",
            (key, name, icon, color, subject, duration, followup, position),
        )


def _v2_search_index(database: pw.Database) -> None:
    """A trigram full-text index over each organization's name and its people's names, emails
    and phones, so substring and prefix search stay fast at 100,000 organizations."""
    database.execute_sql("CREATE VIRTUAL TABLE org_search USING fts5(body, tokenize='trigram')")
    database.execute_sql(
        "INSERT INTO org_search(rowid, body) "
        "SELECT o.id, o.name || char(10) || COALESCE(("
        "  SELECT group_concat(p.name || char(10) || p.emails || char(10) || p.phones, char(10))"
        "  FROM person p WHERE p.organization_id = o.id), '') "
        "FROM organization o"
    )


# The account list sorts accounts by any of these; partial indexes on accounts only (the
# condition is written inline, as the list's queries write it, so SQLite can match it) let a
# sorted id list be read from the index alone, without touching the summary rows.
_ACCOUNT_SORT_INDEXES: tuple[tuple[str, str], ...] = (
    ("name", "name COLLATE NOCASE"),
    ("won_count", "won_count"),
    ("won_value", "won_value"),
    ("totals", "last_done, won_value"),  # covers the status bar's totals
    ("due", "next_due, next_due_time, won_value"),  # kanban columns and their header sums
    ("open_value", "open_value"),
    ("people", "people_count"),
    ("last_done", "last_done"),
    ("next", "next_due IS NULL, next_due, next_due_time"),
    ("since", "account_since"),
    ("label", "label = '', label COLLATE NOCASE"),
    ("owner", "owner_id"),
)


def _v3_account_sort_indexes(database: pw.Database) -> None:
    for name, columns in _ACCOUNT_SORT_INDEXES:
        database.execute_sql(_account_index(name, columns))
    database.execute_sql("CREATE INDEX IF NOT EXISTS organization_label ON organization (label)")
    database.execute_sql("ANALYZE")


def _v4_complete_account_indexes(database: pw.Database) -> None:
    """Files made while schema 3 was being developed may lack some of its indexes (the list's
    queries name them): create whichever is missing."""
    _v3_account_sort_indexes(database)


def _v5_recurrence(database: pw.Database) -> None:
    """Recurring activities: the rule (every `repeat_every` days, weeks or months, until
    `repeat_until` inclusive, or forever when NULL) and the series every occurrence belongs to
    (`series_id` = the id of its first activity). Added columns are NULL in existing rows, so
    this costs no table rewrite; the index holds only activities of a series. Columns already
    there (a file migrated by a development build) are left as they are."""
    present = columns_of(database, "activity")
    for name, declared in (
        ("repeat_unit", "TEXT"),  # NULL | 'day' | 'week' | 'month'
        ("repeat_every", "INTEGER"),  # NULL | 1..999
        ("repeat_until", "DATE"),  # NULL: forever
        ("series_id", "INTEGER"),  # NULL: not part of a series
    ):
        if name not in present:
            database.execute_sql(f"ALTER TABLE activity ADD COLUMN {name} {declared}")
    database.execute_sql(
        "CREATE INDEX IF NOT EXISTS activity_series ON activity (series_id) "
        "WHERE series_id IS NOT NULL"
    )


def _v6_open_activity_due_index(database: pw.Database) -> None:
    """Reminders look for the open activities falling due in the next minutes: a partial index
    of open activities by due moment makes that about 1 ms instead of 50 ms at 1M activities."""
    database.execute_sql(
        "CREATE INDEX IF NOT EXISTS activity_open_due ON activity (due_date, due_time) "
        "WHERE done = 0"
    )


def _v7_won_value_without_rate(database: pw.Database) -> None:
    """Currencies can be known without an exchange rate yet (`rate_micros` 0, added by an
    import): won deals in them count in no converted total, and the summary counts them per
    organization (`won_unpriced`) so that a total can say it is incomplete. A partial index
    finds the few organizations concerned without reading every summary row. Existing files
    have a rate for every currency, so 0 is right for every row."""
    present = columns_of(database, "org_summary")
    if "won_unpriced" not in present:
        database.execute_sql(
            "ALTER TABLE org_summary ADD COLUMN won_unpriced INTEGER NOT NULL DEFAULT 0"
        )
    database.execute_sql(
        "CREATE INDEX IF NOT EXISTS org_summary_unpriced ON org_summary (won_unpriced) "
        "WHERE won_unpriced > 0"
    )


def _v8_filter_indexes(database: pw.Database) -> None:
    """Indexes for what the list's filters and the board's "No activity" column ask, at
    100,000 organizations: a label (the label sort's index folds case, the filter does not),
    "not contacted in N days" (never contacted counts as not contacted: the expression the
    filter writes), and the accounts with nothing planned by name (the column's order)."""
    for name, columns, condition in _FILTER_INDEXES:
        database.execute_sql(_account_index(name, columns, condition))


_FILTER_INDEXES: tuple[tuple[str, str, str], ...] = (
    ("label_value", "label", ""),
    ("contact", "IFNULL(last_done, '')", ""),
    ("idle_name", "name COLLATE NOCASE", " AND next_due IS NULL"),
)


def _account_index(name: str, columns: str, condition: str = "") -> str:
    return (
        f"CREATE INDEX IF NOT EXISTS org_summary_account_{name} ON org_summary ({columns}) "
        f"WHERE won_count > 0{condition}"
    )


def _v9_compact_search_index(database: pw.Database) -> None:
    """Merge the full-text index into one segment: an index built in bulk (demo data, an
    import) made every 16th edit of a name or a person merge large segments, a quarter of a
    second or more at 100,000 organizations (see domain.summary.compact_search)."""
    database.execute_sql("INSERT INTO org_search(org_search) VALUES ('optimize')")


def _v10_rate_date(database: pw.Database) -> None:
    """The day each exchange rate was set (NULL: a built-in rate, or none yet), shown beside the
    rate in Settings ▸ Currencies…. An added column is NULL in existing rows: no rewrite."""
    present = columns_of(database, "currency")
    if "rate_date" not in present:
        database.execute_sql("ALTER TABLE currency ADD COLUMN rate_date DATE")


def _v11_attachment_contents(database: pw.Database) -> None:
    """The content of attached files, once per content (named by its SHA-256), for a team
    database: its members share no folder, so the database keeps the bytes itself (see
    store.blobs). An SQLite file keeps them in the folder beside it and leaves this table
    empty. On the server the bytes are stored uncompressed, so that they can be read back a
    slice at a time (most attached files are compressed already)."""
    database.execute_sql(
        "CREATE TABLE IF NOT EXISTS attachment_blob "
        "(sha256 VARCHAR(64) NOT NULL PRIMARY KEY, data BLOB NOT NULL)"
    )
    if isinstance(database, TeamDatabase):
        database.execute_sql("ALTER TABLE attachment_blob ALTER COLUMN data SET STORAGE EXTERNAL")


def _v12_authors(database: pw.Database) -> None:
    """Who did what, in a team: the user who scheduled each activity, and the user who last
    changed each organization (NULL: nobody chosen, or before this version). Added columns
    are NULL in existing rows: no rewrite."""
    for table, column in (("activity", "created_by_id"), ("organization", "updated_by_id")):
        if column not in columns_of(database, table):
            database.execute_sql(f"ALTER TABLE {table} ADD COLUMN {column} INTEGER")


def _v13_server_counts_from_indexes(database: pw.Database) -> None:
    """On a team's server, the indexes of an expression (a name folded to lower case, a
    date or '') carry the columns it reads, so that a count of a range (a row's place in the
    list sorted by name) reads the index alone, as SQLite does, instead of every row (see
    store.postgres._columns_read). Nothing changes in an SQLite file."""
    if not isinstance(database, TeamDatabase):
        return
    statements = [s for s in schema_v1.STATEMENTS if '"org_summary_name"' in s]
    statements += [_account_index(n, c) for n, c in _ACCOUNT_SORT_INDEXES if _folded(c)]
    statements += [_account_index(n, c, w) for n, c, w in _FILTER_INDEXES if _folded(c)]
    for statement in statements:
        name = statement.split(" ON ")[0].split()[-1]
        database.execute_sql(f"DROP INDEX IF EXISTS {name}")
        database.execute_sql(statement)


def _v14_saved_views(database: pw.Database) -> None:
    """Saved views of the accounts, stored with the data so that a team shares them (a view
    private to one user has that user as its owner, and goes with them)."""
    database.execute_sql(
        'CREATE TABLE IF NOT EXISTS "saved_view" ("id" INTEGER NOT NULL PRIMARY KEY, '
        '"name" VARCHAR(255) NOT NULL, "owner_id" INTEGER, "position" INTEGER NOT NULL, '
        '"definition" TEXT NOT NULL, "created_at" DATETIME NOT NULL, '
        '"updated_at" DATETIME NOT NULL, '
        'FOREIGN KEY ("owner_id") REFERENCES "user" ("id") ON DELETE CASCADE)'
    )
    database.execute_sql(
        'CREATE INDEX IF NOT EXISTS "saved_view_owner_id" ON "saved_view" ("owner_id")'
    )


def _v15_overview_indexes(database: pw.Database) -> None:
    """Indexes the Overview reads instead of the tables, at 50,000 accounts: accounts by owner
    and next due day (its next-activity chart, 4 ms instead of 60), and won deals by the time
    they were won, with what converting their value needs (the won value by month, 15 ms
    instead of 160)."""
    database.execute_sql(_account_index("owner_due", "owner_id, next_due"))
    database.execute_sql(
        "CREATE INDEX IF NOT EXISTS deal_won_time ON deal "
        "(won_time, currency, value_minor, organization_id) WHERE status = 'won'"
    )


def _folded(columns: str) -> bool:
    """Whether an index's columns are expressions of other columns (see _v13)."""
    return "COLLATE" in columns or "(" in columns


MIGRATIONS: tuple[tuple[int, Migration], ...] = (
    (1, _v1_initial_schema),
    (2, _v2_search_index),
    (3, _v3_account_sort_indexes),
    (4, _v4_complete_account_indexes),
    (5, _v5_recurrence),
    (6, _v6_open_activity_due_index),
    (7, _v7_won_value_without_rate),
    (8, _v8_filter_indexes),
    (9, _v9_compact_search_index),
    (10, _v10_rate_date),
    (11, _v11_attachment_contents),
    (12, _v12_authors),
    (13, _v13_server_counts_from_indexes),
    (14, _v14_saved_views),
    (15, _v15_overview_indexes),
)
LATEST_VERSION = MIGRATIONS[-1][0]


def columns(database: pw.Database, table: str) -> list[str]:
    """A table's column names, in the order of its definition."""
    if isinstance(database, TeamDatabase):
        rows = database.execute_sql(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = "
            "current_schema() AND table_name = ? ORDER BY ordinal_position",
            (table,),
        )
        return [str(name) for (name,) in rows]
    quoted = '"' + table.replace('"', '""') + '"'
    return [str(row[1]) for row in database.execute_sql(f"PRAGMA table_info({quoted})")]


def columns_of(database: pw.Database, table: str) -> set[str]:
    """The names of a table's columns."""
    return set(columns(database, table))


# A team database keeps what SQLite keeps in its header (`application_id`, `user_version`) in
# a table of its own.
META_TABLE = "accountmgr_meta"


def schema_version(database: pw.Database) -> int:
    if isinstance(database, TeamDatabase):
        row = database.execute_sql(
            f"SELECT value FROM {META_TABLE} WHERE key = 'schema_version'"
        ).fetchone()
        return int(row[0]) if row else 0
    return int(database.execute_sql("PRAGMA user_version").fetchone()[0])


def _set_version(database: pw.Database, version: int) -> None:
    if isinstance(database, TeamDatabase):
        for key, value in (("schema_version", version), ("application_id", APPLICATION_ID)):
            database.execute_sql(
                f"INSERT INTO {META_TABLE} (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
                (key, str(value)),
            )
        return
    # PRAGMAs take no parameters; both values are integers from this module.
    database.execute_sql(f"PRAGMA user_version = {int(version)}")
    database.execute_sql(f"PRAGMA application_id = {APPLICATION_ID}")


def backup_copy(database: pw.SqliteDatabase, path: Path) -> Path:
    """Copy the whole database, consistently, into the backups folder beside it (reason
    `migration`) before migrating.

    The copy is written under a temporary name, verified and renamed only when whole (see
    `backups.take_of`), so an interrupted copy never looks like a backup; `backups.clean_partial`
    removes what it left.
    """
    from accountmgr.store import backups  # backups.py imports this module
    from accountmgr.store.backup_files import MIGRATION

    return backups.take_of(database, path, MIGRATION).path


def migrate(database: pw.Database, path: Path | None) -> Path | None:
    """Apply the pending migrations; return the copy taken beforehand, if any.

    A file that already holds a schema gets a `migration` backup first, unless `path` is None
    (a restore migrates a backup it has just put in place, and has kept a copy itself).
    """
    current = schema_version(database)
    pending = [(v, step) for v, step in MIGRATIONS if current < v]
    if not pending:
        return None
    backup = None
    if current > 0 and path is not None and isinstance(database, pw.SqliteDatabase):
        backup = backup_copy(database, path)
    for version, step in pending:
        with database.atomic("IMMEDIATE"):
            step(database)
            _set_version(database, version)
    if isinstance(database, TeamDatabase):
        from accountmgr.store.postgres import keep_sequences

        keep_sequences(database)
    return backup
