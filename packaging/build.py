"""Build the onedir bundle (dist/accountmgr/) with PyInstaller, then check the built program
headless: `accountmgr --version`, `accountmgr --smoke` on the offscreen Qt platform, and an
Excel export imported again.

    python packaging/build.py               build, then check
    python packaging/build.py --smoke-only  only check an existing dist/accountmgr/

Run it with the interpreter of the environment to bundle (PyInstaller runs as
`sys.executable -m PyInstaller`). Exits non-zero with one line on stderr when a step fails.
"""

from __future__ import annotations

import argparse
import os
import shlex
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
# The spec builds a console program only on Linux; elsewhere stdout may be gone (Windows
# GUI subsystem), so there only the exit code counts.
EXPECT_OUTPUT = sys.platform.startswith("linux")


class StepError(Exception):
    """A step failed; the message is the one line to show."""


def bundle_dir() -> Path:
    return DIST / APP


def executable() -> Path:
    return bundle_dir() / (f"{APP}.exe" if sys.platform == "win32" else APP)


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


def check_program(args: Sequence[str], expected: str, env: Mapping[str, str], cwd: Path) -> None:
    """Run the built program with `args`; it must exit 0 and (where it can) print `expected`."""
    cmd = [str(executable()), *args]
    result = run(cmd, env=env, cwd=cwd, capture=True, timeout=TIMEOUT_S)
    if result.returncode != 0:
        raise StepError(f"{_show(cmd)} exited with code {result.returncode}")
    if EXPECT_OUTPUT and expected not in result.stdout:
        raise StepError(f"{_show(cmd)} exited 0 but did not print {expected!r}")


def smoke() -> None:
    program = executable()
    if not program.is_file():
        raise StepError(f"no built program at {program}; build it first (without --smoke-only)")
    resources = bundle_dir() / "_internal" / "accountmgr" / "resources"
    for folder in ("icons", "translations"):
        if not any((resources / folder).glob("*.*")):
            raise StepError(f"{resources / folder} is empty or missing: the bundle lacks them")
    size, files = bundle_size()
    print(f"Bundle {bundle_dir()}: {size / 1_000_000:.1f} MB in {files} files")

    with tempfile.TemporaryDirectory(prefix=f"{APP}-smoke-") as tmp:
        tmp_dir = Path(tmp)
        env = dict(os.environ)
        env["QT_QPA_PLATFORM"] = "offscreen"  # headless: no display needed
        env["XDG_CONFIG_HOME"] = str(tmp_dir / "config")  # QSettings stay out of ~/.config
        env.pop("ACCOUNTMGR_DB", None)
        check_program(["--version"], f"{APP} ", env, tmp_dir)
        check_program(
            ["--smoke", "--db", str(tmp_dir / "smoke.db")], "smoke test passed", env, tmp_dir
        )
        # Excel files out and back in: modules the bundle needs but only imports by name.
        data = str(tmp_dir / "data.db")
        check_program(
            ["--db", data, "demo", "--orgs", "5"], "Created 5 organizations", env, tmp_dir
        )
        sheet = str(tmp_dir / "people.xlsx")
        check_program(
            ["--db", data, "export", "--kind", "people", "--out", sheet], "Wrote ", env, tmp_dir
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
