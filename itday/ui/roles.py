"""Reception mode by default; organiser mode unlocked by the organiser PIN."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from itday.core.pin import check_pin, hash_pin, valid_new_pin
from itday.ui.context import AppContext
from itday.ui.i18n import core_message
from itday.ui.settings import value


def try_unlock(ctx: AppContext, pin: str) -> bool:
    """Switch to organiser mode if ``pin`` is right (no dialog: used by the dialog and tests)."""
    if check_pin(pin, value(ctx.settings, "security/pin_hash")):
        ctx.set_organiser(True)
        return True
    return False


def ask_unlock(ctx: AppContext, parent: QWidget) -> bool:
    """Ask for the PIN (or to choose one the first time) and unlock organiser mode."""
    stored = value(ctx.settings, "security/pin_hash")
    if not stored:
        pin, ok = QInputDialog.getText(
            parent,
            QCoreApplication.translate("roles", "Code organisateur"),
            QCoreApplication.translate(
                "roles",
                "Aucun code organisateur n'est défini sur ce poste.\n"
                "Choisissez-en un (4 à 12 chiffres) :",
            ),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return False
        problem = valid_new_pin(pin.strip())
        if problem:
            QMessageBox.warning(
                parent,
                QCoreApplication.translate("roles", "Code organisateur"),
                core_message(problem),
            )
            return False
        ctx.settings.setValue("security/pin_hash", hash_pin(pin.strip()))
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
        QCoreApplication.translate("roles", "Code incorrect."),
    )
    return False


def lock(ctx: AppContext) -> None:
    ctx.set_organiser(False)
