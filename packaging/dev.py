"""Set up the development environment by itself, then run the app, the tests or the checks.

    python3.11 packaging/dev.py run [ARGS...]   open the app (on the embedded default database)
    python3.11 packaging/dev.py test [ARGS...]  run the whole test suite headless
    python3.11 packaging/dev.py check           ruff, mypy, import-linter, .ts and forms up to date
    python3.11 packaging/dev.py package         build the PyInstaller bundle and smoke-test it

The virtual environment lives in `.venv/` and is rebuilt whenever pyproject.toml changes.
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
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")


def _say(message: str) -> None:
    print(f"[dev] {message}", flush=True)


def _fingerprint() -> str:
    return hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()


def ensure_venv() -> None:
    """Create `.venv` and install the project with its dev extras, unless already current."""
    if STAMP.exists() and STAMP.read_text() == _fingerprint() and PYTHON.exists():
        return
    if not PYTHON.exists():
        _say(f"creating the virtual environment in {VENV}")
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    _say("installing accountmgr and its development tools (first run takes a minute)")
    pip = [str(PYTHON), "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "install", "--upgrade", "pip"], check=True)
    # setuptools warns about every editable install; the layout here is the intended one.
    quiet = {**os.environ, "PYTHONWARNINGS": "ignore"}
    subprocess.run([*pip, "install", "-e", f"{ROOT}[dev]"], check=True, env=quiet)
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


def main(argv: list[str]) -> int:
    if sys.version_info[:2] != (3, 11):
        print(
            f"accountmgr needs Python 3.11; this is {sys.version.split()[0]}. "
            "Run this script with python3.11.",
            file=sys.stderr,
        )
        return 2
    if not argv or argv[0] not in {"run", "test", "check", "package"}:
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
    return _run(str(PYTHON), "packaging/build.py", *rest, env=_headless_env())


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
