"""Registering a walk-in at the desk: one form, Enter saves, prints and checks in.

Fields in tab order: first name, last name, company, e-mail (optional), category.  Enter
creates the attendee (source ``walk_in``, fresh badge code), checks them in at this
station, and sends the badge to ``BadgePrinter``: one flow, one key.

A USB scanner is a keyboard: a badge scanned while the form is open types its code into the
focused field, then Enter.  ``save`` never registers a badge code as a name: it takes the
code out of the field, keeps the rest of the form and says why nothing was saved.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from itday.core import badge
from itday.core.enums import CATEGORY_LABELS_EN, CATEGORY_LABELS_FR, Category, ScanResult
from itday.core.importing import is_valid_email
from itday.core.lazy import lazy_module
from itday.errors import ItdayError
from itday.ui import i18n
from itday.ui.badge_printing import BadgePrinter
from itday.ui.consent import consent_text

attendee_repo = lazy_module("itday.db.attendees")

checkin_service = lazy_module("itday.services.checkin")


def _is_badge_code(text: str) -> bool:
    """A code of ours, or a damaged one as long as a scanned code (``ITD-Sud`` is a name)."""
    kind = badge.parse(text).kind
    if kind is badge.CodeKind.OURS:
        return True
    return (
        kind is badge.CodeKind.DAMAGED
        and len(text) >= badge.CODE_LENGTH - badge.CHECK_CHARS
        and not any(ch.isspace() for ch in text)
    )


def badge_code_span(text: str) -> tuple[int, int] | None:
    """Where a badge code of ours (well read, misread, or typed by a US-layout scanner on an
    AZERTY PC) sits in a field's text, as ``(start, end)``; None if there is none."""
    if _is_badge_code(text.strip()):
        return 0, len(text)
    # A scan appended to what the clerk had typed ("Jean" + code): the code ends the text.
    folded = text.upper()
    for prefix in badge.PREFIXES_AS_TYPED:
        start = folded.rfind(prefix)
        if start > 0 and _is_badge_code(text[start:].strip()):
            return start, len(text)
    return None


class WalkInDialog(QDialog):
    #: the new attendee was created and checked in (their id); the badge is printing
    registered = Signal(int)

    def __init__(
        self, ctx, parent: QWidget | None = None, *, printer: BadgePrinter | None = None
    ) -> None:
        """``printer``: a page's own BadgePrinter to share (one is made otherwise)."""
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Nouveau visiteur sur place"))
        self.setMinimumWidth(520)
        # The printer outlives the dialog (printing ends after it closes).
        self.printer = printer if printer is not None else BadgePrinter(ctx, parent)
        self.attendee_id: int | None = None

        intro = QLabel(
            self.tr(
                "Saisissez le nom puis appuyez sur Entrée : la personne est inscrite, "
                "son badge s'imprime et son entrée est enregistrée."
            )
        )
        intro.setWordWrap(True)
        intro.setObjectName("walkinIntro")

        self.first_name = QLineEdit()
        self.first_name.setPlaceholderText(self.tr("Prénom"))
        self.last_name = QLineEdit()
        self.last_name.setPlaceholderText(self.tr("Nom"))
        self.company = QLineEdit()
        self.company.setPlaceholderText(self.tr("Société (facultatif)"))
        self.email = QLineEdit()
        self.email.setPlaceholderText(self.tr("adresse@exemple.fr (facultatif)"))
        self.category = QComboBox()
        for category in Category:
            self.category.addItem(
                i18n.label(CATEGORY_LABELS_FR, CATEGORY_LABELS_EN, category), category.value
            )
        self.category.setCurrentIndex(self.category.findData(Category.VISITOR.value))
        # Unticked by default: a visitor's e-mail goes to exhibitors only if they said yes.
        self.consent = QCheckBox(consent_text())
        self.consent.setObjectName("walkinConsent")
        self.consent.setChecked(False)
        for edit in (self.first_name, self.last_name, self.company, self.email):
            edit.setClearButtonEnabled(True)
            edit.textChanged.connect(self._validate)

        form = QFormLayout()
        form.addRow(self.tr("&Prénom"), self.first_name)
        form.addRow(self.tr("&Nom"), self.last_name)
        form.addRow(self.tr("&Société"), self.company)
        form.addRow(self.tr("&E-mail"), self.email)
        form.addRow(self.tr("&Catégorie"), self.category)
        form.addRow("", self.consent)

        self.message = QLabel()
        self.message.setObjectName("walkinMessage")
        self.message.setWordWrap(True)

        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            self.tr("Inscrire, imprimer et faire entrer (Entrée)"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.save_button.setDefault(True)
        self.save_button.setAutoDefault(True)
        self.buttons.addButton(self.tr("Fermer"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self.setTabOrder(self.first_name, self.last_name)
        self.setTabOrder(self.last_name, self.company)
        self.setTabOrder(self.company, self.email)
        self.setTabOrder(self.email, self.category)
        self.setTabOrder(self.category, self.consent)
        self.setTabOrder(self.consent, self.save_button)
        self.first_name.setFocus()
        self._validate()

    # -- validation ------------------------------------------------------------------------
    def problems(self) -> tuple[str | None, str | None]:
        """(blocking error, warning) for the current input."""
        error = None
        if not (self.first_name.text().strip() or self.last_name.text().strip()):
            error = self.tr("Saisissez au moins un prénom ou un nom.")
        warning = None
        email = self.email.text().strip()
        if email and not is_valid_email(email.lower()):
            warning = self.tr("L'e-mail « %1 » semble incorrect (il sera enregistré tel quel).")
            warning = warning.replace("%1", email)
        return error, warning

    def _validate(self) -> None:
        error, warning = self.problems()
        self.save_button.setEnabled(error is None)
        text = warning or ""
        self.message.setText(("⚠ " + text) if text else "")
        self.message.setStyleSheet("color: #a15c00;" if text else "")

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.save()
            return
        super().keyPressEvent(event)

    # -- the one flow ------------------------------------------------------------------------
    def take_out_badge_codes(self) -> bool:
        """Remove badge codes scanned into the text fields; True if there was one."""
        found = None
        for edit in (self.first_name, self.last_name, self.company, self.email):
            span = badge_code_span(edit.text())
            if span is not None:
                text = edit.text()
                edit.setText((text[: span[0]] + text[span[1] :]).strip())
                found = found or edit
        if found is None:
            return False
        self.message.setText(
            "⚠ "
            + self.tr(
                "Un badge a été scanné dans le formulaire : rien n'est enregistré. "
                "Fermez le formulaire (Échap) pour scanner à l'accueil."
            )
        )
        self.message.setStyleSheet("color: #b00020; font-weight: bold;")
        found.setFocus()
        return True

    def save(self) -> int | None:
        """Create, check in, print; returns the new attendee id (None if refused)."""
        if self.take_out_badge_codes():
            return None
        error, _warning = self.problems()
        if error:
            self.message.setText("⚠ " + error)
            self.message.setStyleSheet("color: #b00020; font-weight: bold;")
            (self.first_name if not self.first_name.text().strip() else self.last_name).setFocus()
            return None
        if self.ctx.event_id is None:
            self.message.setText(self.tr("Aucune édition ouverte."))
            return None
        try:
            with self.ctx.db.session() as session:
                attendee_id, code = attendee_repo.create_walk_in(
                    self.ctx.event_id,
                    session=session,
                    first_name=self.first_name.text(),
                    last_name=self.last_name.text(),
                    company=self.company.text(),
                    email=self.email.text().strip(),
                    category=self.category.currentData(),
                    consent=self.consent.isChecked(),
                )
                outcome = checkin_service.record_scan(
                    session, self.ctx.event_id, code, self.ctx.station
                )
        except ItdayError as exc:
            self.message.setText("⚠ " + i18n.error_text(exc))
            return None
        self.attendee_id = attendee_id
        self.outcome = outcome  # the check-in page shows it like a scan
        self.printer.print_one(attendee_id, confirm_reprint=False)
        self.ctx.bridge.data_changed.emit("attendees")
        self.ctx.bridge.data_changed.emit("scans")
        name = " ".join(
            p for p in (self.first_name.text().strip(), self.last_name.text().strip()) if p
        )
        if outcome.result is ScanResult.ADMITTED:
            self.ctx.bridge.info(
                self.tr("%1 inscrit(e) sur place et entré(e) ; badge en impression.").replace(
                    "%1", name
                )
            )
        self.registered.emit(attendee_id)
        self.accept()
        return attendee_id
