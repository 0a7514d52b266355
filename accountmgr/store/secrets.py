"""A team database's password, kept in the operating system's keychain (Keychain on macOS,
Credential Manager on Windows, the Secret Service on Linux) through `keyring`: never in the
settings, never in a message. Where there is no keychain, nothing is remembered and the
password comes from PostgreSQL's own means (~/.pgpass, PGPASSWORD) or is typed again."""

from __future__ import annotations

from urllib.parse import urlsplit

from accountmgr.store.postgres import ServerAddress

SERVICE = "accountmgr team database"


def _key(address: ServerAddress) -> str:
    """user@host:port/database: the same for every way of writing the address, without its
    password."""
    parts = urlsplit(address.url)
    return f"{parts.username or ''}@{parts.hostname}:{parts.port or 5432}/{address.name}"


def available() -> bool:
    """Whether this computer has a keychain keyring can keep a password in."""
    try:
        import keyring
    except ImportError:
        return False
    try:
        return float(keyring.get_keyring().priority) > 0
    except (RuntimeError, OSError, AttributeError):
        return False


def password_for(address: ServerAddress) -> str | None:
    """The password remembered for this team database, if the keychain has one."""
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError:
        return None
    try:
        return keyring.get_password(SERVICE, _key(address))
    except (KeyringError, RuntimeError, OSError):
        return None


def remember_password(address: ServerAddress, password: str) -> bool:
    """Keep the password in the keychain; False when there is none to keep it in."""
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError:
        return False
    try:
        keyring.set_password(SERVICE, _key(address), password)
    except (KeyringError, RuntimeError, OSError):
        return False
    return True


def forget_password(address: ServerAddress) -> None:
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError:
        return
    try:
        keyring.delete_password(SERVICE, _key(address))
    except (KeyringError, RuntimeError, OSError):
        return
