"""Import fidelity: a file comes in as it was written (status words, several columns for one
field, HTML notes, any ISO 4217 currency, export then import without loss, one validation
pipeline for the preview and the run)."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt

from accountmgr.domain import (
    account_detail,
    account_list,
    accounts,
    currencies,
    customfields,
    deals,
    import_run,
    organizations,
    summary,
)
from accountmgr.domain.account_list import AccountFilter
from accountmgr.domain.export import export_kind
from accountmgr.domain.html_text import html_to_text
from accountmgr.domain.import_cells import parse_bool
from accountmgr.domain.import_fields import MAX_ADDRESS, fields_for
from accountmgr.domain.import_files import read_table
from accountmgr.domain.import_headers import auto_map
from accountmgr.domain.import_plan import RowPlan, convert_row
from accountmgr.domain.import_run import ImportOptions, Report, check_options, run_import
from accountmgr.qtmodels import import_models
from accountmgr.qtmodels.accounts_model import AccountsModel
from accountmgr.qtmodels.hub import ChangeHub
from accountmgr.qtmodels.import_models import ColumnMappingModel, PreviewModel
from accountmgr.store.models import db
from tests.conftest import TODAY, settle


def _write(path: Path, headers: list[str], rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(headers)
        writer.writerows(rows)
    return path


def _import(path: Path, kind: str, on_duplicate: str = "skip") -> Report:
    table = read_table(path, limit=1)
    mapping = auto_map(kind, table.headers)
    return run_import(path, ImportOptions(kind, mapping, on_duplicate=on_duplicate))


def _org_id(name: str) -> int:
    return int(db.execute_sql("SELECT id FROM organization WHERE name = ?", (name,)).fetchone()[0])


# -- 1. status columns ------------------------------------------------------------------------

DONE_WORDS = [
    "Done", "done", "DONE", "Completed", "complete", "Yes",
    "Fait", "Terminé", "terminee",
    "Erledigt", "Abgeschlossen",
    "Hecho", "Completado", "Realizado",
    "Fatto", "Completato",
    "Feito", "Concluído", "concluido",
]  # fmt: skip
NOT_DONE_WORDS = [
    "To do", "TO DO", "To-do", "todo", "Not done", "Open", "Pending", "No",
    "À faire", "a faire", "A FAIRE", "En attente",
    "Offen", "Nicht erledigt", "Ausstehend",
    "Pendiente", "Por hacer",
    "Da fare", "In sospeso",
    "A fazer", "Por fazer", "Pendente", "Em aberto",
]  # fmt: skip


@pytest.mark.parametrize("word", DONE_WORDS)
def test_done_words_in_six_languages(store: Path, word: str) -> None:
    assert parse_bool(word) is True


@pytest.mark.parametrize("word", NOT_DONE_WORDS)
def test_not_done_words_in_six_languages(store: Path, word: str) -> None:
    assert parse_bool(word) is False


def test_to_do_rows_of_an_activities_export_are_imported_open(store: Path, tmp_path: Path) -> None:
    headers = ["Activity - Subject", "Activity - Due date", "Activity - Done", "Organization"]
    rows = [
        ["Kick-off", "2026-10-01", "Done", "Acme"],
        ["Renewal call", "2026-12-01", "To do", "Acme"],
        ["Appel", "2026-12-02", "À faire", "Acme"],
        ["Termin", "2026-12-03", "Offen", "Acme"],
        ["Besuch", "2026-10-02", "Erledigt", "Acme"],
    ]
    path = _write(tmp_path / "activities.csv", headers, rows)
    mapping = auto_map("activities", headers)
    # the preview's conversion accepts every row
    assert [convert_row("activities", mapping, r, day_first=True).problems for r in rows] == [
        []
    ] * 5
    report = _import(path, "activities")
    assert report.rejected == []
    assert report.created == 5
    done = dict(db.execute_sql("SELECT subject, done FROM activity").fetchall())
    assert done == {"Kick-off": 1, "Renewal call": 0, "Appel": 0, "Termin": 0, "Besuch": 1}


# -- 2. several columns for one field -----------------------------------------------------------


@pytest.mark.parametrize(
    "headers",
    [
        ["Person - Name", "Person - Email - Work", "Person - Email - Home",
         "Person - Phone - Mobile", "Person - Phone - Work"],
        ["Nom", "E-mail - Travail", "E-mail - Domicile", "Téléphone - Portable",
         "Téléphone - Bureau"],
        ["Name", "E-Mail - Arbeit", "E-Mail - Privat", "Telefon - Mobil", "Telefon - Büro"],
        ["Nombre", "Correo - Trabajo", "Correo - Casa", "Teléfono - Móvil", "Teléfono - Oficina"],
        ["Nome", "Email - Lavoro", "Email - Casa", "Telefono - Cellulare", "Telefono - Ufficio"],
        ["Nome", "Email - Trabalho", "Email - Casa", "Telefone - Celular", "Telefone - Escritório"],
    ],
)  # fmt: skip
def test_several_email_and_phone_columns_are_all_kept(
    store: Path, tmp_path: Path, headers: list[str]
) -> None:
    row = ["Ann Lee", "ann@work.example", "ann@home.example", "+49 170 1234567", "030 98765"]
    mapping = auto_map("people", headers)
    assert sorted(mapping.values()) == ["email", "email", "name", "phone", "phone"]
    check_options(ImportOptions("people", mapping))  # two columns for one field are fine here
    converted = convert_row("people", mapping, row, day_first=True)
    assert converted.problems == []
    assert converted.values["email"] == "ann@work.example\nann@home.example"
    assert converted.values["phone"] == "+49 170 1234567\n030 98765"
    report = _import(_write(tmp_path / "people.csv", headers, [row]), "people")
    assert report.rejected == []
    stored = db.execute_sql("SELECT emails, phones FROM person").fetchone()
    assert stored == ("ann@work.example\nann@home.example", "+49 170 1234567\n030 98765")


def test_second_email_column_finds_the_duplicate(store: Path, tmp_path: Path) -> None:
    headers = ["Name", "Email - Work", "Email - Home"]
    _import(_write(tmp_path / "a.csv", headers, [["Ann", "", "ann@home.example"]]), "people")
    report = _import(
        _write(tmp_path / "b.csv", headers, [["Ann Lee", "ann@work.example", "ann@home.example"]]),
        "people",
        on_duplicate="update",
    )
    assert (report.created, report.updated) == (0, 1)
    assert db.execute_sql("SELECT name, emails FROM person").fetchall() == [
        ("Ann Lee", "ann@work.example\nann@home.example")
    ]


def test_the_mapping_table_keeps_several_email_columns(store: Path, qapp: Any) -> None:
    headers = ["Name", "Email - Work", "Email - Home", "Phone"]
    model = ColumnMappingModel()
    model.load(headers, [], fields_for("people"), auto_map("people", headers))
    assert model.mapping() == {0: "name", 1: "email", 2: "email", 3: "phone"}
    model.set_field(3, "email")  # a third email column: the others keep theirs
    assert model.mapping() == {0: "name", 1: "email", 2: "email", 3: "email"}
    model.set_field(1, "name")  # a field of one column only: the other column lets it go
    assert model.mapping() == {1: "name", 2: "email", 3: "email"}


# -- 3. HTML notes ----------------------------------------------------------------------------


def test_html_becomes_readable_text_with_breaks_and_links() -> None:
    html = (
        '<p>Met <b>Ann</b> &amp; Bo.</p><p>Quote: <a href="https://example.com/q/7">offer 7'
        "</a><br>Call back<br/>Friday</p><ul><li>price</li><li>dates</li></ul>"
        '<div>Mail <a href="mailto:ann@example.com">ann@example.com</a></div>'
    )
    assert html_to_text(html) == (
        "Met Ann & Bo.\n\nQuote: offer 7 (https://example.com/q/7)\nCall back\nFriday\n\n"
        "• price\n• dates\n\nMail ann@example.com"
    )


def test_html_notes_are_imported_as_text_and_plain_text_as_it_is(
    store: Path, tmp_path: Path
) -> None:
    plain = "Budget < 10k > last year\n  indented line\nTom & Jerry &amp; co"
    html = '<p>First line<br>Second line</p><p>See <a href="https://x.example/a">the plan</a></p>'
    headers = ["Note - Content", "Organization - Name"]
    path = _write(tmp_path / "notes.csv", headers, [[html, "Acme"], [plain, "Acme"]])
    report = _import(path, "notes")
    assert report.rejected == []
    contents = [r[0] for r in db.execute_sql("SELECT content FROM note ORDER BY id")]
    assert contents == [
        "First line\nSecond line\n\nSee the plan (https://x.example/a)",
        plain,
    ]


def test_html_activity_notes_too(store: Path) -> None:
    mapping = {0: "subject", 1: "due_date", 2: "note"}
    row = ["Call", "2026-12-01", "<div>Ask about <i>renewal</i></div><div>Then quote</div>"]
    values = convert_row("activities", mapping, row, day_first=True).values
    assert values["note"] == "Ask about renewal\nThen quote"


# -- 4. any ISO 4217 currency, "no rate yet" -------------------------------------------------


def _deals_file(tmp_path: Path) -> Path:
    headers = ["Deal - Title", "Organization - Name", "Deal - Value", "Deal - Currency",
               "Deal - Status", "Deal - Won time"]  # fmt: skip
    rows = [
        ["Euro deal", "Wombat Pty", "1000", "EUR", "won", "2026-01-10 10:00"],
        ["Aussie deal", "Wombat Pty", "2500.50", "AUD", "won", "2026-02-10 10:00"],
        ["Maple deal", "Maple Inc", "300", "cad", "won", "2026-03-10 10:00"],
        ["Kuwait deal", "Maple Inc", "2.5", "KWD", "open", ""],
        ["Not money", "Maple Inc", "5", "XYZ", "open", ""],
    ]
    return _write(tmp_path / "deals.csv", headers, rows)


def test_any_iso_currency_is_added_with_its_exponent_and_no_rate(
    store: Path, tmp_path: Path
) -> None:
    report = _import(_deals_file(tmp_path), "deals")
    assert [r.line for r in report.rejected] == [6]  # XYZ is no currency
    assert "XYZ" in report.rejected[0].reason
    assert report.currencies_added == ["AUD", "CAD", "KWD"]
    known = {
        code: (exponent, rate)
        for code, exponent, rate in db.execute_sql(
            "SELECT code, exponent, rate_micros FROM currency"
        )
    }
    assert (known["AUD"], known["CAD"], known["KWD"]) == ((2, 0), (2, 0), (3, 0))
    values = dict(db.execute_sql("SELECT title, value_minor FROM deal").fetchall())
    assert values == {"Euro deal": 100_000, "Aussie deal": 250_050, "Maple deal": 30_000,
                      "Kuwait deal": 2_500}  # fmt: skip
    assert summary.differences() == []


def test_a_won_value_without_rate_is_never_counted_wrong(store: Path, tmp_path: Path) -> None:
    _import(_deals_file(tmp_path), "deals")
    wombat = _org_id("Wombat Pty")
    maple = _org_id("Maple Inc")
    header = account_detail.header(wombat)
    assert header.won_value == 100_000  # the euros only: the dollars have no rate yet
    assert header.unpriced == ("AUD",)
    assert account_detail.header(maple).unpriced == ("CAD",)
    assert currencies.unpriced_currencies(maple) == ["CAD"]
    totals = accounts.totals(TODAY)
    assert (totals.accounts, totals.won_value, totals.unpriced) == (2, 100_000, 2)
    shown = account_list.shown_totals(AccountFilter(), today=TODAY)
    assert (shown.count, shown.won_value, shown.unpriced) == (2, 100_000, 2)
    rows = account_list.rows([wombat, maple])
    assert (rows[wombat].won_unpriced, rows[maple].won_unpriced) == (1, 1)

    currencies.set_exchange_rate("AUD", 600_000)  # 1 AUD = 0.60 EUR
    header = account_detail.header(wombat)
    assert header.won_value == 100_000 + 150_030
    assert header.unpriced == ()
    assert accounts.totals(TODAY).unpriced == 1
    currencies.set_exchange_rate("CAD", 700_000)
    totals = accounts.totals(TODAY)
    assert (totals.won_value, totals.unpriced) == (100_000 + 150_030 + 21_000, 0)
    assert account_list.shown_totals(AccountFilter(), today=TODAY).unpriced == 0
    assert summary.differences() == []


def test_a_deal_won_later_in_a_currency_without_rate_is_marked_too(store: Path) -> None:
    currencies.add_currency("NZD")
    org = organizations.create_organization("Kiwi Ltd").id
    deal = deals.create_deal("Flock", org_id=org, value_minor=10_000, currency="NZD").id
    assert accounts.totals(TODAY).unpriced == 0  # open: no won value to be wrong
    deals.mark_won(deal)
    assert account_detail.header(org).unpriced == ("NZD",)
    assert accounts.totals(TODAY).unpriced == 1
    assert summary.differences() == []


def test_the_list_and_the_panel_mark_a_won_value_without_rate(
    store: Path, tmp_path: Path, qtbot: Any, settings: QSettings
) -> None:
    from accountmgr.views.main_window import MainWindow

    _import(_deals_file(tmp_path), "deals")
    wombat = _org_id("Wombat Pty")
    hub = ChangeHub()
    model = AccountsModel(hub)
    column = next(i for i, c in enumerate(model.columns) if c.key == "won_value")
    row = model.row_of(wombat)
    assert row is not None
    cell = model.index(row, column)
    assert cell.data() == "€1,000.00 *"
    assert "No exchange rate yet for AUD" in cell.data(Qt.ItemDataRole.ToolTipRole)

    window = MainWindow(hub, settings)
    qtbot.addWidget(window)
    window.show()
    window.list_tab.select([wombat])
    panel = window.panel
    assert panel.org_id == wombat
    assert panel.ui.wonValue.text() == "€1,000.00 *"
    assert "No exchange rate yet for AUD" in panel.ui.wonValue.toolTip()
    menu = panel.ui.wonValue.menu()
    assert menu is not None
    texts = [a.text() for a in menu.actions()]
    assert "AUD2,500.50 (no exchange rate yet)" in texts, texts
    assert settle(window).value_label.text().endswith(" *")  # the status bar's total says so
    assert "not in this total" in window.value_label.toolTip()
    window.search.setText("wombat")
    window.search.returnPressed.emit()  # a filtered total as well
    assert settle(window).value_label.text() == "Won value: €1,000.00 *"

    hub.publish(currencies.set_exchange_rate("AUD", 600_000))
    assert settle(window).value_label.text() == "Won value: €2,500.30"
    assert window.value_label.toolTip() == ""
    row = model.row_of(wombat)
    assert row is not None
    assert model.index(row, column).data() == "€2,500.30"
    assert model.index(row, column).data(Qt.ItemDataRole.ToolTipRole) is None
    assert panel.ui.wonValue.text() == "€2,500.30"
    assert "No exchange rate" not in panel.ui.wonValue.toolTip()


def test_the_preview_shows_new_currencies_with_their_decimals(store: Path, qapp: Any) -> None:
    mapping = {0: "title", 1: "value", 2: "currency"}
    rows = [["A", "2.5", "KWD"], ["B", "1200", "AUD"]]
    converted = [convert_row("deals", mapping, r, day_first=True) for r in rows]
    assert [c.problems for c in converted] == [[], []]
    model = PreviewModel()
    model.load(
        headers=["Title", "Value", "Currency"],
        lines=[2, 3],
        rows=rows,
        converted=converted,
        mapping=mapping,
        fields=fields_for("deals"),
    )
    assert model.problem_rows() == 0
    assert "2.500" in model.index(0, 2).data()  # three decimals, not "2.50"


# -- 5. export then import is lossless ----------------------------------------------------------

TRICKY = ["-2+3 Ltd", '=HYPERLINK("http://x","y")', "+44 Partners", "@home GmbH",
          "'=already quoted", "Plain & Simple"]  # fmt: skip


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_export_then_import_gives_the_names_back_and_finds_the_duplicates(
    store: Path, tmp_path: Path, fmt: str
) -> None:
    for name in TRICKY:
        organizations.create_organization(name)
    out = tmp_path / f"orgs.{fmt}"
    export_kind("organizations", out, fmt)
    table = read_table(out)
    assert sorted(row[0] for row in table.rows) == sorted(TRICKY)
    report = _import(out, "organizations")
    assert (report.created, report.skipped, report.rejected) == (0, len(TRICKY), [])
    names = [r[0] for r in db.execute_sql("SELECT name FROM organization ORDER BY id")]
    assert names == TRICKY


def test_xlsx_text_cells_are_typed_as_text_without_a_quote(store: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    for name in TRICKY:
        organizations.create_organization(name)
    out = tmp_path / "orgs.xlsx"
    export_kind("organizations", out, "xlsx")
    cells = {c.value: c for (c, *_) in load_workbook(out).active.iter_rows(min_row=2)}
    for name in ["-2+3 Ltd", '=HYPERLINK("http://x","y")', "+44 Partners", "@home GmbH"]:
        assert cells[name].data_type == "s"


def test_the_import_removes_the_formula_guard_only(store: Path, tmp_path: Path) -> None:
    path = tmp_path / "guarded.csv"
    path.write_text(
        "Name,Address\n'=SUM(A1),'-1 Main St\n'-2+3 Ltd,'+\n'Quote's Ltd,'@x\n", encoding="utf-8"
    )
    table = read_table(path)
    assert table.rows == [["=SUM(A1)", "-1 Main St"], ["-2+3 Ltd", "+"], ["'Quote's Ltd", "@x"]]


# -- 6. one validation pipeline ----------------------------------------------------------------


def test_the_run_rejects_what_the_preview_rejects_with_the_same_translatable_reason(
    store: Path, tmp_path: Path
) -> None:
    headers = ["Subject", "Due date", "Duration", "Done"]
    rows = [
        ["Too long", "2026-12-01", "45 days", "Done"],
        ["Unclear", "2026-12-01", "30", "perhaps"],
        ["Fine", "2026-12-01", "1h30", "Erledigt"],
    ]
    mapping = auto_map("activities", headers)
    preview = [convert_row("activities", mapping, r, day_first=True) for r in rows]
    report = _import(_write(tmp_path / "a.csv", headers, rows), "activities")
    assert [r.line for r in report.rejected] == [2, 3]
    for rejected, converted in zip(report.rejected, preview, strict=False):
        problem = converted.problems[0]
        assert rejected.reason == f"{headers[problem.column]}: {problem.message}"
        ((header, template, params),) = rejected.parts
        assert header == headers[problem.column]
        assert template == problem.template
        assert "{text}" in template
        assert params == problem.params
    assert db.execute_sql("SELECT duration_min, done FROM activity").fetchall() == [(90, 1)]


def test_rejected_links_have_translatable_reasons(store: Path, tmp_path: Path) -> None:
    path = _write(tmp_path / "deals.csv", ["Title", "Organization"], [["X", "Nobody Ltd"]])
    options = ImportOptions("deals", {0: "title", 1: "organization"}, create_missing=False)
    report = run_import(path, options)
    (rejected,) = report.rejected
    assert rejected.reason == "There is no organization “Nobody Ltd”."
    assert rejected.parts == ((None, "There is no organization “{name}”.", {"name": "Nobody Ltd"}),)


def test_one_limit_for_the_preview_and_the_run(store: Path, tmp_path: Path) -> None:
    headers = ["Name", "Address"]
    rows = [["Long", "x" * (MAX_ADDRESS + 1)], ["Fits", "y" * MAX_ADDRESS]]
    mapping = auto_map("organizations", headers)
    preview = [convert_row("organizations", mapping, r, day_first=True) for r in rows]
    assert [bool(c.problems) for c in preview] == [True, False]
    report = _import(_write(tmp_path / "o.csv", headers, rows), "organizations")
    assert [r.line for r in report.rejected] == [2]
    assert str(MAX_ADDRESS) in report.rejected[0].reason
    assert report.created == 1


def test_preview_problems_are_translated(
    store: Path, qapp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    french = {"“{text}” is neither yes nor no.": "« {text} » n'est ni oui ni non."}
    original = QCoreApplication.translate

    def translate(context: str, text: str, *args: Any) -> str:
        if context == "DomainError" and text in french:
            return french[text]
        return original(context, text, *args)

    monkeypatch.setattr(import_models.QCoreApplication, "translate", translate)
    mapping = {0: "subject", 1: "due_date", 2: "done"}
    row = ["Call", "2026-12-01", "perhaps"]
    converted = RowPlan("activities", mapping, day_first=True).convert(row)
    model = PreviewModel()
    model.load(
        headers=["Subject", "Due", "Done"],
        lines=[2],
        rows=[row],
        converted=[converted],
        mapping=mapping,
        fields=fields_for("activities"),
    )
    assert model.row_problems(0) == ["Done: « perhaps » n'est ni oui ni non."]


def test_no_reason_is_formatted_before_translation() -> None:
    """Every reason the run gives is a template with named placeholders (never an f-string)."""
    domain = Path(import_run.__file__).parent
    for name in ("import_run.py", "import_writing.py", "import_writers.py"):
        source = (domain / name).read_text(encoding="utf-8")
        assert "Reject(" in source or name == "import_run.py"
        assert 'Reject(f"' not in source
        assert "Reject(f'" not in source


def test_dates_and_times_come_from_the_one_parser(store: Path, tmp_path: Path) -> None:
    headers = ["Subject", "Due date", "Due time", "Done time", "Done"]
    rows = [["Visit", "24.11.2026", "9h30", "24.11.2026 10:15", "ja"]]
    report = _import(_write(tmp_path / "a.csv", headers, rows), "activities")
    assert report.rejected == []
    stored = db.execute_sql("SELECT due_date, due_time, done_time, done FROM activity").fetchone()
    assert stored == ("2026-11-24", "09:30:00", "2026-11-24 10:15:00", 1)
    assert dt.date.fromisoformat(stored[0]) == TODAY


def test_the_preview_checks_custom_values_by_the_run_s_rule(store: Path, tmp_path: Path) -> None:
    """A custom phone field holds one number: two in a cell are a problem in the preview too
    (the preview once showed them as fine and the run then left the row out)."""
    hotline = customfields.create_field("organization", "Hotline", "phone")
    headers = ["Name", "Hotline"]
    rows = [["Two", "+33 1 23 45 67 89, +33 6 12 34 56 78"], ["One", "+33 1 23 45 67 89"]]
    mapping = auto_map("organizations", headers)
    assert mapping == {0: "name", 1: f"custom:{hotline.id}"}
    preview = [convert_row("organizations", mapping, r, day_first=True) for r in rows]
    assert [bool(c.problems) for c in preview] == [True, False]
    report = _import(_write(tmp_path / "o.csv", headers, rows), "organizations")
    assert [r.line for r in report.rejected] == [2]
    problem = preview[0].problems[0]
    assert report.rejected[0].reason == f"Hotline: {problem.message}"
    assert report.created == 1
    stored = db.execute_sql("SELECT value FROM custom_value").fetchall()
    assert stored == [("+33 1 23 45 67 89",)]
