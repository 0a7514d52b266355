"""Set up the development environment by itself, then run the app, the tests or the checks.

    python3.11 packaging/dev.py run [ARGS...]   open the app (on the embedded default database)
    python3.11 packaging/dev.py test [ARGS...]  run the whole test suite headless
    python3.11 packaging/dev.py check           ruff, mypy, import-linter, .ts and forms up to date
    python3.11 packaging/dev.py package         build the PyInstaller bundle and smoke-test it
    python3.11 packaging/dev.py release         this platform's installer from that bundle,
                                                installed and smoke-run (packaging/release.py)
    python3.11 packaging/dev.py lock            write packaging/requirements.lock anew

The virtual environment lives in `.venv/`. It is installed from packaging/requirements.lock,
every file checked against its hash, and brought up to date whenever that file or
pyproject.toml changes. pyproject.toml keeps the ranges a `pip install .` accepts; the lock
file pins the versions every set-up here, CI and the release workflow install, on Windows,
macOS and Linux alike (`lock` writes it from pyproject.toml with uv, for every platform).
Only the standard library is used here, so a fresh clone needs nothing but Python 3.11.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
STAMP = VENV / ".accountmgr-installed"
LOCK = ROOT / "packaging" / "requirements.lock"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")


def _say(message: str) -> None:
    print(f"[dev] {message}", flush=True)


def _fingerprint() -> str:
    digest = hashlib.sha256()
    for path in (ROOT / "pyproject.toml", LOCK):
        digest.update(path.read_bytes())
    return digest.hexdigest()


def ensure_venv() -> None:
    """Create `.venv` and install the project with its dev extras, unless already current."""
    if STAMP.exists() and STAMP.read_text() == _fingerprint() and PYTHON.exists():
        return
    if not PYTHON.exists():
        _say(f"creating the virtual environment in {VENV}")
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    _say("installing accountmgr and its development tools (first run takes a minute)")
    pip = [str(PYTHON), "-m", "pip", "--disable-pip-version-check", "-q"]
    # Every file checked against the lock's hashes; then the project itself, which has no
    # single file to hash, on its own and built with the locked setuptools.
    subprocess.run([*pip, "install", "--require-hashes", "-r", str(LOCK)], check=True)
    # setuptools warns about every editable install; the layout here is the intended one.
    quiet = {**os.environ, "PYTHONWARNINGS": "ignore"}
    editable = ["install", "--no-deps", "--no-build-isolation", "-e", str(ROOT)]
    subprocess.run([*pip, *editable], check=True, env=quiet)
    STAMP.write_text(_fingerprint())


def _run(*args: str, env: dict[str, str] | None = None) -> int:
    return subprocess.run(list(args), cwd=ROOT, env=env, check=False).returncode


def _headless_env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def check() -> int:
    """The quality gates CI runs besides the tests."""
    steps = [
        ("ruff check", [str(PYTHON), "-m", "ruff", "check", "accountmgr", "tests", "packaging"]),
        (
            "ruff format --check",
            [str(PYTHON), "-m", "ruff", "format", "--check", "accountmgr", "tests", "packaging"],
        ),
        ("mypy", [str(PYTHON), "-m", "mypy", "accountmgr", "packaging"]),
        ("import-linter", [str(BIN / "lint-imports")]),
        ("translations hold every string", [str(PYTHON), "packaging/translations.py", "--check"]),
        ("forms up to date", [str(PYTHON), "packaging/forms.py", "--check"]),
        # The release workflow (with shellcheck on its scripts where it is installed).
        ("actionlint", [str(BIN / "actionlint"), ".github/workflows/release.yml"]),
    ]
    failed = []
    for name, command in steps:
        _say(name)
        if _run(*command, env=_headless_env()) != 0:
            failed.append(name)
    if failed:
        _say(f"failed: {', '.join(failed)}")
        return 1
    _say("all checks passed")
    return 0


def _postgresql() -> bool:
    """Whether PostgreSQL's server programs are here (tests/postgres_server.py starts one)."""
    folders = [*Path("/usr/lib/postgresql").glob("*/bin"), *map(Path, os.get_exec_path())]
    return any((folder / "initdb").is_file() for folder in folders)


def test(rest: list[str]) -> int:
    """Every test, the slow ones too (a plain `pytest` leaves them out while working), on an
    SQLite file; then, where PostgreSQL is installed, the same tests on a team database (those
    about an SQLite file's own machinery are skipped there)."""
    env = _headless_env()
    code = _run(str(PYTHON), "-m", "pytest", "--slow", *rest, env=env)
    if rest or code != 0:
        return code
    if not _postgresql():
        _say("PostgreSQL is not installed here: the team-database half of the tests is left out")
        return code
    _say("the same tests on a team database (a throw-away PostgreSQL server)")
    return _run(str(PYTHON), "-m", "pytest", "--slow", "--team", "-p", "no:cacheprovider", env=env)


def lock() -> int:
    """Write the lock file from pyproject.toml's dependencies and its dev extras: one version of
    each, for Python 3.11 on every platform (markers say which platform needs what), with the
    hashes of all of that version's files."""
    return _run(
        *(str(PYTHON), "-m", "uv", "pip", "compile", "pyproject.toml", "--extra", "dev"),
        *("--universal", "--generate-hashes", "--python-version", "3.11", "--no-strip-extras"),
        *("--custom-compile-command", "python3.11 packaging/dev.py lock", "-o", str(LOCK)),
    )


def main(argv: list[str]) -> int:
    if sys.version_info[:2] != (3, 11):
        print(
            f"accountmgr needs Python 3.11; this is {sys.version.split()[0]}. "
            "Run this script with python3.11.",
            file=sys.stderr,
        )
        return 2
    if not argv or argv[0] not in {"run", "test", "check", "package", "release", "lock"}:
        print(__doc__, file=sys.stderr)
        return 2
    command, rest = argv[0], argv[1:]
    ensure_venv()
    if command == "run":
        return _run(str(PYTHON), "-m", "accountmgr", *rest)
    if command == "test":
        return test(rest)
    if command == "check":
        return check()
    if command == "lock":
        return lock()
    script = "packaging/build.py" if command == "package" else "packaging/release.py"
    return _run(str(PYTHON), script, *rest, env=_headless_env())


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
