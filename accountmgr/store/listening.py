"""Hearing what the other members of a team commit to their team database, and noticing when
its server cannot be reached.

Every write transaction announces itself at commit (`TeamDatabase.announce`, PostgreSQL's
NOTIFY). A `Listener` holds a connection of its own, in autocommit, LISTENing on the channel,
on a thread of its own: waiting for the server never holds up the window, nor does trying
to reach it again when it is gone. What this process's own connections announced is left
out: their writes were shown when they were made.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import unquote, urlsplit

from accountmgr.store.postgres import CHANNEL, TeamDatabase

log = logging.getLogger(__name__)

RETRY_S = 3.0  # between two tries to reach a server that could not be reached
WAIT_S = 0.25  # one wait for announcements: how soon `stop` is heard
PING_S = 5.0  # a quiet connection is asked a question this often, to notice one that dropped
MISSED = "*"  # what is said after a time without listening: anything may have changed


class Listener:
    """Calls `on_notice(payload)` for each announcement another process made, and
    `on_reach(reachable)` each time the server is found reachable (listening again) or not
    (this listener's connection dropped, or a statement of this process found the server
    gone). Both are called from the listener's thread, or from the thread whose statement
    failed."""

    def __init__(
        self,
        database: TeamDatabase,
        on_notice: Callable[[str], None],
        on_reach: Callable[[bool], None],
    ) -> None:
        self._database = database
        self._on_notice = on_notice
        self._on_reach = on_reach
        self._stop = threading.Event()
        self._listening = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def listening(self) -> bool:
        """Whether the connection is LISTENing now (announcements are heard)."""
        return self._listening.is_set()

    def start(self) -> None:
        self._stop.clear()
        self._database.lost_hooks.append(self._lost)
        self._thread = threading.Thread(target=self._run, name="team-listener", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Stop listening (within WAIT_S, or a connection attempt's timeout)."""
        self._stop.set()
        if self._lost in self._database.lost_hooks:
            self._database.lost_hooks.remove(self._lost)
        if self._thread is not None:
            self._thread.join(timeout=10)
            self._thread = None
        self._listening.clear()

    def _lost(self) -> None:
        self._on_reach(False)

    def _connect(self) -> Any:
        import psycopg

        parts = urlsplit(self._database.address.url)
        params: dict[str, Any] = {
            "host": parts.hostname,
            "port": parts.port or 5432,
            "dbname": self._database.address.name,
            "user": unquote(parts.username) if parts.username else None,
            "password": unquote(parts.password) if parts.password else None,
            "application_name": "accountmgr-listener",
            "connect_timeout": 5,
            # A server gone silent (a cable pulled, a laptop that slept) is noticed too.
            "keepalives": 1,
            "keepalives_idle": 10,
            "keepalives_interval": 3,
            "keepalives_count": 3,
            "tcp_user_timeout": 15_000,
        }
        connection = psycopg.connect(
            autocommit=True, **{k: v for k, v in params.items() if v is not None}
        )
        connection.execute(f"LISTEN {CHANNEL}")
        return connection

    def _run(self) -> None:
        import psycopg

        heard_before = False
        reachable: bool | None = None
        while not self._stop.is_set():
            try:
                connection = self._connect()
            except psycopg.Error as exc:
                if reachable is not False:
                    log.warning("the team database cannot be reached: %s", exc)
                    reachable = False
                    self._on_reach(False)
                self._stop.wait(RETRY_S)
                continue
            try:
                self._listening.set()
                if heard_before:
                    self._on_notice(MISSED)  # what was committed meanwhile was not heard
                heard_before = True
                reachable = True
                self._on_reach(True)
                self._hear(connection)
            except psycopg.Error as exc:
                log.warning("the connection to the team database dropped: %s", exc)
            finally:
                self._listening.clear()
                connection.close()
            # Tried again at once: the server may be there, only this connection gone.

    def _hear(self, connection: Any) -> None:
        quiet_since = time.monotonic()
        while not self._stop.is_set():
            for notice in connection.notifies(timeout=WAIT_S):
                quiet_since = time.monotonic()
                if notice.pid not in self._database.backend_pids:
                    self._on_notice(notice.payload)
            if time.monotonic() - quiet_since > PING_S:
                connection.execute("SELECT 1")
                quiet_since = time.monotonic()
