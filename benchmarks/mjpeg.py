"""A phone camera app on 127.0.0.1 (tests, benchmarks): an HTTP MJPEG stream of itday badges.

``MjpegServer`` is a small threaded ``http.server`` that answers ``GET /video`` with
``multipart/x-mixed-replace`` JPEG frames at a steady rate, as IP Webcam or DroidCam do.
Each connection plays the frames from the first one, then repeats the last one (an empty
desk) until the server stops.  ``stop()`` drops every open stream at once (the phone left
the Wi-Fi); ``restart()`` serves again on the same port, maybe other frames.

``badge_images`` renders real badges with itday (PDF, then rasterised) and ``desk_frame``
puts one in front of a grey background, as a visitor shows it to the camera.
"""

from __future__ import annotations

import http.server
import socket
import socketserver
import threading
import time
from pathlib import Path

import cv2
import numpy as np

BOUNDARY = "itdayframe"


def desk_frame(picture: np.ndarray | None = None, size=(1280, 720)) -> np.ndarray:
    """A 720p frame: a grey desk, and ``picture`` (a badge, a phone screen) in the middle."""
    width, height = size
    frame = np.full((height, width, 3), 118, np.uint8)
    if picture is not None:
        h, w = picture.shape[:2]
        scale = min(1.0, (height - 40) / h, (width - 40) / w)
        if scale < 1.0:
            picture = cv2.resize(picture, (int(w * scale), int(h * scale)))
            h, w = picture.shape[:2]
        y, x = (height - h) // 2, (width - w) // 2
        frame[y : y + h, x : x + w] = picture
    return frame


def qr_picture(text: str, box: int = 8) -> np.ndarray:
    """A QR code on a white phone screen (an e-ticket shown on a phone)."""
    import qrcode

    image = qrcode.make(text, box_size=box, border=4).convert("RGB")
    return cv2.cvtColor(np.array(image, dtype=np.uint8), cv2.COLOR_RGB2BGR)


def badge_images(db, event_id: int, ids: list[int], folder: Path, dpi: int = 110) -> dict:
    """attendee id → the itday badge of that person (A6), rendered and rasterised (BGR)."""
    from PySide6.QtGui import QImage

    from itday.services.badges import render_badge_pdf
    from itday.services.pdf.raster import render_pages

    pdf = Path(folder) / "badges.pdf"
    printed = render_badge_pdf(db, event_id, pdf, layout="a6", ids=ids, log=False)
    images = render_pages(pdf, dpi)
    out = {}
    for attendee_id, image in zip(printed, images, strict=True):
        rgb = image.convertToFormat(QImage.Format.Format_RGB888)
        w, h, stride = rgb.width(), rgb.height(), rgb.bytesPerLine()
        raw = np.frombuffer(rgb.constBits(), np.uint8, count=stride * h).reshape(h, stride)
        out[attendee_id] = cv2.cvtColor(raw[:, : w * 3].reshape(h, w, 3), cv2.COLOR_RGB2BGR)
    return out


def jpeg(frame: np.ndarray, quality: int = 85) -> bytes:
    ok, data = cv2.imencode(".jpg", frame, [cv2.IMWRITE_JPEG_QUALITY, quality])
    assert ok
    return data.tobytes()


class _Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True


class MjpegServer:
    """``GET /video``: the frames at ``fps``, then the last one again until ``stop()``."""

    def __init__(self, frames: list[np.ndarray], fps: float = 12.0, path: str = "/video"):
        self.fps = fps
        self.path = path
        self.port = 0
        self.frames_sent = 0
        self.connections = 0
        self.sent_at: dict[int, float] = {}  # frame index → perf_counter when first sent
        self._jpegs = [jpeg(f) for f in frames]
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._stopping = threading.Event()
        self._lock = threading.Lock()
        self._sockets: set[socket.socket] = set()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}{self.path}"

    def start(self) -> MjpegServer:
        owner = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.0"

            def log_message(self, *args) -> None:
                pass

            def do_GET(self) -> None:  # noqa: N802
                if self.path != owner.path:
                    self.send_error(404)
                    return
                with owner._lock:
                    owner.connections += 1
                    owner._sockets.add(self.connection)
                    frames = list(owner._jpegs)
                self.send_response(200)
                self.send_header("Content-Type", f"multipart/x-mixed-replace; boundary={BOUNDARY}")
                self.send_header("Cache-Control", "no-cache")
                self.end_headers()
                start = time.monotonic()
                n = 0
                try:
                    while not owner._stopping.is_set():
                        data = frames[min(n, len(frames) - 1)]
                        head = (
                            f"--{BOUNDARY}\r\nContent-Type: image/jpeg\r\n"
                            f"Content-Length: {len(data)}\r\n\r\n"
                        ).encode("ascii")
                        self.wfile.write(head + data + b"\r\n")
                        owner.sent_at.setdefault(n, time.perf_counter())
                        owner.frames_sent += 1
                        n += 1
                        delay = start + n / owner.fps - time.monotonic()
                        if delay > 0 and owner._stopping.wait(delay):
                            break
                except OSError:  # the client went away, or stop() cut the stream
                    pass
                finally:
                    with owner._lock:
                        owner._sockets.discard(self.connection)

        self._stopping.clear()
        self._server = _Server(("127.0.0.1", self.port), Handler)
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """The phone goes away: no new connection, and every open stream is cut now."""
        self._stopping.set()
        with self._lock:
            for sock in list(self._sockets):
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        if self._thread is not None:
            self._thread.join(5)
            self._thread = None

    def restart(self, frames: list[np.ndarray] | None = None) -> MjpegServer:
        """Serve again on the same port (the camera app restarted), maybe other frames."""
        if frames is not None:
            self._jpegs = [jpeg(f) for f in frames]
            self.sent_at = {}
        return self.start()

    def __enter__(self) -> MjpegServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
