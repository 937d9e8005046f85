"""The station's sounds on Windows (issue 28.5), simulated: ``sys.platform`` says win32 and a
stand-in ``winsound`` module records what it is asked; the real one exists only on Windows."""

from __future__ import annotations

import sys
import types

import pytest

from itday.ui.checkin import sound


@pytest.fixture
def windows(monkeypatch):
    calls = []
    fake = types.ModuleType("winsound")
    fake.SND_FILENAME, fake.SND_ASYNC = 0x20000, 0x1
    fake.PlaySound = lambda name, flags: calls.append((name, flags))
    monkeypatch.setitem(sys.modules, "winsound", fake)
    monkeypatch.setattr(sys, "platform", "win32")
    return calls


def test_each_tone_goes_to_winsound_without_waiting(windows, monkeypatch):
    started = []
    monkeypatch.setattr(sound.subprocess, "Popen", lambda *a, **k: started.append(a))
    player = sound.SoundPlayer()
    player.load()
    for tone in ("ok", "warning", "refused"):
        player.play(tone)
    assert [name.rsplit("sounds", 1)[-1][1:] for name, _ in windows] == [
        "admitted.wav",
        "warning.wav",
        "refused.wav",
    ]
    assert all(flags == 0x20001 for _, flags in windows)  # a file, played asynchronously
    assert started == []  # no Linux player looked for or started


def test_no_audio_device_still_lets_the_station_work(windows, monkeypatch):
    def broken(name, flags):
        raise RuntimeError("Failed to play sound")  # what winsound raises without a device

    sys.modules["winsound"].PlaySound = broken
    beeps = []
    monkeypatch.setattr(sound.SoundPlayer, "_beep", staticmethod(lambda: beeps.append(1)))
    sound.SoundPlayer().play("ok")
    assert beeps == [1]
