"""The attachment file store: safe, content-addressed copies, rows, undo and pruning."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import threading
from pathlib import Path

import pytest

from accountmgr.domain import clock, deals, files, organizations
from accountmgr.domain.changes import Kind
from accountmgr.domain.errors import Cancelled, NotFoundError, ValidationError
from accountmgr.store.models import Attachment
from tests.conftest import TODAY


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


def _blobs() -> set[Path]:
    return {p for p in _store_files() if files._SHA256.fullmatch(p.name)}


@pytest.fixture
def org(store: Path) -> int:
    return organizations.create_organization("Acme").id


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
    [info] = files.files_of(org)
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
    assert sorted(f.original_name for f in files.files_of(org)) == ["a.txt", "b.txt", "c.txt"]


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
    before = _all_files(tmp_path)
    stored = files.copy_into_store(_source(tmp_path, "plain.txt", b"payload"))
    before |= {tmp_path / "outside" / "plain.txt"}

    created = files.record(org, stored, name)

    [info] = files.files_of(org)
    assert info.id == created.id
    assert info.original_name == shown
    gained = _all_files(tmp_path) - before
    assert gained == {files.stored_path(created.id)}
    assert all(p.is_relative_to(files.store_dir()) for p in gained)


@pytest.mark.parametrize("name", ["..\\..\\evil", "new\nline.txt", "..."])
def test_a_source_with_a_strange_name_is_stored_by_hash_only(
    tmp_path: Path, org: int, name: str
) -> None:
    source = _source(tmp_path, name, b"strange")
    before = _all_files(tmp_path)

    created = files.attach(org, source)

    gained = _all_files(tmp_path) - before
    digest = hashlib.sha256(b"strange").hexdigest()
    assert gained == {files.store_dir() / digest[:2] / digest}
    [info] = files.files_of(org)
    assert info.id == created.id
    assert "\n" not in info.original_name
    assert "\\" not in info.original_name


def test_a_long_name_is_shortened_keeping_its_extension() -> None:
    cleaned = files.clean_original_name("x" * 400 + ".docx")
    assert len(cleaned) == 255
    assert cleaned.endswith("x.docx")
    assert files.clean_original_name("y" * 400) == "y" * 255


def _assert_nothing_attached(org: int) -> None:
    assert files.files_of(org) == []
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
    assert [f.original_name for f in files.files_of(org)] == ["fits.bin"]


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

    listed = files.files_of(org)

    assert [f.id for f in listed] == [newest.id, middle.id, oldest.id]
    assert [f.created_at.hour for f in listed] == [12, 11, 10]
    assert [(f.person_id, f.person_name, f.deal_id, f.deal_title) for f in listed] == [
        (None, None, deal, "Renewal 2027"),
        (person, "Ada Lovelace", deal, "Renewal 2027"),
        (person, "Ada Lovelace", None, None),
    ]
    assert [f.original_name for f in files.files_of(other_org)] == ["4.txt"]


def test_files_of_reads_fifty_files_in_one_query(tmp_path: Path, org: int) -> None:
    stored = files.copy_into_store(_source(tmp_path, "many.txt", b"many"))
    for i in range(50):
        files.record(org, stored, f"file {i}.txt")
    listed = files.files_of(org)
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
    before = files.files_of(org)
    blob = files.stored_path(created.id)

    removed, change = files.remove(created.id)

    assert change.org_ids == {org}
    assert Kind.FILE in change.kinds
    assert removed.id == created.id
    assert [f.id for f in files.files_of(org)] == [before[0].id]
    assert blob.read_bytes() == b"a"  # kept for undo

    change = files.restore(removed)

    assert change.org_ids == {org}
    assert files.files_of(org) == before
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

    [info] = files.files_of(org)
    assert (info.id, info.person_id, info.deal_id) == (created.id, None, None)


def test_restore_into_a_deleted_organization_is_refused(tmp_path: Path, org: int) -> None:
    created = files.attach(org, _source(tmp_path, "contract.pdf", b"a"))
    removed, _ = files.remove(created.id)
    organizations.delete_organization(org)

    with pytest.raises(NotFoundError, match=r"“contract\.pdf” cannot be put back"):
        files.restore(removed)
    assert Attachment.select().count() == 0


def test_stored_path_names_the_file_when_its_copy_is_gone(tmp_path: Path, org: int) -> None:
    created = files.attach(org, _source(tmp_path, "minutes.odt", b"minutes"))
    path = files.stored_path(created.id)
    path.unlink()

    with pytest.raises(files.MissingFileError, match=r"“minutes\.odt” is missing") as caught:
        files.stored_path(created.id)
    assert caught.value.params == {"name": "minutes.odt"}


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
