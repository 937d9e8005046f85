"""The organiser PIN: stored as a salted hash, never in clear.

A PIN is ASCII digits 0–9, what every keypad types.  Full-width digits (``１２３４``, typed by
a Japanese or Chinese input method) are read as the same digits; other characters Python
calls digits (``²³⁴⁵``, Arabic-Indic ``١٢٣٤``) are refused: a keypad cannot type them, so
whoever must leave the kiosk could not either."""

from __future__ import annotations

import hashlib
import hmac
import secrets

ITERATIONS = 100_000
#: the message of a PIN refused (French; ``itday.ui.i18n.CORE_MESSAGES`` translates it)
BAD_PIN = "Le code doit comporter de 4 à 12 chiffres (0 à 9)."
_FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def normalise_pin(pin: str) -> str:
    """``pin`` as stored and compared: blanks around it dropped, full-width digits read as
    ASCII ones (nothing else changes: a PIN with other characters stays refused)."""
    return (pin or "").strip().translate(_FULL_WIDTH_DIGITS)


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode("utf-8"), salt, ITERATIONS)
    return f"pbkdf2${ITERATIONS}${salt.hex()}${digest.hex()}"


def check_pin(pin: str, stored: str | None) -> bool:
    """True if ``pin`` (full-width digits read as ASCII) is the one ``stored`` hashes; a PIN
    an older version stored as typed (full-width) still opens."""
    normal = normalise_pin(pin)
    return _matches(normal, stored) or (normal != pin and _matches(pin, stored))


def _matches(pin: str, stored: str | None) -> bool:
    try:
        scheme, iterations, salt_hex, digest_hex = (stored or "").split("$")
    except ValueError:
        return False
    if scheme != "pbkdf2":
        return False
    digest = hashlib.pbkdf2_hmac(
        "sha256", pin.encode("utf-8"), bytes.fromhex(salt_hex), int(iterations)
    )
    return hmac.compare_digest(digest.hex(), digest_hex)


def valid_new_pin(pin: str) -> str | None:
    """None if ``pin`` (once normalised) is acceptable, else the reason (French)."""
    pin = normalise_pin(pin)
    if not (pin.isascii() and pin.isdigit()) or not 4 <= len(pin) <= 12:
        return BAD_PIN
    return None
