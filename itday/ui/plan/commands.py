"""Undo commands of the plan editor: one per gesture, each writing through the editor.

Each command receives what it changes (the editor, through its writing methods) and the
values before and after; the editor owns the undo stack and pushes the commands.
``redo``/``undo`` call the editor, which saves the change in one short transaction and
updates the scene; so every step of the undo stack is also on disk.  A write that fails
raises ``PlanWriteFailed`` (already reported to the user by the editor).
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

if TYPE_CHECKING:
    from itday.ui.plan.editor import PlanEditor

NUDGE_ID = 1001


class PlanWriteFailed(Exception):
    """A write of the plan failed (already reported to the user)."""


def _guarded(method):
    """A failed write is reported by the editor, which then reloads: nothing to raise here."""

    def run(self):
        try:
            method(self)
        except PlanWriteFailed:
            pass

    run.__name__ = method.__name__
    return run


class UpdateBooths(QUndoCommand):
    """Changes some fields of some booths (move, resize, rotate, status, code, exhibitor).

    ``merge`` (e.g. "nudge"): consecutive commands with the same key on the same booths
    become one undo step.
    """

    def __init__(
        self,
        editor: PlanEditor,
        before: dict[int, dict],
        after: dict[int, dict],
        text: str,
        merge: str | None = None,
    ) -> None:
        super().__init__(text)
        self.editor = editor
        self.before = copy.deepcopy(before)
        self.after = copy.deepcopy(after)
        self.merge = merge

    apply = "apply_update"  # the editor's method that writes the changes

    @_guarded
    def redo(self) -> None:
        getattr(self.editor, self.apply)(self.after)

    @_guarded
    def undo(self) -> None:
        getattr(self.editor, self.apply)(self.before)

    def id(self) -> int:
        return NUDGE_ID if self.merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if (
            type(other) is not type(self)
            or other.merge != self.merge
            or set(other.after) != set(self.after)
        ):
            return False
        self.after = copy.deepcopy(other.after)
        return True


class CreateBooths(QUndoCommand):
    """New booths (drawn, duplicated or generated): one step for the whole lot."""

    def __init__(self, editor: PlanEditor, rows: list[dict], text: str) -> None:
        super().__init__(text)
        self.editor = editor
        self.rows = [dict(r) for r in rows]

    insert, remove = "insert_booths", "remove_booths"

    @property
    def ids(self) -> list[int]:
        return [r["id"] for r in self.rows if r.get("id") is not None]

    @_guarded
    def redo(self) -> None:
        ids = getattr(self.editor, self.insert)(self.rows)
        for row, new_id in zip(self.rows, ids, strict=True):
            row["id"] = new_id

    @_guarded
    def undo(self) -> None:
        getattr(self.editor, self.remove)(self.ids)


class DeleteBooths(QUndoCommand):
    def __init__(self, editor: PlanEditor, rows: list[dict], text: str) -> None:
        super().__init__(text)
        self.editor = editor
        self.rows = [dict(r) for r in rows]

    insert, remove = "insert_booths", "remove_booths"

    @_guarded
    def redo(self) -> None:
        getattr(self.editor, self.remove)([r["id"] for r in self.rows])

    @_guarded
    def undo(self) -> None:
        getattr(self.editor, self.insert)(self.rows)


class UpdateElements(UpdateBooths):
    """Moves, resizes or renames fixed elements of the hall (pillars, walls, doors…)."""

    apply = "apply_element_update"


class CreateElements(CreateBooths):
    insert, remove = "insert_elements", "remove_elements"


class DeleteElements(DeleteBooths):
    insert, remove = "insert_elements", "remove_elements"


class SetOutline(QUndoCommand):
    """The hall's outline polygon (points in metres; empty: the rectangle)."""

    def __init__(self, editor: PlanEditor, before: list, after: list, text: str) -> None:
        super().__init__(text)
        self.editor = editor
        self.before = copy.deepcopy(before)
        self.after = copy.deepcopy(after)

    @_guarded
    def redo(self) -> None:
        self.editor.apply_outline(self.after)

    @_guarded
    def undo(self) -> None:
        self.editor.apply_outline(self.before)


class SetBackground(QUndoCommand):
    """The background image: placed, scaled, faded, stacked, chosen or removed."""

    def __init__(self, editor: PlanEditor, before: dict, after: dict, text: str) -> None:
        super().__init__(text)
        self.editor = editor
        self.before, self.after = dict(before), dict(after)

    @_guarded
    def redo(self) -> None:
        self.editor.apply_background(self.after)

    @_guarded
    def undo(self) -> None:
        self.editor.apply_background(self.before)
