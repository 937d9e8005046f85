"""A phone's photo of a badge, checked and decoded (the stands' server, issue 25).

Phones send what their camera took: a JPEG of 12 Mpx or more, several MB.  ``check``
refuses, before anything is decoded, what is too big (``MAX_UPLOAD_BYTES``), not an image
by its first bytes (JPEG, PNG or WebP; HEIC is named, so the page can say what to change)
or has more pixels than ``itday decode`` accepts (``MAX_IMAGE_PIXELS``, read from the
header).  ``PhotoDecoder`` decodes in its own small pool of threads, so that a burst of
uploads never takes more of the laptop's cores than it was given, and so that the request
thread only waits for the answer (no database session is open while a photo is decoded).

Decoding is done at half resolution first (libjpeg scales while it decodes: a 12 Mpx JPEG
is read as 3 Mpx in a fraction of the time), where a badge at arm's length still has
several pixels per module; only when that reads nothing is the full image read.
"""

from __future__ import annotations

import enum
import os
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

#: the pixel limit of ``itday decode`` (8K video is 33 Mpx; a 20000×20000 PNG would take
#: 2.4 GB once decoded)
MAX_IMAGE_PIXELS = 50_000_000
#: a phone's photo is 2–8 MB; 25 MB leaves room for 50 Mpx sensors
MAX_UPLOAD_BYTES = 25_000_000


class PhotoProblem(enum.StrEnum):
    TOO_BIG = "too_big"  # more bytes than MAX_UPLOAD_BYTES
    TOO_MANY_PIXELS = "too_many_pixels"
    HEIC = "heic"  # an iPhone's HEIC sent as is: OpenCV cannot read it
    NOT_IMAGE = "not_image"  # not JPEG, PNG or WebP, or unreadable


def sniff(data: bytes) -> str:
    """The image format by its first bytes: ``jpeg``, ``png``, ``webp``, ``heic`` or ""."""
    if data[:3] == b"\xff\xd8\xff":
        return "jpeg"
    if data[:8] == b"\x89PNG\r\n\x1a\n":
        return "png"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    if data[4:8] == b"ftyp" and data[8:12] in (b"heic", b"heix", b"mif1", b"heim", b"hevc"):
        return "heic"
    return ""


def check(data: bytes) -> PhotoProblem | None:
    """Why the upload is refused before decoding, or None."""
    if len(data) > MAX_UPLOAD_BYTES:
        return PhotoProblem.TOO_BIG
    kind = sniff(data)
    if kind == "heic":
        return PhotoProblem.HEIC
    if not kind:
        return PhotoProblem.NOT_IMAGE
    import io
    import warnings

    from PIL import Image

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with Image.open(io.BytesIO(data)) as im:  # reads the header only
                w, h = im.size
    except Image.DecompressionBombError:
        return PhotoProblem.TOO_MANY_PIXELS
    except Exception:  # noqa: BLE001 (a broken header: not an image we read)
        return PhotoProblem.NOT_IMAGE
    if w * h > MAX_IMAGE_PIXELS:
        return PhotoProblem.TOO_MANY_PIXELS
    return None


@dataclass(frozen=True)
class Decoded:
    codes: list[str]
    problem: PhotoProblem | None = None
    ms: float = 0.0  # decoding time, waiting in the queue excluded
    waited_ms: float = 0.0  # time spent waiting for a free decoder
    full_resolution: bool = False  # the half-resolution pass read nothing
    cpu_ms: float = 0.0  # processor time of the decoding thread (what a quiet core takes)


def decode_bytes(data: bytes, decoder) -> tuple[list[str], bool]:
    """The codes in an image's bytes: half resolution first, then the full image.
    ``(codes, whether the full image was needed)``.  Raises ValueError when OpenCV cannot
    read the image."""
    import cv2
    import numpy as np

    buffer = np.frombuffer(data, dtype=np.uint8)
    small = cv2.imdecode(buffer, cv2.IMREAD_REDUCED_GRAYSCALE_2)
    if small is None:
        raise ValueError("unreadable image")
    codes = decoder.decode(small)
    if codes:
        return codes, False
    full = cv2.imdecode(buffer, cv2.IMREAD_GRAYSCALE)
    if full is None:
        raise ValueError("unreadable image")
    return decoder.decode(full), True


def default_workers() -> int:
    """Decoders running at once: one per core, at most four.  They run below normal
    priority (``lower_priority``), so the GUI and the desks take a core first; reading a
    JPEG and a QR code happens in OpenCV and zxing-cpp, outside Python's lock.  A photo
    costs about 50 ms of processor time: two decoders answer a burst of 20 uploads in
    about half a second on a quiet two-core laptop, one in a second
    (``benchmarks/bench_leads.py``)."""
    return max(1, min(4, os.cpu_count() or 2))


def lower_priority() -> None:
    """Make the calling thread yield the processor to the GUI and the desks: nice 10 on
    Linux (a thread's own nice value), « below normal » on Windows; best effort."""
    try:
        if sys.platform.startswith("linux"):
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 10)
        elif sys.platform == "win32":
            import ctypes

            kernel = ctypes.windll.kernel32
            kernel.SetThreadPriority(kernel.GetCurrentThread(), -1)  # BELOW_NORMAL
    except (OSError, AttributeError):
        pass


class PhotoDecoder:
    """Checks and decodes photos in a pool of ``workers`` threads (one ``QRDecoder`` each)."""

    def __init__(self, workers: int | None = None) -> None:
        self.workers = workers or default_workers()
        self._pool = ThreadPoolExecutor(
            self.workers, thread_name_prefix="itday-photo", initializer=lower_priority
        )
        self._local = threading.local()

    def _decoder(self):
        decoder = getattr(self._local, "decoder", None)
        if decoder is None:
            from itday.services.decoding import QRDecoder

            decoder = self._local.decoder = QRDecoder()
        return decoder

    def _run(self, data: bytes, queued: float) -> Decoded:
        start = time.perf_counter()
        cpu = time.thread_time()
        waited = (start - queued) * 1000.0
        try:
            codes, full = decode_bytes(data, self._decoder())
        except ValueError:
            return Decoded([], PhotoProblem.NOT_IMAGE, 0.0, waited)
        ms = (time.perf_counter() - start) * 1000.0
        return Decoded(codes, None, ms, waited, full, (time.thread_time() - cpu) * 1000.0)

    def decode(self, data: bytes, timeout: float = 60.0) -> Decoded:
        """Check, then decode in the pool; blocks the calling thread until done."""
        problem = check(data)
        if problem is not None:
            return Decoded([], problem)
        return self._pool.submit(self._run, data, time.perf_counter()).result(timeout)

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
