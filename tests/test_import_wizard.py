"""File → Import…: a file is read, its columns matched, its first rows previewed with their
problems, and the import writes the good rows and reports the others with their line."""

from __future__ import annotations

import asyncio
import hashlib
import json
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QWizard
from pytestqt.qtbot import QtBot

from accountmgr.domain import import_run, records
from accountmgr.domain.changes import EVERYTHING, Change
from accountmgr.qtmodels.hub import ChangeHub
from accountmgr.qtmodels.import_models import (
    FIELD,
    ColumnMappingModel,
    PreviewModel,
    ProblemRole,
    RejectedModel,
)
from accountmgr.views.dialogs.import_pages import month_first
from accountmgr.views.dialogs.import_wizard import (
    PAGE_COLUMNS,
    PAGE_FILE,
    PAGE_PREVIEW,
    PAGE_REPORT,
    ImportWizard,
)

NEXT = QWizard.WizardButton.NextButton
IMPORT = QWizard.WizardButton.CommitButton  # the preview page commits: its Next is Import
BACK = QWizard.WizardButton.BackButton
FINISH = QWizard.WizardButton.FinishButton  # Close, on the report
CANCEL = QWizard.WizardButton.CancelButton

EN_US = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
DE_DE = QLocale(QLocale.Language.German, QLocale.Country.Germany)

ORGANIZATIONS = (
    "Name,Address,Country,Label\n"
    "Acme GmbH,Hauptstr. 1,DE,Key account\n"
    "Bolt Ltd,,GB,\n"
    "Cobalt SA,,France,\n"  # line 4: not a country code
    ",Somewhere,DE,\n"  # line 5: no name
)


@pytest.fixture
def hub() -> ChangeHub:
    return ChangeHub()


@pytest.fixture
def wizard(store: Path, qtbot: QtBot, hub: ChangeHub, settings: QSettings) -> ImportWizard:
    return _wizard(qtbot, hub, settings)


def _wizard(qtbot: QtBot, hub: ChangeHub, settings: QSettings) -> ImportWizard:
    dialog = ImportWizard(hub, settings=settings)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    return dialog


def _csv(tmp_path: Path, text: str, name: str = "organizations.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _org_named(name: str) -> records.OrganizationRecord | None:
    found = [i for i, n in records.find_organizations(name) if n == name]
    return records.organization(found[0]) if found else None


def _next(wizard: ImportWizard) -> None:
    """The Next button, as the person presses it (nothing happens while it is disabled)."""
    wizard.button(NEXT).click()


def _back(wizard: ImportWizard) -> None:
    wizard.button(BACK).click()


def _visible_buttons(wizard: ImportWizard) -> list[QAbstractButton]:
    return [b for b in map(wizard.button, (BACK, NEXT, IMPORT, FINISH, CANCEL)) if b.isVisible()]


def _to_preview(wizard: ImportWizard, path: Path) -> None:
    assert wizard.file_page.set_file(path)
    _next(wizard)
    assert wizard.currentId() == PAGE_COLUMNS
    _next(wizard)
    assert wizard.currentId() == PAGE_PREVIEW


def test_organizations_are_matched_previewed_imported_and_reported(
    wizard: ImportWizard, qtbot: QtBot, hub: ChangeHub, tmp_path: Path
) -> None:
    path = _csv(tmp_path, ORGANIZATIONS, "export.csv")
    assert wizard.file_page.set_file(path)
    assert wizard.file_page.kind() == "organizations"  # from the headers alone
    assert not wizard.file_page.ui.fileError.isVisible()
    assert "Columns: 4" in wizard.file_page.ui.fileInfo.text()
    assert wizard.button(NEXT).isEnabled()

    _next(wizard)
    assert wizard.currentId() == PAGE_COLUMNS
    assert wizard.mapping_model.mapping() == {0: "name", 1: "address", 2: "country", 3: "label"}
    assert wizard.mapping_model.index(0, 1).data() == "Acme GmbH · Bolt Ltd · Cobalt SA"
    assert not wizard.columns_page.ui.mappingError.isVisible()

    _next(wizard)
    assert wizard.currentId() == PAGE_PREVIEW
    preview = wizard.preview_model
    assert preview.rowCount() == 4
    assert [preview.headerData(c, Qt.Orientation.Horizontal) for c in range(5)] == [
        "Line",
        "Name",
        "Address",
        "Country",
        "Label",
    ]
    assert [preview.index(r, 0).data() for r in range(4)] == ["2", "3", "4", "5"]
    bad = preview.index(2, 3)  # Cobalt SA's country
    assert bad.data() == "France"
    assert bad.data(ProblemRole) == "problem"
    assert "two-letter" in bad.data(Qt.ItemDataRole.ToolTipRole)
    assert bad.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#b71c1c"
    assert preview.index(2, 0).data(ProblemRole) == "problem"  # the line is marked too
    assert preview.index(2, 1).data(ProblemRole) is None  # the name is fine
    assert preview.index(3, 1).data(ProblemRole) == "problem"  # no name
    assert preview.index(0, 3).data(ProblemRole) is None
    assert wizard.preview_page.ui.previewSummary.text().startswith(
        "2 of 4 rows have problems; they will be skipped and reported."
    )
    assert wizard.button(IMPORT).text() == "&Import"
    assert _visible_buttons(wizard) == [wizard.button(b) for b in (BACK, IMPORT, CANCEL)]
    assert wizard.button(IMPORT).isEnabled()

    published: list[Change] = []
    hub.changed.connect(published.append)
    with qtbot.waitSignal(wizard.finished_import) as finished:
        report = wizard.run_now()
    assert finished.args == [report]
    assert published == [EVERYTHING]
    assert (report.created, report.updated, report.skipped) == (2, 0, 0)
    assert [r.line for r in report.rejected] == [4, 5]

    acme = _org_named("Acme GmbH")
    assert acme is not None
    assert (acme.address, acme.country, acme.label) == ("Hauptstr. 1", "DE", "Key account")
    assert _org_named("Bolt Ltd") is not None
    assert _org_named("Cobalt SA") is None


def test_the_report_lists_the_rows_left_out_and_can_be_saved(
    wizard: ImportWizard, tmp_path: Path
) -> None:
    _to_preview(wizard, _csv(tmp_path, ORGANIZATIONS))
    wizard.run_now()
    assert wizard.currentId() == PAGE_REPORT
    assert wizard.report_page.ui.createdCount.text() == "2"
    assert wizard.report_page.ui.rejectedCount.text() == "2"
    assert wizard.button(FINISH).isVisible()
    assert wizard.button(FINISH).text() == "Close"
    assert _visible_buttons(wizard) == [wizard.button(FINISH)]  # no Back, Next or Cancel
    rejected = wizard.rejected_model
    assert rejected.rowCount() == 2
    assert rejected.index(0, 0).data() == "4"
    assert "two-letter" in rejected.index(0, 1).data()
    assert rejected.index(1, 0).data() == "5"

    saved = tmp_path / "report.csv"
    assert wizard.report_page.save_report(saved)
    text = saved.read_text(encoding="utf-8-sig")
    assert "4," in text
    assert "created,2" in text
    assert "report.csv" in wizard.report_page.ui.reportMessage.text()


def test_a_required_field_left_unmapped_disables_next(
    wizard: ImportWizard, qtbot: QtBot, tmp_path: Path
) -> None:
    assert wizard.file_page.set_file(_csv(tmp_path, ORGANIZATIONS))
    qtbot.keyClick(wizard, Qt.Key.Key_Return)  # Enter is Next
    assert wizard.currentId() == PAGE_COLUMNS
    assert wizard.button(NEXT).isEnabled()

    assert wizard.mapping_model.set_field(0, "")  # Name: Do not import
    assert not wizard.button(NEXT).isEnabled()
    assert wizard.columns_page.ui.mappingError.isVisible()
    assert "Name" in wizard.columns_page.ui.mappingError.text()
    qtbot.keyClick(wizard.columns_page.ui.columns, Qt.Key.Key_Return)
    assert wizard.currentId() == PAGE_COLUMNS  # Enter does nothing now
    _next(wizard)
    assert wizard.currentId() == PAGE_COLUMNS

    # The "Import as" list of the Address column takes the name again.
    editor = wizard.columns_page.ui.columns.indexWidget(wizard.mapping_model.index(1, FIELD))
    assert isinstance(editor, QComboBox)
    editor.setCurrentIndex(editor.findData("name"))
    assert wizard.mapping_model.mapping() == {1: "name", 2: "country", 3: "label"}
    assert wizard.button(NEXT).isEnabled()
    assert not wizard.columns_page.ui.mappingError.isVisible()

    # A field goes to one column only: choosing it elsewhere takes it from there.
    first = wizard.columns_page.ui.columns.indexWidget(wizard.mapping_model.index(0, FIELD))
    assert isinstance(first, QComboBox)
    first.setCurrentIndex(first.findData("name"))
    assert wizard.mapping_model.mapping() == {0: "name", 2: "country", 3: "label"}
    assert editor.currentData() == ""  # the other list shows it

    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Return)  # Enter in a list is Next too
    assert wizard.currentId() == PAGE_PREVIEW
    assert wizard.mapping_model.mapping() == {0: "name", 2: "country", 3: "label"}


def test_the_mapping_is_remembered_for_files_with_the_same_headers(
    store: Path, qtbot: QtBot, hub: ChangeHub, settings: QSettings, tmp_path: Path
) -> None:
    first = _wizard(qtbot, hub, settings)
    assert first.file_page.set_file(_csv(tmp_path, ORGANIZATIONS, "january.csv"))
    _next(first)
    first.mapping_model.set_field(3, "")  # Label: not imported
    first.mapping_model.set_field(1, "label")  # Address goes into the label
    _next(first)
    assert first.currentId() == PAGE_PREVIEW
    first.reject()

    later = _wizard(qtbot, hub, settings)
    other = "Name,Address,Country,Label\nZeta AG,Ring 2,AT,x\n"
    assert later.file_page.set_file(_csv(tmp_path, other, "february.csv"))
    _next(later)
    assert later.mapping_model.mapping() == {0: "name", 1: "label", 2: "country"}

    different = "Name,Country\nZeta AG,AT\n"  # other headers: matched afresh
    fresh = _wizard(qtbot, hub, settings)
    assert fresh.file_page.set_file(_csv(tmp_path, different, "march.csv"))
    _next(fresh)
    assert fresh.mapping_model.mapping() == {0: "name", 1: "country"}


def test_a_mapping_remembered_when_people_were_called_persons_is_still_used(
    store: Path, qtbot: QtBot, hub: ChangeHub, settings: QSettings, tmp_path: Path
) -> None:
    headers = ["Who", "Firm", "Reach"]  # nothing the header matching knows
    digest = hashlib.sha1("\n".join(sorted(headers)).encode()).hexdigest()[:16]
    chosen = {"Who": "name", "Firm": "organization", "Reach": "email"}
    settings.setValue(f"import/mappings/persons/{digest}", json.dumps(chosen))  # as kept before
    wizard = _wizard(qtbot, hub, settings)
    text = "Who,Firm,Reach\nAnn Lee,Acme GmbH,ann@acme.example\n"
    assert wizard.file_page.set_file(_csv(tmp_path, text, "people.csv"))
    assert wizard.file_page.kind() == "people"
    _next(wizard)
    assert wizard.mapping_model.mapping() == {0: "name", 1: "organization", 2: "email"}
    _next(wizard)
    assert wizard.currentId() == PAGE_PREVIEW
    assert json.loads(str(settings.value(f"import/mappings/people/{digest}"))) == chosen


def test_a_file_that_cannot_be_read_is_explained_on_the_page(
    wizard: ImportWizard, tmp_path: Path
) -> None:
    assert not wizard.file_page.set_file(tmp_path / "missing.csv")
    assert wizard.file_page.ui.fileError.isVisible()
    assert "does not exist" in wizard.file_page.ui.fileError.text()
    assert not wizard.button(NEXT).isEnabled()
    _next(wizard)
    assert wizard.currentId() == PAGE_FILE

    assert wizard.file_page.set_file(_csv(tmp_path, ORGANIZATIONS))
    assert not wizard.file_page.ui.fileError.isVisible()
    assert wizard.button(NEXT).isEnabled()


def test_what_the_file_holds_is_guessed_from_its_headers_and_name(
    wizard: ImportWizard, tmp_path: Path
) -> None:
    people = "Name,Organization,Email,Phone\nAnna Berg,Acme GmbH,anna@acme.example,+49 30 1\n"
    assert wizard.file_page.set_file(_csv(tmp_path, people, "export.csv"))
    assert wizard.file_page.kind() == "people"
    deals = "Title,Organization,Value\nRenewal,Acme GmbH,1200\n"
    assert wizard.file_page.set_file(_csv(tmp_path, deals, "pipeline.csv"))
    assert wizard.file_page.kind() == "deals"
    notes = "Content,Organization\nCalled back,Acme GmbH\n"
    assert wizard.file_page.set_file(_csv(tmp_path, notes, "notizen.csv"))
    assert wizard.file_page.kind() == "notes"
    assert not wizard.file_page.ui.onDuplicate.isEnabled()  # notes never duplicate
    assert wizard.file_page.ui.createMissing.isEnabled()


def test_the_date_order_follows_the_locale(
    store: Path, qtbot: QtBot, hub: ChangeHub, settings: QSettings
) -> None:
    assert month_first(EN_US)
    assert not month_first(DE_DE)
    assert not _wizard(qtbot, hub, settings).file_page.day_first()
    QLocale.setDefault(DE_DE)
    assert _wizard(qtbot, hub, settings).file_page.day_first()


def test_dates_that_could_be_read_either_way_are_marked(
    wizard: ImportWizard, tmp_path: Path
) -> None:
    activities = (
        "Subject,Due date,Organization\nCall back,03/04/2026,Acme GmbH\nVisit,2026-05-20,Acme\n"
    )
    path = _csv(tmp_path, activities, "activities.csv")
    assert wizard.file_page.set_file(path)
    assert wizard.file_page.kind() == "activities"
    order = wizard.file_page.ui.dateOrder
    order.setCurrentIndex(order.findData(True))  # "Day first (31/12/2026)"
    _to_preview(wizard, path)
    preview = wizard.preview_model
    due = next(
        c
        for c in range(preview.columnCount())
        if preview.headerData(c, Qt.Orientation.Horizontal) == "Due date"
    )
    doubtful = preview.index(0, due)
    assert doubtful.data(ProblemRole) == "ambiguous"
    assert doubtful.data() == "4/3/26"  # read day first: 3 April, as en_US writes it
    assert "day first" in doubtful.data(Qt.ItemDataRole.ToolTipRole)
    assert preview.index(1, due).data(ProblemRole) is None
    assert "could be read day first or month first" in wizard.preview_page.ui.previewSummary.text()


def test_back_keeps_the_choices_and_a_new_kind_matches_again(
    wizard: ImportWizard, tmp_path: Path
) -> None:
    path = _csv(tmp_path, ORGANIZATIONS)
    _to_preview(wizard, path)
    _back(wizard)
    assert wizard.currentId() == PAGE_COLUMNS
    wizard.mapping_model.set_field(3, "")
    _back(wizard)
    assert wizard.currentId() == PAGE_FILE
    _next(wizard)
    assert 3 not in wizard.mapping_model.mapping()  # kept
    _back(wizard)
    wizard.file_page.set_kind("people")
    _next(wizard)
    assert wizard.mapping_model.mapping()[0] == "name"
    assert "country" not in wizard.mapping_model.mapping().values()


def test_each_page_gives_the_focus_to_what_is_chosen_there(
    wizard: ImportWizard, qtbot: QtBot, tmp_path: Path
) -> None:
    wizard.activateWindow()
    qtbot.waitUntil(wizard.file_page.ui.chooseButton.hasFocus)  # no file yet: Choose…
    assert wizard.file_page.set_file(_csv(tmp_path, ORGANIZATIONS))
    _next(wizard)
    assert wizard.columns_page.ui.columns.hasFocus()
    _back(wizard)
    assert wizard.file_page.ui.kind.hasFocus()  # a file is read: what it holds
    _next(wizard)
    _next(wizard)
    assert wizard.preview_page.ui.preview.hasFocus()
    wizard.run_now()
    assert wizard.button(FINISH).hasFocus()  # Close


def test_escape_cancels(wizard: ImportWizard, qtbot: QtBot) -> None:
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert not wizard.isVisible()


def test_escape_in_the_field_list_cancels(
    wizard: ImportWizard, qtbot: QtBot, tmp_path: Path
) -> None:
    assert wizard.file_page.set_file(_csv(tmp_path, ORGANIZATIONS))
    _next(wizard)
    editor = wizard.columns_page.ui.columns.indexWidget(wizard.mapping_model.index(0, FIELD))
    assert isinstance(editor, QComboBox)
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert not wizard.isVisible()


def test_the_models_pass_the_model_tester(
    wizard: ImportWizard, qtmodeltester: Any, tmp_path: Path
) -> None:
    path = _csv(tmp_path, ORGANIZATIONS)
    _to_preview(wizard, path)
    qtmodeltester.check(wizard.mapping_model)
    qtmodeltester.check(wizard.preview_model)
    wizard.run_now()
    qtmodeltester.check(wizard.rejected_model)
    qtmodeltester.check(ColumnMappingModel())
    qtmodeltester.check(PreviewModel())
    qtmodeltester.check(RejectedModel())


def test_the_import_runs_on_a_worker_thread(
    wizard: ImportWizard,
    qtbot: QtBot,
    hub: ChangeHub,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    app_loop: asyncio.AbstractEventLoop,
) -> None:

    threads: list[threading.Thread] = []
    real = import_run.run_import

    def spy(*args: Any, **kwargs: Any) -> import_run.Report:
        threads.append(threading.current_thread())
        assert kwargs.get("progress") is not None
        return real(*args, **kwargs)

    monkeypatch.setattr(import_run, "run_import", spy)
    _to_preview(wizard, _csv(tmp_path, ORGANIZATIONS))
    with qtbot.waitSignal(hub.changed, timeout=20_000):
        wizard.button(IMPORT).click()
        assert wizard.currentId() == PAGE_PREVIEW  # until the import is written
        wizard.start_import()  # a second press while it runs starts nothing more
        assert wizard._task is not None
        report = app_loop.run_until_complete(wizard._task)
    assert threads
    assert threads[0] is not threading.main_thread()
    assert report is not None
    assert report.created == 2
    assert _org_named("Acme GmbH") is not None
    assert wizard.currentId() == PAGE_REPORT
    assert not wizard.is_running()


def test_cancel_while_it_runs_leaves_the_database_as_it_was(
    wizard: ImportWizard,
    hub: ChangeHub,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    app_loop: asyncio.AbstractEventLoop,
) -> None:

    real = import_run.run_import
    go = threading.Event()

    def held_back(*args: Any, **kwargs: Any) -> import_run.Report:
        assert go.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(import_run, "run_import", held_back)
    _to_preview(wizard, _csv(tmp_path, ORGANIZATIONS))
    published: list[Change] = []
    hub.changed.connect(published.append)

    async def run_and_cancel() -> import_run.Report | None:
        task = asyncio.ensure_future(wizard.run_async())
        await asyncio.sleep(0.05)
        assert wizard.is_running()
        assert not wizard.button(IMPORT).isEnabled()
        assert not wizard.button(BACK).isEnabled()
        wizard.button(CANCEL).click()  # Cancel (or Esc, or the close button) while it runs
        assert wizard.isVisible()
        go.set()
        return await task

    report = app_loop.run_until_complete(run_and_cancel())
    assert report is None
    assert published == []
    assert _org_named("Acme GmbH") is None
    assert wizard.isVisible()
    assert wizard.currentId() == PAGE_PREVIEW
    assert "cancelled" in wizard.preview_page.ui.runMessage.text()
    assert wizard.button(IMPORT).isEnabled()  # it can be tried again
    assert wizard.button(BACK).isEnabled()
    wizard.reject()
    assert not wizard.isVisible()


def test_a_failed_import_is_explained_and_can_be_tried_again(
    wizard: ImportWizard,
    hub: ChangeHub,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    app_loop: asyncio.AbstractEventLoop,
) -> None:
    def unreadable(*_args: Any, **_kwargs: Any) -> import_run.Report:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(import_run, "run_import", unreadable)
    _to_preview(wizard, _csv(tmp_path, ORGANIZATIONS))
    published: list[Change] = []
    hub.changed.connect(published.append)
    report = app_loop.run_until_complete(wizard.run_async())
    assert report is None
    assert published == []
    assert wizard.currentId() == PAGE_PREVIEW
    message = wizard.preview_page.ui.runMessage
    assert message.text() == "The file cannot be read: Permission denied"
    assert "#c62828" in message.styleSheet()
    assert wizard.preview_page.isEnabled()
    assert wizard.button(IMPORT).isEnabled()
    assert wizard.button(BACK).isEnabled()


def test_tab_goes_through_the_file_page_in_reading_order(
    wizard: ImportWizard, qtbot: QtBot, tmp_path: Path
) -> None:
    assert wizard.file_page.set_file(_csv(tmp_path, ORGANIZATIONS))
    wizard.file_page.set_kind("people")  # people link to organizations: every choice is open
    wizard.activateWindow()
    wizard.file_page.ui.chooseButton.setFocus()
    seen = []
    for _ in range(7):
        focused = QApplication.focusWidget()
        assert focused is not None
        seen.append(focused)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    ui = wizard.file_page.ui
    assert seen == [
        ui.chooseButton,
        ui.kind,
        ui.dateOrder,
        ui.onDuplicate,
        ui.createMissing,
        wizard.button(NEXT),
        wizard.button(CANCEL),
    ]
