"""Measure what a person waits for, each figure beside a baseline measured in the same run.

    python -m tests.benchmarks --scale S|M|L [--json FILE] [--keep DIR]
    python -m tests.benchmarks --scale S|M|L --team [--latency MS]

S = 1,000 organizations, M = 10,000, L = 100,000 (about half of them accounts). Data sets are
built with the demo generator (seed 1, today 2026-11-24) and cached in --keep DIR by scale.
This prints figures; it asserts nothing about time.

`--team` measures a team database on a throw-away local PostgreSQL server instead, each figure
beside the same figure on the SQLite file in the same run (keys `team_...`): `accountmgr copy`
of the data set to the server, the window's first screen, searches, writes and board, marking
deals won through the domain, the side panel, an import, and the time another member's change
takes to reach the window. `--latency MS` adds those figures again through a local relay that
holds back what each client sends by MS ms (keys `team_<MS>ms_...`).
"""

from __future__ import annotations

import argparse
import compileall
import datetime as dt
import json
import os
import re
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from tests.benchmarks.latency import LatencyProxy

SCALES = {"S": 1_000, "M": 10_000, "L": 100_000}
TODAY = "2026-11-24"
START_RUNS = 7  # processes of each kind for the start-up figure (its median)
# `--quick` (the test that runs this command end to end): one sample of each figure, enough to
# see that every figure is produced; the window's probe reads it from the environment.
QUICK_ENV = "ACCOUNTMGR_BENCH_QUICK"
ROOT = Path(__file__).resolve().parents[2]


def _cli(db: Path, *args: str) -> tuple[float, subprocess.CompletedProcess[bytes]]:
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "accountmgr", "--db", str(db), "--today", TODAY, *args],
        capture_output=True,
        check=True,
        cwd=ROOT,
    )
    return time.perf_counter() - started, result


def _median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def _p95_ms(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20)[-1] * 1000


def _timed(action: Callable[[], object], repeat: int) -> list[float]:
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        samples.append(time.perf_counter() - started)
    return samples


def _dataset(scale: str, keep: Path) -> tuple[Path, dict[str, float]]:
    """Build (or reuse) the data set of a scale; the build is itself the demo figure."""
    keep.mkdir(parents=True, exist_ok=True)
    db = keep / f"bench-{scale}-seed1.db"
    figures: dict[str, float] = {}
    if not db.exists():
        for suffix in ("-wal", "-shm"):
            Path(str(db) + suffix).unlink(missing_ok=True)
        seconds, _ = _cli(db, "demo", "--orgs", str(SCALES[scale]), "--seed", "1")
        _cli(db, "check")  # also checkpoints the WAL into the file
        figures["demo_wall_s"] = round(seconds, 2)
        figures["db_size_mb"] = round(db.stat().st_size / 1e6, 1)
    return db, figures


def _mark_won_figures(db: Path, repeat: int) -> dict[str, float]:
    """Mark deals won through the domain (summary included) vs. a bare one-row sqlite3 UPDATE."""
    from accountmgr.store.database import PRAGMAS, close_database, open_database

    work = _copy(db, Path(tempfile.mkdtemp()))

    open_database(work)
    ids, won = _mark_open_deals_won(repeat)
    close_database()

    conn = sqlite3.connect(work, isolation_level=None)
    for name, value in PRAGMAS.items():
        conn.execute(f"PRAGMA {name} = {value}")
    it = iter(ids)

    def bare_update() -> None:
        conn.execute("BEGIN")
        conn.execute("UPDATE deal SET status = 'lost' WHERE id = ?", (next(it),))
        conn.execute("COMMIT")

    bare = _timed(bare_update, len(ids))
    conn.close()
    return _mark_won_summary(won, bare)


def _mark_open_deals_won(repeat: int) -> tuple[list[int], list[float]]:
    """On the open database: the first `repeat` open deals, and the time each took to be marked
    won through the domain (today pinned; unpinned after)."""
    from accountmgr.domain import clock, deals
    from accountmgr.store.models import db as database

    clock.pin_today(dt.date.fromisoformat(TODAY))
    ids = [
        r[0]
        for r in database.execute_sql(
            "SELECT id FROM deal WHERE status = 'open' ORDER BY id LIMIT ?", (repeat,)
        )
    ]
    it = iter(ids)
    won = _timed(lambda: deals.mark_won(next(it)), len(ids))
    clock.pin_today(None)
    return ids, won


def _mark_won_summary(won: list[float], bare: list[float]) -> dict[str, float]:
    return {
        "mark_won_median_ms": round(_median_ms(won), 3),
        "mark_won_p95_ms": round(_p95_ms(won), 3),
        "baseline_update_median_ms": round(_median_ms(bare), 3),
        "baseline_update_p95_ms": round(_p95_ms(bare), 3),
    }


def _currency_figures(db: Path, repeat: int = 3) -> dict[str, float]:
    """A new exchange rate (the accounts with deals in that currency follow), a new default
    currency (every converted total, rate and monetary field is rewritten) and its undo,
    through the domain, beside a bare UPDATE of every summary row's won value."""
    from accountmgr.domain import currencies, default_currency
    from accountmgr.store.database import close_database, open_database

    work = _copy(db, Path(tempfile.mkdtemp()))
    open_database(work)
    rates = [920_000 + n for n in range(repeat)]
    rate = _timed(lambda: currencies.set_exchange_rate("USD", rates.pop()), repeat)
    book = default_currency.rate_book()
    changed, undone = [], []
    for _ in range(repeat):
        changed += _timed(lambda: default_currency.set_default_currency("USD"), 1)
        undone += _timed(lambda: default_currency.restore(book), 1)
    close_database()
    conn = sqlite3.connect(work, isolation_level=None)

    def bare() -> None:
        conn.execute("BEGIN")
        conn.execute("UPDATE org_summary SET won_value = won_value + 1 WHERE won_count > 0")
        conn.execute("ROLLBACK")

    baseline = _timed(bare, repeat)
    conn.close()
    return {
        "exchange_rate_median_s": round(statistics.median(rate), 3),
        "default_currency_median_s": round(statistics.median(changed), 3),
        "default_currency_undo_median_s": round(statistics.median(undone), 3),
        "baseline_update_won_values_s": round(statistics.median(baseline), 3),
    }


def _probe(module: str, *args: str) -> tuple[float, dict[str, float]]:
    """Run a probe process (`tests.benchmarks.<module>`): its wall time, or, when it reports
    the moment it painted, the time from launching it to that moment; and what it printed."""
    launched = time.time()
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", f"tests.benchmarks.{module}", *args],
        capture_output=True,
        check=True,
        cwd=ROOT,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    if "painted_at" in figures:
        return figures.pop("painted_at") - launched, figures
    return time.perf_counter() - started, figures


def _copy(db: Path, folder: Path) -> Path:
    """A consistent copy of the data set (figures that write, or whose start takes the day's
    backup beside the database, leave the cached set as it was)."""
    copy = folder / db.name
    with sqlite3.connect(db) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    return copy


def _painted_s(command: list[str], db: Path, tab: int) -> float:
    """Launch the application (`command --db DB --smoke`) with the List (0) or the Kanban (1)
    tab remembered, and return the time from the launch to the accounts of that tab painted,
    as the application itself reports it."""
    with tempfile.TemporaryDirectory() as config:
        conf = Path(config) / "accountmgr" / "accountmgr.conf"
        conf.parent.mkdir()
        conf.write_text(f"[main_window]\ntab={tab}\n")
        env = {**os.environ, "XDG_CONFIG_HOME": config, "QT_QPA_PLATFORM": "offscreen"}
        launched = time.time()
        result = subprocess.run(
            [*command, "--db", str(db), "--today", TODAY, "--smoke"],
            capture_output=True,
            check=True,
            cwd=ROOT,
            text=True,
            env=env,
        )
    found = re.search(r"accounts painted at ([0-9.]+)", result.stdout)
    if found is None:
        raise SystemExit(f"{command[0]} did not say when it painted: {result.stdout}")
    return float(found.group(1)) - launched


def _start_figures(db: Path, packaged: Path | None) -> dict[str, float]:
    """Launch to the list or the board painted, from source and from the packaged binary,
    each beside a bare PySide6 window launched in turns with it (medians of START_RUNS)."""
    # Start with the bytecode compiled, as the packaged application ships it and as Python
    # keeps it after a first run (unless PYTHONDONTWRITEBYTECODE is set, as on some CI hosts).
    for package in ("accountmgr", "tests/benchmarks"):
        compileall.compile_dir(ROOT / package, quiet=1)
    commands = {"source": [sys.executable, "-m", "accountmgr"]}
    if packaged is not None:
        commands["packaged"] = [str(packaged)]
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as folder:
        copy = _copy(db, Path(folder))
        for command in commands.values():
            _painted_s(command, copy, 0)  # the first start takes the day's backup
        bare: list[float] = []
        runs: dict[tuple[str, int], list[float]] = {}
        runs_of_each = 1 if os.environ.get(QUICK_ENV) else START_RUNS
        for _ in range(runs_of_each):  # in turns, so that all see the machine in the same state
            bare.append(_probe("start_probe", "bare")[0])
            for kind, command in commands.items():
                for tab in (0, 1):
                    runs.setdefault((kind, tab), []).append(_painted_s(command, copy, tab))
    bare_s = statistics.median(bare)
    figures["baseline_bare_window_s"] = round(bare_s, 3)
    for (kind, tab), samples in runs.items():
        name = f"start_{kind}_to_{'board' if tab else 'list'}_painted"
        figures[f"{name}_s"] = round(statistics.median(samples), 3)
        figures[f"{name}_ratio"] = round(statistics.median(samples) / bare_s, 2)
    figures["baseline_bare_window_rss_mb"] = _probe("start_probe", "bare")[1]["peak_rss_mb"]
    return figures


def _gui_figures(db: Path, packaged: Path | None) -> dict[str, float]:
    """Start-up, then everything a person does in the window (gui_probe), on a copy."""
    figures = _start_figures(db, packaged)
    with tempfile.TemporaryDirectory() as folder:
        _, measured = _probe("gui_probe", "app", str(_copy(db, Path(folder))), "--today", TODAY)
    figures.update({k: v for k, v in measured.items() if k != "rows"})
    figures.update(_panel_figures(db))
    figures.update(_insight_figures(db))
    return figures


def _insight_figures(db: Path) -> dict[str, float]:
    """The Overview tab and the side panel's Trends (insight_probe), on a copy."""
    with tempfile.TemporaryDirectory() as folder:
        _, figures = _probe("insight_probe", str(_copy(db, Path(folder))), "--today", TODAY)
    return figures


def _panel_figures(db: Path) -> dict[str, float]:
    """The side panel on an account with 200 activities, 100 notes, 50 files, 30 deals and 40
    people, added to a copy of the data set (the cached set stays as it was)."""
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "panel.db"
        with sqlite3.connect(db) as source, sqlite3.connect(copy) as target:
            source.backup(target)
        _, figures = _probe("gui_probe", "panel", str(copy), "--today", TODAY)
    return figures


def run(scale: str, keep: Path, repeat: int, packaged: Path | None = None) -> dict[str, float]:
    db, figures = _dataset(scale, keep)
    conn = sqlite3.connect(db)
    figures["organizations"] = conn.execute("SELECT count(*) FROM organization").fetchone()[0]
    figures["accounts"] = conn.execute(
        "SELECT count(*) FROM org_summary WHERE won_count > 0"
    ).fetchone()[0]
    figures["deals"] = conn.execute("SELECT count(*) FROM deal").fetchone()[0]
    figures["activities"] = conn.execute("SELECT count(*) FROM activity").fetchone()[0]
    conn.close()

    runs = [_cli(db, "accounts", "--json") for _ in range(3)]
    figures["accounts_json_wall_s"] = round(statistics.median(s for s, _ in runs), 3)
    figures["accounts_json_lines"] = runs[0][1].stdout.count(b"\n")
    start = [_cli(db, "--version")[0] for _ in range(3)]
    figures["baseline_cli_start_s"] = round(statistics.median(start), 3)
    figures.update(_mark_won_figures(db, repeat))
    figures.update(_currency_figures(db))
    figures.update(_gui_figures(db, packaged))
    figures.update(_import_figures(db))
    return figures


def _import_figures(db: Path) -> dict[str, float]:
    """Organizations, deals and activities of the data set, exported to CSV and imported into
    an empty database, beside sqlite3's executemany of the same rows (one process)."""
    with tempfile.TemporaryDirectory() as folder:
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "tests.benchmarks.import_bench",
                str(db),
                folder,
                "--today",
                TODAY,
            ],
            capture_output=True,
            check=True,
            cwd=ROOT,
            text=True,
        )
    figures: dict[str, float] = json.loads(result.stdout.strip().splitlines()[-1])
    return figures


def _sqlite_rows(db: Path) -> int:
    """The rows `accountmgr copy` carries (what is derived or SQLite's own is left out)."""
    from accountmgr.store.copying import _copied

    conn = sqlite3.connect(db)
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    rows = sum(
        conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables if _copied(t)
    )
    conn.close()
    return int(rows)


def _mark_won_team(url: str, repeat: int) -> dict[str, float]:
    """Mark deals won through the domain on a team database, beside a one-row UPDATE in its
    own transaction over psycopg on the same address."""
    import psycopg

    from accountmgr.store.database import close_database
    from accountmgr.store.postgres import server_address
    from accountmgr.store.server import open_server

    open_server(server_address(url))
    ids, won = _mark_open_deals_won(repeat)
    close_database()
    it = iter(ids)
    with psycopg.connect(url, autocommit=True) as conn:

        def bare_update() -> None:
            with conn.transaction():
                conn.execute("UPDATE deal SET status = 'lost' WHERE id = %s", (next(it),))

        bare = _timed(bare_update, len(ids))
    return _mark_won_summary(won, bare)


# The window's figures compared between the file and a team database (gui_probe app --short).
_COMPARED = re.compile(
    r"(first_screen|search_\w+|write_\w+|board_\w+)_(median|p95)_ms|board_shown_ms|peak_rss_mb"
)


def _window_figures(target: str) -> dict[str, float]:
    """gui_probe app --short on `target` (a file or a team database): the figures compared."""
    _, measured = _probe("gui_probe", "app", target, "--today", TODAY, "--short")
    figures = {k: v for k, v in measured.items() if _COMPARED.fullmatch(k)}
    return figures


def _team_run(scale: str, keep: Path, repeat: int, latencies: list[int]) -> dict[str, float]:
    """The figures a team database changes, on the SQLite file and on a local server."""
    from tests import postgres_server

    db, figures = _dataset(scale, keep)
    figures["copied_rows"] = _sqlite_rows(db)
    with tempfile.TemporaryDirectory() as folder:
        figures.update(_window_figures(str(_copy(db, Path(folder)))))
    figures.update(_panel_figures(db))
    figures.update(_mark_won_figures(db, repeat))
    if not os.environ.get(QUICK_ENV):
        figures.update(_import_figures(db))
    server = postgres_server.Server(durable=True)  # commits on disk, as SQLite's are
    names = iter(range(1, 10_000))

    def new_database(template: str | None = None) -> str:
        name = f"bench_{next(names)}"
        server.sql(f"CREATE DATABASE {name}" + (f" TEMPLATE {template}" if template else ""))
        return server.url(name)

    try:
        source = new_database()
        subprocess.run(
            [sys.executable, "-m", "accountmgr", "init-server", source],
            check=True,
            capture_output=True,
            cwd=ROOT,
        )
        seconds, _ = _cli_plain("copy", str(db), source)
        figures["team_copy_s"] = round(seconds, 2)
        figures["team_copy_rows_per_s"] = round(figures["copied_rows"] / seconds)
        template = source.rsplit("/", 1)[1]
        for ms in latencies:
            proxy = LatencyProxy(server.port, ms / 1000) if ms else None
            prefix = f"team_{ms}ms_" if ms else "team_"

            def fresh(p: LatencyProxy | None = proxy) -> str:
                url = new_database(template)
                return p.url(url) if p else url

            try:
                team = _window_figures(fresh())
                _, panel = _probe("gui_probe", "panel", fresh(), "--today", TODAY)
                team.update(panel)
                team.update(_mark_won_team(fresh(), repeat))
                _, spread = _probe("gui_probe", "propagation", fresh(), "--today", TODAY)
                team.update(spread)
                if not ms and not os.environ.get(QUICK_ENV):
                    team.update(_team_import(db, new_database()))
            finally:
                if proxy:
                    proxy.close()
            figures.update({prefix + k: v for k, v in team.items()})
    finally:
        server.stop()
    return figures


def _team_import(db: Path, url: str) -> dict[str, float]:
    """The import figure (see _import_figures) into a new team database."""
    subprocess.run(
        [sys.executable, "-m", "accountmgr", "init-server", url],
        check=True,
        capture_output=True,
        cwd=ROOT,
    )
    with tempfile.TemporaryDirectory() as folder:
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "tests.benchmarks.import_bench",
                str(db),
                folder,
                "--today",
                TODAY,
                "--into",
                url,
            ],
            capture_output=True,
            check=True,
            cwd=ROOT,
            text=True,
        )
    figures: dict[str, float] = json.loads(result.stdout.strip().splitlines()[-1])
    return figures


def _cli_plain(*args: str) -> tuple[float, subprocess.CompletedProcess[bytes]]:
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "accountmgr", *args], capture_output=True, check=True, cwd=ROOT
    )
    return time.perf_counter() - started, result


def _print_team(figures: dict[str, float], latencies: list[int]) -> None:
    """The team figures, each beside its SQLite value."""
    names = [k for k in figures if not k.startswith("team_")]
    columns = ["sqlite"] + [f"team +{ms} ms" if ms else "team" for ms in latencies]
    prefixes = [""] + [f"team_{ms}ms_" if ms else "team_" for ms in latencies]
    names += [
        k.removeprefix("team_")
        for k in figures
        if k.startswith("team_") and not re.match(r"team_\d+ms_", k)
    ]
    names = list(dict.fromkeys(names))
    width = max(map(len, names))
    print(f"  {'':<{width}}  " + "  ".join(f"{c:>12}" for c in columns))
    for name in names:
        values = [figures.get(p + name, "") for p in prefixes]
        print(f"  {name:<{width}}  " + "  ".join(f"{v!s:>12}" for v in values))


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--scale", choices=sorted(SCALES), default="S")
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    parser.add_argument(
        "--keep",
        type=Path,
        default=Path(tempfile.gettempdir()) / "accountmgr-bench",
        help="folder caching the data sets between runs",
    )
    parser.add_argument("--repeat", type=int, default=200, help="samples for write figures")
    parser.add_argument(
        "--packaged",
        type=Path,
        help="the packaged application (dist/accountmgr/accountmgr): its start-up too",
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help="one sample of each figure (checks the command runs; the figures mean little)",
    )
    parser.add_argument(
        "--only",
        choices=["gui", "start", "insight"],
        help="only the window's figures (start-up, gui_probe), only its start-up, or only the "
        "Overview's and the Trends' (insight_probe)",
    )
    parser.add_argument(
        "--team",
        action="store_true",
        help="the figures a team database changes, on the file and on a local PostgreSQL server",
    )
    parser.add_argument(
        "--latency",
        type=int,
        metavar="MS",
        help="with --team: those figures again with MS ms added to what clients send the server",
    )
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.quick:
        os.environ[QUICK_ENV] = "1"
    if args.team:
        latencies = [0] + ([args.latency] if args.latency else [])
        figures = _team_run(args.scale, args.keep, args.repeat, latencies)
        print(f"accountmgr on a team database, scale {args.scale} ({SCALES[args.scale]:,} orgs)")
        _print_team(figures, latencies)
        if args.json:
            args.json.write_text(json.dumps({"scale": args.scale, **figures}, indent=2) + "\n")
        return 0
    if args.only is not None:
        db, figures = _dataset(args.scale, args.keep)
        if args.only == "insight":
            figures.update(_insight_figures(db))
        else:
            window = _gui_figures if args.only == "gui" else _start_figures
            figures.update(window(db, args.packaged))
    else:
        figures = run(args.scale, args.keep, args.repeat, args.packaged)
    width = max(map(len, figures))
    print(f"accountmgr benchmarks, scale {args.scale} ({SCALES[args.scale]:,} organizations)")
    for name, value in figures.items():
        print(f"  {name:<{width}}  {value}")
    if args.json:
        args.json.write_text(json.dumps({"scale": args.scale, **figures}, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
