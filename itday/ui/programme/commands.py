"""Undoable changes to the programme (QUndoStack commands): a room or a session added,
changed or deleted.  Each command keeps the row's state before and after (a room with its
sessions), writes in its own session, commits and announces ``programme`` on the bridge."""

from __future__ import annotations

from typing import TYPE_CHECKING

from itday.core.lazy import lazy_module

if TYPE_CHECKING:
    from sqlmodel import Session


from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from itday.errors import ItdayError
from itday.ui.i18n import error_text

svc = lazy_module("itday.services.programme")


def _functions(kind: str):
    """(snapshot, restore, delete) of a room or a session."""
    if kind == "room":
        return svc.room_snapshot, svc.restore_room, svc.delete_room
    return svc.session_snapshot, svc.restore_session, svc.delete_session


class ProgrammeCommand(QUndoCommand):
    """``action(session)`` does the change the first time and returns the row's id; without
    an action the command deletes ``row_id``."""

    def __init__(
        self, ctx, text: str, kind: str, action: Callable[[Session], int] | None, row_id=None
    ) -> None:
        super().__init__(text)
        self.ctx = ctx
        self.kind = kind
        self.action = action
        self.row_id = row_id
        self.before: dict | None = None
        self.after: dict | None = None
        self.done_once = False
        self.error: str | None = None

    def _write(self, fn) -> None:
        try:
            with self.ctx.db.session() as session:
                fn(session)
                session.commit()
        except ItdayError as exc:
            self.error = error_text(exc)
            self.setObsolete(True)
            self.ctx.bridge.error(self.error)
            return
        self.ctx.bridge.data_changed.emit("programme")

    def _put(self, session: Session, snapshot: dict | None) -> None:
        snap, restore, delete = _functions(self.kind)
        if snapshot is None:
            delete(session, self.row_id)
        else:
            restore(session, snapshot)

    def redo(self) -> None:
        snap, _restore, delete = _functions(self.kind)
        if self.done_once:
            self._write(lambda s: self._put(s, self.after))
            return

        def first(session: Session) -> None:
            if self.row_id is not None:
                self.before = snap(session, self.row_id)
            if self.action is None:
                delete(session, self.row_id)
                return
            made = self.action(session)
            if made is not None:
                self.row_id = made
                self.after = snap(session, made)

        self._write(first)
        self.done_once = True

    def undo(self) -> None:
        self._write(lambda s: self._put(s, self.before))
