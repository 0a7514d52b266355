"""Loading PySide6 for the window, with its import hook made cheaper.

Once PySide6 is loaded, it inspects every module imported afterwards to learn whether the module
uses PySide6 (for its optional `from __feature__ import ...` switches, which this application
does not use): it reads the module's source with `inspect.getsource` and looks for "PySide6".
That costs about 0.1 ms per module, 6 ms of the window's start. The same question is answered
here by reading the file's bytes.
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
    """Whether the module's source file mentions PySide6; PySide6's own check for modules
    without a plain source file."""
    path = getattr(module, "__file__", None)
    if isinstance(path, str) and path.endswith(".py"):
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            pass
    return bool(fallback(module))  # type: ignore[operator]
