"""One account's summary page, for a meeting: on paper (File ▸ Print account…), as a PDF (File ▸
Export account as PDF…, `accountmgr account-pdf ID --out FILE`)."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QPdfWriter
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from accountmgr.domain import account_detail, activities, customfields, deals, notes, organizations
from accountmgr.domain.customfields import Entity, FieldType
from accountmgr.qtmodels.account_summary import render, summary_document, summary_html
from accountmgr.views import account_printing, file_dialogs
from tests.conftest import TODAY, shown_window, won_account

PRINTED = dt.date(2026, 11, 24)


@pytest.fixture
def account(store: Path) -> int:
    org = won_account("Kestrel <Dental> GmbH", value=1_234_00)
    organizations.update_organization(org, label="Gold")
    tier = customfields.create_field(Entity.ORGANIZATION, "Tier", FieldType.TEXT)
    customfields.set_value(tier.id, org, "Platinum")
    call = activities.type_id("call")
    activities.create_activity(
        "Satisfaction call", TODAY + dt.timedelta(days=3), type_id=call, org_id=org
    )
    done = activities.create_activity(
        "Kick-off meeting", TODAY - dt.timedelta(days=20), type_id=call, org_id=org
    ).id
    activities.mark_done(done, when=dt.datetime(2026, 11, 4, 10, 0))
    notes.create_note("Wants exports to their accounting. " + "x" * 700, org_id=org, pinned=True)
    organizations.create_person(
        "Lena Vogel", org_id=org, role="Head of IT", emails="lena@kestrel.example"
    )
    deals.create_deal("Upgrade", org_id=org, value_minor=500_00, currency="EUR")
    return org


def test_the_page_holds_what_a_meeting_needs(qapp: QApplication, account: int) -> None:
    html = summary_html(account_detail.everything(account), PRINTED)
    for expected in (
        "Kestrel &lt;Dental&gt; GmbH",  # a name is text, never markup
        "Won value: €1,234.00",
        "Label: Gold",
        "Deals: 1 won, 1 open, 0 lost",
        "Tier",
        "Platinum",
        "Satisfaction call",
        "Kick-off meeting",
        "Pinned · ",
        "Wants exports to their accounting.",
        "Lena Vogel",
        "Head of IT",
        "lena@kestrel.example",
        "Upgrade",
        "Printed on 11/24/26 from accountmgr",
    ):
        assert expected in html, expected
    assert "x" * 601 not in html  # a long note is cut…
    assert "x…" in html  # …and says so


def test_an_empty_account_says_what_it_lacks(qapp: QApplication, store: Path) -> None:
    org = won_account("Bare Ltd")
    html = summary_html(account_detail.everything(org), PRINTED)
    for said in (
        "None filled in.",
        "Nothing planned.",
        "No contact yet.",
        "No notes.",
        "No people.",
        "Never contacted",
    ):
        assert said in html


def test_the_pdf_is_laid_out_at_its_own_resolution(
    qapp: QApplication, account: int, tmp_path: Path
) -> None:
    """At 300 dpi a line of text is as high on paper as on screen (a document laid out for the
    screen prints a few points high): many deals fill more than one page."""
    for number in range(60):
        deals.create_deal(f"Renewal {number}", org_id=account, value_minor=100, currency="EUR")
    out = tmp_path / "Kestrel.pdf"
    writer = QPdfWriter(str(out))
    writer.setResolution(300)
    document = summary_document(account_detail.everything(account), PRINTED)
    render(document, writer)
    del writer
    assert out.read_bytes().startswith(b"%PDF")
    assert document.pageCount() >= 2


def test_the_command_line_writes_the_pdf(account: int, store_address: str, tmp_path: Path) -> None:
    out = tmp_path / "résumé Kestrel.pdf"
    path = store_address
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "accountmgr",
            "--db",
            str(path),
            "--today",
            "2026-11-24",
            "account-pdf",
            str(account),
            "--out",
            str(out),
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Wrote the summary of Kestrel <Dental> GmbH to {out}"
    assert out.read_bytes().startswith(b"%PDF")
    missing = subprocess.run(
        [
            sys.executable,
            "-m",
            "accountmgr",
            "--db",
            str(path),
            "account-pdf",
            "424242",
            "--out",
            str(tmp_path / "none.pdf"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert missing.returncode == 2
    assert "there is no organization with the id 424242" in missing.stderr
    assert not (tmp_path / "none.pdf").exists()


def test_the_file_menu_exports_and_prints_the_selected_account(
    account: int, qtbot: QtBot, settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = shown_window(qtbot, settings)
    window.list_tab.select([account])
    chosen = tmp_path / "for the meeting"
    monkeypatch.setattr(file_dialogs, "get_save_file_name", lambda *a, **k: (str(chosen), ""))
    window.ui.actionExportAccountPdf.trigger()
    written = tmp_path / "for the meeting.pdf"
    assert written.read_bytes().startswith(b"%PDF")
    assert window.statusBar().currentMessage() == f"Wrote the account's summary to {written}"

    printed = tmp_path / "printed.pdf"
    offered = []

    def accept(dialog: QPrintDialog) -> int:
        offered.append(dialog.printer().docName())  # what "Print to file" names the PDF after
        dialog.printer().setOutputFileName(str(printed))  # a PDF instead of a printer
        return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    window._hub.publish(organizations.update_organization(account, name="Kestrel S.A."))
    window.ui.actionPrintAccount.trigger()
    assert printed.read_bytes().startswith(b"%PDF")
    assert offered == ["Kestrel SA"]  # not "Kestrel S", the file name the dialog made of it


def test_printing_without_a_selected_account_says_what_to_do(
    store: Path, qtbot: QtBot, settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: said.append(text))
    window = shown_window(qtbot, settings)
    assert account_printing.print_account(window, None) is False
    assert said == ["Select an account first, in the list or the board."]
