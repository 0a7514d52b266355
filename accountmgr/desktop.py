"""What the window does to fit in on each desktop platform, before Qt shows anything.

Windows:
- the process takes the application's AppUserModelID, so the taskbar groups its windows under
  the Start menu entry the installer made (and a pinned icon starts this program, not
  Python);
- it holds a named mutex while it runs: the installer and the uninstaller (Inno Setup's
  AppMutex, packaging/windows/accountmgr.iss) see it and ask to close the application first,
  instead of replacing its files under it.

Elsewhere there is nothing to do: on macOS the .app's Info.plist says the rest (Retina, dark
mode, the minimum version; packaging/product.py), and on Linux the desktop entry does.
Only the standard library is used (ctypes), so that the packaging scripts can read the names.
"""

from __future__ import annotations

import contextlib
import sys
from typing import Any

# The installers and the macOS bundle use the same names (packaging/product.py reads them).
APP_ID = "org.accountmgr.accountmgr"
WINDOWS_MUTEX = "accountmgr-running"

_held: list[Any] = []  # the mutex's handle, kept for the life of the process


def prepare() -> None:
    """Do what the platform needs before the first window (nothing outside Windows). A step
    that fails is skipped: none of them is worth not starting for."""
    if sys.platform != "win32":
        return
    import ctypes

    windll = getattr(ctypes, "windll", None)
    if windll is None:
        return
    with contextlib.suppress(AttributeError, OSError):
        windll.shell32.SetCurrentProcessExplicitAppUserModelID(APP_ID)
    try:
        handle = windll.kernel32.CreateMutexW(None, False, WINDOWS_MUTEX)
    except (AttributeError, OSError):
        return
    if handle:
        _held.append(handle)  # released by Windows when the process ends
