"""Every text of the interface is translated into each of its languages, and each translation keeps
the placeholders, plural forms, accelerators and spacing of its English source."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from accountmgr.views.translations import LANGUAGES

TS_DIR = Path(__file__).resolve().parent.parent / "resources" / "translations"
TRANSLATED = [code for code in LANGUAGES if code != "en"]
_PLACEHOLDER = re.compile(r"%L?n|%[1-9]|\{[a-z_]+\}")
_COUNTS = {"%n", "%Ln"}


def _messages(code: str) -> list[tuple[str, ET.Element]]:
    root = ET.parse(TS_DIR / f"accountmgr_{code}.ts").getroot()
    return [
        (context.findtext("name", ""), message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def _texts(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if translation is None:
        return []
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def _accelerators(text: str) -> int:
    return text.count("&") - 2 * text.count("&&")


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_text_is_translated(code: str) -> None:
    untranslated = [
        f"{context}: {message.findtext('source')!r}"
        for context, message in _messages(code)
        if message.find("translation") is None
        or message.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
        or not all(text.strip() for text in _texts(message))
    ]
    assert not untranslated, f"{len(untranslated)} untranslated:\n" + "\n".join(untranslated)


@pytest.mark.parametrize("code", TRANSLATED)
def test_translations_keep_placeholders_accelerators_and_spacing(code: str) -> None:
    wrong = []
    for context, message in _messages(code):
        source = message.findtext("source", "")
        wanted = set(_PLACEHOLDER.findall(source))
        plural = message.get("numerus") == "yes"
        for text in _texts(message):
            if not text:
                continue
            found = set(_PLACEHOLDER.findall(text))
            # a singular form may say "yesterday" instead of "%n days ago"
            if found != wanted and not (plural and found == wanted - _COUNTS):
                wrong.append(f"{context}: {source!r} -> {text!r} (placeholders)")
            if "<" not in source and _accelerators(source) != _accelerators(text):
                wrong.append(f"{context}: {source!r} -> {text!r} (&)")
            if (source[:1] == " ", source[-1:] == " ") != (text[:1] == " ", text[-1:] == " "):
                wrong.append(f"{context}: {source!r} -> {text!r} (spaces)")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("code", TRANSLATED)
def test_plural_texts_have_both_forms(code: str) -> None:
    short = [
        f"{context}: {message.findtext('source')!r}"
        for context, message in _messages(code)
        if message.get("numerus") == "yes" and len(_texts(message)) != 2
    ]
    assert not short, "\n".join(short)


def test_store_errors_are_said_in_the_interfaces_language_as_domain_errors_are(
    german: None,
) -> None:
    from accountmgr.domain.backups import BackupFailedError
    from accountmgr.qtmodels.formatting import error_text
    from accountmgr.store.errors import SchemaTooNewError

    error = SchemaTooNewError(
        "{path} was written by a newer version of accountmgr (schema {version}; this version "
        "knows up to {latest}). Please update the application to use it.",
        path="team.db",
        version=99,
        latest=10,
    )
    said = error_text(error)
    assert said.startswith("team.db wurde von einer neueren Version")
    assert "Schema 99" in said
    passed_on = BackupFailedError("{reason}", reason=str(error))
    passed_on.__cause__ = error  # as the domain passes a store error on (raise ... from)
    assert error_text(passed_on) == said


def test_english_says_one_account_not_one_accounts() -> None:
    """English has no translation but its plural forms: a text with a count needs both, or
    the window says "(1 accounts)"."""
    missing = [
        f"{context}: {message.findtext('source')!r}"
        for context, message in _messages("en")
        if message.get("numerus") == "yes"
        and (len(_texts(message)) != 2 or not all(text.strip() for text in _texts(message)))
    ]
    assert not missing, "\n".join(missing)
