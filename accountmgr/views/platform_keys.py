"""Keyboard shortcuts that differ on macOS.

Qt already writes Ctrl as Command there (Ctrl+D is ⌘D), so most shortcuts need nothing. These
do:
- Alt+digit: Option+digit types a character on a Mac keyboard (¡ ™ £ ¢ ∞), so the board's
  Schedule for… shortcuts are Command+Option+digit there (⌘⌥1 … ⌘⌥5);
- Delete: a Mac keyboard's delete key is Backspace; the Finder's "move to the bin" is ⌘⌫,
  offered beside the forward delete (fn+delete);
- the arrow keys carry the keypad modifier on macOS, so "an arrow without modifiers" must
  leave that modifier out.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence

MACOS = sys.platform == "darwin"


def schedule_shortcut(number: int, *, macos: bool = MACOS) -> QKeySequence:
    """The board's Schedule for… shortcut of column `number` (1 to 5)."""
    return QKeySequence(f"Ctrl+Alt+{number}" if macos else f"Alt+{number}")


def delete_shortcuts(*, macos: bool = MACOS) -> list[QKeySequence]:
    """Edit ▸ Delete…: the platform's Delete, and ⌘⌫ on macOS."""
    keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Delete)
    return [*keys, QKeySequence("Ctrl+Backspace")] if macos else keys


def unmodified(event: QKeyEvent) -> bool:
    """No modifier held: Shift, Ctrl, Alt, Meta (the keypad's mark on arrows does not count)."""
    return not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
