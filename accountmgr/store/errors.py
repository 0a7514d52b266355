"""Errors the store raises, each with a message fit to show a person as it is."""


class StoreError(Exception):
    """A database could not be opened or used; `str(error)` is the message for the person."""


class NotADatabaseError(StoreError):
    pass


class SchemaTooNewError(StoreError):
    pass


class DatabaseDamagedError(StoreError):
    pass


class ForeignDatabaseError(NotADatabaseError):
    """An SQLite database, but of another application."""


class BackupError(StoreError):
    """A backup could not be taken, or a backup could not be put back."""


class DiskFullError(StoreError):
    """The disk that holds the database has no room left; nothing was changed."""
