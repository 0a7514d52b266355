"""Notes on an organization, optionally about one of its people or deals."""

from __future__ import annotations

from typing import Any

from accountmgr.domain import clock
from accountmgr.domain.changes import Change, Kind
from accountmgr.domain.errors import ValidationError
from accountmgr.domain.organizations import existing_org_id, existing_user_id
from accountmgr.domain.writes import Created, check_links, clean_text, delete_one, fetch, write
from accountmgr.store.models import Note


def _content(value: str) -> str:
    text = clean_text(value, "note")
    if not text.strip():
        raise ValidationError("The note must not be empty.")
    return text


def create_note(
    content: str,
    *,
    org_id: int,
    person_id: int | None = None,
    deal_id: int | None = None,
    pinned: bool = False,
    author_id: int | None = None,
) -> Created:
    text = _content(content)
    check_links(org_id, person_id, deal_id)
    with write(Kind.NOTE) as w:
        now = clock.now()
        note = Note.create(
            content=text,
            organization=existing_org_id(org_id),
            person=person_id,
            deal=deal_id,
            pinned=pinned,
            author=existing_user_id(author_id),
            created_at=now,
            updated_at=now,
        )
        w.touch(org_id)
    return Created(note.id, w.change)


def update_note(note_id: int, *, content: str | None = None, pinned: bool | None = None) -> Change:
    fields: dict[str, Any] = {}
    if content is not None:
        fields["content"] = _content(content)
    if pinned is not None:
        fields["pinned"] = pinned
    with write(Kind.NOTE) as w:
        note = fetch(Note, note_id, "note")
        Note.update(**fields, updated_at=clock.now()).where(Note.id == note_id).execute()
        w.touch(note.organization_id)
    return w.change


def delete_note(note_id: int) -> Change:
    return delete_one(Kind.NOTE, Note, note_id, "note")
