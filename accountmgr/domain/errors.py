"""Errors the domain raises for bad input; the message is written for the person who typed it."""

from __future__ import annotations


class Cancelled(Exception):
    """The person cancelled a long operation (an import, an export, a copy, demo data) from
    its progress: raised by the progress callback, it rolls the operation's transaction back,
    so nothing of it is kept. Not an error to report."""


class DomainError(Exception):
    """Bad input or a forbidden operation.

    `template` is an English message with `{name}` placeholders and `params` fills them, so the
    interface can translate the template before formatting it; `str()` gives the English text.
    """

    def __init__(self, template: str, **params: object) -> None:
        self.template = template
        self.params = params
        super().__init__(template.format(**params))


class ValidationError(DomainError):
    """A value a person entered cannot be stored as it is."""


class NotFoundError(DomainError):
    """The record an operation names does not exist (any more)."""


class ChangedMeanwhileError(DomainError):
    """Someone else (another member of the team, another window) changed what the person was
    editing since it was shown: their edit is not written over it."""
