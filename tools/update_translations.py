"""Refresh the English translation: lupdate over itday/**/*.py, fill, lrelease, report.

    /work/venv/bin/python tools/update_translations.py [--check]

1. ``pyside6-lupdate`` scans every ``itday/**/*.py`` into ``resources/translations/itday_en.ts``
   (French sources; translations already in the .ts are kept, messages gone from the code are
   dropped).
2. Messages still without an English text get one from ``tools/translations_en.py`` when it
   has the source (the .ts stays the reference: a translator may edit it with
   ``pyside6-linguist``; existing translations are never overwritten).
3. ``pyside6-lrelease`` compiles ``itday_en.qm`` (committed: no build step at install).
4. Prints the messages left untranslated (context and source) and exits 1 if there are any.

``--check`` only reports (no lupdate, no lrelease).  Running it twice changes nothing.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "itday_en.ts"
QM = TS.with_suffix(".qm")
sys.path.insert(0, str(Path(__file__).resolve().parent))


def tool(name: str) -> str:
    """A PySide6 tool: next to this Python first (the virtualenv), else on PATH."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if not found:
        sys.exit(f"{name} introuvable : installez PySide6 dans cet environnement.")
    return found


def sources() -> list[str]:
    return sorted(
        str(p.relative_to(ROOT))
        for p in (ROOT / "itday").rglob("*.py")
        if "migrations" not in p.parts
    )


def run_lupdate() -> None:
    cmd = [tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-locations", "none"]
    cmd += ["-source-language", "fr_FR", "-target-language", "en_GB", "-ts", str(TS)]
    subprocess.run(cmd, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)


def is_translated(message: ET.Element) -> bool:
    """A non-empty translation (every plural form of a ``%n`` message), not unfinished."""
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return False
    if message.get("numerus") == "yes":
        forms = translation.findall("numerusform")
        return bool(forms) and all((f.text or "").strip() for f in forms)
    return bool((translation.text or "").strip())


def untranslated(tree: ET.ElementTree) -> list[tuple[str, str]]:
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            if not is_translated(message):
                missing.append((name, message.findtext("source", "")))
    return missing


def fill(tree: ET.ElementTree) -> int:
    """English texts from ``translations_en`` for the messages that have none yet."""
    from translations_en import BY_CONTEXT, EN

    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            if is_translated(message):
                continue
            english = BY_CONTEXT.get((name, source), EN.get(source))
            if english is None:
                continue
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            for child in list(translation):
                translation.remove(child)
            if message.get("numerus") == "yes":
                singular, plural = english if isinstance(english, tuple) else (english, english)
                translation.text = None
                for form in (singular, plural):
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = english if isinstance(english, str) else english[-1]
            translation.attrib.pop("type", None)
            filled += 1
    return filled


def write(tree: ET.ElementTree) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    TS.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report only")
    args = parser.parse_args()
    TS.parent.mkdir(parents=True, exist_ok=True)
    if not args.check:
        run_lupdate()
    tree = ET.parse(TS)
    if not args.check:
        filled = fill(tree)
        write(tree)
        subprocess.run(
            [tool("pyside6-lrelease"), str(TS), "-qm", str(QM)],
            cwd=ROOT,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        print(
            f"{TS.relative_to(ROOT)} : {filled} traduction(s) ajoutée(s) depuis translations_en.py"
        )
    total = sum(1 for _ in tree.getroot().iter("message"))
    missing = untranslated(tree)
    print(f"{total} messages, {total - len(missing)} traduits, {len(missing)} à traduire")
    for context, source in missing:
        print(f"  [{context}] {source!r}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
