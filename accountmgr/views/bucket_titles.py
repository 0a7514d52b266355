"""The names of the kanban buckets, as the board's columns and the list's filter show them."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from accountmgr.domain.buckets import Bucket

COLUMN_TITLES = {
    Bucket.NO_ACTIVITY: str(QT_TRANSLATE_NOOP("KanbanTab", "No activity")),
    Bucket.OVERDUE: str(QT_TRANSLATE_NOOP("KanbanTab", "Overdue")),
    Bucket.TODAY: str(QT_TRANSLATE_NOOP("KanbanTab", "Today")),
    Bucket.TOMORROW: str(QT_TRANSLATE_NOOP("KanbanTab", "Tomorrow")),
    Bucket.THIS_WEEK: str(QT_TRANSLATE_NOOP("KanbanTab", "This week")),
    Bucket.NEXT_WEEK: str(QT_TRANSLATE_NOOP("KanbanTab", "Next week")),
    Bucket.LATER: str(QT_TRANSLATE_NOOP("KanbanTab", "Later")),
}


def column_title(bucket: Bucket) -> str:
    return QCoreApplication.translate("KanbanTab", COLUMN_TITLES[bucket])
