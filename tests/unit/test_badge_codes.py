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


# -- a US-layout (QWERTY) scanner plugged into a French (AZERTY) PC -------------------------
# What the French PC shows for each key a US scanner presses to type a code (capitals with
# Shift, digits and "-" without), written from the two keyboards, independently of badge.py.
US_KEYS_ON_AZERTY = {
    "-": ")",
    "2": "é",
    "3": '"',
    "4": "'",
    "5": "(",
    "6": "-",
    "7": "è",
    "A": "Q",
    "Q": "A",
    "Z": "W",
    "W": "Z",
    "M": "?",
}


def typed_on_azerty(code: str) -> str:
    return "".join(US_KEYS_ON_AZERTY.get(ch, ch) for ch in code)


def test_reviewer_example_reads_back():
    assert typed_on_azerty("ITD-MZXFI5KHPCTR2YT4PA").startswith("ITD)?WXFI(")
    parsed = badge.parse(typed_on_azerty("ITD-MZXFI5KHPCTR2YT4PA") + "\r\n")
    assert parsed == badge.ParsedCode(CodeKind.OURS, "ITD-MZXFI5KHPCTR2YT4PA")


def test_many_codes_typed_by_a_qwerty_scanner_on_azerty_parse_back():
    rng = random.Random(20261126)
    codes = [badge.code_from_seed(rng) for _ in range(3000)] + [badge.new_code()]
    changed = 0
    for code in codes:
        typed = typed_on_azerty(code)
        changed += typed != code
        assert badge.parse(typed) == badge.ParsedCode(CodeKind.OURS, code), typed
    assert changed == len(codes)  # the prefix alone always differs ("ITD)")


def test_caps_lock_on_the_azerty_pc_still_reads_back():
    # Caps Lock on: the digit row gives digits, unshifted letters come out in capitals
    code = "ITD-MZXFI5KHPCTR2YT4PA"
    typed = "".join(
        {"-": ")", "A": "Q", "Q": "A", "Z": "W", "W": "Z", "M": ","}.get(c, c) for c in code
    )
    assert badge.parse(typed).code == code


def test_foreign_text_stays_foreign_despite_the_keyboard_map():
    for text in [
        "hello",
        "https://www.diagora.com/",
        "https://example.org/ticket?id=123",
        "BEGIN:VCARD\nVERSION:3.0\nFN:Jean Dupont\nEND:VCARD",
        "WIFI:S:diagora;T:WPA;P:motdepasse;;",
        "3760123456789",
        "QZERTYUIOPQSDFGHJKLMWX",  # 22 characters, not a code
        "ITD)" + "É" * 18,
    ]:
        assert badge.parse(text).kind is CodeKind.FOREIGN, text


def test_a_mistyped_code_stays_damaged_or_foreign_as_before():
    code = "ITD-MZXFI5KHPCTR2YT4PA"
    wrong = code[:-1] + "B"
    assert badge.parse(wrong).kind is CodeKind.DAMAGED
    assert badge.parse(typed_on_azerty(wrong)).kind is CodeKind.FOREIGN
    wrong_body = code[:8] + ("Y" if code[8] != "Y" else "X") + code[9:]
    assert badge.parse(wrong_body).kind is CodeKind.DAMAGED
    assert badge.parse(typed_on_azerty(wrong_body)).kind is CodeKind.FOREIGN


@given(st.text(alphabet=badge.ALPHABET, min_size=badge.RANDOM_CHARS, max_size=badge.RANDOM_CHARS))
def test_any_code_survives_the_qwerty_scanner(body):
    code = badge.PREFIX + body + badge._check(body)
    assert badge.parse(typed_on_azerty(code)) == badge.ParsedCode(CodeKind.OURS, code)
    assert badge.parse(typed_on_azerty(code).lower()).code == code


@given(st.text())
def test_whatever_parses_as_ours_is_a_well_formed_code(text):
    parsed = badge.parse(text)
    if parsed.kind is CodeKind.OURS:
        body = parsed.code[len(badge.PREFIX) :]
        assert parsed.code.startswith(badge.PREFIX) and len(parsed.code) == badge.CODE_LENGTH
        assert badge._check(body[: badge.RANDOM_CHARS]) == body[badge.RANDOM_CHARS :]
