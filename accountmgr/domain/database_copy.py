"""Copying a whole database into a new one (`accountmgr copy`): one person's file into the team's
server, a snapshot of the server onto a laptop, or one file into another.

Every record keeps its id; the summaries and the search index are recomputed on the
destination; the contents of attached files follow their rows. All of it is written in one
transaction on the destination: a copy that fails leaves nothing of itself (and no new file).
"""

from __future__ import annotations

import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import peewee as pw

from accountmgr.domain import summary
from accountmgr.domain.errors import DomainError
from accountmgr.domain.files import STORE_FOLDER
from accountmgr.domain.transaction import transaction
from accountmgr.store import blobs, copying, engine
from accountmgr.store.database import COMPANION_SUFFIXES, close_database, open_target
from accountmgr.store.disk import write_whole
from accountmgr.store.models import db
from accountmgr.store.postgres import ServerAddress

Target = Path | ServerAddress
# (table, rows copied so far, whether the table is done)
Progress = Callable[[str, int, bool], None]


class CopyRefusedError(DomainError):
    """The copy cannot start: the destination is not new and empty, or is the source."""


@dataclass(frozen=True)
class CopyResult:
    rows: int  # every row copied, in every table
    tables: int
    files: int  # stored file contents copied beside the destination
    seconds: float


def _same(source: Target, destination: Target) -> bool:
    if isinstance(source, Path) and isinstance(destination, Path):
        return source.resolve() == destination.resolve()
    if isinstance(source, ServerAddress) and isinstance(destination, ServerAddress):
        return source.shown == destination.shown
    return False


def _refuse_unless_new(destination: Target, source: Target) -> None:
    if _same(source, destination):
        raise CopyRefusedError(
            "{path} is the source itself; copy it into another database.", path=source
        )
    if isinstance(destination, Path) and (destination.exists() or destination.is_symlink()):
        raise CopyRefusedError(
            "{path} already exists; copy needs a new file (or an empty team database).",
            path=destination,
        )


def copy_database(
    source: Target, destination: Target, progress: Progress | None = None
) -> CopyResult:
    """Copy the whole database at `source` into `destination`: a new file, or an initialised
    team database that holds no records yet (its built-in settings, currencies and activity
    types are replaced by the source's). The destination is left bound to the models.

    Raises CopyRefusedError when the destination is not new and empty, a StoreError when
    either cannot be opened; nothing is written then, nor when the copy fails."""
    _refuse_unless_new(destination, source)
    started = time.perf_counter()
    source_db = open_target(source, create=False)
    try:
        folder = _files_folder(destination)
        folder_existed = folder is not None and folder.exists()
        try:
            open_target(destination, create=True)
            result = _copy(source_db, source, destination, progress)
        except BaseException:
            if isinstance(destination, Path):
                _remove_new_file(destination, None if folder_existed else folder, source_db)
            raise
    finally:
        source_db.close()
    return CopyResult(result.rows, result.tables, result.files, time.perf_counter() - started)


def _copy(
    source_db: pw.Database, source: Target, destination: Target, progress: Progress | None
) -> CopyResult:
    tables = copying.data_tables(source_db)
    copying.check_tables(source_db, tables)
    full = copying.holding_data(tables)
    if full:
        raise CopyRefusedError(
            "{url} already holds records ({tables}); copy needs an empty team database.",
            url=destination,
            tables=", ".join(full),
        )
    rows = 0
    with copying.snapshot(source_db), transaction():
        copying.clear(tables)
        for table in tables:

            def step(done: int, table: str = table) -> None:
                if progress is not None:
                    progress(table, done, False)

            copied = copying.copy_table(source_db, table, step)
            rows += copied
            if progress is not None:
                progress(table, copied, True)
        files = copy_attachment_blobs(source_db, source, destination)
        summary.rebuild()
    engine.settle_after_load()
    return CopyResult(rows, len(tables), files, 0.0)


def _files_folder(target: Target) -> Path | None:
    """The file store beside a database file (see domain.files); None for a team database."""
    if isinstance(target, ServerAddress):
        return None
    return target.absolute().parent / STORE_FOLDER


def copy_attachment_blobs(source_db: pw.Database, source: Target, destination: Target) -> int:
    """Copy the contents of the attached files the destination's rows (already copied, in its
    open transaction) refer to; returns how many were copied. A file's `files/` folder and a
    team database's attachment_blob table are each the other's counterpart: copies go from
    folder to folder, from a folder into the table, from the table into a folder, or from
    table to table (content already there is kept); a content the source lacks stays
    missing, as `check` says on both."""
    source_folder, destination_folder = _files_folder(source), _files_folder(destination)
    if (
        source_folder is not None
        and destination_folder is not None
        and source_folder.resolve() == destination_folder.resolve()
    ):
        return 0
    copied = 0
    with tempfile.TemporaryDirectory(prefix="accountmgr-copy-") as scratch:
        rows = db.execute_sql("SELECT sha256, max(size) FROM attachment GROUP BY sha256")
        for row in rows:
            sha, size = str(row[0]), int(row[1])
            name = Path(sha[:2], sha)
            if destination_folder is not None:
                want = destination_folder / name
                if want.exists():
                    continue
                if source_folder is None:
                    copied += blobs.fetch(sha, size, want, source_db)
                else:
                    copied += _copy_file(source_folder / name, want)
                continue
            have = Path(scratch, sha)
            if source_folder is not None:
                have = source_folder / name
            elif not blobs.fetch(sha, size, have, source_db):
                continue
            # Checked first: content sent under a name not its own would be every member's.
            if blobs.content_of(have, sha, size):
                copied += blobs.keep_file(sha, have, size)
            if have.parent == Path(scratch):
                have.unlink()
    return copied


def _copy_file(have: Path, want: Path) -> bool:
    if not have.is_file():
        return False
    with have.open("rb") as reader:
        write_whole(want, lambda writer: shutil.copyfileobj(reader, writer))
    return True


def _remove_new_file(path: Path, new_folder: Path | None, source_db: pw.Database) -> None:
    """Remove the destination file a failed copy created, and the file store it made."""
    if db.obj is not source_db:
        close_database()
    db.initialize(None)
    for leftover in (path, *(path.with_name(path.name + s) for s in COMPANION_SUFFIXES)):
        leftover.unlink(missing_ok=True)
    if new_folder is not None:
        shutil.rmtree(new_folder, ignore_errors=True)
