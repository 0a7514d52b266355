"""Reading files to import and turning their cells into values: encodings, delimiters, Excel
cells, header mapping in six languages, amounts, dates, statuses and problems per row."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accountmgr.domain import customfields
from accountmgr.domain.errors import ValidationError
from accountmgr.domain.import_cells import (
    parse_bool,
    parse_date,
    parse_datetime,
    parse_decimal,
    parse_duration,
    parse_status,
    parse_time,
)
from accountmgr.domain.import_fields import KINDS, FieldSpec, fields_for
from accountmgr.domain.import_files import cell_text, iter_table, read_table, sniff_delimiter
from accountmgr.domain.import_headers import auto_map
from accountmgr.domain.import_plan import Converted, Problem, convert_row

DATA = Path(__file__).parent / "data" / "import"


def mapped(kind: str, headers: list[str]) -> dict[str, str]:
    """Header -> field key, for readable assertions."""
    return {headers[column]: key for column, key in auto_map(kind, headers).items()}


def convert(kind: str, row: dict[str, str], *, day_first: bool = True, **kw: Any) -> Converted:
    """Convert a row given as field key -> text."""
    keys = list(row)
    return convert_row(
        kind, dict(enumerate(keys)), [row[k] for k in keys], day_first=day_first, **kw
    )


# -- reading CSV ---------------------------------------------------------------------------------


def test_pipedrive_organizations_with_bom(store: Path) -> None:
    table = read_table(DATA / "pipedrive_organizations.csv")
    assert table.encoding == "utf-8-sig"
    assert table.delimiter == ","
    assert table.headers[:2] == ["Organization - ID", "Organization - Name"]
    assert [r[1] for r in table.rows] == ["Acme, Inc.", "Zeta GmbH", "Café Lumière"]
    assert table.rows[1][2] == "Hauptstraße 5\r\n10115 Berlin"
    assert table.lines == [2, 3, 5]  # the quoted address spans lines 3 and 4
    assert mapped("organizations", table.headers) == {
        "Organization - Name": "name",
        "Organization - Address": "address",
        "Organization - Owner": "owner",
        "Organization - Labels": "label",
        "Organization - Country": "country",
    }


def test_semicolon_cp1252_with_blank_lines_extra_cells_and_duplicate_headers(store: Path) -> None:
    table = read_table(DATA / "people_fr_cp1252.csv")
    assert table.encoding == "cp1252"
    assert table.delimiter == ";"
    assert table.headers == ["Nom", "Société", "E-Mail", "Téléphone", "E-Mail (2)", "Remarque"]
    assert [r[0] for r in table.rows] == ["Renée Dupont", "José Álvarez", "Zoë Müller"]
    assert table.lines == [3, 6, 8]
    assert table.rows[0][5] == "Première ligne\r\ndeuxième ligne"
    assert table.rows[1] == ["José Álvarez", "Zeta GmbH", "jose@example.es", "", "", "VIP"]
    assert table.rows[2] == ["Zoë Müller", "Zeta GmbH", "zoe@example.de", "030 1234567", "", ""]
    assert all(len(r) == len(table.headers) for r in table.rows)
    assert mapped("people", table.headers) == {
        "Nom": "name",
        "Société": "organization",
        "E-Mail": "email",
        "Téléphone": "phone",
        "E-Mail (2)": "email",  # a second address of the same person, kept too
    }


def test_german_tab_separated_deals(store: Path) -> None:
    table = read_table(DATA / "deals_de.tsv")
    assert (table.encoding, table.delimiter) == ("utf-8", "\t")
    mapping = auto_map("deals", table.headers)
    assert {table.headers[c]: k for c, k in mapping.items()} == {
        "Titel": "title",
        "Organisation": "organization",
        "Kontaktperson": "person",
        "Wert": "value",
        "Währung": "currency",
        "Status": "status",
        "Gewonnen am": "won_time",
        "Erwartetes Abschlussdatum": "expected_close",
        "Verlustgrund": "lost_reason",
        "Inhaber": "owner",
    }
    first, second, third = (
        convert_row("deals", mapping, row, day_first=True) for row in table.rows
    )
    assert first.problems == []
    assert first.values == {
        "title": "Wartungsvertrag 2027",
        "organization": "Zeta GmbH",
        "person": "Zoë Müller",
        "value_minor": 123456,
        "currency": "EUR",
        "status": "won",
        "won_time": dt.datetime(2026, 11, 24, 10, 0),
        "expected_close": dt.date(2026, 12, 31),
        "owner": "Bob Jones",
    }
    assert second.values["value_minor"] == 250000  # "2.500": a thousands separator
    assert second.values["status"] == "open"
    assert third.values["currency"] == "CHF"
    assert third.values["status"] == "lost"
    assert third.values["lost_reason"] == "zu teuer"


def test_preview_limit_and_iter_table(tmp_path: Path) -> None:
    path = tmp_path / "pipes.csv"
    path.write_text("a|b\n1|2\n3|4\n5|6\n", encoding="utf-8")
    preview = read_table(path, limit=2)
    assert preview.delimiter == "|"
    assert preview.rows == [["1", "2"], ["3", "4"]]
    header, rows = iter_table(path)
    assert header.headers == ["a", "b"]
    assert header.rows == []
    assert list(rows) == [(2, ["1", "2"]), (3, ["3", "4"]), (4, ["5", "6"])]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8-sig"])
def test_byte_order_marks(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "bom.csv"
    path.write_text("Name;Ort\nÅsa;Malmö\n", encoding=encoding)
    table = read_table(path)
    assert table.encoding == encoding
    assert table.headers == ["Name", "Ort"]
    assert table.rows == [["Åsa", "Malmö"]]


def test_plain_utf8_and_single_column(tmp_path: Path) -> None:
    path = tmp_path / "one.csv"
    path.write_text("Name\nÅsa\n\nBo\n", encoding="utf-8")
    table = read_table(path)
    assert (table.encoding, table.delimiter) == ("utf-8", ",")
    assert table.rows == [["Åsa"], ["Bo"]]
    assert table.lines == [2, 4]


def test_headers_are_cleaned(tmp_path: Path) -> None:
    path = tmp_path / "headers.csv"
    path.write_text(" Name ,,Email,email,Email,\n1,2,3,4,5,6\n", encoding="utf-8")
    table = read_table(path)
    assert table.headers == ["Name", "Column 2", "Email", "email (2)", "Email (3)"]
    assert table.rows == [["1", "2", "3", "4", "5"]]


def test_sniffer_prefers_the_consistent_delimiter() -> None:
    assert sniff_delimiter("Name;Value\nA;1,5\nB;2,5\n") == ";"
    assert sniff_delimiter("Name,Note\nA,x;y\nB,z\n") == ","
    assert sniff_delimiter("Name\tNote\nA\tx, y\n") == "\t"
    assert sniff_delimiter("Name\nA\n") == ","


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"\xef\xbb\xbf\r\n\r\n", "empty"),
        (b"\xd0\xcf\x11\xe0rest", ".xls"),
        (b"a,b\x00\x00c", "not a text"),
    ],
)
def test_unreadable_files(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    with pytest.raises(ValidationError, match=message):
        read_table(path)


def test_missing_file_and_fake_excel(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="does not exist"):
        read_table(tmp_path / "nothing.csv")
    fake = tmp_path / "fake.xlsx"
    fake.write_text("Name\nA\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="not a valid Excel"):
        read_table(fake)
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04garbage")
    with pytest.raises(ValidationError, match="not a readable Excel"):
        read_table(broken)


def test_ten_thousand_rows_stream_quickly(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write("Name;Address;Owner\n")
        for n in range(10_000):
            out.write(f'Company {n};"Street {n}\nCity";Ann\n')
    started = time.perf_counter()
    table, rows = iter_table(path)
    count, last = 0, (0, [""])
    for row in rows:
        count, last = count + 1, row
    elapsed = time.perf_counter() - started
    assert table.headers == ["Name", "Address", "Owner"]
    assert count == 10_000
    assert last == (20_000, ["Company 9999", "Street 9999\nCity", "Ann"])
    assert elapsed < 2.0


# -- reading XLSX --------------------------------------------------------------------------------


def test_xlsx_first_sheet_as_text(store: Path, tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Deal - Title", "Deal - Value", "Deal - Expected close date", "Won", "Done"])
    sheet.append(["Renewal", 1234.5, dt.datetime(2026, 12, 31), dt.datetime(2026, 11, 24, 10, 0)])
    sheet.append([None, None, None])
    sheet.append(["Upgrade", 2000.0, dt.date(2027, 1, 15), None, True])
    sheet.append(["Big", 12345678901, None, None, False])
    workbook.create_sheet("Other").append(["ignored"])
    path = tmp_path / "deals.xlsx"
    workbook.save(path)

    table = read_table(path)
    assert (table.encoding, table.delimiter) == ("xlsx", None)
    assert table.headers[0] == "Deal - Title"
    assert table.rows == [
        ["Renewal", "1234.5", "2026-12-31", "2026-11-24 10:00", ""],
        ["Upgrade", "2000", "2027-01-15", "", "TRUE"],
        ["Big", "12345678901", "", "", "FALSE"],
    ]
    assert table.lines == [2, 4, 5]
    assert read_table(path, limit=1).rows == table.rows[:1]
    assert mapped("deals", table.headers)["Deal - Value"] == "value"


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (None, ""),
        (3.0, "3"),
        (0.1, "0.1"),
        (1e-05, "0.00001"),
        (-2.5, "-2.5"),
        (7, "7"),
        (dt.time(9, 30), "09:30"),
        (dt.datetime(2026, 1, 2, 3, 4, 5), "2026-01-02 03:04:05"),
        (dt.timedelta(minutes=90), "1:30"),
        ("text", "text"),
    ],
)
def test_cell_text(value: object, text: str) -> None:
    assert cell_text(value) == text


# -- fields and mapping --------------------------------------------------------------------------


def test_fields_for_each_kind(store: Path) -> None:
    assert [f.key for f in fields_for("organizations")] == [
        "name",
        "address",
        "country",
        "owner",
        "label",
    ]
    assert [f.key for f in fields_for("notes")][:2] == ["content", "organization"]
    required = {k: [f.key for f in fields_for(k) if f.required] for k in KINDS}
    assert required == {
        "organizations": ["name"],
        "people": ["name"],
        "deals": ["title"],
        "activities": ["subject", "due_date"],
        "notes": ["content", "organization"],
    }
    region = customfields.create_field("organization", "Region", "single_option", ("North",))
    customfields.create_field("deal", "Probability", "number")
    assert fields_for("organizations")[-1] == FieldSpec(
        f"custom:{region.id}", "Region", "single_option"
    )
    assert fields_for("activities")[-1].key == "note"
    with pytest.raises(ValidationError):
        fields_for("invoices")


def test_labels_map_back_to_their_fields(store: Path) -> None:
    """An export's headers (the English labels) map back without help: the round trip."""
    customfields.create_field("person", "Birthday", "date")
    for kind in KINDS:
        specs = fields_for(kind)
        headers = [s.label for s in specs]
        assert auto_map(kind, headers) == {n: s.key for n, s in enumerate(specs)}, kind


@pytest.mark.parametrize(
    ("kind", "headers", "expected"),
    [
        (
            "organizations",
            ["Name", "Address", "Country", "Owner", "Tags"],
            ["name", "address", "country", "owner", "label"],
        ),
        (
            "organizations",
            ["Nom de l'entreprise", "Adresse", "Pays", "Propriétaire", "Étiquette"],
            ["name", "address", "country", "owner", "label"],
        ),
        (
            "organizations",
            ["Firmenname", "Anschrift", "Land", "Inhaber", "Etikett"],
            ["name", "address", "country", "owner", "label"],
        ),
        (
            "organizations",
            ["Razón social", "Dirección", "País", "Propietario", "Etiqueta"],
            ["name", "address", "country", "owner", "label"],
        ),
        (
            "organizations",
            ["Ragione sociale", "Indirizzo", "Paese", "Proprietario", "Etichetta"],
            ["name", "address", "country", "owner", "label"],
        ),
        (
            "organizations",
            ["Nome da empresa", "Endereço", "País", "Proprietário", "Rótulo"],
            ["name", "address", "country", "owner", "label"],
        ),
        ("organizations", ["Organization"], ["name"]),
        ("organizations", ["Firma"], ["name"]),
        (
            "people",
            ["Full name", "Company", "Job title", "Email address", "Mobile"],
            ["name", "organization", "role", "email", "phone"],
        ),
        (
            "people",
            ["Nom", "Entreprise", "Fonction", "Courriel", "Téléphone"],
            ["name", "organization", "role", "email", "phone"],
        ),
        (
            "people",
            ["Name", "Firma", "Position", "E-Mail", "Telefon"],
            ["name", "organization", "role", "email", "phone"],
        ),
        (
            "people",
            ["Nombre", "Empresa", "Cargo", "Correo electrónico", "Teléfono"],
            ["name", "organization", "role", "email", "phone"],
        ),
        (
            "people",
            ["Nome", "Azienda", "Ruolo", "Indirizzo email", "Cellulare"],
            ["name", "organization", "role", "email", "phone"],
        ),
        (
            "people",
            ["Nome", "Empresa", "Cargo", "E-mail", "Telefone"],
            ["name", "organization", "role", "email", "phone"],
        ),
        (
            "people",
            ["Person - Name", "Person - Organization", "Person - Email - Work"],
            ["name", "organization", "email"],
        ),
        ("people", ["Organization - Name", "Person - Name"], ["organization", "name"]),
        ("people", ["Organization", "Name"], ["organization", "name"]),
        (
            "deals",
            ["Deal - Title", "Deal - Value", "Deal - Currency", "Deal - Status", "Deal - Owner"],
            ["title", "value", "currency", "status", "owner"],
        ),
        (
            "deals",
            ["Organization - Name", "Person - Name", "Deal - Won time", "Deal - Lost reason"],
            ["organization", "person", "won_time", "lost_reason"],
        ),
        (
            "deals",
            ["Titre", "Montant", "Devise", "Statut", "Date de clôture prévue", "Motif de perte"],
            ["title", "value", "currency", "status", "expected_close", "lost_reason"],
        ),
        (
            "deals",
            ["Título", "Importe", "Moneda", "Estado", "Fecha de cierre", "Contacto"],
            ["title", "value", "currency", "status", "expected_close", "person"],
        ),
        (
            "deals",
            ["Titolo", "Valore", "Valuta", "Stato", "Data di chiusura prevista", "Azienda"],
            ["title", "value", "currency", "status", "expected_close", "organization"],
        ),
        (
            "deals",
            ["Título", "Valor", "Moeda", "Situação", "Data de fechamento", "Contato"],
            ["title", "value", "currency", "status", "expected_close", "person"],
        ),
        (
            "activities",
            ["Subject", "Type", "Due date", "Due time", "Duration", "Done", "Assigned to"],
            ["subject", "type", "due_date", "due_time", "duration", "done", "assignee"],
        ),
        (
            "activities",
            ["Objet", "Type", "Échéance", "Heure", "Durée", "Fait", "Commentaire"],
            ["subject", "type", "due_date", "due_time", "duration", "done", "note"],
        ),
        (
            "activities",
            ["Betreff", "Typ", "Fälligkeitsdatum", "Uhrzeit", "Dauer", "Erledigt", "Notiz"],
            ["subject", "type", "due_date", "due_time", "duration", "done", "note"],
        ),
        (
            "activities",
            ["Asunto", "Tipo", "Fecha de vencimiento", "Hora", "Duración", "Hecho", "Usuario"],
            ["subject", "type", "due_date", "due_time", "duration", "done", "assignee"],
        ),
        (
            "activities",
            ["Oggetto", "Tipo", "Scadenza", "Ora", "Durata", "Completato", "Trattativa"],
            ["subject", "type", "due_date", "due_time", "duration", "done", "deal"],
        ),
        (
            "activities",
            ["Assunto", "Tipo", "Data de vencimento", "Hora", "Duração", "Feito", "Empresa"],
            ["subject", "type", "due_date", "due_time", "duration", "done", "organization"],
        ),
        (
            "activities",
            ["Activity - Subject", "Activity - Marked as done time", "Deal - Title"],
            ["subject", "done_time", "deal"],
        ),
        (
            "notes",
            ["Content", "Organization", "Person", "Deal", "Pinned", "Created at"],
            ["content", "organization", "person", "deal", "pinned", "created_at"],
        ),
        (
            "notes",
            ["Contenu", "Société", "Épinglé", "Créé le"],
            ["content", "organization", "pinned", "created_at"],
        ),
        ("notes", ["Inhalt", "Firma", "Angeheftet"], ["content", "organization", "pinned"]),
        ("notes", ["Texto", "Empresa", "Fijado"], ["content", "organization", "pinned"]),
        ("notes", ["Testo", "Azienda", "Fissato"], ["content", "organization", "pinned"]),
        ("notes", ["Conteúdo", "Empresa", "Fixado"], ["content", "organization", "pinned"]),
    ],
)
def test_auto_map_languages(
    store: Path, kind: str, headers: list[str], expected: list[str]
) -> None:
    assert [auto_map(kind, headers).get(n) for n in range(len(headers))] == expected


def test_auto_map_uses_each_field_once_and_skips_unknown(store: Path) -> None:
    headers = ["Email - Work", "Email - Home", "Phone (mobile)", "Shoe size", "Name", "Nom"]
    # emails and phones take every column that gives one; other fields one column
    assert auto_map("people", headers) == {0: "email", 1: "email", 2: "phone", 4: "name"}
    # another entity's details are not the record's own
    assert auto_map("people", ["Organization - Address", "Name"]) == {1: "name"}


def test_auto_map_custom_fields(store: Path) -> None:
    region = customfields.create_field("organization", "Region", "text")
    assert auto_map("organizations", ["Name", "region"]) == {0: "name", 1: f"custom:{region.id}"}


# -- amounts -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "minor", "currency"),
    [
        ("1234.56", 123456, "EUR"),
        ("1234,56", 123456, "EUR"),
        ("1.234,56 €", 123456, "EUR"),
        ("€1,234.56", 123456, "EUR"),
        ("$1,234.56", 123456, "USD"),
        ("1 234,56", 123456, "EUR"),
        ("1\u00a0234,56\u00a0€", 123456, "EUR"),
        ("1\u202f234,56 €", 123456, "EUR"),
        ("1'234.50 CHF", 123450, "CHF"),
        ("CHF 1\u2019234.50", 123450, "CHF"),
        ("EUR 12", 1200, "EUR"),
        ("12 usd", 1200, "USD"),
        ("£99.9", 9990, "GBP"),
        ("¥1,234", 1234, "JPY"),
        ("JPY 1234", 1234, "JPY"),
        ("R$ 1.234,56", 123456, "BRL"),
        ("1,234", 123400, "EUR"),
        ("1.234.567", 123456700, "EUR"),
        ("1,234,567.89", 123456789, "EUR"),
        ("0,5", 50, "EUR"),
        (".5", 50, "EUR"),
        ("0", 0, "EUR"),
    ],
)
def test_amounts(store: Path, text: str, minor: int, currency: str) -> None:
    result = convert("deals", {"title": "Deal", "value": text})
    assert result.problems == []
    assert result.values["value_minor"] == minor
    assert result.values["currency"] == currency


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("-12", "cannot be negative"),
        ("(12)", "cannot be negative"),
        ("-$12", "cannot be negative"),
        ("12.3456", "more decimals"),
        ("¥12.5", "more decimals"),
        ("XYZ 12", "not a known currency"),
        ("abc", "not a number"),
        ("1,234,56", "not a number"),
        ("12.", "not a number"),
        ("1.2.3,4,5", "not a number"),
        ("99999999999999", "too large"),
    ],
)
def test_bad_amounts(store: Path, text: str, message: str) -> None:
    result = convert("deals", {"title": "Deal", "value": text})
    assert "value_minor" not in result.values
    assert len(result.problems) == 1
    assert result.problems[0].column == 1
    assert message in result.problems[0].message


def test_currency_column_and_default(store: Path) -> None:
    assert convert("deals", {"title": "D", "value": "10", "currency": "usd"}).values == {
        "title": "D",
        "value_minor": 1000,
        "currency": "USD",
    }
    assert convert("deals", {"title": "D", "value": "10", "currency": "$"}).values["currency"] == (
        "USD"
    )
    assert convert("deals", {"title": "D", "value": "10"}, default_currency="GBP").values == {
        "title": "D",
        "value_minor": 1000,
        "currency": "GBP",
    }
    assert convert("deals", {"title": "D", "currency": "JPY"}).values == {
        "title": "D",
        "currency": "JPY",
    }
    clash = convert("deals", {"title": "D", "value": "$10", "currency": "EUR"})
    assert clash.problems == [
        Problem(1, "“$10” is in USD but the currency column says EUR."),
    ]
    unknown = convert("deals", {"title": "D", "value": "10", "currency": "Bitcoin"})
    assert unknown.problems == [Problem(2, "“Bitcoin” is not a known currency.")]
    assert convert("deals", {"title": "D", "value": "10"}, default_currency="ZZZ").problems


@pytest.mark.parametrize(
    ("text", "number"),
    [("12", "12"), ("-1.234,5", "-1234.5"), ("1 000", "1000"), ("+3", "3"), ("2-", "-2")],
)
def test_parse_decimal(text: str, number: str) -> None:
    assert str(parse_decimal(text)) == number


# -- dates and times -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day_first", "date", "ambiguous"),
    [
        ("2026-11-24", True, dt.date(2026, 11, 24), False),
        ("2026/11/24", False, dt.date(2026, 11, 24), False),
        ("20261124", True, dt.date(2026, 11, 24), False),
        ("24.11.2026", True, dt.date(2026, 11, 24), False),
        ("24/11/2026", False, dt.date(2026, 11, 24), False),  # only one reading is a date
        ("11/24/2026", True, dt.date(2026, 11, 24), False),
        ("03/04/2026", True, dt.date(2026, 4, 3), True),
        ("03/04/2026", False, dt.date(2026, 3, 4), True),
        ("04.04.2026", True, dt.date(2026, 4, 4), False),  # both readings agree
        ("3-4-26", True, dt.date(2026, 4, 3), True),
        ("1.2.99", True, dt.date(1999, 2, 1), True),
        ("24 Nov 2026", False, dt.date(2026, 11, 24), False),
        ("Nov 24, 2026", True, dt.date(2026, 11, 24), False),
        ("November 24th 2026", True, dt.date(2026, 11, 24), False),
        ("24. November 2026", True, dt.date(2026, 11, 24), False),
        ("3. März 2026", True, dt.date(2026, 3, 3), False),
        ("24 novembre 2026", True, dt.date(2026, 11, 24), False),
        ("1er février 2026", True, dt.date(2026, 2, 1), False),
        ("24 de noviembre de 2026", True, dt.date(2026, 11, 24), False),
        ("24 dicembre 2026", True, dt.date(2026, 12, 24), False),
        ("24 de dezembro de 2026", True, dt.date(2026, 12, 24), False),
    ],
)
def test_dates(text: str, day_first: bool, date: dt.date, ambiguous: bool) -> None:
    assert parse_date(text, day_first=day_first) == (date, ambiguous)


@pytest.mark.parametrize(
    "text", ["31/02/2026", "13/13/2026", "2026-13-01", "tomorrow", "24 Foo 2026"]
)
def test_bad_dates(text: str) -> None:
    with pytest.raises(ValidationError):
        parse_date(text, day_first=True)


@pytest.mark.parametrize(
    ("text", "moment"),
    [
        ("2026-11-24 10:00", dt.datetime(2026, 11, 24, 10, 0)),
        ("2026-11-24T10:00:30", dt.datetime(2026, 11, 24, 10, 0, 30)),
        ("24.11.2026 09:05", dt.datetime(2026, 11, 24, 9, 5)),
        ("11/24/2026 3:30 PM", dt.datetime(2026, 11, 24, 15, 30)),
        ("2026-11-24", dt.datetime(2026, 11, 24, 0, 0)),
        ("24/11/2026 10h30", dt.datetime(2026, 11, 24, 10, 30)),
    ],
)
def test_datetimes(text: str, moment: dt.datetime) -> None:
    assert parse_datetime(text, day_first=True) == (moment, False)


def test_datetime_with_zone_becomes_local_time() -> None:
    moment, _ = parse_datetime("2026-11-24T10:00:00Z", day_first=True)
    expected = dt.datetime(2026, 11, 24, 10, tzinfo=dt.UTC).astimezone().replace(tzinfo=None)
    assert moment == expected


@pytest.mark.parametrize(
    ("text", "clock"),
    [
        ("10:00", dt.time(10, 0)),
        ("7:05:09", dt.time(7, 5, 9)),
        ("9h30", dt.time(9, 30)),
        ("15h", dt.time(15, 0)),
        ("10.30", dt.time(10, 30)),
        ("3:30 PM", dt.time(15, 30)),
        ("12 am", dt.time(0, 0)),
        ("12:15 p.m.", dt.time(12, 15)),
    ],
)
def test_times(text: str, clock: dt.time) -> None:
    assert parse_time(text) == clock


@pytest.mark.parametrize("text", ["10", "25:00", "10:60", "13 pm", "noon"])
def test_bad_times(text: str) -> None:
    with pytest.raises(ValidationError):
        parse_time(text)


@pytest.mark.parametrize(
    ("text", "minutes"),
    [("30", 30), ("30 min", 30), ("1:30", 90), ("1h30", 90), ("2 h", 120), ("45 Minuten", 45)],
)
def test_durations(text: str, minutes: int) -> None:
    assert parse_duration(text) == minutes


@pytest.mark.parametrize("text", ["-5", "1:75", "a while", "99999999"])
def test_bad_durations(text: str) -> None:
    with pytest.raises(ValidationError):
        parse_duration(text)


def test_ambiguous_columns_are_flagged(store: Path) -> None:
    result = convert(
        "activities",
        {"subject": "Call", "due_date": "03/04/2026", "done_time": "05/06/2026 10:00"},
    )
    assert result.problems == []
    assert result.ambiguous == [1, 2]
    assert result.values["due_date"] == dt.date(2026, 4, 3)
    month_first = convert(
        "activities", {"subject": "Call", "due_date": "03/04/2026"}, day_first=False
    )
    assert month_first.values["due_date"] == dt.date(2026, 3, 4)
    clear = convert("activities", {"subject": "Call", "due_date": "24/04/2026"})
    assert clear.ambiguous == []


# -- statuses, booleans, words -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Open", "open"),
        ("offen", "open"),
        ("Ouvert", "open"),
        ("abierto", "open"),
        ("aperto", "open"),
        ("aberto", "open"),
        ("WON", "won"),
        ("gewonnen", "won"),
        ("gagné", "won"),
        ("Gagnée", "won"),
        ("ganado", "won"),
        ("vinto", "won"),
        ("ganho", "won"),
        ("lost", "lost"),
        ("verloren", "lost"),
        ("perdu", "lost"),
        ("perdido", "lost"),
        ("perso", "lost"),
    ],
)
def test_statuses(text: str, status: str) -> None:
    assert parse_status(text) == status


@pytest.mark.parametrize(
    ("text", "value"),
    [
        *((t, True) for t in ["yes", "Y", "ja", "oui", "sí", "si", "sì", "sim", "1", "true", "x"]),
        *((t, True) for t in ["TRUE", "✓", "erledigt", "fait"]),
        *((t, False) for t in ["no", "nein", "non", "não", "0", "false", "FALSE", "falso", "-"]),
    ],
)
def test_booleans(text: str, value: bool) -> None:
    assert parse_bool(text) is value


def test_bad_words_are_problems(store: Path) -> None:
    deal = convert("deals", {"title": "D", "status": "deleted"})
    assert deal.problems == [Problem(1, "“deleted” is not a deal status (open, won or lost).")]
    note = convert("notes", {"content": "Hi", "organization": "Acme", "pinned": "maybe"})
    assert note.problems == [Problem(2, "“maybe” is neither yes nor no.")]


# -- whole rows ----------------------------------------------------------------------------------


def test_activity_row(store: Path) -> None:
    result = convert(
        "activities",
        {
            "subject": "  Quarterly   review ",
            "type": "Réunion",
            "due_date": "2026-11-24",
            "due_time": "14:30",
            "duration": "1h",
            "done": "oui",
            "done_time": "2026-11-24 15:30",
            "organization": "Acme",
            "assignee": "Ann Smith",
            "note": "Line one\nline two",
        },
    )
    assert result.problems == []
    assert result.values == {
        "subject": "Quarterly review",
        "type": "meeting",
        "due_date": dt.date(2026, 11, 24),
        "due_time": dt.time(14, 30),
        "duration": 60,
        "done": True,
        "done_time": dt.datetime(2026, 11, 24, 15, 30),
        "organization": "Acme",
        "assignee": "Ann Smith",
        "note": "Line one\nline two",
    }
    unknown_type = convert(
        "activities", {"subject": "S", "type": "Webinar", "due_date": "1.2.2026"}
    )
    assert unknown_type.values["type"] == "Webinar"  # a custom type, looked up by the importer


def test_person_row(store: Path) -> None:
    result = convert(
        "people",
        {
            "name": "Ann",
            "email": "Ann <ann@example.com>; ann.b@example.org",
            "phone": "+49 30 1234567, (030) 765-4321",
        },
    )
    assert result.problems == []
    assert result.values["email"] == "ann@example.com\nann.b@example.org"
    assert result.values["phone"] == "+49 30 1234567\n(030) 765-4321"
    bad = convert("people", {"name": "Ann", "email": "ann at example", "phone": "call me"})
    assert [p.column for p in bad.problems] == [1, 2]


def test_organization_row(store: Path) -> None:
    result = convert(
        "organizations",
        {"name": "Acme", "address": "1 Main St\nSpringfield", "country": "de", "label": "Hot"},
    )
    assert result.values == {
        "name": "Acme",
        "address": "1 Main St\nSpringfield",
        "country": "DE",
        "label": "Hot",
    }
    assert convert("organizations", {"name": "A", "country": "Germany"}).problems == [
        Problem(1, "“Germany” is not a two-letter country code.")
    ]


def test_required_fields_and_lengths(store: Path) -> None:
    assert convert("organizations", {"name": "  ", "address": "x"}).problems == [
        Problem(0, "The name is missing.")
    ]
    assert convert_row("organizations", {0: "address"}, ["x"], day_first=True).problems == [
        Problem(None, "No column gives the name.")
    ]
    notes = convert_row("notes", {0: "content"}, ["Hello"], day_first=True)
    assert notes.problems == [Problem(None, "No column gives the organization.")]
    long = convert("organizations", {"name": "x" * 256})
    assert long.problems == [Problem(0, "The name is too long (256 characters; at most 255).")]
    assert convert("organizations", {"name": "x" * 255}).problems == []
    assert convert("deals", {"title": "D", "lost_reason": "r" * 300}).problems[0].column == 1
    assert convert("notes", {"content": "n" * 50_000, "organization": "A"}).problems == []


def test_cells_and_mapping_out_of_step(store: Path) -> None:
    short = convert_row("organizations", {0: "name", 5: "address"}, ["Acme"], day_first=True)
    assert short == Converted({"name": "Acme"}, [], [])
    unknown = convert_row("organizations", {0: "name", 1: "colour"}, ["A", "red"], day_first=True)
    assert unknown.problems == [Problem(1, "“colour” is not a field of organizations.")]
    first_wins = convert_row(
        "people", {0: "name", 1: "email", 2: "email"}, ["A", "", "a@b.co"], day_first=True
    )
    assert first_wins.values["email"] == "a@b.co"


def test_custom_field_values(store: Path) -> None:
    region = customfields.create_field("organization", "Region", "single_option", ("North",))
    tags = customfields.create_field(
        "organization", "Tags", "multiple_options", ("Partner", "Reseller")
    )
    size = customfields.create_field("organization", "Employees", "number")
    budget = customfields.create_field("organization", "Budget", "monetary")
    founded = customfields.create_field("organization", "Founded", "date")
    phone = customfields.create_field("organization", "Hotline", "phone")
    result = convert(
        "organizations",
        {
            "name": "Acme",
            f"custom:{region.id}": "north",
            f"custom:{tags.id}": "reseller, Partner",
            f"custom:{size.id}": "1.200",
            f"custom:{budget.id}": "€ 1.234,50",
            f"custom:{founded.id}": "02/03/1999",
            f"custom:{phone.id}": "+1 555 0100",
        },
    )
    assert result.problems == []
    assert result.ambiguous == [5]
    expected = {
        region: "North",
        tags: ["Reseller", "Partner"],
        size: "1200",
        budget: "1234.5",
        founded: dt.date(1999, 3, 2),
        phone: "+1 555 0100",
    }
    for definition, value in expected.items():
        assert result.values[f"custom:{definition.id}"] == value
        assert customfields.canonical(definition, value) is not None  # accepted as it is
    assert convert("organizations", {"name": "A", f"custom:{region.id}": "South"}).problems
    other_entity = customfields.create_field("deal", "Probability", "number")
    assert convert("organizations", {"name": "A", f"custom:{other_entity.id}": "5"}).problems


def test_options_and_fields_added_later_are_found(store: Path) -> None:
    region = customfields.create_field("organization", "Region", "single_option", ("North",))
    key = f"custom:{region.id}"
    assert convert("organizations", {"name": "A", key: "North"}).problems == []
    customfields.set_options(region.id, ("North", "South"))
    assert convert("organizations", {"name": "A", key: "South"}).values[key] == "South"
    later = customfields.create_field("organization", "Segment", "text")
    assert convert("organizations", {"name": "A", f"custom:{later.id}": "SMB"}).problems == []


text_cells = st.lists(st.text(max_size=40), min_size=0, max_size=12)


@pytest.mark.parametrize("kind", KINDS)
@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(cells=text_cells, day_first=st.booleans())
def test_convert_row_never_raises(
    store: Path, kind: str, cells: list[str], day_first: bool
) -> None:
    specs = fields_for(kind)
    mapping = {n: s.key for n, s in enumerate(specs)}
    result = convert_row(kind, mapping, cells, day_first=day_first)
    assert isinstance(result, Converted)
    assert all(isinstance(p, Problem) for p in result.problems)
    assert set(result.ambiguous) <= set(mapping)


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    text=st.text(alphabet="0123456789.,' -$€£¥()CHFEURabc\u00a0", max_size=20),
    currency=st.sampled_from(["", "EUR", "JPY", "usd", "?"]),
)
def test_amount_parsing_never_raises(store: Path, text: str, currency: str) -> None:
    result = convert("deals", {"title": "T", "value": text, "currency": currency})
    if "value_minor" in result.values:
        assert isinstance(result.values["value_minor"], int)
        assert result.values["value_minor"] >= 0


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(cells=text_cells, day_first=st.booleans())
def test_custom_fields_never_raise(store: Path, cells: list[str], day_first: bool) -> None:
    if not customfields.definitions("deal"):
        for field_type in customfields.FieldType:
            options = ("A", "B") if customfields.has_options(field_type) else ()
            customfields.create_field("deal", f"F {field_type}", field_type, options)
    specs = fields_for("deals")
    mapping = {n: s.key for n, s in enumerate(specs[-len(customfields.FieldType) - 2 :])}
    result = convert_row("deals", mapping, cells, day_first=day_first)
    assert all(isinstance(p, Problem) for p in result.problems)
    definitions = {f"custom:{d.id}": d for d in customfields.definitions("deal")}
    for key, value in result.values.items():
        if key in definitions and definitions[key].field_type != "user":  # users: looked up later
            customfields.canonical(definitions[key], value)  # accepted as converted


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    whole=st.integers(0, 10**12),
    fraction=st.sampled_from(["", "0", "5", "00", "07", "50", "99"]),
    currency=st.sampled_from(["EUR", "JPY", "KWD"]),
)
def test_plain_amounts_read_as_written_amounts_do(
    store: Path, whole: int, fraction: str, currency: str
) -> None:
    """Amounts as exports write them ("2260.00") are read the short way; it must agree with the
    general reading of the same amount written with a currency ("2260.00 EUR")."""
    plain = f"{whole}.{fraction}" if fraction else str(whole)
    short = convert("deals", {"title": "T", "value": plain, "currency": currency})
    general = convert("deals", {"title": "T", "value": f"{plain} {currency}"})
    assert short.values.get("value_minor") == general.values.get("value_minor")
    assert [p.message for p in short.problems] == [p.message for p in general.problems]


@pytest.mark.parametrize(
    "text",
    ["2026-11-24 10:05", "2026-11-24T10:05:09", "2026-02-30 10:00", "2026-11-24 25:00"],
)
def test_iso_date_times_read_as_other_forms_do(text: str) -> None:
    """The short way for "YYYY-MM-DD HH:MM[:SS]" agrees with the general reading (here of the
    same moment with a comma between date and time), valid or not."""
    general = text.replace(" ", ", ").replace("T", ", ")
    try:
        expected: object = parse_datetime(general, day_first=True)
    except ValidationError:
        expected = ValidationError
    try:
        found: object = parse_datetime(text, day_first=True)
    except ValidationError:
        found = ValidationError
    assert found == expected
