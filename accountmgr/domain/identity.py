"""Who is using the application: one of the database's users, chosen by the person ("I am").

The window remembers the choice and sets it here at start and on every change; new activities
then default to that user as assignee and new notes record that user as their author.
"""

from __future__ import annotations

from accountmgr.store import engine
from accountmgr.store.models import User

_chosen: dict[str, int | None] = {"user": None}


def set_current_user(user_id: int | None) -> None:
    _chosen["user"] = user_id


def current_user() -> int | None:
    """The user the application runs as, None when nobody was chosen (or the user is gone)."""
    user_id = _chosen["user"]
    if user_id is None or not User.select().where(User.id == user_id).exists():
        return None
    return user_id


def settings_group() -> str:
    """Where the window remembers who the person is: one choice for this installation's own
    files, one per team database (each has its own users)."""
    key = engine.team_key()
    return "user" if key is None else f"team-{key}"
