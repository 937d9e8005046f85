"""A walk-in's entry undone at the desk (Ctrl+Z): the registration stays, and the desk says
so — « entrée annulée ; l'inscription reste — la supprimer ? » — with a button that deletes
it (after a question) when it was made by mistake.

The Accueil page tells ``WalkInUndo`` which admissions were walk-ins (``registered``) and
hands it every undo (``undone``); the deletion runs in ``ctx.tasks``.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from itday.core.lazy import lazy_module

attendee_repo = lazy_module("itday.db.attendees")


def _delete(_state, db, attendee_id: int) -> bool:
    with db.session() as session:
        return attendee_repo.delete_walk_in(attendee_id, session=session)


def person_name(who: dict) -> str:
    name = f"{who.get('first_name', '') or ''} {who.get('last_name', '') or ''}".strip()
    return name or who.get("code", "")


class WalkInUndo(QObject):
    #: the registration was deleted: its attendee id
    deleted = Signal(int)

    def __init__(self, ctx, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.parent_widget = parent
        self._walk_ins: set[int] = set()  # attendees registered on the spot at this desk
        self.person: dict | None = None  # whose undone entry left a registration
        self.button = QPushButton(self.tr("Supprimer l'inscription…"))
        self.button.setObjectName("deleteWalkInButton")
        self.button.setToolTip(self.tr("Supprimer l'inscription sur place faite par erreur"))
        self.button.setVisible(False)
        self.button.clicked.connect(self.ask_delete)

    def registered(self, attendee_id: int | None) -> None:
        """A walk-in was registered and admitted here."""
        if attendee_id is not None:
            self._walk_ins.add(attendee_id)

    def undone(self, who: dict) -> str:
        """An entry was undone: what the desk says about it ("" if not a walk-in's)."""
        walk_in = who.get("id") in self._walk_ins
        self.person = who if walk_in else None
        self.button.setVisible(walk_in)
        if not walk_in:
            return ""
        return self.tr("%1 : entrée annulée ; l'inscription reste — la supprimer ?").replace(
            "%1", person_name(who)
        )

    def hide(self) -> None:
        """Another scan is on screen: the offer goes."""
        self.person = None
        self.button.setVisible(False)

    def confirm(self, name: str) -> bool:
        """Deleting destroys data: asked first (tests replace this method)."""
        answer = QMessageBox.question(
            self.parent_widget,
            self.tr("Supprimer l'inscription"),
            self.tr("Supprimer l'inscription sur place de %1 ? Son badge ne sera plus valable.")
            .replace("%1", name),
        )  # fmt: skip
        return answer == QMessageBox.StandardButton.Yes

    def ask_delete(self):
        """« Supprimer l'inscription… »: asked, then deleted in a worker; the task."""
        who = self.person
        if who is None or who.get("id") is None or not self.confirm(person_name(who)):
            return None
        self.hide()
        return self.ctx.tasks.run(
            _delete,
            self.ctx.db,
            who["id"],
            on_done=lambda done: self._deleted(who, done),
            on_error=self.ctx.bridge.error,
            owner=self,
        )

    def _deleted(self, who: dict, done: bool) -> None:
        name = person_name(who)
        if not done:
            self.ctx.bridge.warning(
                self.tr("L'inscription de %1 n'a pas été supprimée : elle est de nouveau entrée.")
                .replace("%1", name)
            )  # fmt: skip
            return
        self._walk_ins.discard(who["id"])
        self.ctx.bridge.info(self.tr("Inscription de %1 supprimée.").replace("%1", name))
        self.ctx.bridge.data_changed.emit("attendees")
        self.deleted.emit(who["id"])
