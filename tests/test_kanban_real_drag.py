"""A real mouse drag of a Kanban card, on a real X server: Xvfb, the xcb platform, xdotool.

Offscreen Qt cannot run a drag (QDrag.exec() returns at once there), so the window runs in a
helper process (tests/drag_app.py) on a private Xvfb display, and xdotool moves the X pointer
through the XTest extension: press on a card in Today, move to Tomorrow, release. The test then
reads the database the helper process changed.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import queue
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import IO

import pytest

from accountmgr.domain import account_list, activities, clock, deals, organizations
from accountmgr.store.database import close_database, open_database
from tests.conftest import TODAY

ROOT = Path(__file__).resolve().parent.parent
TOMORROW = TODAY + dt.timedelta(days=1)
STARTUP_TIMEOUT_S = 15.0
DRAG_STEPS = 12

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        shutil.which("Xvfb") is None or shutil.which("xdotool") is None,
        reason="needs Xvfb and xdotool on PATH (apt packages xvfb and xdotool)",
    ),
]


def _make_store(path: Path) -> int:
    """A store with one account whose only open activity is due today."""
    open_database(path)
    clock.pin_today(TODAY)
    try:
        org = organizations.create_organization("Dragged Ltd").id
        deals.mark_won(deals.create_deal("D", org_id=org, value_minor=100_000, currency="EUR").id)
        activities.create_activity(
            "Satisfaction call", TODAY, type_id=activities.type_id("call"), org_id=org
        )
        assert account_list.rows([org])[org].next_due == TODAY.isoformat()
    finally:
        close_database()
    return org


def _next_due(path: Path, org: int) -> str | None:
    open_database(path, create=False)
    clock.pin_today(TODAY)
    try:
        return account_list.rows([org])[org].next_due
    finally:
        close_database()


def _free_display() -> int:
    for number in range(90, 200):
        socket, lock = Path(f"/tmp/.X11-unix/X{number}"), Path(f"/tmp/.X{number}-lock")
        if not socket.exists() and not lock.exists():
            return number
    pytest.fail("no free X display number between :90 and :199")


def _start_xvfb(number: int) -> subprocess.Popen[bytes]:
    server = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", "1280x900x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 10
    while not Path(f"/tmp/.X11-unix/X{number}").exists():
        if server.poll() is not None:
            pytest.fail(f"Xvfb :{number} exited with {server.returncode}")
        if time.monotonic() > deadline:
            _stop(server)
            pytest.fail(f"Xvfb :{number} did not start")
        time.sleep(0.05)
    return server


def _read_line(stream: IO[str], timeout: float) -> str | None:
    """One line of a pipe, or None after timeout seconds."""
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: lines.put(stream.readline()), daemon=True).start()
    try:
        return lines.get(timeout=timeout)
    except queue.Empty:
        return None


def _stop(process: subprocess.Popen[bytes] | subprocess.Popen[str] | None) -> None:
    if process is None or process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=5)


def _xdotool(env: dict[str, str], *args: str) -> None:
    subprocess.run(["xdotool", *args], env=env, check=True, timeout=10)


def _drag(env: dict[str, str], start: dict[str, int], end: dict[str, int]) -> None:
    """Press on start, move there in small steps (past the drag distance, with move events
    over the target), release."""
    _xdotool(env, "mousemove", "--sync", str(start["x"]), str(start["y"]))
    time.sleep(0.2)
    _xdotool(env, "mousedown", "1")
    time.sleep(0.2)
    for step in range(1, DRAG_STEPS + 1):
        x = start["x"] + (end["x"] - start["x"]) * step // DRAG_STEPS
        y = start["y"] + (end["y"] - start["y"]) * step // DRAG_STEPS
        _xdotool(env, "mousemove", str(x), str(y))
        time.sleep(0.05)
    for wiggle in (3, 0):  # a few more moves over the target, so it has seen the drag
        _xdotool(env, "mousemove", str(end["x"] + wiggle), str(end["y"] + wiggle))
        time.sleep(0.1)
    _xdotool(env, "mouseup", "1")


def test_real_mouse_drag_moves_the_activity_to_tomorrow(tmp_path: Path) -> None:
    db_path = tmp_path / "accountmgr.db"
    org = _make_store(db_path)
    display = _free_display()
    server: subprocess.Popen[bytes] | None = None
    app: subprocess.Popen[str] | None = None
    try:
        server = _start_xvfb(display)
        env = {**os.environ, "DISPLAY": f":{display}", "QT_QPA_PLATFORM": "xcb"}
        env.pop("WAYLAND_DISPLAY", None)
        app = subprocess.Popen(
            [sys.executable, "-m", "tests.drag_app", str(db_path), TODAY.isoformat()],
            cwd=ROOT,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert app.stdout is not None
        line = _read_line(app.stdout, STARTUP_TIMEOUT_S)
        if not line:
            _stop(app)
            assert app.stderr is not None
            pytest.fail(f"drag_app printed no coordinates; stderr:\n{app.stderr.read()}")
        where = json.loads(line)
        assert where.get("platform") == "xcb", where
        assert where["card_visible"], where
        assert where["target_visible"], where

        _drag(env, where["card"], where["target"])
        # the drop emits from a zero timer and the move is written after it: wait for the write
        deadline = time.monotonic() + 10
        while _next_due(db_path, org) != TOMORROW.isoformat() and time.monotonic() < deadline:
            time.sleep(0.05)

        assert app.stdin is not None
        app.stdin.write("quit\n")
        app.stdin.flush()
        app.wait(timeout=10)
        assert app.stderr is not None
        assert app.returncode == 0, app.stderr.read()
    finally:
        _stop(app)
        _stop(server)
        for stream in (app.stdin, app.stdout, app.stderr) if app else ():
            with contextlib.suppress(OSError):
                if stream is not None:
                    stream.close()
    assert _next_due(db_path, org) == TOMORROW.isoformat()
