"""The team database: one PostgreSQL database a whole sales team shares.

The domain writes one dialect of SQL, SQLite's, with `?` placeholders. `TeamDatabase` runs it
on PostgreSQL: `to_postgres` rewrites the few SQLite words the domain uses into their
PostgreSQL counterparts, and the connection stores dates, times and booleans the way SQLite
does (ISO text, 0 and 1), so that every comparison and every parsed value is the same on both.

Every write transaction takes one advisory lock first, as SQLite's BEGIN IMMEDIATE takes the
write lock: writes from every member of the team follow one another, so each recomputes the
summaries from what the one before it committed, and none is lost. Reads never wait.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import os
import re
import secrets
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote, urlsplit, urlunsplit

import peewee as pw

from accountmgr.store.errors import StoreError

SCHEMES = ("postgresql", "postgres")
WRITE_LOCK = 0x41434D47  # one lock for every write transaction ("ACMG")
CHANNEL = "accountmgr"  # LISTEN/NOTIFY channel every commit is announced on
# peewee's context that raises the driver's errors as peewee's own, as `execute_sql` does for
# its statements (peewee's type stubs leave it out)
as_peewee_errors: Any = pw.__exception_wrapper__  # type: ignore[attr-defined]
SESSION_PREFIX = "accountmgr "
_SESSION_TOKEN = secrets.token_hex(4)


def session_name() -> str:
    """The name each connection of this process gives itself on the server (its
    `application_name`), another process's name being another: the store can tell whether
    someone else has the database open (see blobs.prune)."""
    return f"{SESSION_PREFIX}{os.getpid()}-{_SESSION_TOKEN}"


@dataclass(frozen=True)
class ServerAddress:
    """Where a team database is: a `postgresql://user:password@host:port/dbname` URL."""

    url: str

    @property
    def shown(self) -> str:
        """The URL without its password, to say in messages and titles."""
        parts = urlsplit(self.url)
        if parts.password is None:
            return self.url
        host = parts.hostname or ""
        netloc = f"{parts.username}@{host}" if parts.username else host
        if parts.port:
            netloc += f":{parts.port}"
        return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))

    @property
    def name(self) -> str:
        return unquote(urlsplit(self.url).path.lstrip("/")) or "accountmgr"

    def __str__(self) -> str:
        return self.shown


def is_server_url(text: str) -> bool:
    return urlsplit(text.strip()).scheme in SCHEMES


def server_address(text: str) -> ServerAddress:
    text = text.strip()
    parts = urlsplit(text)
    if parts.scheme not in SCHEMES or not parts.hostname or not parts.path.strip("/"):
        raise StoreError(
            "“{url}” is not a team database address: write postgresql://user@host:5432/database.",
            url=text,
        )
    return ServerAddress(text)


# --- SQLite's words in PostgreSQL -----------------------------------------------------------

_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_LOWER = _UPPER.lower()
_STRING_OR_MARK = re.compile(r"'(?:[^']|'')*'|\?|%")
_REWRITES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r"\bIFNULL\(", "COALESCE("),
        (r"\bLIKE\b", "ILIKE"),  # SQLite's LIKE ignores case
        (r"\s+INDEXED BY \w+", ""),  # SQLite's index hints: PostgreSQL plans by itself
        (r"\bgroup_concat\(", "string_agg("),
        (r"\bchar\(10\)", "chr(10)"),
        (r"\blikelihood\(([^()]*(?:\([^()]*\))?[^()]*), [0-9.]+\)", r"(\1)"),
        (r"\bAS REAL\)", "AS NUMERIC)"),
        (r"\bAS INTEGER\)", "AS BIGINT)"),
        # SQLite's CROSS JOIN … ON only fixes the order of the join: a plain join.
        (r"\bCROSS JOIN (\S+ \w+) ON\b", r"JOIN \1 ON"),
        # NOCASE folds ASCII letters only, as SQLite's does (text columns compare bytes).
        (
            r'((?:\w+\.)?"?\w+"?) = \? COLLATE NOCASE',
            rf"translate(\1, '{_UPPER}', '{_LOWER}') = translate(?, '{_UPPER}', '{_LOWER}')",
        ),
        (r'((?:\w+\.)?"?\w+"?) COLLATE NOCASE', rf"translate(\1, '{_UPPER}', '{_LOWER}')"),
        (r"\bIS NOT (?!NULL\b)", "IS DISTINCT FROM "),
        (r"\bIS (?!NOT\b|NULL\b|DISTINCT\b|TRUE\b|FALSE\b)", "IS NOT DISTINCT FROM "),
        # A condition compared as a number (a sort key, in a page's "after this row"): 0 or 1.
        (
            r"\(([^()]*(?: IS NULL| = ''))\) (<=|>=|<|>|=|IS NOT DISTINCT FROM|IS DISTINCT FROM) ",
            r"(\1)::int \2 ",
        ),
        (
            r"\bjson_each\((\?|(?:\w+\.)?\w+)\) (\w+)",
            r"jsonb_array_elements_text(\1::jsonb) AS \2(value)",
        ),
    )
)
_INSERT_OR_IGNORE = re.compile(r"^\s*INSERT OR IGNORE INTO", re.IGNORECASE)
_INSERT_OR_REPLACE = re.compile(r"^\s*INSERT OR REPLACE INTO (\w+) \(([^)]*)\)", re.IGNORECASE)
# The key a table's rows are replaced by (INSERT OR REPLACE).
_KEYS = {"org_summary": "org_id", "setting": "key"}


_NULL_SAFE_EQUAL = "IS NOT DISTINCT FROM "


def _placeholders(sql: str, given: tuple[bool, ...] | None = None) -> str:
    """`?` becomes psycopg's `%s` and a literal `%` is doubled, outside string literals only
    ('...%...' inside a literal is left as it is). Statements peewee writes for PostgreSQL
    already have `%s` and no `?`: they are left as they are.

    SQLite's `x IS ?` (NULL-safe) is `IS NOT DISTINCT FROM`, which no index can serve; with
    the value known not to be NULL it is a plain `=`, which one can (a row's place in a long
    list, counted through the name index)."""
    marks = [m.group(0) for m in _STRING_OR_MARK.finditer(sql)]
    if "?" not in marks:
        return sql
    out: list[str] = []
    at = mark = 0
    for match in _STRING_OR_MARK.finditer(sql):
        out.append(sql[at : match.start()])
        text = match.group(0)
        if text == "?":
            known = given is not None and mark < len(given) and given[mark]
            if known and out[-1].endswith(_NULL_SAFE_EQUAL):
                out[-1] = out[-1][: -len(_NULL_SAFE_EQUAL)] + "= "
            mark += 1
            text = "%s"
        elif text == "%":
            text = "%%"
        out.append(text)
        at = match.end()
    out.append(sql[at:])
    return "".join(out)


def to_postgres(sql: str, has_params: bool, params: Sequence[Any] | None = None) -> str:
    """The PostgreSQL form of a statement written in SQLite's dialect (see the module).

    Translated once per statement (and, where it compares with `IS ?`, per pattern of NULL
    parameters): translating takes about 0.4 ms, as long as the server takes to answer."""
    given = None
    if params is not None and " IS " in sql.upper():
        given = tuple(p is not None for p in params)
    return _translated(sql, has_params, given)


@functools.lru_cache(maxsize=2048)
def _translated(sql: str, has_params: bool, given: tuple[bool, ...] | None) -> str:
    for pattern, replacement in _REWRITES:
        sql = pattern.sub(replacement, sql)
    if _INSERT_OR_IGNORE.match(sql):
        sql = _INSERT_OR_IGNORE.sub("INSERT INTO", sql).rstrip().rstrip(";")
        sql += " ON CONFLICT DO NOTHING"
    replace = _INSERT_OR_REPLACE.match(sql)
    if replace:
        table, columns = replace.group(1), [c.strip() for c in replace.group(2).split(",")]
        key = _KEYS[table]
        sets = ", ".join(f"{c} = EXCLUDED.{c}" for c in columns if c != key)
        sql = f"INSERT INTO {table} ({replace.group(2)})" + sql[replace.end(0) :]
        sql = f"{sql.rstrip().rstrip(';')} ON CONFLICT ({key}) DO UPDATE SET {sets}"
    if _DDL.match(sql):
        sql = to_postgres_ddl(sql)
    elif "ORDER BY" in sql:
        sql = _nulls_first(sql)
    return _placeholders(sql, given) if has_params else sql


_ORDER_BY = re.compile(r"\bORDER BY\b")
_CLAUSE_END = re.compile(r"\b(LIMIT|OFFSET|UNION|FOR UPDATE)\b")


def _nulls_first(sql: str) -> str:
    """SQLite orders NULL before every value (after, in descending order); PostgreSQL the other
    way round: every ORDER BY says SQLite's order explicitly."""
    out, at = [], 0
    for match in _ORDER_BY.finditer(sql):
        start = match.end()
        depth, end = 0, len(sql)
        for index in range(start, len(sql)):
            char = sql[index]
            if char == "(":
                depth += 1
            elif char == ")":
                if depth == 0:
                    end = index
                    break
                depth -= 1
            elif depth == 0 and _CLAUSE_END.match(sql, index):
                end = index
                break
        items = []
        for item in _top_level_split(sql[start:end]):
            text = item.strip()
            if not text or "NULLS" in text.upper():
                items.append(text)
            elif re.search(r"\sDESC$", text, re.IGNORECASE):
                items.append(f"{text} NULLS LAST")
            else:
                items.append(f"{text} NULLS FIRST")
        out.append(sql[at:start] + " " + ", ".join(items) + " ")
        at = end
    out.append(sql[at:])
    return "".join(out)


# --- the schema ---------------------------------------------------------------------------------

_DDL = re.compile(r"^\s*(CREATE|ALTER|INSERT INTO org_search\(org_search\))", re.IGNORECASE)
_TYPES = (
    (re.compile(r'("id" )INTEGER NOT NULL PRIMARY KEY'), r"\1BIGSERIAL PRIMARY KEY"),
    (re.compile(r"\bINTEGER\b"), "BIGINT"),
    (re.compile(r"\b(DATETIME|DATE|TIME)\b"), "TEXT"),
    (re.compile(r"\bREAL\b"), "DOUBLE PRECISION"),
    # Text compares and sorts byte by byte, as in SQLite, whatever the server's locale.
    (re.compile(r"\b(VARCHAR\(\d+\)|TEXT)(?! COLLATE)"), r'\1 COLLATE "C"'),
    (re.compile(r"\bBLOB\b"), "BYTEA"),
)
_SEARCH_TABLE = re.compile(r"^CREATE VIRTUAL TABLE (\w+) USING fts5\(", re.IGNORECASE)


def to_postgres_ddl(sql: str) -> str:
    """The schema's statements, written for SQLite, for PostgreSQL: integers are 64 bits,
    dates and times ISO text (as SQLite stores them), blobs bytea, ids serial; the full-text
    index of names is a table with a trigram index (pg_trgm), which merges by itself."""
    search = _SEARCH_TABLE.match(sql.strip())
    if search:
        table = search.group(1)
        return (
            f"CREATE TABLE {table} (rowid BIGINT PRIMARY KEY, body TEXT NOT NULL); "
            f"CREATE INDEX {table}_body ON {table} USING gin (body gin_trgm_ops)"
        )
    if re.match(r"^\s*INSERT INTO org_search\(org_search\)", sql, re.IGNORECASE):
        return "SELECT 1"  # FTS5's merge of its segments: nothing to do
    if re.match(r"^\s*(CREATE TABLE|ALTER TABLE)", sql, re.IGNORECASE):
        for pattern, replacement in _TYPES:
            sql = pattern.sub(replacement, sql)
    index = _INDEX.match(sql.strip())
    if index:
        head, columns, where = index.groups()
        parts = [c.strip() for c in _top_level_split(columns)]
        wrapped = [c if _PLAIN_OR_CALL.fullmatch(c) else f"({c})" for c in parts]
        include = ""
        if " USING " not in head.upper():  # b-tree: NULLs first, as SQLite orders them
            wrapped = [f"{c} NULLS FIRST" for c in wrapped]
            read = _columns_read(parts)
            include = f" INCLUDE ({', '.join(read)})" if read else ""
        sql = f"{head}({', '.join(wrapped)}){include}{where or ''}"
    return sql


_NOT_COLUMNS = frozenset({"is", "not", "null", "and", "or", "case", "when", "then", "else", "end"})


def _columns_read(parts: list[str]) -> list[str]:
    """The columns an index's expressions read that are not keys of their own (`name` of
    `translate(name, ...)`). Included in the index, they let the server count a range of
    the expression from the index alone, as SQLite does: without them it reads every row
    and computes the expression again (19 ms instead of 1 for 5,000 accounts)."""
    plain = {p.strip('"') for p in parts if re.fullmatch(r'"?\w+"?', p)}
    read: list[str] = []
    for part in parts:
        if part.strip('"') in plain:
            continue
        bare = re.sub(r"'[^']*'|::\w+", "", part)
        for name in re.findall(r'\b([A-Za-z_]\w*)\b"?(?!\s*\()', bare):
            if name.lower() not in _NOT_COLUMNS and name not in plain and name not in read:
                read.append(name)
    return read


_INDEX = re.compile(
    r"^(CREATE (?:UNIQUE )?INDEX (?:IF NOT EXISTS )?\S+ ON \S+ )\((.*?)\)((?: WHERE .*)?)$",
    re.IGNORECASE | re.DOTALL,
)
_PLAIN_OR_CALL = re.compile(r'"?\w+"?|\w+\(.*\)')


def _top_level_split(text: str) -> list[str]:
    """`a, lower(b), (c = '')` -> its three parts (commas inside brackets do not split)."""
    parts, depth, start = [], 0, 0
    for at, char in enumerate(text):
        depth += char == "("
        depth -= char == ")"
        if char == "," and depth == 0:
            parts.append(text[start:at])
            start = at + 1
    return [*parts, text[start:]]


# --- values stored as SQLite stores them ------------------------------------------------------


def _adapt(connection: Any) -> None:
    """Dates, times and datetimes are written as ISO text, booleans as 0 and 1: as SQLite
    stores them, so that the same comparisons and the same parsing hold."""
    from psycopg.adapt import Dumper
    from psycopg.postgres import types

    text_oid = types["text"].oid
    int_oid = types["int8"].oid

    class DateTimeText(Dumper):
        oid = text_oid

        def dump(self, obj: dt.datetime) -> bytes:
            return obj.isoformat(" ").encode()

    class IsoText(Dumper):
        oid = text_oid

        def dump(self, obj: dt.date | dt.time) -> bytes:
            return obj.isoformat().encode()

    class BoolInt(Dumper):
        oid = int_oid

        def dump(self, obj: bool) -> bytes:
            return b"1" if obj else b"0"

    adapters = connection.adapters
    adapters.register_dumper(dt.datetime, DateTimeText)
    adapters.register_dumper(dt.date, IsoText)
    adapters.register_dumper(dt.time, IsoText)
    adapters.register_dumper(bool, BoolInt)


# The server's answers that mean the connection is gone (class 08, connection exception) or
# the server is shutting down or terminated it (57P01-57P03); psycopg's own errors (no code)
# mean it could not connect, or the connection was already closed.
_LOST_STATES = ("08", "57P01", "57P02", "57P03")


def is_connection_error(error: BaseException) -> bool:
    """Whether an error, or one it was raised from, says the server cannot be reached or the
    connection to it dropped (not a refused statement, a deadlock or a lock timeout)."""
    import psycopg

    current: BaseException | None = error
    for _ in range(8):
        if current is None:
            return False
        if isinstance(current, psycopg.OperationalError):
            state = current.sqlstate
            if state is None or state.startswith(_LOST_STATES):
                return True
        wrapped = current.args[0] if current.args else None
        if isinstance(wrapped, psycopg.OperationalError) and wrapped is not current:
            current = wrapped  # peewee's errors hold psycopg's as their first argument
        else:
            current = current.__cause__ or current.__context__
    return False


def _remembered(address: ServerAddress) -> str | None:
    """The password the keychain keeps for this team database, if any (store.secrets)."""
    from accountmgr.store.secrets import password_for

    return password_for(address)


class TeamDatabase(pw.PostgresqlDatabase):
    """A PostgreSQL database that runs the domain's SQL (see the module).

    It knows the server processes serving this process's connections (`backend_pids`: what
    they announce is already on screen) and tells `lost_hooks`, from whichever thread ran
    the statement, when a statement failed because the server could not be reached."""

    def __init__(self, address: ServerAddress, **kwargs: Any) -> None:
        parts = urlsplit(address.url)
        params: dict[str, Any] = {
            "host": parts.hostname,
            "port": parts.port or 5432,
            "user": unquote(parts.username) if parts.username else None,
            "password": unquote(parts.password) if parts.password else _remembered(address),
            "connect_timeout": 5,
            # The data a team works on is read from the server's memory or an SSD: an index's
            # row costs about as much as the next row of a table (the default, 4, is for
            # spinning disks: it made a search's first page read every account).
            "options": "-c random_page_cost=1.1",
        }
        params.update(kwargs)
        super().__init__(
            address.name,
            prefer_psycopg3=True,
            autorollback=False,
            **{k: v for k, v in params.items() if v is not None},
        )
        self.address = address
        self._pids: dict[int, int] = {}  # id of a connection -> its server process
        self.lost_hooks: list[Callable[[], None]] = []
        self._said = threading.local()  # what this thread's open transaction announces

    @property
    def backend_pids(self) -> frozenset[int]:
        """The server processes serving this process's open connections (one a thread)."""
        return frozenset(self._pids.values())

    def _connect(self) -> Any:
        # Named when connecting, not when made: a process forked since has its own name.
        self.connect_params["application_name"] = session_name()
        connection = super()._connect()  # type: ignore[misc]
        _adapt(connection)
        self._pids[id(connection)] = connection.info.backend_pid
        return connection

    def _close(self, conn: Any) -> None:
        self._pids.pop(id(conn), None)
        super()._close(conn)  # type: ignore[misc]

    @contextlib.contextmanager
    def _watched(self) -> Iterator[None]:
        try:
            yield
        except (pw.OperationalError, pw.InterfaceError) as exc:
            if is_connection_error(exc):
                for hook in list(self.lost_hooks):
                    hook()
            raise

    def connection_broken(self) -> bool:
        """Whether this thread's connection was open and the server dropped it."""
        if self.is_closed():
            return False
        connection = self.connection()
        return bool(connection.closed or connection.broken)

    def reconnect(self) -> None:
        """Replace this thread's dropped connection with a new one (raises
        pw.OperationalError when the server still cannot be reached). Inside a transaction,
        nothing is done."""
        if self.in_transaction():
            return
        if not self.is_closed():
            try:
                self.close()
            except pw.PeeweeException:
                self.dispose()
        with self._watched():
            self.connect()
        self.execute_sql("SELECT 1")

    def execute_sql(self, sql: str, params: Any = None, *args: Any, **kwargs: Any) -> Any:
        params = tuple(params) if params else None
        statement = to_postgres(sql, params is not None, params)
        with self._watched():
            if " ILIKE " not in statement:
                return super().execute_sql(statement, params, *args, **kwargs)
            # A search is planned for its own term each time: psycopg prepares a statement
            # run five times, and the server may then plan it once for any term, reading
            # every account for a common term as for a rare one (425 ms instead of 2 at
            # 100,000 organizations).
            cursor = self.cursor()
            with as_peewee_errors:
                cursor.execute(statement, params, prepare=False)
            return cursor

    def read_together(
        self, statements: Sequence[tuple[str, Sequence[Any]]]
    ) -> list[list[tuple[Any, ...]]]:
        """The rows of each of these reads, sent to the server at once and answered in one
        round trip (psycopg's pipeline), from one snapshot of the database."""
        own = not self.in_transaction()
        with self._watched(), as_peewee_errors:
            connection = self.connection()
            cursors = [connection.cursor() for _ in statements]
            try:
                with connection.pipeline():
                    if own:
                        connection.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                    for cursor, (sql, params) in zip(cursors, statements, strict=True):
                        given = tuple(params) or None
                        cursor.execute(to_postgres(sql, given is not None, given), given)
                    if own:
                        connection.execute("COMMIT")
            except Exception:
                if own and not connection.closed:
                    with contextlib.suppress(Exception):  # the first error is the one to say
                        connection.execute("ROLLBACK")  # (autocommit: rollback() does not)
                raise
            return [cursor.fetchall() for cursor in cursors]

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        cursor = self.cursor()
        with as_peewee_errors:
            cursor.executemany(to_postgres(sql, True), [tuple(row) for row in rows])

    def begin(self, isolation_level: Any = None) -> None:
        # `atomic("IMMEDIATE")`, as for SQLite, asks for a write transaction.
        if isolation_level != "IMMEDIATE":
            with self._watched():
                super().begin(isolation_level)
            return
        self._said.payload = None
        with self._watched(), as_peewee_errors:  # writes follow one another: one round trip
            self.cursor().execute(f"BEGIN; SELECT pg_advisory_xact_lock({int(WRITE_LOCK)})")

    def commit(self) -> None:
        payload, self._said.payload = getattr(self._said, "payload", None), None
        with self._watched():
            if payload is None:
                super().commit()
                return
            from psycopg import sql

            notify = sql.SQL("SELECT pg_notify({}, {}); COMMIT").format(
                sql.Literal(CHANNEL), sql.Literal(payload)
            )
            with as_peewee_errors:  # the announcement goes with the commit: one round trip
                self.cursor().execute(notify)

    def rollback(self) -> None:
        self._said.payload = None
        with self._watched():
            super().rollback()

    def announce(self, payload: str) -> None:
        """Tell every member of the team, at this transaction's commit, what changed."""
        self._said.payload = payload


# --- ids the application gives itself --------------------------------------------------------

_KEEP_SEQUENCE = """
CREATE OR REPLACE FUNCTION accountmgr_keep_sequence() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format(
    'SELECT setval(pg_get_serial_sequence(%L, ''id''), GREATEST((SELECT max(id) FROM %I), 1))',
    TG_TABLE_NAME, TG_TABLE_NAME);
  RETURN NULL;
END $$
"""


def keep_sequences(database: TeamDatabase) -> None:
    """Bulk writes (demo data, imports) give rows their ids themselves, as on SQLite: after
    every insert, each table's id sequence moves past the largest id, so that the next row a
    person adds gets a free one."""
    cursor = database.cursor()
    cursor.execute(_KEEP_SEQUENCE)
    cursor.execute(
        "SELECT table_name FROM information_schema.columns WHERE table_schema = "
        "current_schema() AND column_name = 'id' AND column_default LIKE 'nextval(%'"
    )
    for (table,) in cursor.fetchall():
        cursor.execute(
            f'CREATE OR REPLACE TRIGGER keep_sequence AFTER INSERT ON "{table}" '
            "FOR EACH STATEMENT EXECUTE FUNCTION accountmgr_keep_sequence()"
        )
