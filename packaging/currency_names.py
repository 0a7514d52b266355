"""Fill the currency names of every language's .ts from the Unicode CLDR (through Babel):
the interface names a currency in the person's language ("Franc suisse", "Schweizer Franken")
where the database keeps its English name.

    python packaging/translations.py && python packaging/currency_names.py

Only messages of the "Currency" context still unfinished are filled; a name a translator
changed stays as it is.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from babel import Locale, UnknownLocaleError
from babel.numbers import get_currency_name

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "packaging")]

from translations import TS_DIR, write_ts  # noqa: E402

from accountmgr.domain import iso4217  # noqa: E402


def _name(code: str, language: str) -> str:
    """The CLDR name of a currency in a language, as a table shows it: first letter capital
    ("euro" -> "Euro")."""
    name = get_currency_name(code, locale=language)
    return name[:1].upper() + name[1:]


def fill(ts_file: Path) -> int:
    language = ts_file.stem.removeprefix("accountmgr_")
    if language == "en":  # the sources are English
        return 0
    try:
        Locale.parse(language)
    except UnknownLocaleError:
        return 0
    codes = {name: code for code, name in iso4217.NAMES.items()}
    tree = ET.parse(ts_file)
    filled = 0
    for context in tree.getroot().iter("context"):
        if context.findtext("name") != "Currency":
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            code = codes.get(message.findtext("source", ""))
            if translation is None or code is None or translation.get("type") != "unfinished":
                continue
            translation.text = _name(code, language)
            del translation.attrib["type"]
            filled += 1
    if filled:
        write_ts(ts_file, tree.getroot())
    return filled


def main() -> int:
    for ts_file in sorted(TS_DIR.glob("accountmgr_*.ts")):
        print(f"{ts_file.name}: {fill(ts_file)} currency names filled")
    return 0


if __name__ == "__main__":
    sys.exit(main())
