"""Text normalisation shared by search, import and sorting (no Qt, no database)."""

from __future__ import annotations

import re
import unicodedata

# Letters that NFKD does not decompose into a base letter plus accents.
_SPECIAL = str.maketrans(
    {
        "ß": "ss",
        "æ": "ae",
        "œ": "oe",
        "ø": "o",
        "ł": "l",
        "đ": "d",
        "ð": "d",
        "þ": "th",
        "ı": "i",
    }
)


def fold(text: str | None) -> str:
    """Lower-case, accent-free, whitespace-collapsed form of ``text`` for matching.

    >>> fold("  LEFÈVRE  Łukasz ")
    'lefevre lukasz'
    """
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_SPECIAL))
    # Compatibility forms (𝕬, ℠, ligatures) decompose into letters that need lowering again.
    lowered = decomposed.casefold().translate(_SPECIAL)
    decomposed = unicodedata.normalize("NFKD", lowered)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.split())


def sort_key(text: str | None) -> str:
    """Key for alphabetical order as a French reader expects (accents ignored)."""
    return fold(text)


def search_key(*parts: str | None) -> str:
    """The folded text a record is searched by (names, company, e-mail...)."""
    return fold(" ".join(p for p in parts if p))


# a lowercase letter, then a capital that starts a lowercase word: « NéoIoT » → « Néo IoT »
_CAMEL = re.compile(r"(?<=[a-zà-öø-ÿ])(?=[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ])")


def split_capitals(text: str) -> str:
    """« InsightLearning SAS » → « Insight Learning SAS »: where a name written in one word
    may break when it is too long for its box (booth labels)."""
    return _CAMEL.sub(" ", text)
