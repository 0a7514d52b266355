"""How a dialog names the accounts it acts on: by name, never "the selected account".

One account is its name; two or three are their names as the locale joins them ("Lynx Clinics
SARL and Coastal Recycling S.A."); more are the first three and how many others.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QLocale

from accountmgr.domain import account_list, records

SHORT = 3  # this many names are listed in full


def name_of(org_id: int) -> str:
    return records.organization(org_id).name


def names_of(org_ids: Sequence[int]) -> list[str]:
    """The names of the first `SHORT` of these organizations, in their order."""
    first = list(org_ids[:SHORT])
    found = account_list.rows(first)
    return [found[i].name for i in first if i in found]


def listing(names: Sequence[str], count: int) -> str:
    """The names joined as the locale joins a list; with more than `SHORT` accounts the first
    ones and "N more"."""
    shown = list(names[:SHORT])
    if count > len(shown):
        more = count - len(shown)  # lupdate reads a plain name as the count, not an expression
        shown.append(QCoreApplication.translate("AccountNames", "%n more", None, more))
    return QLocale().createSeparatedList(shown)
