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
The names, and reading and writing one backup file, are in `backup_files`.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
from collections.abc import Iterable
from pathlib import Path

import peewee as pw

from accountmgr.store import migrations
from accountmgr.store.backup_files import (
    COMPANIONS,
    DAILY,
    EVENT_REASONS,
    PART,
    REASONS,
    RESTORE,
    RESTORING,
    STAMP,
    BackupInfo,
    backups_dir,
    connect_ro,
    entries,
    free_name,
    fsync_file,
    info_or_problem,
    is_live,
    journal,
    live,
    make_folder,
    named_backups,
    outside_info,
    part_of,
    pragma_int,
    read_info,
    remove,
    remove_with_companions,
    write_copy,
)
from accountmgr.store.disk import fsync_dir, out_of_space
from accountmgr.store.errors import BackupError, StoreError
from accountmgr.store.models import db


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
        make_folder(folder)
        target = free_name(folder, db_path, reason, taken_at)
    else:
        out = Path(os.path.abspath(Path(out).expanduser()))
        if out.is_dir():
            out = free_name(out, db_path, reason, taken_at)
        if is_live(out) or out == Path(os.path.abspath(db_path)):
            raise BackupError(
                "{path} is the open database itself; choose another file name.", path=out
            )
        for suffix in COMPANIONS:
            if out.with_name(out.name + suffix).exists():
                raise BackupError(
                    "{name} lies beside {path}; choose another file name.",
                    name=out.name + suffix,
                    path=out,
                )
        folder, target = out.parent, out
        make_folder(folder)
    source = database.connection()
    if source.in_transaction:
        raise BackupError("A backup cannot be taken while a change is being written.")
    part = part_of(target)
    try:
        version, accounts, problem = write_copy(source, part, keep_damaged=keep_damaged)
        fsync_file(part)
        os.replace(part, target)
    except StoreError:
        raise
    except (sqlite3.Error, OSError) as exc:
        remove_with_companions(part)
        size = (
            source.execute("PRAGMA page_count").fetchone()[0]
            * source.execute("PRAGMA page_size").fetchone()[0]
        )
        if out_of_space(folder, needed=size + 1024 * 1024):
            raise BackupError(
                "The disk that holds {path} is full, so no backup could be taken and nothing "
                "was changed. Free some space and try again.",
                path=folder,
            ) from exc
        raise BackupError(
            "The backup to {path} could not be written: {exc}.", path=target, exc=exc
        ) from exc
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
    database, db_path = live()
    return take_of(database, db_path, reason, out, now=now)


# --- listing and pruning -------------------------------------------------------------------


def list_backups(db_path: Path | None = None) -> list[BackupInfo]:
    """The backups of the open database (or of the database at `db_path`), newest first.

    Each file is opened read-only to count its accounts; one that cannot be read is listed with
    `ok=False`, `accounts=None` and its `problem`, never raising. Files being written (`.part`)
    and files not named like backups of this database are not listed.
    """
    if db_path is None:
        db_path = live()[1]
    return [
        info_or_problem(path, taken_at, reason)
        for path, taken_at, reason, _seq in named_backups(db_path)
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
        db_path = live()[1]
    items = named_backups(db_path)
    keep = _newest_per(items, "day", keep_daily) | _newest_per(items, "week", keep_weekly)
    for reason in EVENT_REASONS:
        keep.update([path for path, _t, r, _s in items if r == reason][: max(keep_events, 0)])
    removed = []
    for path, _taken_at, _reason, _seq in items:
        if path not in keep:
            try:
                if remove(path):
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
    database, db_path = live()
    due = not any(taken_at.date() == today for _p, taken_at, _r, _s in named_backups(db_path))
    taken = None
    if due:
        moment = now or dt.datetime.combine(today, dt.datetime.now().time())
        taken = take_of(database, db_path, DAILY, now=moment)
    prune(keep_daily, keep_weekly, keep_events, db_path=db_path)
    return taken


# --- verifying and restoring ---------------------------------------------------------------


def check_backup(path: Path) -> BackupInfo:
    """Verify that `path` can be restored: an SQLite file (else NotADatabaseError) of accountmgr
    (else ForeignDatabaseError, a NotADatabaseError), of a schema not newer than this version's
    (else SchemaTooNewError), passing `PRAGMA integrity_check` (else DatabaseDamagedError).
    Reads the file read-only; refuses the open database itself."""
    path = Path(path)
    if is_live(path):
        raise StoreError("{path} is the open database itself, not a backup of it.", path=path)
    taken_at, reason = outside_info(path)
    return read_info(path, taken_at, reason, full=True)


def _copy_into(source: sqlite3.Connection, target: sqlite3.Connection, staging: Path) -> None:
    """Copy `source` into `target` with the backup API. A target in WAL mode cannot take pages
    of another size, so such a source is first copied to `staging` and rebuilt with the
    target's page size."""
    page_size = pragma_int(target, "page_size")
    if pragma_int(source, "page_size") == page_size:
        source.backup(target)
        return
    remove_with_companions(staging)
    copy = sqlite3.connect(str(staging), isolation_level=None)
    try:
        source.backup(copy)
        copy.execute("PRAGMA journal_mode = DELETE")
        copy.execute(f"PRAGMA page_size = {int(page_size)}")
        copy.execute("VACUUM")
        copy.backup(target)
    finally:
        copy.close()
        remove_with_companions(staging)


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
    database, db_path = live()
    check_backup(path)
    target = database.connection()
    if target.in_transaction:
        raise BackupError("A backup cannot be restored while a change is being written.")
    # Damaged data is kept as it is (the copy then has ok=False): it is what a restore is for.
    safety = take_of(database, db_path, RESTORE, now=now, keep_damaged=True)
    staging = backups_dir(db_path) / f"{db_path.stem}-staging.db{PART}"
    try:
        source = connect_ro(path)
        try:
            _copy_into(source, target, staging)
        finally:
            source.close()
    except (sqlite3.Error, OSError) as exc:
        raise BackupError(
            "{path} could not be restored ({exc}); your data was left as it was.",
            path=path,
            exc=exc,
        ) from exc
    try:
        migrations.migrate(database, None)
    except (sqlite3.Error, pw.DatabaseError) as exc:
        back = connect_ro(safety.path)
        try:
            back.backup(target)
        finally:
            back.close()
        raise BackupError(
            "{path} could not be updated to this version ({exc}); your data was left as it was.",
            path=path,
            exc=exc,
        ) from exc
    return safety


# --- start-up: damaged databases and interrupted copies ------------------------------------


def newest_good(db_path: Path) -> BackupInfo | None:
    """The newest backup of the database at `db_path` that passes every check of
    `check_backup`, or None. For start-up when that database could not be opened: opens no
    connection to it."""
    for path, taken_at, reason, _seq in named_backups(db_path):
        try:
            return read_info(path, taken_at, reason, full=True)
        except StoreError:
            continue
    return None


def _aside_name(db_path: Path, moment: dt.datetime) -> Path:
    base = f"{db_path.name}.damaged-{moment.strftime(STAMP)}"
    seq = 1
    while True:
        aside = db_path.with_name(base if seq == 1 else f"{base}-{seq}")
        taken = [aside, *(aside.with_name(aside.name + s) for s in COMPANIONS)]
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
    if isinstance(database, pw.SqliteDatabase) and not database.is_closed() and is_live(db_path):
        raise BackupError("{path} is open; restore a backup into it with restore().", path=db_path)
    check_backup(backup)
    part = db_path.with_name(db_path.name + RESTORING)
    try:
        source = connect_ro(Path(backup))
        try:
            write_copy(source, part)
        finally:
            source.close()
        fsync_file(part)
        aside = None
        present = [db_path, *(db_path.with_name(db_path.name + s) for s in COMPANIONS)]
        if any(candidate.exists() for candidate in present):
            aside = _aside_name(db_path, (now or dt.datetime.now()).replace(microsecond=0))
            for suffix in ("", *COMPANIONS):
                old = db_path.with_name(db_path.name + suffix)
                if old.exists():
                    os.replace(old, aside.with_name(aside.name + suffix))
        os.replace(part, db_path)
    except StoreError:
        raise
    except (sqlite3.Error, OSError) as exc:
        remove_with_companions(part)
        raise BackupError(
            "{backup} could not be put in place of {path}: {exc}.",
            backup=backup,
            path=db_path,
            exc=exc,
        ) from exc
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
    partial_suffixes = tuple(PART + suffix for suffix in ("", *COMPANIONS))
    for entry in entries(backups_dir(db_path)):
        if entry.name.endswith(partial_suffixes) and not is_live(entry) and remove(entry):
            removed.append(entry)
    part = db_path.with_name(db_path.name + RESTORING)
    if part.exists() and not db_path.exists() and not journal(part).exists():
        try:
            os.replace(part, db_path)
            fsync_dir(db_path.parent)
        except OSError:
            pass
    removed += remove_with_companions(part)
    legacy_journal = re.compile(
        rf"^{re.escape(db_path.name)}\.schema\d+-\d{{8}}-\d{{6}}\.bak-journal$"
    )
    for entry in entries(db_path.parent):
        if legacy_journal.match(entry.name):
            copy = entry.with_name(entry.name.removesuffix("-journal"))
            removed += [p for p in (copy, entry) if remove(p)]
    return removed
