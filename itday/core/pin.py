"""The organiser PIN: stored as a salted hash, never in clear."""

from __future__ import annotations

import hashlib
import hmac
import secrets

ITERATIONS = 100_000


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode("utf-8"), salt, ITERATIONS)
    return f"pbkdf2${ITERATIONS}${salt.hex()}${digest.hex()}"


def check_pin(pin: str, stored: str | None) -> bool:
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
    """None if ``pin`` is acceptable, else the reason (French)."""
    if not pin.isdigit() or not 4 <= len(pin) <= 12:
        return "Le code doit comporter de 4 à 12 chiffres."
    return None
