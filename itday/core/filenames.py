"""File names made from what people type (an edition's, an exhibitor's, a document's name),
valid on Windows as on Linux and macOS.

Windows refuses ``< > : " / \\ | ? *`` and control characters in a name, drops trailing dots
and spaces, reserves ``CON``, ``PRN``, ``AUX``, ``NUL``, ``COM0``–``COM9`` and
``LPT0``–``LPT9`` (with any extension: ``con.pdf`` too), and a path longer than 260
characters fails in many programs.  ``name_part`` keeps ASCII letters and digits only
(accents dropped: « Société Générale » → ``societe-generale``), so none of that can happen;
every file-name builder of itday goes through it.
"""

from __future__ import annotations

import re
import unicodedata

RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
    | {f"{device}{n}" for device in ("COM", "LPT") for n in "0123456789¹²³"}
)
#: what Windows forbids in a file name (besides control characters)
FORBIDDEN = '<>:"/\\|?*'


def name_part(
    text: str, *, default: str, limit: int = 60, lower: bool = True, sep: str = "-"
) -> str:
    """``text`` as a piece of a file name: ASCII letters and digits, any other run of
    characters one ``sep``, none at either end, at most ``limit`` characters, never a name
    that Windows reserves (``con`` → ``con_``); ``default`` when nothing is left."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    if lower:
        plain = plain.lower()
    name = re.sub(r"[^A-Za-z0-9]+", sep, plain).strip(sep)[:limit].strip(sep)
    if not name:
        name = default
    return f"{name}_" if is_reserved(name) else name


def is_reserved(name: str) -> bool:
    """Whether Windows reserves ``name`` (``NUL``, ``com1.txt``, ``Con .pdf``)."""
    return name.split(".", 1)[0].rstrip(" ").upper() in RESERVED


def valid_on_windows(name: str, limit: int = 255) -> bool:
    """Whether ``name`` (one path component) can be created on Windows."""
    return (
        0 < len(name) <= limit
        and not any(c in FORBIDDEN or ord(c) < 32 for c in name)
        and not name.endswith((".", " "))
        and not is_reserved(name)
    )
