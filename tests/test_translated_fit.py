"""In every language, the texts of the main window and its dialogs fit their widgets at the
default window size: no button, label, tab or filter shows a cut word (long German words are the
usual victims). Texts that wrap by design show all their lines; the board's cards elide only what
the data makes long.

With ACCOUNTMGR_FIT_SHOTS set to a folder, every window and dialog checked is also saved there as
a picture (`LANGUAGE-name.png`), to look at."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt, QTimer, QTranslator
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
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
        elif isinstance(widget, QLabel) and widget.text() and widget.wordWrap():
            # Wrapped by design: every line it wraps to has room.
            needed = widget.heightForWidth(widget.width())
            if widget.height() < needed - 1:
                cut.append(f"wrapped label {widget.text()!r}: {widget.height()} < {needed} high")
        elif isinstance(widget, QLabel) and widget.text() and not widget.pixmap():
            if widget.textFormat() == Qt.TextFormat.RichText or GuiQt.mightBeRichText(
                widget.text()
            ):
                needed = widget.sizeHint().width()
                if widget.width() < needed - 1:
                    cut.append(f"label {widget.text()!r}: {widget.width()} < {needed}")
            else:
                needed = widget.fontMetrics().horizontalAdvance(widget.text().split("\n")[0])
                if widget.width() < needed and widget.minimumSizeHint().width() > widget.width():
                    cut.append(f"label {widget.text()!r}: {widget.width()} < {needed}")
        elif isinstance(widget, QComboBox) and not widget.isEditable() and widget.count():
            if widget.objectName() == "lookInCombo":  # a file dialog's folder: not a text of ours
                continue
            # Any of its choices, once chosen.
            for index in range(widget.count()):
                text = widget.itemText(index)
                needed = widget.fontMetrics().horizontalAdvance(text)
                if not widget.itemIcon(index).isNull():
                    needed += widget.iconSize().width() + 4
                if widget.width() <= needed:
                    cut.append(f"combo {text!r}: {widget.width()} <= {needed}")
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


SHOTS = os.environ.get("ACCOUNTMGR_FIT_SHOTS", "")


def _shot(widget: QWidget, name: str) -> None:
    """With ACCOUNTMGR_FIT_SHOTS, a picture of `widget` as shown, in that folder."""
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / f"{QLocale().name()}-{name}.png"))


def _checked(widget: QWidget, name: str) -> list[str]:
    """`widget`, shown and laid out: its cut texts, each named after it."""
    if not widget.isVisible():
        widget.show()
    QApplication.processEvents()
    _shot(widget, name)
    return [f"{name}: {text}" for text in _cut(widget)]


def _decline(modal: QWidget) -> None:
    """Close a dialog as No or Cancel would."""
    if isinstance(modal, QMessageBox):
        button = modal.escapeButton() or next(
            (
                b
                for b in modal.buttons()
                if modal.buttonRole(b)
                in (QMessageBox.ButtonRole.RejectRole, QMessageBox.ButtonRole.NoRole)
            ),
            modal.buttons()[-1],
        )
        button.click()
    elif isinstance(modal, QDialog):
        modal.reject()
    else:
        modal.close()


def _modals(
    trigger: Callable[[], object],
    name: str,
    answer: Callable[[QWidget], None] = _decline,
) -> list[str]:
    """Run `trigger`, which opens modal dialogs one after the other (as exec() does): the cut
    texts of each, which is then answered with `answer` (by default, No or Cancel)."""
    cut: list[str] = []
    seen: list[QWidget] = []

    def look() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None or any(modal is s for s in seen):
            return
        seen.append(modal)
        cut.extend(_checked(modal, name if len(seen) == 1 else f"{name}-{len(seen)}"))
        answer(modal)

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(look)
    timer.start()
    try:
        trigger()
    finally:
        timer.stop()
    assert seen, f"{name}: no dialog opened"
    return cut


def _report(speaking: str, cut: list[str]) -> None:
    assert not cut, f"{speaking}:\n" + "\n".join(sorted(set(cut)))


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
    cut = _checked(window, "list")
    window.ui.tabs.setCurrentIndex(1)
    cut += _checked(window, "kanban")
    _report(speaking, cut)


def test_the_schedule_dialog_and_the_import_wizard_s_texts_fit(
    speaking: str, store: Path, qtbot: QtBot, settings: QSettings
) -> None:
    won_account("Lynx Clinics SARL")
    dialog = ScheduleDialog(None, count=1, names=["Lynx Clinics SARL"], day=TODAY, users=[])
    qtbot.addWidget(dialog)
    wizard = ImportWizard(ChangeHub(), settings=settings)
    qtbot.addWidget(wizard)
    cut = _checked(dialog, "schedule") + _checked(wizard, "import")
    _report(speaking, cut)


def test_a_cut_text_is_noticed(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QHBoxLayout, QPushButton

    root = QWidget()
    qtbot.addWidget(root)
    layout = QHBoxLayout(root)
    button = QPushButton("Geschäftsbeziehungsverwaltung")
    label = QLabel("Kundenzufriedenheitsbefragung")
    rich = QLabel("<b>Nächste Woche</b><br>1 · 100,00 €")
    combo = QComboBox()
    combo.addItems(["Alle", "Kundenzufriedenheitsbefragung"])  # the long one not chosen
    for widget in (button, label, rich, combo):
        widget.setMinimumWidth(0)
        widget.setFixedWidth(40)
        layout.addWidget(widget)
    wrapped = QLabel("Eine Zeile, die umbricht, wo kein Platz ist, und dann zu hoch wird.")
    wrapped.setWordWrap(True)
    wrapped.setFixedSize(80, 20)
    layout.addWidget(wrapped)
    root.show()
    QApplication.processEvents()
    cut = _cut(root)
    assert len(cut) == 5, cut


def test_the_record_and_settings_dialogs_texts_fit(
    speaking: str, store: Path, qtbot: QtBot, settings: QSettings
) -> None:
    from accountmgr.views.dialogs.activity_types_dialog import ActivityTypesDialog
    from accountmgr.views.dialogs.currencies_dialog import CurrenciesDialog
    from accountmgr.views.dialogs.custom_fields_dialog import CustomFieldsDialog
    from accountmgr.views.dialogs.deal_dialog import DealDialog
    from accountmgr.views.dialogs.note_dialog import NoteDialog
    from accountmgr.views.dialogs.organization_dialog import OrganizationDialog
    from accountmgr.views.dialogs.person_dialog import PersonDialog
    from accountmgr.views.dialogs.team_dialog import TeamDialog

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
        TeamDialog(settings),
    ]
    cut = []
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        cut += _checked(dialog, type(dialog).__name__)
    _report(speaking, cut)


# --- the dialogs the window opens on request, the questions it asks, its messages --------------


@pytest.mark.sqlite_only  # opens the backup dialogs of an SQLite file
def test_the_restore_link_and_small_settings_dialogs_texts_fit(
    speaking: str, store: Path, qtbot: QtBot
) -> None:
    from accountmgr.domain import backups, customfields, organizations
    from accountmgr.views.dialogs.activity_types_dialog import ActivityTypesDialog
    from accountmgr.views.dialogs.currencies_dialog import CurrenciesDialog
    from accountmgr.views.dialogs.custom_fields_dialog import CustomFieldsDialog
    from accountmgr.views.dialogs.link_person_dialog import LinkPersonDialog
    from accountmgr.views.dialogs.restore_dialog import RestoreDialog

    org = won_account("Lynx Clinics SARL")
    other = organizations.create_organization("Coastal Recycling S.A.").id
    organizations.create_person("Ana Lima", org_id=other)
    hub = ChangeHub()
    cut: list[str] = []

    empty = RestoreDialog(hub)  # no backup yet
    qtbot.addWidget(empty)
    cut += _checked(empty, "restore-none")
    backups.take()
    backups.take("daily")
    restore = RestoreDialog(hub)
    qtbot.addWidget(restore)
    cut += _checked(restore, "restore")
    cut += _modals(restore.restore_selected, "restore-question")

    link = LinkPersonDialog(None, org)
    qtbot.addWidget(link)
    cut += _checked(link, "link-person")

    types = ActivityTypesDialog(hub)
    qtbot.addWidget(types)
    types.show()
    cut += _modals(types.add_type, "activity-type-new")
    types.select_type(None)  # the first
    cut += _modals(types.edit_type, "activity-type")

    tier = customfields.add_field("organization", "Tier", "single_option", ("Gold", "Silver"))
    fields = CustomFieldsDialog(hub)
    qtbot.addWidget(fields)
    fields.show()
    cut += _modals(fields.add_field, "field-new")
    fields.select_field(tier.definition.id)
    cut += _modals(fields.rename_field, "field-rename")
    cut += _modals(fields.edit_options, "field-options")

    rates = CurrenciesDialog(hub)
    qtbot.addWidget(rates)
    rates.show()
    code = next(c.code for c in rates.model.items if not c.is_default)
    rates._select(code)
    cut += _modals(rates.edit_rate, "rate")
    _report(speaking, cut)


def _choose_another(modal: QWidget) -> None:
    """Choose the last of an input dialog's choices (the other questions: No or Cancel)."""
    if isinstance(modal, QInputDialog) and modal.comboBoxItems():
        modal.setTextValue(modal.comboBoxItems()[-1])
        modal.accept()
    else:
        _decline(modal)


@pytest.mark.sqlite_only  # opens the backup dialogs of an SQLite file
def test_the_questions_and_messages_texts_fit(
    speaking: str, store: Path, qtbot: QtBot, settings: QSettings, tmp_path: Path
) -> None:
    from accountmgr import app
    from accountmgr.domain import activities, backups, clock, organizations
    from accountmgr.domain.account_detail import activities_of, deals_of
    from accountmgr.domain.errors import DomainError
    from accountmgr.domain.recurrence import Rule
    from accountmgr.views import file_dialogs, language, undo
    from accountmgr.views.account_actions import _csv_filters
    from accountmgr.views.demo_offer import offer_demo
    from accountmgr.views.operations import _progress_dialog

    clock.pin_today(TODAY)
    organizations.create_user("Ana Lima")
    names = ["Lynx Clinics SARL", "Coastal Recycling S.A.", "Nordic Bakeries AB"]
    orgs = [won_account(name) for name in names]
    lynx = orgs[0]
    weekly = activities.create_activity(
        "Satisfaction call",
        TODAY,
        type_id=activities.type_id("call"),
        org_id=lynx,
        repeat=Rule("week", 1),
    ).id
    window = MainWindow(ChangeHub(), settings)
    qtbot.addWidget(window)
    window.show()
    window.resize(*DEFAULT_SIZE)
    QApplication.processEvents()
    edits, actions = window.panel.edits, window.account_actions
    item = next(a for a in activities_of(lynx) if a.id == weekly)
    deal = deals_of(lynx)[0]
    cut: list[str] = []

    def opened(dialog: QWidget, name: str) -> None:  # a dialog that does not block
        cut.extend(_checked(dialog, name))
        _decline(dialog)

    opened(edits._ask_scope(item, {"subject": "Satisfaction call"}), "recurring-question")
    opened(edits.offer_followup(lynx, item), "follow-up-question")
    opened(edits.mark_lost(deal), "deal-lost")
    opened(window.ask_who() or pytest.fail("not asked"), "who-are-you")
    opened(offer_demo(window, ChangeHub()), "demo-offer")
    cut += _modals(lambda: actions._confirm_delete([lynx], names[:1]), "delete-one")
    cut += _modals(lambda: actions._confirm_delete(orgs, names), "delete-several")
    cut += _modals(lambda: actions.change_owner([lynx]), "change-owner")
    cut += _modals(lambda: actions.change_owner(orgs), "change-owners")
    cut += _modals(lambda: language.choose(settings, window), "language", _choose_another)
    cut += _modals(window.commands.about, "about")
    cut += _modals(
        lambda: undo.show_error(window, DomainError("The default subject must be text.")),
        "not-saved",
    )
    cut += _modals(
        lambda: app._ask_restore(app.restore_question(store, backups.take(), "x.damaged")),
        "damaged-database",
    )
    filters = _csv_filters()
    cut += _modals(
        lambda: file_dialogs.get_save_file_name(
            window, "Export", str(tmp_path / "accounts.csv"), ";;".join(filters), filters[1]
        ),
        "export-file",
    )
    cut += _modals(lambda: file_dialogs._refuse_open_database(window, "Export"), "export-refused")
    labels = {
        "progress-backup": QCoreApplication.translate("MainWindow", "Backing up the database…"),
        "progress-campaign": QCoreApplication.translate("AccountActions", "Scheduling activities…"),
        "progress-export": QCoreApplication.translate("AccountActions", "Exporting accounts…"),
        "progress-calendar": QCoreApplication.translate("AccountActions", "Exporting activities…"),
        "progress-demo": QCoreApplication.translate("DemoOffer", "Creating demo data…"),
        "progress-files": QCoreApplication.translate("PanelEdits", "Copying files…"),
    }
    for name, label in labels.items():
        progress = _progress_dialog(window, label, 300, name != "progress-backup", "")
        progress.setValue(120)
        opened(progress, name)
        progress.deleteLater()
    _report(speaking, cut)


def _window(qtbot: QtBot, settings: QSettings, hub: ChangeHub | None = None) -> MainWindow:
    window = MainWindow(hub or ChangeHub(), settings)
    qtbot.addWidget(window)
    window.show()
    window.resize(*DEFAULT_SIZE)
    window.finish_start()
    QApplication.processEvents()
    return window


def test_the_board_s_column_titles_and_card_texts_fit(
    speaking: str, store: Path, qtbot: QtBot, settings: QSettings
) -> None:
    """A card elides the account's name and the activity's subject, which are data; the
    column titles and a card's own words are never cut."""
    from accountmgr.domain import clock
    from accountmgr.domain.buckets import Bucket
    from accountmgr.views.bucket_titles import column_title
    from accountmgr.views.card_delegate import MARGIN, PAD, _fonts

    clock.pin_today(TODAY)
    won_account("Lynx Clinics SARL")
    window = _window(qtbot, settings)
    window.ui.tabs.setCurrentIndex(1)
    cut = _checked(window, "board")
    board = window.kanban_tab
    for bucket, header in board.headers.items():
        title = column_title(bucket)
        bold = QFont(header.font())
        bold.setBold(True)
        needed = QFontMetrics(bold).horizontalAdvance(title)
        if header.contentsRect().width() < needed:
            cut.append(f"column title {title!r} of {bucket}: {header.width()} < {needed}")
    cards = board.lists[Bucket.NO_ACTIVITY]
    room = cards.visualRect(cards.model().index(0, 0)).width() - 2 * MARGIN - 2 * PAD - 4
    base, _bold, small = _fonts(QFont(cards.font()))
    days = 30
    for text, font in (
        (QCoreApplication.translate("CardDelegate", "Nothing planned"), base),
        (QCoreApplication.translate("CardDelegate", "Never contacted"), small),
        (QCoreApplication.translate("CardDelegate", "Last contacted today"), small),
        (
            QCoreApplication.translate("CardDelegate", "Last contacted %n day(s) ago", "", days),
            small,
        ),
    ):
        needed = QFontMetrics(font).horizontalAdvance(text)
        if room < needed:
            cut.append(f"card {text!r}: {room} < {needed}")
    _report(speaking, cut)


def test_the_status_bar_s_figures_and_a_reminder_fit(
    speaking: str, store: Path, qtbot: QtBot, settings: QSettings
) -> None:
    """At the default size every figure of the status bar has room (they are left out, not
    cut, in a narrower window), and so has a reminder shown there where no tray is."""
    from accountmgr.domain import clock, organizations
    from accountmgr.domain.reminders import Due
    from accountmgr.views.reminder_tray import ReminderTray

    clock.pin_today(TODAY)
    won_account("Lynx Clinics SARL")
    organizations.create_organization("Coastal Recycling S.A.")  # not an account yet
    window = _window(qtbot, settings)
    cut = _checked(window.statusBar(), "status-bar")
    figures = window.figures
    for label in (
        figures.accounts,
        figures.value,
        figures.nothing_planned,
        figures.contacted_30,
        figures.contacted_90,
        figures.not_accounts,
    ):
        if not label.isVisible():
            cut.append(f"figure {label.text()!r} left out at {DEFAULT_SIZE}")
    tray = ReminderTray(window)
    tray.menu.setParent(window, tray.menu.windowFlags())
    shown: list[str] = []
    tray.shown.connect(lambda title, text: shown.append(f"{title} — {text}"))
    due = dt.datetime.combine(TODAY, dt.time(9, 30))
    one = Due(1, 1, "Lynx Clinics SARL", "Satisfaction call", "Call", due)
    tray.notify([one])
    tray.notify([one, one])
    tray.summarize([one] * 7)
    bar = window.statusBar()
    for message in shown:
        window.statusBar().showMessage(message.split("\n")[0], 1000)
        QApplication.processEvents()
        needed = bar.fontMetrics().horizontalAdvance(bar.currentMessage())
        if needed > bar.width() * 2 // 3:
            cut.append(f"reminder {bar.currentMessage()!r}: {bar.width() * 2 // 3} < {needed}")
    cut += _checked(tray.menu, "reminders-menu")
    _report(speaking, cut)


def test_the_empty_list_s_texts_fit(
    speaking: str, store: Path, qtbot: QtBot, settings: QSettings
) -> None:
    from accountmgr.domain import organizations
    from accountmgr.domain.changes import EVERYTHING

    hub = ChangeHub()
    window = _window(qtbot, settings, hub)  # an empty database
    cut = _checked(window, "empty-database")
    organizations.create_organization("Coastal Recycling S.A.")  # not an account
    hub.publish(EVERYTHING)
    QApplication.processEvents()
    cut += _checked(window, "no-account-yet")
    window.filters.update(search="Lynx")
    QApplication.processEvents()
    cut += _checked(window, "no-match")
    label = window.list_tab.empty_label
    assert label.isVisible()
    assert label.wordWrap()  # the empty list's text wraps: it is never cut
    _report(speaking, cut)


def test_the_import_wizard_s_later_pages_fit(
    speaking: str, store: Path, qtbot: QtBot, settings: QSettings, tmp_path: Path
) -> None:
    path = tmp_path / "organizations.csv"
    path.write_text(
        "Name,Address,Country,Label\nAcme GmbH,Hauptstr. 1,DE,Key account\nCobalt SA,,France,\n",
        encoding="utf-8",
    )
    wizard = ImportWizard(ChangeHub(), settings=settings)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.file_page.set_file(path)
    cut = _checked(wizard, "import-file")
    for name in ("import-columns", "import-preview"):
        wizard.next()
        cut += _checked(wizard, name)
    wizard.run_now()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.report_page)
    cut += _checked(wizard, "import-report")
    if speaking == "en":  # one row, said as one
        assert wizard.report_page.subTitle().startswith("1 row of the file was not imported;")
    _report(speaking, cut)
