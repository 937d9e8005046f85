"""The three sounds of the station, one per tone: admitted, warning, refused.

The WAV files in ``resources/sounds/`` are made by ``write_sounds`` (python -m
itday.ui.checkin.sound): a bright rising two-tone for "admitted", a double beep for
"already admitted", a low buzz for every refusal.  ``SoundPlayer`` hands them to the
system's player (see there).
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
import wave
from pathlib import Path
from typing import TYPE_CHECKING

from itday.resources import resource_path

if TYPE_CHECKING:
    import numpy as np

log = logging.getLogger(__name__)

RATE = 22050
FILES = {"ok": "admitted.wav", "warning": "warning.wav", "refused": "refused.wav"}


def _tone(freq: float, seconds: float, *, square: bool = False, volume: float = 0.5) -> np.ndarray:
    import numpy as np  # (making the WAV files only: the station plays them, numpy-free)

    t = np.arange(int(RATE * seconds)) / RATE
    wave_ = np.sin(2 * np.pi * freq * t)
    if square:  # a buzz: odd harmonics, softened
        wave_ = np.tanh(4 * wave_) + 0.3 * np.sin(2 * np.pi * 2.01 * freq * t)
        wave_ /= np.abs(wave_).max()
    fade = min(len(t) // 6, int(0.008 * RATE))  # no clicks
    env = np.ones_like(t)
    env[:fade] = np.linspace(0, 1, fade)
    env[-fade:] = np.linspace(1, 0, fade)
    return volume * wave_ * env


def _silence(seconds: float) -> np.ndarray:
    import numpy as np

    return np.zeros(int(RATE * seconds))


def sound_samples() -> dict[str, np.ndarray]:
    import numpy as np

    return {
        "ok": np.concatenate([_tone(880, 0.09), _tone(1320, 0.16)]),
        "warning": np.concatenate([_tone(660, 0.11), _silence(0.07), _tone(660, 0.11)]),
        "refused": _tone(150, 0.45, square=True, volume=0.45),
    }


def write_sounds(folder: str | Path) -> list[Path]:
    import numpy as np

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for tone, samples in sound_samples().items():
        path = folder / FILES[tone]
        data = (np.clip(samples, -1, 1) * 32767).astype("<i2").tobytes()
        with wave.open(str(path), "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(RATE)
            out.writeframes(data)
        written.append(path)
    return written


class SoundPlayer:
    """Plays the sound of a tone; ``enabled`` follows the "sound/enabled" setting.

    The WAV is handed to the system's own player without waiting for it: ``winsound`` on
    Windows (standard library), ``paplay``/``pw-play``/``aplay`` on Linux, ``afplay`` on
    macOS; ``QApplication.beep`` when there is none.  This keeps QtMultimedia and its
    FFmpeg libraries (26 MB) out of the bundle, and the app's start free of a 0.7 s load.
    """

    def __init__(self, parent=None, enabled: bool = True) -> None:
        self.enabled = enabled
        self.played: list[str] = []  # for tests: the tones asked for, in order
        self._player: list[str] | None = None
        self._looked = False

    def load(self) -> None:
        """Find the system's player once (the page calls it when first shown)."""
        if self._looked:
            return
        self._looked = True
        if sys.platform == "win32":
            return
        for command in (["paplay"], ["pw-play"], ["aplay", "-q"], ["afplay"]):
            if shutil.which(command[0]):
                self._player = command
                return

    def play(self, tone: str) -> None:
        if not self.enabled:
            return
        self.played.append(tone)
        path = resource_path("sounds", FILES.get(tone, ""))
        if not path.is_file():
            return self._beep()
        self.load()
        try:
            if sys.platform == "win32":
                import winsound

                winsound.PlaySound(str(path), winsound.SND_FILENAME | winsound.SND_ASYNC)
            elif self._player:
                subprocess.Popen(
                    [*self._player, str(path)],
                    stdin=subprocess.DEVNULL,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                    start_new_session=True,
                )
            else:
                self._beep()
        except (OSError, RuntimeError):  # no audio device (winsound: RuntimeError), player
            # gone: a station must still check people in
            log.warning("sound %s could not be played", tone)
            self._beep()

    @staticmethod
    def _beep() -> None:
        from PySide6.QtWidgets import QApplication

        QApplication.beep()


if __name__ == "__main__":
    for p in write_sounds(resource_path("sounds")):
        print(p)
