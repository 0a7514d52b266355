"""Backups of the store: whole, verified copies in a `backups/` folder beside the database.

Copies are taken through the open connection with SQLite's backup API and put back into it the
same way, never by copying, hashing or replacing the live file: on Linux and macOS SQLite's locks
are POSIX locks, and closing *any* descriptor of the database file in this process drops every
lock the process holds on it (see `database.is_live_file`). Backup files are other files; they are
read freely, and only read-only.

A backup is written under a temporary name (`….part`), checked with `PRAGMA integrity_check`,
flushed to disk and only then renamed to its final name, so that a backup file that has its final
name is always whole. Copies are plain rollback-journal files (no `-wal` beside them). Their names
tell the database, the moment and the reason, and sort by time:
`accountmgr-2026-12-06-143000-daily.db` (a second copy in the same second gets `-2`, `-3`, ...).
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import peewee as pw

from accountmgr.store import migrations
from accountmgr.store.disk import fsync_dir, out_of_space
from accountmgr.store.errors import (
    BackupError,
    DatabaseDamagedError,
    ForeignDatabaseError,
    NotADatabaseError,
    SchemaTooNewError,
    StoreError,
)
from accountmgr.store.models import db

FOLDER = "backups"
PART = ".part"  # a copy being written; never listed, removed by `clean_partial`
RESTORING = ".restoring.part"  # beside the database: `restore_file`'s copy being written

DAILY = "daily"
IMPORT = "import"
MIGRATION = "migration"
MANUAL = "manual"
RESTORE = "restore"  # the current data, copied just before a restore replaces it
REASONS = (DAILY, IMPORT, MIGRATION, MANUAL, RESTORE)
EVENT_REASONS = (IMPORT, MIGRATION, MANUAL, RESTORE)

_STAMP = "%Y-%m-%d-%H%M%S"
_MAGIC = b"SQLite format 3\x00"
_COMPANIONS = ("-journal", "-wal", "-shm")
_ACCOUNTS_SQL = "SELECT count(*) FROM org_summary WHERE won_count > 0"


@dataclass(frozen=True)
class BackupInfo:
    """One backup file.

    `ok` is True when the file opens as an accountmgr database and its accounts could be
    counted (a listing does not run the full integrity check; `check_backup`, `restore` and
    `newest_good` do); otherwise `accounts` and `version` are None and `problem` says why.
    """

    path: Path
    taken_at: dt.datetime  # from the name; a file not named by us: its modification time
    reason: str  # one of REASONS; "" for a file not named by us
    size: int  # bytes
    accounts: int | None  # organizations with at least one won deal
    version: int | None  # its schema version (`user_version`)
    ok: bool
    problem: str = ""


# --- where and how backups are named -------------------------------------------------------


def backups_dir(db_path: Path) -> Path:
    """The folder of the backups of the database at `db_path`."""
    return db_path.parent / FOLDER


_TAIL = rf"-(\d{{4}}-\d{{2}}-\d{{2}}-\d{{6}})-({'|'.join(REASONS)})(?:-(\d+))?\.db$"
_ANY_BACKUP_NAME = re.compile(rf"^.+{_TAIL}")


def _name_pattern(db_path: Path) -> re.Pattern[str]:
    """Names of the backups of the database at `db_path`: its stem, moment, reason, sequence."""
    return re.compile(rf"^{re.escape(db_path.stem)}{_TAIL}")


def _parse_name(pattern: re.Pattern[str], name: str) -> tuple[dt.datetime, str, int] | None:
    match = pattern.match(name)
    if match is None:
        return None
    try:
        taken_at = dt.datetime.strptime(match[1], _STAMP)
    except ValueError:
        return None
    return taken_at, match[2], int(match[3] or 1)


def _free_name(folder: Path, db_path: Path, reason: str, taken_at: dt.datetime) -> Path:
    """A name in `folder` taken neither by a backup nor by a copy being written."""
    base = f"{db_path.stem}-{taken_at.strftime(_STAMP)}-{reason}"
    seq = 1
    while True:
        target = folder / (f"{base}.db" if seq == 1 else f"{base}-{seq}.db")
        if not target.exists() and not _part_of(target).exists():
            return target
        seq += 1


def _part_of(target: Path) -> Path:
    return target.with_name(target.name + PART)


def _live() -> tuple[pw.SqliteDatabase, Path]:
    """The bound database and its file; a StoreError when none is open on a file."""
    database = db.obj
    name = getattr(database, "database", None) if database is not None else None
    if not isinstance(database, pw.SqliteDatabase) or not name or ":memory:" in name:
        raise StoreError("No database file is open, so there is nothing to back up or restore.")
    return database, Path(name)


def _is_live(path: Path) -> bool:
    from accountmgr.store.database import is_live_file  # database.py may import this module

    return is_live_file(path)


# --- small file helpers --------------------------------------------------------------------


def _remove(path: Path) -> bool:
    try:
        path.unlink()
    except FileNotFoundError:
        return False
    return True


def _remove_with_companions(path: Path) -> list[Path]:
    candidates = [path, *(path.with_name(path.name + suffix) for suffix in _COMPANIONS)]
    return [candidate for candidate in candidates if _remove(candidate)]


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupError(f"Cannot create the folder {folder}: {exc.strerror}.") from exc


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDWR)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _connect_ro(path: Path) -> sqlite3.Connection:
    """A read-only connection to a backup file (never the live one). Without a WAL or journal
    beside it the file is read as immutable: no locks and no -shm file appear beside it. (With a
    WAL, SQLite reads through it; with a hot journal, the read fails rather than see half a
    write.)"""
    beside = (path.with_name(path.name + suffix) for suffix in ("-wal", "-journal"))
    options = "mode=ro" if any(p.exists() for p in beside) else "mode=ro&immutable=1"
    return sqlite3.connect(f"{path.resolve().as_uri()}?{options}", uri=True)


def _integrity_problems(conn: sqlite3.Connection) -> list[str]:
    rows = [str(row[0]) for row in conn.execute("PRAGMA integrity_check(10)")]
    return [] if rows == ["ok"] else rows


def _pragma_int(conn: sqlite3.Connection, name: str) -> int:
    return int(conn.execute(f"PRAGMA {name}").fetchone()[0])


# --- taking a backup -----------------------------------------------------------------------


def _count_accounts(conn: sqlite3.Connection) -> int | None:
    try:
        return int(conn.execute(_ACCOUNTS_SQL).fetchone()[0])
    except sqlite3.OperationalError:  # a file of a schema still in development
        return None


def _write_copy(
    source: sqlite3.Connection, part: Path, *, keep_damaged: bool = False
) -> tuple[int | None, int | None, str]:
    """Copy `source` into the new file `part` with the backup API, as a rollback-journal file,
    and verify it. Returns (schema version, accounts, problem) of the copy. A copy that fails
    its check raises DatabaseDamagedError and is removed, unless `keep_damaged` (then `problem`
    says what is wrong); on any other failure it is removed too."""
    _remove_with_companions(part)
    dest = sqlite3.connect(str(part), isolation_level=None)
    try:
        source.backup(dest)
        dest.execute("PRAGMA journal_mode = DELETE")
        problems = _integrity_problems(dest)
        if problems and not keep_damaged:
            raise DatabaseDamagedError(
                "The copy did not pass its check, so no backup was kept: "
                f"{problems[0]}. The database itself may be damaged."
            )
        try:
            version: int | None = _pragma_int(dest, "user_version")
            accounts = _count_accounts(dest)
        except sqlite3.DatabaseError:
            if not problems:
                raise
            version = accounts = None
    except BaseException:
        dest.close()
        _remove_with_companions(part)
        raise
    dest.close()
    return version, accounts, problems[0] if problems else ""


def take_of(
    database: pw.SqliteDatabase,
    db_path: Path,
    reason: str,
    out: Path | None = None,
    *,
    now: dt.datetime | None = None,
    keep_damaged: bool = False,
) -> BackupInfo:
    """`take` for a given open database whose file is `db_path` (bound to the models or not:
    the migrations use it while opening). With `keep_damaged`, a copy that fails its check is
    kept and says so (`ok` False) instead of raising: a restore keeps the data it replaces."""
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    taken_at = (now or dt.datetime.now()).replace(microsecond=0)
    if out is None:
        folder = backups_dir(db_path)
        _make_folder(folder)
        target = _free_name(folder, db_path, reason, taken_at)
    else:
        out = Path(os.path.abspath(Path(out).expanduser()))
        if out.is_dir():
            out = _free_name(out, db_path, reason, taken_at)
        if _is_live(out) or out == Path(os.path.abspath(db_path)):
            raise BackupError(f"{out} is the open database itself; choose another file name.")
        for suffix in _COMPANIONS:
            if out.with_name(out.name + suffix).exists():
                raise BackupError(
                    f"{out.name}{suffix} lies beside {out}; choose another file name."
                )
        folder, target = out.parent, out
        _make_folder(folder)
    source = database.connection()
    if source.in_transaction:
        raise BackupError("A backup cannot be taken while a change is being written.")
    part = _part_of(target)
    try:
        version, accounts, problem = _write_copy(source, part, keep_damaged=keep_damaged)
        _fsync_file(part)
        os.replace(part, target)
    except StoreError:
        raise
    except (sqlite3.Error, OSError) as exc:
        _remove_with_companions(part)
        size = (
            source.execute("PRAGMA page_count").fetchone()[0]
            * source.execute("PRAGMA page_size").fetchone()[0]
        )
        if out_of_space(folder, needed=size + 1024 * 1024):
            raise BackupError(
                f"The disk that holds {folder} is full, so no backup could be taken and nothing "
                "was changed. Free some space and try again."
            ) from exc
        raise BackupError(f"The backup to {target} could not be written: {exc}.") from exc
    fsync_dir(folder)
    return BackupInfo(
        path=target,
        taken_at=taken_at,
        reason=reason,
        size=target.stat().st_size,
        accounts=accounts,
        version=version,
        ok=not problem,
        problem=f"{target} is damaged: {problem}." if problem else "",
    )


def take(reason: str, out: Path | None = None, *, now: dt.datetime | None = None) -> BackupInfo:
    """Back up the open database, whole and consistent, and return the new backup.

    The copy goes into `backups/` beside the database under a name telling the moment (`now`,
    by default the present) and `reason` (one of REASONS). With `out` it goes to that file
    instead (a folder: the usual name inside it); an existing file there is replaced. The copy is
    written under a `.part` name, checked, flushed and then renamed, so an interrupted backup
    never has a backup's name. Raises BackupError (or DatabaseDamagedError when the copy fails
    its check, i.e. the database itself is damaged); nothing is left behind then.
    """
    database, db_path = _live()
    return take_of(database, db_path, reason, out, now=now)


# --- listing and pruning -------------------------------------------------------------------


def _named_backups(db_path: Path) -> list[tuple[Path, dt.datetime, str, int]]:
    """(path, taken_at, reason, seq) of the backups of `db_path`, newest first, by name alone."""
    folder = backups_dir(db_path)
    pattern = _name_pattern(db_path)
    found = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for entry in entries:
        parsed = _parse_name(pattern, entry.name)
        if parsed is not None and entry.is_file() and not _is_live(entry):
            found.append((entry, *parsed))
    found.sort(key=lambda item: (item[1], item[3], item[0].name), reverse=True)
    return found


def _read_info(path: Path, taken_at: dt.datetime, reason: str, *, full: bool = False) -> BackupInfo:
    """The facts of one backup file, read from it read-only. Raises a StoreError subclass,
    with a message for the person, when it is not a usable accountmgr database (with `full`,
    also when it fails `PRAGMA integrity_check`)."""
    try:
        if not path.exists():
            raise StoreError(f"There is no file {path}.")
        if not path.is_file():
            raise StoreError(f"{path} is not a file.")
        size = path.stat().st_size
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        raise StoreError(f"Cannot read {path}: {exc.strerror}.") from exc
    if len(header) < 100 or not header.startswith(_MAGIC):
        raise NotADatabaseError(f"{path} is not a database, so it is no accountmgr backup.")
    try:
        conn = _connect_ro(path)
        try:
            app_id = _pragma_int(conn, "application_id")
            version = _pragma_int(conn, "user_version")
            if app_id != migrations.APPLICATION_ID:
                raise ForeignDatabaseError(
                    f"{path} is a database of another application, not an accountmgr backup."
                )
            if version > migrations.LATEST_VERSION:
                raise SchemaTooNewError(
                    f"{path} was written by a newer version of accountmgr (schema {version}; "
                    f"this version knows up to {migrations.LATEST_VERSION}). Please update the "
                    "application to use it."
                )
            if full:
                problems = _integrity_problems(conn)
                if problems:
                    raise DatabaseDamagedError(f"{path} is damaged: {problems[0]}.")
            accounts = int(conn.execute(_ACCOUNTS_SQL).fetchone()[0])
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if "not a database" in str(exc) or "encrypted" in str(exc):
            raise NotADatabaseError(
                f"{path} is not a database, so it is no accountmgr backup."
            ) from exc
        raise DatabaseDamagedError(f"{path} is damaged and cannot be read: {exc}.") from exc
    return BackupInfo(path, taken_at, reason, size, accounts, version, ok=True)


def _info_or_problem(path: Path, taken_at: dt.datetime, reason: str) -> BackupInfo:
    try:
        return _read_info(path, taken_at, reason)
    except StoreError as exc:
        try:
            size = path.stat().st_size
        except OSError:
            size = 0
        return BackupInfo(path, taken_at, reason, size, None, None, ok=False, problem=str(exc))


def list_backups(db_path: Path | None = None) -> list[BackupInfo]:
    """The backups of the open database (or of the database at `db_path`), newest first.

    Each file is opened read-only to count its accounts; one that cannot be read is listed with
    `ok=False`, `accounts=None` and its `problem`, never raising. Files being written (`.part`)
    and files not named like backups of this database are not listed.
    """
    if db_path is None:
        db_path = _live()[1]
    return [
        _info_or_problem(path, taken_at, reason)
        for path, taken_at, reason, _seq in _named_backups(db_path)
    ]


def _newest_per(
    items: Iterable[tuple[Path, dt.datetime, str, int]], key_of: str, count: int
) -> set[Path]:
    """The newest item of each of the `count` newest periods (days or ISO weeks) that have
    items; `items` newest first."""
    kept: dict[object, Path] = {}
    for path, taken_at, _reason, _seq in items:
        period: object = (
            taken_at.date() if key_of == "day" else taken_at.isocalendar()[:2]  # (year, week)
        )
        if period not in kept:
            if len(kept) >= count:
                break
            kept[period] = path
    return set(kept.values())


def prune(
    keep_daily: int = 7,
    keep_weekly: int = 4,
    keep_events: int = 5,
    *,
    db_path: Path | None = None,
) -> list[Path]:
    """Delete the backups no rule keeps; return the deleted files.

    Kept, whatever their reason:
    - the newest backup of each of the `keep_daily` most recent days that have backups;
    - the newest backup of each of the `keep_weekly` most recent ISO weeks that have backups;
    and in addition, for each of `import`, `migration`, `manual` and `restore`, the newest
    `keep_events` backups of that reason (the copy taken before an import or a restore stays
    even when a later copy of the same day follows it).

    Periods count only days and weeks that have backups, never calendar time, so the newest
    backup always stays, and a pause of months deletes nothing. At most
    keep_daily + keep_weekly + 4 * keep_events files remain. Only files named like backups of
    this database are considered; the files are judged by their names, never opened.
    """
    if db_path is None:
        db_path = _live()[1]
    items = _named_backups(db_path)
    keep = _newest_per(items, "day", keep_daily) | _newest_per(items, "week", keep_weekly)
    for reason in EVENT_REASONS:
        keep.update([path for path, _t, r, _s in items if r == reason][: max(keep_events, 0)])
    removed = []
    for path, _taken_at, _reason, _seq in items:
        if path not in keep:
            try:
                if _remove(path):
                    removed.append(path)
            except OSError:
                continue  # in use elsewhere (Windows) or not ours to delete: next time
    if removed:
        fsync_dir(backups_dir(db_path))
    return removed


def daily_if_due(
    today: dt.date,
    *,
    now: dt.datetime | None = None,
    keep_daily: int = 7,
    keep_weekly: int = 4,
    keep_events: int = 5,
) -> BackupInfo | None:
    """At the first start of a day: take a `daily` backup unless a backup dated `today` exists
    (of any reason: a copy taken before an import this morning is as recent a copy), then
    `prune` with the given retention. Returns the new backup, or None when none was due.

    The backup's time is `now`, by default the present time of day on `today`.
    """
    database, db_path = _live()
    due = not any(taken_at.date() == today for _p, taken_at, _r, _s in _named_backups(db_path))
    taken = None
    if due:
        moment = now or dt.datetime.combine(today, dt.datetime.now().time())
        taken = take_of(database, db_path, DAILY, now=moment)
    prune(keep_daily, keep_weekly, keep_events, db_path=db_path)
    return taken


# --- verifying and restoring ---------------------------------------------------------------


def _outside_info(path: Path) -> tuple[dt.datetime, str]:
    """(taken_at, reason) of any file: from a backup's name, else its modification time."""
    parsed = _parse_name(_ANY_BACKUP_NAME, path.name)
    if parsed is not None:
        return parsed[0], parsed[1]
    try:
        mtime = dt.datetime.fromtimestamp(path.stat().st_mtime).replace(microsecond=0)
    except OSError:
        mtime = dt.datetime.now().replace(microsecond=0)
    return mtime, ""


def check_backup(path: Path) -> BackupInfo:
    """Verify that `path` can be restored: an SQLite file (else NotADatabaseError) of accountmgr
    (else ForeignDatabaseError, a NotADatabaseError), of a schema not newer than this version's
    (else SchemaTooNewError), passing `PRAGMA integrity_check` (else DatabaseDamagedError).
    Reads the file read-only; refuses the open database itself."""
    path = Path(path)
    if _is_live(path):
        raise StoreError(f"{path} is the open database itself, not a backup of it.")
    taken_at, reason = _outside_info(path)
    return _read_info(path, taken_at, reason, full=True)


def _copy_into(source: sqlite3.Connection, target: sqlite3.Connection, staging: Path) -> None:
    """Copy `source` into `target` with the backup API. A target in WAL mode cannot take pages
    of another size, so such a source is first copied to `staging` and rebuilt with the
    target's page size."""
    page_size = _pragma_int(target, "page_size")
    if _pragma_int(source, "page_size") == page_size:
        source.backup(target)
        return
    _remove_with_companions(staging)
    copy = sqlite3.connect(str(staging), isolation_level=None)
    try:
        source.backup(copy)
        copy.execute("PRAGMA journal_mode = DELETE")
        copy.execute(f"PRAGMA page_size = {int(page_size)}")
        copy.execute("VACUUM")
        copy.backup(target)
    finally:
        copy.close()
        _remove_with_companions(staging)


def restore(path: Path, *, now: dt.datetime | None = None) -> BackupInfo:
    """Replace the open database's data with the backup at `path`; return the `restore` copy of
    the data as it was just before.

    The file is verified first (`check_backup`: its errors, with their messages, are raised and
    nothing changes). Then a `restore` backup of the current data is taken (kept even when that
    data fails its check: the returned copy then has `ok=False` and a `problem`), and the file is
    copied into the live connection with the backup API, in one transaction (the database file
    is never replaced, so this process keeps its locks). A backup of an older schema is then
    migrated, without a further copy; if that fails, the data as it was is put back and a
    BackupError raised. Whatever shows data must reload it afterwards (ids and rows changed).
    """
    path = Path(path)
    database, db_path = _live()
    check_backup(path)
    target = database.connection()
    if target.in_transaction:
        raise BackupError("A backup cannot be restored while a change is being written.")
    # Damaged data is kept as it is (the copy then has ok=False): it is what a restore is for.
    safety = take_of(database, db_path, RESTORE, now=now, keep_damaged=True)
    staging = backups_dir(db_path) / f"{db_path.stem}-staging.db{PART}"
    try:
        source = _connect_ro(path)
        try:
            _copy_into(source, target, staging)
        finally:
            source.close()
    except (sqlite3.Error, OSError) as exc:
        raise BackupError(
            f"{path} could not be restored ({exc}); your data was left as it was."
        ) from exc
    try:
        migrations.migrate(database, None)
    except (sqlite3.Error, pw.DatabaseError) as exc:
        back = _connect_ro(safety.path)
        try:
            back.backup(target)
        finally:
            back.close()
        raise BackupError(
            f"{path} could not be updated to this version ({exc}); your data was left as it was."
        ) from exc
    return safety


# --- start-up: damaged databases and interrupted copies ------------------------------------


def newest_good(db_path: Path) -> BackupInfo | None:
    """The newest backup of the database at `db_path` that passes every check of
    `check_backup`, or None. For start-up when that database could not be opened: opens no
    connection to it."""
    for path, taken_at, reason, _seq in _named_backups(db_path):
        try:
            return _read_info(path, taken_at, reason, full=True)
        except StoreError:
            continue
    return None


def _aside_name(db_path: Path, moment: dt.datetime) -> Path:
    base = f"{db_path.name}.damaged-{moment.strftime(_STAMP)}"
    seq = 1
    while True:
        aside = db_path.with_name(base if seq == 1 else f"{base}-{seq}")
        taken = [aside, *(aside.with_name(aside.name + s) for s in _COMPANIONS)]
        if not any(candidate.exists() for candidate in taken):
            return aside
        seq += 1


def restore_file(backup: Path, db_path: Path, *, now: dt.datetime | None = None) -> Path | None:
    """Put the backup at `backup` in place of the database at `db_path`, which could not be
    opened (damaged): only when no connection to it is open. Returns where the old file was set
    aside (`accountmgr.db.damaged-2026-12-06-143000`, its -wal, -shm and -journal renamed with
    it), or None when there was no file.

    The backup is verified (`check_backup`'s errors), copied with the backup API to
    `accountmgr.db.restoring.part`, checked and flushed; only then is the old file set aside and
    the copy renamed into place. The copy is a rollback-journal file; opening it makes it WAL.
    """
    database = db.obj
    if isinstance(database, pw.SqliteDatabase) and not database.is_closed() and _is_live(db_path):
        raise BackupError(f"{db_path} is open; restore a backup into it with restore().")
    check_backup(backup)
    part = db_path.with_name(db_path.name + RESTORING)
    try:
        source = _connect_ro(Path(backup))
        try:
            _write_copy(source, part)
        finally:
            source.close()
        _fsync_file(part)
        aside = None
        present = [db_path, *(db_path.with_name(db_path.name + s) for s in _COMPANIONS)]
        if any(candidate.exists() for candidate in present):
            aside = _aside_name(db_path, (now or dt.datetime.now()).replace(microsecond=0))
            for suffix in ("", *_COMPANIONS):
                old = db_path.with_name(db_path.name + suffix)
                if old.exists():
                    os.replace(old, aside.with_name(aside.name + suffix))
        os.replace(part, db_path)
    except StoreError:
        raise
    except (sqlite3.Error, OSError) as exc:
        _remove_with_companions(part)
        raise BackupError(f"{backup} could not be put in place of {db_path}: {exc}.") from exc
    fsync_dir(db_path.parent)
    return aside


def clean_partial(db_path: Path) -> list[Path]:
    """Remove what an interrupted copy left behind, before the database at `db_path` is opened;
    return the removed files.

    - in `backups/`: every `….part` file and its -journal, -wal and -shm;
    - beside the database: `restore_file`'s `….restoring.part` (when the database file itself is
      missing and that copy is whole, i.e. `restore_file` was interrupted between setting the
      old file aside and renaming the copy, the copy is renamed into place instead);
    - beside the database: copies of older versions (`accountmgr.db.schemaN-….bak`) that were
      interrupted, i.e. have a -journal beside them, with that journal.
    Never touches the database file or its own companions.
    """
    removed: list[Path] = []
    partial_suffixes = tuple(PART + suffix for suffix in ("", *_COMPANIONS))
    for entry in _entries(backups_dir(db_path)):
        if entry.name.endswith(partial_suffixes) and not _is_live(entry) and _remove(entry):
            removed.append(entry)
    part = db_path.with_name(db_path.name + RESTORING)
    if part.exists() and not db_path.exists() and not _journal(part).exists():
        try:
            os.replace(part, db_path)
            fsync_dir(db_path.parent)
        except OSError:
            pass
    removed += _remove_with_companions(part)
    legacy_journal = re.compile(
        rf"^{re.escape(db_path.name)}\.schema\d+-\d{{8}}-\d{{6}}\.bak-journal$"
    )
    for entry in _entries(db_path.parent):
        if legacy_journal.match(entry.name):
            copy = entry.with_name(entry.name.removesuffix("-journal"))
            removed += [p for p in (copy, entry) if _remove(p)]
    return removed


def _entries(folder: Path) -> list[Path]:
    try:
        return list(folder.iterdir())
    except OSError:
        return []


def _journal(path: Path) -> Path:
    return path.with_name(path.name + "-journal")
