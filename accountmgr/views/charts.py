"""What every chart of the application shares: QtCharts charts drawn in the window's palette
(light or dark, followed when it changes), numbers and month names in the locale's words, and
bars that tell their figure on hover and say which was clicked.

Imported when a chart is first shown: start-up does not load QtCharts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCharts import (
    QAbstractAxis,
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QEvent, QLocale, QMargins, Qt
from PySide6.QtGui import QColor, QCursor, QFont, QHideEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

BAR_WIDTH = 0.7  # of a category's room


def month_label(month: dt.date, *, with_year: bool) -> str:
    """A month in the locale's words: "Mar", or "Mar 2026"."""
    pattern = "MMM yyyy" if with_year else "MMM"
    return QLocale().toString(QDate(month.year, month.month, 1), pattern)


def month_labels(months: Sequence[dt.date]) -> list[str]:
    """The months as an axis names them: their initials, in the locale's words (the chart's
    title gives the period, a bar's tip its month). An axis needs distinct names: June's J is
    told from January's by zero-width spaces."""
    locale = QLocale()
    return [
        locale.standaloneMonthName(m.month, QLocale.FormatType.NarrowFormat) + "\u200b" * i
        for i, m in enumerate(months)
    ]


def period_text(months: Sequence[dt.date]) -> str:
    """The months from first to last: "Jan 2026", an en dash, "Dec 2026"."""
    first, last = (month_label(m, with_year=True) for m in (months[0], months[-1]))
    return f"{first} \N{EN DASH} {last}"


def hue_color(palette: QPalette, hue: int) -> QColor:
    """A colour of `hue` (0 to 359) readable on the palette's base, light or dark."""
    dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
    return QColor.fromHsl(hue, 150, 150 if dark else 105)


def accent_color(palette: QPalette) -> QColor:
    """The palette's highlight hue, as a chart's bars."""
    return hue_color(palette, palette.color(QPalette.ColorRole.Highlight).hslHue() % 360)


class ChartView(QChartView):
    """A chart in the palette of the window: restyled when the palette changes."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setLocalizeNumbers(True)
        chart.setLocale(QLocale())
        chart.setBackgroundRoundness(0)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setTitle(title)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        super().__init__(chart, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        self.follow_palette()

    def follow_palette(self) -> None:
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        chart = self.chart()
        chart.setBackgroundBrush(palette.color(QPalette.ColorRole.Base))
        chart.setBackgroundPen(QPen(palette.color(QPalette.ColorRole.Mid)))
        chart.setTitleBrush(text)
        title = QFont(self.font())
        title.setBold(True)
        chart.setTitleFont(title)
        chart.legend().setLabelColor(text)
        chart.legend().setFont(self.font())
        for axis in chart.axes():
            self._style_axis(axis)
        self.setBackgroundBrush(palette.color(QPalette.ColorRole.Window))

    def _style_axis(self, axis: QAbstractAxis) -> None:
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        lines = palette.color(QPalette.ColorRole.Mid)
        axis.setLabelsColor(text)
        axis.setLabelsFont(self.font())
        axis.setTitleBrush(text)
        axis.setTitleFont(self.font())
        axis.setLinePenColor(lines)
        axis.setGridLineColor(lines)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        QToolTip.hideText()  # a bar's tip has no widget to follow: it would stay on screen

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self.follow_palette()

    def clear(self) -> None:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)

    def show_bars(
        self,
        series: QAbstractBarSeries,
        categories: Sequence[str],
        *,
        horizontal: bool = False,
        value_title: str = "",
        value_range: tuple[float, float] | None = None,
    ) -> None:
        """Show `series` over `categories`, with a value axis titled `value_title`."""
        self.clear()
        chart = self.chart()
        series.setBarWidth(BAR_WIDTH)
        chart.addSeries(series)
        names = QBarCategoryAxis()
        names.append(list(categories))
        values = QValueAxis()
        values.setLabelFormat("%.0f")
        values.setTitleText(value_title)
        if value_range is not None:
            values.setRange(*value_range)
        category_side, value_side = (
            (Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignBottom)
            if horizontal
            else (Qt.AlignmentFlag.AlignBottom, Qt.AlignmentFlag.AlignLeft)
        )
        for axis in (names, values):
            self._style_axis(axis)  # before the chart lays the labels out
        chart.addAxis(names, category_side)
        chart.addAxis(values, value_side)
        series.attachAxis(names)
        series.attachAxis(values)
        if value_range is None:
            sets = series.barSets()
            if isinstance(series, QHorizontalStackedBarSeries | QStackedBarSeries):
                count = max((bars.count() for bars in sets), default=0)
                top = max((sum(bars.at(i) for bars in sets) for i in range(count)), default=0)
            else:
                top = max((bars.at(i) for bars in sets for i in range(bars.count())), default=0)
            values.setRange(0, max(top, 1) * 1.05)
            values.applyNiceNumbers()
            if values.max() <= 10:  # a tick per unit: not "0 1 1 2" for a count of 1 or 2
                values.setRange(0, round(values.max()))
                values.setTickCount(round(values.max()) + 1)
        chart.legend().setVisible(len(series.barSets()) > 1)
        self.follow_palette()


def bar_set(
    name: str,
    values: Sequence[float],
    color: QColor,
    tip: Callable[[int], str],
    clicked: Callable[[int], None],
) -> QBarSet:
    """A set of bars in `color` whose hover shows `tip(index)` and whose click calls
    `clicked(index)`."""
    bars = QBarSet(name)
    bars.append([float(v) for v in values])
    bars.setColor(color)
    bars.setBorderColor(color.darker(130))

    def hovered(status: bool, index: int) -> None:
        # A click that shows another tab is followed by a last hover of the bar, now hidden:
        # a tip only over a chart on screen.
        under = QApplication.widgetAt(QCursor.pos())
        if status and under is not None and isinstance(under.parentWidget(), QChartView):
            QToolTip.showText(QCursor.pos(), tip(index))
        else:
            QToolTip.hideText()

    def chosen(index: int) -> None:
        QToolTip.hideText()  # the click usually shows another tab
        clicked(index)

    bars.hovered.connect(hovered)
    bars.clicked.connect(chosen)
    return bars
