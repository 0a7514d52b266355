"""Files that are broken or built to hurt: the importer reads them honestly or refuses them
early with a clear reason, and never touches the database it has open."""

from __future__ import annotations

import builtins
import codecs
import io
import os
from pathlib import Path
from typing import Any

import pytest

from accountmgr.domain.errors import ValidationError
from accountmgr.domain.import_read import Problem, convert_row, iter_table, read_table
from accountmgr.domain.import_run import ImportOptions, run_import
from accountmgr.store.models import db

# -- the open database ---------------------------------------------------------------------------


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
