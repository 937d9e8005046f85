"""The self-service kiosk (issue 14.4): visitors scan their e-ticket or badge themselves.

Full screen, one huge prompt (« Scannez votre billet »), the camera view, the answer in words
and colour, the badge printed on a first admission, then back to the prompt.  A refused or
unknown code says « Adressez-vous à l'accueil »: the desk sorts it out.  There is no other
control: the kiosk is an Accueil station underneath (a ``CheckinPage``, given by whoever opens
the kiosk: its camera, its USB scanner, its recorder and its print-on-arrival queue), kept
hidden, so it admits exactly as the desk does and keeps working through a camera loss
(« caméra indisponible — utilisez le lecteur ») and a printer problem (the entry is committed;
« badge à retirer à l'accueil »).  It says what really happens to the badge: printing,
printed, printed before (nothing sent: « retirez-le à l'accueil »), queued, failed.

Leaving needs the organiser PIN: Ctrl+Maj+Q opens the prompt (a wrong PIN stays).  With no
PIN defined for the database, the kiosk asks for one to be chosen before it opens (from the
window and from ``itday gui --kiosk``); a kiosk whose PIN was reset meanwhile does not leave
and says how to choose one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QLabel, QLineEdit, QVBoxLayout, QWidget

from itday.core.checkin import reason_word
from itday.core.enums import ScanResult
from itday.core.pin import check_pin
from itday.core.printing import ALREADY, FAILED, PRINTED, PRINTING, QUEUED
from itday.errors import QT_TRANSLATE_NOOP
from itday.ui import roles
from itday.ui.banner import Banner

if TYPE_CHECKING:
    from itday.ui.pages.checkin import CheckinPage

#: how long an answer stays on screen before the prompt comes back
ANSWER_MS = 6000
COLOURS = {"ok": "#1b7f3b", "warning": "#b26a00", "refused": "#b3261e", "idle": "#1d3557"}


class KioskWindow(QWidget):
    #: the answer shown: "ok", "warning" or "refused" (tests, the benchmark)
    answered = Signal(str)
    #: what the kiosk says about the badge, by what its printing came to
    BADGE_WORDS = {
        PRINTING: QT_TRANSLATE_NOOP("KioskWindow", "Votre badge s'imprime…"),
        PRINTED: QT_TRANSLATE_NOOP(
            "KioskWindow", "Votre badge est imprimé : prenez-le à côté de la borne."
        ),
        ALREADY: QT_TRANSLATE_NOOP(
            "KioskWindow", "Votre badge a déjà été imprimé : retirez-le à l'accueil."
        ),
        QUEUED: QT_TRANSLATE_NOOP(
            "KioskWindow",
            "Votre entrée est enregistrée ; l'imprimante a un souci : votre badge est à "
            "retirer à l'accueil.",
        ),
        FAILED: QT_TRANSLATE_NOOP(
            "KioskWindow", "Votre entrée est enregistrée ; votre badge est à retirer à l'accueil."
        ),
    }

    def __init__(self, ctx, station: CheckinPage, *, parent: QWidget | None = None) -> None:
        """``station``: the Accueil page the kiosk runs on (a new one, not the desk's)."""
        super().__init__(parent)
        self.ctx = ctx
        self.leaving_allowed = False
        self._person: int | None = None  # whose badge the answer on screen speaks of
        self.setWindowTitle(self.tr("itday — borne d'accueil"))
        self.setObjectName("kiosk")
        self.station = station
        station.setParent(self)
        station.hide()
        self.station.printing.always = True  # a kiosk prints every first admission's badge
        self.preview = self.station.preview
        self.prompt = QLabel(self.tr("Scannez votre billet"))
        self.prompt.setObjectName("kioskPrompt")
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint = QLabel(self.tr("Présentez le QR code de votre billet ou de votre badge"))
        self.hint.setObjectName("kioskHint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.answer = QLabel()
        self.answer.setObjectName("kioskAnswer")
        self.answer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.answer.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setObjectName("kioskDetail")
        self.detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail.setWordWrap(True)
        middle = QHBoxLayout()
        middle.addStretch(1)
        self.preview.setMinimumSize(480, 360)
        middle.addWidget(self.preview, 3)
        middle.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 30, 40, 30)
        self.banner = Banner()  # for the organiser: the base was reopened
        ctx.bridge.banner_posted.connect(self.banner.show_text)
        layout.addWidget(self.banner)
        layout.addWidget(self.prompt)
        layout.addWidget(self.hint)
        layout.addLayout(middle, 3)
        layout.addWidget(self.answer, 2)
        layout.addWidget(self.detail)
        self.setStyleSheet(
            "#kiosk { background: white; }"
            "#kioskPrompt { font-size: 44pt; font-weight: bold; color: #1d3557; }"
            "#kioskHint { font-size: 18pt; color: #444; }"
            "#kioskAnswer { font-size: 40pt; font-weight: bold; color: white;"
            " border-radius: 16px; padding: 18px; }"
            "#kioskDetail { font-size: 20pt; color: #222; }"
        )
        self._idle = QTimer(self, singleShot=True, interval=ANSWER_MS, timeout=self.show_prompt)
        self.station.result_shown.connect(self._shown)
        self.station.printing.status_changed.connect(self._print_status)
        self.station.camera_state_changed.connect(self._camera_state)
        self.station.scanner.install()  # the USB scanner, anywhere in the kiosk
        self.station.start_camera()
        context = Qt.ShortcutContext.ApplicationShortcut
        QShortcut(QKeySequence("Ctrl+Shift+Q"), self, self.ask_to_leave, context=context)
        self.show_prompt()

    # -- what the visitor sees ------------------------------------------------------------
    def show_prompt(self) -> None:
        self.answer.setText("")
        self.answer.setStyleSheet("background: transparent;")
        self.detail.setText("")
        self.prompt.setText(self.tr("Scannez votre billet"))

    def _show(self, tone: str, words: str, detail: str = "") -> None:
        self.answer.setText(words)
        self.answer.setStyleSheet(f"background: {COLOURS[tone]};")
        self.detail.setText(detail)
        self._idle.start()
        self.answered.emit(tone)

    def _shown(self, event) -> None:
        outcome = event.outcome
        who = outcome.attendee or {}
        first = who.get("first_name", "") or ""
        name = f"{first} {who.get('last_name', '') or ''}".strip()
        self._person = None
        if outcome.result is ScanResult.ADMITTED:
            printing = self.station.printing.on_arrival
            self._person = who.get("id") if printing else None
            self._show(
                "ok",
                self.tr("Bienvenue %1 !").replace("%1", name).replace("  ", " "),
                # what the badge comes to is said when the printing says so (_print_status)
                self.tr("Votre entrée est enregistrée.") if printing else "",
            )
        elif outcome.result is ScanResult.ALREADY_ADMITTED and outcome.decision.admits:
            self._show(
                "warning",
                self.tr("Bon retour %1 !").replace("%1", first or name).replace("  ", " "),
                self.tr("Vous êtes déjà entré(e) : bonne visite."),
            )
        elif outcome.result is ScanResult.ALREADY_ADMITTED:  # the re-entry rule says no
            rule = reason_word(outcome.result, outcome.decision.reason)
            self._show(
                "refused",
                self.tr("Adressez-vous à l'accueil"),
                self.tr("Vous êtes déjà entré(e) : %1.").replace(
                    "%1", QCoreApplication.translate("checkin", rule)
                ),
            )
        else:
            self._show(
                "refused",
                self.tr("Adressez-vous à l'accueil"),
                self.tr("Ce code n'a pas pu être accepté ici."),
            )

    def _print_status(self, status) -> None:
        """What really happens to the badge of the person on screen: printing, printed,
        printed before (nothing sent: « retirez-le à l'accueil »), queued, failed."""
        if not self.answer.text() or self._person is None:
            return
        if self._person not in status.attendee_ids:
            return  # another visitor's badge
        text = self.BADGE_WORDS.get(status.outcome)
        if status.outcome == PRINTING and status.problem:
            text = self.BADGE_WORDS[QUEUED]
        if text:
            self.detail.setText(QCoreApplication.translate("KioskWindow", text))

    def _camera_state(self, state: str) -> None:
        if state in ("lost", "stopped"):
            self.hint.setText(self.tr("Caméra indisponible — utilisez le lecteur"))
        elif state == "running":
            self.hint.setText(self.tr("Présentez le QR code de votre billet ou de votre badge"))

    # -- leaving ----------------------------------------------------------------------------
    def ask_to_leave(self) -> bool:
        stored = roles.stored_hash(self.ctx)
        if not stored:  # (its PIN reset meanwhile): anyone could leave, so nobody does
            self.banner.show_text(
                QCoreApplication.translate(
                    "KioskWindow",
                    "Aucun code organisateur : la borne ne se quitte pas sans lui. Choisissez-en "
                    "un (« itday pin --set », ou « Organisateur… » sur un autre poste), puis "
                    "Ctrl+Maj+Q.",
                )
            )
            return False
        pin, ok = QInputDialog.getText(
            self,
            QCoreApplication.translate("KioskWindow", "Quitter la borne"),
            QCoreApplication.translate("KioskWindow", "Code organisateur :"),
            QLineEdit.EchoMode.Password,
        )
        if not ok or not check_pin(pin, stored):
            return False
        return self.leave()

    def leave(self) -> bool:
        self.leaving_allowed = True
        self.station.scanner.uninstall()
        self.station.shutdown()
        self.close()
        return True

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        event.accept()  # no key does anything here but the scanner's and Ctrl+Maj+Q

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if self.leaving_allowed:
            super().closeEvent(event)
        else:
            event.ignore()  # Alt+F4 and the like: the kiosk stays
