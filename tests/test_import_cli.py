"""`accountmgr import` and `accountmgr export`, run in-process like the other CLI tests."""

from __future__ import annotations

import csv
import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from openpyxl import load_workbook

from .test_cli import TODAY_S, make_demo, one_error_line, row_counts, run

ORGS_CSV = (
    "Name,Address,Country\n"
    'Acme GmbH,"Hauptstraße 1, 10115 Berlin",DE\n'
    'Globex SA,"1 rue de la Paix, 75002 Paris",FR\n'
)
DEALS_CSV = (
    "Title,Organization,Value,Currency,Status\n"
    "Licence,Acme GmbH,1234.56,EUR,won\n"
    "Support,Acme GmbH,500,USD,open\n"
    ",Acme GmbH,10,EUR,open\n"
)


pytestmark = pytest.mark.usefixtures("no_fallback_database")


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def names(db: Path, table: str, column: str = "name") -> list[str]:
    with closing(sqlite3.connect(db)) as conn:
        return sorted(r[0] for r in conn.execute(f'SELECT {column} FROM "{table}"'))


def do_import(
    capsys: pytest.CaptureFixture[str], db: Path, kind: str, file: Path, *extra: str
) -> tuple[int, str, str]:
    return run(
        capsys, "--db", str(db), "--today", TODAY_S, "import", "--kind", kind, str(file), *extra
    )


# --- import --------------------------------------------------------------------------------------


def test_import_creates_the_database_and_reports(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    orgs = write(tmp_path / "orgs.csv", ORGS_CSV)
    code, out, err = do_import(capsys, db_path, "organizations", orgs)
    assert (code, err) == (0, "")
    assert out == "Created 2, updated 0, skipped 0, rejected 0\n"
    assert names(db_path, "organization") == ["Acme GmbH", "Globex SA"]

    code, out, err = do_import(capsys, db_path, "organizations", orgs)  # the same again
    assert (code, err) == (0, "")
    assert out == "Created 0, updated 0, skipped 2, rejected 0\n"
    assert len(names(db_path, "organization")) == 2


def test_import_reports_rejected_rows_and_linked_records(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    deals = write(tmp_path / "deals.csv", DEALS_CSV)
    code, out, err = do_import(capsys, db_path, "deals", deals)
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == "Created 2, updated 0, skipped 0, rejected 1"
    assert lines[1] == "Created 1 linked record"  # Acme GmbH
    assert lines[2].startswith("line 4: ")
    assert len(lines) == 3
    assert names(db_path, "deal", "title") == ["Licence", "Support"]
    assert names(db_path, "organization") == ["Acme GmbH"]


def test_strict_imports_nothing_and_fails_when_a_row_is_rejected(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    deals = write(tmp_path / "deals.csv", DEALS_CSV)
    code, out, err = do_import(capsys, db_path, "deals", deals, "--strict")
    assert code == 1
    assert "rejected 1" in out.splitlines()[0]
    assert "line 4: " in out
    assert "nothing was imported" in one_error_line(err)
    assert not db_path.exists()  # not even an empty database

    good = write(tmp_path / "good.csv", DEALS_CSV.rsplit(",Acme", 1)[0])
    code, out, err = do_import(capsys, db_path, "deals", good, "--strict")
    assert (code, err) == (0, "")
    assert out.startswith("Created 2, updated 0, skipped 0, rejected 0\n")
    assert names(db_path, "deal", "title") == ["Licence", "Support"]


def test_dry_run_writes_nothing(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    orgs = write(tmp_path / "orgs.csv", ORGS_CSV)
    code, out, err = do_import(capsys, db_path, "organizations", orgs, "--dry-run")
    assert (code, err) == (0, "")
    assert out == "Created 2, updated 0, skipped 0, rejected 0 (dry run: nothing was written)\n"
    assert not db_path.exists()  # not even an empty database

    make_demo(capsys, db_path, orgs=5)
    before = row_counts(db_path)
    code, out, err = do_import(capsys, db_path, "organizations", orgs, "--dry-run")
    assert (code, err) == (0, "")
    assert out.startswith("Created 2,")
    assert row_counts(db_path) == before


def test_mapping_file_overrides_the_headers(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    orgs = write(tmp_path / "orgs.csv", "Kunde,Anschrift,Label,Country\nAcme,Weg 1,VIP,DE\n")
    mapping = tmp_path / "mapping.json"
    # columns by header (case ignored), fields by key or by label; null leaves a column out
    given = {"Kunde": "name", "anschrift": "ADDRESS", "Label": None, "Country": "Label"}
    mapping.write_text(json.dumps(given))
    code, out, err = do_import(capsys, db_path, "organizations", orgs, "--mapping", str(mapping))
    assert (code, err) == (0, "")
    assert out.startswith("Created 1,")
    with closing(sqlite3.connect(db_path)) as conn:
        assert conn.execute(
            "SELECT name, address, country, label FROM organization"
        ).fetchall() == [("Acme", "Weg 1", "", "DE")]


@pytest.mark.parametrize(
    ("mapping", "message"),
    [
        ('{"Nope": "name"}', "has no column 'Nope'"),
        ('{"Name": "colour"}', "'colour' is not a field of organizations"),
        ('["Name"]', "must be a JSON object"),
        ("{not json", "is not valid JSON"),
    ],
)
def test_bad_mapping_is_a_usage_error(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], mapping: str, message: str
) -> None:
    orgs = write(tmp_path / "orgs.csv", ORGS_CSV)
    mapping_file = write(tmp_path / "mapping.json", mapping)
    code, out, err = do_import(
        capsys, db_path, "organizations", orgs, "--mapping", str(mapping_file)
    )
    assert code == 2
    assert out == ""
    assert message in one_error_line(err)
    assert not db_path.exists()


def test_file_without_the_required_column(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    orgs = write(tmp_path / "orgs.csv", "Address\nWeg 1\n")
    code, out, err = do_import(capsys, db_path, "organizations", orgs)
    assert code == 2
    assert out == ""
    assert "no column for Name" in one_error_line(err)
    assert not db_path.exists()


def test_missing_or_unreadable_file_creates_no_database(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for file in (tmp_path / "missing.csv", write(tmp_path / "empty.csv", "")):
        code, out, err = do_import(capsys, db_path, "organizations", file)
        assert code == 1
        assert out == ""
        assert one_error_line(err).startswith("accountmgr: error: ")
    assert not db_path.exists()


def test_month_first_and_no_create_missing(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    deals = write(
        tmp_path / "deals.csv",
        "Title,Organization,Value,Currency,Expected close\nLicence,Acme,10,EUR,03/04/2027\n",
    )
    code, out, err = do_import(capsys, db_path, "deals", deals, "--no-create-missing")
    assert code == 0, err
    assert "rejected 1" in out
    assert names(db_path, "deal", "title") == []
    code, out, err = do_import(capsys, db_path, "deals", deals, "--month-first")
    assert (code, err) == (0, "")
    with closing(sqlite3.connect(db_path)) as conn:
        assert conn.execute("SELECT expected_close FROM deal").fetchall() == [("2027-03-04",)]


def test_the_former_kind_name_persons_still_means_people(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    people = write(tmp_path / "people.csv", "Name,Organization\nAnn Lee,Acme GmbH\n")
    code, out, err = do_import(capsys, db_path, "persons", people)
    assert (code, err) == (0, "")
    assert out.startswith("Created 1, updated 0, skipped 0, rejected 0\n")
    assert names(db_path, "person") == ["Ann Lee"]

    out_file = tmp_path / "out.csv"
    code, out, err = run(
        capsys, "--db", str(db_path), "export", "--kind", "persons", "--out", str(out_file)
    )
    assert (code, err) == (0, "")
    assert out_file.read_text(encoding="utf-8-sig").splitlines()[1].startswith("Ann Lee,")

    for command in ("import", "export"):  # --help names only the current kinds
        code, help_text, _ = run(capsys, command, "--help")
        assert code == 0
        assert "people" in help_text
        assert "persons" not in help_text


@pytest.mark.parametrize(
    "args",
    [
        ["import", "--kind", "users", "x.csv"],
        ["import", "x.csv"],
        ["import", "--kind", "deals"],
        ["import", "--kind", "deals", "x.csv", "--on-duplicate", "merge"],
        ["export", "--kind", "contacts", "--out", "x.csv"],
        ["export", "--kind", "deals", "--format", "ods", "--out", "x.ods"],
        ["export", "--kind", "deals"],
    ],
    ids=[
        "bad-kind",
        "no-kind",
        "no-file",
        "bad-duplicate",
        "bad-export-kind",
        "bad-format",
        "no-out",
    ],
)
def test_usage_errors(db_path: Path, capsys: pytest.CaptureFixture[str], args: list[str]) -> None:
    code, out, err = run(capsys, "--db", str(db_path), *args)
    assert code == 2
    assert out == ""
    assert one_error_line(err).startswith("accountmgr")
    assert not db_path.exists()


# --- export --------------------------------------------------------------------------------------


def test_export_csv_and_xlsx(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make_demo(capsys, db_path, orgs=5)
    out_csv = tmp_path / "orgs.csv"
    code, out, err = run(
        capsys,
        "--db",
        str(db_path),
        "export",
        "--kind",
        "organizations",
        "--format",
        "csv",
        "--out",
        str(out_csv),
    )
    assert (code, err) == (0, "")
    assert out == f"Wrote 5 rows to {out_csv}\n"
    with out_csv.open(encoding="utf-8-sig", newline="") as handle:
        assert len(list(csv.DictReader(handle))) == 5

    out_xlsx = tmp_path / "deals.xlsx"  # the format follows the extension
    code, out, err = run(
        capsys, "--db", str(db_path), "export", "--kind", "deals", "--out", str(out_xlsx)
    )
    assert (code, err) == (0, "")
    deals = row_counts(db_path)["deal"]
    assert out == f"Wrote {deals} rows to {out_xlsx}\n"
    assert load_workbook(out_xlsx).sheetnames == ["deals"]


def test_export_then_import_into_a_new_database(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make_demo(capsys, db_path, orgs=5)
    out_file = tmp_path / "orgs.xlsx"
    run(capsys, "--db", str(db_path), "export", "--kind", "organizations", "--out", str(out_file))
    target = tmp_path / "new.db"
    code, out, err = do_import(capsys, target, "organizations", out_file)
    assert (code, err) == (0, "")  # moving in: the owners the file names become users
    assert out.startswith("Created 5, updated 0, skipped 0, rejected 0\nCreated ")
    assert names(target, "organization") == names(db_path, "organization")
    again = tmp_path / "again.db"
    code, out, err = do_import(capsys, again, "organizations", out_file, "--no-create-missing")
    assert (code, err) == (0, "")
    assert out.startswith("Created 0, updated 0, skipped 0, rejected 5\nline 2: There is no user")


def test_export_needs_an_existing_database(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(
        capsys, "--db", str(db_path), "export", "--kind", "notes", "--out", str(tmp_path / "n.csv")
    )
    assert code == 1
    assert out == ""
    assert "There is no accountmgr database" in one_error_line(err)
    assert not db_path.exists()
    assert not (tmp_path / "n.csv").exists()


def test_export_into_a_missing_folder_fails_cleanly(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make_demo(capsys, db_path, orgs=1)
    code, out, err = run(
        capsys,
        "--db",
        str(db_path),
        "export",
        "--kind",
        "notes",
        "--out",
        str(tmp_path / "nowhere" / "n.csv"),
    )
    assert code == 1
    assert out == ""
    assert "Cannot write to" in one_error_line(err)


def test_an_exported_csv_is_separated_as_asked_or_as_the_locale_expects(
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    people = write(tmp_path / "people.csv", "Name,Organization\nAnn Lee,Acme GmbH\n")
    assert do_import(capsys, db_path, "people", people)[0] == 0
    out_file = tmp_path / "out.csv"
    base = ["--db", str(db_path), "export", "--kind", "people", "--out", str(out_file)]

    def first_row() -> str:
        return out_file.read_text(encoding="utf-8-sig").splitlines()[1]

    assert run(capsys, *base, "--delimiter", "semicolon")[0] == 0
    assert first_row().startswith("Ann Lee;")
    assert run(capsys, *base, "--delimiter", "tab")[0] == 0
    assert first_row().startswith("Ann Lee\t")
    assert run(capsys, *base)[0] == 0  # this machine's locale writes 1.5: commas
    assert first_row().startswith("Ann Lee,")
    import locale

    monkeypatch.setattr(locale, "localeconv", lambda: {"decimal_point": ","})  # as de_DE does
    assert run(capsys, *base)[0] == 0
    assert first_row().startswith("Ann Lee;")


def test_an_exported_csv_writes_decimal_commas_only_when_asked(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    deals = write(
        tmp_path / "deals.csv",
        "Title,Organization,Value,Currency,Status\nLicence,Acme GmbH,1234.50,EUR,won\n",
    )
    assert do_import(capsys, db_path, "deals", deals)[0] == 0
    out_file = tmp_path / "out.csv"
    base = ["--db", str(db_path), "export", "--kind", "deals", "--out", str(out_file)]

    def value() -> str:
        with out_file.open(encoding="utf-8-sig", newline="") as handle:
            return next(csv.DictReader(handle, delimiter=";"))["Value"]

    assert run(capsys, *base, "--delimiter", "semicolon")[0] == 0
    assert value() == "1234.50"  # a dot, for other programs
    assert run(capsys, *base, "--decimal-comma")[0] == 0  # semicolons unless told otherwise
    assert value() == "1234,50"
    code, _, err = run(capsys, *base, "--delimiter", "comma", "--decimal-comma")
    assert code == 1
    assert "cannot be the decimal point" in one_error_line(err)
