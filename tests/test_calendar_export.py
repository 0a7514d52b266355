"""Activities as iCalendar: the file is parsed with the `icalendar` package and every event is
checked against the database; then the filters, stable UIDs, folding, escaping, atomic writing
and the `export-ics` command."""

from __future__ import annotations

import datetime as dt
import re
import tempfile
from pathlib import Path
from typing import Any, NamedTuple

import icalendar
import pytest

import accountmgr
from accountmgr.cli import main
from accountmgr.domain import activities, calendar_export, deals, export_files, organizations
from accountmgr.domain.calendar_export import escape_text, export_ics, fold
from accountmgr.domain.errors import DomainError, ValidationError
from accountmgr.store.database import close_database, open_database, open_target, target_of
from accountmgr.store.models import Activity, ActivityType, Deal, Organization, Person, User, db

from .conftest import TODAY

UID = re.compile(r"activity-(\d+)-([0-9a-f]{16})@accountmgr")
LONG_NOTE = (
    "Première ligne: ünïcødé, 日本語のテキスト and emoji 🎉🚀 — "
    + "Ü€😀" * 40
    + "\nsecond line; with a semicolon, a comma and a back\\slash\r\nthird line"
)


class Sample(NamedTuple):
    ann: int
    bob: int
    acme: int
    ids: dict[str, int]


# --- helpers -------------------------------------------------------------------------------------


def to_ics(**options: Any) -> str:
    """The calendar `export_ics` writes with these options, as text (CRLF line endings kept)."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "calendar.ics"
        export_ics(path, **options)
        return path.read_bytes().decode("utf-8")


def parse(text: str) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(text)


def events(text: str) -> dict[int, icalendar.Event]:
    """The events of a calendar by activity id (taken from the UID)."""
    found: dict[int, icalendar.Event] = {}
    for event in parse(text).walk("VEVENT"):
        match = UID.fullmatch(str(event["UID"]))
        assert match, event["UID"]
        activity_id = int(match[1])
        assert activity_id not in found, "two events for one activity"
        found[activity_id] = event
    return found


def expected_summary(activity: Activity) -> str:
    text = f"{activity.type.name}: {activity.subject}"
    if activity.organization_id is not None:
        text += f" — {Organization.get_by_id(activity.organization_id).name}"
    return ("✓ " if activity.done else "") + text


def check_against_database(text: str, expected_ids: set[int]) -> None:
    """Every event matches its activity; the events are exactly `expected_ids`."""
    found = events(text)
    assert set(found) == expected_ids
    token = calendar_export.uid_token()
    assert all(str(e["UID"]).endswith(f"-{token}@accountmgr") for e in found.values())
    for activity_id, event in found.items():
        activity = Activity.get_by_id(activity_id)
        assert str(event["SUMMARY"]) == expected_summary(activity)
        assert [str(c) for c in event["CATEGORIES"].cats] == [activity.type.name]
        assert str(event["STATUS"]) == "CONFIRMED"
        start, end = event.decoded("DTSTART"), event.decoded("DTEND")
        if activity.due_time is None:
            assert type(start) is dt.date, "an activity without a time is an all-day event"
            assert start == activity.due_date
            assert end == activity.due_date + dt.timedelta(days=1)
        else:
            assert isinstance(start, dt.datetime)
            assert start.tzinfo is None, "timed events are in floating local time"
            assert start == dt.datetime.combine(activity.due_date, activity.due_time)
            minutes = activity.duration_min or 30
            assert end - start == dt.timedelta(minutes=minutes)
        description = str(event.get("DESCRIPTION", ""))
        note = activity.note.replace("\r\n", "\n").strip()
        assert description.startswith(note)
        if activity.person_id is not None:
            assert f"Person: {Person.get_by_id(activity.person_id).name}" in description
        if activity.deal_id is not None:
            assert f"Deal: {Deal.get_by_id(activity.deal_id).title}" in description
        if activity.assignee_id is not None:
            assert f"Assigned to: {User.get_by_id(activity.assignee_id).name}" in description


def physical_lines(data: bytes) -> list[bytes]:
    assert data.endswith(b"\r\n")
    lines = data[:-2].split(b"\r\n")
    for line in lines:
        assert b"\r" not in line
        assert b"\n" not in line
    return lines


def ids_where(*conditions: Any) -> set[int]:
    query = Activity.select(Activity.id)
    for condition in conditions:
        query = query.where(condition)
    return {row[0] for row in query.tuples()}


# --- fixtures ------------------------------------------------------------------------------------


@pytest.fixture
def sample(store: Path) -> Sample:
    """Two users, activities timed and all-day, open and done, with and without links."""
    ann = organizations.create_user("Ann")
    bob = organizations.create_user("Bob")
    acme = organizations.create_organization("Acme").id
    odd = organizations.create_organization("Comma, Semi; Back\\slash AG").id
    jane = organizations.create_person("Jane Doe", org_id=acme).id
    deal = deals.create_deal("Renewal 2027", org_id=acme, currency="EUR").id
    call, meeting, task = (activities.type_id(k) for k in ("call", "meeting", "task"))
    day = TODAY
    ids = {
        "timed": activities.create_activity(
            "Satisfaction call",
            day,
            type_id=call,
            org_id=acme,
            person_id=jane,
            due_time=dt.time(10, 0),
            duration_min=45,
            assignee_id=ann,
            note="Ask about the rollout.",
        ).id,
        "no_duration": activities.create_activity(
            "Quick check", day, type_id=call, org_id=acme, due_time=dt.time(23, 50), assignee_id=bob
        ).id,
        "zero_duration": activities.create_activity(
            "Zero", day + dt.timedelta(days=1), type_id=task, due_time=dt.time(9, 0), duration_min=0
        ).id,
        "all_day": activities.create_activity(
            "Account review",
            day + dt.timedelta(days=7),
            type_id=meeting,
            org_id=acme,
            deal_id=deal,
            assignee_id=ann,
        ).id,
        "odd": activities.create_activity(
            "Semi; comma, back\\slash",
            day - dt.timedelta(days=3),
            type_id=task,
            org_id=odd,
            note=LONG_NOTE,
            assignee_id=bob,
        ).id,
        "done": activities.create_activity(
            "Done call", day - dt.timedelta(days=1), type_id=call, org_id=acme, assignee_id=ann
        ).id,
        "far": activities.create_activity(
            "Next year", dt.date(2027, 3, 1), type_id=call, org_id=acme, assignee_id=ann
        ).id,
    }
    activities.mark_done(ids["done"])
    return Sample(ann, bob, acme, ids)


# --- the whole file against the database ---------------------------------------------------------


def test_every_open_activity_is_one_event_matching_the_database(sample: Sample) -> None:
    text = to_ics()
    check_against_database(text, ids_where(Activity.done == False))  # noqa: E712
    assert sample.ids["done"] not in events(text)


def test_calendar_header(sample: Sample) -> None:
    calendar = parse(to_ics())
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["PRODID"]) == f"-//accountmgr//accountmgr {accountmgr.__version__}//EN"
    assert str(calendar["CALSCALE"]) == "GREGORIAN"
    assert str(calendar["METHOD"]) == "PUBLISH"
    assert str(calendar["X-WR-CALNAME"]) == "accountmgr activities"
    named = parse(to_ics(owner=sample.ann))
    assert str(named["X-WR-CALNAME"]) == "accountmgr activities — Ann"


def test_timed_and_all_day_events_as_written(sample: Sample) -> None:
    found = events(to_ics())
    timed = found[sample.ids["timed"]]
    assert timed.decoded("DTSTART") == dt.datetime(2026, 11, 24, 10, 0)
    assert timed.decoded("DTEND") == dt.datetime(2026, 11, 24, 10, 45)
    assert str(timed["SUMMARY"]) == "Call: Satisfaction call — Acme"
    assert str(timed["DESCRIPTION"]) == (
        "Ask about the rollout.\n\nPerson: Jane Doe\nAssigned to: Ann"
    )
    # Without a duration (or 0) an event lasts 30 minutes, past midnight if need be.
    late = found[sample.ids["no_duration"]]
    assert late.decoded("DTEND") == dt.datetime(2026, 11, 25, 0, 20)
    zero = found[sample.ids["zero_duration"]]
    assert zero.decoded("DTEND") - zero.decoded("DTSTART") == dt.timedelta(minutes=30)
    assert str(zero["SUMMARY"]) == "Task: Zero"  # no organization
    assert "DESCRIPTION" not in zero
    all_day = found[sample.ids["all_day"]]
    assert all_day.decoded("DTSTART") == dt.date(2026, 12, 1)
    assert all_day.decoded("DTEND") == dt.date(2026, 12, 2)
    assert str(all_day["DESCRIPTION"]) == "Deal: Renewal 2027\nAssigned to: Ann"


def test_raw_date_forms(sample: Sample) -> None:
    lines = to_ics().split("\r\n")
    assert "DTSTART:20261124T100000" in lines
    assert "DTEND:20261124T104500" in lines
    assert "DTSTART;VALUE=DATE:20261201" in lines
    assert "DTEND;VALUE=DATE:20261202" in lines
    assert not any("TZID" in line for line in lines)
    stamps = [line for line in lines if line.startswith("DTSTAMP:")]
    assert stamps
    assert all(re.fullmatch(r"DTSTAMP:\d{8}T\d{6}Z", line) for line in stamps)


def test_done_activities_only_when_asked(sample: Sample) -> None:
    text = to_ics(include_done=True)
    check_against_database(text, ids_where())
    done = events(text)[sample.ids["done"]]
    assert str(done["SUMMARY"]) == "✓ Call: Done call — Acme"
    done_time = Activity.get_by_id(sample.ids["done"]).done_time
    assert f"Done: {done_time:%Y-%m-%d %H:%M}" in str(done["DESCRIPTION"])


# --- filters -------------------------------------------------------------------------------------


def test_owner_filter_is_the_assignee(sample: Sample) -> None:
    text = to_ics(owner=sample.ann)
    expected = ids_where(Activity.done == False, Activity.assignee == sample.ann)  # noqa: E712
    assert expected == {sample.ids["timed"], sample.ids["all_day"], sample.ids["far"]}
    check_against_database(text, expected)
    with_done = to_ics(owner=sample.ann, include_done=True)
    check_against_database(with_done, ids_where(Activity.assignee == sample.ann))


def test_date_range_is_inclusive(sample: Sample) -> None:
    start, end = TODAY, TODAY + dt.timedelta(days=7)
    text = to_ics(start=start, end=end)
    expected = {
        sample.ids[k] for k in ("timed", "no_duration", "zero_duration", "all_day")
    }  # today and a week later are both included
    assert expected == ids_where(
        Activity.done == False,  # noqa: E712
        Activity.due_date >= start,
        Activity.due_date <= end,
    )
    check_against_database(text, expected)
    assert set(events(to_ics(start=dt.date(2027, 3, 1)))) == {sample.ids["far"]}
    assert set(events(to_ics(end=TODAY - dt.timedelta(days=3)))) == {sample.ids["odd"]}
    assert events(to_ics(start=TODAY + dt.timedelta(days=8), end=dt.date(2027, 2, 28))) == {}
    one_day = to_ics(start=TODAY - dt.timedelta(days=1), end=TODAY - dt.timedelta(days=1))
    assert set(events(one_day)) == set()
    yesterday = TODAY - dt.timedelta(days=1)
    with_done = to_ics(start=yesterday, end=yesterday, include_done=True)
    assert set(events(with_done)) == {sample.ids["done"]}


def test_bad_filters_are_refused(sample: Sample, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="starts"):
        to_ics(start=TODAY, end=TODAY - dt.timedelta(days=1))
    with pytest.raises(ValidationError, match="no user"):
        to_ics(owner=9999)
    target = tmp_path / "out.ics"
    with pytest.raises(ValidationError):
        export_ics(target, start=TODAY, end=TODAY - dt.timedelta(days=1))
    assert not target.exists()


def test_empty_database_gives_an_empty_calendar(store: Path, tmp_path: Path) -> None:
    target = tmp_path / "empty.ics"
    assert export_ics(target) == 0
    calendar = parse(target.read_text(encoding="utf-8"))
    assert calendar.walk("VEVENT") == []
    assert str(calendar["VERSION"]) == "2.0"


# --- stable UIDs ---------------------------------------------------------------------------------


def test_uids_are_stable_across_exports_and_sequence_grows(sample: Sample) -> None:
    first = events(to_ics(now=dt.datetime(2026, 11, 24, 9, 0, tzinfo=dt.UTC)))
    activities.update_activity(sample.ids["timed"], due_date=TODAY + dt.timedelta(days=2))
    second = events(to_ics(now=dt.datetime(2026, 11, 24, 9, 1, tzinfo=dt.UTC)))
    assert {str(e["UID"]) for e in first.values()} == {str(e["UID"]) for e in second.values()}
    for activity_id, event in second.items():
        assert str(event["UID"]) == str(first[activity_id]["UID"])
        assert event.decoded("SEQUENCE") > first[activity_id].decoded("SEQUENCE")
        assert event.decoded("DTSTAMP") > first[activity_id].decoded("DTSTAMP")
    assert second[sample.ids["timed"]].decoded("DTSTART") == dt.datetime(2026, 11, 26, 10, 0)
    # Two exports right after each other: SEQUENCE is never lower.
    a, b = events(to_ics()), events(to_ics())
    for activity_id, event in b.items():
        assert event.decoded("SEQUENCE") >= a[activity_id].decoded("SEQUENCE")
        assert 0 < event.decoded("SEQUENCE") < 2**31


def test_token_is_made_once_and_differs_between_databases(sample: Sample, tmp_path: Path) -> None:
    token = calendar_export.uid_token()
    assert re.fullmatch(r"[0-9a-f]{16}", token)
    assert calendar_export.uid_token() == token
    rows = db.execute_sql("SELECT value FROM setting WHERE key = 'calendar_uid_token'").fetchall()
    assert rows == [(token,)]
    uid = str(events(to_ics())[sample.ids["timed"]]["UID"])
    assert uid == f"activity-{sample.ids['timed']}-{token}@accountmgr"

    close_database()
    other = tmp_path / "other.db"
    open_database(other)
    try:
        assert calendar_export.uid_token() != token
    finally:
        close_database()


def test_token_is_created_on_first_export(store: Path) -> None:
    query = "SELECT count(*) FROM setting WHERE key = 'calendar_uid_token'"
    assert db.execute_sql(query).fetchone() == (0,)
    to_ics()
    assert db.execute_sql(query).fetchone() == (1,)


# --- folding and escaping ------------------------------------------------------------------------


def test_lines_are_crlf_and_folded_at_75_octets(sample: Sample, tmp_path: Path) -> None:
    target = tmp_path / "cal.ics"
    export_ics(target, include_done=True)
    data = target.read_bytes()
    lines = physical_lines(data)
    assert any(line.startswith(b" ") for line in lines), "the long note must be folded"
    for line in lines:
        assert len(line) <= 75, line
        line.decode("utf-8")  # no character was split between two lines
    event = events(data.decode("utf-8"))[sample.ids["odd"]]
    assert str(event["DESCRIPTION"]).startswith(LONG_NOTE.replace("\r\n", "\n"))


@pytest.mark.parametrize(
    "text",
    [
        "",
        "a" * 75,
        "a" * 76,
        "a" * 74 + "é",  # the two-octet character would end at octet 76
        "é" * 100,
        "€" * 50,
        "😀" * 40,
        "x" + "😀" * 30 + "yz" * 40,
    ],
)
def test_fold_never_exceeds_75_octets_nor_splits_a_character(text: str) -> None:
    folded = fold(text)
    assert folded.endswith("\r\n")
    lines = folded.encode("utf-8")[:-2].split(b"\r\n")
    for index, line in enumerate(lines):
        assert len(line) <= 75
        line.decode("utf-8")
        if index:
            assert line.startswith(b" ")
            assert len(line) > 1
    assert "".join(line.decode("utf-8")[1 if i else 0 :] for i, line in enumerate(lines)) == text
    if len(text.encode("utf-8")) <= 75:
        assert len(lines) == 1


def test_escape_text() -> None:
    assert escape_text("a;b,c\\d") == "a\\;b\\,c\\\\d"
    assert escape_text("one\ntwo\r\nthree\rfour") == "one\\ntwo\\nthree\\nfour"
    assert escape_text("tab\there\x00\x07\x7f") == "tab\there"
    assert escape_text("\\n") == "\\\\n"  # a backslash then n stays that


def test_escaping_round_trips(sample: Sample) -> None:
    special = 'Semi; comma, back\\slash \\n and "quotes" : colon'
    created = activities.create_activity(
        special,
        TODAY,
        type_id=activities.type_id("email"),
        note="first; line, here\\\nsecond line\r\n\r\nfourth",
    ).id
    found = events(to_ics())
    assert str(found[created]["SUMMARY"]) == f"Email: {special}"
    assert str(found[created]["DESCRIPTION"]) == "first; line, here\\\nsecond line\n\nfourth"
    odd = found[sample.ids["odd"]]
    assert str(odd["SUMMARY"]) == ("Task: Semi; comma, back\\slash — Comma, Semi; Back\\slash AG")


def test_type_names_with_commas_stay_one_category(sample: Sample) -> None:
    ActivityType.update(name="Call, short").where(ActivityType.key == "call").execute()
    event = events(to_ics())[sample.ids["timed"]]
    assert [str(c) for c in event["CATEGORIES"].cats] == ["Call, short"]
    assert str(event["SUMMARY"]).startswith("Call, short: ")


# --- writing the file ----------------------------------------------------------------------------


def test_export_writes_what_to_ics_gives(sample: Sample, tmp_path: Path) -> None:
    target = tmp_path / "cal.ics"
    calls: list[tuple[int, int]] = []
    written = export_ics(target, owner=sample.bob, progress=lambda d, t: calls.append((d, t)))
    expected = ids_where(Activity.done == False, Activity.assignee == sample.bob)  # noqa: E712
    assert written == len(expected) == 2
    check_against_database(target.read_text(encoding="utf-8"), expected)
    assert calls[-1] == (2, 2)
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]
    assert target.stat().st_mode & 0o644 == 0o644


def test_export_replaces_an_existing_file(sample: Sample, tmp_path: Path) -> None:
    target = tmp_path / "cal.ics"
    target.write_text("old", encoding="utf-8")
    export_ics(target)
    assert target.read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")


@pytest.mark.parametrize("where", ["missing", "file", "directory"])
def test_unwritable_target_is_a_domain_error_and_leaves_nothing(
    sample: Sample, tmp_path: Path, where: str
) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("not a folder", encoding="utf-8")
    (tmp_path / "a_folder").mkdir()
    target = {
        "missing": tmp_path / "no" / "such" / "cal.ics",
        "file": blocker / "cal.ics",
        "directory": tmp_path / "a_folder",
    }[where]
    before = sorted(p.name for p in tmp_path.rglob("*"))
    with pytest.raises(DomainError, match="Cannot write"):
        export_ics(target)
    assert sorted(p.name for p in tmp_path.rglob("*")) == before
    assert blocker.read_text(encoding="utf-8") == "not a folder"


def test_failure_while_writing_keeps_the_old_file(
    sample: Sample, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "cal.ics"
    target.write_text("previous export", encoding="utf-8")

    def no_space(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export_files.os, "replace", no_space)
    with pytest.raises(DomainError, match="No space left on device"):
        export_ics(target)
    assert target.read_text(encoding="utf-8") == "previous export"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_cancel_from_progress_leaves_nothing(sample: Sample, tmp_path: Path) -> None:
    class Cancelled(Exception):
        pass

    def cancel(done: int, total: int) -> None:
        raise Cancelled

    target = tmp_path / "cal.ics"
    with pytest.raises(Cancelled):
        export_ics(target, progress=cancel)
    assert not target.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_many_activities_stream_with_progress(store: Path, tmp_path: Path) -> None:
    org = organizations.create_organization("Bulk").id
    call = activities.type_id("call")
    now = dt.datetime(2026, 11, 1, 8, 0)
    rows = [
        {
            "type": call,
            "subject": f"Call {n}",
            "due_date": TODAY + dt.timedelta(days=n % 30),
            "due_time": dt.time(8 + n % 10, 0) if n % 2 else None,
            "duration_min": n % 90,
            "done": False,
            "note": "",
            "organization": org,
            "created_at": now,
        }
        for n in range(2500)
    ]
    with db.atomic():
        Activity.insert_many(rows).execute()
    calls: list[tuple[int, int]] = []
    target = tmp_path / "bulk.ics"
    assert export_ics(target, progress=lambda d, t: calls.append((d, t))) == 2500
    assert calls == [(1000, 2500), (2000, 2500), (2500, 2500)]
    check_against_database(target.read_text(encoding="utf-8"), ids_where())


# --- the command line ----------------------------------------------------------------------------


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    try:
        code = main(list(args))
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    out, err = capsys.readouterr()
    return code, out, err


def one_error_line(err: str) -> str:
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    assert lines[0].startswith("accountmgr")
    return lines[0]


pytestmark = pytest.mark.usefixtures("no_fallback_database")


@pytest.fixture
def cli_db(sample: Sample, store_address: str) -> str:
    """The sample database, closed so that the command opens it itself."""
    close_database()
    return store_address


def cli(capsys: pytest.CaptureFixture[str], db: str, *args: str) -> tuple[int, str, str]:
    return run(capsys, "--db", db, "--today", TODAY.isoformat(), "export-ics", *args)


def test_cli_writes_the_calendar(
    cli_db: str, sample: Sample, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "out.ics"
    code, out, err = cli(capsys, cli_db, "--out", str(target))
    assert (code, err) == (0, "")
    open_target(target_of(cli_db), create=False)
    try:
        expected = ids_where(Activity.done == False)  # noqa: E712
        assert out == f"Wrote {len(expected)} activities to {target}\n"
        check_against_database(target.read_text(encoding="utf-8"), expected)
    finally:
        close_database()


@pytest.mark.parametrize("owner", ["Ann", "  ann ", "ANN", "id"])
def test_cli_owner_by_name_or_id(
    cli_db: str,
    sample: Sample,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    owner: str,
) -> None:
    target = tmp_path / "ann.ics"
    value = str(sample.ann) if owner == "id" else owner
    code, out, err = cli(
        capsys,
        cli_db,
        *("--out", str(target), "--owner", value),
        *("--from", TODAY.isoformat(), "--to", "2026-12-31", "--include-done"),
    )
    assert (code, err) == (0, "")
    assert out == f"Wrote 2 activities to {target}\n"
    assert set(events(target.read_text(encoding="utf-8"))) == {
        sample.ids["timed"],
        sample.ids["all_day"],
    }


def test_cli_one_activity_is_singular(
    cli_db: str, sample: Sample, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "far.ics"
    code, out, _ = cli(capsys, cli_db, "--out", str(target), "--from", "2027-01-01")
    assert code == 0
    assert out == f"Wrote 1 activity to {target}\n"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--owner", "Nobody"), "no user with the name or id 'Nobody'"),
        (("--owner", "12345"), "no user with the name or id '12345'"),
        (("--from", "2026-13-01"), "'2026-13-01' is not a date"),
        (("--to", "tomorrow"), "'tomorrow' is not a date"),
        (("--from", "2026-12-02", "--to", "2026-12-01"), "--from 2026-12-02 is after --to"),
    ],
)
def test_cli_bad_input_is_one_line_and_exit_2(
    cli_db: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: tuple[str, ...],
    message: str,
) -> None:
    target = tmp_path / "out.ics"
    code, out, err = cli(capsys, cli_db, "--out", str(target), *args)
    assert code == 2
    assert out == ""
    assert message in one_error_line(err)
    assert not target.exists()


def test_cli_ambiguous_owner_name(
    cli_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    open_target(target_of(cli_db), create=False)
    try:
        twin = organizations.create_user("ann")
    finally:
        close_database()
    code, _, err = cli(capsys, cli_db, "--out", str(tmp_path / "x.ics"), "--owner", "Ann")
    assert code == 2
    line = one_error_line(err)
    assert "several users are named 'Ann'" in line
    assert str(twin) in line


def test_cli_out_is_required(cli_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = cli(capsys, cli_db)
    assert code == 2
    assert "--out" in one_error_line(err)


def test_cli_missing_database_is_not_created(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "missing.db"
    target = tmp_path / "out.ics"
    code, out, err = cli(capsys, str(missing), "--out", str(target))
    assert code == 1
    assert out == ""
    assert "There is no accountmgr database" in one_error_line(err)
    assert not missing.exists()
    assert not target.exists()


def test_cli_unwritable_output_is_one_line(
    cli_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "no" / "folder" / "out.ics"
    code, out, err = cli(capsys, cli_db, "--out", str(target))
    assert code == 1
    assert out == ""
    assert "Cannot write to" in one_error_line(err)
    assert not target.parent.exists()


def test_cli_help_lists_the_command(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--help")
    assert code == 0
    assert "export-ics" in out
    code, out, _ = run(capsys, "export-ics", "--help")
    assert code == 0
    for option in ("--out", "--owner", "--from", "--to", "--include-done"):
        assert option in out
