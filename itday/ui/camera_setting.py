"""The camera setting of a station: a device, a video file or a network stream (phone, IP camera).

``CameraSourceField`` is an editable list: the cameras found on this computer (probed in a
worker: opening a device takes up to a second each), the sources used lately, and whatever
is typed — ``rtsp://…`` or ``http://PHONE:8080/video``.  « Vidéo… » picks a file, « Tester »
opens the source in a worker and says what it sees (size of the picture) or what is wrong.
The value is a *source text* (``itday.services.camera_spec.parse_source``).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from itday.services.camera_spec import DEVICE, CameraError, parse_source
from itday.ui.checkin.preview import camera_detail
from itday.ui.files import open_file_name

RECENT_KEY = "camera/recent"
RECENT_MAX = 6


def camera_source(settings: QSettings) -> str:
    """The station's camera as a source text: ``camera/source``, else the older
    ``camera/index`` setting (a device number)."""
    text = str(settings.value("camera/source", "") or "").strip()
    if text:
        return text
    try:
        return str(int(settings.value("camera/index", 0)))
    except (TypeError, ValueError):
        return "0"


def recent_sources(settings: QSettings) -> list[str]:
    value = settings.value(RECENT_KEY, [])
    if isinstance(value, str):  # QSettings gives a lone string for a one-item list
        value = [value]
    return [str(v) for v in (value or []) if str(v).strip()]


def remember_source(settings: QSettings, text: str) -> None:
    """Store ``text`` as the camera (and in the recent list when it is not a device)."""
    spec = parse_source(text)
    settings.setValue("camera/source", spec.value)
    if spec.kind == DEVICE:
        settings.setValue("camera/index", spec.index)
        return
    recent = [spec.value] + [r for r in recent_sources(settings) if r != spec.value]
    settings.setValue(RECENT_KEY, recent[:RECENT_MAX])


def source_label(text: str, device: str) -> str:
    """« Caméra 0 » (``device`` is the translated « Caméra %1 »), « queue.mp4 », or the URL
    without its password."""
    try:
        spec = parse_source(text)
    except CameraError:
        return text
    if spec.kind == DEVICE:
        return device.replace("%1", spec.value)
    return spec.label


def probe_source(state, text: str) -> tuple[bool, str]:
    """Open the source and read one picture (worker thread): ``(True, "1280 × 720")``, or
    ``(False, why)`` in French."""
    from itday.services.camera import open_source  # OpenCV: when a source is tried only

    try:
        source = open_source(text, live=True)
        source.open()
    except CameraError as exc:
        return False, str(exc)
    try:
        for _ in range(50):  # a webcam may need a few reads before its first picture
            frame = source.read()
            if frame is not None:
                height, width = frame.shape[:2]
                return True, f"{width} × {height}"
            state.check()
        return False, f"{getattr(source, 'name', text)} : aucune image reçue"
    except CameraError as exc:
        return False, str(exc)
    finally:
        source.close()


def find_cameras(state) -> list[int]:
    from itday.services.camera import list_cameras

    return list_cameras()


class CameraSourceField(QWidget):
    """Editable choice of the camera, with a file picker and a test button."""

    #: the cameras found on this computer were listed
    devices_listed = Signal(list)
    #: a test ended: (ok, what it saw or what is wrong)
    tested = Signal(bool, str)

    def __init__(self, settings: QSettings, tasks=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.tasks = tasks
        self.combo = QComboBox()
        self.combo.setObjectName("cameraSource")
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.setMinimumContentsLength(28)
        self.combo.lineEdit().setPlaceholderText(
            self.tr("numéro, fichier vidéo ou rtsp://… http://…/video")
        )
        self.file_button = QPushButton(self.tr("Vidéo…"))
        self.file_button.clicked.connect(self._pick_file)
        self.test_button = QPushButton(self.tr("Tester"))
        self.test_button.clicked.connect(self.test)
        self.status = QLabel()
        self.status.setObjectName("cameraTest")
        self.status.setWordWrap(True)
        self.status.setVisible(False)
        hint = QLabel(
            self.tr(
                "Téléphone sur le même Wi-Fi : IP Webcam → http://ADRESSE:8080/video\n"
                "DroidCam → http://ADRESSE:4747/video · caméra IP → rtsp://…"
            )
        )
        hint.setObjectName("cameraHint")
        hint.setStyleSheet("color: #555;")
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.combo, 1)
        row.addWidget(self.file_button)
        row.addWidget(self.test_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(hint)
        self._fill([])
        self.set_text(camera_source(settings))
        if tasks is not None:
            tasks.run(find_cameras, on_done=self.set_devices, on_error=lambda _m: None, owner=self)

    # -- the list -------------------------------------------------------------------------
    def _fill(self, devices: list[int]) -> None:
        typed = self.combo.currentText() if self.combo.count() else ""
        self.combo.clear()
        current = camera_source(self.settings)
        shown: list[str] = []
        for index in sorted(set(devices) | {0}):
            label = source_label(str(index), self.tr("Caméra %1"))
            if devices and index not in devices:
                label += self.tr(" (non détectée)")
            self.combo.addItem(label, str(index))
            shown.append(str(index))
        for text in [current, *recent_sources(self.settings)]:
            if text not in shown:
                self.combo.addItem(source_label(text, self.tr("Caméra %1")), text)
                shown.append(text)
        if typed:
            self.combo.setEditText(typed)

    def set_devices(self, devices: list[int]) -> None:
        """The cameras found on this computer (from the probing worker)."""
        text = self.text()
        self._fill(list(devices))
        self.set_text(text)
        self.devices_listed.emit(list(devices))

    def set_text(self, text: str) -> None:
        row = self.combo.findData(text)
        if row >= 0:
            self.combo.setCurrentIndex(row)
        else:
            self.combo.setEditText(text)

    def text(self) -> str:
        """The source text chosen or typed."""
        typed = self.combo.currentText().strip()
        row = self.combo.findText(typed)
        if row >= 0 and self.combo.itemData(row):
            return str(self.combo.itemData(row))
        return typed

    def problem(self) -> str:
        """Why the setting cannot be used (French), or ""."""
        try:
            parse_source(self.text())
        except CameraError as exc:
            return str(exc)
        return ""

    def _pick_file(self) -> None:
        path, _ = open_file_name(
            self,
            self.tr("Vidéo à lire comme une caméra"),
            "",
            self.tr("Vidéos (*.mp4 *.avi *.mkv *.mov *.webm *.mjpeg);;Tous les fichiers (*)"),
        )
        if path:
            self.combo.setEditText(path)

    # -- test -------------------------------------------------------------------------------
    def test(self) -> None:
        problem = self.problem()
        if problem:
            self._tested(False, problem)
            return
        if self.tasks is None:
            return
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Connexion à %1…").replace("%1", self.combo.currentText()))
        self.status.setVisible(True)
        QTimer.singleShot(0, self._fit)
        self.test_button.setEnabled(False)
        self.tasks.run(
            probe_source,
            self.text(),
            on_done=lambda result: self._tested(*result),
            on_error=lambda message: self._tested(False, message),
            owner=self,
        )

    def _fit(self) -> None:
        """Make room for the test's line (the dialog grows; it never hides other rows)."""
        width = self.status.width() or self.width()
        self.status.setMinimumHeight(self.status.heightForWidth(width))
        window = self.window()
        if window is not self and window.isVisible():
            hint = window.sizeHint()
            window.resize(max(window.width(), hint.width()), max(window.height(), hint.height()))

    def _tested(self, ok: bool, what: str) -> None:
        self.test_button.setEnabled(True)
        self.status.setVisible(True)
        QTimer.singleShot(0, self._fit)
        if ok:
            self.status.setText(self.tr("✔ Image reçue : %1").replace("%1", what))
            self.status.setStyleSheet("color: #1b7f3b; font-weight: bold;")
        else:
            self.status.setText("✖ " + camera_detail(what))
            self.status.setStyleSheet("color: #b00020; font-weight: bold;")
        self.tested.emit(ok, what)
