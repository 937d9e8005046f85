"""Badge codes: what the QR code on a badge carries.

A code is ``ITD-`` followed by 16 characters of random data (80 bits, RFC 4648 base32
alphabet) and 2 check characters.  Everything is in the QR "alphanumeric" character set,
so the whole code fits a version 2 QR code at error correction Q (25×25 modules), which a
webcam reads at 30–50 cm.  The code carries no personal data.

``parse`` tells apart three kinds of input: a well-formed code of ours, something that
looks like ours but is damaged (bad check characters), and anything else (a URL, a vCard,
another event's ticket).

A USB scanner is a keyboard that sends key *positions*: one set up for a US (QWERTY) layout
and plugged into a French (AZERTY) PC types ``ITD)…`` for ``ITD-…``, ``é"'(-è`` for the
digits ``234567`` and swaps A/Q, Z/W (M comes out as ``?``).  ``parse`` reads such text back
through ``QWERTY_ON_AZERTY`` when it is not a code as typed, and accepts the result only if
its check characters are right (a foreign string practically never passes the check).
"""

from __future__ import annotations

import enum
import secrets
import zlib
from dataclasses import dataclass

PREFIX = "ITD-"
ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
RANDOM_CHARS = 16  # 16 × 5 bits = 80 bits
CHECK_CHARS = 2
CODE_LENGTH = len(PREFIX) + RANDOM_CHARS + CHECK_CHARS


# The physical keys that differ between a US (QWERTY) and a French (AZERTY) keyboard for the
# characters of a code (``ITD-``, A–Z, 2–7): (US unshifted, US shifted, AZERTY unshifted,
# AZERTY shifted), one row per key.  A scanner types capitals with Shift, digits and ``-``
# without.
_KEYS = (
    ("2", "@", "é", "2"),
    ("3", "#", '"', "3"),
    ("4", "$", "'", "4"),
    ("5", "%", "(", "5"),
    ("6", "^", "-", "6"),
    ("7", "&", "è", "7"),
    ("-", "_", ")", "°"),
    ("q", "Q", "a", "A"),
    ("w", "W", "z", "Z"),
    ("a", "A", "q", "Q"),
    ("z", "Z", "w", "W"),
    ("m", "M", ",", "?"),
)
_CODE_CHARS = set(PREFIX + ALPHABET + ALPHABET.lower())

#: what an AZERTY PC received → what the QWERTY scanner meant, for the characters a code
#: can mean (a digit received as such stays a digit: Caps Lock on an AZERTY PC types them)
QWERTY_ON_AZERTY: dict[str, str] = {
    received: meant
    for us, us_shift, fr, fr_shift in _KEYS
    for meant, received in ((us, fr), (us_shift, fr_shift))
    if meant in _CODE_CHARS
}
# Belgian and Mac French AZERTY have § where the French PC layout has - (the US 6 key).
QWERTY_ON_AZERTY["§"] = "6"
#: how the prefix looks as typed: on the right keyboard, and by a US scanner on AZERTY
PREFIXES_AS_TYPED = (
    PREFIX,
    "".join({m: r for r, m in QWERTY_ON_AZERTY.items()}.get(ch, ch) for ch in PREFIX),
)


class CodeKind(enum.StrEnum):
    OURS = "ours"
    DAMAGED = "damaged"  # our prefix, wrong length or check characters
    FOREIGN = "foreign"  # not an itday badge at all


@dataclass(frozen=True)
class ParsedCode:
    kind: CodeKind
    code: str  # normalised (stripped, upper-cased) for OURS, the raw input otherwise


def _check(body: str) -> str:
    value = zlib.crc32(body.encode("ascii")) & 0x3FF  # 10 bits → 2 characters
    return ALPHABET[value >> 5] + ALPHABET[value & 0x1F]


_SHIFTS = tuple(5 * i for i in range(RANDOM_CHARS))  # the first character: the lowest bits


def new_code() -> str:
    """A fresh, unguessable badge code (80 random bits, 5 a character)."""
    bits = secrets.randbits(RANDOM_CHARS * 5)
    body = "".join([ALPHABET[(bits >> shift) & 31] for shift in _SHIFTS])
    return PREFIX + body + _check(body)


def code_from_seed(rng) -> str:
    """A code drawn from ``rng`` (a ``random.Random``): deterministic demo data only."""
    body = "".join(rng.choice(ALPHABET) for _ in range(RANDOM_CHARS))
    return PREFIX + body + _check(body)


def _parse_as_typed(text: str) -> ParsedCode:
    candidate = text.upper()
    if not candidate.startswith(PREFIX):
        return ParsedCode(CodeKind.FOREIGN, text)
    body = candidate[len(PREFIX) :]
    if (
        len(candidate) != CODE_LENGTH
        or any(ch not in ALPHABET for ch in body)
        or _check(body[:RANDOM_CHARS]) != body[RANDOM_CHARS:]
    ):
        return ParsedCode(CodeKind.DAMAGED, text)
    return ParsedCode(CodeKind.OURS, candidate)


def from_qwerty_scanner(text: str) -> str:
    """``text`` read back as a US-layout scanner meant it when typing on an AZERTY PC."""
    return "".join(QWERTY_ON_AZERTY.get(ch, ch) for ch in text)


def parse(raw: str) -> ParsedCode:
    """Classify what a scanner or camera read (a code typed by a US-layout scanner on an
    AZERTY PC included)."""
    text = (raw or "").strip()
    parsed = _parse_as_typed(text)
    if parsed.kind is CodeKind.OURS or len(text) != CODE_LENGTH:
        return parsed
    remapped = _parse_as_typed(from_qwerty_scanner(text))
    return remapped if remapped.kind is CodeKind.OURS else parsed


def is_ours(raw: str) -> bool:
    return parse(raw).kind is CodeKind.OURS
