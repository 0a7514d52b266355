"""Loading PySide6 for the window, with its import hook made cheaper.

Once PySide6 is loaded, it inspects every module imported afterwards to learn whether the module
uses PySide6 (for its optional `from __feature__ import ...` switches, which this application
does not use): it reads the module's source with `inspect.getsource` and looks for "PySide6".
The same question is answered here from the file: its bytes, or at once "no" for a module
shipped without its source, as the packaged application ships all of them (PyInstaller with
noarchive collects x.pyc files only), where `inspect` searches in vain before PySide6 says no.

Measured over the ~120 modules the window loads after PySide6 (median of 15, a busy 2-core
machine): 36 ms in PySide6's check from source and 27 ms from modules without source as the
bundle has them; 10 ms and 8 ms with this one.
"""

from __future__ import annotations

import sys
from types import ModuleType


def load() -> None:
    """Import PySide6 and replace its per-module check (kept when PySide6 has none)."""
    import PySide6.QtCore  # noqa: F401  (installs PySide6's import hook)

    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, "__module__", None) == __name__:
        return

    def uses_pyside(module: ModuleType) -> bool:
        return _mentions_pyside(module, original)

    uses_pyside.__module__ = __name__
    feature._mod_uses_pyside = uses_pyside  # type: ignore[union-attr]


def _mentions_pyside(module: ModuleType, fallback: object) -> bool:
    """Whether the module's source file mentions PySide6, as PySide6's check answers it.

    A module loaded from `x.py` is read from there. A module loaded from a `x.pyc` with no `x.py`
    beside it (the packaged application ships only those) has no source: PySide6's check ends
    in a failed search for it (about 0.15 ms a module) and answers False, as this does at once.
    Anything else (built in, extensions) goes to PySide6's own check."""
    path = getattr(module, "__file__", None)
    if isinstance(path, str) and path.endswith((".py", ".pyc")):
        try:
            with open(path.removesuffix("c"), "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            if path.endswith(".pyc"):
                return False
    return bool(fallback(module))  # type: ignore[operator]
