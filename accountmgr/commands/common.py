"""What every command shares: the program's name, exit codes, one-line errors, argument types,
and the words of --help in the command line's language (see `commands.language`)."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from typing import Any, NoReturn, TypeAlias

from accountmgr.commands import language

PROG = "accountmgr"
EXIT_FAILURE = 1
EXIT_USAGE = 2


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """A text to translate later, in `context`: lupdate extracts it (by this name), and Qt
    is not loaded for it."""
    return text


# argparse's own help texts, translated as ours are (see `_Help`).
ARGPARSE_HELP = (QT_TRANSLATE_NOOP("Cli", "show this help message and exit"),)
JSON_HELP = QT_TRANSLATE_NOOP("Cli", "one JSON object per line")


class _Help(argparse.HelpFormatter):
    """Writes the help texts (marked with QT_TRANSLATE_NOOP in the "Cli" context) in the
    command line's language."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        return _translated(action.help)


def _translated(text: str | None) -> str | None:
    if not text or text == argparse.SUPPRESS:
        return text
    from PySide6.QtCore import QCoreApplication

    return str(QCoreApplication.translate("Cli", text))


class Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line: what was wrong and where to look; the help
    and that line are in the command line's language (argparse's own words stay English)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Help)
        super().__init__(*args, **kwargs)

    def format_help(self) -> str:
        language.load()
        source = self.description
        self.description = _translated(source)
        try:
            return super().format_help()
        finally:
            self.description = source

    def error(self, message: str) -> NoReturn:
        language.load()
        from PySide6.QtCore import QCoreApplication

        from accountmgr.qtmodels.formatting import fill

        text = QCoreApplication.translate("Cli", "%1: error: %2 (see '%3 --help')")
        self.exit(EXIT_USAGE, fill(text, self.prog, message, PROG) + "\n")


# The subcommands' parsers, to which each group's `add_commands` adds its own.
Commands: TypeAlias = "argparse._SubParsersAction[Parser]"


class UsageError(Exception):
    """A bad argument found after parsing (exit 2, one line), said in the command line's
    language."""


def date_arg(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        language.load()
        from PySide6.QtCore import QCoreApplication

        from accountmgr.qtmodels.formatting import fill

        text = QCoreApplication.translate("Cli", "'%1' is not a date of the form YYYY-MM-DD")
        raise argparse.ArgumentTypeError(fill(text, value)) from None


def fail(message: str, code: int = EXIT_FAILURE) -> int:
    """Say `message` (in the command line's language already) as the one line of an error."""
    language.load()
    from PySide6.QtCore import QCoreApplication

    from accountmgr.qtmodels.formatting import fill

    text = QCoreApplication.translate("Cli", "%1: error: %2")
    print(fill(text, PROG, message), file=sys.stderr)
    return code


def number(value: float, decimals: int = 0) -> str:
    """A number as the command line's locale writes it ("1,234.5", "1.234,5")."""
    from PySide6.QtCore import QLocale

    if decimals:
        return QLocale().toString(float(value), "f", decimals)
    return QLocale().toString(int(value))


def error_text(error: Exception) -> str:
    """What a store or domain error says, in the command line's language (as the window
    says it)."""
    from accountmgr.qtmodels.formatting import error_text as translated

    return translated(error)


def first_line(error: Exception) -> str:
    """The first line of an error's text (a server's errors add lines of detail)."""
    lines = str(error).strip().splitlines()
    return lines[0] if lines else type(error).__name__


def without_passwords(text: str, *targets: object) -> str:
    """`text` with the password of every team database among `targets` left out."""
    from urllib.parse import unquote, urlsplit

    from accountmgr.store.postgres import ServerAddress

    for target in targets:
        if isinstance(target, ServerAddress):
            text = text.replace(target.url, target.shown)
            password = urlsplit(target.url).password
            for secret in {password, unquote(password)} if password else ():
                text = text.replace(secret, "***")
    return text
