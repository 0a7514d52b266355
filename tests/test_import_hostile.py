"""Files that are broken or built to hurt: the importer reads them honestly or refuses them
early with a clear reason, and never touches the database it has open."""

from __future__ import annotations

import builtins
import codecs
import io
import os
import time
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from accountmgr.domain.errors import ValidationError
from accountmgr.domain.import_files import iter_table, read_table
from accountmgr.domain.import_plan import Problem, convert_row
from accountmgr.domain.import_run import ImportOptions, run_import
from accountmgr.store.models import db

# -- the open database ---------------------------------------------------------------------------


@pytest.mark.sqlite_only  # the open SQLite file and its companions
@pytest.mark.parametrize("suffix", ["", "-wal", "-shm"])
def test_the_open_database_is_refused_without_being_opened(
    store: Path, monkeypatch: pytest.MonkeyPatch, suffix: str
) -> None:
    target = Path(str(store) + suffix)
    opened: list[str] = []

    def guard(real: Any) -> Any:
        def checked(file: Any, *args: Any, **kwargs: Any) -> Any:
            if isinstance(file, (str, os.PathLike)) and os.fspath(file) == str(target):
                opened.append(os.fspath(file))
                raise AssertionError(f"{file} was opened")
            return real(file, *args, **kwargs)

        return checked

    monkeypatch.setattr(builtins, "open", guard(builtins.open))
    monkeypatch.setattr(io, "open", guard(io.open))
    monkeypatch.setattr(os, "open", guard(os.open))
    with pytest.raises(ValidationError, match="is the database accountmgr has open"):
        iter_table(target)
    assert opened == []


# -- NUL bytes -----------------------------------------------------------------------------------


def _lines(count: int, *, bad: dict[int, bytes] | None = None) -> bytes:
    """A CSV file of `count` data lines (line 1 the header); `bad` puts other bytes in the name
    cell of some lines (by line number)."""
    out = [b"Name;City\n"]
    for line in range(2, count + 2):
        name = (bad or {}).get(line, f"Café {line}".encode())
        out.append(name + b";Z\xc3\xbcrich\n")
    return b"".join(out)


@pytest.mark.parametrize(
    ("line", "bom"),
    [(2, b""), (4_000, b""), (70_000, b""), (70_000, codecs.BOM_UTF8)],
    ids=["first-line", "past-the-sniffed-part", "past-the-first-megabyte", "after-a-bom"],
)
def test_a_nul_byte_anywhere_is_refused_the_same_way(tmp_path: Path, line: int, bom: bytes) -> None:
    path = tmp_path / "nul.csv"
    path.write_bytes(bom + _lines(80_000, bad={line: b"Ca\x00fe"}))
    assert path.stat().st_size > 1024 * 1024
    with pytest.raises(ValidationError) as caught:
        read_table(path)
    refusal = "“{name}” is not a text (CSV) file: line {line} holds a NUL byte."
    assert caught.value.template == refusal
    assert caught.value.params == {"name": "nul.csv", "line": line}


def test_utf16_files_with_their_nul_bytes_still_read(tmp_path: Path) -> None:
    path = tmp_path / "utf16.csv"
    path.write_text("Name;City\n" + "".join(f"Åsa {n};Malmö\n" for n in range(20_000)), "utf-16")
    table = read_table(path)
    assert table.encoding == "utf-16"
    assert len(table.rows) == 20_000
    assert table.rows[-1] == ["Åsa 19999", "Malmö"]


# -- bytes that are not valid UTF-8 --------------------------------------------------------------

NOT_UTF8 = "The text has bytes that are not valid UTF-8."


@pytest.mark.parametrize("bom", [b"", codecs.BOM_UTF8], ids=["utf-8", "utf-8-sig"])
def test_a_utf8_file_with_a_bad_byte_stays_utf8_and_only_that_cell_is_marked(
    store: Path, tmp_path: Path, bom: bytes
) -> None:
    path = tmp_path / "one-bad-byte.csv"
    path.write_bytes(bom + _lines(10, bad={7: b"Caf\xe9 7"}))
    table = read_table(path)
    assert table.encoding == ("utf-8-sig" if bom else "utf-8")
    assert table.headers == ["Name", "City"]
    assert table.rows[0] == ["Café 2", "Zürich"]
    assert table.rows[5] == ["Caf\ufffd 7", "Zürich"]  # line 7, shown as the reader saw it
    assert all("Ã" not in cell for row in table.rows for cell in row)
    marked = convert_row("organizations", {0: "name", 1: "address"}, table.rows[5], day_first=True)
    assert marked.problems == [Problem(0, NOT_UTF8)]
    assert marked.values == {"address": "Zürich"}
    # a bad byte in a column that is not imported keeps nothing from being imported
    unmarked = convert_row("organizations", {1: "name"}, table.rows[5], day_first=True)
    assert (unmarked.problems, unmarked.values) == ([], {"name": "Zürich"})


def test_the_report_names_the_line_and_column_of_bytes_that_are_not_utf8(
    store: Path, tmp_path: Path
) -> None:
    path = tmp_path / "one-bad-byte.csv"
    path.write_bytes(_lines(10, bad={7: b"Caf\xc3 7"}))  # a character cut short
    report = run_import(path, ImportOptions("organizations", {0: "name", 1: "address"}))
    assert report.created == 9
    [rejected] = report.rejected
    assert (rejected.line, rejected.reason) == (7, f"Name: {NOT_UTF8}")
    assert rejected.parts == (("Name", NOT_UTF8, {}),)
    names = [name for (name,) in db.execute_sql("SELECT name FROM organization ORDER BY id")]
    assert names[:2] == ["Café 2", "Café 3"]


@pytest.mark.parametrize(
    "names",
    [
        # "Ü" and an en dash (DC 96) happen to be a valid UTF-8 sequence; the many bytes that
        # are not valid UTF-8 outnumber it
        ["Renée", "Zoë", "Ü\u2013Bar", "Malmö"],
        ["Café", "Acme"],  # one high byte, nothing else
    ],
)
def test_a_windows_1252_file_is_still_read_as_windows_1252(
    tmp_path: Path, names: list[str]
) -> None:
    path = tmp_path / "latin.csv"
    path.write_bytes("".join(f"{name};x\n" for name in ["Name", *names]).encode("cp1252"))
    table = read_table(path)
    assert table.encoding == "cp1252"
    assert [row[0] for row in table.rows] == names


# -- Excel files that unpack to far more than they weigh -----------------------------------------

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_DOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml"
_PARTS = {
    "[Content_Types].xml": (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        f'<Default Extension="rels" ContentType="{_RELS}"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/xl/workbook.xml" ContentType="{_TYPE}.sheet.main+xml"/>'
        f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{_TYPE}.worksheet+xml"/>'
        f'<Override PartName="/xl/sharedStrings.xml" ContentType="{_TYPE}.sharedStrings+xml"/>'
        "</Types>"
    ),
    "_rels/.rels": (
        f'<Relationships xmlns="{_RELS}">'
        f'<Relationship Id="rId1" Type="{_DOC}/officeDocument" Target="xl/workbook.xml"/>'
        "</Relationships>"
    ),
    "xl/workbook.xml": (
        f'<workbook xmlns="{_MAIN}" xmlns:r="{_DOC}">'
        '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>'
    ),
    "xl/_rels/workbook.xml.rels": (
        f'<Relationships xmlns="{_RELS}">'
        f'<Relationship Id="rId1" Type="{_DOC}/worksheet" Target="worksheets/sheet1.xml"/>'
        f'<Relationship Id="rId2" Type="{_DOC}/sharedStrings" Target="sharedStrings.xml"/>'
        "</Relationships>"
    ),
}


def _workbook(
    path: Path, rows: Iterable[bytes], *, shared: Iterable[bytes] = (), dimension: str = ""
) -> Path:
    """A workbook written part by part: the sheet's rows as XML, one shared string (index 0)
    written in pieces, and the dimension the sheet declares."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for name, text in _PARTS.items():
            archive.writestr(name, text)
        with archive.open("xl/sharedStrings.xml", "w", force_zip64=True) as out:
            out.write(f'<sst xmlns="{_MAIN}"><si><t>'.encode())
            for piece in shared:
                out.write(piece)
            out.write(b"</t></si></sst>")
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as out:
            out.write(f'<worksheet xmlns="{_MAIN}">'.encode())
            if dimension:
                out.write(f'<dimension ref="{dimension}"/>'.encode())
            out.write(b"<sheetData>")
            for row in rows:
                out.write(row)
            out.write(b"</sheetData></worksheet>")
    return path


def _row(number: int | None, *texts: str) -> bytes:
    """A row of inline strings from column A on (number None: the row and its cells without
    numbers, as a file may write them); "#shared" is the shared string."""
    cells = []
    for column, text in zip("ABCDEFGH", texts, strict=False):
        ref = "" if number is None else f' r="{column}{number}"'
        if text == "#shared":
            cells.append(f'<c{ref} t="s"><v>0</v></c>')
        else:
            cells.append(f'<c{ref} t="inlineStr"><is><t>{text}</t></is></c>')
    opening = "<row>" if number is None else f'<row r="{number}">'
    return f"{opening}{''.join(cells)}</row>".encode()


HEADER = _row(1, "Name", "City")


def test_a_workbook_that_unpacks_to_too_much_is_refused_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # one cell of 210 MB in 0.2 MB, as a hostile file would have it
    huge = (b"x" * 1024**2 for _ in range(210))
    path = _workbook(tmp_path / "bomb.xlsx", [HEADER, _row(2, "#shared", "Paris")], shared=huge)
    assert path.stat().st_size < 1024**2

    def never(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("the workbook was read")

    monkeypatch.setattr(openpyxl, "load_workbook", never)
    with pytest.raises(ValidationError) as caught:
        iter_table(path)
    assert str(caught.value) == (
        "“bomb.xlsx” unpacks to 210 MB, more than the 200 MB an Excel file may have to be "
        "imported; save it as CSV and import that."
    )


def test_a_cell_longer_than_any_field_stops_the_read_at_its_row(tmp_path: Path) -> None:
    rows = [HEADER, _row(2, "Acme", "Paris"), _row(3, "Zeta", "#shared"), _row(4, "Late", "x")]
    path = _workbook(tmp_path / "long.xlsx", rows, shared=[b"y" * 100_001])
    _, read = iter_table(path)
    assert next(read) == (2, ["Acme", "Paris"])
    with pytest.raises(ValidationError) as caught:
        next(read)
    assert str(caught.value) == (
        "Row 3 of “long.xlsx” has a cell of 100001 characters; no field takes more than 100000."
    )


def test_a_cell_as_long_as_a_note_may_be_is_read(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "note.xlsx", [HEADER, _row(2, "#shared")], shared=[b"y" * 100_000])
    assert read_table(path).rows == [["y" * 100_000, ""]]


def test_a_row_past_the_last_row_of_an_excel_sheet_stops_the_read(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "far.xlsx", [HEADER, _row(2, "Acme"), _row(1_048_577, "Zeta")])
    started = time.perf_counter()
    with pytest.raises(ValidationError, match="more than 1048576 rows, more than an Excel sheet"):
        read_table(path)
    assert time.perf_counter() - started < 1.5


@pytest.mark.parametrize("dimension", ["A1:B2", "A1:XFD1048576"])
def test_the_size_a_sheet_declares_is_not_trusted(tmp_path: Path, dimension: str) -> None:
    rows = [HEADER, _row(2, "Acme", "Paris"), _row(3, "Zeta", "Berlin"), _row(4, "Last", "Rome")]
    path = _workbook(tmp_path / "declared.xlsx", rows, dimension=dimension)
    table = read_table(path)
    assert table.rows == [["Acme", "Paris"], ["Zeta", "Berlin"], ["Last", "Rome"]]


def test_three_million_tiny_rows_are_refused_before_the_workbook_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # about 1 MB on disk; the rows carry no numbers, so only counting them tells
    block = b'<row><c t="inlineStr"><is><t>x</t></is></c></row>' * 10_000
    path = _workbook(tmp_path / "many.xlsx", [HEADER, *([block] * 300)])
    assert path.stat().st_size < 2 * 1024**2

    def never(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("the workbook was read")

    monkeypatch.setattr(openpyxl, "load_workbook", never)
    started = time.perf_counter()
    with pytest.raises(ValidationError) as caught:
        iter_table(path)
    assert time.perf_counter() - started < 1.5
    assert str(caught.value) == (
        "A sheet of “many.xlsx” has more than 1048576 rows, more than an Excel sheet can hold; "
        "it cannot be imported."
    )


def test_cells_far_to_the_right_of_the_headers_cost_nothing(tmp_path: Path) -> None:
    rows = [
        f'<row r="{n}"><c r="A{n}" t="inlineStr"><is><t>Company {n}</t></is></c>'
        f'<c r="XFD{n}"><v>1</v></c></row>'.encode()  # the last column Excel has
        for n in range(2, 2_002)
    ]
    path = _workbook(tmp_path / "wide.xlsx", [HEADER, *rows])
    started = time.perf_counter()
    table = read_table(path)
    elapsed = time.perf_counter() - started
    assert table.headers == ["Name", "City"]
    assert len(table.rows) == 2_000
    assert table.rows[-1] == ["Company 2001", ""]
    assert elapsed < 1.0
