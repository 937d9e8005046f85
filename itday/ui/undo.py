"""One undo button for every page: « ↶ Annuler : <what> » says what it will undo, and once
done the status bar says what it undid (« Annulé : <what> »).  Same name, same key (Ctrl+Z)
on the Plan, Exposants and Visiteurs pages."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QAbstractButton


def undo_text(stack: QUndoStack) -> str:
    if stack.canUndo() and stack.undoText():
        return QCoreApplication.translate("undo", "↶ Annuler : %1").replace("%1", stack.undoText())
    return QCoreApplication.translate("undo", "↶ Annuler")


def undo_with_notice(stack: QUndoStack, notify) -> None:
    """Undo the last step and say which one (``notify(text)``: the status bar)."""
    if not stack.canUndo():
        return
    what = stack.undoText()
    stack.undo()
    if what:
        notify(QCoreApplication.translate("undo", "Annulé : %1").replace("%1", what))


def wire_undo_button(button: QAbstractButton, stack: QUndoStack, notify) -> None:
    """The button shows what Ctrl+Z would undo; a click undoes it and says what it undid."""

    def refresh(*_args) -> None:
        try:
            _show(button, stack)
        except RuntimeError:  # the stack or the button is being destroyed with its page
            pass

    button.clicked.connect(lambda: undo_with_notice(stack, notify))
    stack.indexChanged.connect(refresh)
    stack.cleanChanged.connect(refresh)
    stack.undoTextChanged.connect(refresh)
    refresh()


def _show(button: QAbstractButton, stack: QUndoStack) -> None:
    button.setEnabled(stack.canUndo())
    button.setText(undo_text(stack))
    button.setToolTip(
        QCoreApplication.translate("undo", "Annuler la dernière modification (Ctrl+Z)")
    )
