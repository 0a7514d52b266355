"""Where the content of attached files is kept, and the copies this machine holds of it.

An SQLite file keeps the content of every attached file in the `files/` folder beside it (see
domain.files): the folder is the store, and nothing here touches it. A team database is on a
server nobody writes files beside, so it keeps the content itself, in `attachment_blob`, once
per content (named by its SHA-256): every member of the team can open every file. Each machine
keeps the copies it attached or opened in a cache folder of that database's own, laid out as
the `files/` folder is; the domain works on that folder as it works on `files/`.

Content goes to the server in one binary COPY and comes back in slices of an uncompressed
value, so a large file is never held in memory whole; a copy fetched is written under a
temporary name, checked against its SHA-256 and only then renamed, never left half written.
"""

from __future__ import annotations

import hashlib
import os
import stat
import struct
import tempfile
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from accountmgr.store.disk import fsync_dir
from accountmgr.store.folders import cache_dir
from accountmgr.store.models import db
from accountmgr.store.postgres import (
    SESSION_PREFIX,
    ServerAddress,
    TeamDatabase,
    as_peewee_errors,
)

STORE_FOLDER = "files"  # beside an SQLite file; in the cache folder of each team database
TEMP_PREFIX = ".incoming-"
# One value of a PostgreSQL row holds at most 1 GB, and the server holds a row whole while it
# takes or sends it: a team database takes files up to half that.
MAX_SIZE = 512 * 1024**2
SLICE = 4 * 1024**2  # read back this much at a time
CHUNK = 1024**2

TABLE = "attachment_blob"
_COPY_SIGNATURE = b"PGCOPY\n\xff\r\n\x00" + struct.pack("!ii", 0, 0)
_COPY_TRAILER = struct.pack("!h", -1)


class DamagedCopyError(Exception):
    """The copy this machine holds does not have the content its name promises (the domain
    says so to the person)."""


def in_database() -> bool:
    """Whether the open database keeps the content of attached files itself (a team
    database), rather than beside it in a folder (an SQLite file)."""
    return isinstance(db.obj, TeamDatabase)


def cache_root() -> Path:
    """The folder under which the copies of every team database's files are kept."""
    return cache_dir() / "team-files"


def cache_name(address: ServerAddress) -> str:
    """The name of a team database's cache folder: a hash of its address without the
    password (which may change, and must never be written down), the same however the
    address was spelled (`postgres://`, the default port written or not)."""
    parts = urlsplit(address.url)
    user = parts.username or ""
    host = (parts.hostname or "").lower()
    key = f"postgresql://{user}@{host}:{parts.port or 5432}/{address.name}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def local_folder() -> Path:
    """The folder of stored copies: `files/` beside the open SQLite file, or the cache folder
    of the open team database."""
    database = db.obj
    if database is None:
        raise RuntimeError("No database is open.")
    if isinstance(database, TeamDatabase):
        return cache_root() / cache_name(database.address)
    return Path(database.database).absolute().parent / STORE_FOLDER


def is_whole_copy(path: Path, size: int) -> bool:
    """True when `path` is a regular file (not a link) of the given size."""
    try:
        info = os.lstat(path)
    except OSError:
        return False
    return stat.S_ISREG(info.st_mode) and info.st_size == size


def _team() -> TeamDatabase | None:
    database = db.obj
    return database if isinstance(database, TeamDatabase) else None


def _has(database: TeamDatabase, sha256: str) -> bool:
    rows = database.execute_sql(f"SELECT 1 FROM {TABLE} WHERE sha256 = ?", (sha256,))
    return rows.fetchone() is not None


def keep_file(sha256: str, path: Path, size: int) -> bool:
    """Make sure the open team database holds the content `sha256`: sent from `path` (a copy
    of `size` bytes) unless it holds it already. Meant to run in the write that records the
    attachment, so content and row are committed together.

    False when the database lacks it and `path` is no whole copy; DamagedCopyError (and the
    transaction cannot go on) when the copy turns out to have other content. On an SQLite
    file: True, the folder being the store."""
    database = _team()
    if database is None:
        return True
    if _has(database, sha256):
        return True
    if not is_whole_copy(path, size):
        return False
    with open(path, "rb") as reader, as_peewee_errors:
        cursor = database.cursor()
        with cursor.copy(f"COPY {TABLE} (sha256, data) FROM STDIN (FORMAT BINARY)") as copy:
            key = sha256.encode("ascii")
            copy.write(_COPY_SIGNATURE + struct.pack("!hi", 2, len(key)) + key)
            copy.write(struct.pack("!i", size))
            digest = hashlib.sha256()
            sent = 0
            while chunk := reader.read(CHUNK):
                sent += len(chunk)
                if sent > size:
                    break
                digest.update(chunk)
                copy.write(chunk)
            if sent != size or digest.hexdigest() != sha256:
                # Leaving the block with an error abandons the COPY: nothing is stored.
                raise DamagedCopyError(str(path))
            copy.write(_COPY_TRAILER)
    return True


def keep_bytes(sha256: str, data: bytes) -> None:
    """Make sure the open team database holds `data` (named `sha256`); nothing on an SQLite
    file."""
    database = _team()
    if database is None or _has(database, sha256):
        return
    database.execute_sql(
        f"INSERT INTO {TABLE} (sha256, data) VALUES (?, ?) ON CONFLICT (sha256) DO NOTHING",
        (sha256, data),
    )


def fetch(sha256: str, size: int, target: Path, source: object = None) -> bool:
    """Fetch the content `sha256` from the open team database (or the team database `source`)
    into `target`; False when the database does not hold it whole (or is an SQLite file,
    whose folder is the store).

    Written under a temporary name beside `target`, checked against its SHA-256, flushed to
    disk and only then renamed: `target` is never a half file. OSError when the folder
    cannot be written."""
    database = _team() if source is None else source
    if not isinstance(database, TeamDatabase):
        return False
    target.parent.mkdir(parents=True, exist_ok=True)
    out_fd, temp_name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=".tmp", dir=target.parent)
    temp = Path(temp_name)
    try:
        with os.fdopen(out_fd, "wb") as writer:
            if not _download(database, sha256, size, writer):
                return False
            writer.flush()
            os.fsync(writer.fileno())
        os.replace(temp, target)
        fsync_dir(target.parent)
        return True
    finally:
        temp.unlink(missing_ok=True)


def _download(database: TeamDatabase, sha256: str, size: int, writer: Any) -> bool:
    digest = hashlib.sha256()
    done = 0
    with as_peewee_errors:
        cursor = database.cursor()
        while True:
            cursor.execute(
                f"SELECT substring(data FROM %s FOR %s), octet_length(data) FROM {TABLE} "
                "WHERE sha256 = %s",
                (done + 1, SLICE, sha256),
                binary=True,
            )
            row = cursor.fetchone()
            if row is None or row[1] != size:
                return False
            part = bytes(row[0])
            writer.write(part)
            digest.update(part)
            done += len(part)
            if done >= size or not part:
                break
    return done == size and digest.hexdigest() == sha256


def content_of(path: Path, sha256: str, size: int) -> bool:
    """Whether `path` is a whole copy of the content `sha256` (read through)."""
    if not is_whole_copy(path, size):
        return False
    digest = hashlib.sha256()
    with open(path, "rb") as reader:
        while chunk := reader.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest() == sha256


def missing(limit: int) -> list[tuple[int, str]]:
    """(id, name) of the attachments whose content the open team database lacks or holds
    with another size, at most `limit`."""
    rows = db.execute_sql(
        f"SELECT a.id, a.original_name FROM attachment a LEFT JOIN {TABLE} b "
        "ON b.sha256 = a.sha256 WHERE b.sha256 IS NULL OR octet_length(b.data) <> a.size "
        "ORDER BY a.id LIMIT ?",
        (limit,),
    )
    return [(int(row[0]), str(row[1])) for row in rows]


def prune() -> int | None:
    """Delete the content no attachment refers to any more from the open team database; how
    many were deleted, or None when another session of the application has the database open
    (content of a file removed there stays, as its undo may put it back)."""
    database = _team()
    if database is None:
        return 0
    with database.atomic("IMMEDIATE"):
        others = database.execute_sql(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
            "AND application_name LIKE ? "
            "AND application_name <> current_setting('application_name')",
            (SESSION_PREFIX + "%",),
        ).fetchone()[0]
        if others:
            return None
        cursor = database.execute_sql(
            f"DELETE FROM {TABLE} WHERE sha256 NOT IN (SELECT sha256 FROM attachment)"
        )
        return int(cursor.rowcount)
