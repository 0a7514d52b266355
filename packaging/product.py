"""What the packaged application says about itself, in one place: the PyInstaller spec (the
Windows file version, the macOS Info.plist) and packaging/release.py (the installers' names,
and through it the Inno Setup script and the disk image) take their names and version from
here. The version is the package's own, `accountmgr.__version__`; the application's id and the
Windows mutex are the running program's own (accountmgr/desktop.py).
"""

from __future__ import annotations

import platform
import re
import sys
from pathlib import Path

from accountmgr import __version__
from accountmgr.desktop import APP_ID, WINDOWS_MUTEX

__all__ = ["APP_ID", "BUNDLE_ID", "MUTEX", "NAME", "PUBLISHER", "WINDOWS_APP_ID"]

NAME = "accountmgr"  # the program, its folder, the Start menu entry and the .app
DESCRIPTION = "Account management after the sale"
PUBLISHER = "accountmgr"
COPYRIGHT = "Copyright (C) 2026 accountmgr"
BUNDLE_ID = APP_ID  # macOS; the Windows AppUserModelID is the same
# The Inno Setup installer's own id: it finds an earlier install to update or remove by it.
# Never change it once a release is out.
WINDOWS_APP_ID = "{6E7C0C52-3F0B-4E55-9D0B-0B8E8F4A2C71}"
MUTEX = WINDOWS_MUTEX  # held while the program runs; the installer asks to close it
# PySide6 6.11's macOS wheels are built for macOS 13 and later.
MACOS_MINIMUM = "13.0"


def version() -> str:
    return __version__


def numeric_version(text: str | None = None) -> tuple[int, int, int, int]:
    """Four numbers, as Windows' file version and Info.plist's CFBundleVersion want them:
    "1.2.3" -> (1, 2, 3, 0); a suffix such as "rc1" or ".dev2" is left out."""
    match = re.match(r"(\d+)(?:\.(\d+))?(?:\.(\d+))?", text or version())
    if match is None:
        raise ValueError(f"{text!r} does not start with a version number")
    major, minor, patch = (int(part or 0) for part in match.groups())
    return (major, minor, patch, 0)


def platform_tag() -> str:
    """windows-x64, macos-arm64, macos-x86_64, linux-x86_64: the installers' name suffix."""
    machine = platform.machine().lower()
    machine = {"amd64": "x86_64", "aarch64": "arm64"}.get(machine, machine)
    if sys.platform == "win32":
        return "windows-x64" if machine == "x86_64" else f"windows-{machine}"
    if sys.platform == "darwin":
        return f"macos-{machine}"
    return f"linux-{machine}"


def info_plist() -> dict[str, object]:
    """What the .app's Info.plist says beyond PyInstaller's defaults."""
    return {
        "CFBundleName": NAME,
        "CFBundleDisplayName": NAME,
        "CFBundleShortVersionString": version(),
        "CFBundleVersion": ".".join(map(str, numeric_version()[:3])),
        "CFBundleDevelopmentRegion": "en",
        # The languages the application speaks: the system's menus (Services, the window
        # menu Qt adds) then speak them too.
        "CFBundleLocalizations": ["en", "fr", "de", "es", "it", "pt_BR"],
        "LSApplicationCategoryType": "public.app-category.business",
        "LSMinimumSystemVersion": MACOS_MINIMUM,
        "NSHighResolutionCapable": True,
        # Follow the system's light or dark appearance (Qt's macOS style draws both).
        "NSRequiresAquaSystemAppearance": False,
        "NSHumanReadableCopyright": COPYRIGHT,
    }


def windows_version_text() -> str:
    """The Windows file version resource (Explorer's Properties ▸ Details) in the text form
    PyInstaller reads (`EXE(version=FILE)`, evaluated with its versioninfo classes on Windows,
    whose module imports Windows' own APIs and so is not imported here)."""
    numbers = numeric_version()
    strings = {
        "CompanyName": PUBLISHER,
        "FileDescription": DESCRIPTION,
        "FileVersion": version(),
        "InternalName": NAME,
        "LegalCopyright": COPYRIGHT,
        "OriginalFilename": f"{NAME}.exe",
        "ProductName": NAME,
        "ProductVersion": version(),
    }
    structs = ",\n".join(
        f"          StringStruct({key!r}, {value!r})" for key, value in strings.items()
    )
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers!r}, prodvers={numbers!r}, mask=0x3F, flags=0x0,
                    OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([
      StringTable('040904B0', [
{structs}
      ])
    ]),
    VarFileInfo([VarStruct('Translation', [0x0409, 1200])])
  ]
)
"""


def write_windows_version_file(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(windows_version_text(), encoding="utf-8")
    return path
