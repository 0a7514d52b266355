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
from accountmgr.domain.import_read import iter_table, read_table

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
