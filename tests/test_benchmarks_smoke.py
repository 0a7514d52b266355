"""The benchmark command runs end to end at scale S (a smoke test; no time is asserted)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

EXPECTED = {
    "demo_wall_s",
    "db_size_mb",
    "organizations",
    "accounts",
    "accounts_json_wall_s",
    "accounts_json_lines",
    "mark_won_median_ms",
    "mark_won_p95_ms",
    "baseline_update_median_ms",
    "baseline_update_p95_ms",
    # the window's figures, each taken on a shown window to the paint of what changed
    "baseline_bare_window_s",
    "start_source_to_list_painted_s",
    "start_source_to_board_painted_s",
    "first_screen_median_ms",
    "baseline_first_screen_sqlite3_median_ms",
    "search_all_first_screen_top_median_ms",
    "search_all_with_totals_end_p95_ms",
    "baseline_fts5_all_median_ms",
    "filter_not_contacted_90_first_screen_end_median_ms",
    "write_mark_won_end_median_ms",
    "write_mark_won_end_with_totals_median_ms",
    "scroll_list_page_p95_ms",
    "scroll_board_page_max_ms",
    "board_drop_from_scrolled_end_median_ms",
    "baseline_board_seven_range_counts_median_ms",
    "peak_rss_mb",
    "overview_painted_median_ms",
    "baseline_overview_plain_sql_median_ms",
    "overview_complete_median_ms",
    "trends_painted_median_ms",
    "baseline_trends_plain_sql_median_ms",
}


@pytest.mark.slow
def test_benchmark_command_produces_every_named_figure(tmp_path: Path) -> None:
    out = tmp_path / "figures.json"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.benchmarks",
            "--scale",
            "S",
            "--keep",
            str(tmp_path),
            "--repeat",
            "20",
            "--quick",
            "--json",
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        cwd=Path(__file__).resolve().parent.parent,
    )
    assert result.returncode == 0, result.stderr
    figures = json.loads(out.read_text())
    assert figures.keys() >= EXPECTED
    assert figures["organizations"] == 1000
    assert figures["accounts_json_lines"] == figures["accounts"]
    assert 0 < figures["accounts"] < 1000


def test_the_latency_relay_holds_back_what_the_client_sends() -> None:
    """The relay in front of a team database's server (`--team --latency MS`): each round trip
    through it takes at least MS ms more, and the bytes arrive whole and in order."""
    import socket
    import threading
    import time

    from tests.benchmarks.latency import LatencyProxy

    with socket.socket() as listening:
        listening.bind(("127.0.0.1", 0))
        listening.listen()
        port = int(listening.getsockname()[1])

        def echo() -> None:
            conn, _ = listening.accept()
            with conn:
                while data := conn.recv(65536):
                    conn.sendall(data)

        threading.Thread(target=echo, daemon=True).start()
        proxy = LatencyProxy(port, 0.05)
        try:
            assert proxy.url(f"postgresql://u@127.0.0.1:{port}/db").endswith(f":{proxy.port}/db")
            with socket.create_connection(("127.0.0.1", proxy.port)) as client:
                for n in range(3):
                    message = bytes([n]) * 100_000
                    started = time.perf_counter()
                    client.sendall(message)
                    received = b""
                    while len(received) < len(message):
                        received += client.recv(65536)
                    assert time.perf_counter() - started >= 0.05
                    assert received == message
        finally:
            proxy.close()
