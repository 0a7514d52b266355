"""Files attached to an organization, optionally about one of its people or deals.

Attached files are copied into the file store, a `files/` folder beside the database file. A
team database keeps the content of its files itself, so that every member can open them, and
this machine's copies in a cache folder of that database's own, laid out alike (see
store.blobs): a copy missing there is fetched from the database when it is asked for. A
stored copy is named only by the SHA-256 of its content (`files/ab/abcdef…`), so the same content
is kept once however often it is attached, and nothing a person typed or picked ever becomes part
of a path written to. The original name is kept in the row, for display only.

Copying (`copy_into_store`) is the slow part and touches no database, so it can run on a worker
thread; `record` then writes the row (and, on a team database, sends the content along in the
same transaction). Removing a file keeps its stored copy, so the removal can be
undone; copies no row refers to any more are deleted by `prune_unreferenced` at start-up.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import re
import shutil
import stat
import tempfile
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, NoReturn

from accountmgr.domain import clock
from accountmgr.domain.changes import Change, Kind
from accountmgr.domain.errors import Cancelled, DomainError, NotFoundError, ValidationError
from accountmgr.domain.organizations import existing_org_id
from accountmgr.domain.writes import MAX_NAME, Created, check_links, fetch, write
from accountmgr.store import blobs
from accountmgr.store.database import is_live_file
from accountmgr.store.disk import fsync_dir, write_whole
from accountmgr.store.models import Attachment, Deal, Organization, Person, db

STORE_FOLDER = blobs.STORE_FOLDER
MAX_SIZE = 2 * 1024**3  # 2 GiB
CHUNK = 1024 * 1024
DEFAULT_NAME = "file"

_SHA256 = re.compile(r"[0-9a-f]{64}")
_FANOUT = re.compile(r"[0-9a-f]{2}")
_TEMP_PREFIX = blobs.TEMP_PREFIX
# Control characters, unpaired surrogates (undecodable bytes in a file name) and the bidi
# controls that can make "evil\u202etxt.exe" display as "evilexe.txt".
_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


class MissingFileError(DomainError):
    """The stored copy of an attached file is gone or damaged."""


@dataclass(frozen=True)
class StoredFile:
    """A file's content, safely in the store: its SHA-256 (hex) and size in bytes."""

    sha256: str
    size: int


@dataclass(frozen=True)
class RemovedFile:
    """Everything needed to put a removed attachment back, with the same id."""

    id: int
    organization_id: int | None
    person_id: int | None
    deal_id: int | None
    sha256: str
    original_name: str
    size: int
    created_at: dt.datetime


def store_dir() -> Path:
    """The file store: the `files/` folder beside the open database file, or this machine's
    cache folder of the open team database. Asks no database."""
    return blobs.local_folder()


def _blob_path(folder: Path, sha256: str) -> Path:
    if not _SHA256.fullmatch(sha256):
        raise ValueError(f"not a SHA-256 name: {sha256!r}")
    return folder / sha256[:2] / sha256


def clean_original_name(name: str) -> str:
    """The name to show for a file: its last path part (either separator), without control
    characters, at most MAX_NAME characters (the extension kept); "file" when nothing is left."""
    parts = [p for p in re.split(r"[/\\]", name) if p.strip() not in ("", ".", "..")]
    base = parts[-1] if parts else ""
    base = "".join(
        c for c in base if unicodedata.category(c) not in ("Cc", "Cs") and c not in _BIDI
    ).strip()
    if base in ("", ".", ".."):
        return DEFAULT_NAME
    if len(base) > MAX_NAME:
        stem, dot, ext = base.rpartition(".")
        if dot and stem and 0 < len(ext) <= 16:
            base = stem[: MAX_NAME - len(ext) - 1].rstrip() + "." + ext
        else:
            base = base[:MAX_NAME].rstrip()
    return base


def _shown(source: Path) -> str:
    """How a source file is named in messages."""
    return clean_original_name(source.name) if source.name else str(source)


def is_open_database(path: Path | str) -> bool:
    """True for the database file this process has open, or a file SQLite keeps beside it.

    Such a file must never be opened by anything but SQLite's own connection: on Linux and
    macOS, closing any other descriptor of it drops every lock the process holds on it.
    Decided from names and `stat` alone."""
    return is_live_file(path)


def refuse_open_database(target: Path) -> None:
    """ValidationError when a file about to be written is the open database: an export put in
    its place would replace the customer base."""
    if is_open_database(target):
        raise ValidationError(
            "{path} is the database accountmgr has open; choose another file name.",
            path=str(target),
        )


def _open_source(source: Path) -> tuple[int, int]:
    """An open descriptor on `source` and its size; ValidationError unless it is a readable
    regular file within the size limit (and not the open database)."""
    name = _shown(source)
    if is_open_database(source):
        raise ValidationError(
            "“{name}” is the database accountmgr has open; it cannot be attached. "
            "To keep a copy of it, use File ▸ Back up now.",
            name=name,
        )
    try:
        info = os.stat(source)
    except OSError as exc:
        raise _unreadable(exc, name) from None
    _check_kind(info, name)
    # O_NONBLOCK: should the file be swapped for a FIFO after the check, opening it must not
    # hang waiting for a writer; fstat below refuses it.
    flags = (
        os.O_RDONLY
        | getattr(os, "O_BINARY", 0)
        | getattr(os, "O_NONBLOCK", 0)
        | getattr(os, "O_NOCTTY", 0)
    )
    try:
        fd = os.open(source, flags)
    except OSError as exc:
        raise _unreadable(exc, name) from None
    try:
        info = os.fstat(fd)
        _check_kind(info, name)
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
    except BaseException:
        os.close(fd)
        raise
    return fd, info.st_size


def _unreadable(error: OSError, name: str) -> ValidationError:
    """What the person is told when the file `name` to attach cannot be read."""
    if isinstance(error, FileNotFoundError):
        return ValidationError("“{name}” does not exist (any more).", name=name)
    if isinstance(error, IsADirectoryError):
        return ValidationError("“{name}” is a folder, not a file.", name=name)
    if isinstance(error, PermissionError):
        return ValidationError("“{name}” cannot be read: permission denied.", name=name)
    return ValidationError(
        "“{name}” cannot be read: {reason}.", name=name, reason=error.strerror or str(error)
    )


def _check_kind(info: os.stat_result, name: str) -> None:
    if stat.S_ISDIR(info.st_mode):
        raise ValidationError("“{name}” is a folder, not a file.", name=name)
    if not stat.S_ISREG(info.st_mode):
        raise ValidationError(
            "“{name}” is not a regular file (it may be a device or a pipe) and cannot be attached.",
            name=name,
        )
    if info.st_size > _size_limit():
        _too_large(name)


def _size_limit() -> int:
    """The largest file the open database takes (a team database holds each as one value)."""
    return min(MAX_SIZE, blobs.MAX_SIZE) if blobs.in_database() else MAX_SIZE


def _too_large(name: str) -> NoReturn:
    limit = _size_limit()
    if limit < MAX_SIZE:
        raise ValidationError(
            "“{name}” is too large to attach to a team database (at most {limit} MiB).",
            name=name,
            limit=limit // 1024**2,
        )
    raise ValidationError(
        "“{name}” is too large to attach (at most {limit} GiB).",
        name=name,
        limit=MAX_SIZE // 1024**3,
    )


def copy_into_store(source: Path, progress: Callable[[int, int], bool] | None = None) -> StoredFile:
    """Copy `source` into the file store and return what was stored. Uses no database
    connection, so it can run on a worker thread.

    The content is streamed to a temporary file inside the store, hashed on the way, flushed to
    disk and only then renamed to its SHA-256 name; content already stored is kept once.
    `progress(done_bytes, total_bytes)` is called as the copy goes; returning False cancels it
    (raises Cancelled). On any failure no temporary file is left behind.
    """
    name = _shown(source)
    folder = store_dir()
    limit = _size_limit()
    fd, total = _open_source(source)
    with os.fdopen(fd, "rb") as reader:
        try:
            folder.mkdir(parents=True, exist_ok=True)
            out_fd, temp_name = tempfile.mkstemp(prefix=_TEMP_PREFIX, suffix=".tmp", dir=folder)
        except OSError as exc:
            raise ValidationError(
                "The file store {folder} cannot be written to: {reason}.",
                folder=str(folder),
                reason=exc.strerror or str(exc),
            ) from None
        temp = Path(temp_name)
        try:
            digest = hashlib.sha256()
            done = 0
            with os.fdopen(out_fd, "wb") as writer:
                if progress is not None and progress(0, total) is False:
                    raise Cancelled
                while chunk := _read(reader, name):
                    done += len(chunk)
                    if done > limit:
                        _too_large(name)
                    digest.update(chunk)
                    writer.write(chunk)
                    if progress is not None and progress(done, max(total, done)) is False:
                        raise Cancelled
                writer.flush()
                os.fsync(writer.fileno())
            sha = digest.hexdigest()
            final = _blob_path(folder, sha)
            final.parent.mkdir(exist_ok=True)
            if _is_blob(final, done):
                temp.unlink()
            else:
                os.replace(temp, final)
                fsync_dir(final.parent)
        except BaseException as exc:
            temp.unlink(missing_ok=True)
            if isinstance(exc, OSError):
                raise ValidationError(
                    "“{name}” could not be copied into the file store: {reason}.",
                    name=name,
                    reason=exc.strerror or str(exc),
                ) from exc
            raise
    return StoredFile(sha, done)


def store_bytes(data: bytes) -> StoredFile:
    """Store content made by the application itself (demo data), like `copy_into_store`; a
    team database gets the content at once (in the caller's transaction)."""
    if len(data) > _size_limit():
        _too_large("data")
    sha = hashlib.sha256(data).hexdigest()
    blobs.keep_bytes(sha, data)
    folder = store_dir()
    final = _blob_path(folder, sha)
    if _is_blob(final, len(data)):
        return StoredFile(sha, len(data))
    write_whole(final, lambda writer: writer.write(data), _TEMP_PREFIX)
    return StoredFile(sha, len(data))


def _read(reader: BinaryIO, name: str) -> bytes:
    try:
        chunk = reader.read(CHUNK)
    except OSError as exc:
        raise ValidationError(
            "“{name}” cannot be read: {reason}.", name=name, reason=exc.strerror or str(exc)
        ) from None
    return chunk


def _is_blob(path: Path, size: int) -> bool:
    """True when `path` is a stored copy (a regular file, not a link) of the given size."""
    return blobs.is_whole_copy(path, size)


def record(
    org_id: int,
    stored: StoredFile,
    original_name: str,
    *,
    person_id: int | None = None,
    deal_id: int | None = None,
) -> Created:
    """Attach a file already copied into the store to an organization (and a person or deal).
    On a team database its content goes to the database in the same transaction, unless the
    database holds it already."""
    if not isinstance(original_name, str):
        raise ValidationError("The file name must be text.")
    name = clean_original_name(original_name)
    if not _SHA256.fullmatch(stored.sha256) or stored.size < 0:
        raise ValidationError("“{name}” was not copied into the file store.", name=name)
    path = _blob_path(store_dir(), stored.sha256)
    if not _is_blob(path, stored.size):
        _not_in_store(name)
    with write(Kind.FILE) as w:
        existing_org_id(org_id)
        check_links(org_id, person_id, deal_id)
        attachment = Attachment.create(
            sha256=stored.sha256,
            original_name=name,
            size=stored.size,
            organization=org_id,
            person=person_id,
            deal=deal_id,
            created_at=clock.now(),
        )
        if not _keep_content(stored.sha256, path, stored.size, name):
            _not_in_store(name)
        w.touch(org_id)
    return Created(attachment.id, w.change)


def _not_in_store(name: str) -> NoReturn:
    raise ValidationError(
        "The copy of “{name}” is missing from the file store; please attach it again.",
        name=name,
    )


def _keep_content(sha256: str, path: Path, size: int, name: str) -> bool:
    """Inside a write: make sure the database keeps this content where it keeps content (a
    team database; see blobs.keep_file). False when it lacks it and `path` holds no copy."""
    try:
        return blobs.keep_file(sha256, path, size)
    except blobs.DamagedCopyError:
        raise MissingFileError(
            "The stored copy of “{name}” is damaged; please attach the file again.", name=name
        ) from None


def attach(
    org_id: int,
    source: Path,
    *,
    person_id: int | None = None,
    deal_id: int | None = None,
    progress: Callable[[int, int], bool] | None = None,
) -> Created:
    """Copy `source` into the store and attach it; the original name is kept for display."""
    existing_org_id(org_id)  # refuse early, before copying a large file for nothing
    stored = copy_into_store(source, progress)
    return record(org_id, stored, source.name, person_id=person_id, deal_id=deal_id)


def _datetime(value: object) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))


def remove(attachment_id: int) -> tuple[RemovedFile, Change]:
    """Detach a file. Its stored copy stays (so `restore` can undo this) until start-up pruning."""
    with write(Kind.FILE) as w:
        row = fetch(Attachment, attachment_id, "file")
        removed = RemovedFile(
            id=row.id,
            organization_id=row.organization_id,
            person_id=row.person_id,
            deal_id=row.deal_id,
            sha256=row.sha256,
            original_name=row.original_name,
            size=row.size,
            created_at=_datetime(row.created_at),
        )
        w.touch(row.organization_id)
        row.delete_instance()
    return removed, w.change


def restore(removed: RemovedFile) -> Change:
    """Put a removed file back, with the same id. A person or deal deleted meanwhile is left
    out, as deleting it would have unlinked the file."""
    with write(Kind.FILE) as w:
        org_id = removed.organization_id
        if org_id is None or Organization.get_or_none(Organization.id == org_id) is None:
            raise NotFoundError(
                "“{name}” cannot be put back: its organization no longer exists.",
                name=removed.original_name,
            )
        if Attachment.get_or_none(Attachment.id == removed.id) is not None:
            raise ValidationError("“{name}” is attached already.", name=removed.original_name)
        person_id = removed.person_id
        if person_id is not None and Person.get_or_none(Person.id == person_id) is None:
            person_id = None
        deal_id = removed.deal_id
        if deal_id is not None:
            deal = Deal.get_or_none(Deal.id == deal_id)
            if deal is None or deal.organization_id not in (None, removed.organization_id):
                deal_id = None
        # Content no attachment referred to may have been pruned meanwhile (on a team database
        # by another member starting up): this machine's copy, if it has one, is sent again.
        path = _blob_path(store_dir(), removed.sha256)
        if not _keep_content(removed.sha256, path, removed.size, removed.original_name):
            raise MissingFileError(
                "The stored copy of “{name}” is missing; please attach the file again.",
                name=removed.original_name,
            )
        Attachment.insert(
            id=removed.id,
            sha256=removed.sha256,
            original_name=removed.original_name,
            size=removed.size,
            organization=removed.organization_id,
            person=person_id,
            deal=deal_id,
            created_at=removed.created_at,
        ).execute()
        w.touch(removed.organization_id)
    return w.change


def stored_path(attachment_id: int) -> Path:
    """Where the stored copy of an attached file is, to open it with the system application.
    On a team database a copy this machine lacks (or holds damaged) is fetched first."""
    row = fetch(Attachment, attachment_id, "file")
    if not _SHA256.fullmatch(row.sha256):
        raise MissingFileError(
            "The stored copy of “{name}” is missing; please attach the file again.",
            name=row.original_name,
        )
    path = _blob_path(store_dir(), row.sha256)
    try:
        info: os.stat_result | None = os.lstat(path)
    except OSError:
        info = None
    if info is not None and stat.S_ISREG(info.st_mode) and info.st_size == row.size:
        return path
    try:
        if info is not None and stat.S_ISLNK(info.st_mode):
            path.unlink()  # never write through a link
        if blobs.fetch(row.sha256, row.size, path):
            return path
    except OSError as exc:
        raise MissingFileError(
            "“{name}” cannot be opened: {reason}", name=row.original_name, reason=exc.strerror
        ) from None
    if info is None:
        raise MissingFileError(
            "The stored copy of “{name}” is missing; please attach the file again.",
            name=row.original_name,
        )
    raise MissingFileError(
        "The stored copy of “{name}” is damaged; please attach the file again.",
        name=row.original_name,
    )


OPEN_FOLDER = "open"  # inside the store: copies under their own names, for other applications


def openable_path(attachment_id: int) -> Path:
    """A copy of the file under its original name, inside the store, for the system application
    (which needs the name's extension to know the file type). Made again when it was changed."""
    source = stored_path(attachment_id)
    row = fetch(Attachment, attachment_id, "file")
    name = re.sub(r'[<>:"|?*]', "_", clean_original_name(str(row.original_name)))
    if name in (".", "..") or name.startswith("."):
        name = DEFAULT_NAME + name
    # By content, not by attachment id: ids are reused after a delete, contents never change.
    folder = store_dir() / OPEN_FOLDER / str(row.sha256)
    target = folder / name
    if target.parent != folder:  # a cleaned name never holds a separator; be sure anyway
        raise MissingFileError("“{name}” cannot be opened.", name=row.original_name)
    try:
        if target.is_symlink():
            target.unlink()
        if not (target.is_file() and target.stat().st_size == row.size):
            folder.mkdir(parents=True, exist_ok=True)
            temp = folder / (_TEMP_PREFIX + "open.tmp")
            shutil.copyfile(source, temp)
            os.replace(temp, target)
    except OSError as exc:
        raise MissingFileError(
            "“{name}” cannot be opened: {reason}", name=row.original_name, reason=exc.strerror
        ) from None
    return target


def missing_copies(limit: int = 20) -> list[str]:
    """Attachments whose stored copy is missing or has another size (for `check`): in the
    folder beside an SQLite file, in a team database itself."""
    if blobs.in_database():
        return [
            f"file: the stored copy of “{name}” (attachment {attachment_id}) is gone"
            for attachment_id, name in blobs.missing(limit)
        ]
    folder = store_dir()
    found: list[str] = []
    for attachment_id, stored, name, size in db.execute_sql(
        "SELECT id, sha256, original_name, size FROM attachment ORDER BY id"
    ):
        sha = str(stored)
        if not (_SHA256.fullmatch(sha) and _is_blob(_blob_path(folder, sha), int(size))):
            found.append(f"file: the stored copy of “{name}” (attachment {attachment_id}) is gone")
            if len(found) >= limit:
                break
    return found


def prune_unreferenced() -> int:
    """Delete stored copies no attachment refers to; returns how many were deleted.

    Only regular files named by a SHA-256 inside their two-character folder of the store are
    considered; links are never followed and nothing else is touched. On a team database the
    content no attachment refers to is deleted from the database (the number returned) and
    this machine's copies of it from its cache folder; nothing is deleted while another
    session of the application has the database open, as its undo may need the content.
    """
    folder = store_dir()
    in_database = blobs.in_database()
    pruned = blobs.prune() if in_database else 0
    if pruned is None:
        return 0
    referenced = {
        str(sha).lower() for (sha,) in db.execute_sql("SELECT DISTINCT sha256 FROM attachment")
    }
    deleted = _prune_folder(folder, referenced)
    _clear_open_copies(folder)
    return pruned if in_database else deleted


def _prune_folder(folder: Path, referenced: set[str]) -> int:
    """Delete the copies in `folder` that are not `referenced`; how many were deleted."""
    deleted = 0
    try:
        tops = list(os.scandir(folder))
    except OSError:
        return 0
    for top in tops:
        if not (_FANOUT.fullmatch(top.name) and top.is_dir(follow_symlinks=False)):
            continue
        try:
            entries = list(os.scandir(top.path))
        except OSError:
            continue
        for entry in entries:
            name = entry.name
            if (
                _SHA256.fullmatch(name)
                and name.startswith(top.name)
                and name not in referenced
                and entry.is_file(follow_symlinks=False)
            ):
                try:
                    os.unlink(entry.path)
                except OSError:
                    continue
                deleted += 1
        with contextlib.suppress(OSError):
            os.rmdir(top.path)  # only succeeds when empty
    return deleted


def _clear_open_copies(folder: Path) -> None:
    """The copies handed to other applications in an earlier session (a copy still held open
    elsewhere, as Windows does, stays until a later start)."""
    opened = folder / OPEN_FOLDER
    if opened.is_dir() and not opened.is_symlink():
        shutil.rmtree(opened, ignore_errors=True)
