"""The change hub says which change the views are following, whatever order they were
connected in."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from accountmgr.domain.changes import EVERYTHING, Change, Kind
from accountmgr.qtmodels.hub import ChangeHub


def test_while_the_views_follow_a_change_the_hub_names_it(qapp: QApplication) -> None:
    hub = ChangeHub()
    seen: list[Change | None] = []
    edit = Change(frozenset({7}), frozenset({Kind.ORGANIZATION}))

    def follow(change: Change) -> None:
        seen.append(hub.publishing)
        if change is edit:  # a view that publishes while it follows (an undo, say)
            hub.publish(EVERYTHING)
            seen.append(hub.publishing)

    hub.changed.connect(follow)
    assert hub.publishing is None
    hub.publish(edit)
    assert seen == [edit, EVERYTHING, edit]
    assert hub.publishing is None
