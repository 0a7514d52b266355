"""Extract every translatable string into the Qt Linguist sources, resources/translations/*.ts
(or, with --check, verify that they hold every string of the sources as they are now).

pyside6-lupdate reads the views' and Qt models' `tr()`, `translate()` and `QT_TRANSLATE_NOOP`
calls and the Designer forms. The domain never imports Qt, so its messages (the templates of
its errors, which the import also reports per rejected row) are found here instead: every
literal template given to a `...Error(...)` or `Reject(...)` in accountmgr/domain and
accountmgr/store goes to lupdate as a `QT_TRANSLATE_NOOP("DomainError", ...)`, the context
`qtmodels.formatting.message_text` translates them in.

    python packaging/translations.py           update every .ts from the sources
    python packaging/translations.py --check   fail when a .ts misses a string or keeps a gone one
    python packaging/translations.py --add fr  start the .ts of a new language
"""

from __future__ import annotations

import argparse
import ast
import builtins
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
DOMAIN_CONTEXT = "DomainError"
_MESSAGE_CALLS = ("Reject",)  # besides every name ending in "Error"


def _lupdate() -> str:
    found = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    return found or "pyside6-lupdate"


def _called_name(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Name):
        return func.id
    return func.attr if isinstance(func, ast.Attribute) else ""


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _python(root: Path) -> list[Path]:
    forms = root / "accountmgr" / "views" / "forms"
    return [p for p in sorted((root / "accountmgr").rglob("*.py")) if forms not in p.parents]


def domain_messages(root: Path = ROOT) -> dict[tuple[str, str], list[str]]:
    """The texts the interface translates that no `tr()` names, as (context, text), with where
    each is written:

    - DomainError: the literal template of every `...Error(...)` and `Reject(...)`, and the
      `MESSAGE` of an error class (the interface translates them in that context);
    - Recurrence: the sentences of `domain/recurrence._TEMPLATES`;
    - Currency: the English name of each currency in `domain/iso4217.NAMES`;
    - ImportField: the label of each field the import knows (`FieldSpec(key, label, ...)`);
    - ActivityType: the names and default subjects of the types a new database starts with.
    """
    found: dict[tuple[str, str], list[str]] = {}

    def add(context: str, text: str | None, path: Path, line: int) -> None:
        if text:
            found.setdefault((context, text), []).append(f"{path.relative_to(root)}:{line}")

    for path in _python(root):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and node.args:
                name = _called_name(node)
                ours = name.endswith("Error") and not hasattr(builtins, name)  # not Python's
                if ours or name in _MESSAGE_CALLS:
                    add(DOMAIN_CONTEXT, _literal(node.args[0]), path, node.lineno)
                elif name == "FieldSpec" and len(node.args) > 1:
                    add("ImportField", _literal(node.args[1]), path, node.lineno)
            elif isinstance(node, ast.ClassDef) and node.name.endswith("Error"):
                for item in node.body:
                    if isinstance(item, ast.Assign) and any(
                        isinstance(t, ast.Name) and t.id == "MESSAGE" for t in item.targets
                    ):
                        add(DOMAIN_CONTEXT, _literal(item.value), path, item.lineno)
            elif isinstance(node, ast.AnnAssign | ast.Assign) and isinstance(node.value, ast.Dict):
                target = node.target if isinstance(node, ast.AnnAssign) else node.targets[0]
                context = {"_TEMPLATES": "Recurrence", "NAMES": "Currency"}.get(
                    target.id if isinstance(target, ast.Name) else ""
                )
                if context:
                    for value in node.value.values:
                        if value is not None:
                            add(context, _literal(value), path, value.lineno)
            elif isinstance(node, ast.AnnAssign | ast.Assign) and isinstance(node.value, ast.Tuple):
                target = node.target if isinstance(node, ast.AnnAssign) else node.targets[0]
                if isinstance(target, ast.Name) and target.id == "ACTIVITY_TYPES":
                    for row in node.value.elts:  # (key, name, icon, colour, subject, ...)
                        if isinstance(row, ast.Tuple):
                            add("ActivityType", _literal(row.elts[1]), path, row.lineno)
                            add("ActivityType", _literal(row.elts[4]), path, row.lineno)
    return found


def _messages_stub(folder: Path) -> Path:
    """A Python file lupdate reads: one QT_TRANSLATE_NOOP per text of `domain_messages`."""
    stub = folder / "domain_messages.py"
    lines = [
        f"QT_TRANSLATE_NOOP({context!r}, {text!r})  # {', '.join(places[:2])}\n"
        for (context, text), places in sorted(domain_messages().items())
    ]
    stub.write_text("".join(lines), encoding="utf-8")
    return stub


def sources(folder: Path) -> list[str]:
    """What lupdate reads: the product's Python, the forms, and the domain's messages."""
    python = sorted(str(p) for p in (ROOT / "accountmgr").rglob("*.py"))
    forms = sorted(str(p) for p in (ROOT / "ui").glob("*.ui"))
    return [*python, *forms, str(_messages_stub(folder))]


def update(ts_files: list[Path]) -> None:
    kept = {ts_file: _plural_translations(ts_file) for ts_file in ts_files}
    with tempfile.TemporaryDirectory() as folder:
        command = [_lupdate(), "-silent", "-no-obsolete", "-locations", "none"]
        subprocess.run([*command, *sources(Path(folder)), "-ts", *map(str, ts_files)], check=True)
    for ts_file in ts_files:
        _mark_plurals(ts_file, kept[ts_file])


Key = tuple[str, str]
_COUNT = ("%n", "%Ln")


def _messages(root: ET.Element) -> list[tuple[Key, ET.Element]]:
    return [
        ((context.findtext("name", ""), message.findtext("source", "")), message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def _plural_translations(ts_file: Path) -> dict[Key, tuple[list[str], bool]]:
    """The plural forms a .ts holds, and whether each message is finished."""
    if not ts_file.exists():
        return {}
    kept = {}
    for key, message in _messages(ET.parse(ts_file).getroot()):
        translation = message.find("translation")
        if message.get("numerus") == "yes" and translation is not None:
            forms = [form.text or "" for form in translation.iter("numerusform")]
            kept[key] = (forms, translation.get("type") != "unfinished")
    return kept


def _mark_plurals(ts_file: Path, kept: dict[Key, tuple[list[str], bool]]) -> None:
    """Texts with a count (%n) take plural forms. lupdate knows that of `self.tr(text, "", n)`
    but not of `QCoreApplication.translate(context, text, None, n)`, so every message with a
    count is made a plural one here, with the forms it had before lupdate ran."""
    tree = ET.parse(ts_file)
    root = tree.getroot()
    for key, message in _messages(root):
        if not any(count in key[1] for count in _COUNT):
            continue
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        plain = translation.text if message.get("numerus") != "yes" else None
        forms, finished = kept.get(key, ([], False))
        if not forms:
            forms = [form.text or "" for form in translation.iter("numerusform")]
            finished = translation.get("type") != "unfinished" and any(forms)
        if not forms and plain:  # a translation written before the text counted
            forms, finished = [plain, plain], False
        message.set("numerus", "yes")
        translation.clear()
        translation.text = None
        if not finished:
            translation.set("type", "unfinished")
        for text in forms or [""]:
            ET.SubElement(translation, "numerusform").text = text
    write_ts(ts_file, root)


def write_ts(ts_file: Path, root: ET.Element) -> None:
    """Write a Linguist file as lupdate does: its header, four-space indentation."""
    ET.indent(root, "    ")
    body = ET.tostring(root, encoding="unicode")
    ts_file.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', "utf-8")


def language_of(ts_file: Path) -> str:
    return ts_file.stem.removeprefix("accountmgr_")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail if a .ts is not current")
    parser.add_argument("--add", metavar="LANG", help="start the .ts of a language (e.g. pt_BR)")
    args = parser.parse_args()
    ts_files = sorted(TS_DIR.glob("accountmgr_*.ts"))
    if args.add:
        ts_files.append(_empty(TS_DIR / f"accountmgr_{args.add}.ts"))
    if not args.check:
        update(ts_files)
        return 0
    stale = []
    with tempfile.TemporaryDirectory() as folder:
        for ts_file in ts_files:
            copy = Path(folder) / ts_file.name
            shutil.copyfile(ts_file, copy)
            update([copy])
            if copy.read_bytes() != ts_file.read_bytes():
                stale.append(ts_file.relative_to(ROOT))
    if stale:
        names = ", ".join(map(str, stale))
        print(f"not current: {names} (run packaging/translations.py)", file=sys.stderr)
        return 1
    return 0


def _empty(ts_file: Path) -> Path:
    """A new, empty Linguist file for the language its name says."""
    language = language_of(ts_file)
    ts_file.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        f'<TS version="2.1" language="{language}">\n</TS>\n',
        encoding="utf-8",
    )
    return ts_file


if __name__ == "__main__":
    sys.exit(main())
