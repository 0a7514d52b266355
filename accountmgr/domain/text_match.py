"""How a search's words match the accounts: the condition on the summary row, and LIKE patterns
that match a text as it is written."""

from __future__ import annotations

from accountmgr.store import engine


def like_escaped(text: str) -> str:
    """`text` for a LIKE pattern with ESCAPE '\\': its %, _ and backslashes match themselves."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def search_clause(text: str) -> tuple[str, str]:
    """A condition on the summary row `s` matching `text`, case-insensitively.

    Three characters or more search names, people, emails and phones anywhere, through the
    trigram index (a quoted phrase is a substring match, and folds case beyond ASCII). One or
    two characters, which have no trigram, match the start of organization names, through the
    name index: what a person typing the first letters of a customer expects.
    """
    if len(text) >= 3:
        matching, phrase = engine.text_search(text)
        return f"s.org_id IN ({matching})", phrase
    if not any(c in text for c in "%_\\"):
        return "s.name LIKE ?", f"{text}%"
    return "s.name LIKE ? ESCAPE '\\'", f"{like_escaped(text)}%"
