"""Export activities to an iCalendar (RFC 5545) file for Outlook, Apple Calendar and Thunderbird.

The writer is hand-written (no third-party package): CRLF line endings, content lines folded at
75 octets of UTF-8 without splitting a character, TEXT values escaped.

Choices, so that importing the file again updates events instead of duplicating them:

- UID = ``activity-<id>-<token>@accountmgr``. The token is made once per database
  (``secrets.token_hex(8)``, stored in the ``setting`` table under ``calendar_uid_token``), so an
  activity keeps its UID across exports while two databases never share one.
- DTSTAMP = the moment of the export (UTC), and SEQUENCE = whole minutes since 1970-01-01 UTC at
  that moment. Clients treat an event with the same UID and a higher SEQUENCE (or the same
  SEQUENCE and a later DTSTAMP) as a newer revision, so every export supersedes the previous one
  without the database having to track edits.
- An activity with a time of day is a timed event in floating local time (no TZID): it happens
  at that wall-clock time wherever the calendar is opened, as in the application. It ends
  ``duration_min`` later (30 minutes when the duration is empty or 0). An activity without a time
  is an all-day event on its due date.
- Open activities only by default; ``include_done`` adds completed ones. Every event has
  STATUS:CONFIRMED; a completed one is shown as such: its SUMMARY starts with "✓ " and its
  DESCRIPTION says when it was done.
- Importing a file never deletes events: an activity deleted (or completed, when done ones are
  left out) after an earlier export stays in the calendar until removed there.
"""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Callable, Generator, Iterator
from pathlib import Path
from typing import NamedTuple

from accountmgr import __version__
from accountmgr.domain.changes import Kind
from accountmgr.domain.errors import ValidationError
from accountmgr.domain.export_files import write_atomically
from accountmgr.domain.organizations import existing_user_id
from accountmgr.domain.writes import write
from accountmgr.store.models import db

TOKEN_KEY = "calendar_uid_token"
DEFAULT_DURATION_MIN = 30
MAX_OCTETS = 75
CRLF = "\r\n"
DONE_MARK = "✓ "
BLOCK = 1000
PRODID = f"-//accountmgr//accountmgr {__version__}//EN"
CALENDAR_NAME = "accountmgr activities"

_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
# TEXT may hold no control characters but HTAB (newlines are escaped as \n).
_CONTROLS = {c: None for c in (*range(0x20), 0x7F) if c not in (0x09, 0x0A)}


# --- RFC 5545 text -------------------------------------------------------------------------------


def escape_text(value: str) -> str:
    """A TEXT value: backslash, semicolon, comma and newlines escaped, other controls dropped."""
    value = value.replace("\r\n", "\n").replace("\r", "\n").translate(_CONTROLS)
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    """One content line with its CRLF, folded so that no physical line exceeds 75 octets.

    A continuation line starts with a space (which counts towards its 75 octets); a line is only
    broken between characters, never inside a character's UTF-8 sequence.
    """
    if len(line.encode("utf-8")) <= MAX_OCTETS:
        return line + CRLF
    parts: list[str] = []
    current: list[str] = []
    used = 0
    for char in line:
        size = len(char.encode("utf-8"))
        if used + size > MAX_OCTETS:
            parts.append("".join(current))
            current, used = [" "], 1
        current.append(char)
        used += size
    parts.append("".join(current))
    return CRLF.join(parts) + CRLF


def _utc_stamp(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def _date_value(day: dt.date) -> str:
    return day.strftime("%Y%m%d")


def _floating(moment: dt.datetime) -> str:
    return moment.strftime("%Y%m%dT%H%M%S")


# --- the installation's UID token ----------------------------------------------------------------


def uid_token() -> str:
    """This database's calendar token, made (once, in a write transaction) on first use."""
    row = db.execute_sql("SELECT value FROM setting WHERE key = ?", (TOKEN_KEY,)).fetchone()
    if row is not None:
        return str(row[0])
    with write(Kind.SETTINGS):
        db.execute_sql(
            "INSERT OR IGNORE INTO setting (key, value) VALUES (?, ?)",
            (TOKEN_KEY, secrets.token_hex(8)),
        )
        row = db.execute_sql("SELECT value FROM setting WHERE key = ?", (TOKEN_KEY,)).fetchone()
    return str(row[0])


def event_uid(activity_id: int, token: str) -> str:
    return f"activity-{activity_id}-{token}@accountmgr"


# --- reading activities --------------------------------------------------------------------------


class _Row(NamedTuple):
    id: int
    subject: str
    due_date: str
    due_time: str | None
    duration_min: int | None
    done: int
    done_time: str | None
    note: str
    type_name: str
    organization: str | None
    person: str | None
    deal: str | None
    assignee: str | None


_SELECT = (
    "SELECT a.id, a.subject, a.due_date, a.due_time, a.duration_min, a.done, a.done_time, "
    "a.note, t.name, o.name, p.name, d.title, u.name "
    "FROM activity a "
    "JOIN activity_type t ON t.id = a.type_id "
    "LEFT JOIN organization o ON o.id = a.organization_id "
    "LEFT JOIN person p ON p.id = a.person_id "
    "LEFT JOIN deal d ON d.id = a.deal_id "
    'LEFT JOIN "user" u ON u.id = a.assignee_id'
)


# Day-range conditions as in account_list.where_clause: alike in shape only.
def _where(
    owner: int | None, start: dt.date | None, end: dt.date | None, include_done: bool
) -> tuple[str, list[object]]:
    conditions: list[str] = []
    params: list[object] = []
    if not include_done:
        conditions.append("a.done = 0")
    if owner is not None:
        conditions.append("a.assignee_id = ?")
        params.append(owner)
    if start is not None:
        conditions.append("a.due_date >= ?")
        params.append(start.isoformat())
    if end is not None:
        conditions.append("a.due_date <= ?")
        params.append(end.isoformat())
    return (" WHERE " + " AND ".join(conditions) if conditions else ""), params


def _check_filter(owner: int | None, start: dt.date | None, end: dt.date | None) -> None:
    existing_user_id(owner)
    for day in (start, end):
        if day is not None and (not isinstance(day, dt.date) or isinstance(day, dt.datetime)):
            raise ValidationError("The export range must be given as dates.")
    if start is not None and end is not None and start > end:
        raise ValidationError(
            "The export range starts ({start}) after it ends ({end}).",
            start=start.isoformat(),
            end=end.isoformat(),
        )


def count_activities(
    *,
    owner: int | None = None,
    start: dt.date | None = None,
    end: dt.date | None = None,
    include_done: bool = False,
) -> int:
    """How many activities an export with these filters writes."""
    where, params = _where(owner, start, end, include_done)
    row = db.execute_sql("SELECT count(*) FROM activity a" + where, params).fetchone()
    return int(row[0])


def _rows(
    owner: int | None, start: dt.date | None, end: dt.date | None, include_done: bool
) -> Iterator[_Row]:
    """The matching activities, streamed in id order (no sort, flat memory)."""
    where, params = _where(owner, start, end, include_done)
    cursor = db.execute_sql(_SELECT + where + " ORDER BY a.id", params)
    try:
        for raw in cursor:
            yield _Row(*raw)
    finally:
        cursor.close()


# --- writing events ------------------------------------------------------------------------------


def _summary(row: _Row) -> str:
    text = f"{row.type_name}: {row.subject}"
    if row.organization:
        text += f" — {row.organization}"
    return DONE_MARK + text if row.done else text


def _description(row: _Row) -> str:
    details: list[str] = []
    if row.person:
        details.append(f"Person: {row.person}")
    if row.deal:
        details.append(f"Deal: {row.deal}")
    if row.assignee:
        details.append(f"Assigned to: {row.assignee}")
    if row.done:
        details.append(f"Done: {row.done_time[:16]}" if row.done_time else "Done")
    note = row.note.strip()
    if note and details:
        return note + "\n\n" + "\n".join(details)
    return note or "\n".join(details)


def _when(row: _Row) -> tuple[str, str]:
    """(DTSTART, DTEND) content lines."""
    day = dt.date.fromisoformat(row.due_date[:10])
    if not row.due_time:
        return (
            f"DTSTART;VALUE=DATE:{_date_value(day)}",
            f"DTEND;VALUE=DATE:{_date_value(day + dt.timedelta(days=1))}",
        )
    begin = dt.datetime.combine(day, dt.time.fromisoformat(row.due_time))
    minutes = row.duration_min or DEFAULT_DURATION_MIN
    return (
        f"DTSTART:{_floating(begin)}",
        f"DTEND:{_floating(begin + dt.timedelta(minutes=minutes))}",
    )


def _event(row: _Row, token: str, stamp: str, sequence: int) -> str:
    start_line, end_line = _when(row)
    lines = [
        "BEGIN:VEVENT",
        f"UID:{event_uid(row.id, token)}",
        f"DTSTAMP:{stamp}",
        f"SEQUENCE:{sequence}",
        start_line,
        end_line,
        f"SUMMARY:{escape_text(_summary(row))}",
    ]
    description = _description(row)
    if description:
        lines.append(f"DESCRIPTION:{escape_text(description)}")
    lines += [
        f"CATEGORIES:{escape_text(row.type_name)}",
        "STATUS:CONFIRMED",
        "END:VEVENT",
    ]
    return "".join(fold(line) for line in lines)


def _calendar_name(owner: int | None) -> str:
    if owner is None:
        return CALENDAR_NAME
    row = db.execute_sql('SELECT name FROM "user" WHERE id = ?', (owner,)).fetchone()
    return f"{CALENDAR_NAME} — {row[0]}" if row else CALENDAR_NAME


def _chunks(
    owner: int | None,
    start: dt.date | None,
    end: dt.date | None,
    include_done: bool,
    now: dt.datetime | None,
    progress: Callable[[int, int], None] | None,
) -> Generator[str, None, None]:
    """The calendar as pieces of text, each a whole number of content lines."""
    _check_filter(owner, start, end)
    moment = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    stamp = _utc_stamp(moment)
    sequence = int((moment - _EPOCH).total_seconds()) // 60
    token = uid_token()
    total = count_activities(owner=owner, start=start, end=end, include_done=include_done)
    header = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(_calendar_name(owner))}",
    ]
    yield "".join(fold(line) for line in header)
    done = 0
    for row in _rows(owner, start, end, include_done):
        yield _event(row, token, stamp, sequence)
        done += 1
        if progress is not None and done % BLOCK == 0:
            progress(done, max(total, done))
    if progress is not None:
        progress(done, max(total, done))
    yield fold("END:VCALENDAR")


def export_ics(
    path: Path,
    *,
    owner: int | None = None,
    start: dt.date | None = None,
    end: dt.date | None = None,
    include_done: bool = False,
    progress: Callable[[int, int], None] | None = None,
    now: dt.datetime | None = None,
) -> int:
    """Write the activities assigned to `owner` (everyone's when None) due from `start` to `end`
    (both inclusive, open-ended when None) to `path` as iCalendar; returns how many events were
    written. The file appears complete or not at all; `progress(done, total)` is called every
    1,000 events and at the end (an exception it raises cancels the export). `now` (aware) fixes
    DTSTAMP and SEQUENCE."""
    chunks = _chunks(owner, start, end, include_done, now, progress)
    header = next(chunks)  # bad filters fail before anything touches the disk

    def write(temp: Path) -> int:
        pieces = 0
        with temp.open("w", encoding="utf-8", newline="") as out:
            out.write(header)
            for chunk in chunks:
                out.write(chunk)
                pieces += 1
        return pieces - 1  # one event per piece, and the closing line

    try:
        return write_atomically(path, write)
    finally:
        chunks.close()
