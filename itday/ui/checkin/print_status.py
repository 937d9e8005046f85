"""Badges printed at the desk: the station's printing, its status line and its queue list.

* ``StationPrinting`` (no widget of its own): the station's ``BadgePrintService`` built from
  the settings (printer, layout, resolution, « Imprimer le badge à l'arrivée »).  Every call
  to the service runs in ``ctx.tasks`` (short calls: send, then one check at a time from a
  timer until the badge is out), never on the GUI thread.  ``admitted(outcome)`` prints the
  badge of a first admission; ``print_badge`` prints without an entry (pick-up, reprint);
  ``retry`` / ``dismiss`` work on the list.  It announces ``status_changed(PrintStatus)``
  and ``queue_changed(rows)``.
* ``PrintStatusLine``: one line under the scan's result: « Badge en impression… » →
  « ✔ Badge imprimé », or the printer's problem with « Réessayer ».
* ``PrintQueuePanel``: the badges still to print at this station (count, Réessayer,
  Tout réessayer, Retirer de la liste); hidden while there are none.

The Accueil page wires them in a few lines; the kiosk can reuse the same pieces.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from itday.core.lazy import lazy_module

if TYPE_CHECKING:
    from itday.services.printing.badges import BadgePrintService, PrintSettings, PrintStatus


import time

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from itday.core.enums import ScanResult
from itday.core.printing import ALREADY, FAILED, PRINTED, PRINTING, QUEUED
from itday.ui.i18n import error_text
from itday.ui.settings_keys import value

print_service = lazy_module("itday.services.printing.badges")

FOLLOW_MS = 300  # how often a badge on its way is checked
FOLLOW_FOR_S = 20.0  # then a badge still in the printer's queue is said « queued »
REFRESH_MS = 5000  # the list asks the printer again while badges wait there


def list_printers(state) -> list:
    """Worker: the printers this station can print on (``PrinterInfo``), [] if none."""
    from itday.services.printing import PrintFailure
    from itday.ui.printing import printing_backend

    try:
        return printing_backend().printers()
    except PrintFailure:
        return []


def _send(state, service: BadgePrintService, event_id: int, outcome):
    return service.on_admission(event_id, outcome)


def _print(state, service: BadgePrintService, event_id: int, ids: list[int], reason: str):
    return service.print_badges(event_id, ids, reason=reason)


def _check(state, service: BadgePrintService, items, waited_out: bool):
    return service.check(items, waited_out=waited_out)


def _retry(state, service: BadgePrintService, groups: list[list[int]]):
    return [service.retry(items) for items in groups]


def _dismiss(state, service: BadgePrintService, items: list[int]):
    service.dismiss(items)


def _refresh(state, service: BadgePrintService, event_id: int):
    return service.refresh(event_id)


def _warm_up(state, service: BadgePrintService):
    service.warm_up()


class StationPrinting(QObject):
    """The station's badge printing; see the module docstring."""

    #: a badge's print moved on: the ``PrintStatus``
    status_changed = Signal(object)
    #: the badges still to print at this station (rows of ``BadgePrintService.open_items``)
    queue_changed = Signal(list)

    def __init__(
        self, ctx, parent: QObject | None = None, *, backend=None, station: str | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._station = station  # the kiosk's own name; this computer's station otherwise
        self._backend = backend
        self.service: BadgePrintService | None = None
        self.rows: list[dict] = []
        self._following: dict[tuple[int, ...], float] = {}  # items → when to stop waiting
        self._in_flight: set[tuple[int, ...]] = set()
        self._timer = QTimer(self, interval=FOLLOW_MS, timeout=self._follow)
        self._refresh_timer = QTimer(self, interval=REFRESH_MS, timeout=self.refresh)
        self._build_service()
        ctx.settings_changed.connect(self._build_service)
        ctx.bridge.data_changed.connect(self._data_changed)
        ctx.bridge.event_changed.connect(self._event_changed)

    # -- configuration --------------------------------------------------------------------
    #: print every first admission's badge whatever the setting (the kiosk)
    always = False

    @property
    def on_arrival(self) -> bool:
        """« Imprimer le badge à l'arrivée » is set for this station (or it is a kiosk)."""
        return self.always or value(self.ctx.settings, "badge/print_on_arrival")

    def settings(self) -> PrintSettings:
        s = self.ctx.settings
        return print_service.PrintSettings(
            printer=value(s, "badge/printer"),
            layout=value(s, "badge/layout") or "a6",
            dpi=value(s, "badge/dpi"),
            media=value(s, "badge/media"),
        )

    def _build_service(self) -> None:
        if self.ctx.db is None:  # the base opens after the first paint: built then
            return
        if self._backend is None:
            from itday.ui.printing import printing_backend

            self._backend = printing_backend()
        old = self.service
        self.service = print_service.BadgePrintService(
            self.ctx.db,
            self._backend,
            station=self._station or self.ctx.station or value(self.ctx.settings, "station/name"),
            settings=self.settings(),
        )
        if old is not None:
            old.close()
        if self.on_arrival:  # fonts and QR tables loaded before the first visitor
            self.ctx.tasks.run(_warm_up, self.service, on_error=lambda _m: None)

    def close(self) -> None:
        self._timer.stop()
        self._refresh_timer.stop()
        if self.service is not None:
            self.service.close()

    # -- printing -------------------------------------------------------------------------
    def admitted(self, outcome) -> bool:
        """A scan's result is on screen: print the badge if it is a first admission and
        the station prints on arrival; True if a print was started."""
        if not self.on_arrival or self.ctx.event_id is None:
            return False
        if outcome.attendee is None or outcome.result is not ScanResult.ADMITTED:
            return False
        person = outcome.attendee.get("id")
        self.status_changed.emit(
            print_service.PrintStatus((), (person,), PRINTING, printer=self._printer())
        )
        self.ctx.tasks.run(
            _send,
            self.service,
            self.ctx.event_id,
            outcome,
            on_done=self._sent,
            on_error=lambda message: self._error(message, person),
            owner=self,
        )
        return True

    def print_badge(self, attendee_id: int, reason: str = "reprint") -> None:
        """Print a badge without an entry (pick-up the day before, reprint)."""
        if self.ctx.event_id is None:
            return
        self.status_changed.emit(
            print_service.PrintStatus((), (attendee_id,), PRINTING, printer=self._printer())
        )
        self.ctx.tasks.run(
            _print,
            self.service,
            self.ctx.event_id,
            [attendee_id],
            reason,
            on_done=self._sent,
            on_error=lambda message: self._error(message, attendee_id),
            owner=self,
        )

    def retry(self, items: list[int] | None = None) -> None:
        """Send badges of the list again: those given (queue row ids), or all of them."""
        rows = [r for r in self.rows if items is None or r["id"] in items]
        if not rows:
            return
        groups: dict[tuple, list[int]] = {}  # a batch sent as one job goes again as one
        for row in rows:
            job = row["job_id"] if row["job_id"] is not None else -row["id"]
            groups.setdefault((row["printer"], job), []).append(row["id"])
        self.ctx.tasks.run(
            _retry,
            self.service,
            list(groups.values()),
            on_done=lambda statuses: [self._sent(s) for s in statuses],
            owner=self,
        )

    def dismiss(self, items: list[int]) -> None:
        self.ctx.tasks.run(
            _dismiss, self.service, list(items), on_done=lambda _r: self.refresh(), owner=self
        )

    def _event_changed(self, _event_id: int) -> None:
        if self.service is None:  # the base has just opened
            self._build_service()
        self.refresh()

    def refresh(self) -> None:
        """Ask again for this station's list (and the printer about badges waiting)."""
        if self.ctx.event_id is None or self.service is None:
            return
        self.ctx.tasks.run(
            _refresh,
            self.service,
            self.ctx.event_id,
            on_done=self._listed,
            on_error=lambda _m: None,  # the list keeps its last state
            owner=self,
        )

    # -- following --------------------------------------------------------------------------
    def _printer(self) -> str:
        return value(self.ctx.settings, "badge/printer") or self.tr("imprimante par défaut")

    def _sent(self, status: PrintStatus | None) -> None:
        if status is None:
            return
        self.status_changed.emit(status)
        if status.outcome in (PRINTING, QUEUED) and not status.final:
            self._following[status.items] = time.monotonic() + FOLLOW_FOR_S
            self._timer.start()
        else:
            self._ended(status)

    def _follow(self) -> None:
        now = time.monotonic()
        for items, deadline in list(self._following.items()):
            if items in self._in_flight:
                continue
            self._in_flight.add(items)
            self.ctx.tasks.run(
                _check,
                self.service,
                items,
                now >= deadline,
                on_done=lambda status, items=items: self._checked(items, status),
                on_error=lambda _m, items=items: self._in_flight.discard(items),
                owner=self,
            )
        if not self._following:
            self._timer.stop()

    def _checked(self, items: tuple[int, ...], status: PrintStatus) -> None:
        self._in_flight.discard(items)
        if items not in self._following:
            return
        self.status_changed.emit(status)
        deadline = self._following[items]
        if status.final or status.outcome not in (PRINTING, QUEUED) or time.monotonic() >= deadline:
            del self._following[items]
            self._ended(status)

    def _ended(self, status: PrintStatus) -> None:
        if status.outcome in (PRINTED, ALREADY):
            self.ctx.bridge.data_changed.emit("attendees")  # print counts
        self.ctx.bridge.data_changed.emit("prints")

    def _error(self, message: str, attendee_id: int | None) -> None:
        self.status_changed.emit(
            print_service.PrintStatus(
                (), (attendee_id,) if attendee_id else (), FAILED, detail=message
            )
        )
        self.ctx.bridge.error(message)
        self.refresh()

    def _data_changed(self, what: str) -> None:
        if what == "prints":
            self.refresh()

    def _listed(self, rows: list[dict]) -> None:
        self.rows = rows
        waiting = any(r["state"] == "sent" for r in rows)
        if waiting and not self._refresh_timer.isActive():
            self._refresh_timer.start()
        elif not waiting:
            self._refresh_timer.stop()
        self.queue_changed.emit(rows)


def status_text(status: PrintStatus) -> str:
    """What the status line says, in the interface's language."""
    if status.outcome == FAILED and not status.problem and status.detail:
        return status.detail  # an error already in words (a database error…)
    return error_text(status.notice())


# background, text colour per outcome
_COLOURS = {
    PRINTING: ("#e3f0fb", "#123a5e"),
    PRINTED: ("#e2f4e7", "#14532d"),
    QUEUED: ("#fff4d6", "#5b4100"),
    FAILED: ("#fde3e3", "#7f1d1d"),
    ALREADY: ("#eef1f4", "#3a3f45"),
}
_GLYPHS = {PRINTING: "⎙", PRINTED: "✔", QUEUED: "⚠", FAILED: "✖", ALREADY: "ⓘ"}


class PrintStatusLine(QFrame):
    """One line under the scan's result: where the person's badge is, and « Réessayer »."""

    retry_requested = Signal(tuple)

    def __init__(self, printing: StationPrinting, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printStatus")
        self.printing = printing
        self.status: PrintStatus | None = None
        self.glyph = QLabel()
        self.glyph.setObjectName("printGlyph")
        self.text = QLabel()
        self.text.setObjectName("printText")
        self.text.setWordWrap(True)
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.retry_button = QPushButton(self.tr("Réessayer"))
        self.retry_button.setObjectName("printRetry")
        self.retry_button.clicked.connect(self._retry)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 12, 6)
        row.addWidget(self.glyph)
        row.addWidget(self.text, 1)
        row.addWidget(self.retry_button)
        self.setVisible(False)
        printing.status_changed.connect(self.show_status)

    def show_status(self, status: PrintStatus) -> None:
        # The line follows the latest badge started (a status without queue rows yet); a
        # late answer about an earlier person's badge is for the list, not for this line.
        shown = self.status
        if status.items and shown is not None and status.attendee_ids != shown.attendee_ids:
            return
        self.status = status
        bg, fg = _COLOURS[status.outcome]
        self.setStyleSheet(
            f"#printStatus {{ background: {bg}; border-radius: 8px; }}"
            f"#printStatus QLabel {{ color: {fg}; font-size: 13pt; }}"
            f"#printGlyph {{ font-size: 18pt; font-weight: bold; }}"
        )
        self.glyph.setText(_GLYPHS[status.outcome])
        self.text.setText(status_text(status))
        self.retry_button.setVisible(status.outcome in (QUEUED, FAILED) and bool(status.items))
        self.setVisible(True)

    def clear(self) -> None:
        self.status = None
        self.setVisible(False)

    def _retry(self) -> None:
        if self.status is not None and self.status.items:
            self.printing.retry(list(self.status.items))


class PrintQueuePanel(QFrame):
    """The badges still to print at this station, with retry one / all and remove."""

    def __init__(self, printing: StationPrinting, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printQueue")
        self.printing = printing
        self.title = QLabel()
        self.title.setObjectName("printQueueTitle")
        self.list = QListWidget()
        self.list.setObjectName("printQueueList")
        self.list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.list.setWordWrap(True)
        self.list.setMaximumHeight(120)
        self.retry_button = QPushButton(self.tr("Réessayer"))
        self.retry_button.setObjectName("queueRetry")
        self.retry_button.clicked.connect(self._retry_selected)
        self.retry_all_button = QPushButton(self.tr("Tout réessayer"))
        self.retry_all_button.setObjectName("queueRetryAll")
        self.retry_all_button.clicked.connect(lambda: self.printing.retry(None))
        self.remove_button = QPushButton(self.tr("Retirer de la liste"))
        self.remove_button.setObjectName("queueRemove")
        self.remove_button.setToolTip(
            self.tr("Le badge a été fait autrement (à la main, sur un autre poste)")
        )
        self.remove_button.clicked.connect(self._remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.retry_all_button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.title)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.setStyleSheet(
            "#printQueue { background: #fff8e6; border: 1px solid #e0b64a; border-radius: 8px; }"
            "#printQueueTitle { font-size: 12pt; font-weight: bold; color: #5b4100; }"
        )
        self.setVisible(False)
        self.list.itemSelectionChanged.connect(self._selection_changed)
        printing.queue_changed.connect(self.show_rows)

    def show_rows(self, rows: list[dict]) -> None:
        selected = set(self.selected_ids())
        self.list.clear()
        for row in rows:
            text = f"{row['name']} — {self.short(row)}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, row["id"])
            item.setToolTip(error_text(row["notice"]))
            self.list.addItem(item)
            item.setSelected(row["id"] in selected)
        self.title.setText(self.tr("Badges à imprimer (%1)").replace("%1", str(len(rows))))
        self._selection_changed()
        self.setVisible(bool(rows))

    def short(self, row: dict) -> str:
        """A few words for the list (the whole message is the item's tooltip)."""
        problems = {
            "paused": self.tr("imprimante en pause"),
            "offline": self.tr("imprimante éteinte ou débranchée"),
            "media-empty": self.tr("plus d'étiquettes"),
            "media-jam": self.tr("bourrage"),
            "door-open": self.tr("capot ouvert"),
            "stopped": self.tr("imprimante arrêtée"),
            "waiting": self.tr("en attente à l'imprimante"),
            "not-accepting": self.tr("l'imprimante refuse les travaux"),
            "unknown-printer": self.tr("imprimante inconnue"),
            "no-printer": self.tr("aucune imprimante choisie"),
            "unreachable": self.tr("serveur d'impression injoignable"),
            "auth": self.tr("mot de passe demandé"),
            "refused": self.tr("refusé par l'imprimante"),
            "aborted": self.tr("échec de l'impression"),
            "canceled": self.tr("travail annulé"),
            "render": self.tr("badge non préparé"),
            "not-sent": self.tr("pas encore envoyé"),
        }
        if row["outcome"] == PRINTING or not row["problem"]:
            return (
                self.tr("envoi en cours") if row["state"] == "pending" else self.tr("en impression")
            )
        return problems.get(row["problem"], row["problem"])

    def selected_ids(self) -> list[int]:
        return [i.data(Qt.ItemDataRole.UserRole) for i in self.list.selectedItems()]

    def _selection_changed(self) -> None:
        chosen = bool(self.list.selectedItems())
        self.retry_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def _retry_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.printing.retry(ids)

    def _remove_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.printing.dismiss(ids)
