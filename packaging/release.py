"""Make this platform's release files from the built bundle (run packaging/build.py first),
into dist/release/, then check them as a person would get them:

    Linux    accountmgr-VERSION-linux-x86_64.tar.gz: the bundle's folder with a desktop entry
             and its icon; unpacked into a folder with spaces and accents and smoke-run there.
    Windows  accountmgr-VERSION-windows-x64-setup.exe (Inno Setup, packaging/windows/) and
             accountmgr-VERSION-windows-x64-portable.zip; the installer is run silently for
             this user, the installed program smoke-run, then uninstalled.
    macOS    accountmgr-VERSION-macos-ARCH.dmg (dmgbuild, packaging/macos/); the image is
             mounted and the application in it smoke-run. With a signing identity in
             ACCOUNTMGR_CODESIGN_IDENTITY (which the build used to sign the .app with the
             hardened runtime) the image is signed too; with ACCOUNTMGR_NOTARY_PROFILE (a
             `notarytool store-credentials` profile) it is notarized and stapled.

    python packaging/release.py

Exits non-zero with one line on stderr when a step fails.
"""

from __future__ import annotations

import os
import shutil
import sys
import tarfile
import tempfile
import time
import zipfile
from collections.abc import Sequence
from pathlib import Path

from build import (  # packaging/build.py, beside this file
    APP,
    DIST,
    StepError,
    bundle_dir,
    check_program,
    check_smoke_log,
    cli_executable,
    data_folder,
    executable,
    home_env,
    run,
)
from product import (  # packaging/product.py
    APP_ID,
    MUTEX,
    PUBLISHER,
    WINDOWS_APP_ID,
    numeric_version,
    platform_tag,
    version,
)

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
OUT = DIST / "release"
ICONS = ROOT / "build" / "icons"
PROG = "release.py"


def release_name(suffix: str) -> Path:
    return OUT / f"{APP}-{version()}-{platform_tag()}{suffix}"


def _smoke_copy(folder: Path, where: Path) -> None:
    """`--version` and `--smoke` of the programs in `folder` (an unpacked or installed copy),
    as a person whose home is in `where` (the database in the platform's data folder); the
    smoke run's log is read back."""
    env = home_env(where / "home of José Müller")
    check_program(["--version"], f"{APP} ", env, where, program=cli_executable(folder))
    check_program(["--smoke"], "smoke test passed", env, where, program=executable(folder))
    check_smoke_log(data_folder(env) / f"{APP}.log")


def linux() -> list[Path]:
    """The bundle's folder as a tarball, named with the version; a desktop entry and its icon
    at its top, for a menu entry (`install -D` them under ~/.local/share)."""
    tarball = release_name(".tar.gz")
    top = f"{APP}-{version()}"
    with tarfile.open(tarball, "w:gz") as archive:
        archive.add(bundle_dir(), arcname=top)
        archive.add(PACKAGING / "linux" / f"{APP}.desktop", arcname=f"{top}/{APP}.desktop")
        archive.add(ICONS / f"{APP}.png", arcname=f"{top}/{APP}.png")
    with tempfile.TemporaryDirectory(prefix=f"{APP} unpacked José Müller ") as tmp:
        with tarfile.open(tarball) as archive:
            archive.extractall(tmp, filter="tar")
        _smoke_copy(Path(tmp) / top, Path(tmp))
    return [tarball]


def _iscc() -> str:
    found = shutil.which("iscc")
    if found:
        return found
    for folder in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES")):
        if folder and (Path(folder) / "Inno Setup 6" / "ISCC.exe").is_file():
            return str(Path(folder) / "Inno Setup 6" / "ISCC.exe")
    raise StepError("Inno Setup 6 is not installed (choco install innosetup)")


def iss_defines(setup: Path) -> dict[str, str]:
    """What the Inno Setup script is told (its `#ifndef` names), for the installer `setup`."""
    return {
        "AppVersion": version(),
        "NumericVersion": ".".join(map(str, numeric_version())),
        "SourceDir": str(bundle_dir()),
        "OutputDir": str(setup.parent),
        "OutputBase": setup.stem,
        "IconFile": str(ICONS / f"{APP}.ico"),
        "AppId": WINDOWS_APP_ID,
        "AppUserModelId": APP_ID,
        "AppMutex": MUTEX,
        "Publisher": PUBLISHER,
    }


def windows() -> list[Path]:
    """The portable zip, the installer; then the installer run silently, for this user, into
    a folder with spaces and accents, the installed program smoke-run and uninstalled."""
    portable = release_name("-portable.zip")
    with zipfile.ZipFile(portable, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(bundle_dir().rglob("*")):
            archive.write(path, Path(APP) / path.relative_to(bundle_dir()))
    setup = release_name("-setup.exe")
    defines = iss_defines(setup)
    options = [f"/D{name}={value}" for name, value in defines.items()]
    script = PACKAGING / "windows" / f"{APP}.iss"
    if run([_iscc(), "/Q", *options, str(script)]).returncode != 0 or not setup.is_file():
        raise StepError("Inno Setup did not make the installer (output above)")
    with tempfile.TemporaryDirectory(
        prefix=f"{APP} installed José Müller ", ignore_cleanup_errors=True
    ) as tmp:
        folder = Path(tmp) / "Programs" / APP
        silent = ["/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART"]
        if run([str(setup), *silent, f"/DIR={folder}"], timeout=300).returncode != 0:
            raise StepError(f"{setup.name} did not install silently")
        _smoke_copy(folder, Path(tmp))
        uninstaller = folder / "unins000.exe"
        if run([str(uninstaller), *silent], timeout=300).returncode != 0:
            raise StepError("the uninstaller failed")
        # The uninstaller hands its work to a copy of itself and returns at once.
        deadline = time.monotonic() + 120
        while (folder / f"{APP}.exe").exists():
            if time.monotonic() > deadline:
                raise StepError(f"the uninstaller left {folder / f'{APP}.exe'} behind")
            time.sleep(1)
    return [setup, portable]


def dmg_defines(app: Path) -> dict[str, str]:
    """What the disk image's settings are told (`defines` in packaging/macos/dmg_settings.py)."""
    return {"app": str(app), "icon": str(ICONS / f"{APP}.icns")}


def macos() -> list[Path]:
    """The disk image (signed and notarized when the secrets are given), mounted and its
    application smoke-run."""
    app = DIST / f"{APP}.app"  # signed by PyInstaller when the identity was given to the build
    identity = os.environ.get("ACCOUNTMGR_CODESIGN_IDENTITY", "")
    image = release_name(".dmg")
    dmgbuild = [
        sys.executable,
        "-m",
        "dmgbuild",
        "-s",
        str(PACKAGING / "macos" / "dmg_settings.py"),
    ]
    defines = [f"-D{name}={value}" for name, value in dmg_defines(app).items()]
    if run([*dmgbuild, *defines, f"{APP} {version()}", str(image)]).returncode != 0:
        raise StepError("dmgbuild did not make the disk image (output above)")
    if identity:
        if run(["codesign", "--timestamp", "--sign", identity, str(image)]).returncode != 0:
            raise StepError("codesign failed on the disk image")
        profile = os.environ.get("ACCOUNTMGR_NOTARY_PROFILE", "")
        if profile:
            notarize = ["xcrun", "notarytool", "submit", str(image), "--wait"]
            if run([*notarize, "--keychain-profile", profile]).returncode != 0:
                raise StepError("notarization failed (output above)")
            if run(["xcrun", "stapler", "staple", str(image)]).returncode != 0:
                raise StepError("stapling the notarization ticket failed")
    with tempfile.TemporaryDirectory(prefix=f"{APP} mounted José Müller ") as tmp:
        mount = Path(tmp) / "volume"
        attach = ["hdiutil", "attach", str(image), "-nobrowse", "-readonly"]
        if run([*attach, "-mountpoint", str(mount)]).returncode != 0:
            raise StepError("the disk image does not mount")
        try:
            _smoke_copy(mount / f"{APP}.app" / "Contents" / "MacOS", Path(tmp))
        finally:
            run(["hdiutil", "detach", str(mount)])
    return [image]


def main(argv: Sequence[str] | None = None) -> int:
    if argv:
        print((__doc__ or "").strip(), file=sys.stderr)
        return 2
    if not bundle_dir().is_dir():
        print(f"{PROG}: error: no bundle in {bundle_dir()}; run build.py first", file=sys.stderr)
        return 1
    OUT.mkdir(parents=True, exist_ok=True)
    make = {"win32": windows, "darwin": macos}.get(sys.platform, linux)
    try:
        made = make()
    except StepError as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 1
    for path in made:
        print(f"{path}: {path.stat().st_size / 1_000_000:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
