"""Paints an account as a Kanban card: name, won value, owner initials, next activity, state
colour and when it was last contacted."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTime,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from accountmgr.domain import clock
from accountmgr.domain.account_list import ListRow
from accountmgr.qtmodels.account_columns import state_of
from accountmgr.qtmodels.formatting import format_money
from accountmgr.qtmodels.kanban_model import CardRole
from accountmgr.resources import resource_path

STATE_COLOURS = {
    "overdue": QColor("#d32f2f"),
    "today": QColor("#388e3c"),
    "later": QColor("#9e9e9e"),
    "none": QColor("#f9a825"),
}
CARD_HEIGHT = 92
MARGIN = 4
PAD = 8

AnyIndex = QModelIndex | QPersistentModelIndex


def initials(name: str | None) -> str:
    """The owner's initials on a card: "Ana Lima" gives "AL"; nobody gives nothing."""
    if not name:
        return ""
    parts = [p for p in name.split() if p]
    return (parts[0][0] + (parts[-1][0] if len(parts) > 1 else "")).upper()


class CardDelegate(QStyledItemDelegate):
    def __init__(
        self,
        currency: tuple[str, int],
        type_icons: dict[int, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.currency = currency
        self.type_icons = type_icons
        self._icons: dict[str, QIcon] = {}

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        return QSize(150, CARD_HEIGHT)  # as wide as the column: the list stretches each card

    def _icon(self, name: str) -> QIcon:
        if name not in self._icons:
            self._icons[name] = QIcon(str(resource_path("icons", name)))
        return self._icons[name]

    @staticmethod
    def _badge(painter: QPainter, badge: QRect, card: ListRow, font: QFont) -> None:
        """The owner's initials in a circle (nothing for an account without owner)."""
        letters = initials(card.owner)
        if not letters:
            return
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#90a4ae"))
        painter.drawEllipse(badge)
        painter.setPen(QColor("white"))
        painter.setFont(font)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, letters)

    def _value_line(
        self,
        painter: QPainter,
        rect: QRect,
        card: ListRow,
        font: QFont,
        colour: QColor,
        when_colour: QColor,
    ) -> None:
        """The won value on the left; when the next activity is due on the right, with its
        time of day when that fits."""
        code, exponent = self.currency
        value = format_money(card.won_value, code, exponent)
        metrics = QFontMetrics(font)
        painter.setPen(colour)
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, value)
        room = rect.width() - metrics.horizontalAdvance(value) - 10
        when = next((t for t in _when_texts(card) if metrics.horizontalAdvance(t) <= room), "")
        if when:
            painter.setPen(when_colour)
            painter.drawText(
                rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, when
            )
            painter.setPen(colour)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        card = index.data(CardRole)
        if not isinstance(card, ListRow):
            super().paint(painter, option, index)
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = option.palette
        rect = option.rect.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        background = palette.color(
            QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Base
        )
        text_colour = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.setBrush(background)
        painter.drawRoundedRect(rect, 6, 6)
        state = state_of(card.next_due, clock.today())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(STATE_COLOURS[state])
        painter.drawRoundedRect(QRect(rect.left(), rect.top(), 5, rect.height()), 2, 2)
        if focused:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2))
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 6, 6)

        inner = rect.adjusted(PAD + 4, PAD - 2, -PAD, -PAD + 2)
        base_font, bold, small = _fonts(QFont(option.font))
        line = QFontMetrics(base_font).height()

        self._badge(painter, QRect(inner.right() - 22, inner.top(), 22, 22), card, small)

        # Name, and the won value under it on the right.
        painter.setPen(text_colour)
        painter.setFont(bold)
        name_rect = QRect(inner.left(), inner.top(), inner.width() - 28, line + 2)
        painter.drawText(
            name_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(bold).elidedText(
                card.name, Qt.TextElideMode.ElideRight, name_rect.width()
            ),
        )
        value_rect = QRect(inner.left(), inner.top() + line + 2, inner.width(), line + 2)
        painter.setFont(base_font)
        self._value_line(
            painter,
            value_rect,
            card,
            base_font,
            text_colour,
            STATE_COLOURS["overdue"] if state == "overdue" and not selected else text_colour,
        )

        # Next activity: type icon, subject and when.
        next_top = inner.top() + 2 * (line + 2)
        icon_name = self.type_icons.get(card.next_type_id or -1)
        text_left = inner.left()
        if icon_name:
            self._icon(icon_name).paint(painter, QRect(inner.left(), next_top + 1, 16, 16))
            text_left += 20
        next_rect = QRect(text_left, next_top, inner.right() - text_left, line + 2)
        painter.setPen(
            STATE_COLOURS["overdue"] if state == "overdue" and not selected else text_colour
        )
        painter.drawText(
            next_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(base_font).elidedText(
                _next_text(card), Qt.TextElideMode.ElideRight, next_rect.width()
            ),
        )

        # Last contacted, small and quiet.
        painter.setFont(small)
        quiet = palette.color(QPalette.ColorRole.PlaceholderText)
        painter.setPen(text_colour if selected else quiet)
        contacted = QRect(inner.left(), next_top + line + 2, inner.width(), line + 2)
        painter.drawText(
            contacted,
            Qt.AlignmentFlag.AlignLeft,
            QFontMetrics(small).elidedText(
                _contacted_text(card), Qt.TextElideMode.ElideRight, contacted.width()
            ),
        )
        painter.restore()


def _fonts(base: QFont) -> tuple[QFont, QFont, QFont]:
    """The card's regular, bold (the name) and small (last contacted) fonts."""
    bold = QFont(base)
    bold.setBold(True)
    small = QFont(base)
    small.setPointSizeF(max(7.0, base.pointSizeF() - 1))
    return base, bold, small


def _next_text(card: ListRow) -> str:
    """The next activity's subject (its date stands on the line above)."""
    if not card.next_due:
        return QCoreApplication.translate("CardDelegate", "Nothing planned")
    return card.next_subject or ""


def _when_texts(card: ListRow) -> list[str]:
    """When the next activity is due, from longest to shortest: date and time, date, time."""
    if not card.next_due:
        return []
    locale = QLocale()
    day = dt.date.fromisoformat(card.next_due)
    date = locale.toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)
    if not card.next_due_time:
        return [date]
    hour, minute = (int(p) for p in card.next_due_time.split(":")[:2])
    time = locale.toString(QTime(hour, minute), QLocale.FormatType.ShortFormat)
    return [f"{date} {time}", date]


def _contacted_text(card: ListRow) -> str:
    if not card.last_contacted:
        return QCoreApplication.translate("CardDelegate", "Never contacted")
    days = (clock.today() - dt.date.fromisoformat(card.last_contacted[:10])).days
    if days <= 0:
        return QCoreApplication.translate("CardDelegate", "Last contacted today")
    return QCoreApplication.translate("CardDelegate", "Last contacted %n day(s) ago", "", days)
