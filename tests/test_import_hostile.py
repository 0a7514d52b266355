"""Files that are broken or built to hurt: the importer reads them honestly or refuses them
early with a clear reason, and never touches the database it has open."""

from __future__ import annotations

import builtins
import io
import os
from pathlib import Path
from typing import Any

import pytest

from accountmgr.domain.errors import ValidationError
from accountmgr.domain.import_read import iter_table

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
