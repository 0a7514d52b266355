"""The attachment file store: safe, content-addressed copies, rows, undo and pruning."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

import psycopg
import pytest

from accountmgr.domain import account_detail, clock, deals, files, organizations
from accountmgr.domain.changes import Kind
from accountmgr.domain.errors import Cancelled, NotFoundError, ValidationError
from accountmgr.store import blobs
from accountmgr.store.database import close_database
from accountmgr.store.models import Attachment, db
from accountmgr.store.postgres import ServerAddress, server_address
from accountmgr.store.server import connect, open_server
from tests import postgres_server
from tests.conftest import TODAY, new_team_database


def _source(tmp_path: Path, name: str, content: bytes) -> Path:
    folder = tmp_path / "outside"
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_bytes(content)
    return path


def _all_files(root: Path) -> set[Path]:
    """Every file and link under `root`, without following links."""
    found = set()
    for here, dirs, names in os.walk(root, followlinks=False):
        for name in names + [d for d in dirs if os.path.islink(os.path.join(here, d))]:
            found.add(Path(here, name))
    return found


def _store_files() -> set[Path]:
    folder = files.store_dir()
    return _all_files(folder) if folder.exists() else set()


def _everything(root: Path) -> set[Path]:
    """Every file under `root` and in the file store (which a team database keeps in this
    machine's cache folder, elsewhere)."""
    return _all_files(root) | _store_files()


def _blobs() -> set[Path]:
    return {p for p in _store_files() if files._SHA256.fullmatch(p.name)}


@pytest.fixture
def org(store: Path) -> int:
    return organizations.create_organization("Acme").id


@pytest.mark.sqlite_only
def test_the_store_is_a_files_folder_beside_the_database(store: Path) -> None:
    assert files.store_dir() == store.parent.absolute() / "files"


def test_attach_copies_the_bytes_under_their_sha256(tmp_path: Path, org: int) -> None:
    content = os.urandom(3 * files.CHUNK + 123)  # several chunks, the last one partial
    source = _source(tmp_path, "report.pdf", content)

    created = files.attach(org, source)

    assert created.change.org_ids == {org}
    assert created.change.kinds == {Kind.FILE}
    path = files.stored_path(created.id)
    digest = hashlib.sha256(content).hexdigest()
    assert path == files.store_dir() / digest[:2] / digest
    assert path.read_bytes() == content
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest
    [info] = account_detail.files_of(org)
    assert (info.id, info.original_name, info.size, info.sha256) == (
        created.id,
        "report.pdf",
        len(content),
        digest,
    )
    assert info.created_at.date() == TODAY
    assert source.read_bytes() == content  # the original is left alone
    assert _store_files() == {path}  # no temporary file left over


def test_an_empty_file_can_be_attached(tmp_path: Path, org: int) -> None:
    created = files.attach(org, _source(tmp_path, "empty.txt", b""))
    path = files.stored_path(created.id)
    assert path.name == hashlib.sha256(b"").hexdigest()
    assert path.read_bytes() == b""


def test_the_same_content_is_stored_once(tmp_path: Path, org: int) -> None:
    first = files.attach(org, _source(tmp_path, "a.txt", b"same content"))
    second = files.attach(org, _source(tmp_path, "b.txt", b"same content"))
    other = files.attach(org, _source(tmp_path, "c.txt", b"other content"))

    assert first.id != second.id
    assert files.stored_path(first.id) == files.stored_path(second.id)
    assert files.stored_path(other.id) != files.stored_path(first.id)
    assert len(_blobs()) == 2
    assert _store_files() == _blobs()
    assert sorted(f.original_name for f in account_detail.files_of(org)) == [
        "a.txt",
        "b.txt",
        "c.txt",
    ]


def test_a_damaged_stored_copy_is_replaced_by_a_new_attach(tmp_path: Path, org: int) -> None:
    content = b"the real content"
    digest = hashlib.sha256(content).hexdigest()
    damaged = files.store_dir() / digest[:2] / digest
    damaged.parent.mkdir(parents=True)
    damaged.write_bytes(b"the re")

    created = files.attach(org, _source(tmp_path, "x.txt", content))

    assert files.stored_path(created.id).read_bytes() == content


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("../../evil.txt", "evil.txt"),
        ("..\\..\\evil", "evil"),
        ("/etc/passwd", "passwd"),
        ("C:\\Windows\\system32\\drivers\\etc\\hosts", "hosts"),
        ("bad\x00na\nme\r.txt", "badname.txt"),
        ("invoice\u202efdp.exe", "invoicefdp.exe"),
        ("folder/", "folder"),
        ("", "file"),
        ("..", "file"),
        ("../..", "file"),
        (" \t\n", "file"),
    ],
)
def test_hostile_names_are_shown_cleaned_and_never_used_as_paths(
    tmp_path: Path, org: int, name: str, shown: str
) -> None:
    before = _everything(tmp_path)
    stored = files.copy_into_store(_source(tmp_path, "plain.txt", b"payload"))
    before |= {tmp_path / "outside" / "plain.txt"}

    created = files.record(org, stored, name)

    [info] = account_detail.files_of(org)
    assert info.id == created.id
    assert info.original_name == shown
    gained = _everything(tmp_path) - before
    assert gained == {files.stored_path(created.id)}
    assert all(p.is_relative_to(files.store_dir()) for p in gained)


@pytest.mark.posix_only
@pytest.mark.parametrize("name", ["..\\..\\evil", "new\nline.txt", "..."])
def test_a_source_with_a_strange_name_is_stored_by_hash_only(
    tmp_path: Path, org: int, name: str
) -> None:
    source = _source(tmp_path, name, b"strange")
    before = _everything(tmp_path)

    created = files.attach(org, source)

    gained = _everything(tmp_path) - before
    digest = hashlib.sha256(b"strange").hexdigest()
    assert gained == {files.store_dir() / digest[:2] / digest}
    [info] = account_detail.files_of(org)
    assert info.id == created.id
    assert "\n" not in info.original_name
    assert "\\" not in info.original_name


def test_a_long_name_is_shortened_keeping_its_extension() -> None:
    cleaned = files.clean_original_name("x" * 400 + ".docx")
    assert len(cleaned) == 255
    assert cleaned.endswith("x.docx")
    assert files.clean_original_name("y" * 400) == "y" * 255


def _assert_nothing_attached(org: int) -> None:
    assert account_detail.files_of(org) == []
    assert Attachment.select().count() == 0
    assert _store_files() == set()


def test_a_folder_is_refused(tmp_path: Path, org: int) -> None:
    folder = tmp_path / "outside" / "Reports"
    folder.mkdir(parents=True)
    with pytest.raises(ValidationError, match=r"“Reports” is a folder") as caught:
        files.attach(org, folder)
    assert caught.value.params == {"name": "Reports"}
    _assert_nothing_attached(org)


def test_a_missing_file_is_refused(tmp_path: Path, org: int) -> None:
    with pytest.raises(ValidationError, match=r"“gone\.pdf” does not exist"):
        files.attach(org, tmp_path / "gone.pdf")
    _assert_nothing_attached(org)


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="POSIX permissions")
def test_an_unreadable_file_is_refused(tmp_path: Path, org: int) -> None:
    if os.geteuid() == 0:
        pytest.skip("root can read any file")
    source = _source(tmp_path, "secret.txt", b"secret")
    source.chmod(0)
    try:
        with pytest.raises(ValidationError, match=r"“secret\.txt” cannot be read"):
            files.attach(org, source)
    finally:
        source.chmod(0o600)
    _assert_nothing_attached(org)


def test_a_file_that_refuses_to_open_is_refused(
    tmp_path: Path, org: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same as above where permissions cannot be taken away (as root, or on Windows)."""
    source = _source(tmp_path, "locked.xlsx", b"locked")
    real_open = os.open

    def refusing_open(path: object, *args: object, **kwargs: object) -> int:
        if Path(str(path)) == source:
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", refusing_open)
    with pytest.raises(ValidationError, match=r"“locked\.xlsx” cannot be read: permission denied"):
        files.attach(org, source)
    monkeypatch.undo()
    _assert_nothing_attached(org)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX FIFOs")
def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path: Path, org: int) -> None:
    fifo = tmp_path / "outside" / "pipe"
    fifo.parent.mkdir()
    os.mkfifo(fifo)
    with pytest.raises(ValidationError, match=r"“pipe” is not a regular file"):
        files.attach(org, fifo)
    _assert_nothing_attached(org)


def test_a_device_is_refused(org: int) -> None:
    device = Path("/dev/null")
    if not device.exists():
        pytest.skip("no /dev/null here")
    with pytest.raises(ValidationError, match="not a regular file"):
        files.attach(org, device)
    _assert_nothing_attached(org)


def test_a_file_over_the_size_limit_is_refused(
    tmp_path: Path, org: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(files, "MAX_SIZE", 10)
    with pytest.raises(ValidationError, match=r"“big\.bin” is too large"):
        files.attach(org, _source(tmp_path, "big.bin", b"x" * 11))
    _assert_nothing_attached(org)
    files.attach(org, _source(tmp_path, "fits.bin", b"x" * 10))
    assert [f.original_name for f in account_detail.files_of(org)] == ["fits.bin"]


def test_progress_reports_every_chunk(tmp_path: Path, org: int) -> None:
    size = 2 * files.CHUNK + 5
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return True

    files.attach(org, _source(tmp_path, "a.bin", b"a" * size), progress=progress)

    assert calls == [(0, size), (files.CHUNK, size), (2 * files.CHUNK, size), (size, size)]


@pytest.mark.parametrize("stop_after", [0, 1])
def test_cancelling_leaves_nothing_behind(tmp_path: Path, org: int, stop_after: int) -> None:
    calls = []

    def progress(done: int, total: int) -> bool:
        calls.append(done)
        return len(calls) <= stop_after

    with pytest.raises(Cancelled):
        files.attach(org, _source(tmp_path, "a.bin", b"a" * (3 * files.CHUNK)), progress=progress)

    assert len(calls) == stop_after + 1
    assert files.store_dir().is_dir()  # the copy had started
    _assert_nothing_attached(org)


def test_copying_runs_on_a_worker_thread(tmp_path: Path, org: int) -> None:
    source = _source(tmp_path, "from-thread.txt", b"threaded")
    result: list[files.StoredFile] = []
    worker = threading.Thread(target=lambda: result.append(files.copy_into_store(source)))
    worker.start()
    worker.join(10)

    [stored] = result
    assert stored == files.StoredFile(hashlib.sha256(b"threaded").hexdigest(), 8)
    created = files.record(org, stored, source.name)
    assert files.stored_path(created.id).read_bytes() == b"threaded"


def test_record_refuses_content_that_is_not_in_the_store(org: int) -> None:
    missing = files.StoredFile(hashlib.sha256(b"never copied").hexdigest(), 12)
    with pytest.raises(ValidationError, match="missing from the file store"):
        files.record(org, missing, "x.txt")
    with pytest.raises(ValidationError, match="was not copied"):
        files.record(org, files.StoredFile("../../etc/passwd", 1), "x.txt")
    assert Attachment.select().count() == 0


@pytest.fixture
def linked(org: int) -> tuple[int, int]:
    person = organizations.create_person("Ada Lovelace", org_id=org).id
    deal = deals.create_deal("Renewal 2027", org_id=org, value_minor=100, currency="EUR").id
    return person, deal


def test_files_of_lists_newest_first_with_person_and_deal(
    tmp_path: Path, org: int, linked: tuple[int, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    person, deal = linked
    other_org = organizations.create_organization("Other").id
    times = iter(dt.datetime.combine(TODAY, dt.time(h)) for h in (10, 12, 11, 13))
    monkeypatch.setattr(clock, "now", lambda: next(times))
    oldest = files.attach(org, _source(tmp_path, "1.txt", b"1"), person_id=person)
    newest = files.attach(org, _source(tmp_path, "2.txt", b"2"), deal_id=deal)
    middle = files.attach(org, _source(tmp_path, "3.txt", b"3"), person_id=person, deal_id=deal)
    files.attach(other_org, _source(tmp_path, "4.txt", b"4"), person_id=person)

    listed = account_detail.files_of(org)

    assert [f.id for f in listed] == [newest.id, middle.id, oldest.id]
    assert [f.created_at.hour for f in listed] == [12, 11, 10]
    assert [(f.person_id, f.person_name, f.deal_id, f.deal_title) for f in listed] == [
        (None, None, deal, "Renewal 2027"),
        (person, "Ada Lovelace", deal, "Renewal 2027"),
        (person, "Ada Lovelace", None, None),
    ]
    assert [f.original_name for f in account_detail.files_of(other_org)] == ["4.txt"]


def test_files_of_reads_fifty_files_in_one_query(tmp_path: Path, org: int) -> None:
    stored = files.copy_into_store(_source(tmp_path, "many.txt", b"many"))
    for i in range(50):
        files.record(org, stored, f"file {i}.txt")
    listed = account_detail.files_of(org)
    assert len(listed) == 50
    assert listed[0].original_name == "file 49.txt"  # same second: the later id first


def test_a_deal_of_another_organization_is_refused(
    tmp_path: Path, org: int, linked: tuple[int, int]
) -> None:
    other = organizations.create_organization("Other").id
    foreign = deals.create_deal("Theirs", org_id=other, currency="EUR").id
    source = _source(tmp_path, "a.txt", b"a")
    with pytest.raises(ValidationError, match="another organization"):
        files.attach(org, source, deal_id=foreign)
    with pytest.raises(ValidationError, match="no person with id 999"):
        files.attach(org, source, person_id=999)
    with pytest.raises(ValidationError, match="no deal with id 999"):
        files.attach(org, source, deal_id=999)
    assert Attachment.select().count() == 0
    files.attach(org, source, deal_id=linked[1])
    assert Attachment.select().count() == 1


def test_an_unknown_organization_is_refused_before_copying(tmp_path: Path, store: Path) -> None:
    with pytest.raises(NotFoundError, match="no organization with id 42"):
        files.attach(42, _source(tmp_path, "a.txt", b"a"))
    assert _store_files() == set()
    assert Attachment.select().count() == 0


def test_remove_and_restore_keep_the_id_and_the_row(
    tmp_path: Path, org: int, linked: tuple[int, int]
) -> None:
    person, deal = linked
    created = files.attach(org, _source(tmp_path, "a.txt", b"a"), person_id=person, deal_id=deal)
    files.attach(org, _source(tmp_path, "b.txt", b"b"))
    before = account_detail.files_of(org)
    blob = files.stored_path(created.id)

    removed, change = files.remove(created.id)

    assert change.org_ids == {org}
    assert Kind.FILE in change.kinds
    assert removed.id == created.id
    assert [f.id for f in account_detail.files_of(org)] == [before[0].id]
    assert blob.read_bytes() == b"a"  # kept for undo

    change = files.restore(removed)

    assert change.org_ids == {org}
    assert account_detail.files_of(org) == before
    assert files.stored_path(created.id) == blob
    with pytest.raises(ValidationError, match="attached already"):
        files.restore(removed)
    with pytest.raises(NotFoundError, match="no file with id 999"):
        files.remove(999)


def test_restore_drops_links_deleted_meanwhile(
    tmp_path: Path, org: int, linked: tuple[int, int]
) -> None:
    person, deal = linked
    created = files.attach(org, _source(tmp_path, "a.txt", b"a"), person_id=person, deal_id=deal)
    removed, _ = files.remove(created.id)
    organizations.delete_person(person)
    deals.delete_deal(deal)

    files.restore(removed)

    [info] = account_detail.files_of(org)
    assert (info.id, info.person_id, info.deal_id) == (created.id, None, None)


def test_restore_into_a_deleted_organization_is_refused(tmp_path: Path, org: int) -> None:
    created = files.attach(org, _source(tmp_path, "contract.pdf", b"a"))
    removed, _ = files.remove(created.id)
    organizations.delete_organization(org)

    with pytest.raises(NotFoundError, match=r"“contract\.pdf” cannot be put back"):
        files.restore(removed)
    assert Attachment.select().count() == 0


@pytest.mark.sqlite_only  # a team database's copy is fetched again (see below)
def test_stored_path_names_the_file_when_its_copy_is_gone(tmp_path: Path, org: int) -> None:
    created = files.attach(org, _source(tmp_path, "minutes.odt", b"minutes"))
    path = files.stored_path(created.id)
    path.unlink()

    with pytest.raises(files.MissingFileError, match=r"“minutes\.odt” is missing") as caught:
        files.stored_path(created.id)
    assert caught.value.params == {"name": "minutes.odt"}


@pytest.mark.sqlite_only
def test_stored_path_refuses_a_copy_of_the_wrong_size(tmp_path: Path, org: int) -> None:
    created = files.attach(org, _source(tmp_path, "minutes.odt", b"minutes"))
    files.stored_path(created.id).write_bytes(b"min")

    with pytest.raises(files.MissingFileError, match=r"“minutes\.odt” is damaged"):
        files.stored_path(created.id)


@pytest.fixture
def decoys(tmp_path: Path, store: Path) -> dict[str, Path]:
    """Files in and around the store that pruning must leave alone."""
    folder = files.store_dir()
    hexname = "f" * 64
    outside = tmp_path / "outside-target"
    outside.mkdir()
    target = outside / ("e" * 64)
    target.write_bytes(b"outside")
    (folder / "ee").mkdir(parents=True)
    found = {
        "top-level hex": folder / hexname,
        "wrong folder": folder / "ab" / hexname,
        "not hex": folder / "ff" / "notes.txt",
        "uppercase": folder / "ff" / hexname.upper(),
        "temp": folder / ".incoming-x.tmp",
        "outside": target,
    }
    for path in found.values():
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists():
            path.write_bytes(b"keep")
    link = folder / "ee" / target.name
    link.symlink_to(target)
    linked_folder = folder / "dd"
    linked_folder.symlink_to(outside, target_is_directory=True)
    found["link"] = link
    found["linked folder"] = linked_folder
    return found


@pytest.mark.posix_only
def test_prune_deletes_only_unreferenced_copies(
    tmp_path: Path, org: int, decoys: dict[str, Path]
) -> None:
    kept = files.attach(org, _source(tmp_path, "kept.txt", b"kept"))
    dropped = files.attach(org, _source(tmp_path, "dropped.txt", b"dropped"))
    shared = files.attach(org, _source(tmp_path, "shared.txt", b"shared"))
    files.attach(org, _source(tmp_path, "shared-too.txt", b"shared"))
    dropped_blob = files.stored_path(dropped.id)
    removed_shared, _ = files.remove(shared.id)
    files.remove(dropped.id)

    assert files.prune_unreferenced() == 1

    assert not dropped_blob.exists()
    assert not dropped_blob.parent.exists()  # its emptied folder went too
    assert files.stored_path(kept.id).read_bytes() == b"kept"
    files.restore(removed_shared)  # the other row still needed the copy
    assert files.stored_path(shared.id).read_bytes() == b"shared"
    for what, path in decoys.items():
        assert path.exists() or path.is_symlink(), what
    assert files.prune_unreferenced() == 0


def test_prune_with_no_store_folder_does_nothing(store: Path) -> None:
    assert not files.store_dir().exists()
    assert files.prune_unreferenced() == 0


@pytest.mark.sqlite_only
def test_check_names_an_attachment_whose_stored_copy_is_gone(store: Path, tmp_path: Path) -> None:
    from accountmgr.domain import integrity

    org = organizations.create_organization("Acme").id
    source = tmp_path / "Offer.txt"
    source.write_bytes(b"offer")
    made = files.attach(org, source)
    assert integrity.problems() == []

    files.stored_path(made.id).unlink()

    assert integrity.problems() == [
        f"file: the stored copy of “Offer.txt” (attachment {made.id}) is gone"
    ]


# -- a team database ------------------------------------------------------------------------
# These open a team database of their own (whether or not the run has --team): each member of
# the team is a connection of its own with a cache folder of its own.


@pytest.fixture
def team(
    pg_server: postgres_server.Server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[ServerAddress]:
    address = server_address(new_team_database(pg_server))
    monkeypatch.setattr(blobs, "cache_root", lambda: tmp_path / "cache-first")
    open_server(address)
    clock.pin_today(TODAY)
    yield address
    close_database()


@contextmanager
def _another_member(address: ServerAddress, cache: Path) -> Iterator[None]:
    """Act as another member of the team: another connection, another cache folder."""
    first = db.obj
    other = connect(address)
    db.initialize(other)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(blobs, "cache_root", lambda: cache)
        try:
            yield
        finally:
            other.close()
            db.initialize(first)


def _contents_in_database() -> dict[str, int]:
    """The content the team database keeps: size by SHA-256."""
    rows = db.execute_sql("SELECT sha256, octet_length(data) FROM attachment_blob")
    return {str(sha): int(size) for sha, size in rows}


def test_a_team_database_keeps_copies_in_a_cache_folder_named_without_the_password(
    team: ServerAddress, tmp_path: Path
) -> None:
    folder = files.store_dir()
    assert folder.parent == tmp_path / "cache-first"
    assert folder.name == blobs.cache_name(team)
    assert "secret" not in folder.name
    parts = urlsplit(team.url)
    spelled = [
        f"postgresql://{parts.username}:secret@{parts.hostname}:{parts.port}{parts.path}",
        f"postgres://{parts.username}:other@{str(parts.hostname).upper()}:{parts.port}{parts.path}",
    ]
    assert {blobs.cache_name(server_address(url)) for url in spelled} == {folder.name}
    elsewhere = f"postgresql://{parts.username}@{parts.hostname}:{parts.port}/another"
    assert blobs.cache_name(server_address(elsewhere)) != folder.name
    assert blobs.cache_name(server_address("postgresql://ann@host/crm")) == blobs.cache_name(
        server_address("postgresql://ann@host:5432/crm")
    )


def test_a_file_attached_by_one_member_opens_for_another_with_an_empty_cache(
    team: ServerAddress, tmp_path: Path
) -> None:
    content = os.urandom(2 * blobs.SLICE + 12345)  # read back in three slices
    org = organizations.create_organization("Acme").id
    created = files.attach(org, _source(tmp_path, "offer.pdf", content))
    digest = hashlib.sha256(content).hexdigest()
    assert _contents_in_database() == {digest: len(content)}

    second_cache = tmp_path / "cache-second"
    with _another_member(team, second_cache):
        assert files.store_dir().parent == second_cache
        assert not second_cache.exists()

        opened = files.openable_path(created.id)

        assert opened.name == "offer.pdf"
        assert opened.read_bytes() == content
        stored = files.stored_path(created.id)
        assert stored == files.store_dir() / digest[:2] / digest
        assert stored.read_bytes() == content
        assert not [p for p in _all_files(second_cache) if p.name.startswith(".incoming-")]
        assert files.missing_copies() == []


def test_the_same_content_attached_twice_is_kept_once_in_the_team_database(
    team: ServerAddress, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    org = organizations.create_organization("Acme").id
    other = organizations.create_organization("Other").id
    sent: list[str] = []
    keep = blobs.keep_file

    def counting(sha256: str, path: Path, size: int) -> bool:
        before = set(_contents_in_database())
        kept = keep(sha256, path, size)
        sent.extend(set(_contents_in_database()) - before)
        return kept

    monkeypatch.setattr(blobs, "keep_file", counting)
    first = files.attach(org, _source(tmp_path, "a.txt", b"same content"))
    second = files.attach(other, _source(tmp_path, "b.txt", b"same content"))
    with _another_member(team, tmp_path / "cache-second"):  # who has no copy of it yet
        files.attach(org, _source(tmp_path, "c.txt", b"same content"))

    digest = hashlib.sha256(b"same content").hexdigest()
    assert sent == [digest]
    assert _contents_in_database() == {digest: 12}
    assert files.stored_path(first.id) == files.stored_path(second.id)


@pytest.mark.parametrize("damage", ["deleted", "shortened", "a link"])
def test_a_missing_or_damaged_cached_copy_is_fetched_again(
    team: ServerAddress, tmp_path: Path, damage: str
) -> None:
    org = organizations.create_organization("Acme").id
    created = files.attach(org, _source(tmp_path, "minutes.odt", b"the minutes"))
    path = files.stored_path(created.id)
    path.unlink()
    if damage == "shortened":
        path.write_bytes(b"the min")
    elif damage == "a link":
        elsewhere = tmp_path / "elsewhere.txt"
        elsewhere.write_bytes(b"not the minutes")
        path.symlink_to(elsewhere)

    assert files.stored_path(created.id) == path
    assert not path.is_symlink()
    assert path.read_bytes() == b"the minutes"
    if damage == "a link":
        assert elsewhere.read_bytes() == b"not the minutes"  # never written through
    path.unlink()
    assert files.openable_path(created.id).read_bytes() == b"the minutes"


def test_content_the_team_database_lacks_is_named_by_check_and_when_opened(
    team: ServerAddress, tmp_path: Path
) -> None:
    from accountmgr.domain import integrity

    org = organizations.create_organization("Acme").id
    made = files.attach(org, _source(tmp_path, "Offer.txt", b"offer"))
    files.stored_path(made.id).unlink()
    assert integrity.problems() == []  # this machine's copy is only a copy

    db.execute_sql("DELETE FROM attachment_blob")

    assert integrity.problems() == [
        f"file: the stored copy of “Offer.txt” (attachment {made.id}) is gone"
    ]
    with pytest.raises(files.MissingFileError, match=r"“Offer\.txt” is missing"):
        files.stored_path(made.id)
    assert not [p for p in _store_files() if p.name.startswith(".incoming-")]


def test_a_damaged_copy_is_never_sent_to_the_team_database(
    team: ServerAddress, tmp_path: Path
) -> None:
    org = organizations.create_organization("Acme").id
    stored = files.copy_into_store(_source(tmp_path, "a.txt", b"the real content"))
    path = files.store_dir() / stored.sha256[:2] / stored.sha256
    path.write_bytes(b"the fake content")  # the same size

    with pytest.raises(files.MissingFileError, match=r"“a\.txt” is damaged"):
        files.record(org, stored, "a.txt")

    assert Attachment.select().count() == 0
    assert _contents_in_database() == {}
    path.write_bytes(b"the real content")
    files.record(org, stored, "a.txt")  # the connection goes on
    assert _contents_in_database() == {stored.sha256: stored.size}


def test_the_team_database_takes_files_up_to_its_own_limit(
    team: ServerAddress, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(blobs, "MAX_SIZE", 1024**2)
    org = organizations.create_organization("Acme").id
    with pytest.raises(ValidationError, match=r"team database \(at most 1 MiB\)"):
        files.attach(org, _source(tmp_path, "big.bin", b"x" * (1024**2 + 1)))
    assert Attachment.select().count() == 0
    files.attach(org, _source(tmp_path, "fits.bin", b"x" * 1024**2))
    assert Attachment.select().count() == 1


def test_removed_content_stays_while_another_session_has_the_team_database_open(
    team: ServerAddress, tmp_path: Path, pg_server: postgres_server.Server
) -> None:
    org = organizations.create_organization("Acme").id
    kept = files.attach(org, _source(tmp_path, "kept.txt", b"kept"))
    dropped = files.attach(org, _source(tmp_path, "dropped.txt", b"dropped"))
    dropped_copy = files.stored_path(dropped.id)
    removed, _ = files.remove(dropped.id)
    digest = removed.sha256

    # Another member's application (another process) could still undo the removal.
    with psycopg.connect(team.url, application_name="accountmgr 1-elsewhere"):
        assert files.prune_unreferenced() == 0
        assert digest in _contents_in_database()
        assert dropped_copy.exists()

    files.restore(removed)
    assert files.stored_path(dropped.id).read_bytes() == b"dropped"
    files.remove(dropped.id)

    assert files.prune_unreferenced() == 1

    assert set(_contents_in_database()) == {kept_sha := account_detail.files_of(org)[0].sha256}
    assert kept_sha == hashlib.sha256(b"kept").hexdigest()
    assert not dropped_copy.exists()
    assert files.stored_path(kept.id).read_bytes() == b"kept"
    assert files.prune_unreferenced() == 0


def test_undo_sends_content_pruned_meanwhile_again_from_this_machines_copy(
    team: ServerAddress, tmp_path: Path
) -> None:
    org = organizations.create_organization("Acme").id
    created = files.attach(org, _source(tmp_path, "plan.txt", b"the plan"))
    removed, _ = files.remove(created.id)
    db.execute_sql("DELETE FROM attachment_blob")  # as another member's start-up would

    files.restore(removed)

    assert _contents_in_database() == {removed.sha256: 8}
    with _another_member(team, tmp_path / "cache-second"):
        assert files.stored_path(created.id).read_bytes() == b"the plan"

    # Gone from the database and from this machine: the undo cannot put it back.
    removed, _ = files.remove(created.id)
    db.execute_sql("DELETE FROM attachment_blob")
    (files.store_dir() / removed.sha256[:2] / removed.sha256).unlink()
    with pytest.raises(files.MissingFileError, match=r"“plan\.txt” is missing"):
        files.restore(removed)
    assert Attachment.select().count() == 0


def test_demo_data_keeps_its_files_in_the_team_database(team: ServerAddress) -> None:
    from accountmgr.domain import demo, integrity

    result = demo.generate(40, seed=3, today=TODAY)

    assert result.files > 0
    assert integrity.problems() == []
    used = {str(sha) for (sha,) in db.execute_sql("SELECT sha256 FROM attachment")}
    assert set(_contents_in_database()) == used


def test_copy_takes_the_contents_of_files_into_a_team_database_and_back(
    pg_server: postgres_server.Server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from accountmgr.domain import database_copy, integrity
    from accountmgr.store.database import open_database

    monkeypatch.setattr(blobs, "cache_root", lambda: tmp_path / "cache")
    laptop = tmp_path / "laptop" / "accountmgr.db"
    laptop.parent.mkdir()
    open_database(laptop)
    org = organizations.create_organization("Acme").id
    content = os.urandom(blobs.SLICE + 10)
    files.attach(org, _source(tmp_path, "offer.pdf", content))
    files.attach(org, _source(tmp_path, "same.pdf", content))
    files.attach(org, _source(tmp_path, "note.txt", b"a note"))
    close_database()
    server = server_address(new_team_database(pg_server))

    into_server = database_copy.copy_database(laptop, server)

    assert into_server.files == 2
    assert sorted(_contents_in_database().values()) == [6, len(content)]
    assert integrity.problems() == []
    close_database()
    back = tmp_path / "snapshot" / "accountmgr.db"
    back.parent.mkdir()

    onto_laptop = database_copy.copy_database(server, back)

    assert onto_laptop.files == 2
    assert integrity.problems() == []
    [offer] = [f for f in account_detail.files_of(org) if f.original_name == "offer.pdf"]
    assert files.stored_path(offer.id).read_bytes() == content
    assert files.stored_path(offer.id).is_relative_to(back.parent / "files")
    close_database()
    other_server = server_address(new_team_database(pg_server))

    between_servers = database_copy.copy_database(server, other_server)

    assert between_servers.files == 2
    assert sorted(_contents_in_database().values()) == [6, len(content)]
    close_database()
