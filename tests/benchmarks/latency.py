"""A TCP relay in front of a server that holds back what the client sends by a fixed delay, as
a slower network would (Wi-Fi adds a few ms to each round trip): each chunk read from the client
is forwarded once its delay has passed, in order; what the server sends comes back at once."""

from __future__ import annotations

import contextlib
import queue
import socket
import threading
import time


class LatencyProxy:
    """Listens on `port` (a free loopback port) and relays to 127.0.0.1:`target`. It can also
    be cut as a network would (`close` drops every connection and refuses new ones) and
    mended (`mend`: connections are accepted again on the same port)."""

    def __init__(self, target: int, delay_s: float = 0.0) -> None:
        self.delay_s = delay_s
        self._target = target
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._listening: socket.socket | None = None
        self.port = 0
        self.mend()

    def url(self, url: str) -> str:
        """`url` (an address on the target's port) through this relay."""
        return url.replace(f":{self._target}/", f":{self.port}/")

    def mend(self) -> None:
        listening = socket.socket()
        listening.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listening.bind(("127.0.0.1", self.port))
        listening.listen()
        self.port = int(listening.getsockname()[1])
        self._listening = listening
        threading.Thread(target=self._accept, args=(listening,), daemon=True).start()

    def close(self) -> None:
        if self._listening is not None:
            with contextlib.suppress(OSError):
                self._listening.shutdown(socket.SHUT_RDWR)  # wakes the accepting thread
            self._listening.close()
            self._listening = None
        with self._lock:
            ends, self._sockets = self._sockets, []
        for end in ends:
            with contextlib.suppress(OSError):
                end.shutdown(socket.SHUT_RDWR)
            end.close()

    cut = close

    def _accept(self, listening: socket.socket) -> None:
        while True:
            try:
                client, _ = listening.accept()
            except OSError:
                return
            server = socket.create_connection(("127.0.0.1", self._target))
            for end in (client, server):
                end.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            with self._lock:
                self._sockets += [client, server]
            chunks: queue.Queue[tuple[float, bytes]] = queue.Queue()
            threading.Thread(target=self._read, args=(client, chunks), daemon=True).start()
            threading.Thread(target=self._send, args=(chunks, server), daemon=True).start()
            threading.Thread(target=self._relay, args=(server, client), daemon=True).start()

    def _read(self, source: socket.socket, chunks: queue.Queue[tuple[float, bytes]]) -> None:
        try:
            while data := source.recv(65536):
                chunks.put((time.monotonic() + self.delay_s, data))
        except OSError:
            pass
        chunks.put((0.0, b""))

    @staticmethod
    def _send(chunks: queue.Queue[tuple[float, bytes]], sink: socket.socket) -> None:
        try:
            while True:
                due, data = chunks.get()
                if not data:
                    break
                wait = due - time.monotonic()
                if wait > 0:
                    time.sleep(wait)
                sink.sendall(data)
        except OSError:
            pass
        with contextlib.suppress(OSError):
            sink.shutdown(socket.SHUT_WR)

    @staticmethod
    def _relay(source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        with contextlib.suppress(OSError):
            sink.shutdown(socket.SHUT_WR)
