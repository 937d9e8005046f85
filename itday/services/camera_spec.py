"""What a camera setting means, without OpenCV: a device index, a video file or a stream URL.

``itday.services.camera`` opens the sources (and imports OpenCV, NumPy and the decoder); the
Accueil page and the settings read and show a setting through this module alone, so that
starting the app imports none of them.  ``itday.services.camera`` re-exports every name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit


class CameraError(RuntimeError):
    """A frame source cannot be opened or has failed; the message is for the user (French)."""


DEVICE = "device"
FILE = "file"
STREAM = "stream"

#: URL schemes of the network streams FFmpeg reads (phone camera apps, IP cameras)
STREAM_SCHEMES = ("http", "https", "rtsp", "rtsps", "rtmp")
_DEV_VIDEO = re.compile(r"^/dev/video(\d+)$")


@dataclass(frozen=True)
class SourceSpec:
    """A camera setting, understood: a device index, a video file or a stream URL."""

    kind: str  # DEVICE, FILE or STREAM
    value: str  # "0", the file path, the URL (as given)

    @property
    def index(self) -> int:
        return int(self.value)

    @property
    def label(self) -> str:
        """How the station names it (a URL without its password)."""
        if self.kind == DEVICE:
            return f"Caméra {self.value}"
        if self.kind == FILE:
            return Path(self.value).name
        return display_url(self.value)


def display_url(url: str) -> str:
    """``url`` with its password (``rtsp://user:secret@…``) replaced by ``***``."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.rsplit("@", 1)
    user = parts.username or ""
    return urlunsplit(parts._replace(netloc=f"{user}:***@{netloc[-1]}"))


def parse_source(text: str | int | None) -> SourceSpec:
    """What a camera setting means.  ``CameraError`` (French) if it means nothing usable."""
    raw = str(text if text is not None else "").strip()
    if not raw:
        raise CameraError("aucune caméra choisie : indiquez un numéro, une vidéo ou une URL")
    if raw.isdigit():
        return SourceSpec(DEVICE, str(int(raw)))
    device = _DEV_VIDEO.match(raw)
    if device:
        return SourceSpec(DEVICE, device.group(1))
    scheme = urlsplit(raw).scheme.lower()
    if len(scheme) > 1:  # "C:\\queue.mp4" has a one-letter "scheme": a Windows path
        if scheme not in STREAM_SCHEMES:
            raise CameraError(
                f"adresse « {display_url(raw)} » non prise en charge : flux rtsp:// ou http://"
            )
        if not urlsplit(raw).hostname:
            raise CameraError(f"adresse « {display_url(raw)} » incomplète (machine manquante)")
        return SourceSpec(STREAM, raw)
    return SourceSpec(FILE, str(Path(raw).expanduser()))
