"""The stands' server panel (organiser mode): address, port, start/stop, its address as a QR
code, phones connected; the edition's tags and questions for the stands (issue 25).

Everything slow runs elsewhere: the server binds in its own thread, stops in a worker; the
machine's addresses, the edition's tags and questions are read and written in workers.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from itday.core.leads import MAX_QUESTIONS, MAX_TAGS

REFRESH_MS = 2000
DEFAULT_PORT = 8080
QR_PIXELS = 220


def question_key(box: int) -> str:
    """The key of the question asked in box ``box`` (0-based): « q1 », « q2 », « q3 »."""
    return f"q{box + 1}"


def _load(state, db, event_id: int) -> dict:
    """Worker: the addresses to offer, the one chosen last, the kits' address, the edition's
    tags and questions."""
    from itday.db import leads as db_leads
    from itday.services.netaddr import local_addresses
    from itday.services.stand_kits import chosen_address, kits_printed_for

    found = local_addresses(include_loopback=False)
    with db.session() as session:
        chosen = chosen_address(session=session)
        kits = kits_printed_for(session=session)
        settings = db_leads.lead_settings(event_id, session=session)
    return {
        "addresses": [(a.address, a.label()) for a in found],
        "chosen": chosen,
        "kits": kits,
        "tags": list(settings.tags),
        "questions": [(q.key, q.text) for q in settings.questions],
    }


def _save_settings(state, db, event_id: int, tags: list[str], questions: list, keys: list):
    from itday.core.leads import make_settings
    from itday.db import leads as db_leads

    settings = make_settings(tags, questions, keys)
    with db.session() as session:
        db_leads.set_lead_settings(event_id, settings, session=session)
    return settings


def qr_pixmap(text: str, size: int = QR_PIXELS) -> QPixmap:
    """The QR code of ``text`` (quiet zone included), ``size`` pixels square, sharp."""
    from itday.services.pdf.qr import qr_matrix

    matrix = qr_matrix(text)
    n = matrix.shape[0]
    image = QImage(n, n, QImage.Format.Format_Grayscale8)
    image.fill(255)
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                image.setPixel(x, y, 0)
    scale = max(1, size // n)
    return QPixmap.fromImage(image.scaled(n * scale, n * scale))


class StandsServerDialog(QDialog):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.control = ctx.stands_server
        self.setWindowTitle(self.tr("Serveur des stands"))
        self.setObjectName("standsServerDialog")
        self.loaded = False
        self.kits_url: str | None = None
        self.tabs = QTabWidget()
        self.tabs.addTab(self._server_tab(), self.tr("Serveur"))
        self.tabs.addTab(self._qualify_tab(), self.tr("Étiquettes et questions"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(760, 480)

        self.control.state_changed.connect(self._show_state)
        self.control.start_failed.connect(self._show_failure)
        self.control.problem.connect(self._show_problem)
        self.control.kits_printed.connect(self._kits_printed)
        ctx.bridge.role_changed.connect(self._role_changed)
        self._timer = QTimer(self, interval=REFRESH_MS, timeout=self._refresh_phones)
        self._timer.start()
        self._show_state()
        self.reload()

    # -- layout ---------------------------------------------------------------------------
    def _server_tab(self) -> QWidget:
        page = QWidget()
        intro = QLabel(
            self.tr(
                "Les téléphones des exposants, sur le même réseau Wi-Fi que cet ordinateur, "
                "ouvrent les pages des stands qu'il sert : rien à installer, pas d'internet. "
                "Tant que le serveur est arrêté, rien n'est accessible depuis le réseau."
            )
        )
        intro.setWordWrap(True)
        self.address = QComboBox()
        self.address.setObjectName("serverAddress")
        self.address.setEditable(True)  # an address typed by hand is possible, never the default
        self.address.setMinimumWidth(260)
        self.address.setToolTip(
            self.tr(
                "L'adresse de cet ordinateur sur le réseau du salon (celle du Wi-Fi ou du câble "
                "relié à la borne des organisateurs)"
            )
        )
        self.refresh_button = QPushButton(self.tr("Actualiser"))
        self.refresh_button.setToolTip(self.tr("Relire les adresses de cet ordinateur"))
        self.refresh_button.clicked.connect(self.reload)
        address_row = QHBoxLayout()
        address_row.addWidget(self.address, 1)
        address_row.addWidget(self.refresh_button)
        self.port = QSpinBox()
        self.port.setObjectName("serverPort")
        self.port.setRange(1024, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.port.setGroupSeparatorShown(False)
        form = QFormLayout()
        address_label = QLabel(self.tr("&Adresse :"))
        address_label.setBuddy(self.address)
        form.addRow(address_label, address_row)
        form.addRow(self.tr("&Port :"), self.port)

        self.start_button = QPushButton(self.tr("Démarrer le serveur"))
        self.start_button.setObjectName("startServer")
        self.start_button.clicked.connect(self.start)
        self.stop_button = QPushButton(self.tr("Arrêter"))
        self.stop_button.setObjectName("stopServer")
        self.stop_button.clicked.connect(self.stop)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.stop_button)
        buttons.addStretch(1)

        self.status = QLabel()
        self.status.setObjectName("serverStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = QLabel()
        self.error.setObjectName("serverError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020; font-weight: bold;")
        self.phones = QLabel()
        self.phones.setObjectName("serverPhones")
        self.kits_note = QLabel()
        self.kits_note.setObjectName("kitsNote")
        self.kits_note.setWordWrap(True)

        left = QVBoxLayout()
        left.addWidget(intro)
        left.addSpacing(6)
        left.addLayout(form)
        left.addLayout(buttons)
        left.addSpacing(6)
        left.addWidget(self.status)
        left.addWidget(self.error)
        left.addWidget(self.phones)
        left.addWidget(self.kits_note)
        left.addStretch(1)

        self.qr = QLabel()
        self.qr.setObjectName("serverQr")
        self.qr.setFixedSize(QR_PIXELS + 10, QR_PIXELS + 10)
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr.setWordWrap(True)
        self.qr.setStyleSheet("#serverQr { border: 1px solid #c9d6df; color: #777; }")
        self.qr_caption = QLabel()
        self.qr_caption.setWordWrap(True)
        self.qr_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr_caption.setMaximumWidth(QR_PIXELS + 10)
        right = QVBoxLayout()
        right.addWidget(self.qr)
        right.addWidget(self.qr_caption)
        right.addStretch(1)

        row = QHBoxLayout(page)
        row.addLayout(left, 1)
        row.addSpacing(12)
        row.addLayout(right)
        page.setStyleSheet(
            "#serverStatus { font-size: 13pt; font-weight: bold; color: #1d3557; }"
            "#serverPhones { font-size: 12pt; }"
        )
        return page

    def _qualify_tab(self) -> QWidget:
        page = QWidget()
        intro = QLabel(
            self.tr(
                "Ce que les stands notent en un geste après chaque scan, en plus de chaud, "
                "tiède ou froid et d'une note. Pour cette édition ; tout est facultatif."
            )
        )
        intro.setWordWrap(True)
        self.tags = QPlainTextEdit()
        self.tags.setObjectName("leadTags")
        self.tags.setPlaceholderText(self.tr("démo demandée\ndevis\nrecrutement"))
        self.tags.setTabChangesFocus(True)
        self.tags.setMaximumHeight(150)
        self.questions = []
        form = QFormLayout()
        form.addRow(
            self.tr("Étiquettes\n(une par ligne, %1 au plus) :").replace("%1", str(MAX_TAGS)),
            self.tags,
        )
        for i in range(MAX_QUESTIONS):
            edit = QLineEdit()
            edit.setObjectName(f"leadQuestion{i + 1}")
            edit.setClearButtonEnabled(True)
            edit.setPlaceholderText(self.tr("Par ex. : Quel est votre projet ?") if i == 0 else "")
            self.questions.append(edit)
            form.addRow(self.tr("Question %1 :").replace("%1", str(i + 1)), edit)
        self.save_button = QPushButton(self.tr("Enregistrer"))
        self.save_button.setObjectName("saveLeadSettings")
        self.save_button.clicked.connect(self.save_settings)
        self.settings_message = QLabel()
        self.settings_message.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.settings_message, 1)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    # -- loading ----------------------------------------------------------------------------
    def is_ready(self) -> bool:
        return self.loaded

    def reload(self) -> None:
        if self.ctx.event_id is None:
            return
        self.refresh_button.setEnabled(False)
        self.ctx.tasks.run(
            _load, self.ctx.db, self.ctx.event_id, on_done=self._loaded, owner=self,
            on_error=self._load_failed,
        )  # fmt: skip

    def _load_failed(self, message: str) -> None:
        self.refresh_button.setEnabled(True)
        self.error.setText(message)

    def _loaded(self, data: dict) -> None:
        self.refresh_button.setEnabled(True)
        typed = self.address.currentText().strip() if self.loaded else ""
        self.address.clear()
        for address, label in data["addresses"]:
            self.address.addItem(label, address)
        chosen = data["chosen"]
        wanted = typed or (chosen[0] if chosen else "")
        index = self.address.findData(wanted)
        if index >= 0:
            self.address.setCurrentIndex(index)
        elif wanted and wanted != self._running_host():
            self.address.setEditText(wanted)
        if self.control.is_running:
            self.address.setEditText(self.control.host or "")
        if chosen and not self.loaded:
            self.port.setValue(chosen[1])
        self.kits_url = data["kits"]
        if not self.loaded:
            self.tags.setPlainText("\n".join(data["tags"]))
            self._show_questions(data["questions"])
        self.loaded = True
        self._show_state()

    def _running_host(self) -> str | None:
        return self.control.host if self.control.is_running else None

    def chosen_host(self) -> str:
        """The address in the box: the item's address, or what was typed."""
        text = self.address.currentText().strip()
        index = self.address.currentIndex()
        if index >= 0 and self.address.itemText(index) == text:
            return str(self.address.itemData(index))
        return text.split(" ")[0]

    # -- start and stop ---------------------------------------------------------------------
    def start(self) -> None:
        host = self.chosen_host()
        if not host:
            self.error.setText(self.tr("Choisissez l'adresse sur laquelle écouter."))
            return
        if self.ctx.event_id is None:
            self.error.setText(self.tr("Aucune édition ouverte."))
            return
        self.error.clear()
        if self.control.start(self.ctx.event_id, host, self.port.value()):
            self._show_state()

    def stop(self) -> None:
        if self.control.stop() is not None:
            self._show_state()

    def _show_failure(self, message: str) -> None:
        self.error.setText(message)
        self._show_state()

    def _show_problem(self, message: str) -> None:
        self.error.setText(message)

    def _show_state(self, *_args) -> None:
        control = self.control
        running, busy = control.is_running, control.is_busy
        self.start_button.setEnabled(not running and not busy and self.ctx.event_id is not None)
        self.stop_button.setEnabled(running and not busy)
        for w in (self.address, self.port, self.refresh_button):
            w.setEnabled(not running and not busy)
        if running:
            url = control.url or ""
            self.status.setText(self.tr("En marche : %1").replace("%1", url))
            self.qr.setPixmap(qr_pixmap(url))
            self.qr_caption.setText(
                self.tr("À ouvrir sur un téléphone du même réseau :") + f"<br><b>{url}</b>"
            )
            if not control.last_problem:
                self.error.clear()
        elif busy:
            self.status.setText(self.tr("Démarrage ou arrêt en cours…"))
        else:
            self.status.setText(self.tr("Arrêté : aucun téléphone ne peut se connecter."))
            self.qr.clear()
            self.qr.setText(self.tr("(QR code de l'adresse une fois démarré)"))
            self.qr_caption.clear()
        self._refresh_phones()
        self._show_kits_note()

    def _show_kits_note(self) -> None:
        url = self.control.url if self.control.is_running else None
        if self.kits_url is None:
            text = self.tr(
                "Aucun kit exposant imprimé pour l'instant (Exposants → Stands connectés)."
            )
            style = "color: #555;"
        elif url is not None and url != self.kits_url:
            text = self.tr(
                "Attention : les kits ont été imprimés pour %1. Leurs QR codes ne mènent pas "
                "à ce serveur : démarrez-le à cette adresse, ou réimprimez les kits."
            ).replace("%1", self.kits_url)
            style = "color: #a15c00; font-weight: bold;"
        else:
            text = self.tr("Les kits imprimés mènent à %1.").replace("%1", self.kits_url)
            style = "color: #555;"
        self.kits_note.setText(text)
        self.kits_note.setStyleSheet(style)

    def _kits_printed(self, url: str) -> None:
        self.kits_url = url
        self._show_kits_note()

    def _refresh_phones(self) -> None:
        if self.control.is_running:
            n = self.control.connected_phones()
            self.phones.setText(self.tr("Téléphones connectés : %1").replace("%1", str(n)))
        else:
            self.phones.setText("")

    # -- tags and questions -----------------------------------------------------------------
    def save_settings(self) -> None:
        if self.ctx.event_id is None or not self.ctx.organiser:
            return
        tags = self.tags.toPlainText().splitlines()
        questions = [edit.text() for edit in self.questions]
        keys = [question_key(i) for i in range(MAX_QUESTIONS)]  # box N asks question qN
        self.save_button.setEnabled(False)
        self.ctx.tasks.run(
            _save_settings, self.ctx.db, self.ctx.event_id, tags, questions, keys,
            on_done=self._saved, on_error=self._save_failed, owner=self,
        )  # fmt: skip

    def _show_questions(self, questions: list[tuple[str, str]]) -> None:
        """Question qN in box N (its answers stay with it when it is reworded); a key of
        another form in the first free box."""
        texts = [""] * MAX_QUESTIONS
        rest = []
        for key, text in questions:
            boxes = [i for i in range(MAX_QUESTIONS) if question_key(i) == key]
            if boxes and not texts[boxes[0]]:
                texts[boxes[0]] = text
            else:
                rest.append(text)
        for text in rest:
            if "" in texts:
                texts[texts.index("")] = text
        for edit, text in zip(self.questions, texts, strict=True):
            edit.setText(text)

    def _saved(self, settings) -> None:
        self.save_button.setEnabled(True)
        self.tags.setPlainText("\n".join(settings.tags))
        self._show_questions([(q.key, q.text) for q in settings.questions])
        self.settings_message.setStyleSheet("color: #2e7d32;")
        self.settings_message.setText(
            self.tr("Enregistré : les téléphones les proposent dès leur prochain scan.")
        )

    def _save_failed(self, message: str) -> None:
        self.save_button.setEnabled(True)
        self.settings_message.setStyleSheet("color: #b00020;")
        self.settings_message.setText(message)

    def _role_changed(self, organiser: bool) -> None:
        if not organiser:
            self.reject()  # organisers only; the server keeps running
