"""Text normalisation shared by search, import and sorting (no Qt, no database)."""

from __future__ import annotations

import functools
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


# The combining accents of Latin, Greek and Cyrillic letters, deleted by one ``translate``;
# the rarer marks of other scripts are looked for only when something non-ASCII is left.
_ACCENTS = dict.fromkeys(range(0x300, 0x370))


def fold(text: str | None) -> str:
    """Lower-case, accent-free, whitespace-collapsed form of ``text`` for matching.

    >>> fold("  LEFÈVRE  Łukasz ")
    'lefevre lukasz'
    """
    if not text:
        return ""
    if text.isascii():  # most names and e-mails: nothing to decompose
        return " ".join(text.lower().split())
    return _fold(text)


@functools.lru_cache(maxsize=16384)  # first names, companies, cities repeat
def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_SPECIAL))
    lowered = decomposed.casefold()
    if lowered != decomposed:  # compatibility forms (𝕬, ℠) decompose into capitals
        decomposed = unicodedata.normalize("NFKD", lowered.translate(_SPECIAL))
    stripped = decomposed.translate(_ACCENTS)
    if not stripped.isascii():
        stripped = "".join(ch for ch in stripped if not unicodedata.combining(ch))
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
