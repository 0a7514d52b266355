"""One account on paper, for a meeting: its header (owner, label, customer since), the won
value (in the default currency, and by currency), its fields, what is planned next, the recent
history, the pinned and latest notes, the people and the deals. Written as a QTextDocument, so
that the same page is printed (File ▸ Print…) and written to PDF (File ▸ Export as PDF…,
`accountmgr account-pdf ID --out FILE`), in the interface's language, with the locale's dates
and money.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QMarginsF, QSizeF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from accountmgr.domain.account_detail import ActivityItem, Detail
from accountmgr.qtmodels.formatting import fill, format_custom, format_money, type_name
from accountmgr.qtmodels.panel_models import due_text, short_date, short_datetime

NEXT_SHOWN = 10  # open activities, soonest first
HISTORY_SHOWN = 10  # done activities, latest first
NOTES_SHOWN = 8  # pinned first, then the latest
NOTE_CHARACTERS = 600  # of each note, then "…"


def _table(rows: list[list[str]], header: list[str] | None = None) -> str:
    """Cells already escaped; nothing for no rows."""
    if not rows:
        return ""
    head = "".join(f"<th align='left'>{cell}</th>" for cell in header) if header else ""
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return (
        "<table width='100%' cellspacing='0' cellpadding='3' border='0'>"
        + (f"<tr>{head}</tr>" if head else "")
        + body
        + "</table>"
    )


def _activity_rows(
    activities: Sequence[ActivityItem], when: Callable[[ActivityItem], str]
) -> list[list[str]]:
    """An activity a row: when (as `when` writes it), its type, subject and assignee."""
    return [
        [
            escape(when(a)),
            escape(type_name(a.type_name)),
            escape(a.subject),
            escape(a.assignee_name or ""),
        ]
        for a in activities
    ]


def _section(title: str, content: str, empty: str) -> str:
    return f"<h3>{escape(title)}</h3>" + (content or f"<p><i>{escape(empty)}</i></p>")


def summary_html(detail: Detail, printed: dt.date) -> str:
    """The page of the account `detail`, as HTML for QTextDocument."""
    header = detail.header
    money = format_money(header.won_value, header.currency, header.exponent)
    lines = [
        fill(
            QCoreApplication.translate("AccountSummary", "Owner: %1"),
            header.owner_name or QCoreApplication.translate("AccountSummary", "nobody"),
        ),
        fill(QCoreApplication.translate("AccountSummary", "Label: %1"), header.label)
        if header.label
        else "",
        fill(
            QCoreApplication.translate("AccountSummary", "Account since %1"),
            short_date(header.account_since.date()),
        )
        if header.account_since
        else "",
        fill(
            QCoreApplication.translate("AccountSummary", "Last contacted: %1"),
            short_datetime(header.last_done),
        )
        if header.last_done
        else QCoreApplication.translate("AccountSummary", "Never contacted"),
    ]
    parts = [
        f"<h1>{escape(header.name)}</h1>",
        "<p>" + "<br>".join(escape(line) for line in lines if line) + "</p>",
        f"<p>{escape(header.address)}</p>".replace("\n", "<br>") if header.address else "",
        "<h2>"
        + escape(fill(QCoreApplication.translate("AccountSummary", "Won value: %1"), money))
        + "</h2>",
        "<p>"
        + escape(
            fill(
                QCoreApplication.translate("AccountSummary", "Deals: %1 won, %2 open, %3 lost"),
                str(header.won_count),
                str(header.open_count),
                str(header.lost_count),
            )
        )
        + "</p>",
    ]
    if len(header.won_by_currency) > 1:
        by_currency = ", ".join(
            format_money(m.minor, m.currency, header.exponents.get(m.currency, 2))
            for m in header.won_by_currency
        )
        mixed = fill(
            QCoreApplication.translate("AccountSummary", "In their own currencies: %1"), by_currency
        )
        parts.append(f"<p>{escape(mixed)}</p>")

    fields = detail.fields
    field_rows = [
        [
            escape(d.name),
            escape(
                format_custom(
                    d, fields.values.get(d.id), fields.user_names, currency=fields.currency
                )
            ),
        ]
        for d in fields.definitions
        if fields.values.get(d.id)
    ]
    parts.append(
        _section(
            QCoreApplication.translate("AccountSummary", "Account fields"),
            _table(field_rows),
            QCoreApplication.translate("AccountSummary", "None filled in."),
        )
    )

    open_items = sorted(
        (a for a in detail.activities if not a.done),
        key=lambda a: (a.due_date, a.due_time or dt.time()),
    )[:NEXT_SHOWN]
    planned = _activity_rows(open_items, due_text)
    parts.append(
        _section(
            QCoreApplication.translate("AccountSummary", "Next activities"),
            _table(planned),
            QCoreApplication.translate("AccountSummary", "Nothing planned."),
        )
    )

    done_items = sorted(
        (a for a in detail.activities if a.done and a.done_time is not None),
        key=lambda a: a.done_time or dt.datetime.min,
        reverse=True,
    )[:HISTORY_SHOWN]
    history = _activity_rows(
        done_items, lambda a: short_datetime(a.done_time) if a.done_time else ""
    )
    parts.append(
        _section(
            QCoreApplication.translate("AccountSummary", "Recent history"),
            _table(history),
            QCoreApplication.translate("AccountSummary", "No contact yet."),
        )
    )

    notes = sorted(detail.notes, key=lambda n: (not n.pinned, -n.updated_at.timestamp()))
    note_blocks = []
    for note in notes[:NOTES_SHOWN]:
        text = note.content.strip()
        if len(text) > NOTE_CHARACTERS:
            text = text[:NOTE_CHARACTERS].rstrip() + "…"
        by = fill(
            QCoreApplication.translate("AccountSummary", "%1, %2"),
            note.author_name or QCoreApplication.translate("AccountSummary", "someone"),
            short_date(note.created_at.date()),
        )
        mark = QCoreApplication.translate("AccountSummary", "Pinned") + " · " if note.pinned else ""
        note_blocks.append(
            f"<p><b>{escape(mark + by)}</b><br>{escape(text).replace(chr(10), '<br>')}</p>"
        )
    parts.append(
        _section(
            QCoreApplication.translate("AccountSummary", "Notes"),
            "".join(note_blocks),
            QCoreApplication.translate("AccountSummary", "No notes."),
        )
    )

    people = [
        [escape(p.name), escape(p.role), escape(", ".join(p.emails)), escape(", ".join(p.phones))]
        for p in detail.people
    ]
    parts.append(
        _section(
            QCoreApplication.translate("AccountSummary", "People"),
            _table(people),
            QCoreApplication.translate("AccountSummary", "No people."),
        )
    )

    status = {
        "won": QCoreApplication.translate("AccountSummary", "won"),
        "open": QCoreApplication.translate("AccountSummary", "open"),
        "lost": QCoreApplication.translate("AccountSummary", "lost"),
    }
    deals = [
        [
            escape(d.title),
            escape(status.get(d.status, d.status)),
            escape(format_money(d.value_minor, d.currency, d.exponent)),
        ]
        for d in detail.deals
    ]
    parts.append(
        _section(
            QCoreApplication.translate("AccountSummary", "Deals"),
            _table(deals),
            QCoreApplication.translate("AccountSummary", "No deals."),
        )
    )
    stamp = fill(
        QCoreApplication.translate("AccountSummary", "Printed on %1 from accountmgr"),
        short_date(printed),
    )
    parts.append(f"<p><small>{escape(stamp)}</small></p>")
    return "".join(parts)


def summary_document(detail: Detail, printed: dt.date) -> QTextDocument:
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setHtml(summary_html(detail, printed))
    return document


def page_size(locale: QLocale | None = None) -> QPageSize:
    """Letter where the locale measures in inches (the United States), A4 elsewhere."""
    system = (locale or QLocale()).measurementSystem()
    us = system == QLocale.MeasurementSystem.ImperialUSSystem
    return QPageSize(QPageSize.PageSizeId.Letter if us else QPageSize.PageSizeId.A4)


def render(document: QTextDocument, device: QPagedPaintDevice) -> None:
    """Lay the document out on the device's pages, with 15 mm margins, and paint it."""
    device.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    # Fonts measured at the device's resolution (300 dpi for a PDF), not the screen's: else a
    # 10-point line comes out a few points high on paper.
    document.documentLayout().setPaintDevice(device)
    document.setPageSize(QSizeF(device.width(), device.height()))
    document.print_(device)


def write_pdf(detail: Detail, path: Path, printed: dt.date) -> None:
    """The page of `detail` as a PDF file at `path` (its pages in the locale's paper size)."""
    writer = QPdfWriter(str(path))
    writer.setTitle(detail.header.name)
    writer.setCreator("accountmgr")
    writer.setPageSize(page_size())
    writer.setResolution(300)
    render(summary_document(detail, printed), writer)
