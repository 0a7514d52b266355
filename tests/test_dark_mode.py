"""Colours that mean something (late, refused, won) stay readable when the system is in dark
mode: the palette's base turns dark, and they turn light."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from accountmgr.qtmodels import formatting
from accountmgr.qtmodels.panel_models import _deal_status_brush


@pytest.fixture
def dark(qapp: QApplication) -> Iterator[QPalette]:
    before = QGuiApplication.palette()
    palette = QPalette(before)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Base, QColor("#1e1e1e"))
        palette.setColor(group, QPalette.ColorRole.Window, QColor("#2b2b2b"))
        palette.setColor(group, QPalette.ColorRole.Text, QColor("#e0e0e0"))
    QApplication.setPalette(palette)
    try:
        yield palette
    finally:
        QApplication.setPalette(before)


def _contrast(color: QColor, base: QColor) -> int:
    return abs(color.lightness() - base.lightness())


def test_alarm_and_good_colours_stand_out_from_a_dark_base(dark: QPalette) -> None:
    base = dark.color(QPalette.ColorRole.Base)
    assert formatting.dark_palette()
    assert _contrast(formatting.alarm_color(), base) > 100
    assert _contrast(formatting.good_color(), base) > 100
    assert formatting.alarm_color().name() in formatting.alarm_style()


def test_alarm_and_good_colours_stand_out_from_a_light_base(qapp: QApplication) -> None:
    base = QGuiApplication.palette().color(QPalette.ColorRole.Base)
    assert not formatting.dark_palette()
    assert _contrast(formatting.alarm_color(), base) > 100
    assert _contrast(formatting.good_color(), base) > 100


def test_won_and_lost_deals_in_the_panel_are_readable_in_dark_mode(dark: QPalette) -> None:
    class Deal:
        status = "won"

    base = dark.color(QPalette.ColorRole.Base)
    won = _deal_status_brush(Deal())  # type: ignore[arg-type]
    Deal.status = "lost"
    lost = _deal_status_brush(Deal())  # type: ignore[arg-type]
    assert won is not None
    assert lost is not None
    assert _contrast(won.color(), base) > 100
    assert _contrast(lost.color(), base) > 100


def test_a_chart_follows_the_palette_into_dark_mode(qapp: QApplication) -> None:
    from accountmgr.views.charts import ChartView

    view = ChartView("Won value by month")
    light = view.chart().backgroundBrush().color()
    before = QGuiApplication.palette()
    palette = QPalette(before)
    palette.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#e0e0e0"))
    QApplication.setPalette(palette)
    try:
        QApplication.processEvents()
        assert view.chart().backgroundBrush().color() == QColor("#1e1e1e") != light
        assert view.chart().titleBrush().color() == QColor("#e0e0e0")
    finally:
        QApplication.setPalette(before)
        QApplication.processEvents()
    assert view.chart().backgroundBrush().color() == light
