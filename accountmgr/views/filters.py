"""The filter both tabs show: one object, so the List and the Kanban always agree."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QObject, Signal

from accountmgr.domain.account_list import AccountFilter


class FilterState(QObject):
    changed = Signal(object)  # AccountFilter

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.value = AccountFilter()

    def update(self, **fields: Any) -> None:
        """Change some fields of the filter; listeners hear about it once, if anything moved."""
        new = dataclasses.replace(self.value, **fields)
        if new != self.value:
            self.value = new
            self.changed.emit(new)

    def set(self, flt: AccountFilter) -> None:
        """Show `flt` as it is: every field not in it back to its default."""
        self.update(**dataclasses.asdict(flt))
