"""Build the onedir bundle (dist/accountmgr/) with PyInstaller, then check the built program
headless, as a person whose folder names have spaces and accents: `accountmgr --version`;
`accountmgr --smoke` on the offscreen Qt platform in the platform's data folder (its log says
the translations and icons were found), on a path longer than 260 characters and from a
read-only copy of the bundle (Linux, as root); an account's page written as a PDF; the
Overview's charts drawn; an Excel export imported again.

    python packaging/build.py               build, then check
    python packaging/build.py --smoke-only  only check an existing dist/accountmgr/

Run it with the interpreter of the environment to bundle (PyInstaller runs as
`sys.executable -m PyInstaller`). Exits non-zero with one line on stderr when a step fails.
"""

from __future__ import annotations

import argparse
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "accountmgr.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build"
APP = "accountmgr"
TIMEOUT_S = 120
PROG = "build.py"
# On Windows the program is of the GUI subsystem, with no stdout: its smoke run is checked by
# its exit code and its log, and the command line is checked through accountmgr-cli.exe.
WINDOWED_WITHOUT_OUTPUT = sys.platform == "win32"


class StepError(Exception):
    """A step failed; the message is the one line to show."""


def bundle_dir() -> Path:
    return DIST / APP


def executable(folder: Path | None = None) -> Path:
    """The program (the window) in the bundle's folder, or in `folder` (an installed copy)."""
    return (folder or bundle_dir()) / (f"{APP}.exe" if sys.platform == "win32" else APP)


def cli_executable(folder: Path | None = None) -> Path:
    """The program for the command line: on Windows its console twin, accountmgr-cli.exe."""
    if sys.platform == "win32":
        return (folder or bundle_dir()) / f"{APP}-cli.exe"
    return executable(folder)


def _show(cmd: Sequence[str]) -> str:
    return subprocess.list2cmdline(cmd) if sys.platform == "win32" else shlex.join(cmd)


def _text(output: str | bytes | None) -> str:
    if isinstance(output, bytes):
        return output.decode(errors="replace")
    return output or ""


def _print_output(stdout: str, stderr: str) -> None:
    for name, text in (("stdout", stdout), ("stderr", stderr)):
        for line in text.rstrip().splitlines():
            print(f"  {name}| {line}")


def run(
    cmd: Sequence[str],
    *,
    env: Mapping[str, str] | None = None,
    cwd: Path | None = None,
    capture: bool = False,
    timeout: float | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run `cmd` (echoed first); output is captured and printed indented when `capture`."""
    print(f"$ {_show(cmd)}", flush=True)
    try:
        result = subprocess.run(
            cmd,
            env=env,
            cwd=cwd,
            stdin=subprocess.DEVNULL,
            capture_output=capture,
            text=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        _print_output(_text(exc.stdout), _text(exc.stderr))
        raise StepError(f"{_show(cmd)} timed out after {timeout:.0f} s") from exc
    except OSError as exc:
        raise StepError(f"could not run {cmd[0]}: {exc}") from exc
    if capture:
        _print_output(result.stdout, result.stderr)
    return result


def build() -> None:
    cmd = [
        sys.executable,
        "-m",
        "PyInstaller",
        str(SPEC),
        "--noconfirm",
        "--clean",
        "--distpath",
        str(DIST),
        "--workpath",
        str(WORK),
    ]
    started = time.perf_counter()
    result = run(cmd)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise StepError(f"PyInstaller failed with exit code {result.returncode} (output above)")
    print(f"PyInstaller finished in {elapsed:.1f} s; warnings: {WORK / APP / f'warn-{APP}.txt'}")


def bundle_size() -> tuple[int, int]:
    """(bytes, files) under dist/accountmgr/, symlinks counted as links."""
    total = files = 0
    for folder, _dirs, names in os.walk(bundle_dir()):
        for name in names:
            total += (Path(folder) / name).lstat().st_size
            files += 1
    return total, files


def check_program(
    args: Sequence[str],
    expected: str,
    env: Mapping[str, str],
    cwd: Path,
    *,
    program: Path | str | None = None,
) -> None:
    """Run `program` (by default the bundle's command-line program) with `args`; it must exit
    0 and print `expected`, unless it is a Windows program without output."""
    chosen = Path(program) if program is not None else cli_executable()
    cmd = [str(chosen), *args]
    result = run(cmd, env=env, cwd=cwd, capture=True, timeout=TIMEOUT_S)
    if result.returncode != 0:
        raise StepError(f"{_show(cmd)} exited with code {result.returncode}")
    silent = WINDOWED_WITHOUT_OUTPUT and chosen.name == f"{APP}.exe"
    if not silent and expected not in result.stdout:
        raise StepError(f"{_show(cmd)} exited 0 but did not print {expected!r}")


def home_env(home: Path) -> dict[str, str]:
    """The environment of a person whose home folder is `home`: the platform's data, config,
    log and cache folders are under it (XDG on Linux, HOME on macOS, platformdirs' override of
    %LOCALAPPDATA% on Windows), headless."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"  # headless: no display needed
    env.pop("ACCOUNTMGR_DB", None)
    env["HOME"] = str(home)
    for name, folder in (
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CONFIG_HOME", ".config"),  # QSettings stay out of ~/.config
        ("XDG_STATE_HOME", ".local/state"),
        ("XDG_CACHE_HOME", ".cache"),
    ):
        env[name] = str(home / folder)
    env["WIN_PD_OVERRIDE_LOCAL_APPDATA"] = str(home / "AppData" / "Local")
    return env


def data_folder(env: Mapping[str, str]) -> Path:
    """The platform's data folder for accountmgr in `env`, as the application finds it."""
    code = "from accountmgr.store.folders import data_dir; print(data_dir())"
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    return Path(result.stdout.strip())


def check_smoke_log(log_path: Path) -> None:
    """The smoke run wrote its findings in the log (the only output a windowed program on
    Windows has): the database, the languages, the icons."""
    try:
        text = log_path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise StepError(f"the smoke run wrote no log at {log_path}: {exc.strerror}") from exc
    for expected in ("smoke: database ", "smoke: translations ", "smoke: icons "):
        if expected not in text:
            raise StepError(f"the log {log_path} lacks {expected.strip()!r}")
    print(
        f"  log| {log_path}: "
        + "; ".join(line.split("smoke: ", 1)[1] for line in text.splitlines() if "smoke: " in line)
    )


def long_path(folder: Path) -> Path:
    """A database path of more than 260 characters below `folder` (Windows' old MAX_PATH)."""
    deep = folder
    while len(str(deep)) < 240:
        deep = deep / "a folder of its own, José"
    return deep / "a database with a long name, Müller.db"


def long_paths_enabled() -> bool:
    """Whether paths over 260 characters work: everywhere but on a Windows whose
    LongPathsEnabled setting is off (the program's manifest asks for them; Windows decides)."""
    if sys.platform != "win32":
        return True
    import winreg

    try:
        with winreg.OpenKey(
            winreg.HKEY_LOCAL_MACHINE, r"SYSTEM\CurrentControlSet\Control\FileSystem"
        ) as key:
            return bool(winreg.QueryValueEx(key, "LongPathsEnabled")[0])
    except OSError:
        return False


def read_only_command(args: Sequence[str]) -> list[str] | None:
    """`args` run with the bundle's folder mounted read-only (Linux, as root, where the kernel
    lets this process make a mount namespace); None where that cannot be done here."""
    unshare = shutil.which("unshare")
    if not sys.platform.startswith("linux") or os.geteuid() != 0 or unshare is None:
        return None
    probe = subprocess.run([unshare, "-m", "true"], capture_output=True, check=False)
    if probe.returncode != 0:
        return None
    folder = shlex.quote(str(bundle_dir()))
    script = f"mount --bind -o ro {folder} {folder} && exec {shlex.join(args)}"
    return [unshare, "-m", "sh", "-c", script]


def smoke() -> None:
    program = executable()
    for built in {program, cli_executable()}:
        if not built.is_file():
            raise StepError(f"no built program at {built}; build it (without --smoke-only)")
    resources = bundle_dir() / "_internal" / "accountmgr" / "resources"
    for folder in ("icons", "translations"):
        if not any((resources / folder).glob("*.*")):
            raise StepError(f"{resources / folder} is empty or missing: the bundle lacks them")
    size, files = bundle_size()
    print(f"Bundle {bundle_dir()}: {size / 1_000_000:.1f} MB in {files} files")

    # A person whose folders have spaces and letters beyond ASCII in their names.
    # (A file another process still holds, on Windows, must not fail the check afterwards.)
    with tempfile.TemporaryDirectory(
        prefix=f"{APP} smoke José Müller ", ignore_cleanup_errors=True
    ) as tmp:
        tmp_dir = Path(tmp)
        env = home_env(tmp_dir / "home of José Müller")
        check_program(["--version"], f"{APP} ", env, tmp_dir)
        # No --db: the database in the platform's data folder, made on this first start.
        check_program(["--smoke"], "smoke test passed", env, tmp_dir, program=program)
        data = data_folder(env)
        if not (data / f"{APP}.db").is_file():
            raise StepError(f"the smoke run made no database in the data folder {data}")
        check_smoke_log(data / f"{APP}.log")
        if long_paths_enabled():
            deep = long_path(tmp_dir)
            deep.parent.mkdir(parents=True)
            passed = "smoke test passed"
            check_program(["--smoke", "--db", str(deep)], passed, env, tmp_dir, program=program)
            print(f"  a database at a path of {len(str(deep))} characters opened")
        else:
            print("  (Windows' long paths are off on this machine: the long path is skipped)")
        read_only = read_only_command(
            [str(program), "--smoke", "--db", str(tmp_dir / "read-only install.db")]
        )
        if read_only is None:
            print("  (the run from a read-only folder needs Linux, root and unshare; skipped)")
        else:
            check_program(read_only[1:], "smoke test passed", env, tmp_dir, program=read_only[0])
            print("  the bundle ran from a read-only folder")
        # Excel files out and back in: modules the bundle needs but only imports by name.
        demo = str(tmp_dir / "data.db")
        check_program(
            ["--db", demo, "demo", "--orgs", "5"], "Created 5 organizations", env, tmp_dir
        )
        # An account's page as a PDF: the bundle's fonts, QtGui's PDF writer and translations.
        page = tmp_dir / "account.pdf"
        check_program(
            ["--db", demo, "account-pdf", "1", "--out", str(page)],
            "Wrote the summary",
            env,
            tmp_dir,
        )
        if not page.read_bytes().startswith(b"%PDF"):
            raise StepError(f"{page} is not a PDF")
        # The Overview's charts: QtCharts and the libraries it links, in the bundle.
        shots = tmp_dir / "screenshots"
        check_program(
            ["--db", demo, "screenshots", "--out", str(shots)], "overview.png", env, tmp_dir
        )
        if not (shots / "overview.png").is_file():
            raise StepError(f"no picture of the Overview in {shots}")
        sheet = str(tmp_dir / "people.xlsx")
        check_program(
            ["--db", demo, "export", "--kind", "people", "--out", sheet], "Wrote ", env, tmp_dir
        )
        check_program(
            ["--db", str(tmp_dir / "new.db"), "import", "--kind", "people", sheet],
            "Created ",
            env,
            tmp_dir,
        )
    print(f"Smoke check passed: {program}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog=PROG, description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument(
        "--smoke-only", action="store_true", help="skip the build; check dist/accountmgr/ only"
    )
    args = parser.parse_args(argv)
    try:
        if not args.smoke_only:
            build()
        smoke()
    except StepError as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"{PROG}: error: interrupted", file=sys.stderr)
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main())
