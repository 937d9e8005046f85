"""The Accueil page: the check-in desk with a queue in front of it.

Threads: the camera is read and decoded in a ``CaptureWorker`` thread (through the station's
``ScanPipeline``); new codes come to the GUI as a queued signal; each scan is recorded in a
``ctx.tasks`` worker (``pipeline.record``), never on the GUI thread; the result comes back
to the GUI, is painted, sounds, and ``data_changed("scans")`` is emitted.  The preview is
painted from a timer pulling the worker's latest frame.

A USB scanner works from anywhere on the page (``ScannerFilter``, see its rule), the
"Code du badge" field takes typed codes, and the search finds people without a badge.
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from itday.core.enums import ScanResult
from itday.services.camera_spec import DEVICE, CameraError, parse_source
from itday.services.pipeline import (
    MANUAL,
    SCANNER,
    OrderedGate,
    ScanEvent,
    ScanPipeline,
    Sighting,
    StationRecorder,
)
from itday.ui.camera_setting import camera_source, recent_sources, remember_source, source_label
from itday.ui.checkin import work
from itday.ui.checkin.counters import CountersWidget
from itday.ui.checkin.exits import ExitMode
from itday.ui.checkin.preview import CameraPreview
from itday.ui.checkin.print_status import PrintQueuePanel, PrintStatusLine, StationPrinting
from itday.ui.checkin.result import ResultPanel
from itday.ui.checkin.search import ManualSearch
from itday.ui.checkin.sound import SoundPlayer
from itday.ui.checkin.walkin_undo import WalkInUndo, person_name
from itday.ui.checkin.wedge import ScannerFilter
from itday.ui.settings_keys import DEFAULTS, value

log = logging.getLogger(__name__)

COUNTS_DEBOUNCE_MS = 250
WAITING_MAX = 50  # codes kept while the base opens (a scanner burst; more is a loop)
#: a lost camera or stream is tried again after 1 s, then 2, 4, then every 8 s (a try
#: costs little: refused at once, or the stream's 5 s timeout when the phone is gone)
#: the camera starts once its preview is painted, or this long after the page is shown
CAMERA_START_FALLBACK_MS = 500
CAMERA_RETRY = {"retry_interval_s": 1.0, "retry_max_s": 8.0}
WALKIN_MODULE = "itday.ui.walkin"
PRINTER_MODULE = "itday.ui.badge_printing"


def kiosk_station(desk: str) -> str:
    """The kiosk's station name, from the desk it was opened on: « Borne (Accueil 1) »."""
    return QCoreApplication.translate("CheckinPage", "Borne (%1)").replace("%1", desk)


class _Relay(QObject):
    """Signals emitted from other threads (camera, station link); delivered queued."""

    sighted = Signal(object)
    state = Signal(str, str)
    link = Signal(bool, int)


class CheckinPage(QWidget):
    #: a scan's result is on screen (the ScanEvent, with ``extra["painted"]``)
    result_shown = Signal(object)
    camera_state_changed = Signal(str)

    def __init__(
        self,
        ctx,
        parent: QWidget | None = None,
        *,
        source_factory=None,
        worker_options: dict | None = None,
        scanner_options: dict | None = None,
        debouncer=None,
        station: str | None = None,
    ) -> None:
        """``station``: the name its scans are logged under (the kiosk's own); this
        computer's station name (settings) when not given."""
        super().__init__(parent)
        self.ctx = ctx
        self._station = station
        #: source text (device number, video file, stream URL) → frame source
        self.source_factory = source_factory or work.open_source
        self.worker_options = {**CAMERA_RETRY, **(worker_options or {})}
        self._debouncer = debouncer
        self.worker = None
        self.pipeline: ScanPipeline | None = None
        #: where the camera's codes go instead of the entrance (a room's door), or None
        self.code_sink = None
        self.recorder: StationRecorder | None = None
        self.camera_states: list[str] = []
        #: the admissions made on this page since it opened (scan uids), latest last: what
        #: Ctrl+Z may undo, never an entry from earlier in the day or from another desk
        self.undoable: list[str] = []
        #: the person « Réimprimer le badge » is for: the result on screen, or the one picked
        #: in the search list afterwards (also what « Retirer le consentement » is for)
        self._focus_person: dict | None = None
        self.latencies_ms: list[float] = []
        self._counts_loaded = False
        #: codes scanned while the base opens (after the first paint), recorded once open
        self._waiting: list[tuple[str, str, float, float]] = []
        self._camera_due = False
        self._shown_seq = 0
        self.gate = OrderedGate()
        self._relay = _Relay(self)
        self._relay.sighted.connect(self._on_sighting, Qt.ConnectionType.QueuedConnection)
        self._relay.state.connect(self._on_camera_state, Qt.ConnectionType.QueuedConnection)
        self._relay.link.connect(self._on_link, Qt.ConnectionType.QueuedConnection)
        self.scanner = ScannerFilter(self, **(scanner_options or {}))
        self.scanner.scanned.connect(lambda code: self.submit_code(code, SCANNER))
        self.sound = SoundPlayer(self, enabled=value(ctx.settings, "sound/enabled"))
        self._build()
        self._counts_timer = QTimer(
            self, singleShot=True, interval=COUNTS_DEBOUNCE_MS, timeout=self.refresh_counts
        )
        ctx.bridge.data_changed.connect(self._data_changed)
        ctx.bridge.event_changed.connect(self._event_changed)
        ctx.settings_changed.connect(self._settings_changed)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)
        self._new_pipeline()
        self.refresh_counts()

    # -- layout ---------------------------------------------------------------------------
    def _build(self) -> None:
        self.preview = CameraPreview()
        self.camera_combo = QComboBox()
        self.camera_combo.setObjectName("cameraCombo")
        self.camera_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.camera_combo.setMaximumWidth(320)
        current = camera_source(self.ctx.settings)
        self.camera_combo.addItem(source_label(current, self.tr("Caméra %1")), current)
        self.camera_combo.activated.connect(self._camera_picked)
        self.sound_box = QCheckBox(self.tr("Sons"))
        self.sound_box.setChecked(self.sound.enabled)
        self.sound_box.toggled.connect(self._sound_toggled)
        self.link_label = QLabel()
        self.link_label.setObjectName("linkLabel")
        self.link_label.setVisible(False)

        top = QHBoxLayout()
        title = QLabel(self.tr("Accueil"))
        title.setObjectName("pageTitle")
        top.addWidget(title)
        top.addSpacing(20)
        top.addWidget(QLabel(self.tr("Caméra :")))
        top.addWidget(self.camera_combo)
        top.addWidget(self.sound_box)
        self.exits = ExitMode(self)  # « Sorties »: codes scan people out (re-entry rule)
        top.addWidget(self.exits.box)
        top.addStretch(1)
        top.addWidget(self.link_label)

        # short labels: the row holds at 1280 px with « Sorties », « Borne… » and « Salle… »
        self.undo_button = QPushButton(self.tr("Annuler (Ctrl+Z)"))
        self.undo_button.setToolTip(self.tr("Annuler la dernière entrée faite à ce poste (Ctrl+Z)"))
        self.undo_button.setObjectName("undoButton")
        self.undo_button.clicked.connect(self.undo_last)
        self.walkin_button = QPushButton(self.tr("Inscrire (F2)"))
        self.walkin_button.setToolTip(
            self.tr("Inscription sur place : une personne venue sans inscription, son badge (F2)")
        )
        self.walkin_button.setObjectName("walkinButton")
        self.walkin_button.clicked.connect(self.open_walk_in)
        self.log_button = QPushButton(self.tr("Journal"))
        self.log_button.setObjectName("scanLogButton")
        self.log_button.setToolTip(
            self.tr("Tous les scans de l'édition : filtrer, annuler (Ctrl+J)")
        )
        self.log_button.clicked.connect(lambda: self.open_scan_log())  # not checked=False
        self.kiosk_button = QPushButton(self.tr("Borne…"))
        self.kiosk_button.setObjectName("kioskButton")
        self.kiosk_button.setToolTip(
            self.tr("Borne libre-service plein écran (code organisateur ; quitter : Ctrl+Maj+Q)")
        )
        self.kiosk_button.clicked.connect(lambda: self.open_kiosk())
        self.room_button = QPushButton(self.tr("Salle…"))  # a talk room's door (issue 27)
        self.room_button.setObjectName("roomModeButton")
        self.room_button.setToolTip(
            self.tr("Porte d'une salle de conférences : entrées, sorties, décompte")
        )
        self.room_button.clicked.connect(lambda: self.open_room_mode())
        top.addWidget(self.undo_button)
        top.addWidget(self.log_button)
        top.addWidget(self.kiosk_button)
        top.addWidget(self.room_button)
        top.addWidget(self.walkin_button)

        self.counters = CountersWidget()
        # badges printed on arrival: a status line under the result, the list of those left
        self.printing = StationPrinting(self.ctx, self, station=self._station)
        self.print_status = PrintStatusLine(self.printing)
        self.print_queue = PrintQueuePanel(self.printing)
        left = QVBoxLayout()
        left.addWidget(self.preview, 1)
        left.addWidget(self.counters)
        left.addWidget(self.print_queue)

        self.panel = ResultPanel()
        self.code_field = QLineEdit()
        self.code_field.setObjectName("codeField")
        self.code_field.setPlaceholderText(self.tr("Code du badge puis Entrée (ou douchette)"))
        self.code_field.returnPressed.connect(self._code_entered)
        code_row = QHBoxLayout()
        code_label = QLabel(self.tr("Code du badge"))
        code_label.setBuddy(self.code_field)
        code_row.addWidget(code_label)
        code_row.addWidget(self.code_field, 1)

        self.search = ManualSearch(self.ctx)
        self.search.picked.connect(self.check_in_person)
        self.search.chosen.connect(self._search_chose)
        self.checkin_button = QPushButton(self.tr("Enregistrer l'entrée (Entrée)"))
        self.checkin_button.setObjectName("checkinPicked")
        self.checkin_button.clicked.connect(self.search.pick_current)
        self.reprint_button = QPushButton(self.tr("Réimprimer le badge"))
        self.reprint_button.setObjectName("reprintButton")
        self.reprint_button.clicked.connect(self.reprint)
        buttons = QHBoxLayout()
        buttons.addWidget(self.checkin_button)
        buttons.addWidget(self.reprint_button)
        self.consent_button = QPushButton(self.tr("Retirer le consentement"))
        self.consent_button.setObjectName("withdrawConsentButton")
        self.consent_button.clicked.connect(self.withdraw_consent)
        buttons.addWidget(self.consent_button)
        self.walk_in_undo = WalkInUndo(self.ctx, self)  # a walk-in's entry undone: delete?
        buttons.addWidget(self.walk_in_undo.button)
        self._show_consent()
        buttons.addStretch(1)

        right = QVBoxLayout()
        right.addWidget(self.panel, 3)
        right.addWidget(self.print_status)
        right.addLayout(code_row)
        search_title = QLabel(self.tr("Sans badge : chercher la personne"))
        search_title.setObjectName("sectionTitle")
        right.addWidget(search_title)
        right.addWidget(self.search, 2)
        right.addLayout(buttons)

        body = QHBoxLayout()
        body.addLayout(left, 5)
        body.addSpacing(12)
        body.addLayout(right, 6)
        self.setStyleSheet(
            "#codeField, #searchField { font-size: 15pt; padding: 4px; }"
            "#searchList { font-size: 13pt; }"
            "#sectionTitle { font-size: 12pt; font-weight: bold; color: #1d3557; }"
        )
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 10, 16, 10)
        outer.addLayout(top)
        outer.addLayout(body, 1)

        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo_last, context=context)
        # The text fields would keep Ctrl+Z for their own typing: on this page it undoes
        # the last entry, wherever the cursor is (it sits in the code field all day).
        for field in (self.code_field, self.search.field):
            field.installEventFilter(self)
        QShortcut(QKeySequence(Qt.Key.Key_F2), self, self.open_walk_in, context=context)
        QShortcut(QKeySequence("Ctrl+J"), self, self.open_scan_log, context=context)
        QShortcut(QKeySequence("Ctrl+F"), self, self.search.field.setFocus, context=context)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if obj is self.preview and event.type() == QEvent.Type.Paint and self._camera_due:
            QTimer.singleShot(0, self._start_camera_when_due)  # after this paint
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and obj in (self.code_field, self.search.field)
            and event.matches(QKeySequence.StandardKey.Undo)
        ):
            return True  # not for the field: the page's shortcut gets it
        return super().eventFilter(obj, event)

    # -- life -----------------------------------------------------------------------------
    def is_ready(self) -> bool:
        return self.ctx.db is not None and self._counts_loaded and self.preview.state != "starting"

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self.scanner.install()
        if self.worker is None and not self._camera_due:
            # OpenCV and the decoder (~0.3 s to import) come once the page is on screen: a
            # restarted station shows its page (code field, search) at once
            self._camera_due = True
            self.preview.installEventFilter(self)
            QTimer.singleShot(CAMERA_START_FALLBACK_MS, self._start_camera_when_due)
        self.code_field.setFocus()
        self.printing.refresh()
        # Sounds load once the page is painted, not while the app starts (~0.7 s).
        QTimer.singleShot(200, self.sound.load)

    def _start_camera_when_due(self) -> None:
        if not self._camera_due:
            return
        self._camera_due = False
        self.preview.removeEventFilter(self)
        if self.worker is None and self.isVisible():
            self.start_camera()
            self.ctx.tasks.run(work.cameras, on_done=self._cameras_listed, on_error=lambda _m: None)

    def hideEvent(self, event) -> None:  # noqa: N802
        self.scanner.uninstall()
        self.stop_camera()
        super().hideEvent(event)

    def shutdown(self) -> None:
        self.scanner.uninstall()
        self.stop_camera()
        self.printing.close()
        if self.recorder is not None:
            self.recorder.close()

    def _settings_changed(self) -> None:
        self.sound.enabled = value(self.ctx.settings, "sound/enabled")
        self.sound_box.setChecked(self.sound.enabled)
        self._restart_station()

    def _event_changed(self, _event_id: int) -> None:
        self._restart_station()

    def _restart_station(self) -> None:
        """New edition or station name: a new recorder (and pipeline), same camera."""
        if self.recorder is None and self.pipeline is not None and self.ctx.db is not None:
            # the base has just opened: the camera reads on, the codes that waited go in
            self.recorder = self.pipeline.recorder = self._new_recorder()
            self.refresh_counts()
            waiting, self._waiting = self._waiting, []
            for args in waiting:
                self._start_record(*args)
            return
        running = self.worker is not None
        self.stop_camera()
        if self.recorder is not None:
            self.recorder.close()
        self._new_pipeline()
        self.refresh_counts()
        if running and self.isVisible():
            self.start_camera()

    @property
    def station(self) -> str:
        """The name this page's scans are logged under."""
        return self._station or self.ctx.station or DEFAULTS["station/name"]

    def _new_pipeline(self) -> None:
        self.recorder = self._new_recorder()
        self.pipeline = ScanPipeline(self.recorder, debouncer=self._debouncer)

    def _new_recorder(self) -> StationRecorder | None:
        """This station's recorder; None while the base opens (codes wait in ``_waiting``)."""
        if self.ctx.db is None:
            self.link_label.setVisible(False)
            return None
        offline_dir = str(self.ctx.settings.value("station/offline_dir", "") or "")
        recorder = StationRecorder(
            self.ctx.db,
            self.ctx.event_id,
            self.station,
            offline_dir or work.default_offline_dir(),
            listener=self._relay.link.emit,
        )
        self.link_label.setVisible(recorder.resilient)
        if recorder.resilient:
            self.link_label.setText(self.tr("Connexion à la base partagée…"))
            self.ctx.tasks.run(lambda _s, r: r.start() and None, recorder,
                               on_error=self._link_failed)  # fmt: skip
        return recorder

    # -- camera ---------------------------------------------------------------------------
    def start_camera(self, source: str | int | None = None) -> None:
        """Read the station's camera (or ``source``: a device number, a video file, a
        stream URL)."""
        text = str(source) if source is not None else camera_source(self.ctx.settings)
        try:
            frames = self.source_factory(text)
        except CameraError as exc:  # a setting that means nothing: say it, keep scanning
            self.stop_camera()
            self._on_camera_state("stopped", str(exc))
            return
        self.use_source(frames)

    def use_source(self, source, **worker_options) -> None:
        """Read ``source`` (a ``FrameSource``) in a new capture thread."""
        self.stop_camera()
        options = {**self.worker_options, **worker_options}
        self.preview.set_state("starting")
        self.worker = self.pipeline.make_worker(
            source, self._relay.sighted.emit, self._relay.state.emit, **options
        )
        self.preview.set_worker(self.worker)
        self.worker.start()

    def stop_camera(self) -> None:
        worker, self.worker = self.worker, None
        self.preview.set_worker(None)
        if worker is not None:
            worker.on_codes = worker.on_state = None
            worker.stop(timeout=1.0)

    def _cameras_listed(self, indices: list[int]) -> None:
        """The cameras found on this computer, the station's source and the recent ones."""
        current = camera_source(self.ctx.settings)
        device = self.tr("Caméra %1")
        self.camera_combo.clear()
        shown = []
        for index in sorted(set(indices)):
            self.camera_combo.addItem(source_label(str(index), device), str(index))
            shown.append(str(index))
        for text in [current, *recent_sources(self.ctx.settings)]:
            if text in shown:
                continue
            label = source_label(text, device)
            try:
                missing = parse_source(text).kind == DEVICE  # the detected ones came first
            except CameraError:
                continue
            if missing:
                label += self.tr(" (non détectée)")
            self.camera_combo.addItem(label, text)
            shown.append(text)
        self.camera_combo.setCurrentIndex(max(0, self.camera_combo.findData(current)))

    def _camera_picked(self, row: int) -> None:
        text = self.camera_combo.itemData(row)
        if text is None:
            return
        try:
            remember_source(self.ctx.settings, str(text))
        except CameraError:
            return
        self.start_camera(str(text))

    def _on_camera_state(self, state: str, message: str) -> None:
        self.camera_states.append(state)
        self.preview.set_state(state, message)
        self.camera_state_changed.emit(state)

    # -- scans ----------------------------------------------------------------------------
    def _on_sighting(self, sighting: Sighting) -> None:
        if self.code_sink is not None:  # a talk room's door reads this camera (issue 27)
            for code in sighting.codes:
                self.code_sink(code)
            return
        if self.pipeline is None:
            return
        for code in sighting.codes:
            self._start_record(code, "camera", sighting.t_in, sighting.decode_ms)

    def _code_entered(self) -> None:
        code = self.code_field.text().strip()
        if code:
            self.code_field.clear()
            self.submit_code(code, MANUAL)

    def submit_code(self, raw: str, source: str = SCANNER) -> None:
        """A code typed, scanned with the USB scanner or picked: into the pipeline."""
        self._start_record(raw, source, time.perf_counter(), 0.0)

    def check_in_person(self, row: dict) -> None:
        code = row.get("code")
        if code:
            self.submit_code(code, MANUAL)
            self.search.field.selectAll()

    def _start_record(self, raw: str, source: str, t_in: float, decode_ms: float) -> None:
        if self.recorder is None:  # the base is opening (under a second): the code waits
            if len(self._waiting) < WAITING_MAX:
                self._waiting.append((raw, source, t_in, decode_ms))
            return
        if self.ctx.event_id is None:
            self.panel.show_message(
                "refused", "✖", self.tr("AUCUNE ÉDITION"), self.tr("Créez ou ouvrez une édition.")
            )
            return
        if self.exits.submit(raw):
            return
        seq = self.gate.take()
        self.ctx.tasks.run(
            work.record,
            self.gate,
            seq,
            self.pipeline,
            raw,
            source,
            t_in,
            decode_ms,
            on_done=lambda event, seq=seq: self._show_event(event, seq),
            owner=self,
            on_error=self._scan_failed,
        )

    def _show_event(self, event: ScanEvent, seq: int) -> None:
        if seq < self._shown_seq:  # an older scan finished after a newer one: keep the newer
            self.ctx.bridge.data_changed.emit("scans")
            return
        self._shown_seq = seq
        self.walk_in_undo.hide()
        if event.result == ScanResult.ADMITTED and event.outcome.uid:
            self.undoable.append(event.outcome.uid)
        if event.outcome.attendee:
            self.focus_person = event.outcome.attendee
        self.panel.show_outcome(event.outcome)
        if not self.printing.admitted(event.outcome):
            self.print_status.clear()  # the line is about the person on screen
        self.panel.repaint()  # on screen now, not at the next event-loop turn
        event.extra["painted"] = time.perf_counter()
        self.latencies_ms.append((event.extra["painted"] - event.t_in) * 1000.0)
        del self.latencies_ms[:-500]
        self.sound.play(event.outcome.decision.tone)
        self.ctx.bridge.data_changed.emit("scans")
        self.result_shown.emit(event)

    def _scan_failed(self, message: str) -> None:
        self.panel.show_message("refused", "✖", self.tr("SCAN NON ENREGISTRÉ"), message[:200])
        self.sound.play("refused")
        self.ctx.bridge.error(self.tr("Scan non enregistré : %1").replace("%1", message))

    # -- undo -----------------------------------------------------------------------------
    def open_kiosk(self, full_screen: bool = True):
        """This station becomes a self-service kiosk (behind the organiser PIN); the desk
        comes back when the kiosk is left (Ctrl+Maj+Q and the PIN)."""
        from itday.ui import roles
        from itday.ui.kiosk import KioskWindow

        if not self.ctx.organiser and not roles.ask_unlock(self.ctx, self):
            return None
        self.stop_camera()  # one reader of the camera at a time
        self.scanner.uninstall()
        station = CheckinPage(
            self.ctx, source_factory=self.source_factory, station=kiosk_station(self.station)
        )  # the kiosk is a station of its own: its scans are not this desk's
        kiosk = KioskWindow(self.ctx, station)
        kiosk.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        kiosk.destroyed.connect(self._kiosk_left)
        roles.lock(self.ctx)  # the kiosk is for visitors
        if full_screen:
            kiosk.showFullScreen()
        else:
            kiosk.show()
        return kiosk

    def open_room_mode(self, show: bool = True):
        """« Salle… »: the door of a talk room (``itday.ui.checkin.room_mode``)."""
        from itday.ui.checkin.room_mode import open_room_mode

        return open_room_mode(self, show=show)

    def _kiosk_left(self, *_args) -> None:
        if self.isVisible():
            self.scanner.install()
            self.start_camera()

    def open_scan_log(self, exec_dialog: bool = True):
        """« Journal des scans »: the edition's scans, filtered; undo for an organiser."""
        from itday.ui.checkin.scan_log import ScanLogDialog

        dialog = ScanLogDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if exec_dialog:
            dialog.show()  # not modal: the desk keeps scanning while it is open
        return dialog

    def undo_last(self) -> None:
        """Undo the latest admission made on this page (Ctrl+Z, again for the one before)."""
        if self.ctx.event_id is None or self.recorder is None:
            return
        if self.recorder.resilient and not self.recorder.online:
            self.ctx.bridge.warning(
                self.tr("Hors ligne : l'annulation d'une entrée attend le retour du réseau.")
            )
            return
        if not self.undoable:
            self.ctx.bridge.info(
                self.tr("Aucune entrée à annuler depuis l'ouverture de l'accueil sur ce poste.")
            )
            return
        uid = self.undoable.pop()
        self.ctx.tasks.run(work.undo, self.ctx.db, self.ctx.event_id, uid, on_done=self._undone)

    def _undone(self, who) -> None:
        if who is None:
            self.ctx.bridge.info(self.tr("Cette entrée était déjà annulée."))
            return
        name = person_name(who)
        said = self.walk_in_undo.undone(who)  # a walk-in: « l'inscription reste — … ? »
        self.panel.show_message("warning", "↶", self.tr("ENTRÉE ANNULÉE"), said or name)
        self.ctx.bridge.info(self.tr("Entrée annulée : %1").replace("%1", name))
        self.ctx.bridge.data_changed.emit("scans")

    # -- walk-in and reprint (built by the Visiteurs page) ----------------------------------
    def _badge_printer(self):
        """The page's BadgePrinter (shared with the walk-in dialog), or None if absent."""
        if getattr(self, "_printer", None) is None:
            if importlib.util.find_spec(PRINTER_MODULE) is None:
                return None
            self._printer = importlib.import_module(PRINTER_MODULE).BadgePrinter(
                self.ctx, self, printing=self.printing
            )
        return self._printer

    def open_walk_in(self) -> None:
        if importlib.util.find_spec(WALKIN_MODULE) is None:
            self.ctx.bridge.info(self.tr("Inscription sur place : disponible prochainement."))
            return
        dialog_class = importlib.import_module(WALKIN_MODULE).WalkInDialog
        dialog = dialog_class(self.ctx, self, printer=self._badge_printer())
        dialog.registered.connect(self._walk_in_registered)
        self.walkin_dialog = dialog
        dialog.open()

    def _walk_in_registered(self, attendee_id: int) -> None:
        """The dialog created the person, checked them in and sent the badge to print."""
        self.ctx.bridge.data_changed.emit("attendees")
        outcome = getattr(getattr(self, "walkin_dialog", None), "outcome", None)
        if outcome is not None and outcome.attendee and outcome.attendee.get("id") == attendee_id:
            self._show_walk_in_outcome(outcome)
            return
        self.ctx.tasks.run(work.attendee, self.ctx.db, attendee_id, on_done=self._show_walk_in)

    def _show_walk_in_outcome(self, outcome) -> None:
        """A walk-in shows like a scan (name, company, category band), headed « sur place »;
        Ctrl+Z and « Réimprimer » apply to them too."""
        self.panel.show_outcome(outcome)
        if outcome.result == ScanResult.ADMITTED:
            self.panel.headline.setText(self.tr("INSCRIT(E) SUR PLACE"))
            self.panel.detail.setText(self.tr("Entrée enregistrée, badge à l'impression"))
            self.panel.detail.setVisible(True)
            if outcome.uid:
                self.undoable.append(outcome.uid)
                self.walk_in_undo.registered(outcome.attendee.get("id"))
        self.focus_person = outcome.attendee
        self.sound.play(outcome.decision.tone)

    def _show_walk_in(self, who: dict | None) -> None:
        name = f"{who.get('first_name', '')} {who.get('last_name', '')}".strip() if who else ""
        self.panel.show_message(
            "ok",
            "✔",
            self.tr("INSCRIT(E) SUR PLACE"),
            self.tr("%1 — entrée enregistrée, badge à l'impression")
            .replace("%1", name)
            .strip(" —"),
        )
        self.sound.play("ok")

    def _search_chose(self, row: dict) -> None:
        """The clerk found or moved to someone in the search list: reprint is for them."""
        self.focus_person = row

    @property
    def focus_person(self) -> dict | None:
        return self._focus_person

    @focus_person.setter
    def focus_person(self, person: dict | None) -> None:
        self._focus_person = person
        self._show_consent()

    def _show_consent(self) -> None:
        """« Retirer le consentement » is for the person on screen who gave it."""
        button = getattr(self, "consent_button", None)
        if button is None:
            return
        person = self._focus_person
        given = bool(person and person.get("consent") is True)
        button.setEnabled(given)
        if given:
            tip = self.tr(
                "%1 ne veut plus que les exposants reçoivent ses coordonnées : s'applique "
                "à tous les stands dès maintenant"
            )
            name = f"{person.get('first_name', '')} {person.get('last_name', '')}".strip()
            button.setToolTip(tip.replace("%1", name))
        elif person:
            button.setToolTip(self.tr("Cette personne n'a pas donné son consentement."))
        else:
            button.setToolTip(self.tr("Choisissez d'abord une personne (recherche ou scan)."))

    def withdraw_consent(self):
        """The person on screen withdraws their consent: from now on no stand's export
        carries their e-mail or phone.  Written in a worker; returns the task."""
        person = self._focus_person
        if not person or person.get("id") is None or person.get("consent") is not True:
            return None
        name = f"{person.get('first_name', '')} {person.get('last_name', '')}".strip()
        self.consent_button.setEnabled(False)

        def done(_before) -> None:
            if self._focus_person and self._focus_person.get("id") == person["id"]:
                self.focus_person = {**self._focus_person, "consent": False}
            self.ctx.bridge.info(
                self.tr(
                    "Consentement de %1 retiré : ses coordonnées ne sont plus transmises aux "
                    "exposants."
                ).replace("%1", name)
            )
            self.ctx.bridge.data_changed.emit("attendees")
            self.search.refresh()

        def failed(message: str) -> None:
            self._show_consent()
            self.ctx.bridge.error(message)

        return self.ctx.tasks.run(
            work.withdraw_consent,
            self.ctx.db,
            person["id"],
            on_done=done,
            on_error=failed,
            owner=self,
        )

    def reprint(self) -> None:
        """Reprint the badge of the person on screen (or picked in the search since)."""
        person = self.focus_person
        attendee_id = person.get("id") if person else None
        if attendee_id is None:
            self.ctx.bridge.info(self.tr("Choisissez d'abord une personne (recherche ou scan)."))
            return
        printer = self._badge_printer()
        if printer is None:
            self.ctx.bridge.info(self.tr("Réimpression des badges : disponible prochainement."))
            return
        name = f"{person.get('first_name', '')} {person.get('last_name', '')}".strip()
        self.ctx.bridge.info(
            self.tr("Badge de %1 : impression…").replace("%1", name or person.get("code", ""))
        )
        printer.print_one(attendee_id, confirm_reprint=True)

    # -- counters and link ----------------------------------------------------------------
    def _data_changed(self, what: str) -> None:
        if what in ("scans", "attendees", "events"):
            self._counts_timer.start()

    def refresh_counts(self) -> None:
        if self.ctx.db is None:  # opening: counted once the base is open
            return
        if self.ctx.event_id is None:
            self._counts_loaded = True
            return
        self.ctx.tasks.run(
            work.load_counts,
            self.ctx.db,
            self.ctx.event_id,
            on_done=self._show_counts,
            on_error=lambda _m: setattr(self, "_counts_loaded", True),  # offline: keep the last
        )

    def _show_counts(self, stats: dict) -> None:
        self._counts_loaded = True
        self.counters.set_numbers(stats)
        self.search.refresh()  # « ✔ entré(e) » on whoever was just admitted

    def _on_link(self, online: bool, pending: int) -> None:
        self.link_label.setVisible(True)
        if online:
            text = self.tr("● En ligne")
            if pending:
                text += self.tr(" — envoi de %1 scans").replace("%1", str(pending))
            style = "color: #1b7f3b; font-weight: bold; font-size: 13pt;"
        else:
            text = self.tr("● Hors ligne — %1 scans en attente").replace("%1", str(pending))
            style = "color: #c62828; font-weight: bold; font-size: 13pt;"
        self.link_label.setText(text)
        self.link_label.setStyleSheet(style)

    def _link_failed(self, message: str) -> None:
        self.link_label.setText(self.tr("● Base partagée injoignable"))
        self.link_label.setStyleSheet("color: #c62828; font-weight: bold;")
        self.ctx.bridge.error(message)

    def _sound_toggled(self, on: bool) -> None:
        self.sound.enabled = on
        self.ctx.settings.setValue("sound/enabled", on)
