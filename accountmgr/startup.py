"""The garbage collector while the application starts.

Nearly everything made while the modules load and the window is built lives as long as the
process, so a collection then walks it all and frees nothing. The collector is therefore off
from the entry point (`collector_paused`) until a command is about to run or the window has
painted (`resume_collector`); the window also freezes what start-up made, so that the
collections of the session never walk it again. Without this, starting the window to the list
painted took 50 to 90 ms more processor time, from source and packaged alike (scale S,
medians of 21 and 25 starts on a busy 2-core machine).
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """No collections until `resume_collector`; the collector is on again when this ends,
    however it ends (a usage error, a window that could not start)."""
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def resume_collector(*, freeze: bool = False) -> None:
    """Start-up is over: collect as usual from here. `freeze` first moves everything alive into
    a generation no collection looks at again (what the window's start made lives as long as
    the window)."""
    if freeze:
        gc.freeze()
    gc.enable()


def standard_streams() -> None:
    """Make stdout and stderr safe to write on every platform, before anything prints.

    A Windows program of the GUI subsystem (the packaged `accountmgr.exe`) starts with neither:
    `print` then writes nowhere, but `sys.stdout.write` would fail, so they become the null
    device. Where output goes to a file or a pipe on Windows, Python writes the ANSI code page
    (cp1252), which has no "Ł" of "Łódź" for `accounts --json`: there it is UTF-8, as on
    macOS and Linux.
    """
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        if stream is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115
        elif sys.platform == "win32" and not stream.isatty():
            reconfigure = getattr(stream, "reconfigure", None)
            if reconfigure is not None:
                reconfigure(encoding="utf-8")
