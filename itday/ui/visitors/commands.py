"""Undoable changes to attendees (pushed on the Visiteurs page's QUndoStack)."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from itday.core.lazy import lazy_module

attendee_repo = lazy_module("itday.db.attendees")


class EditAttendee(QUndoCommand):
    """Change some fields of one attendee; undo puts the previous values back."""

    def __init__(self, ctx, attendee_id: int, values: dict, before: dict, text: str) -> None:
        super().__init__(text)
        self.ctx = ctx
        self.attendee_id = attendee_id
        self.values = dict(values)
        self.before = dict(before)

    def _apply(self, values: dict) -> None:
        with self.ctx.db.session() as session:
            attendee_repo.update_attendee(self.attendee_id, values, session=session)
        self.ctx.bridge.data_changed.emit("attendees")

    def redo(self) -> None:
        self._apply(self.values)

    def undo(self) -> None:
        self._apply(self.before)


class SetCancelled(QUndoCommand):
    """Cancel (or restore) registrations; undo does the opposite for the same people."""

    def __init__(self, ctx, ids: list[int], cancelled: bool, text: str) -> None:
        super().__init__(text)
        self.ctx = ctx
        self.ids = list(ids)
        self.cancelled = cancelled

    def _apply(self, cancelled: bool) -> None:
        with self.ctx.db.session() as session:
            attendee_repo.set_cancelled(self.ids, cancelled, session=session)
        self.ctx.bridge.data_changed.emit("attendees")

    def redo(self) -> None:
        self._apply(self.cancelled)

    def undo(self) -> None:
        self._apply(not self.cancelled)
