"""The organiser PIN typed twice, masked: shared by the first-PIN dialog and the settings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLineEdit

from itday.core.pin import normalise_pin, valid_new_pin
from itday.ui.i18n import core_message


class PinFields:
    """Two masked fields added to a form; ``problem()`` says what is wrong with what was
    typed (too short, not digits, the two differ), ``pin()`` gives it."""

    def __init__(self, form: QFormLayout, label: str, again_label: str, placeholder: str = ""):
        self.first = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.again = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        if placeholder:
            self.first.setPlaceholderText(placeholder)
        form.addRow(label, self.first)
        form.addRow(again_label, self.again)

    def pin(self) -> str:
        """What was typed, as stored: full-width digits read as ASCII ones (as the command
        line reads them)."""
        return normalise_pin(self.first.text())

    def problem(self) -> str | None:
        """None when the PIN is fine (or, for an optional change, left empty); else the
        message, with the focus put on the field to type again."""
        pin, again = self.pin(), normalise_pin(self.again.text())
        problem = valid_new_pin(pin)
        if problem:
            self.first.setFocus()
            return core_message(problem)
        if pin != again:
            self.again.clear()
            self.again.setFocus()
            return QCoreApplication.translate(
                "roles", "Les deux codes diffèrent : tapez le même code deux fois."
            )
        return None
