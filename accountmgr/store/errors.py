"""Errors the store raises, each with a message fit to show a person as it is."""


class StoreError(Exception):
    """A database could not be opened or used; `str(error)` is the message for the person.

    As a DomainError, it carries the English `template` with `{name}` placeholders and the
    `params` that fill it, so that an interface can translate the template first (the
    templates are extracted into the DomainError context)."""

    def __init__(self, template: str, **params: object) -> None:
        self.template = template
        self.params = params
        super().__init__(template.format(**params) if params else template)


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
