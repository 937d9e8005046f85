"""Badge codes: what the QR code on a badge carries.

A code is ``ITD-`` followed by 16 characters of random data (80 bits, RFC 4648 base32
alphabet) and 2 check characters.  Everything is in the QR "alphanumeric" character set,
so the whole code fits a version 2 QR code at error correction Q (25×25 modules), which a
webcam reads at 30–50 cm.  The code carries no personal data.

``parse`` tells apart three kinds of input: a well-formed code of ours, something that
looks like ours but is damaged (bad check characters), and anything else (a URL, a vCard,
another event's ticket).
"""

from __future__ import annotations

import base64
import enum
import secrets
import zlib
from dataclasses import dataclass

PREFIX = "ITD-"
ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
RANDOM_CHARS = 16  # 16 × 5 bits = 80 bits
CHECK_CHARS = 2
CODE_LENGTH = len(PREFIX) + RANDOM_CHARS + CHECK_CHARS


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


def new_code() -> str:
    """A fresh, unguessable badge code."""
    body = base64.b32encode(secrets.token_bytes(RANDOM_CHARS * 5 // 8)).decode("ascii")
    return PREFIX + body + _check(body)


def code_from_seed(rng) -> str:
    """A code drawn from ``rng`` (a ``random.Random``): deterministic demo data only."""
    body = "".join(rng.choice(ALPHABET) for _ in range(RANDOM_CHARS))
    return PREFIX + body + _check(body)


def parse(raw: str) -> ParsedCode:
    """Classify what a scanner or camera read."""
    text = (raw or "").strip()
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


def is_ours(raw: str) -> bool:
    return parse(raw).kind is CodeKind.OURS
