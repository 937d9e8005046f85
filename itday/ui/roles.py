"""Reception mode by default; organiser mode unlocked by the organiser PIN."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from itday.core.lazy import lazy_module
from itday.core.pin import check_pin, hash_pin
from itday.errors import ItdayError
from itday.ui.context import AppContext
from itday.ui.pin_fields import PinFields
from itday.ui.settings_keys import value

repo = lazy_module("itday.db.repo")

PIN_KEY = "organiser_pin"  # in the database's app_setting table: every station asks the same


def stored_hash(ctx: AppContext) -> str:
    """The organiser PIN's hash: the database's (shared by every station), else the one an
    older version kept in this laptop's settings."""
    try:
        with ctx.db.session() as session:
            shared = repo.get_setting(PIN_KEY, session=session)
    except ItdayError:
        shared = None
    return shared or value(ctx.settings, "security/pin_hash") or ""


def store_pin_hash(ctx: AppContext, pin_hash: str) -> None:
    """Make ``pin_hash`` the PIN of every station that opens this database."""
    with ctx.db.session() as session:
        repo.set_setting(PIN_KEY, pin_hash, session=session)
        session.commit()
    ctx.settings.remove("security/pin_hash")  # the database's PIN is the only one


def try_unlock(ctx: AppContext, pin: str) -> bool:
    """Switch to organiser mode if ``pin`` is right (no dialog: used by the dialog and tests)."""
    stored = stored_hash(ctx)
    if not check_pin(pin, stored):
        return False
    try:  # a PIN only this laptop knew becomes the database's
        with ctx.db.session() as session:
            if repo.get_setting(PIN_KEY, session=session) is None:
                repo.set_setting(PIN_KEY, stored, session=session)
                session.commit()
        ctx.settings.remove("security/pin_hash")
    except ItdayError:
        pass  # a read-only base: the PIN still works here
    ctx.set_organiser(True)
    return True


class ChoosePinDialog(QDialog):
    """The first organiser PIN of a database: typed twice, masked (a typo never locks out)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("roles", "Code organisateur"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            QCoreApplication.translate(
                "roles",
                "Aucun code organisateur n'est défini pour cette base.\n"
                "Choisissez-en un (4 à 12 chiffres) : chaque poste qui ouvre la base le "
                "demandera.",
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.fields = PinFields(
            form,
            QCoreApplication.translate("roles", "&Code :"),
            QCoreApplication.translate("roles", "&Confirmation :"),
        )
        self.pin, self.again = self.fields.first, self.fields.again
        layout.addLayout(form)
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.chosen = ""

    def check(self) -> None:
        problem = self.fields.problem()
        if problem:
            self.error_label.setText(problem)
            return
        self.chosen = self.fields.pin()
        self.accept()


def choose_first_pin(ctx: AppContext, parent: QWidget | None) -> bool:
    """The database's first organiser PIN, typed twice and stored; False if none was."""
    dialog = ChoosePinDialog(parent)
    if not dialog.exec() or not dialog.chosen:
        return False
    try:
        store_pin_hash(ctx, hash_pin(dialog.chosen))
    except ItdayError as exc:
        QMessageBox.warning(parent, dialog.windowTitle(), str(exc))
        return False
    return True


def ask_unlock(ctx: AppContext, parent: QWidget) -> bool:
    """Ask for the PIN (or to choose one, typed twice, the first time) and unlock."""
    if not stored_hash(ctx):
        if not choose_first_pin(ctx, parent):
            return False
        ctx.set_organiser(True)
        return True
    pin, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("roles", "Mode organisateur"),
        QCoreApplication.translate("roles", "Code organisateur :"),
        QLineEdit.EchoMode.Password,
    )
    if not ok:
        return False
    if try_unlock(ctx, pin.strip()):
        return True
    QMessageBox.warning(
        parent,
        QCoreApplication.translate("roles", "Mode organisateur"),
        QCoreApplication.translate(
            "roles",
            "Code incorrect. Code oublié ? Qui a le fichier de la base peut l'effacer avec "
            "« itday pin --reset ».",
        ),
    )
    return False


def lock(ctx: AppContext) -> None:
    ctx.set_organiser(False)
