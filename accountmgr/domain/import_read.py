"""Reading files to import (CSV or Excel) and turning their cells into values.

`read_table` / `iter_table` read a CSV file (encoding and delimiter detected) or the first sheet
of an XLSX workbook as text cells. `fields_for` lists what each kind of record can take,
`auto_map` guesses which column gives which field from the header names (English, French,
German, Spanish, Italian and Portuguese, with or without Pipedrive-style "Organization - "
prefixes), and `convert_row` turns one row of text cells into values, reporting problems
instead of raising.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import importlib
import io
import math
import re
import unicodedata
import zipfile
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache, partial
from pathlib import Path
from typing import IO, Any

from accountmgr.domain import customfields, iso4217
from accountmgr.domain.errors import DomainError, ValidationError
from accountmgr.domain.html_text import html_to_text, looks_like_html
from accountmgr.domain.money import check_minor
from accountmgr.domain.transfer import IMPORT_KINDS
from accountmgr.domain.writes import MAX_NAME, MAX_TEXT, within
from accountmgr.store.database import is_live_file
from accountmgr.store.models import db

KINDS = IMPORT_KINDS

DELIMITERS = (",", ";", "\t", "|")
_SNIFF_CHARS = 64 * 1024
_CHUNK = 1024 * 1024
_FIELD_LIMIT = 16 * 1024 * 1024
# Limits of an Excel file, whose few compressed bytes may unpack to gigabytes: checked before
# (the size) or while (rows, cells) it is read.
MAX_WORKBOOK_BYTES = 200 * 1024 * 1024  # all of its parts unpacked, as its zip declares them
MAX_SHEET_ROWS = 1_048_576  # an Excel sheet's limit (as export.XLSX_MAX_ROWS), header included
MAX_CELL = MAX_TEXT  # characters of one cell: as many as any field takes (Excel's own: 32,767)

# ---------------------------------------------------------------------------------------------
# Reading files
# ---------------------------------------------------------------------------------------------


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
    openpyxl = importlib.import_module("openpyxl")
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


# ---------------------------------------------------------------------------------------------
# Fields and mapping
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FieldSpec:
    key: str
    label: str
    value_type: str
    required: bool = False
    multiple: bool = False
    """Several columns may give this field ("Email - Work", "Email - Home"): all are kept."""


_BUILTIN: dict[str, tuple[FieldSpec, ...]] = {
    "organizations": (
        FieldSpec("name", "Name", "name", True),
        FieldSpec("address", "Address", "text"),
        FieldSpec("country", "Country", "text"),
        FieldSpec("owner", "Owner", "user"),
        FieldSpec("label", "Label", "text"),
    ),
    "persons": (
        FieldSpec("name", "Name", "name", True),
        FieldSpec("organization", "Organization", "name"),
        FieldSpec("role", "Role", "text"),
        FieldSpec("email", "Email", "email", multiple=True),
        FieldSpec("phone", "Phone", "phone", multiple=True),
    ),
    "deals": (
        FieldSpec("title", "Title", "name", True),
        FieldSpec("organization", "Organization", "name"),
        FieldSpec("person", "Person", "name"),
        FieldSpec("value", "Value", "amount"),
        FieldSpec("currency", "Currency", "currency"),
        FieldSpec("status", "Status", "status"),
        FieldSpec("won_time", "Won time", "datetime"),
        FieldSpec("lost_time", "Lost time", "datetime"),
        FieldSpec("lost_reason", "Lost reason", "text"),
        FieldSpec("expected_close", "Expected close date", "date"),
        FieldSpec("owner", "Owner", "user"),
    ),
    "activities": (
        FieldSpec("subject", "Subject", "name", True),
        FieldSpec("type", "Type", "type"),
        FieldSpec("due_date", "Due date", "date", True),
        FieldSpec("due_time", "Due time", "time"),
        FieldSpec("duration", "Duration", "int"),
        FieldSpec("done", "Done", "bool"),
        FieldSpec("done_time", "Done time", "datetime"),
        FieldSpec("organization", "Organization", "name"),
        FieldSpec("person", "Person", "name"),
        FieldSpec("deal", "Deal", "name"),
        FieldSpec("assignee", "Assignee", "user"),
        FieldSpec("note", "Note", "text"),
    ),
    "notes": (
        FieldSpec("content", "Content", "text", True),
        FieldSpec("organization", "Organization", "name", True),
        FieldSpec("person", "Person", "name"),
        FieldSpec("deal", "Deal", "name"),
        FieldSpec("pinned", "Pinned", "bool"),
        FieldSpec("created_at", "Created at", "datetime"),
    ),
}

_ENTITY_OF_KIND = {
    "organizations": "organization",
    "persons": "person",
    "deals": "deal",
    "activities": "activity",
    "notes": "note",
}
_CUSTOM_ENTITY = {"organizations": "organization", "persons": "person", "deals": "deal"}
_OWN_NAME = {
    "organizations": "name",
    "persons": "name",
    "deals": "title",
    "activities": "subject",
    "notes": "content",
}

# Limits (characters) of what a file may give; the preview and the run both check them here.
MAX_ADDRESS = 1000
MAX_LIST = 2000  # a person's emails or phones, one per line
MAX_CUSTOM_TEXT = 1000
MAX_CUSTOM_LARGE_TEXT = 10_000

# Text limits per field key (characters); names are limited to MAX_NAME.
_TEXT_LIMITS = {
    "address": MAX_ADDRESS,
    "label": MAX_NAME,
    "role": MAX_NAME,
    "lost_reason": MAX_NAME,
    "note": MAX_TEXT,
    "content": MAX_TEXT,
}
_MULTILINE = frozenset({"address", "note", "content"})
_NOTES = frozenset({"note", "content"})  # may be written as HTML
_SPECS: dict[str, dict[str, FieldSpec]] = {
    kind: {spec.key: spec for spec in specs} for kind, specs in _BUILTIN.items()
}


def _require_kind(kind: str) -> None:
    if kind not in KINDS:
        raise ValidationError("“{kind}” is not something that can be imported.", kind=kind)


def fields_for(kind: str) -> list[FieldSpec]:
    """The fields a kind of record takes, its active custom fields (key "custom:<id>") last."""
    _require_kind(kind)
    reload_reference_data()
    specs = list(_BUILTIN[kind])
    entity = _CUSTOM_ENTITY.get(kind)
    if entity is not None:
        specs.extend(
            FieldSpec(f"custom:{d.id}", d.name, d.field_type)
            for d in customfields.definitions(entity)
        )
    return specs


def _plain(text: str) -> str:
    """Lower case without accents: "Währung" -> "wahrung"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return plain.replace("ø", "o").replace("æ", "ae").replace("œ", "oe")


@lru_cache(maxsize=8192)  # the same few values fill whole columns
def normalize(text: str) -> str:
    """Lower case, accents removed, punctuation as spaces: "E-Mail (Währung)" -> "e mail
    wahrung"."""
    return " ".join(re.sub(r"[^\w]+|_", " ", _plain(text)).split())


def _words(*groups: str) -> frozenset[str]:
    found = (normalize(w) for group in groups for w in group.split("|"))
    return frozenset(w for w in found if w)


# What each entity is called, for "Organization - Name" prefixes and bare link columns.
_ENTITY_WORDS: dict[str, frozenset[str]] = {
    "organization": _words(
        "organization|organisation|org|company|account|customer|client",
        "entreprise|société|organisation|compte",
        "firma|unternehmen|organisation|kunde",
        "empresa|organización|compañía|cuenta|cliente",
        "azienda|società|organizzazione|cliente",
        "organização|empresa|companhia|conta",
    ),
    "person": _words(
        "person|contact|people|contact person",
        "personne|contact|interlocuteur",
        "person|kontakt|ansprechpartner|kontaktperson",
        "persona|contacto|persona de contacto",
        "persona|contatto|referente",
        "pessoa|contato|contacto|pessoa de contato",
    ),
    "deal": _words(
        "deal|opportunity",
        "affaire|opportunité|transaction",
        "deal|geschäft|verkaufschance|auftrag",
        "trato|negocio|oportunidad",
        "trattativa|opportunità|affare",
        "negócio|oportunidade",
    ),
    "activity": _words(
        "activity", "activité", "aktivität", "actividad", "attività", "atividade|atividades"
    ),
    "note": _words("note", "note", "notiz", "nota", "nota", "nota"),
}

# Header names per field key, in the six languages (compared normalized).
_SYNONYMS: dict[str, frozenset[str]] = {
    "name": _words(
        "name|full name",
        "nom|nom complet",
        "name|vollständiger name",
        "nombre|nombre completo",
        "nome|nome completo",
        "nome|nome completo",
    ),
    "address": _words(
        "address|full address|postal address|street address|combined address",
        "adresse|adresse postale|adresse complète",
        "adresse|anschrift|postanschrift|vollständige adresse",
        "dirección|domicilio|dirección postal",
        "indirizzo|indirizzo completo",
        "endereço|morada|endereço completo",
    ),
    "country": _words(
        "country|country code",
        "pays|code pays",
        "land|ländercode|staat",
        "país|código de país",
        "paese|nazione|stato|codice paese",
        "país|código do país",
    ),
    "owner": _words(
        "owner|owner name|account owner|sales rep|salesperson",
        "propriétaire|responsable|commercial",
        "inhaber|besitzer|verantwortlich|zuständig|vertriebsmitarbeiter|eigentümer",
        "propietario|responsable|comercial|vendedor",
        "proprietario|responsabile|commerciale|venditore",
        "proprietário|responsável|dono|vendedor",
    ),
    "label": _words(
        "label|labels|tag|tags",
        "étiquette|étiquettes|libellé",
        "label|etikett|etiketten|schlagwort|kennzeichnung",
        "etiqueta|etiquetas",
        "etichetta|etichette",
        "etiqueta|etiquetas|rótulo",
    ),
    "organization": _words(
        "organization|organisation|company|account|organization name|organisation name|"
        "company name|customer",
        "organisation|entreprise|société|compte|nom de l'entreprise|nom de l'organisation|client",
        "organisation|firma|unternehmen|firmenname|kunde",
        "organización|empresa|compañía|nombre de la empresa|cliente",
        "organizzazione|azienda|società|nome azienda|cliente",
        "organização|empresa|companhia|nome da empresa|cliente",
    ),
    "role": _words(
        "role|job title|title|position|function|job",
        "rôle|poste|fonction|titre|intitulé du poste",
        "rolle|position|funktion|berufsbezeichnung|titel|stellenbezeichnung",
        "rol|cargo|puesto|función|título",
        "ruolo|posizione|funzione|titolo|mansione",
        "função|cargo|papel|título",
    ),
    "email": _words(
        "email|e-mail|mail|email address|e-mail address",
        "courriel|adresse e-mail|adresse mail|adresse électronique|e-mail",
        "e-mail|e-mail-adresse|email-adresse|mail",
        "correo|correo electrónico|email|e-mail",
        "email|e-mail|posta elettronica|indirizzo email|indirizzo e-mail",
        "email|e-mail|endereço de email|endereço de e-mail|correio eletrónico|correio eletrônico",
    ),
    "phone": _words(
        "phone|telephone|phone number|tel|mobile|cell|cell phone|mobile phone",
        "téléphone|tél|numéro de téléphone|portable|mobile",
        "telefon|telefonnummer|tel|handy|mobil|mobiltelefon|rufnummer",
        "teléfono|tel|número de teléfono|móvil|celular",
        "telefono|tel|numero di telefono|cellulare",
        "telefone|tel|número de telefone|telemóvel|celular",
    ),
    "title": _words(
        "title|name|deal title|deal name|deal",
        "titre|nom|intitulé|nom de l'affaire|titre de l'affaire|affaire",
        "titel|name|deal-titel|dealname|geschäft|bezeichnung",
        "título|nombre|título del trato|nombre del trato|trato|negocio",
        "titolo|nome|titolo della trattativa|trattativa",
        "título|nome|título do negócio|negócio",
    ),
    "person": _words(
        "person|contact|contact person|person name|contact name",
        "personne|contact|personne de contact|nom du contact|interlocuteur",
        "person|kontakt|kontaktperson|ansprechpartner",
        "persona|contacto|persona de contacto|nombre del contacto",
        "persona|contatto|referente|nome del contatto",
        "pessoa|contato|contacto|pessoa de contato|nome do contato",
    ),
    "value": _words(
        "value|amount|deal value|price",
        "valeur|montant|valeur de l'affaire|prix",
        "wert|betrag|volumen|auftragswert|preis",
        "valor|importe|monto|valor del trato|precio",
        "valore|importo|valore della trattativa|prezzo",
        "valor|montante|valor do negócio|preço",
    ),
    "currency": _words(
        "currency|currency code|currency of value",
        "devise|monnaie|code devise",
        "währung|währungscode",
        "moneda|divisa",
        "valuta|divisa",
        "moeda|divisa",
    ),
    "status": _words(
        "status|state|deal status",
        "statut|état",
        "status|zustand",
        "estado|estatus",
        "stato",
        "estado|situação|status",
    ),
    "won_time": _words(
        "won time|won date|won on|won at|date won",
        "date de gain|gagnée le|gagné le|date gagnée",
        "gewonnen am|gewinndatum|datum gewonnen",
        "fecha de ganado|ganado el|fecha ganado",
        "data di vincita|vinta il|data vinta",
        "data de ganho|ganho em|data ganho",
    ),
    "lost_time": _words(
        "lost time|lost date|lost on|lost at|date lost",
        "date de perte|perdue le|perdu le|date perdue",
        "verloren am|verlustdatum|datum verloren",
        "fecha de pérdida|perdido el|fecha perdido",
        "data di perdita|persa il|data persa",
        "data de perda|perdido em|data perdido",
    ),
    "lost_reason": _words(
        "lost reason|reason lost|loss reason|reason",
        "motif de perte|raison de la perte|raison",
        "verlustgrund|grund|grund für verlust",
        "motivo de pérdida|razón de pérdida|motivo",
        "motivo della perdita|motivo perdita|motivo",
        "motivo da perda|motivo de perda|motivo",
    ),
    "expected_close": _words(
        "expected close date|expected close|close date|closing date|expected closing date",
        "date de clôture prévue|date de clôture|date de conclusion prévue",
        "erwartetes abschlussdatum|abschlussdatum|voraussichtliches abschlussdatum",
        "fecha de cierre prevista|fecha de cierre|fecha prevista de cierre",
        "fecha de cierre esperada",
        "data di chiusura prevista|data di chiusura|data chiusura prevista",
        "data de fechamento prevista|data de fechamento|data prevista de fecho|data de fecho",
    ),
    "subject": _words(
        "subject|title|name|activity",
        "sujet|objet|titre",
        "betreff|thema|titel",
        "asunto|tema|título",
        "oggetto|titolo|argomento",
        "assunto|título|tema",
    ),
    "type": _words(
        "type|activity type|kind",
        "type|type d'activité",
        "typ|aktivitätstyp|art",
        "tipo|tipo de actividad",
        "tipo|tipo di attività",
        "tipo|tipo de atividade",
    ),
    "due_date": _words(
        "due date|date|due|due on|deadline",
        "date d'échéance|échéance|date|date prévue",
        "fälligkeitsdatum|fällig am|datum|fällig|termin",
        "fecha de vencimiento|fecha|vencimiento|fecha límite",
        "data di scadenza|scadenza|data",
        "data de vencimento|vencimento|data|prazo",
    ),
    "due_time": _words(
        "due time|time|start time",
        "heure|heure d'échéance|heure de début",
        "uhrzeit|zeit|fällig um|startzeit",
        "hora|hora de vencimiento|hora de inicio",
        "ora|orario|ora di scadenza|ora di inizio",
        "hora|hora de vencimento|hora de início",
    ),
    "duration": _words(
        "duration|duration minutes|duration min|length",
        "durée|durée minutes",
        "dauer|dauer minuten|dauer min",
        "duración|duración minutos",
        "durata|durata minuti",
        "duração|duração minutos",
    ),
    "done": _words(
        "done|completed|is done|complete|finished",
        "fait|terminé|effectué|réalisé|achevé",
        "erledigt|abgeschlossen|fertig|done",
        "hecho|completado|realizado|terminado",
        "fatto|completato|completata|svolto|eseguito",
        "feito|concluído|concluída|realizado|completo",
    ),
    "done_time": _words(
        "done time|marked as done time|completed on|done date|completion date|done at",
        "date de réalisation|réalisé le|date d'achèvement|terminé le",
        "erledigt am|abgeschlossen am|erledigungsdatum",
        "fecha de realización|realizado el|completado el|fecha de finalización",
        "data di completamento|completato il|svolto il",
        "data de conclusão|concluído em|feito em",
    ),
    "deal": _words(
        "deal|deal title|deal name|opportunity",
        "affaire|titre de l'affaire|opportunité",
        "deal|geschäft|deal-titel|verkaufschance",
        "trato|negocio|oportunidad|título del trato",
        "trattativa|opportunità|affare",
        "negócio|oportunidade|título do negócio",
    ),
    "assignee": _words(
        "assignee|assigned to|assigned to user|user|assigned user|owner",
        "responsable|attribué à|assigné à|utilisateur|propriétaire",
        "zugewiesen an|zugewiesen|bearbeiter|benutzer|verantwortlich|zuständig",
        "asignado a|asignado|usuario|responsable",
        "assegnatario|assegnato a|utente|responsabile",
        "atribuído a|responsável|usuário|utilizador",
    ),
    "note": _words(
        "note|notes|comment|comments|description|public description",
        "remarque|commentaire|commentaires|description|notes",
        "notiz|notizen|kommentar|bemerkung|bemerkungen|beschreibung",
        "nota|notas|comentario|comentarios|descripción",
        "nota|note|commento|commenti|descrizione",
        "nota|notas|comentário|observações|descrição",
    ),
    "content": _words(
        "content|note|text|body|notes",
        "contenu|texte|note",
        "inhalt|text|notiz",
        "contenido|texto|nota",
        "contenuto|testo|nota",
        "conteúdo|texto|nota",
    ),
    "pinned": _words(
        "pinned|pin|pinned to top|sticky",
        "épinglé|épinglée|épingler",
        "angeheftet|fixiert|angepinnt",
        "anclado|fijado|destacado",
        "fissato|appuntato|in evidenza",
        "fixado|afixado|destacado",
    ),
    "created_at": _words(
        "created at|created|add time|date created|creation date|created on",
        "créé le|date de création|créée le",
        "erstellt am|erstellt|erstellungsdatum|angelegt am",
        "fecha de creación|creado|creado el",
        "data di creazione|creato|creato il",
        "data de criação|criado em|criado",
    ),
}


# Names of an organization or of a person only (a "Company" column in a persons file is the
# person's organization, not the person's name).
_NAME_OF = {
    "organizations": _words(
        "organization name|organisation name|company name|company|business name",
        "raison sociale|nom de l'entreprise|nom de la société|nom de l'organisation|entreprise",
        "firmenname|name der organisation|firma|unternehmen|unternehmensname|organisation",
        "nombre de la empresa|razón social|nombre de la organización|empresa",
        "ragione sociale|nome azienda|nome dell'azienda|azienda",
        "nome da empresa|razão social|nome da organização|empresa",
    ),
    "persons": _words(
        "person name|contact name|contact",
        "nom et prénom|nom du contact|nom de la personne",
        "kontaktname|name des kontakts|ansprechpartner",
        "nombre del contacto|nombre y apellidos|contacto",
        "nome del contatto|nome e cognome|contatto",
        "nome do contato|nome do contacto|contato",
    ),
}


def _synonyms(kind: str, key: str) -> frozenset[str]:
    found = _SYNONYMS.get(key, frozenset())
    if key == "name":
        return found | _NAME_OF.get(kind, frozenset())
    return found


def _split_prefix(header: str) -> list[str]:
    """ "Person - Email - Work" -> ["person", "email", "work"] (normalized parts)."""
    parts = re.split(r"\s+[-\u2013\u2014:]\s+", header)
    return [p for p in (normalize(part) for part in parts) if p]


def _entity_of(word: str) -> str | None:
    for entity, words in _ENTITY_WORDS.items():
        if word in words:
            return entity
    return None


def _lookup(kind: str, text: str, keys: list[str]) -> str | None:
    """The field of `kind` a normalized header text names, by synonyms or entity words."""
    for key in keys:
        if text in _synonyms(kind, key):
            return key
    entity = _entity_of(text)
    if entity == _ENTITY_OF_KIND[kind]:
        return _OWN_NAME[kind]
    if entity in keys:
        return entity
    return None


def _candidate(kind: str, header: str, keys: list[str], loose: bool) -> str | None:
    parts = _split_prefix(header)
    if not parts:
        return None
    whole = normalize(header)
    if len(parts) == 1:
        found = _lookup(kind, whole, keys)
        if found is None and loose:
            stripped = normalize(re.sub(r"\(.*?\)|\[.*?\]|\d+$", " ", header))
            if stripped and stripped != whole:
                found = _lookup(kind, stripped, keys)
        return found
    entity = _entity_of(parts[0])
    rest = parts[1:]
    if entity is None:  # "Email - Work": the field, then a qualifier
        return _lookup(kind, parts[0], keys) if loose else _lookup(kind, whole, keys)
    tries = [" ".join(rest)] + ([rest[0]] if loose and len(rest) > 1 else [])
    if entity == _ENTITY_OF_KIND[kind]:
        for text in tries:
            found = _lookup(kind, text, keys)
            if found is not None:
                return found
        return None
    # Another entity's column: only its name links a record of it ("Organization - Name").
    if entity in keys and (tries[0] in _SYNONYMS["name"] or tries[0] in _SYNONYMS["title"]):
        return entity
    return None


def auto_map(kind: str, headers: list[str]) -> dict[int, str]:
    """Column index -> field key, guessed from the header names; each field used once, except
    fields that take several columns (emails, phones: "Email - Work" and "Email - Home").

    Exact labels and custom field names first, then synonyms in six languages (with or without
    a Pipedrive-style "Organization - " prefix), then looser matches ("Email - Work",
    "Phone (mobile)").
    """
    specs = fields_for(kind)
    keys = [s.key for s in specs if not s.key.startswith("custom:")]
    multiple = {s.key for s in specs if s.multiple}
    labels: dict[str, str] = {}
    for spec in specs:
        labels.setdefault(normalize(spec.label), spec.key)
    mapping: dict[int, str] = {}
    used: set[str] = set()

    def claim(column: int, key: str | None) -> None:
        if key is not None and (key not in used or key in multiple) and column not in mapping:
            mapping[column] = key
            used.add(key)

    for column, header in enumerate(headers):
        claim(column, labels.get(normalize(header)))
    for loose in (False, True):
        for column, header in enumerate(headers):
            if column not in mapping:
                claim(column, _candidate(kind, header, keys, loose))
    return dict(sorted(mapping.items()))


# ---------------------------------------------------------------------------------------------
# Values
# ---------------------------------------------------------------------------------------------

_SYMBOLS = {
    "€": "EUR",
    "us$": "USD",
    "r$": "BRL",
    "$": "USD",
    "£": "GBP",
    "¥": "JPY",
    "円": "JPY",
    "fr.": "CHF",
    "sfr.": "CHF",
}
_SYMBOL_PATTERN = "|".join(re.escape(s) for s in sorted(_SYMBOLS, key=len, reverse=True))
_CURRENCY_AT_START = re.compile(rf"^\s*({_SYMBOL_PATTERN}|[a-z]{{3}}(?![a-z]))\s*", re.IGNORECASE)
_CURRENCY_AT_END = re.compile(rf"\s*({_SYMBOL_PATTERN}|(?<![a-z])[a-z]{{3}})\s*$", re.IGNORECASE)
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009\u2007]+")
_GROUPING = " '\u2019_"


def _currency_code(token: str) -> str:
    return _SYMBOLS.get(token.casefold(), token.upper())


# digits with at most two decimals after a point: never a thousands separator ("1.234" is)
_PLAIN_AMOUNT = re.compile(r"(\d{1,30})(?:\.(\d{1,2}))?")


def split_currency(text: str) -> tuple[str, str | None]:
    """An amount text without its currency symbol or code, and the code it named (or None)."""
    rest = _SPACES.sub(" ", text).strip()
    named: str | None = None
    sign = ""
    if rest[:1] in "-+" and len(rest) > 1 and not rest[1].isdigit():
        sign, rest = rest[0], rest[1:].lstrip()  # "-$12", "- EUR 12"
    for pattern in (_CURRENCY_AT_START, _CURRENCY_AT_END):
        match = pattern.search(rest)
        if match is not None and match.group(0).strip() != rest.strip():
            named = _currency_code(match.group(1))
            rest = rest[: match.start()] + rest[match.end() :]
            break
    return sign + rest.strip(), named


def parse_decimal(text: str) -> Decimal:
    """A number written with either decimal separator and optional thousands separators
    ("1.234,56", "1,234.56", "1 234,56", "1'234.56", "-12", "(12)"); raises ValidationError."""
    body = _SPACES.sub(" ", text).strip()
    negative = False
    if len(body) > 1 and body.startswith("(") and body.endswith(")"):
        negative, body = True, body[1:-1].strip()
    if body and body[0] in "-+\u2212":
        negative, body = negative or body[0] != "+", body[1:].strip()
    elif body and body[-1] in "-\u2212":
        negative, body = True, body[:-1].strip()
    if not body or not re.fullmatch("[\\d.,' \u2019_]+", body) or not re.search(r"\d", body):
        raise ValidationError("“{text}” is not a number.", text=text)
    if not body[0].isdigit() and body[0] not in ".,":
        raise ValidationError("“{text}” is not a number.", text=text)
    dots, commas = body.count("."), body.count(",")
    other_grouping = any(c in body for c in _GROUPING)
    decimal_sep: str | None
    if dots and commas:
        decimal_sep = "." if body.rfind(".") > body.rfind(",") else ","
        if body.count(decimal_sep) > 1:
            raise ValidationError("“{text}” is not a number.", text=text)
    elif dots + commas == 0:
        decimal_sep = None
    else:
        sep = "." if dots else ","
        if dots + commas > 1:
            decimal_sep = None  # "1.234.567": thousands only
        else:
            whole, _, fraction = body.partition(sep)
            thousands = (
                len(fraction) == 3
                and not other_grouping
                and whole.isdigit()
                and 1 <= len(whole) <= 3
                and whole != "0"
            )
            decimal_sep = None if thousands else sep
    if decimal_sep is None:
        whole, fraction = body, ""
    else:
        whole, _, fraction = body.rpartition(decimal_sep)
        if not fraction.isdigit():
            raise ValidationError("“{text}” is not a number.", text=text)
    groups = re.split("[.,' \u2019_]", whole) if whole else ["0"]
    if len(groups) > 1 and (not 1 <= len(groups[0]) <= 3 or any(len(g) != 3 for g in groups[1:])):
        raise ValidationError("“{text}” is not a number.", text=text)
    digits = "".join(groups) or "0"
    if not digits.isdigit() or len(digits) > 30 or len(fraction) > 30:
        raise ValidationError("“{text}” is not a number.", text=text)
    number = Decimal(f"{digits}.{fraction}" if fraction else digits)
    return -number if negative else number


def parse_amount_text(text: str, exponent: int) -> int:
    """A number as minor units of a currency with `exponent` decimals (sign kept)."""
    number = parse_decimal(text)
    scaled = number.scaleb(exponent)
    if scaled != scaled.to_integral_value():
        raise ValidationError(
            "“{text}” has more decimals than the currency allows ({exponent}).",
            text=text,
            exponent=exponent,
        )
    return int(scaled)


# -- dates and times ---------------------------------------------------------------------------

_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "january|jan|janvier|janv|januar|jänner|jän|enero|ene|gennaio|gen|janeiro",
        "february|feb|février|févr|fév|februar|febrero|febbraio|fevereiro|fev",
        "march|mar|mars|märz|mrz|marzo|março",
        "april|apr|avril|avr|abril|abr|aprile",
        "may|mai|mayo|maggio|mag|maio",
        "june|jun|juin|juni|junio|giugno|giu|junho",
        "july|jul|juillet|juil|juli|julio|luglio|lug|julho",
        "august|aug|août|aout|agosto|ago",
        "september|sep|sept|septembre|septiembre|setiembre|settembre|set|setembro",
        "october|oct|octobre|oktober|okt|octubre|ottobre|ott|outubro|out",
        "november|nov|novembre|noviembre|novembro",
        "december|dec|décembre|déc|dezember|dez|diciembre|dic|dicembre|dezembro",
    ),
    start=1,
):
    for _name in _names.split("|"):
        _MONTHS[normalize(_name)] = _number

_ISO_DATE = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
_NUMERIC_DATE = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})")
_COMPACT_DATE = re.compile(r"(\d{4})(\d{2})(\d{2})")
_DAY_MONTH_NAME = re.compile(
    r"(\d{1,2})(?:st|nd|rd|th|er|o)?\s*(?:de\s+)?([a-z]+)\s*(?:de\s+)?(\d{4})"
)
_MONTH_NAME_DAY = re.compile(r"([a-z]+)\s*(\d{1,2})(?:st|nd|rd|th)?\s+(\d{4})")
_TIME = re.compile(
    r"(\d{1,2})\s*(?:[:.]\s*(\d{2})|(h)\s*(\d{2})?)?(?::(\d{2})(?:[.,]\d+)?)?"
    r"\s*(?:(a|p)\.?\s*m\.?)?",
    re.IGNORECASE,
)
_DATETIME = re.compile(
    r"(.+?)(?:[T\s,]+|(?<=\d)T)(\d{1,2}\s*[:h]\s*\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*"
    r"(?:[ap]\.?\s*m\.?)?)\s*(z|utc|gmt|[+-]\d{2}:?\d{2})?",
    re.IGNORECASE,
)


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        year += 2000 if year < 70 else 1900
    return year


def _make_date(year: int, month: int, day: int, text: str) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ValidationError("“{text}” is not a valid date.", text=text) from None


@lru_cache(maxsize=8192)  # the same few values fill whole columns
def parse_date(text: str, *, day_first: bool) -> tuple[dt.date, bool]:
    """A date and whether it was ambiguous (could be read day-first or month-first, giving two
    different dates). Accepts ISO, dd.mm.yyyy, dd/mm/yyyy, mm/dd/yyyy, "24 Nov 2026",
    "24. November 2026", "24 de noviembre de 2026", "Nov 24, 2026"; raises ValidationError."""
    cleaned = _SPACES.sub(" ", text).strip()
    if (match := _ISO_DATE.fullmatch(cleaned)) or (match := _COMPACT_DATE.fullmatch(cleaned)):
        year, month, day = (int(g) for g in match.groups())
        return _make_date(year, month, day, text), False
    if match := _NUMERIC_DATE.fullmatch(cleaned):
        first, second, year = int(match.group(1)), int(match.group(2)), _year(match.group(3))
        day, month = (first, second) if day_first else (second, first)
        if not 1 <= month <= 12 and 1 <= day <= 12:  # only the other reading is a date
            day, month = month, day
        date = _make_date(year, month, day, text)
        ambiguous = first != second and first <= 12 and second <= 12
        return date, ambiguous
    words = normalize(cleaned)
    if match := _DAY_MONTH_NAME.fullmatch(words):
        named = _MONTHS.get(match.group(2))
        if named is not None:
            return _make_date(int(match.group(3)), named, int(match.group(1)), text), False
    if match := _MONTH_NAME_DAY.fullmatch(words):
        named = _MONTHS.get(match.group(1))
        if named is not None:
            return _make_date(int(match.group(3)), named, int(match.group(2)), text), False
    raise ValidationError("“{text}” is not a date.", text=text)


@lru_cache(maxsize=8192)  # the same few values fill whole columns
def parse_time(text: str) -> dt.time:
    """A time of day: "10:00", "10:00:00", "9h30", "15h", "3:30 PM"; raises ValidationError."""
    match = _TIME.fullmatch(_SPACES.sub(" ", text).strip())
    if match is None:
        raise ValidationError("“{text}” is not a time of day.", text=text)
    hours, colon_minutes, h_mark, h_minutes, seconds, noon = match.groups()
    if colon_minutes is None and h_mark is None and noon is None:
        raise ValidationError("“{text}” is not a time of day.", text=text)
    hour, minute = int(hours), int(colon_minutes or h_minutes or 0)
    second = int(seconds or 0)
    if noon:
        if not 1 <= hour <= 12:
            raise ValidationError("“{text}” is not a time of day.", text=text)
        hour = hour % 12 + (12 if noon.lower() == "p" else 0)
    if hour > 23 or minute > 59 or second > 59:
        raise ValidationError("“{text}” is not a time of day.", text=text)
    return dt.time(hour, minute, second)


@lru_cache(maxsize=8192)  # the same few values fill whole columns
def parse_datetime(text: str, *, day_first: bool) -> tuple[dt.datetime, bool]:
    """A date with an optional time ("2026-11-24 10:00", "24.11.2026 10:00",
    "2026-11-24T10:00:00Z"), as local time without a zone, and whether the date was
    ambiguous; a date alone is midnight. Raises ValidationError."""
    if plain := _ISO_MOMENT.fullmatch(text):  # "2026-11-24 10:00", as exports write
        try:
            year, month, day, hour, minute, second = plain.groups()
            moment = dt.datetime(
                int(year), int(month), int(day), int(hour), int(minute), int(second or 0)
            )
            return moment, False
        except ValueError:
            pass  # read the long way, for the message
    cleaned = _SPACES.sub(" ", text).strip()
    match = _DATETIME.fullmatch(cleaned)
    if match is None:
        date, ambiguous = parse_date(cleaned, day_first=day_first)
        return dt.datetime.combine(date, dt.time()), ambiguous
    try:
        date, ambiguous = parse_date(match.group(1), day_first=day_first)
        clock = parse_time(match.group(2))
    except ValidationError:
        raise ValidationError("“{text}” is not a date and time.", text=text) from None
    moment = dt.datetime.combine(date, clock)
    zone = match.group(3)
    if zone:
        if zone.lower() in ("z", "utc", "gmt"):
            offset = dt.timedelta()
        else:
            sign = -1 if zone[0] == "-" else 1
            digits = zone[1:].replace(":", "")
            offset = sign * dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
        if abs(offset) >= dt.timedelta(hours=24):
            raise ValidationError("“{text}” is not a date and time.", text=text)
        try:
            aware = moment.replace(tzinfo=dt.timezone(offset))
            moment = aware.astimezone().replace(tzinfo=None)
        except (OverflowError, ValueError):
            raise ValidationError("“{text}” is not a date and time.", text=text) from None
    return moment, ambiguous


_ISO_MOMENT = re.compile(r"(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?")
_MINUTE_WORDS = r"(?:m|min|mins|minute|minutes|minuten|minutos|minuti)"
_DURATION_MINUTES = re.compile(rf"(\d{{1,6}}){_MINUTE_WORDS}?")
_DURATION_HOURS = re.compile(
    r"(\d{1,4})(?::|h|hr|hrs|hour|hours|std|stunde|stunden|heure|heures|hora|horas|ora|ore)"
    rf"(?:(\d{{1,2}}){_MINUTE_WORDS}?)?"
)
MAX_DURATION = 24 * 60 * 31


@lru_cache(maxsize=8192)  # the same few values fill whole columns
def parse_duration(text: str) -> int:
    """Minutes: "30", "30 min", "1:30", "1h30", "2 h"; raises ValidationError."""
    cleaned = "".join(_plain(text).split()).rstrip(".")
    minutes = -1
    if found := _DURATION_MINUTES.fullmatch(cleaned):
        minutes = int(found.group(1))
    elif (found := _DURATION_HOURS.fullmatch(cleaned)) and int(found.group(2) or 0) < 60:
        minutes = int(found.group(1)) * 60 + int(found.group(2) or 0)
    if not 0 <= minutes <= MAX_DURATION:
        raise ValidationError("“{text}” is not a duration in minutes (at most 31 days).", text=text)
    return minutes


# -- words in six languages --------------------------------------------------------------------

_STATUSES: dict[str, str] = {}
for _status, _names in (
    (
        "open",
        "open|opened|in progress|offen|geöffnet|laufend|ouvert|ouverte|en cours|abierto|"
        "abierta|en curso|aperto|aperta|in corso|aberto|aberta|em andamento",
    ),
    ("won", "won|win|gewonnen|gagné|gagnée|ganado|ganada|vinto|vinta|ganho|ganha"),
    ("lost", "lost|loss|verloren|perdu|perdue|perdido|perdida|perso|persa"),
):
    for _name in _names.split("|"):
        _STATUSES[normalize(_name)] = _status

# Yes / no, and the done / not done of web-CRM status columns ("Done" / "To do"), in the six
# languages; compared lower case without accents ("À faire" is "a faire").
_TRUE = _words(
    "yes|y|true|1|x|✓|✔|done|completed|complete|finished|closed|checked|marked as done",
    "oui|o|vrai|fait|faite|terminé|terminée|effectué|effectuée|réalisé|réalisée|achevé|clos",
    "ja|j|wahr|erledigt|abgeschlossen|fertig|gemacht|durchgeführt",
    "sí|si|s|verdadero|hecho|hecha|completado|completada|realizado|realizada|terminado|"
    "terminada|finalizado|finalizada|cerrado",
    "sì|vero|fatto|fatta|completato|completata|svolto|svolta|eseguito|eseguita|concluso|chiuso",
    "sim|verdadeiro|feito|feita|concluído|concluída|realizado|realizada|completo|completa|"
    "finalizado|finalizada|terminado|fechado",
)
_FALSE = _words(
    "no|n|false|0|-|not done|to do|todo|to-do|open|pending|not completed|incomplete|undone|"
    "planned|scheduled|unchecked",
    "non|faux|à faire|a faire|non fait|pas fait|non terminé|ouvert|ouverte|en attente|en cours|"
    "prévu|planifié",
    "nein|falsch|offen|zu erledigen|nicht erledigt|unerledigt|ausstehend|zu tun|geplant",
    "no|falso|pendiente|por hacer|no hecho|sin hacer|abierto|abierta|planificado|programado",
    "no|falso|da fare|non fatto|non completato|aperto|aperta|in sospeso|in attesa|pianificato",
    "não|nao|falso|pendente|a fazer|por fazer|não feito|não concluído|aberto|aberta|em aberto|"
    "planejado|agendado",
)
_TRUE_SYMBOLS = frozenset({"✓", "✔", "x", "☑"})

_ACTIVITY_TYPES: dict[str, str] = {}
for _type, _names in (
    ("call", "call|phone call|anruf|telefonat|appel|llamada|chiamata|telefonata|chamada|ligação"),
    ("meeting", "meeting|besprechung|termin|treffen|réunion|rendez-vous|reunión|riunione|reunião"),
    ("task", "task|to do|todo|aufgabe|tâche|tarea|compito|attività|tarefa"),
    ("deadline", "deadline|frist|échéance|fecha límite|plazo|scadenza|prazo"),
    ("email", "email|e-mail|mail|courriel|correo|correo electrónico|posta elettronica"),
    ("lunch", "lunch|mittagessen|déjeuner|almuerzo|comida|pranzo|almoço"),
):
    for _name in _names.split("|"):
        _ACTIVITY_TYPES[normalize(_name)] = _type


@lru_cache(maxsize=8192)  # the same few values fill whole columns
def parse_status(text: str) -> str:
    """ "open", "won" or "lost" from a status in six languages; raises ValidationError."""
    found = _STATUSES.get(normalize(text))
    if found is None:
        raise ValidationError("“{text}” is not a deal status (open, won or lost).", text=text)
    return found


@lru_cache(maxsize=8192)  # the same few values fill whole columns
def parse_bool(text: str) -> bool:
    """Yes or no in six languages ("ja", "oui", "sí", "sì", "sim", "1", "true", "x" / "no"…),
    and the done / not done words of status columns ("Done" / "To do", "Erledigt" / "Offen",
    "Fait" / "À faire", "Hecho" / "Pendiente", "Fatto" / "Da fare", "Feito" / "A fazer"…),
    case and accents ignored."""
    stripped = text.strip().casefold()
    if stripped in _TRUE_SYMBOLS:
        return True
    word = normalize(text)
    if word in _TRUE:
        return True
    if word in _FALSE or stripped in ("-", "☐"):
        return False
    raise ValidationError("“{text}” is neither yes nor no.", text=text)


_EMAIL = re.compile(r"[^@\s<>,;\"()]+@[^@\s<>,;\"()]+\.[^@\s<>,;\"().]+")
_PHONE = re.compile(r"\+?[\d\s().\-/]{3,40}")


def is_email(text: str) -> bool:
    """Whether the text is one email address."""
    return _EMAIL.fullmatch(text.strip()) is not None


def is_phone(text: str) -> bool:
    """Whether the text could be one phone number."""
    item = " ".join(text.split())
    return _PHONE.fullmatch(item) is not None and sum(c.isdigit() for c in item) >= 3


def parse_emails(text: str) -> str:
    """Email addresses, one per line ("Ann <ann@example.com>" keeps the address)."""
    found: list[str] = []
    for part in re.split(r"[,;\n]+", text):
        item = part.strip()
        if not item:
            continue
        bracket = re.fullmatch(r"[^<>]*<([^<>]+)>", item)
        address = (bracket.group(1) if bracket else item).strip()
        if not _EMAIL.fullmatch(address) or len(address) > MAX_NAME:
            raise ValidationError("“{text}” is not an email address.", text=item)
        found.append(address)
    return _list_text(found, "email addresses")


_LIST_WHAT = {"email": "email addresses", "phone": "phone numbers"}


def _list_text(items: list[str], what: str) -> str:
    """Items one per line, each once, within MAX_LIST characters."""
    text = "\n".join(dict.fromkeys(items))
    if len(text) > MAX_LIST:
        raise ValidationError(
            "The {what} are too long ({length} characters; at most {limit}).",
            what=what,
            length=len(text),
            limit=MAX_LIST,
        )
    return text


def parse_phones(text: str) -> str:
    """Phone numbers, one per line."""
    found: list[str] = []
    for part in re.split(r"[,;\n]+", text):
        item = " ".join(part.split())
        if not item:
            continue
        if not _PHONE.fullmatch(item) or sum(c.isdigit() for c in item) < 3:
            raise ValidationError("“{text}” is not a phone number.", text=item)
        found.append(item)
    return _list_text(found, "phone numbers")


def _single_line(text: str, what: str, limit: int = MAX_NAME) -> str:
    return within(" ".join(text.split()), what, limit)


def _free_text(text: str, what: str, limit: int) -> str:
    return within(text.strip(), what, limit)


# -- reference data from the database, loaded once and on a miss -------------------------------


@dataclass
class _Reference:
    """Currency exponents and custom field definitions, read once per database rather than once
    per row; read again when a row names one not known yet (added since) and when `fields_for`
    is called (before a mapping is made)."""

    source: object = None
    currencies: dict[str, int] = field(default_factory=dict)
    custom: dict[int, customfields.FieldDefinition] = field(default_factory=dict)
    missed: set[object] = field(default_factory=set)

    def _current(self) -> None:
        source = (id(db.obj), getattr(db.obj, "database", None))
        if self.source != source:
            self.reload()
            self.source = source

    def reload(self) -> None:
        self.currencies = {
            str(code).upper(): int(exponent)
            for code, exponent in db.execute_sql("SELECT code, exponent FROM currency")
        }
        self.custom = {
            d.id: d
            for entity in customfields.ENTITIES
            for d in customfields.definitions(entity, include_retired=True)
        }
        self.missed = set()

    def miss(self, what: object) -> bool:
        """After a failed look-up: True (having read the data again) the first time."""
        if what in self.missed:
            return False
        self.reload()
        self.missed.add(what)
        return True

    def exponent(self, code: str) -> int | None:
        self._current()
        if code not in self.currencies:
            self.miss(("currency", code))
        return self.currencies.get(code)

    def definition(self, field_id: int) -> customfields.FieldDefinition | None:
        self._current()
        if field_id not in self.custom:
            self.miss(("field", field_id))
        return self.custom.get(field_id)

    def forget(self) -> None:
        self.source = None


_reference = _Reference()


def reload_reference_data() -> None:
    """Forget the cached currencies and custom field definitions (read again when needed)."""
    _reference.forget()


# -- one row -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Problem:
    """Why a cell (or, with column None, a row) cannot be imported. `message` is the English
    text; `template` and `params` are the same before formatting, for the interface to
    translate (as `DomainError` carries them)."""

    column: int | None
    message: str
    template: str = field(default="", compare=False)
    params: dict[str, Any] = field(default_factory=dict, compare=False)

    @classmethod
    def of(cls, column: int | None, error: DomainError) -> Problem:
        return cls(column, str(error), error.template, dict(error.params))


@dataclass(frozen=True)
class Converted:
    values: dict[str, Any]
    problems: list[Problem]
    ambiguous: list[int]


def currency_exponent(code: str) -> int | None:
    """The minor-unit exponent of a currency: the database's for one it knows, else ISO 4217's
    (a currency the import will add), else None (not a currency)."""
    known = _reference.exponent(code)
    if known is not None:
        return known
    return iso4217.exponent(code) if iso4217.is_currency(code) else None


def parse_currency(text: str) -> str:
    """An ISO 4217 currency code from a code or symbol ("eur", "€", "R$", "aud"): one the
    database knows, or any other ISO 4217 currency (the import adds it, its rate pending)."""
    cleaned = text.strip()
    code = _currency_code(cleaned)
    if not re.fullmatch(r"[A-Z]{3}", code) or currency_exponent(code) is None:
        raise ValidationError("“{code}” is not a known currency.", code=cleaned)
    return code


def _option(definition: customfields.FieldDefinition, text: str) -> str:
    wanted = normalize(text)
    for option in definition.options:
        if option == text or normalize(option) == wanted:
            return option
    raise ValidationError(
        "“{value}” is not one of the options of “{field}”.", value=text, field=definition.name
    )


def _custom_value(definition: customfields.FieldDefinition, text: str, day_first: bool) -> Any:
    kind = definition.field_type
    if kind in ("number", "monetary"):
        number_text, _ = split_currency(text) if kind == "monetary" else (text, None)
        number = parse_decimal(number_text)
        return format(number.normalize(), "f") if number else "0"
    if kind == "date":
        date, _ = parse_date(text, day_first=day_first)
        return date
    if kind == "single_option":
        try:
            return _option(definition, text.strip())
        except ValidationError:
            if not _reference.miss(("option", definition.id, text.strip())):
                raise
            fresh = _reference.definition(definition.id) or definition
            return _option(fresh, text.strip())
    if kind == "multiple_options":
        parts = [p.strip() for p in re.split(r"[,;|\n]", text) if p.strip()]
        return [_option(definition, p) for p in parts]
    if kind == "large_text":
        return _free_text(text, definition.name, MAX_CUSTOM_LARGE_TEXT)
    if kind == "phone":
        phones = parse_phones(text).replace("\n", ", ")
        return _single_line(phones, definition.name, MAX_CUSTOM_TEXT)
    return _single_line(text, definition.name, MAX_CUSTOM_TEXT)  # text, address, user


# A converter turns the stripped, non-empty text of one cell into a value; it raises
# ValidationError, ValueError or ArithmeticError for a cell that cannot be read. A dated one
# returns (value, whether the date was ambiguous: day-first or month-first).
_Convert = Callable[[str], Any]


def _refuse(message: str, **values: str) -> _Convert:
    def convert(text: str) -> Any:
        raise ValidationError(message, **values)

    return convert


def _country(text: str) -> str:
    code = text.strip().upper()
    if not re.fullmatch(r"[A-Z]{2}", code):
        raise ValidationError("“{code}” is not a two-letter country code.", code=text)
    return code


def note_text(text: str, what: str = "note", limit: int = MAX_TEXT) -> str:
    """A note or other free text: HTML (as web CRMs export notes) as readable text with its
    line breaks and links kept; plain text as it is (trimmed)."""
    if looks_like_html(text):
        text = html_to_text(text)
    return _free_text(text, what, limit)


def _activity_type(what: str) -> _Convert:
    return lambda text: _ACTIVITY_TYPES.get(normalize(text)) or _single_line(text, what)


def _converter(kind: str, key: str, day_first: bool) -> tuple[_Convert, bool]:
    """How the cells of one field are read, and whether that is dated: chosen once per
    import, not per cell."""
    if key.startswith("custom:"):

        def custom(text: str) -> tuple[Any, bool]:
            definition = _custom_definition(kind, key)
            value = _custom_value(definition, text, day_first)
            unsure = definition.field_type == "date" and parse_date(text, day_first=day_first)[1]
            return value, unsure

        return custom, True
    spec = _SPECS[kind].get(key)
    if spec is None:
        return _refuse("“{key}” is not a field of {kind}.", key=key, kind=kind), False
    value_type, what = spec.value_type, spec.label.lower()
    if value_type in ("name", "user"):
        return partial(_single_line, what=what), False
    if value_type == "text":
        if key == "country":
            return _country, False
        limit = _TEXT_LIMITS.get(key, MAX_NAME)
        clean: Callable[..., str] = _single_line
        if key in _MULTILINE:
            clean = note_text if key in _NOTES else _free_text
        return partial(clean, what=what, limit=limit), False
    if value_type == "date":
        return partial(parse_date, day_first=day_first), True
    if value_type == "datetime":
        return partial(parse_datetime, day_first=day_first), True
    simple: dict[str, _Convert] = {
        "email": parse_emails,
        "phone": parse_phones,
        "status": parse_status,
        "bool": parse_bool,
        "type": _activity_type(what),
        "int": parse_duration,
        "time": parse_time,
    }
    if value_type in simple:
        return simple[value_type], False
    return _refuse("The field “{field}” cannot be imported.", field=spec.label), False


class RowPlan:
    """How the rows of one file are converted under one mapping: the columns of each field and
    the converter of each, worked out once. `convert` does what `convert_row` documents."""

    def __init__(self, kind: str, mapping: dict[int, str], *, day_first: bool) -> None:
        _require_kind(kind)
        self.kind = kind
        columns: dict[str, list[int]] = {}
        for column, key in sorted(mapping.items()):
            columns.setdefault(key, []).append(column)
        self.columns = {key: tuple(found) for key, found in columns.items()}
        specs = _SPECS[kind]
        # fields several columns give together (emails, phones): every cell is kept
        self.joined = {
            key
            for key, found in self.columns.items()
            if len(found) > 1 and key in specs and specs[key].multiple
        }
        # (key, its columns, converter); value and currency are read together by _money
        fields = [
            (key, found, *_converter(kind, key, day_first))
            for key, found in self.columns.items()
            if key not in ("value", "currency") and key not in self.joined
        ]
        self.joins = [
            (key, found, _converter(kind, key, day_first)[0])
            for key, found in self.columns.items()
            if key in self.joined
        ]
        # fields of one column, read without looking further when a row is wide enough
        self.single = [
            (key, found[0], convert, dated)
            for key, found, convert, dated in fields
            if len(found) == 1 and found[0] >= 0
        ]
        self.width = 1 + max((column for _, column, _, _ in self.single), default=-1)
        self.fields = fields
        self.required = [spec for spec in specs.values() if spec.required]
        self.money = kind == "deals"
        self.mapped = frozenset(column for found in self.columns.values() for column in found)

    def _cell(self, cells: list[str], key: str) -> tuple[str, int | None]:
        """The first non-empty cell of a field, stripped, and its column (else "" and the last
        column mapped to it)."""
        found = self.columns.get(key)
        if found is None:
            return "", None
        width = len(cells)
        for column in found:
            text = cells[column] if 0 <= column < width else ""
            if isinstance(text, str):
                text = text.strip()
                if text:
                    return text, column
        return "", found[-1]

    def _located(self, cells: list[str]) -> list[tuple[str, int | None, _Convert, bool]]:
        """Every field with the column of its first non-empty cell (None when the row gives it
        nothing)."""
        found = []
        for key, _, convert, dated in self.fields:
            text, column = self._cell(cells, key)
            found.append((key, column if text else None, convert, dated))
        return found

    def _join(
        self,
        cells: list[str],
        values: dict[str, Any],
        problems: list[Problem],
    ) -> None:
        """Fields given by several columns: each non-empty cell converted, the lines of all
        kept in column order, each once."""
        width = len(cells)
        for key, found, convert in self.joins:
            lines: list[str] = []
            for column in found:
                text = cells[column].strip() if 0 <= column < width else ""
                if not text:
                    continue
                try:
                    lines.extend(str(convert(text)).splitlines())
                except ValidationError as exc:
                    problems.append(Problem.of(column, exc))
            if not lines:
                continue
            try:
                values[key] = _list_text(lines, _LIST_WHAT.get(key, key))
            except ValidationError as exc:
                problems.append(Problem.of(found[0], exc))

    def _undecodable(
        self, cells: list[str], columns: tuple[int, ...], problems: list[Problem]
    ) -> list[str]:
        """A problem for each imported cell whose bytes were not valid UTF-8 (`Row`), and the
        cells with those emptied, so that nothing is read from them."""
        bad = [column for column in columns if column in self.mapped]
        if not bad:
            return cells
        error = ValidationError("The text has bytes that are not valid UTF-8.")
        problems.extend(Problem.of(column, error) for column in bad)
        return ["" if n in bad else cell for n, cell in enumerate(cells)]

    def convert(self, cells: list[str], default_currency: str = "EUR") -> Converted:
        values: dict[str, Any] = {}
        problems: list[Problem] = []
        ambiguous: list[int] = []
        undecodable = getattr(cells, "undecodable", ())
        if undecodable:
            cells = self._undecodable(cells, undecodable, problems)
        fields: Iterable[tuple[str, int | None, _Convert, bool]] = self.single
        if len(cells) < self.width or len(self.single) < len(self.fields):
            fields = self._located(cells)
        for key, column, convert, dated in fields:
            text = cells[column].strip() if column is not None else ""
            if not text:
                continue
            try:
                value = convert(text)
            except ValidationError as exc:
                problems.append(Problem.of(column, exc))
                continue
            except (ValueError, ArithmeticError, OverflowError):
                error = ValidationError("“{text}” cannot be read.", text=text)
                problems.append(Problem.of(column, error))
                continue
            if dated:
                value, unsure = value
                if unsure and column is not None:
                    ambiguous.append(column)
            if value is None or value == "":
                continue  # nothing in it ("," as the emails)
            values[key] = value
        if self.joins:
            self._join(cells, values, problems)
        if self.money:
            _money(
                self._cell(cells, "value"),
                self._cell(cells, "currency"),
                values,
                problems,
                default_currency,
            )
        for spec in self.required:
            if spec.key in values:
                continue
            column_of = self._cell(cells, spec.key)[1]
            if column_of is None:
                error = ValidationError("No column gives the {field}.", field=spec.label.lower())
            else:
                if any(p.column == column_of for p in problems):
                    continue
                error = ValidationError("The {field} is missing.", field=spec.label.lower())
            problems.append(Problem.of(column_of, error))
        if len(ambiguous) > 1:
            ambiguous = sorted(set(ambiguous))
        return Converted(values, problems, ambiguous)


@lru_cache(maxsize=64)
def _plan(kind: str, mapping: tuple[tuple[int, str], ...], day_first: bool) -> RowPlan:
    return RowPlan(kind, dict(mapping), day_first=day_first)


def convert_row(
    kind: str,
    mapping: dict[int, str],
    cells: list[str],
    *,
    day_first: bool,
    default_currency: str = "EUR",
) -> Converted:
    """One row of text cells as values, by field key, with the problems that keep it from being
    imported (never raising for bad cells).

    Empty cells give no value; when several columns give one field, the first non-empty one
    wins. "value" gives `values["value_minor"]` (int, minor units) and `values["currency"]`
    (the currency the amount named, else the currency column's, else `default_currency`);
    emails and phones are one per line; dates are dt.date, times dt.time, date-times naive
    local dt.datetime; statuses "open"/"won"/"lost"; booleans bool; duration int minutes;
    custom fields ("custom:<id>") values that customfields.canonical accepts. For many rows
    under one mapping, `RowPlan(...).convert` does the same without working out the plan again.
    """
    _require_kind(kind)
    plan = _plan(kind, tuple(sorted(mapping.items())), day_first)
    return plan.convert(cells, default_currency)


def _custom_definition(kind: str, key: str) -> customfields.FieldDefinition:
    number = key.partition(":")[2]
    definition = _reference.definition(int(number)) if number.isdigit() else None
    if definition is None or definition.entity != _CUSTOM_ENTITY.get(kind):
        raise ValidationError("“{key}” is not a field of {kind}.", key=key, kind=kind)
    return definition


def _money(
    value: tuple[str, int | None],
    currency: tuple[str, int | None],
    values: dict[str, Any],
    problems: list[Problem],
    default_currency: str,
) -> None:
    """Deal value and currency from their (text, column): the amount's own currency, else the
    currency column's, else the default; both named and different is a problem."""
    column_currency: str | None = None
    if currency[0]:
        try:
            column_currency = parse_currency(currency[0])
            values["currency"] = column_currency
        except ValidationError as exc:
            problems.append(Problem.of(currency[1], exc))
            return
    text, column = value
    if not text:
        return
    plain = _PLAIN_AMOUNT.fullmatch(text)
    try:
        number_text, named = (text, None) if plain else split_currency(text)
        if named is not None:
            named = parse_currency(named)
        if named and column_currency and named != column_currency:
            raise ValidationError(
                "“{text}” is in {named} but the currency column says {column}.",
                text=text,
                named=named,
                column=column_currency,
            )
        code = named or column_currency or parse_currency(default_currency)
        exponent = currency_exponent(code)
        if exponent is None:  # pragma: no cover - parse_currency checked it
            raise ValidationError("“{code}” is not a known currency.", code=code)
        if plain and len(plain.group(2) or "") <= exponent:  # "2260.00", as exports write
            minor = check_minor(int(plain.group(1) + (plain.group(2) or "").ljust(exponent, "0")))
        else:
            minor = check_minor(parse_amount_text(number_text, exponent))
    except ValidationError as exc:
        problems.append(Problem.of(column, exc))
        return
    except (ValueError, ArithmeticError):
        error = ValidationError("“{text}” is not an amount.", text=text)
        problems.append(Problem.of(column, error))
        return
    values["value_minor"] = minor
    values["currency"] = code
