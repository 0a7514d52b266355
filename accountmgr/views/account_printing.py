"""File ▸ Print account… (Ctrl+P) and File ▸ Export account as PDF…: the selected account's
summary page (qtmodels.account_summary) on paper or in a PDF file, for a meeting."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from accountmgr.domain import account_detail, clock
from accountmgr.domain.errors import DomainError
from accountmgr.qtmodels.account_summary import page_size, render, summary_document, write_pdf
from accountmgr.qtmodels.formatting import fill
from accountmgr.views import file_dialogs, undo


def _detail(parent: QWidget, org_id: int | None) -> account_detail.Detail | None:
    if org_id is None:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("AccountPrinting", "Print account"),
            QCoreApplication.translate(
                "AccountPrinting", "Select an account first, in the list or the board."
            ),
        )
        return None
    try:
        return account_detail.everything(org_id)
    except DomainError as error:
        undo.show_error(parent, error)
        return None


def print_account(parent: QWidget, org_id: int | None) -> bool:
    """Ask the printer (the system's print dialog), then print; whether it was printed."""
    detail = _detail(parent, org_id)
    if detail is None:
        return False
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # loaded when first printing

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(page_size())
    # The print dialog offers the document's name as a PDF file name, cut at its first dot
    # ("Alpine Analytics S.A." gave "Alpine Analytics S.pdf"): without dots.
    printer.setDocName(" ".join(detail.header.name.replace(".", "").split()) or "account")
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(
        fill(QCoreApplication.translate("AccountPrinting", "Print %1"), detail.header.name)
    )
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    render(summary_document(detail, clock.today()), printer)
    return True


def export_pdf(parent: QWidget, org_id: int | None) -> Path | None:
    """Ask where, then write the account's summary as a PDF; the file written, or None."""
    detail = _detail(parent, org_id)
    if detail is None:
        return None
    suggested = "".join(c if c.isalnum() or c in " .-_" else " " for c in detail.header.name)
    name, _ = file_dialogs.get_save_file_name(
        parent,
        QCoreApplication.translate("AccountPrinting", "Export account as PDF"),
        f"{' '.join(suggested.split()) or 'account'}.pdf",
        QCoreApplication.translate("AccountPrinting", "PDF files (*.pdf)"),
    )
    if not name:
        return None
    path = Path(name) if name.lower().endswith(".pdf") else Path(name + ".pdf")
    try:
        write_pdf(detail, path, clock.today())
    except OSError as error:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("AccountPrinting", "Export account as PDF"),
            fill(
                QCoreApplication.translate("AccountPrinting", "%1 could not be written: %2"),
                str(path),
                error.strerror or str(error),
            ),
        )
        return None
    return path
