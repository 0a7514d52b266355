"""The release workflow, the PyInstaller spec and the scripts of packaging/ agree: every job of
.github/workflows/release.yml sets up from the lock file, tests, builds, smoke-runs what it
built and what it made of it, and uploads that; the installers are told every name they ask
for; the icons come from the window's SVG; the lock file pins what pyproject.toml pins.

What can only run on Windows or macOS (Inno Setup, dmgbuild, codesign) runs in that workflow;
here its inputs are checked."""

from __future__ import annotations

import ast
import plistlib
import re
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

import accountmgr
from accountmgr import desktop
from accountmgr.resources import resource_path

ROOT = Path(accountmgr.__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"


@pytest.fixture(scope="module")
def packaging() -> Iterator[dict[str, ModuleType]]:
    """packaging/'s scripts as modules (they import each other by name, as when run)."""
    sys.path.insert(0, str(PACKAGING))
    try:
        import build
        import dev
        import icons
        import product
        import release

        yield {"build": build, "dev": dev, "icons": icons, "product": product, "release": release}
    finally:
        sys.path.remove(str(PACKAGING))
        for name in ("build", "dev", "icons", "product", "release"):
            sys.modules.pop(name, None)


@pytest.fixture(scope="module")
def workflow() -> dict[Any, Any]:
    loaded: dict[Any, Any] = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    return loaded


def _commands(job: dict[str, Any]) -> list[str]:
    return [step["run"].strip() for step in job["steps"] if "run" in step]


def _uses(job: dict[str, Any], action: str) -> dict[str, Any]:
    [step] = [step for step in job["steps"] if step.get("uses", "").startswith(action + "@")]
    return step


def test_the_workflow_builds_on_windows_both_kinds_of_mac_and_linux(workflow: dict) -> None:
    runners = {entry["os"] for entry in workflow["jobs"]["build"]["strategy"]["matrix"]["include"]}
    assert "windows-latest" in runners
    assert "macos-latest" in runners  # Apple silicon
    assert any(re.fullmatch(r"macos-\d+-intel", runner) for runner in runners)
    assert "ubuntu-latest" in runners


def test_every_job_sets_up_from_the_lock_tests_builds_smoke_runs_and_uploads(
    workflow: dict, packaging: dict[str, ModuleType]
) -> None:
    job = workflow["jobs"]["build"]
    python = _uses(job, "actions/setup-python")["with"]
    requires = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert f">={python['python-version']}" in requires["requires-python"]
    assert python["cache-dependency-path"] == "packaging/requirements.lock"
    dev_steps = [c.split()[-1] for c in _commands(job) if c.startswith("python packaging/dev.py")]
    # The set-up (from the lock) comes with the first; a release is made of the tested bundle.
    assert dev_steps == ["check", "test", "package", "release"]
    assert job["env"]["QT_QPA_PLATFORM"] == "offscreen"
    upload = _uses(job, "actions/upload-artifact")["with"]
    made = packaging["release"].OUT.relative_to(ROOT).as_posix()
    assert upload["path"] == f"{made}/*"
    assert upload["if-no-files-found"] == "error"


def test_the_commands_the_workflow_runs_smoke_run_what_they_build(
    packaging: dict[str, ModuleType], monkeypatch: pytest.MonkeyPatch
) -> None:
    dev, build, _release = packaging["dev"], packaging["build"], packaging["release"]
    ran: list[tuple[str, ...]] = []
    monkeypatch.setattr(dev, "ensure_venv", lambda: None)
    monkeypatch.setattr(dev, "_run", lambda *args, env=None: ran.append(args) or 0)
    assert dev.main(["package"]) == 0
    assert dev.main(["release"]) == 0
    assert [args[1] for args in ran] == ["packaging/build.py", "packaging/release.py"]

    steps: list[str] = []
    monkeypatch.setattr(build, "build", lambda: steps.append("build"))
    monkeypatch.setattr(build, "smoke", lambda: steps.append("smoke"))
    assert build.main([]) == 0
    assert steps == ["build", "smoke"]

    # Each platform's installer is installed, mounted or unpacked, then its programs run.
    tree = ast.parse((PACKAGING / "release.py").read_text(encoding="utf-8"))
    functions = {node.name: node for node in tree.body if isinstance(node, ast.FunctionDef)}
    for platform in ("linux", "windows", "macos"):
        called = {
            node.func.id
            for node in ast.walk(functions[platform])
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
        }
        assert "_smoke_copy" in called, platform


def test_the_smoke_of_a_copy_runs_its_version_and_smoke_and_reads_its_log(
    packaging: dict[str, ModuleType], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    release = packaging["release"]
    calls: list[tuple[list[str], str]] = []
    monkeypatch.setattr(
        release,
        "check_program",
        lambda args, expected, env, cwd, program: calls.append((args, Path(program).name)),
    )
    logs: list[Path] = []
    monkeypatch.setattr(release, "check_smoke_log", logs.append)
    release._smoke_copy(tmp_path / "accountmgr", tmp_path)
    cli = "accountmgr-cli.exe" if sys.platform == "win32" else "accountmgr"
    window = "accountmgr.exe" if sys.platform == "win32" else "accountmgr"
    assert calls == [(["--version"], cli), (["--smoke"], window)]
    assert logs == [
        release.data_folder(release.home_env(tmp_path / "home of José Müller")) / "accountmgr.log"
    ]


def test_the_release_job_attaches_what_the_builds_uploaded_on_a_tag(workflow: dict) -> None:
    job = workflow["jobs"]["release"]
    assert job["needs"] == "build"
    assert job["if"] == "startsWith(github.ref, 'refs/tags/v')"
    assert job["permissions"] == {"contents": "write"}
    assert workflow["permissions"] == {"contents": "read"}  # nothing else may write
    download = _uses(job, "actions/download-artifact")["with"]
    uploaded = _uses(workflow["jobs"]["build"], "actions/upload-artifact")["with"]["name"]
    assert uploaded.startswith(download["pattern"].removesuffix("*"))
    assert download["merge-multiple"] is True
    [command] = _commands(job)
    assert command.startswith('gh release create "$TAG" release/*')


def test_macos_signing_runs_only_when_its_secrets_are_set(workflow: dict) -> None:
    job = workflow["jobs"]["build"]
    [signing] = [step for step in job["steps"] if "security import" in step.get("run", "")]
    assert "env.HAVE_MACOS_CERTIFICATE == 'true'" in signing["if"]
    assert job["env"]["HAVE_MACOS_CERTIFICATE"] == "${{ secrets.MACOS_CERTIFICATE != '' }}"
    assert job["env"]["ACCOUNTMGR_CODESIGN_IDENTITY"] == "${{ secrets.MACOS_SIGNING_IDENTITY }}"
    # The keychain is ready before the build, which signs the .app with it.
    runs = [step.get("run", "") for step in job["steps"]]
    assert runs.index(signing["run"]) < runs.index("python packaging/dev.py package")
    spec = (PACKAGING / "accountmgr.spec").read_text(encoding="utf-8")
    assert 'os.environ.get("ACCOUNTMGR_CODESIGN_IDENTITY")' in spec
    assert "codesign_identity=CODESIGN_IDENTITY," in spec
    source = (PACKAGING / "release.py").read_text(encoding="utf-8")
    assert 'os.environ.get("ACCOUNTMGR_CODESIGN_IDENTITY", "")' in source
    assert 'os.environ.get("ACCOUNTMGR_NOTARY_PROFILE", "")' in source


def test_the_inno_setup_script_is_told_every_name_it_asks_for(
    packaging: dict[str, ModuleType], tmp_path: Path
) -> None:
    script = (PACKAGING / "windows" / "accountmgr.iss").read_text(encoding="utf-8")
    asked = set(re.findall(r"^#ifndef (\w+)$", script, re.MULTILINE))
    told = packaging["release"].iss_defines(tmp_path / "accountmgr-0.1.0-windows-x64-setup.exe")
    assert asked == set(told)
    assert told["AppMutex"] == desktop.WINDOWS_MUTEX  # the running program's mutex
    assert told["AppUserModelId"] == desktop.APP_ID
    assert told["OutputBase"] == "accountmgr-0.1.0-windows-x64-setup"
    settings = dict(re.findall(r"^(\w+)=(.*)$", script, re.MULTILINE))
    assert settings["PrivilegesRequired"] == "lowest"  # for this person, without admin rights
    assert settings["DefaultDirName"] == r"{autopf}\{#AppName}"
    assert settings["AppMutex"] == "{#AppMutex}"
    assert settings["CloseApplications"] == "yes"
    assert settings["UninstallDisplayIcon"] == r"{app}\{#AppExe}"
    assert "{autoprograms}" in script  # the Start menu entry


def test_the_disk_image_holds_the_app_and_a_link_to_applications(
    packaging: dict[str, ModuleType], tmp_path: Path
) -> None:
    app = tmp_path / "accountmgr.app"
    settings: dict[str, Any] = {"defines": packaging["release"].dmg_defines(app)}
    code = (PACKAGING / "macos" / "dmg_settings.py").read_text(encoding="utf-8")
    exec(compile(code, "dmg_settings.py", "exec"), settings)
    assert settings["files"] == [str(app)]
    assert settings["symlinks"] == {"Applications": "/Applications"}
    assert set(settings["icon_locations"]) == {"accountmgr.app", "Applications"}
    assert settings["badge_icon"].endswith("accountmgr.icns")


def test_the_spec_makes_what_build_and_release_run(packaging: dict[str, ModuleType]) -> None:
    spec = (PACKAGING / "accountmgr.spec").read_text(encoding="utf-8")
    product, build, icons = packaging["product"], packaging["build"], packaging["icons"]
    assert "APP_NAME = product.NAME" in spec
    assert build.APP == product.NAME
    assert 'programs.append(_program(f"{APP_NAME}-cli", console=True))' in spec
    assert build.cli_executable().name == (
        "accountmgr-cli.exe" if sys.platform == "win32" else "accountmgr"
    )
    assert 'name=f"{APP_NAME}.app"' in spec
    assert 'icon=str(ICONS / "accountmgr.icns")' in spec
    assert 'icon=str(ICONS / "accountmgr.ico") if IS_WINDOWS' in spec
    assert 'ICONS = ROOT / "build" / "icons"' in spec
    assert icons.OUT == ROOT / "build" / "icons" == packaging["release"].ICONS
    assert "info_plist=product.info_plist()" in spec
    assert 'product.write_windows_version_file(ROOT / "build" / "version_info.txt")' in spec


def test_the_mac_app_says_its_version_retina_dark_mode_and_minimum(
    packaging: dict[str, ModuleType],
) -> None:
    plist = plistlib.loads(plistlib.dumps(packaging["product"].info_plist()))
    assert plist["CFBundleShortVersionString"] == accountmgr.__version__
    assert plist["NSHighResolutionCapable"] is True
    assert plist["NSRequiresAquaSystemAppearance"] is False  # follows the system's dark mode
    assert plist["LSMinimumSystemVersion"] == "13.0"
    assert {"en", "fr", "de", "es", "it", "pt_BR"} <= set(plist["CFBundleLocalizations"])


def test_the_windows_file_version_carries_the_package_version(
    packaging: dict[str, ModuleType],
) -> None:
    product = packaging["product"]
    assert product.numeric_version("1.2.3") == (1, 2, 3, 0)
    assert product.numeric_version("2.0rc1") == (2, 0, 0, 0)
    assert product.numeric_version("0.4.0.dev2+g1234") == (0, 4, 0, 0)
    text = product.windows_version_text()
    expression = ast.parse(text, mode="eval").body  # PyInstaller evaluates it on Windows
    assert isinstance(expression, ast.Call)
    assert expression.func.id == "VSVersionInfo"  # type: ignore[attr-defined]
    calls = {
        node.func.id: node
        for node in ast.walk(expression)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
    }
    fixed = {k.arg: ast.literal_eval(k.value) for k in calls["FixedFileInfo"].keywords}
    assert fixed["filevers"] == fixed["prodvers"] == product.numeric_version()
    strings = {
        ast.literal_eval(node.args[0]): ast.literal_eval(node.args[1])
        for node in ast.walk(expression)
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "StringStruct"
    }
    assert strings["FileVersion"] == strings["ProductVersion"] == accountmgr.__version__
    assert strings["OriginalFilename"] == "accountmgr.exe"


def test_the_installer_icons_are_drawn_from_the_window_svg_at_each_size(
    packaging: dict[str, ModuleType], tmp_path: Path
) -> None:
    from PIL import Image

    icons = packaging["icons"]
    assert resource_path("icons", "accountmgr.svg") == icons.SOURCE
    app_source = (ROOT / "accountmgr" / "app.py").read_text(encoding="utf-8")
    assert 'setWindowIcon(QIcon(str(resource_path("icons", "accountmgr.svg"))))' in app_source
    made = icons.make_icons(tmp_path)
    with Image.open(made["ico"]) as ico:
        assert sorted(ico.info["sizes"]) == [(size, size) for size in icons.ICO_SIZES]
        assert min(icons.ICO_SIZES) == 16
        assert max(icons.ICO_SIZES) == 256
        ico.size = (16, 16)
        small = ico.convert("RGBA")
    # The 16-pixel frame is its own drawing: the same SVG drawn at 16 px, not a reduction.
    assert small.tobytes() == icons.render(icons.SOURCE, 16).tobytes()
    with Image.open(made["icns"]) as icns:
        assert {(16, 16, 2), (512, 512, 2)} <= set(icns.info["sizes"])  # 32 px to 1024 px
    with Image.open(made["png"]) as png:
        assert png.size == (256, 256)
        assert png.getpixel((128, 128))[3] == 255
        assert png.getpixel((0, 0))[3] == 0


def _pins(requirements: list[str]) -> dict[str, str]:
    pins = {}
    for requirement in requirements:
        match = re.match(r"([A-Za-z0-9_.-]+)(?:\[[^]]*\])?==([^;\s]+)", requirement)
        if match:
            pins[re.sub(r"[-_.]+", "-", match.group(1)).lower()] = match.group(2)
    return pins


def test_the_lock_file_pins_what_pyproject_pins_with_hashes_for_every_platform(
    packaging: dict[str, ModuleType],
) -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = _pins(
        [
            *project["dependencies"],
            *(r for extra in project["optional-dependencies"].values() for r in extra),
        ]
    )
    text = packaging["dev"].LOCK.read_text(encoding="utf-8")
    entries = re.split(r"\n(?=[A-Za-z])", text.split("\n", 2)[2].strip())
    locked = _pins(entries)
    for name, version in wanted.items():
        assert locked.get(name) == version, f"{name}=={version} is not in the lock file"
    for entry in entries:
        assert "--hash=sha256:" in entry, entry.splitlines()[0]
    # One file for every platform: what only Windows or macOS needs is in it, with its marker.
    assert "pywin32-ctypes==" in text
    assert "sys_platform == 'win32'" in text
    assert "macholib==" in text
    assert "sys_platform == 'darwin'" in text
    assert text.splitlines()[1].strip() == "#    python3.11 packaging/dev.py lock"


def test_the_set_up_installs_the_lock_file_checking_hashes(
    packaging: dict[str, ModuleType], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    dev = packaging["dev"]
    commands: list[list[str]] = []
    monkeypatch.setattr(dev, "STAMP", tmp_path / "stamp")
    monkeypatch.setattr(dev, "PYTHON", Path(sys.executable))
    monkeypatch.setattr(
        dev.subprocess,
        "run",
        lambda cmd, **kwargs: commands.append(cmd) or subprocess.CompletedProcess(cmd, 0),
    )
    dev.ensure_venv()
    installs = [cmd[cmd.index("install") :] for cmd in commands if "install" in cmd]
    assert installs == [
        ["install", "--require-hashes", "-r", str(dev.LOCK)],
        ["install", "--no-deps", "--no-build-isolation", "-e", str(ROOT)],
    ]
    assert (tmp_path / "stamp").read_text() == dev._fingerprint()
