"""Reading a file to import: a CSV file (its encoding and delimiter detected) or the first sheet
of an XLSX workbook, as a header row and rows of text cells.

`read_table` holds the rows (a preview), `iter_table` streams them (the run); `estimate_rows`
guesses how many there are, for progress. The limits of what is read at all (a workbook's
unpacked size, its rows, a cell's length) are checked here, while the file is read.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import math
import re
import zipfile
from collections.abc import Generator, Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import IO

from accountmgr.domain.errors import ValidationError
from accountmgr.domain.writes import MAX_TEXT
from accountmgr.store.database import is_live_file

DELIMITERS = (",", ";", "\t", "|")
_SNIFF_CHARS = 64 * 1024
_CHUNK = 1024 * 1024
_FIELD_LIMIT = 16 * 1024 * 1024
# Limits of an Excel file, whose few compressed bytes may unpack to gigabytes: checked before
# (the size) or while (rows, cells) it is read.
MAX_WORKBOOK_BYTES = 200 * 1024 * 1024  # all of its parts unpacked, as its zip declares them
MAX_SHEET_ROWS = 1_048_576  # an Excel sheet's limit (as export.XLSX_MAX_ROWS), header included
MAX_CELL = MAX_TEXT  # characters of one cell: as many as any field takes (Excel's own: 32,767)


@dataclass(frozen=True)
class Table:
    headers: list[str]
    """Cleaned header texts (BOM stripped, whitespace trimmed, duplicates suffixed " (2)")."""
    rows: list[list[str]]
    """Data rows, each padded or truncated to len(headers); blank rows dropped. A row with cells
    whose bytes are not valid UTF-8 is a `Row` naming their columns (RowPlan reports them)."""
    lines: list[int]
    """The 1-based line where each row's record starts (CSV) or its sheet row number (XLSX)."""
    encoding: str
    """"utf-8", "utf-8-sig", "utf-16", "cp1252", … or "xlsx"."""
    delimiter: str | None
    """"," ";" "\\t" "|" or None for XLSX."""


def read_table(path: Path, *, limit: int | None = None) -> Table:
    """The whole file (or its first `limit` data rows, for a preview) as a table of text.

    Raises ValidationError when the file is missing, unreadable, empty or has no header.
    """
    table, records = iter_table(path)
    rows: list[list[str]] = []
    lines: list[int] = []
    try:
        for line, cells in records:
            if limit is not None and len(rows) >= limit:
                break
            rows.append(cells)
            lines.append(line)
    finally:
        close = getattr(records, "close", None)
        if close is not None:
            close()
    return Table(table.headers, rows, lines, table.encoding, table.delimiter)


def iter_table(path: Path) -> tuple[Table, Iterator[tuple[int, list[str]]]]:
    """The headers of a file (a Table whose rows are empty) and an iterator of its data rows as
    (line, cells), cells padded or truncated to the headers: for files too big to hold.

    The iterator raises ValidationError (naming the line) if the file turns out to be broken
    further down. An Excel file is refused before it is read when it unpacks to more than
    MAX_WORKBOOK_BYTES or a sheet has more than MAX_SHEET_ROWS rows; its rows stop with
    ValidationError at a row numbered past MAX_SHEET_ROWS or a cell longer than MAX_CELL.

    The database accountmgr has open (or one of its companion files) is refused without being
    opened: closing any descriptor of it would drop this process's locks on it.
    """
    path = Path(path)
    if is_live_file(path):
        raise ValidationError(
            "“{name}” is the database accountmgr has open; it cannot be imported.", name=path.name
        )
    head = _head_bytes(path)
    if head.startswith(b"PK\x03\x04"):
        return _iter_xlsx(path)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise ValidationError(
            "“{name}” is an old Excel file (.xls): save it as .xlsx or CSV first.", name=path.name
        )
    if path.suffix.lower() in (".xlsx", ".xlsm") and head:
        raise ValidationError("“{name}” is not a valid Excel file.", name=path.name)
    return _iter_csv(path, head)


def _head_bytes(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(_SNIFF_CHARS)
    except FileNotFoundError:
        raise ValidationError("The file “{name}” does not exist.", name=str(path)) from None
    except IsADirectoryError:
        raise ValidationError("“{name}” is a folder, not a file.", name=str(path)) from None
    except OSError as exc:
        raise ValidationError(
            "The file “{name}” cannot be read: {reason}.", name=path.name, reason=exc.strerror
        ) from None


@dataclass(frozen=True)
class _Encoding:
    name: str
    """The codec: "utf-8", "utf-8-sig", "utf-16" or "cp1252"."""
    undecodable: bool = False
    """Some bytes are not valid in it: they are read as escapes (surrogateescape) and the
    cells holding them are marked (`Row.undecodable`)."""

    @property
    def errors(self) -> str:
        if self.undecodable:
            return "surrogateescape"
        return "replace" if self.name == "cp1252" else "strict"


# Bytes a UTF-8 decoder could not read, as errors="surrogateescape" gives them.
_UNDECODED = re.compile("[\udc80-\udcff]+")


def detect_encoding(path: Path) -> str:
    """The text encoding of a file: from its byte-order mark, else UTF-8 when the file has at
    least as many valid multibyte UTF-8 sequences as runs of bytes that are not valid UTF-8
    (a few damaged characters in a UTF-8 file), else Windows-1252. Raises ValidationError,
    naming the line, for a NUL byte anywhere in a file that is not UTF-16 (a text file holds
    none)."""
    return _detect(path, _head_bytes(path)).name


def _detect(path: Path, head: bytes) -> _Encoding:
    """`detect_encoding`, reading the whole file once, and whether the cells need marking."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _Encoding("utf-16")
    decoder = codecs.getincrementaldecoder("utf-8")("surrogateescape")
    multibyte = invalid = 0
    line = 1
    with path.open("rb") as handle:
        while True:
            chunk = handle.read(_CHUNK)
            nul = chunk.find(b"\x00")
            if nul >= 0:
                raise ValidationError(
                    "“{name}” is not a text (CSV) file: line {line} holds a NUL byte.",
                    name=path.name,
                    line=line + chunk.count(b"\n", 0, nul),
                )
            line += chunk.count(b"\n")
            text = decoder.decode(chunk, final=not chunk)
            if not text.isascii():
                runs = _UNDECODED.findall(text)
                invalid += len(runs)
                escaped = sum(map(len, runs))
                multibyte += len(text) - len(text.encode("ascii", "ignore")) - escaped
            if not chunk:
                break
    utf8 = not invalid or multibyte >= invalid
    if head.startswith(codecs.BOM_UTF8):
        return _Encoding("utf-8-sig", bool(invalid))
    return _Encoding("utf-8", bool(invalid)) if utf8 else _Encoding("cp1252")


class Row(list[str]):
    """The cells of one data row; `undecodable` lists the columns whose bytes were not valid in
    the file's encoding (each run of them shown as U+FFFD): those cells cannot be imported."""

    undecodable: tuple[int, ...] = ()


def _mark_undecodable(cells: list[str]) -> list[str]:
    """The cells with bytes the decoder escaped replaced by U+FFFD, as a Row that names their
    columns; cells without any unchanged."""
    columns = tuple(n for n, cell in enumerate(cells) if _UNDECODED.search(cell))
    if not columns:
        return cells
    row = Row(_UNDECODED.sub("\ufffd", cell) for cell in cells)
    row.undecodable = columns
    return row


def sniff_delimiter(sample: str, *, truncated: bool = False) -> str:
    """The delimiter among , ; tab | that splits the sample's records most consistently into the
    most columns; "," when none splits the header. `truncated`: the sample is the beginning of
    a longer text (its last line is left out)."""
    best, best_score = ",", (0, 0, 0)
    complete = sample.rsplit("\n", 1)[0] if truncated and "\n" in sample else sample
    for delimiter in DELIMITERS:
        records: list[list[str]] = []
        try:
            for record in csv.reader(io.StringIO(complete), delimiter=delimiter):
                if any(c.strip() for c in record):
                    records.append(record)
                if len(records) >= 50:
                    break
        except csv.Error:
            continue
        if not records or len(records[0]) < 2:
            continue
        width = len(records[0])
        same = sum(1 for r in records if len(r) == width)
        score = (same * 100 // len(records), width, -DELIMITERS.index(delimiter))
        if score > best_score:
            best, best_score = delimiter, score
    return best


def clean_headers(raw: list[str]) -> list[str]:
    """Headers trimmed (BOM and whitespace), trailing empty ones dropped, empty ones named
    "Column N", duplicates suffixed " (2)", " (3)"…"""
    texts = [" ".join(h.replace("\ufeff", "").split()) for h in raw]
    while texts and not texts[-1]:
        texts.pop()
    headers: list[str] = []
    seen: set[str] = set()
    for number, text in enumerate(texts, start=1):
        base = text or f"Column {number}"
        name, n = base, 2
        while name.casefold() in seen:
            name, n = f"{base} ({n})", n + 1
        seen.add(name.casefold())
        headers.append(name)
    return headers


# What a spreadsheet would run as a formula; exports put a quote before a cell starting so
# (domain/export.py), and the import takes it away again.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# (a text that itself starts with a quote and then so is exported with one more quote)
_GUARDED = tuple(quotes + start for quotes in ("'", "''") for start in FORMULA_STARTS)


def unguard(cell: str) -> str:
    """A cell without the quote a formula guard put before "= + - @", a tab or a carriage
    return ("'=SUM(A1)" -> "=SUM(A1)", "'-2+3 Ltd" -> "-2+3 Ltd", "''=x" -> "'=x"); other
    cells unchanged."""
    return cell[1:] if cell.startswith(_GUARDED) else cell


def _unguard_all(cells: list[str]) -> list[str]:
    if any(c.startswith(_GUARDED) for c in cells if c[:1] == "'"):
        return [unguard(c) for c in cells]
    return cells


def _fit(cells: list[str], width: int) -> list[str]:
    if len(cells) < width:
        return cells + [""] * (width - len(cells))
    return cells[:width] if len(cells) > width else cells


def _blank(cells: list[str]) -> bool:
    return not "".join(cells).strip()  # every cell empty or spaces


def _iter_csv(path: Path, head: bytes) -> tuple[Table, Iterator[tuple[int, list[str]]]]:
    if not head.strip(b" \t\r\n\xef\xbb\xbf\xff\xfe\x00"):
        raise ValidationError("The file “{name}” is empty.", name=path.name)
    encoding = _detect(path, head)
    with path.open(encoding=encoding.name, errors=encoding.errors, newline="") as handle:
        sample = handle.read(_SNIFF_CHARS)
    delimiter = sniff_delimiter(sample, truncated=len(sample) >= _SNIFF_CHARS)
    if csv.field_size_limit() < _FIELD_LIMIT:
        csv.field_size_limit(_FIELD_LIMIT)
    records = _csv_records(path, encoding.name, encoding.errors, delimiter)
    try:
        _, raw_headers = next(records)
    except StopIteration:
        raise ValidationError("The file “{name}” is empty.", name=path.name) from None
    if encoding.undecodable:
        raw_headers = [_UNDECODED.sub("\ufffd", h) for h in raw_headers]
    headers = clean_headers(_unguard_all(raw_headers))
    if not headers:
        raise ValidationError("The file “{name}” has no header row.", name=path.name)
    width = len(headers)
    rows = ((line, _fit(_unguard_all(cells), width)) for line, cells in records)
    if encoding.undecodable:
        rows = ((line, _mark_undecodable(cells)) for line, cells in rows)
    return Table(headers, [], [], encoding.name, delimiter), rows


def _csv_records(
    path: Path, encoding: str, errors: str, delimiter: str
) -> Iterator[tuple[int, list[str]]]:
    """The non-blank records of a CSV file with the physical line each starts on."""
    try:
        with path.open(encoding=encoding, errors=errors, newline="") as handle:
            reader = csv.reader(handle, delimiter=delimiter)
            start = 1
            while True:
                try:
                    record = next(reader)
                except StopIteration:
                    return
                except csv.Error as exc:
                    raise ValidationError(
                        "Line {line} of “{name}” cannot be read: {reason}.",
                        line=start,
                        name=path.name,
                        reason=str(exc),
                    ) from None
                line, start = start, reader.line_num + 1
                if record and not _blank(record):
                    yield line, record
    except UnicodeDecodeError:
        raise ValidationError(
            "“{name}” is not a text file in a known encoding.", name=path.name
        ) from None
    except OSError as exc:
        raise ValidationError(
            "The file “{name}” cannot be read: {reason}.", name=path.name, reason=exc.strerror
        ) from None


def cell_text(value: object) -> str:
    """A spreadsheet cell as text: dates in ISO form ("2026-11-24", "2026-11-24 10:00"), whole
    numbers without ".0", TRUE/FALSE for booleans, "" for empty cells."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0, 0):
            return value.date().isoformat()
        spec = "%Y-%m-%d %H:%M:%S" if value.second else "%Y-%m-%d %H:%M"
        return value.strftime(spec)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.strftime("%H:%M:%S" if value.second else "%H:%M")
    if isinstance(value, dt.timedelta):
        minutes = int(value.total_seconds() // 60)
        return f"{minutes // 60}:{minutes % 60:02d}"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            return str(value)
        if value.is_integer() and abs(value) < 1e16:
            return str(int(value))
        return format(Decimal(repr(value)), "f")
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)


def _unreadable_excel(path: Path, exc: Exception) -> ValidationError:
    return ValidationError(
        "“{name}” is not a readable Excel file ({reason}).", name=path.name, reason=str(exc)
    )


def _too_many_rows(path: Path) -> ValidationError:
    return ValidationError(
        "A sheet of “{name}” has more than {limit} rows, more than an Excel sheet can hold; it "
        "cannot be imported.",
        name=path.name,
        limit=MAX_SHEET_ROWS,
    )


# The start of a row element, with or without a namespace prefix ("<row ", "<x:row>").
_ROW_START = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?row[\s>/]")


def _check_workbook(path: Path) -> None:
    """Refuse, before openpyxl reads any of it (it parses every sheet that declares no size
    whole, just to size it), a workbook whose parts unpack to more than MAX_WORKBOOK_BYTES (as
    its zip declares; reading holds them to that) or that has a sheet of more rows than
    MAX_SHEET_ROWS (counted in the unpacked bytes, stopping there)."""
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
            size = sum(info.file_size for info in parts)
            if size > MAX_WORKBOOK_BYTES:
                raise ValidationError(
                    "“{name}” unpacks to {size} MB, more than the {limit} MB an Excel file may "
                    "have to be imported; save it as CSV and import that.",
                    name=path.name,
                    size=size // 1024**2,
                    limit=MAX_WORKBOOK_BYTES // 1024**2,
                )
            for info in parts:
                with archive.open(info) as part:
                    _count_rows(path, part)
    except ValidationError:
        raise
    except Exception as exc:  # zipfile errors of every kind
        raise _unreadable_excel(path, exc) from None


def _count_rows(path: Path, part: IO[bytes]) -> None:
    """Raise as soon as an unpacked part has more than MAX_SHEET_ROWS row elements."""
    rows = 0
    carried = b""
    while chunk := part.read(_CHUNK):
        data = carried + chunk
        # a tag cut at the chunk's end is counted with the next chunk
        cut = data.rfind(b"<")
        if cut < 0 or len(data) - cut > 64:
            cut = len(data)
        rows += len(_ROW_START.findall(data, 0, cut))
        if rows > MAX_SHEET_ROWS:
            raise _too_many_rows(path)
        carried = data[cut:]


def _iter_xlsx(path: Path) -> tuple[Table, Iterator[tuple[int, list[str]]]]:
    _check_workbook(path)
    import openpyxl  # here, not at the top: only an Excel import pays for loading it

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # zipfile, XML and openpyxl errors alike
        raise _unreadable_excel(path, exc) from None
    try:
        if not workbook.worksheets:
            raise ValidationError("The workbook “{name}” has no sheet.", name=path.name)
        sheet = workbook.worksheets[0]
        # every row, as wide as its cells, whatever size the sheet declares (files understate
        # and overstate it)
        sheet.reset_dimensions()
        first = _sheet_rows(path, sheet.iter_rows(values_only=True))
        header_row, cells = next(first, (0, []))
        first.close()
        headers = clean_headers(cells)
    except ValidationError:
        workbook.close()
        raise
    except Exception as exc:
        workbook.close()
        raise _unreadable_excel(path, exc) from None
    if not headers:
        workbook.close()
        raise ValidationError("The first sheet of “{name}” is empty.", name=path.name)
    width = len(headers)

    def data() -> Iterator[tuple[int, list[str]]]:
        # only the columns that have a header are read, however far a row's cells reach
        below = sheet.iter_rows(min_row=header_row + 1, max_col=width, values_only=True)
        try:
            for number, cells in _sheet_rows(path, below, start=header_row + 1):
                yield number, _fit(cells, width)
        except ValidationError:
            raise
        except Exception as exc:
            raise _unreadable_excel(path, exc) from None
        finally:
            workbook.close()

    return Table(headers, [], [], "xlsx", None), data()


def _sheet_rows(
    path: Path, values: Iterable[tuple[object, ...]], start: int = 1
) -> Generator[tuple[int, list[str]], None, None]:
    """The non-blank rows of a sheet with their numbers, as text; ValidationError as soon as a
    row is past MAX_SHEET_ROWS or a cell is longer than MAX_CELL."""
    for number, row in enumerate(values, start=start):
        if number > MAX_SHEET_ROWS:
            raise _too_many_rows(path)
        if row.count(None) == len(row):
            continue  # a missing or empty row
        cells = [cell_text(v) for v in row]
        if _blank(cells):
            continue
        longest = max(map(len, cells))
        if longest > MAX_CELL:
            raise ValidationError(
                "Row {row} of “{name}” has a cell of {length} characters; no field takes more "
                "than {limit}.",
                row=number,
                name=path.name,
                length=longest,
                limit=MAX_CELL,
            )
        yield number, _unguard_all(cells)


def estimate_rows(path: Path, table: Table) -> int:
    """About how many data rows a file holds, for progress (0 when unknown): the line breaks of
    a CSV file, the dimension a workbook's sheet declares."""
    try:
        if table.encoding == "xlsx":
            with zipfile.ZipFile(path) as archive:
                names = sorted(n for n in archive.namelist() if n.startswith("xl/worksheets/"))
                if not names:
                    return 0
                with archive.open(names[0]) as sheet:
                    head = sheet.read(4096).decode("utf-8", "replace")
            found = re.search(r'<dimension ref="[A-Z]+\d+:[A-Z]+(\d+)"', head)
            return max(0, int(found.group(1)) - 1) if found else 0
        breaks, last = 0, b"\n"
        with Path(path).open("rb") as handle:
            while chunk := handle.read(1 << 20):
                breaks += chunk.count(b"\n")
                last = chunk[-1:]
        lines = breaks + (last not in (b"\n", b"\x00"))  # UTF-16 ends in "\n\x00"
        return max(0, lines - 1)  # less the header
    except (OSError, zipfile.BadZipFile, ValueError):
        return 0
