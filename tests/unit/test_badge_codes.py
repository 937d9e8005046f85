import random

import qrcode
from hypothesis import given
from hypothesis import strategies as st

from itday.core import badge
from itday.core.badge import CodeKind


def test_new_code_is_ours_and_unique():
    codes = {badge.new_code() for _ in range(2000)}
    assert len(codes) == 2000
    assert all(badge.parse(c).kind is CodeKind.OURS for c in codes)


def test_code_has_80_random_bits_and_fits_qr_version_2_at_q():
    code = badge.new_code()
    assert badge.RANDOM_CHARS * 5 >= 80
    qr = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_Q)
    qr.add_data(code)
    qr.make(fit=True)
    assert qr.version <= 2


def test_foreign_and_damaged_codes_are_told_apart():
    assert badge.parse("https://www.diagora.com/").kind is CodeKind.FOREIGN
    assert badge.parse("BEGIN:VCARD\nFN:Jean\nEND:VCARD").kind is CodeKind.FOREIGN
    code = badge.new_code()
    damaged = code[:-1] + ("A" if code[-1] != "A" else "B")
    assert badge.parse(damaged).kind is CodeKind.DAMAGED
    assert badge.parse(code + "X").kind is CodeKind.DAMAGED


def test_scanner_input_is_normalised():
    code = badge.new_code()
    parsed = badge.parse(f"  {code.lower()}\r\n")
    assert parsed.kind is CodeKind.OURS and parsed.code == code


def test_seeded_codes_are_deterministic():
    assert badge.code_from_seed(random.Random(1)) == badge.code_from_seed(random.Random(1))


@given(st.text())
def test_parse_never_raises(text):
    assert badge.parse(text).kind in set(CodeKind)
