"""A throw-away PostgreSQL server for the tests: a cluster in a temporary folder, on a free
loopback port, trusting local connections, stopped at the end of the run. Started on first
use; absent (the team-database tests skip) when PostgreSQL is not installed."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

_BIN_DIRS = sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)


def _tool(name: str) -> str | None:
    for folder in _BIN_DIRS:
        if Path(folder, name).is_file():
            return str(Path(folder, name))
    return shutil.which(name)


def available() -> bool:
    return _tool("initdb") is not None and _tool("pg_ctl") is not None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Server:
    """One cluster; `url(name)` is the address of a database on it."""

    def __init__(self, *, durable: bool = False) -> None:
        """`durable`: as a team's server runs, every commit on disk before it returns (the
        benchmark's); otherwise without waiting for the disk (the tests')."""
        self.folder = Path(tempfile.mkdtemp(prefix="accountmgr-pg-"))
        self.port = _free_port()
        self.user = "postgres"
        self._as_postgres: list[str] = []
        if os.geteuid() == 0:  # initdb refuses to run as root
            shutil.chown(self.folder, "postgres")
            self._as_postgres = ["runuser", "-u", "postgres", "--"]
        data = self.folder / "data"
        self._run(
            [
                _tool("initdb") or "initdb",
                "-D",
                str(data),
                "-U",
                self.user,
                "--auth=trust",
                "--encoding=UTF8",
                "--locale=C.UTF-8",
                "--no-sync",
            ]
        )
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 "
        options += "-c max_connections=200"
        if not durable:
            options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        self._run(
            [
                _tool("pg_ctl") or "pg_ctl",
                "-D",
                str(data),
                "-o",
                options,
                "-w",
                "-l",
                str(self.folder / "log"),
                "start",
            ]
        )
        self.data = data

    def _run(self, command: list[str]) -> None:
        subprocess.run([*self._as_postgres, *command], check=True, capture_output=True)

    def url(self, name: str) -> str:
        return f"postgresql://{self.user}@127.0.0.1:{self.port}/{name}"

    def sql(self, statement: str) -> None:
        """Run a statement on the maintenance database (CREATE/DROP DATABASE...)."""
        import psycopg

        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            conn.execute(statement)

    def stop(self) -> None:
        try:
            self._run(
                [_tool("pg_ctl") or "pg_ctl", "-D", str(self.data), "-m", "immediate", "stop"]
            )
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)
