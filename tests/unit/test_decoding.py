import random

import cv2
import numpy as np
import pytest

from benchmarks import synth
from itday.core.badge import code_from_seed, new_code
from itday.services.decoding import QRDecoder, decode_image_file


@pytest.fixture(scope="module")
def decoder():
    return QRDecoder()


def _frame_with(text: str, seed: int = 0, qr_px: float = 160) -> np.ndarray:
    rng = random.Random(seed)
    frame = synth.make_background(rng)
    card = synth.make_card(text, rng)
    synth.place_card(frame, card, (640, 360), qr_px / synth.qr_fraction(), 5, 8, -6)
    return frame


def test_clean_frame_gives_its_code(decoder):
    code = new_code()
    assert decoder.decode(_frame_with(code)) == [code]


def test_grayscale_and_bgra_frames_are_accepted(decoder):
    code = new_code()
    frame = _frame_with(code, seed=1)
    assert decoder.decode(cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY)) == [code]
    assert decoder.decode(cv2.cvtColor(frame, cv2.COLOR_BGR2BGRA)) == [code]


@pytest.mark.parametrize("kind", ["small", "tilt", "dim", "jpeg", "mixed"])
def test_degraded_frames_decode(decoder, kind):
    # seeds chosen among frames the pipeline reads; each kind exercises another pass
    frames = synth.make_set(3, seed=5, kinds=[kind])
    decoded = sum(set(expected) <= set(decoder.decode(frame)) for _, frame, expected in frames)
    assert decoded >= 2


def test_two_badges_are_both_found_left_to_right(decoder):
    rng = random.Random(3)
    left, right = code_from_seed(rng), code_from_seed(rng)
    frame = synth.make_background(rng)
    synth.place_card(frame, synth.make_card(right, rng), (960, 360), 230)
    synth.place_card(frame, synth.make_card(left, rng), (320, 360), 230)
    assert decoder.decode(frame) == [left, right]


def test_second_chances_read_what_the_first_pass_misses():
    frames = synth.make_set(6, seed=7, kinds=["blur", "small"])
    first, full = QRDecoder(second_chances=False), QRDecoder()
    ok_first = sum(set(e) <= set(first.decode(f)) for _, f, e in frames)
    ok_full = sum(set(e) <= set(full.decode(f)) for _, f, e in frames)
    assert ok_full > ok_first


def test_negative_frames_give_nothing(decoder):
    for _, frame, expected in synth.make_set(4, seed=11, kinds=["negative"]):
        assert expected == []
        assert decoder.decode(frame) == []


def test_blank_frame_gives_nothing(decoder):
    assert decoder.decode(np.zeros((720, 1280, 3), np.uint8)) == []


def test_foreign_qr_is_returned_as_its_text(decoder):
    url = "https://www.digitalplace.fr/innovation-it-day"
    assert decoder.decode(_frame_with(url, seed=4)) == [url]


def test_decode_image_file(tmp_path):
    code = new_code()
    path = tmp_path / "badge été.png"
    cv2.imwrite(str(tmp_path / "tmp.png"), _frame_with(code, seed=2))
    (tmp_path / "tmp.png").rename(path)
    assert decode_image_file(path) == [code]


def test_not_an_image_raises_value_error(tmp_path):
    path = tmp_path / "notes.png"
    path.write_text("ceci n'est pas une image", encoding="utf-8")
    with pytest.raises(ValueError, match="image") as info:
        decode_image_file(path)
    assert "\n" not in str(info.value)


def test_missing_file_raises_value_error(tmp_path):
    with pytest.raises(ValueError, match="introuvable"):
        decode_image_file(tmp_path / "absent.jpg")


def test_bad_frame_raises_value_error(decoder):
    with pytest.raises(ValueError):
        decoder.decode(np.zeros((0, 0), np.uint8))
