"""Writing export files: cells as a spreadsheet reads them safely (no formulas run), CSV and
Excel writers, and putting a file in place complete or not at all."""

from __future__ import annotations

import csv
import datetime as dt
import os
import re
import tempfile
from collections.abc import Callable, Iterable
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from accountmgr.domain.errors import DomainError, ValidationError
from accountmgr.domain.files import refuse_open_database
from accountmgr.domain.import_files import FORMULA_STARTS

if TYPE_CHECKING:
    from openpyxl.cell import Cell

# A cell starting like a formula gets a leading quote in CSV; so does one that starts with a
# quote and then like a formula, so that the import, which takes one such quote away again
# (import_files.unguard), gives back every text exactly.
_GUARDED = FORMULA_STARTS + tuple("'" + start for start in FORMULA_STARTS)

XLSX_MAX_ROWS = 1_048_576  # an Excel sheet's limit, header row included
XLSX_MAX_CELL = 32_767  # characters in one Excel cell
# A phone number ("+49 30 1234") starts like a formula but cannot call anything; quoting it
# would only change the number.
_PLAIN_PHONE = re.compile(r"^\+[\d\s().\-/]+$")
# Characters XML 1.0 cannot hold (openpyxl refuses them).
_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_PHONES = {"phone"}  # the keys whose plain numbers keep their leading "+"


def neutralise(cell: str) -> str:
    """Keep spreadsheets from running a cell as a formula: prefix such cells with a quote (the
    import removes it again)."""
    return "'" + cell if cell.startswith(_GUARDED) else cell


def write_atomically(path: Path, write: Callable[[Path], int]) -> int:
    """Run `write` on a temporary file beside `path`, then put it in place: the file appears
    complete or not at all. Returns what `write` returns. The open database is refused: put
    in its place, an export would replace the customer base."""
    target = path.expanduser()
    refuse_open_database(target)
    try:
        handle, temp_name = tempfile.mkstemp(prefix=".export-", dir=target.parent)
    except OSError as exc:
        raise DomainError(
            "Cannot write to {folder}: {reason}.",
            folder=str(target.parent),
            reason=exc.strerror or str(exc),
        ) from exc
    os.close(handle)
    try:
        os.chmod(temp_name, 0o644)  # mkstemp makes the file private; an export is not
        written = write(Path(temp_name))
        os.replace(temp_name, target)
    except OSError as exc:
        Path(temp_name).unlink(missing_ok=True)
        raise DomainError(
            "Cannot write {path}: {reason}.", path=str(target), reason=exc.strerror or str(exc)
        ) from exc
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    return written


def _text(value: Any) -> str:
    """A value as the importer reads it: ISO dates, yes/no, plain decimals."""
    if isinstance(value, str):
        return value
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dt.datetime):
        return value.isoformat(" ", "minutes" if value.second == 0 else "seconds")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()[:5] if isinstance(value, dt.time) else value.isoformat()
    return str(value)


def _safe(text: str, key: str) -> str:
    """Text that a spreadsheet would run as a formula gets a leading quote (the import removes
    it again)."""
    if not text.startswith(_GUARDED) or (key in _PHONES and _PLAIN_PHONE.match(text)):
        return text
    return "'" + text


DELIMITERS = (",", ";", "\t")  # what a CSV export may separate its cells with
DECIMAL_POINTS = (".", ",")  # what a CSV export may write decimals with ("." unless asked)


def delimiter_for(decimal_point: str) -> str:
    """The separator a spreadsheet expects in a CSV file where numbers are written with this
    decimal point: ";" where it is a comma (Excel in French, German, Spanish, Italian, Brazilian
    Portuguese…), "," elsewhere."""
    return ";" if decimal_point == "," else ","


def check_delimiter(delimiter: str, decimal_point: str = ".") -> None:
    if delimiter not in DELIMITERS:
        raise ValidationError(
            "“{delimiter}” cannot separate the cells of a CSV file.", delimiter=delimiter
        )
    if decimal_point not in DECIMAL_POINTS or decimal_point == delimiter:
        raise ValidationError(
            "“{point}” cannot be the decimal point of a CSV file separated by “{delimiter}”.",
            point=decimal_point,
            delimiter=delimiter,
        )


def decimal_text(text: str, decimal_point: str) -> str:
    """A plain decimal ("1234.5") with this decimal point ("1234,5")."""
    return text if decimal_point == "." else text.replace(".", decimal_point)


def csv_writer(out: TextIO, delimiter: str) -> Any:
    """A writer of CSV rows separated by `delimiter` (see DELIMITERS)."""
    return csv.writer(out, delimiter=delimiter)


def write_csv(
    temp: Path,
    headers: list[str],
    keys: list[str],
    records: Iterable[list[Any]],
    delimiter: str = ",",
    decimal_point: str = ".",
) -> int:
    written = 0
    with temp.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv_writer(out, delimiter)
        writer.writerow([neutralise(header) for header in headers])
        for record in records:
            writer.writerow(
                [
                    decimal_text(_text(v), decimal_point)
                    if isinstance(v, Decimal)
                    else _safe(_text(v), k)
                    for k, v in zip(keys, record, strict=True)
                ]
            )
            written += 1
    return written


def _xlsx_value(value: Any) -> Any:
    """A cell value for Excel: numbers, dates and times typed, everything else text."""
    if isinstance(value, bool):
        return _text(value)
    if isinstance(value, dt.datetime) and value.time() == dt.time(0):
        return _text(value)  # a typed midnight would read back as a date without a time
    if value is None or isinstance(value, Decimal | int | dt.date | dt.time):
        return value
    text = _XML_ILLEGAL.sub("", str(value))
    if len(text) > XLSX_MAX_CELL:
        raise ValidationError(
            "A text of {length} characters does not fit in an Excel cell (at most {limit}); "
            "export as CSV instead.",
            length=len(text),
            limit=XLSX_MAX_CELL,
        )
    # Text cells are typed as text (`_as_text`), so "=..." is never a formula and needs no
    # quote; only a text that starts with the quote the import would take away keeps it.
    return "'" + text if text.startswith(_GUARDED[len(FORMULA_STARTS) :]) else text


def _as_text(cell: Cell) -> Cell:
    """The cell holding its text as text (data type "s"): never read as a formula or a number."""
    cell.data_type = "s"
    return cell


def _number_format(value: Any) -> str | None:
    if isinstance(value, dt.datetime):
        return "yyyy-mm-dd hh:mm:ss" if value.second else "yyyy-mm-dd hh:mm"
    if isinstance(value, dt.date):
        return "yyyy-mm-dd"
    if isinstance(value, dt.time):
        return "hh:mm"
    return None


def write_xlsx(temp: Path, kind: str, headers: list[str], records: Iterable[list[Any]]) -> int:
    # here, not at the top: only an Excel export pays for loading openpyxl
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    book = Workbook(write_only=True)
    sheet = book.create_sheet(kind)
    bold = Font(bold=True)
    header_cells = []
    for header in headers:
        cell = _as_text(WriteOnlyCell(sheet, _xlsx_value(header)))
        cell.font = bold
        header_cells.append(cell)
    sheet.append(header_cells)
    written = 0
    for record in records:
        cells: list[Any] = []
        for value in record:
            typed = _xlsx_value(value)
            number_format = _number_format(typed)
            if isinstance(typed, str) and typed.startswith(FORMULA_STARTS):
                cells.append(_as_text(WriteOnlyCell(sheet, typed)))
            elif number_format is None:
                cells.append(typed)
            else:
                cell = WriteOnlyCell(sheet, typed)
                cell.number_format = number_format
                cells.append(cell)
        sheet.append(cells)
        written += 1
    book.save(temp)
    return written
