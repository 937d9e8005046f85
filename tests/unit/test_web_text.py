"""The phone pages speak French and English: every French text they use has its English."""

from __future__ import annotations

import ast
from pathlib import Path

from itday.web import pages, text

WEB = Path(text.__file__).parent


def _t_calls() -> set[str]:
    """French literals passed to ``t(lang, …)`` in the web package, and constants used so."""
    found: set[str] = set()
    for path in WEB.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        constants = {
            n.targets[0].id: n.value.value
            for n in tree.body
            if isinstance(n, ast.Assign)
            and isinstance(n.targets[0], ast.Name)
            and isinstance(n.value, ast.Constant)
            and isinstance(n.value.value, str)
        }
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "t":
                arg = node.args[1] if len(node.args) > 1 else None
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    found.add(arg.value)
                elif isinstance(arg, ast.Name) and arg.id in constants:
                    found.add(constants[arg.id])
    return found


def test_every_french_text_of_the_pages_has_its_english():
    used = _t_calls() | set(pages._JS_WORDS)
    assert len(used) > 40
    missing = sorted(u for u in used if u not in text.EN)
    assert not missing, missing


def test_the_script_says_only_words_the_page_gives_it():
    import re

    script = (WEB / "static" / "phone.js").read_text(encoding="utf-8")
    said = set(re.findall(r'w\("([^"]+)"\)', script))
    block = script.split("const MESSAGES = {", 1)[1].split("};", 1)[0]
    said |= set(re.findall(r':\s*"([^"]+)"', block))
    assert len(said) > 15
    missing = sorted(said - set(pages._JS_WORDS))
    assert not missing, missing


def test_english_is_chosen_by_the_phone_and_french_otherwise():
    from werkzeug.datastructures import LanguageAccept

    assert text.language(LanguageAccept([("en-GB", 1), ("en", 0.9)])) == "en"
    assert text.language(LanguageAccept([("de-DE", 1), ("fr", 0.5)])) == "fr"
    assert text.language(LanguageAccept([("de-DE", 1)])) == "fr"
    assert text.language(None) == "fr"
    assert text.t("en", "Stand {stand}", stand="Acme") == "Booth: Acme"
