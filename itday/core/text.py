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


# a letter ``_SPECIAL`` changes; anything but ASCII and the accents ``_ACCENTS`` deletes
_HAS_SPECIAL = re.compile("[" + "".join(map(chr, _SPECIAL)) + "]")
_NOT_LATIN = re.compile("[^\x00-\x7f\u0300-\u036f]")


@functools.lru_cache(maxsize=16384)  # first names, companies, cities repeat
def _fold(text: str) -> str:
    folded = text.casefold()
    if _HAS_SPECIAL.search(folded):  # (a translate by a dict costs more than the search)
        folded = folded.translate(_SPECIAL)
    decomposed = unicodedata.normalize("NFKD", folded)
    lowered = decomposed.casefold()
    if lowered != decomposed:  # compatibility forms (𝕬, ℠) decompose into capitals
        decomposed = unicodedata.normalize("NFKD", lowered.translate(_SPECIAL))
    if _NOT_LATIN.search(decomposed) is None:  # ASCII and accents: the accents dropped
        return " ".join(decomposed.encode("ascii", "ignore").decode("ascii").split())
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


# -- names shown on screens and in terminals ------------------------------------------------
# An edition's or a station's name is printed on badges, in lists and in a terminal: a line
# break, an escape sequence (ESC [31m…) or a bidirectional override (U+202E) would break a
# line, recolour a terminal or reverse the text around it.

#: bidirectional embeddings, overrides and isolates, and the invisible direction marks
_BIDI = frozenset("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _is_control(ch: str) -> bool:
    return ch in _BIDI or unicodedata.category(ch) in ("Cc", "Zl", "Zp")


def has_control(text: str | None) -> bool:
    """True if ``text`` holds a control character (line break, tab, escape, DEL…) or a
    bidirectional control."""
    return bool(text) and any(_is_control(ch) for ch in text)


def clean_label(text: str | None) -> str:
    """``text`` on one line: every control character becomes a space, blanks are collapsed.

    >>> clean_label("Salon\\x1b[31m\\nRouge ")
    'Salon [31m Rouge'
    """
    if not text:
        return ""
    if has_control(text):
        text = "".join(" " if _is_control(ch) else ch for ch in text)
    return " ".join(text.split())


def counted(n: int, one: str, many: str | None = None) -> str:
    """``n`` and the French word or phrase of its number: « 1 avertissement », « 0 ligne
    rejetée », « 2 lignes rejetées ».  In French 0 and 1 take the singular.  ``many``: the
    plural (every word of ``one`` with an « s » when not given)."""
    if -2 < n < 2:
        return f"{n} {one}"
    if many is None:
        many = " ".join(word + "s" for word in one.split(" "))
    return f"{n} {many}"
