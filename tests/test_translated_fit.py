"""In every language, the texts of the main window and its dialogs fit their widgets at the
default window size: no button, label, tab or filter shows a cut word (long German words are the
usual victims)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from accountmgr.qtmodels.hub import ChangeHub
from accountmgr.views.dialogs.import_wizard import ImportWizard
from accountmgr.views.dialogs.schedule_dialog import ScheduleDialog
from accountmgr.views.main_window import MainWindow
from accountmgr.views.translations import LANGUAGES, install_translations
from tests.conftest import TODAY, won_account

DEFAULT_SIZE = (1280, 800)


@pytest.fixture(params=list(LANGUAGES))
def speaking(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The interface in one of its languages, as the application loads it."""
    code = str(request.param)
    QLocale.setDefault(QLocale(code))
    before = set(qapp.findChildren(QTranslator))
    install_translations(qapp)
    yield code
    for translator in set(qapp.findChildren(QTranslator)) - before:
        QCoreApplication.removeTranslator(translator)
        translator.deleteLater()


def _cut(root: QWidget) -> list[str]:
    """The visible texts of `root` that their widget shows only in part."""
    cut = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 1:
            continue
        if isinstance(widget, QAbstractButton) and widget.text():
            if widget.width() < widget.sizeHint().width() - 1:
                cut.append(
                    f"button {widget.text()!r}: {widget.width()} < {widget.sizeHint().width()}"
                )
        elif isinstance(widget, QLabel) and widget.text() and not widget.wordWrap():
            if widget.textFormat() != widget.textFormat().RichText and not widget.pixmap():
                needed = widget.fontMetrics().horizontalAdvance(widget.text().split("\n")[0])
                if widget.width() < needed and widget.minimumSizeHint().width() > widget.width():
                    cut.append(f"label {widget.text()!r}: {widget.width()} < {needed}")
        elif isinstance(widget, QComboBox) and not widget.isEditable() and widget.currentText():
            needed = widget.fontMetrics().horizontalAdvance(widget.currentText())
            if widget.width() <= needed:
                cut.append(f"combo {widget.currentText()!r}: {widget.width()} <= {needed}")
        elif isinstance(widget, QHeaderView) and widget.orientation() == Qt.Orientation.Horizontal:
            for index in range(widget.count()):
                needed = widget.sectionSizeFromContents(index).width()
                if not widget.isSectionHidden(index) and widget.sectionSize(index) < needed:
                    text = widget.model().headerData(index, Qt.Orientation.Horizontal)
                    cut.append(f"column {text!r}: {widget.sectionSize(index)} < {needed}")
        elif isinstance(widget, QTabBar) and not widget.usesScrollButtons():
            for index in range(widget.count()):
                needed = widget.fontMetrics().horizontalAdvance(widget.tabText(index))
                if widget.tabRect(index).width() < needed:
                    cut.append(f"tab {widget.tabText(index)!r}")
    return cut


def test_the_main_window_s_texts_fit(
    speaking: str, store: Path, qtbot: QtBot, settings: QSettings
) -> None:
    org = won_account("Lynx Clinics SARL")
    window = MainWindow(ChangeHub(), settings)
    qtbot.addWidget(window)
    window.show()
    window.resize(*DEFAULT_SIZE)
    window.list_tab.select([org])  # the side panel too
    qtbot.waitUntil(window.panel.isVisible)
    QApplication.processEvents()
    cut = _cut(window)
    window.ui.tabs.setCurrentIndex(1)
    QApplication.processEvents()
    cut += _cut(window)
    assert not cut, f"{speaking}:\n" + "\n".join(sorted(set(cut)))


def test_the_schedule_dialog_and_the_import_wizard_s_texts_fit(
    speaking: str, store: Path, qtbot: QtBot, settings: QSettings
) -> None:
    won_account("Lynx Clinics SARL")
    dialog = ScheduleDialog(None, count=1, names=["Lynx Clinics SARL"], day=TODAY, users=[])
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    wizard = ImportWizard(ChangeHub(), settings=settings)
    qtbot.addWidget(wizard)
    wizard.show()
    QApplication.processEvents()
    cut = _cut(dialog) + _cut(wizard)
    assert not cut, f"{speaking}:\n" + "\n".join(sorted(set(cut)))


def test_a_cut_text_is_noticed(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QHBoxLayout, QPushButton

    root = QWidget()
    qtbot.addWidget(root)
    layout = QHBoxLayout(root)
    button = QPushButton("Geschäftsbeziehungsverwaltung")
    label = QLabel("Kundenzufriedenheitsbefragung")
    for widget in (button, label):
        widget.setMinimumWidth(0)
        widget.setFixedWidth(40)
        layout.addWidget(widget)
    root.show()
    QApplication.processEvents()
    cut = _cut(root)
    assert len(cut) == 2, cut


def test_the_record_and_settings_dialogs_texts_fit(
    speaking: str, store: Path, qtbot: QtBot
) -> None:
    from accountmgr.views.dialogs.activity_types_dialog import ActivityTypesDialog
    from accountmgr.views.dialogs.currencies_dialog import CurrenciesDialog
    from accountmgr.views.dialogs.custom_fields_dialog import CustomFieldsDialog
    from accountmgr.views.dialogs.deal_dialog import DealDialog
    from accountmgr.views.dialogs.note_dialog import NoteDialog
    from accountmgr.views.dialogs.organization_dialog import OrganizationDialog
    from accountmgr.views.dialogs.person_dialog import PersonDialog

    org = won_account("Lynx Clinics SARL")
    hub = ChangeHub()
    dialogs: list[QWidget] = [
        DealDialog(None, org_id=org),
        OrganizationDialog(None, org),
        PersonDialog(None, org_id=org),
        NoteDialog(None, "Lynx Clinics SARL", people=[], deals=[]),
        ActivityTypesDialog(hub),
        CustomFieldsDialog(hub),
        CurrenciesDialog(hub),
    ]
    cut = []
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        cut += [f"{type(dialog).__name__}: {text}" for text in _cut(dialog)]
    assert not cut, f"{speaking}:\n" + "\n".join(sorted(set(cut)))
