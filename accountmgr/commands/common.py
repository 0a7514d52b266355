"""What every command shares: the program's name, exit codes, one-line errors and argument
types."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from typing import NoReturn, TypeAlias

PROG = "accountmgr"
EXIT_FAILURE = 1
EXIT_USAGE = 2

# The subcommands' parsers, to which each group's `add_commands` adds its own.
Commands: TypeAlias = "argparse._SubParsersAction[Parser]"


class Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line: what was wrong and where to look."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see '{PROG} --help')\n")


class UsageError(Exception):
    """A bad argument found after parsing (exit 2, one line)."""


def date_arg(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{value}' is not a date of the form YYYY-MM-DD"
        ) from None


def fail(message: str, code: int = EXIT_FAILURE) -> int:
    print(f"{PROG}: error: {message}", file=sys.stderr)
    return code


def count(number: int, noun: str) -> str:
    return f"{number:,} {noun}{'' if number == 1 else 's'}"
