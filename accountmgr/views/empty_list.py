"""What the account list says while it shows nothing: why, and a link to what helps."""

from __future__ import annotations

import dataclasses
from html import escape

from PySide6.QtCore import QCoreApplication

from accountmgr.domain.account_list import AccountFilter
from accountmgr.qtmodels.formatting import fill


def empty_list_text(flt: AccountFilter, shown: int, not_accounts: int) -> str:
    """Nothing when `shown`; otherwise the reason, with links the window follows: 'clear'
    (the search and filters), 'all' (organizations without a won deal too), 'import', 'demo'."""
    if shown:
        return ""
    others = (
        " <a href='all'>"
        + QCoreApplication.translate(
            "MainWindow", "Show the %n organization(s) without a won deal", None, not_accounts
        )
        + "</a>"
        if not_accounts
        else ""
    )
    if dataclasses.replace(flt, accounts_only=True) != AccountFilter():
        if flt.search:
            text = fill(
                QCoreApplication.translate("MainWindow", "No account matches “%1”."),
                escape(flt.search),
            )
        else:
            text = QCoreApplication.translate("MainWindow", "No account matches the filters.")
        clear = QCoreApplication.translate("MainWindow", "Clear the search and filters")
        return f"{text}<br><a href='clear'>{clear}</a>{'<br>' + others if others else ''}"
    if not_accounts:
        return (
            QCoreApplication.translate(
                "MainWindow",
                "No accounts yet: an organization becomes an account when one of its deals is won.",
            )
            + "<br>"
            + others
        )
    return QCoreApplication.translate(
        "MainWindow",
        "<p><b>Your database is empty.</b></p><p>Add a customer with + Organization "
        "(Ctrl+N) and a won deal, <a href='import'>import your customers</a> from a CSV or "
        "Excel file, or <a href='demo'>try the application with demo data</a>.</p>",
    )
