"""Undoable changes to exhibitors (QUndoStack commands).

Each command writes through ``itday.db.exhibitors`` in its own session, commits, then
announces the change on the bridge.  A command whose first ``redo`` fails marks itself
obsolete, so ``QUndoStack.push`` drops it and the error reaches the user once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from itday.db import exhibitors as ex_repo
from itday.errors import ItdayError


class _ExhibitorCommand(QUndoCommand):
    def __init__(self, ctx, text: str) -> None:
        super().__init__(text)
        self.ctx = ctx
        self.error: str | None = None

    def _write(self, fn):
        with self.ctx.db.session() as session:
            result = fn(session)
            session.commit()
        for what in ("exhibitors", "booths", "attendees"):
            self.ctx.bridge.data_changed.emit(what)
        return result

    def _guard(self, fn) -> None:
        try:
            fn()
        except ItdayError as exc:
            self.error = str(exc)
            self.setObsolete(True)
            self.ctx.bridge.error(str(exc))


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
