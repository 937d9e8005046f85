"""Undoable changes to exhibitors (QUndoStack commands).

Each command writes through ``itday.db.exhibitors`` in its own session, commits, then
announces the change on the bridge.  A command whose first ``redo`` fails marks itself
obsolete, so ``QUndoStack.push`` drops it and the error reaches the user once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from itday.core.lazy import lazy_module
from itday.errors import ItdayError
from itday.ui.i18n import error_text

ex_repo = lazy_module("itday.db.exhibitors")


class _ExhibitorCommand(QUndoCommand):
    #: what the bridge announces after a write
    CHANGED: tuple[str, ...] = ("exhibitors", "booths", "attendees")

    def __init__(self, ctx, text: str) -> None:
        super().__init__(text)
        self.ctx = ctx
        self.error: str | None = None

    def _write(self, fn):
        with self.ctx.db.session() as session:
            result = fn(session)
            session.commit()
        for what in self.CHANGED:
            self.ctx.bridge.data_changed.emit(what)
        return result

    def _guard(self, fn) -> None:
        try:
            fn()
        except ItdayError as exc:
            self.error = error_text(exc)
            self.setObsolete(True)
            self.ctx.bridge.error(self.error)


class AddExhibitorCommand(_ExhibitorCommand):
    def __init__(self, ctx, event_id: int, values: dict) -> None:
        super().__init__(
            ctx,
            QCoreApplication.translate("exhibitors", "Ajouter « %1 »").replace(
                "%1", values.get("name", "")
            ),
        )
        self.event_id = event_id
        self.values = dict(values)
        self.exhibitor_id: int | None = None
        self.snapshot: dict | None = None

    def redo(self) -> None:
        def run():
            if self.snapshot is None:
                self.exhibitor_id = self._write(
                    lambda s: ex_repo.create_exhibitor(self.event_id, session=s, **self.values)
                )
            else:
                snapshot = self.snapshot
                self._write(lambda s: ex_repo.restore_exhibitor(snapshot, session=s))

        self._guard(run)

    def undo(self) -> None:
        def run():
            self.snapshot = self._write(
                lambda s: ex_repo.delete_exhibitor(self.exhibitor_id, session=s)
            )

        if self.exhibitor_id is not None:
            self._guard(run)


class EditExhibitorCommand(_ExhibitorCommand):
    def __init__(self, ctx, exhibitor_id: int, values: dict, name: str = "") -> None:
        super().__init__(
            ctx,
            QCoreApplication.translate("exhibitors", "Modifier « %1 »").replace(
                "%1", name or values.get("name", "")
            ),
        )
        self.exhibitor_id = exhibitor_id
        self.values = dict(values)
        self.before: dict | None = None

    def redo(self) -> None:
        def run():
            self.before = self._write(
                lambda s: ex_repo.update_exhibitor(self.exhibitor_id, session=s, **self.values)
            )

        self._guard(run)

    def undo(self) -> None:
        if self.before is not None:
            before = self.before
            self._guard(
                lambda: self._write(
                    lambda s: ex_repo.update_exhibitor(self.exhibitor_id, session=s, **before)
                )
            )


class DeleteExhibitorCommand(_ExhibitorCommand):
    """Deletes an exhibitor; undo restores it with its id, booths and staff links."""

    def __init__(self, ctx, exhibitor_id: int, name: str) -> None:
        super().__init__(
            ctx, QCoreApplication.translate("exhibitors", "Supprimer « %1 »").replace("%1", name)
        )
        self.exhibitor_id = exhibitor_id
        self.snapshot: dict | None = None

    def redo(self) -> None:
        def run():
            self.snapshot = self._write(
                lambda s: ex_repo.delete_exhibitor(self.exhibitor_id, session=s)
            )

        self._guard(run)

    def undo(self) -> None:
        if self.snapshot is not None:
            snapshot = self.snapshot
            self._guard(
                lambda: self._write(lambda s: ex_repo.restore_exhibitor(snapshot, session=s))
            )


# -- staff --------------------------------------------------------------------------------


class AddStaffCommand(_ExhibitorCommand):
    """Adds a staff member; undo deletes the person again, unless they have badged or had a
    badge printed since (then undo refuses, says so, and the add stays)."""

    CHANGED = ("attendees", "exhibitors")

    def __init__(self, ctx, exhibitor_id: int, first: str, last: str, email: str = "") -> None:
        label = f"{first.strip()} {last.strip()}".strip()
        super().__init__(
            ctx,
            QCoreApplication.translate("exhibitors", "Ajouter « %1 » à l'équipe").replace(
                "%1", label
            ),
        )
        self.label = label
        self.exhibitor_id = exhibitor_id
        self.fields = (first, last, email)
        self.attendee_id: int | None = None
        self.snapshot: dict | None = None

    def redo(self) -> None:
        def run():
            if self.snapshot is None:
                first, last, email = self.fields
                self.attendee_id = self._write(
                    lambda s: ex_repo.add_staff(self.exhibitor_id, first, last, email, session=s)
                )
            else:
                snapshot = self.snapshot
                self._write(lambda s: ex_repo.restore_staff(snapshot, session=s))

        self._guard(run)

    def undo(self) -> None:
        if self.attendee_id is None:
            return
        attendee_id = self.attendee_id

        def remove(session):
            if ex_repo.staff_history(attendee_id, session=session)["any"]:
                return None
            return ex_repo.remove_staff(attendee_id, session=session)

        def run():
            snapshot = self._write(remove)
            if snapshot is None:
                # Not undoable any more: drop the command (the stack deletes it) and say why.
                self.setObsolete(True)
                self.ctx.bridge.warning(
                    QCoreApplication.translate(
                        "exhibitors",
                        "Impossible d'annuler l'ajout de « %1 » : cette personne a déjà badgé "
                        "ou son badge a été imprimé. Retirez-la de l'équipe si besoin.",
                    ).replace("%1", self.label)
                )
            else:
                self.snapshot = snapshot

        self._guard(run)


class RemoveStaffCommand(_ExhibitorCommand):
    """Takes a person off an exhibitor's staff (``remove_staff``: deleted, or cancelled and
    unlinked when they have a history); undo brings back the same row."""

    CHANGED = ("attendees", "exhibitors")

    def __init__(self, ctx, attendee_id: int, name: str) -> None:
        super().__init__(
            ctx,
            QCoreApplication.translate("exhibitors", "Retirer « %1 » de l'équipe").replace(
                "%1", name
            ),
        )
        self.attendee_id = attendee_id
        self.snapshot: dict | None = None

    def redo(self) -> None:
        def run():
            self.snapshot = self._write(lambda s: ex_repo.remove_staff(self.attendee_id, session=s))

        self._guard(run)

    def undo(self) -> None:
        if self.snapshot is not None:
            snapshot = self.snapshot
            self._guard(lambda: self._write(lambda s: ex_repo.restore_staff(snapshot, session=s)))
