"""The status bar's figures about what the filter shows: how many, what they are worth, who was
contacted lately and who was forgotten, and the organizations that are not accounts yet. Each
number is a link that shows just those; figures that do not fit a narrow window are left out."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtWidgets import QLabel, QStatusBar

from accountmgr.domain.account_list import Shown
from accountmgr.qtmodels.formatting import fill, format_count, format_money


class StatusFigure(QLabel):
    """A figure of the status bar: the window may be narrower than its text, in which case the
    figure is left out (see StatusFigures.fit) instead of the window growing past the screen."""

    def __init__(self) -> None:
        super().__init__()
        self.wanted = True  # whether it has anything to say

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())


class StatusFigures(QObject):
    link_activated = Signal(str)  # "30", "90": contacted lately; "none"; "all": not accounts

    def __init__(self, bar: QStatusBar) -> None:
        super().__init__(bar)
        self._bar = bar
        self.accounts = StatusFigure()
        self.value = StatusFigure()
        self.contacted_30 = StatusFigure()
        self.contacted_90 = StatusFigure()
        self.nothing_planned = StatusFigure()
        # Organizations the filter would show but for "accounts only": not customers yet.
        self.not_accounts = StatusFigure()
        for label, tip in (
            (self.contacted_30, self.tr("Show the accounts contacted in the last 30 days")),
            (self.contacted_90, self.tr("Show the accounts contacted in the last 90 days")),
            (self.nothing_planned, self.tr("Show the accounts with nothing planned")),
            (self.not_accounts, self.tr("Show every organization, also those without a won deal")),
        ):
            label.setToolTip(tip)
            label.setTextInteractionFlags(
                Qt.TextInteractionFlag.LinksAccessibleByMouse
                | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
            )
            label.linkActivated.connect(self.link_activated)
        for label in (
            self.accounts,
            self.value,
            self.contacted_30,
            self.contacted_90,
            self.nothing_planned,
            self.not_accounts,
        ):
            bar.addPermanentWidget(label)
        # A message ("Moved … to Tomorrow") is read whole: the figures make room while it shows.
        bar.messageChanged.connect(lambda _text: self.fit())

    def show(
        self,
        shown: Shown,
        *,
        accounts_only: bool,
        not_accounts: int,
        currency: tuple[str, int],
    ) -> None:
        """Write the figures of what the filter shows (`not_accounts`: the organizations
        without a won deal it would show too)."""
        count = format_count(shown.count)
        what = self.tr("Accounts shown: %1") if accounts_only else self.tr("Shown: %1")
        self.accounts.setText(fill(what, count))
        value = format_money(shown.won_value, *currency)
        if shown.unpriced:  # never a wrong total: say what it leaves out
            value = fill(self.tr("%1 *"), value)
        self.value.setText(fill(self.tr("Won value: %1"), value))
        how_many = shown.unpriced
        self.value.setToolTip(
            self.tr(
                "%n account(s) have won deals in a currency without an exchange rate yet: "
                "those deals are not in this total.",
                "",
                how_many,
            )
            if shown.unpriced
            else ""
        )
        for label, template, number, link in (
            (self.contacted_30, self.tr("Contacted in 30 days: %1"), shown.contacted_30, "30"),
            (self.contacted_90, self.tr("in 90 days: %1"), shown.contacted_90, "90"),
            (self.nothing_planned, self.tr("Nothing planned: %1"), shown.nothing_planned, "none"),
        ):
            label.setText(fill(template, f"<a href='{link}'>{format_count(number)}</a>"))
        self.not_accounts.setText(
            "<a href='all'>"
            + self.tr("%n organization(s) without a won deal — show them", "", not_accounts)
            + "</a>"
        )
        self.not_accounts.wanted = not_accounts > 0
        self.fit()

    def fit(self) -> None:
        """The figures that fit beside the message shown, most important first; the others are
        left out until there is room (a narrow window, a large scale, a long message)."""
        message = self._bar.currentMessage()
        reserved = self._bar.fontMetrics().horizontalAdvance(message) + 16 if message else 0
        room = self._bar.width() - 24 - min(reserved, self._bar.width() * 2 // 3)
        for label in (
            self.accounts,
            self.value,
            self.nothing_planned,
            self.contacted_30,
            self.contacted_90,
            self.not_accounts,
        ):
            width = label.sizeHint().width() + 8
            fits = label.wanted and width <= room
            label.setVisible(fits)
            room = room - width if fits else 0  # the figures after one left out are too
