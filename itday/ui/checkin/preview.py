"""The live camera preview: painted from a timer that pulls the worker's latest frame.

Frames are never pushed through signals (a queue of 30 frames a second would lag behind
and eat memory); the timer asks ``CaptureWorker.latest()`` ~30 times a second and repaints
only when the frame id changed.  When the camera is lost, the widget turns grey and says
that manual entry and the USB scanner keep working.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from itday.ui import i18n

if TYPE_CHECKING:
    import numpy as np

FPS = 30

# English for the French state messages of ``itday.services.camera`` (the service stays
# French; the camera's own words are replaced piece by piece).
CAMERA_DETAIL_EN = (
    (re.compile(r"^Caméra (\d+)"), r"Camera \1"),
    (
        re.compile(r"^flux (.*) injoignable \(adresse, réseau ou application de la caméra\)"),
        r"stream \1 unreachable (address, network or camera app)",
    ),
    (re.compile(r"^flux (.*) interrompu"), r"stream \1 interrupted"),
    (re.compile(r"^flux (.*) : plus d'image depuis ([\d.]+) s"), r"stream \1: no picture for \2 s"),
    (re.compile(r"^flux (.*) : aucune image reçue"), r"stream \1: no picture received"),
    (re.compile(r"^flux (.*) perdue"), r"stream \1 lost"),
    (re.compile(r"^flux (.*) active$"), r"stream \1 running"),
    (
        re.compile(r"^aucune caméra choisie : indiquez un numéro, une vidéo ou une URL$"),
        "no camera chosen: give a number, a video or a URL",
    ),
    (
        re.compile(r"^adresse « (.*) » non prise en charge : flux rtsp:// ou http://$"),
        r"address “\1” not supported: rtsp:// or http:// stream",
    ),
    (
        re.compile(r"^adresse « (.*) » incomplète \(machine manquante\)$"),
        r"address “\1” incomplete (no host)",
    ),
    (re.compile(r" \(essai (\d+)\)$"), r" (attempt \1)"),
    (re.compile(r" introuvable \((/dev/video\d+) absent\)"), r" not found (no \1)"),
    (
        re.compile(r" indisponible \(débranchée ou utilisée par un autre programme\)"),
        " unavailable (unplugged or used by another program)",
    ),
    (re.compile(r" indisponible \(panne simulée\)"), " unavailable (simulated failure)"),
    (re.compile(r" \(défaillante\)"), " (failing)"),
    (re.compile(r" perdue ; "), " lost; "),
    (re.compile(r" ; "), "; "),
    (re.compile(r"nouvel essai dans ([\d.]+) s"), r"retrying in \1 s"),
    (re.compile(r"^arrêt demandé$"), "stopped"),
    (re.compile(r"^erreur de capture : "), "capture error: "),
    (re.compile(r"^fin de "), "end of "),
    (re.compile(r"^vidéo (introuvable|illisible) : "), "video not found or unreadable: "),
)


def camera_detail(text: str) -> str:
    """A camera state message in the current language."""
    if i18n.current_language() != "en":
        return text
    for pattern, english in CAMERA_DETAIL_EN:
        text = pattern.sub(english, text)
    return text


def frame_to_image(frame: np.ndarray) -> QImage:
    """A QImage owning a copy of the BGR or gray frame."""
    import numpy as np  # imported with the first frame, not when the app starts

    if frame.ndim == 2:
        h, w = frame.shape
        img = QImage(frame.data, w, h, frame.strides[0], QImage.Format.Format_Grayscale8)
    else:
        if frame.shape[2] == 4:
            import cv2

            frame = cv2.cvtColor(frame, cv2.COLOR_BGRA2BGR)
        frame = np.ascontiguousarray(frame)
        h, w = frame.shape[:2]
        img = QImage(frame.data, w, h, frame.strides[0], QImage.Format.Format_BGR888)
    return img.copy()


class CameraPreview(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cameraPreview")
        self.setMinimumSize(320, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._worker = None
        self._frame_id = -1
        self._image: QImage | None = None
        self.state = "starting"
        self.message = self.tr("Démarrage de la caméra…")
        self.detail = ""
        self._raw_detail = ""
        self.frames_painted = 0
        self.timer = QTimer(self, interval=int(1000 / FPS), timeout=self.pull)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)

    def set_worker(self, worker) -> None:
        self._worker = worker
        self._frame_id = -1
        if worker is not None and self.isVisible():
            self.timer.start()

    def set_state(self, state: str, detail: str = "") -> None:
        self.state = state
        self._raw_detail = detail
        self.detail = camera_detail(detail)
        if state == "running":
            self.message = ""
        elif state == "lost":
            self._image = None
            self.message = self.tr(
                "Caméra indisponible — la saisie manuelle et la douchette fonctionnent"
            )
        elif state == "stopped":
            self._image = None
            self.message = self.tr(
                "Caméra arrêtée — la saisie manuelle et la douchette fonctionnent"
            )
        else:
            self.message = self.tr("Démarrage de la caméra…")
        self.update()

    @property
    def lost(self) -> bool:
        return self.state in ("lost", "stopped")

    def pull(self) -> None:
        worker = self._worker
        if worker is not None and self.state == "lost":
            # each reconnection try has its own message (« nouvel essai dans 4 s (essai 3) »)
            message = getattr(worker, "message", "")
            if message and message != self._raw_detail:
                self._raw_detail = message
                self.detail = camera_detail(message)
                self.update()
        latest = worker.latest() if worker is not None else None
        if latest is None or latest[0] == self._frame_id or self.state != "running":
            return
        self._frame_id, frame = latest
        self._image = frame_to_image(frame)
        self.update()

    def showEvent(self, event) -> None:  # noqa: N802
        if self._worker is not None:
            self.timer.start()
        super().showEvent(event)

    def hideEvent(self, event) -> None:  # noqa: N802
        self.timer.stop()
        super().hideEvent(event)

    def paintEvent(self, _event) -> None:  # noqa: N802
        p = QPainter(self)
        rect = QRectF(self.rect())
        if self._image is not None and not self.lost:
            p.fillRect(rect, QColor("#111"))
            img = self._image
            scale = min(rect.width() / img.width(), rect.height() / img.height())
            w, h = img.width() * scale, img.height() * scale
            target = QRectF((rect.width() - w) / 2, (rect.height() - h) / 2, w, h)
            p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
            p.drawImage(target, img)
            # a framing guide: where to hold the badge
            p.setPen(QPen(QColor(255, 255, 255, 150), 3, Qt.PenStyle.DashLine))
            side = min(w, h) * 0.55
            p.drawRoundedRect(
                QRectF(target.center().x() - side / 2, target.center().y() - side / 2, side, side),
                12,
                12,
            )
            self.frames_painted += 1
            return
        p.fillRect(rect, QColor("#5b6168" if self.lost else "#3a3f45"))
        p.setPen(QColor("white"))
        font = QFont(self.font())
        font.setPixelSize(max(18, int(min(rect.width() / 24, 34))))
        font.setBold(True)
        p.setFont(font)
        # not the ✖ of a refused badge, right beside the result panel: an « off » sign, grey
        icon = "⊘" if self.lost else "…"
        top = QRectF(
            rect.x() + 20, rect.y() + rect.height() * 0.18, rect.width() - 40, rect.height() * 0.2
        )
        icon_font = QFont(font)
        icon_font.setPixelSize(font.pixelSize() * 3)
        p.setFont(icon_font)
        p.setPen(QColor("#c3c8ce"))
        p.drawText(top, Qt.AlignmentFlag.AlignCenter, icon)
        p.setPen(QColor("white"))
        p.setFont(font)
        body = QRectF(
            rect.x() + 30, rect.y() + rect.height() * 0.38, rect.width() - 60, rect.height() * 0.3
        )
        p.drawText(body, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.message)
        if self.detail and self.lost:
            font.setPixelSize(max(13, font.pixelSize() // 2))
            font.setBold(False)
            p.setFont(font)
            p.setPen(QColor("#e6e6e6"))
            low = QRectF(
                rect.x() + 30,
                rect.y() + rect.height() * 0.7,
                rect.width() - 60,
                rect.height() * 0.2,
            )
            p.drawText(low, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.detail)
