"""Views ▾ beside the tabs: the built-in views and the saved ones, to pick; save what is shown
as a view (for the team, or for oneself); manage them (rename, reorder, update, delete, the
start view). A view brings its search, filters, columns and sort. Writes go through the undo
stack and the change hub, so another window (and another member of a team) lists them too.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from accountmgr.domain import identity, saved_views
from accountmgr.domain.changes import Change, Kind
from accountmgr.domain.errors import DomainError
from accountmgr.domain.saved_views import SavedView, ViewDefinition
from accountmgr.qtmodels.formatting import fill
from accountmgr.qtmodels.hub import ChangeHub
from accountmgr.views import undo
from accountmgr.views.filters import FilterState
from accountmgr.views.list_tab import ListTab
from accountmgr.views.search_field import SearchField

BUILT_IN_TITLES: dict[str, str] = {  # translated where shown
    "mine": str(QT_TRANSLATE_NOOP("SavedViews", "My accounts")),
    "nothing_planned": str(QT_TRANSLATE_NOOP("SavedViews", "Nothing planned")),
    "overdue": str(QT_TRANSLATE_NOOP("SavedViews", "Overdue")),
    "not_contacted_90": str(QT_TRANSLATE_NOOP("SavedViews", "Not contacted in 90 days")),
    "renewal_60": str(QT_TRANSLATE_NOOP("SavedViews", "Renewal in the next 60 days")),
}


def _tr(text: str) -> str:
    """A built-in view's title, in the interface's language (marked above)."""
    return QCoreApplication.translate("SavedViews", text)


def _titled(view: SavedView) -> str:
    if view.owner_id is None:
        return view.name
    return fill(QCoreApplication.translate("SavedViews", "%1 (only me)"), view.name)


def start_key() -> str:
    return f"{identity.settings_group()}/start_view"


class SaveViewDialog(QDialog):
    """Save view: its name, and whether it is for this person alone."""

    def __init__(self, parent: QWidget | None, *, can_be_private: bool) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Save view"))
        self.name = QLineEdit()
        self.name.setMaxLength(saved_views.MAX_NAME)
        # Room for a name like its example, not the few letters a form gives by default.
        self.name.setMinimumWidth(self.name.fontMetrics().horizontalAdvance("x" * 44))
        self.name.setPlaceholderText(self.tr("Gold tier not contacted in 60 days"))
        self.private = QCheckBox(self.tr("Only for me"))
        self.private.setToolTip(self.tr("Unchecked, everyone on this database sees the view"))
        self.private.setEnabled(can_be_private)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow("", self.private)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)


class SavedViewsMenu(QObject):
    message = Signal(str)  # for the status bar

    def __init__(
        self,
        parent: QWidget,
        hub: ChangeHub,
        stack: QUndoStack,
        settings: QSettings,
        filters: FilterState,
        search: SearchField,
        list_tab: ListTab,
        me: Callable[[], int | None],
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._hub = hub
        self._stack = stack
        self._settings = settings
        self._filters = filters
        self._search = search
        self._list_tab = list_tab
        self._me = me
        self.button = QToolButton()
        self.button.setText(self.tr("Views"))
        self.button.setToolTip(self.tr("Pick a saved view, or save what is shown as one"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setAutoRaise(True)
        self.menu = QMenu(parent)
        self.menu.setToolTipsVisible(True)  # why a built-in view is greyed
        self.menu.aboutToShow.connect(self._fill)
        self.button.setMenu(self.menu)
        self.save_action = QAction(self.tr("&Save view…"), parent)
        self.save_action.triggered.connect(self.save_current)
        hub.changed.connect(self._heard)
        self._views: tuple[int | None, list[SavedView]] | None = None  # (for whom, views)

    # -- what is shown ------------------------------------------------------------------------

    def current(self) -> ViewDefinition:
        keys, sort_key, descending = self._list_tab.shown_columns()
        return ViewDefinition(self._filters.value, keys, sort_key, descending)

    def apply(self, view: ViewDefinition) -> None:
        self._search.show_quietly(view.filter.search)
        self._filters.set(self._list_tab.known(view.filter))
        self._list_tab.show_columns(view.columns, view.sort_key, view.descending)

    @property
    def window(self) -> QWidget:
        return self._parent

    def forget(self) -> None:
        """Read the views again when next asked (they changed)."""
        self._views = None

    def views(self) -> list[SavedView]:
        """The team's views and the person's own (read again for another person: Settings ▸
        I am changed, or the views changed)."""
        me = self._me()
        if self._views is None or self._views[0] != me:
            self._views = (me, saved_views.views(me))
        return self._views[1]

    def _heard(self, change: Change) -> None:
        if change.kinds & {Kind.VIEW, Kind.ALL}:
            self.forget()

    # -- the menu -----------------------------------------------------------------------------

    def _fill(self) -> None:
        self.menu.clear()
        for key, title in BUILT_IN_TITLES.items():
            built = saved_views.built_in(key, self._me())
            action = self.menu.addAction(_tr(title))
            action.setEnabled(built is not None)
            if built is None and key == "renewal_60":
                action.setToolTip(
                    self.tr("Mark a date field as the renewal date in Settings ▸ Custom fields…")
                )
            if built is not None:
                action.triggered.connect(lambda _=False, d=built: self.apply(d))
        listed = self.views()
        if listed:
            self.menu.addSeparator()
        for view in listed:
            action = self.menu.addAction(_titled(view))
            action.triggered.connect(lambda _=False, d=view.definition: self.apply(d))
        self.menu.addSeparator()
        self.menu.addAction(self.save_action)
        self.menu.addAction(self.tr("&Manage views…"), self.manage)
        self._start_menu(listed)

    def _start_menu(self, listed: list[SavedView]) -> None:
        """Start with ▸: the last search and filters, or a view."""
        start = str(self._settings.value(start_key(), "") or "")
        menu = self.menu.addMenu(self.tr("S&tart with"))
        choices = [("", self.tr("The last search and filters"))]
        choices += [(f"built-in:{key}", _tr(title)) for key, title in BUILT_IN_TITLES.items()]
        choices += [(f"saved:{view.id}", _titled(view)) for view in listed]
        group = QActionGroup(menu)
        for value, title in choices:
            action = menu.addAction(title)
            action.triggered.connect(lambda _=False, v=value: self.set_start(v))
            action.setCheckable(True)
            action.setChecked(start == value)
            group.addAction(action)

    def apply_start_view(self) -> bool:
        """Show the start view, if one is set and still there; whether one was shown."""
        start = str(self._settings.value(start_key(), "") or "")
        kind, _, which = start.partition(":")
        if kind == "built-in":
            view = saved_views.built_in(which, self._me())
        else:
            view = next((v.definition for v in self.views() if f"{v.id}" == which), None)
        if kind not in {"built-in", "saved"} or view is None:
            return False
        self.apply(view)
        return True

    # -- writes -------------------------------------------------------------------------------

    def _run(self, text: str, do: Callable[[], Change], back: Callable[[], Change]) -> bool:
        try:
            change = do()
        except DomainError as error:
            undo.show_error(self._parent, error)
            return False
        self._hub.publish(change)
        self._stack.push(undo.DomainCommand(self._stack, self._hub, text, do, back))
        return True

    def save_current(self) -> SavedView | None:
        """Ask for a name and save what is shown; the dialog comes back after a refusal (an
        empty name)."""
        me = self._me()
        dialog = SaveViewDialog(self._parent, can_be_private=me is not None)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            saved = self.save(dialog.name.text(), me if dialog.private.isChecked() else None)
            if saved is not None:
                return saved
        return None

    def save(self, name: str, private_for: int | None) -> SavedView | None:
        """Save what is shown as the view `name` (undoable); None when refused (said)."""
        made: list[SavedView] = []
        shown = self.current()

        def do() -> Change:
            if made:  # redo: the same view, with its id
                return saved_views.restore(made[0])
            made.append(saved_views.save(name, shown, private_for=private_for))
            return saved_views.CHANGED

        def back() -> Change:
            return saved_views.delete(made[0].id)[1]

        if not self._run(fill(self.tr("Save view %1"), name.strip()), do, back):
            return None
        self.message.emit(fill(self.tr("Saved the view “%1”."), made[0].name))
        return made[0]

    def manage(self) -> None:
        ManageViewsDialog(self).exec()

    def rename(self, view: SavedView, name: str) -> bool:
        old = view.name
        return self._run(
            fill(self.tr("Rename view %1"), old),
            lambda: saved_views.rename(view.id, name),
            lambda: saved_views.rename(view.id, old),
        )

    def move(self, view: SavedView, steps: int) -> bool:
        me = self._me()
        return self._run(
            fill(self.tr("Move view %1"), view.name),
            lambda: saved_views.move(view.id, steps, me),
            lambda: saved_views.move(view.id, -steps, me),
        )

    def update(self, view: SavedView) -> bool:
        shown, before = self.current(), view.definition
        return self._run(
            fill(self.tr("Update view %1"), view.name),
            lambda: saved_views.update(view.id, shown),
            lambda: saved_views.update(view.id, before),
        )

    def delete(self, view: SavedView) -> bool:
        return self._run(
            fill(self.tr("Delete view %1"), view.name),
            lambda: saved_views.delete(view.id)[1],
            lambda: saved_views.restore(view),
        )

    def set_start(self, value: str) -> None:
        """ "built-in:KEY", "saved:ID", or "" for none (then the last filters come back)."""
        self._settings.setValue(start_key(), value)


class ManageViewsDialog(QDialog):
    """The saved views, in their order: rename, move, update with what is shown, delete, and
    nothing else (the start view is chosen in the menu: Start with ▸)."""

    def __init__(self, owner: SavedViewsMenu) -> None:
        super().__init__(owner.window)
        self._owner = owner
        self.setWindowTitle(self.tr("Manage views"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Saved views"))
        self.rename_button = QPushButton(self.tr("&Rename…"))
        self.up_button = QPushButton(self.tr("Move &up"))
        self.down_button = QPushButton(self.tr("Move &down"))
        self.update_button = QPushButton(self.tr("&Update with what is shown"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        side = QVBoxLayout()
        for button in (
            self.rename_button,
            self.up_button,
            self.down_button,
            self.update_button,
            self.delete_button,
        ):
            side.addWidget(button)
        side.addStretch()
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(side)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(close)
        self.rename_button.clicked.connect(self._rename)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(+1))
        self.update_button.clicked.connect(lambda: self._act(owner.update))
        self.delete_button.clicked.connect(lambda: self._act(owner.delete))
        self.list.currentRowChanged.connect(self._enable)
        self._fill()

    def _selected(self) -> SavedView | None:
        item = self.list.currentItem()
        view = None if item is None else item.data(Qt.ItemDataRole.UserRole)
        return view if isinstance(view, SavedView) else None

    def _fill(self, keep: int | None = None) -> None:
        self._owner.forget()
        self.list.clear()
        for view in self._owner.views():
            item = QListWidgetItem(_titled(view))
            item.setData(Qt.ItemDataRole.UserRole, view)
            self.list.addItem(item)
            if view.id == keep:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self._enable()

    def _enable(self) -> None:
        view = self._selected()
        row = self.list.currentRow()
        for button in (self.rename_button, self.update_button, self.delete_button):
            button.setEnabled(view is not None)
        self.up_button.setEnabled(view is not None and row > 0)
        self.down_button.setEnabled(view is not None and row < self.list.count() - 1)

    def _act(self, action: Callable[[SavedView], bool]) -> None:
        view = self._selected()
        if view is not None:
            action(view)
            self._fill(keep=view.id)

    def _rename(self) -> None:
        view = self._selected()
        if view is None:
            return
        title, label = self.tr("Rename view"), self.tr("&Name:")
        name, ok = QInputDialog.getText(self, title, label, text=view.name)
        if ok:
            self._owner.rename(view, name)
            self._fill(keep=view.id)

    def _move(self, steps: int) -> None:
        view = self._selected()
        if view is not None:
            self._owner.move(view, steps)
            self._fill(keep=view.id)
