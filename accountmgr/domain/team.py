"""Joining a team database from the window: the address a person typed, checked against the
server before the application starts again on it, and the password kept in the keychain."""

from __future__ import annotations

from urllib.parse import quote

from accountmgr.domain.errors import DomainError
from accountmgr.store import secrets, server
from accountmgr.store.errors import StoreError
from accountmgr.store.postgres import ServerAddress, server_address

__all__ = ["ServerAddress", "address", "check", "keychain_available", "remember"]


def address(host: str, port: int, database: str, user: str) -> ServerAddress:
    """The address of a team database from its parts (no password in it)."""
    who = f"{quote(user.strip(), safe='')}@" if user.strip() else ""
    host = host.strip()
    try:
        return server_address(f"postgresql://{who}{host}:{int(port)}/{quote(database.strip())}")
    except StoreError as exc:
        raise DomainError(exc.template, **exc.params) from exc


def check(team: ServerAddress, password: str) -> None:
    """Connect to the team database with this password and make sure it is one (a StoreError
    says why not: unreachable, wrong password, not initialised, too new...)."""
    try:
        database = server.connect(team, **({"password": password} if password else {}))
        try:
            server.check_ours(database, team)
        finally:
            database.close()
    except StoreError as exc:  # said as the window says a domain error
        raise DomainError(exc.template, **exc.params) from exc


def keychain_available() -> bool:
    """Whether a password can be kept in this computer's keychain."""
    return secrets.available()


def remember(team: ServerAddress, password: str) -> bool:
    """Keep the password in the system keychain; False when there is none."""
    if not password:
        return True
    return secrets.remember_password(team, password)
