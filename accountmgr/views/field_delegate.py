"""Cell editors for custom-field values, one kind per field type.

The delegate reads what it needs (the field, the users, the currency) from the model's roles and
writes through `setData`, so it never touches the database itself.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractProxyModel,
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRegularExpression,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QRegularExpressionValidator, QValidator
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

from accountmgr.domain.customfields import FieldDefinition, FieldType
from accountmgr.qtmodels.custom_values_model import CurrencyRole, FieldRole, UsersRole
from accountmgr.qtmodels.formatting import fill

AnyIndex = QModelIndex | QPersistentModelIndex

# The domain's phone rule (customfields._PHONE), or nothing at all to clear the field.
PHONE_PATTERN = r"^(\+?[\d\s().\-/]{3,40})?$"
EMPTY_DATE = QDate(1752, 9, 14)  # the earliest date QDateEdit takes; shown as "—", means unset
EMPTY_DATE_TEXT = "—"
LARGE_TEXT_LINES = 5
LIST_ROWS = 8


def to_number_text(text: str, locale: QLocale) -> str | None:
    """A number typed in the locale's way ("1.234,5" in German) in the form the domain stores
    ("1234.5"); "" for nothing, None when it is not a number in this locale."""
    text = text.strip()
    if not text:
        return ""
    _value, ok = locale.toDouble(text)
    if not ok:
        return None
    group = locale.groupSeparator()
    plain = "".join(c for c in text if c != group and not c.isspace())
    plain = plain.replace(locale.negativeSign(), "-").replace(locale.positiveSign(), "")
    plain = plain.replace(locale.decimalPoint(), ".").replace(locale.exponential(), "e")
    try:
        Decimal(plain)
    except InvalidOperation:
        return None
    return plain


def from_number_text(stored: str, locale: QLocale) -> str:
    """A stored number ("1234.5") as the locale writes it for editing ("1234,5"), exactly."""
    if not stored:
        return ""
    return stored.replace("-", locale.negativeSign()).replace(".", locale.decimalPoint())


def _qdate(iso: str) -> QDate:
    return QDate.fromString(iso[:10], Qt.DateFormat.ISODate) if iso else QDate()


class NumberValidator(QValidator):
    """Lets through what can become a number in the locale: digits, its separators and signs.

    Whether the whole is a number is checked on commit, so a refusal can say why."""

    def validate(self, text: str, pos: int) -> QValidator.State:
        locale = self.locale()
        allowed = {
            locale.groupSeparator(),
            locale.decimalPoint(),
            locale.negativeSign(),
            locale.positiveSign(),
            locale.exponential().lower(),
            locale.exponential().upper(),
            "\u00a0",
            "\u202f",
            " ",
        }
        if all(c.isdigit() or c in allowed for c in text):
            return QValidator.State.Acceptable
        return QValidator.State.Invalid


class NumberEdit(QLineEdit):
    """A line edit for numbers, with an optional unit (the currency code) shown at its end."""

    def __init__(self, suffix: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setValidator(NumberValidator(self))
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.suffix = QLabel(suffix, self)
        self.suffix.setObjectName("suffix")
        self.suffix.setVisible(bool(suffix))
        self.suffix.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        if suffix:
            width = self.suffix.sizeHint().width() + 6
            self.setTextMargins(0, 0, width, 0)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        hint = self.suffix.sizeHint()
        self.suffix.setGeometry(
            self.width() - hint.width() - 6,
            (self.height() - hint.height()) // 2,
            hint.width(),
            hint.height(),
        )


class DateEdit(QDateEdit):
    """A date edit that can be empty: the earliest date shows as "—"; Delete empties it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        short = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
        if "yyyy" not in short:  # two-digit years are ambiguous when typed
            short = re.sub(r"y+", "yyyy", short)
        self.setDisplayFormat(short)
        self.setMinimumDate(EMPTY_DATE)
        self.setSpecialValueText(EMPTY_DATE_TEXT)
        self.setToolTip(self.tr("Delete clears the date."))
        self.calendarWidget().installEventFilter(self)

    def is_empty(self) -> bool:
        return self.date() == self.minimumDate()

    def clear_date(self) -> None:
        self.setDate(self.minimumDate())

    def value(self) -> QDate:
        """The chosen date, or a null date when empty."""
        return QDate() if self.is_empty() else self.date()

    def set_value(self, date: QDate) -> None:
        self.setDate(date if date.isValid() else self.minimumDate())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete and not event.modifiers():
            self.clear_date()
            return
        if self.is_empty() and event.text().isdigit():
            # Typing into "—": start from today, so the typed part replaces a real date.
            self.setDate(QDate.currentDate())
            self.setCurrentSectionIndex(0)
            self.setSelectedSection(self.sectionAt(0))
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        calendar = watched is self.calendarWidget()
        if calendar and event.type() == QEvent.Type.Show and self.is_empty():
            # Open the calendar on this month, not on the "empty" date.
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)


class FieldDelegate(QStyledItemDelegate):
    """Edits custom-field values in place with an editor that suits each field type.

    When the model refuses a value, the reason is shown next to the cell (a tooltip) and sent
    with `error_shown`; the stored value stays as it was.
    """

    error_shown = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.last_message: str | None = None

    # -- editors ----------------------------------------------------------------------------

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        field = index.data(FieldRole)
        if not isinstance(field, FieldDefinition):
            return super().createEditor(parent, option, index)
        editor: QWidget
        match field.field_type:
            case FieldType.LARGE_TEXT:
                text_edit = QPlainTextEdit(parent)
                text_edit.setTabChangesFocus(True)
                text_edit.setToolTip(self.tr("Ctrl+Enter saves; Enter starts a new line."))
                editor = text_edit
            case FieldType.NUMBER:
                editor = NumberEdit("", parent)
            case FieldType.MONETARY:
                code, _exponent = index.data(CurrencyRole) or ("", 0)
                editor = NumberEdit(str(code), parent)
            case FieldType.DATE:
                editor = DateEdit(parent)
            case FieldType.SINGLE_OPTION:
                combo = QComboBox(parent)
                combo.addItem("", None)
                for option_text in field.options:
                    combo.addItem(option_text, option_text)
                editor = combo
            case FieldType.MULTIPLE_OPTIONS:
                checklist = QListWidget(parent)
                for option_text in field.options:
                    item = QListWidgetItem(option_text, checklist)
                    item.setFlags(
                        Qt.ItemFlag.ItemIsEnabled
                        | Qt.ItemFlag.ItemIsSelectable
                        | Qt.ItemFlag.ItemIsUserCheckable
                    )
                    item.setCheckState(Qt.CheckState.Unchecked)
                checklist.setToolTip(self.tr("Space ticks an option; Enter saves."))
                editor = checklist
            case FieldType.USER:
                combo = QComboBox(parent)
                combo.addItem(self.tr("Nobody"), None)
                for user_id, name in index.data(UsersRole) or []:
                    combo.addItem(name, user_id)
                editor = combo
            case FieldType.PHONE:
                line = QLineEdit(parent)
                line.setValidator(
                    QRegularExpressionValidator(QRegularExpression(PHONE_PATTERN), line)
                )
                editor = line
            case _:  # text, address
                editor = QLineEdit(parent)
        editor.setAutoFillBackground(True)
        return editor

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, NumberEdit):
            editor.setText(from_number_text(str(value or ""), QLocale()))
        elif isinstance(editor, DateEdit):
            editor.set_value(_qdate(str(value or "")))
        elif isinstance(editor, QComboBox):
            field = index.data(FieldRole)
            is_user = field is not None and field.field_type == "user"
            if is_user and value is not None and editor.findData(value) < 0:
                # a user no longer active: still the value, until someone picks another
                editor.addItem(str(index.data(Qt.ItemDataRole.DisplayRole) or value), value)
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QListWidget):
            chosen = set(value or [])
            for row in range(editor.count()):
                item = editor.item(row)
                checked = item.text() in chosen
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            if editor.count():
                editor.setCurrentRow(0)
        elif isinstance(editor, QPlainTextEdit):
            editor.setPlainText(str(value or ""))
        elif isinstance(editor, QLineEdit):
            editor.setText(str(value or ""))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        value: Any
        if isinstance(editor, NumberEdit):
            value = to_number_text(editor.text(), QLocale())
            if value is None:
                example = QLocale().toString(1234.5, "f", 1)
                self._refused(
                    editor,
                    fill(
                        self.tr("“%1” is not a number. Write it like %2."),
                        editor.text().strip(),
                        example,
                    ),
                )
                return
        elif isinstance(editor, DateEdit):
            editor.interpretText()
            value = editor.value()
        elif isinstance(editor, QComboBox):
            value = editor.currentData()
        elif isinstance(editor, QListWidget):
            value = [
                editor.item(row).text()
                for row in range(editor.count())
                if editor.item(row).checkState() == Qt.CheckState.Checked
            ]
        elif isinstance(editor, QPlainTextEdit):
            value = editor.toPlainText()
        elif isinstance(editor, QLineEdit):
            value = editor.text()
        else:
            super().setModelData(editor, model, index)
            return
        if not model.setData(index, value, Qt.ItemDataRole.EditRole):
            message = getattr(_source(model), "last_error", None)
            if message:  # else nothing changed, or the edit handler told the person itself
                self._refused(editor, str(message))

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> None:
        """Multi-line editors get room for several lines (within the view); others fill the cell."""
        rect = option.rect
        if isinstance(editor, (QPlainTextEdit, QListWidget)):
            line = max(editor.fontMetrics().lineSpacing(), rect.height())
            if isinstance(editor, QListWidget):
                rows = min(max(editor.count(), 1), LIST_ROWS)
                wanted = rows * (editor.sizeHintForRow(0) if editor.count() else line)
            else:
                wanted = LARGE_TEXT_LINES * editor.fontMetrics().lineSpacing()
            wanted += 2 * editor.frameWidth() + 4
            parent = editor.parentWidget()
            room = parent.height() if parent is not None else wanted
            height = max(rect.height(), min(wanted, room))
            top = max(0, min(rect.top(), room - height))
            editor.setGeometry(rect.left(), top, rect.width(), height)
            return
        super().updateEditorGeometry(editor, option, index)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+Enter saves multi-line text (Enter alone starts a new line)."""
        if (
            isinstance(watched, QPlainTextEdit)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.commitData.emit(watched)
            self.closeEditor.emit(watched, QAbstractItemDelegate.EndEditHint.NoHint)
            return True
        return super().eventFilter(watched, event)

    # -- refusals ---------------------------------------------------------------------------

    def _refused(self, editor: QWidget, reason: str) -> None:
        message = fill(self.tr("Not saved: %1"), reason)
        self.last_message = message
        self.error_shown.emit(message)
        # Shown once the editor has closed (closing moves the focus, which hides tooltips).
        anchor = editor.parentWidget() or editor
        where = anchor.mapToGlobal(editor.geometry().bottomLeft()) + QPoint(0, 2)
        QTimer.singleShot(0, anchor, lambda: QToolTip.showText(where, message, anchor))


def _source(model: QAbstractItemModel) -> QAbstractItemModel:
    """The model under any proxies (where an edit's refusal is recorded)."""
    while isinstance(model, QAbstractProxyModel) and model.sourceModel() is not None:
        model = model.sourceModel()
    return model
