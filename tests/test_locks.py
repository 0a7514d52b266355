import os
from pathlib import Path
from accountmgr.store import database
def test_live(store, db_path, tmp_path):
    assert database.is_live_file(db_path)
    assert database.is_live_file(str(db_path) + "-wal")
    assert database.is_live_file(Path(str(db_path) + "-journal"))
    os.link(db_path, tmp_path / "hard")
    assert database.is_live_file(tmp_path / "hard")
    (tmp_path / "other.db").write_bytes(b"x")
    assert not database.is_live_file(tmp_path / "other.db")
