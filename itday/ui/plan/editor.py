"""The plan editor: the state read from the database, the scene, the undo stack.

Every edit is an undo command; its ``redo``/``undo`` call ``apply_update``, ``insert_booths``
or ``remove_booths`` here, which write through ``itday.db.booths`` in one short transaction,
update the items and announce ``data_changed("booths")``.  Kinds and checks are recomputed
after each command (at once for a usual plan, debounced for thousands of booths), never
during a drag.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from itday.db.booths import PlanState


from collections.abc import Callable

from PySide6.QtCore import QObject, QRectF, QTimer, QVariantAnimation, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QGraphicsItem

from itday.core.enums import BoothStatus, ElementKind
from itday.core.lazy import lazy_module
from itday.core.plan import (
    ElementShape,
    Problem,
    check_plan,
    derive_kinds,
    footprint,
    generate_block,
    next_codes,
    snap,
)
from itday.core.text import fold
from itday.ui.ask import ask_yes_no
from itday.ui.i18n import error_text
from itday.ui.plan.commands import (
    CreateBooths,
    CreateElements,
    DeleteBooths,
    DeleteElements,
    PlanWriteFailed,
    SetBackground,
    SetOutline,
    UpdateBooths,
    UpdateElements,
)
from itday.ui.plan.items import BoothItem, OutlineHandles, ResizeHandles, S, booth_colour
from itday.ui.plan.scene import PlanScene

booths_repo = lazy_module("itday.db.booths")

_UNCHANGED = object()  # ``change_background``: the stored image stays as it is
SYNC_CHECKS_MAX = 400  # up to this many booths, checks run right after each command
DEBOUNCE_MS = 150


def _fp(row: dict):
    return footprint(row["x"], row["y"], row["width"], row["depth"], row["rotation"])


def element_to_row(el: ElementShape) -> dict:
    return {
        "id": el.id,
        "kind": ElementKind(el.kind).value,
        "label": el.label,
        "x": el.x,
        "y": el.y,
        "width": el.width,
        "depth": el.depth,
        "rotation": el.rotation,
    }


def row_to_element(row: dict) -> ElementShape:
    return ElementShape(
        ElementKind(row["kind"]),
        row["x"],
        row["y"],
        row["width"],
        row["depth"],
        row.get("label") or "",
        int(row.get("rotation") or 0),
        row.get("id"),
    )


def outside_outline(outline: list, rows: list[dict], problems: list[Problem]) -> list[Problem]:
    """Booths inside the hall's rectangle but not inside its polygon outline (``check_plan``
    only knows the rectangle): "outside" problems for them."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QPainterPath, QPolygonF

    path = QPainterPath()
    path.addPolygon(QPolygonF([QPointF(x, y) for x, y in outline]))
    path.closeSubpath()
    flagged = {i for p in problems if p.kind == "outside" for i in p.booth_ids}
    found = []
    for r in rows:
        if r["id"] in flagged:
            continue
        fp = _fp(r)
        # A hair inside, so that a booth against a wall counts as inside.
        e = 1e-3
        if not path.contains(QRectF(fp.x + e, fp.y + e, fp.w - 2 * e, fp.h - 2 * e)):
            code = r["code"]
            found.append(
                Problem(
                    "outside",
                    (r["id"],),
                    f"Le stand {code} dépasse des limites du hall.",
                    fp,
                    f"Booth {code} sticks out of the hall.",
                )
            )
    return found


class PlanEditor(QObject):
    #: the booths or exhibitors changed (panels refresh their views)
    changed = Signal()
    #: the checks ran; ``problems`` holds their result
    problems_changed = Signal()

    def __init__(self, ctx, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.scene = PlanScene(self)
        self.undo_stack = QUndoStack(self)
        self.state: PlanState | None = None
        self.colour_by = "status"
        #: a booth's colour « par visites » (set by the page's ``PlanVisits``)
        self.visit_colour: Callable[[dict], str] | None = None
        self.problems: list[Problem] = []
        self.editable = False
        self.highlighted: int | None = None
        self.last_code = "A01"
        self.people_version = 0  # bumped when exhibitors or presence are re-read
        self._writing = False
        self._checks_timer = QTimer(self)
        self._checks_timer.setSingleShot(True)
        self._checks_timer.setInterval(DEBOUNCE_MS)
        self._checks_timer.timeout.connect(self.run_checks)
        self.scene.gesture_finished.connect(self.finish_gesture)
        self.scene.background_moved.connect(self._background_dropped)
        self._moving_background = False
        self.handles = ResizeHandles(self.resize_item)
        self.outline_handles = OutlineHandles(self.set_outline)
        self.scene.selectionChanged.connect(self.update_handles)
        # The found booth's outline pulses a few times, then stays thick.
        self._pulse = QVariantAnimation(self)
        self._pulse.setStartValue(0.0)
        self._pulse.setKeyValueAt(0.5, 1.0)
        self._pulse.setEndValue(0.0)
        self._pulse.setDuration(700)
        self._pulse.setLoopCount(4)
        self._pulse.valueChanged.connect(self._pulsed)

    # -- reading ---------------------------------------------------------------------
    @property
    def booths(self) -> dict[int, dict]:
        return self.state.booths if self.state else {}

    def load(self) -> None:
        """(Re)reads the whole plan from the database and rebuilds the scene."""
        event_id = self.ctx.event_id
        self.highlighted = None
        self.handles.detach()
        editing_outline = self.outline_handles.active
        self.outline_handles.detach()
        if event_id is None:
            self.state = booths_repo.PlanState(0, None, [], {}, {}, set())
        else:
            with self.ctx.db.session() as s:
                self.state = booths_repo.load_state(event_id, session=s)
        self.people_version += 1
        self.scene.build(self.state, self.colour_of, self.name_of, self._fetch_background)
        if self.scene.background_item is not None:
            self.scene.background_item.set_movable(self.editable and self._moving_background)
        self.set_editable(self.editable)
        if editing_outline and self.editable and self.scene.hall_item is not None:
            self.outline_handles.attach(self.scene.hall_item)
        self.run_checks(write_kinds=False)
        self.changed.emit()

    def refresh_people(self) -> None:
        """Exhibitors or check-ins changed: names and colours, not the geometry."""
        if self.state is None or self.ctx.event_id is None:
            return
        with self.ctx.db.session() as s:
            self.state.exhibitors = booths_repo.exhibitor_rows(self.ctx.event_id, session=s)
            self.state.present = booths_repo.present_exhibitors(self.ctx.event_id, session=s)
        self.people_version += 1
        for booth_id, row in self.booths.items():
            item = self.scene.booth_items.get(booth_id)
            if item is not None:
                item.set_row(row, self.colour_of(row), self.name_of(row))
        self.changed.emit()

    def name_of(self, row: dict) -> str | None:
        ex = self.state.exhibitors.get(row.get("exhibitor_id")) if self.state else None
        return ex["name"] if ex else None

    def colour_of(self, row: dict) -> str:
        st = self.state
        if self.colour_by == "visits" and self.visit_colour is not None:
            return self.visit_colour(row)  # itday.ui.plan.visits.PlanVisits.colour
        return booth_colour(
            row, self.colour_by, st.exhibitors if st else {}, st.present if st else set()
        )

    def set_colour_by(self, mode: str) -> None:
        self.colour_by = mode
        for booth_id, row in self.booths.items():
            self.scene.booth_items[booth_id].set_colour(self.colour_of(row))

    def set_editable(self, on: bool) -> None:
        self.editable = on
        for item in self.scene.booth_items.values():
            item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, on)
        for item in self.scene.element_items.values():
            item.set_editable(on)
        if not on:
            self.edit_outline(False)
        self.move_background(self._moving_background)
        self.update_handles()

    # -- the hall's outline --------------------------------------------------------------------
    def edit_outline(self, on: bool) -> None:
        """Shows (or hides) the corners of the hall's outline, to drag, add or remove."""
        if on and self.editable and self.scene.hall_item is not None and self.state.hall:
            self.outline_handles.attach(self.scene.hall_item)
        else:
            self.outline_handles.detach()

    def set_outline(self, points: list) -> None:
        """A new outline (points in metres) as one undo step; [] goes back to the rectangle."""
        hall = self.state.hall if self.state else None
        if hall is None or not self.editable:
            return
        before = [list(p) for p in hall.outline]
        after = [list(p) for p in points]
        if after == before:
            return
        text = self.tr("Modifier le contour du hall") if after else self.tr("Hall rectangulaire")
        self.undo_stack.push(SetOutline(self, before, after, text))

    def apply_outline(self, points: list) -> None:
        event_id = self.ctx.event_id
        self._write(lambda s: booths_repo.set_outline(event_id, points, session=s))
        self.state.hall.outline = [list(p) for p in points]
        self.scene.hall_item.set_outline(points)
        self.outline_handles.reset(points)
        self._after_edit()

    # -- the background image -------------------------------------------------------------
    def _fetch_background(self) -> bytes | None:
        if self.ctx.event_id is None:
            return None
        with self.ctx.db.session() as s:
            return booths_repo.background_image(self.ctx.event_id, session=s)

    def background(self) -> dict:
        """The background's fields as they are (``BACKGROUND_FIELDS``)."""
        hall = self.state.hall if self.state else None
        return {f: getattr(hall, f) for f in booths_repo.BACKGROUND_FIELDS} if hall else {}

    def change_background(self, values: dict, text: str, image=_UNCHANGED) -> None:
        """Some background fields (and maybe its image) changed, as one undo step."""
        hall = self.state.hall if self.state else None
        if hall is None or not self.editable:
            return
        before = {k: getattr(hall, k) for k in values}
        if before == values and image is _UNCHANGED:
            return
        if image is not _UNCHANGED:
            before["image"] = self._fetch_background()
            values = {**values, "image": image}
        self.undo_stack.push(SetBackground(self, before, values, text))

    def apply_background(self, values: dict) -> None:
        event_id, hall = self.ctx.event_id, self.state.hall
        fields = {k: v for k, v in values.items() if k != "image"}
        image = values.get("image", booths_repo.KEEP)
        key = self._write(
            lambda s: booths_repo.save_background(event_id, fields, image=image, session=s)
        )
        for k, v in fields.items():
            setattr(hall, k, v)
        hall.background_key = key
        self.scene.set_background(hall, self._fetch_background)
        self.move_background(self._moving_background)

    def move_background(self, on: bool) -> None:
        """While on, the background image follows the mouse (booths stay where they are)."""
        self._moving_background = on
        item = self.scene.background_item
        if item is not None:
            item.set_movable(on and self.editable)

    def _background_dropped(self, x: float, y: float) -> None:
        hall = self.state.hall if self.state else None
        if hall is None:
            return
        if (x, y) != (hall.background_x, hall.background_y):
            self.change_background(
                {"background_x": x, "background_y": y}, self.tr("Déplacer le fond de plan")
            )

    def update_handles(self) -> None:
        """Resize handles on the selected booth or element (one item selected, organiser)."""
        selected = self.scene.selectedItems() if self.editable else []
        target = selected[0] if len(selected) == 1 else None
        if target is not None and not hasattr(target, "preview_rect"):
            target = None
        self.handles.attach(target)

    def element(self, element_id: int) -> ElementShape | None:
        for el in self.state.elements if self.state else []:
            if el.id == element_id:
                return el
        return None

    def selected_element_ids(self) -> list[int]:
        return self.scene.selected_element_ids()

    def selected_ids(self) -> list[int]:
        return self.scene.selected_ids()

    def codes(self) -> set[str]:
        return {r["code"] for r in self.booths.values()}

    # -- writing (called by the undo commands) -----------------------------------------
    def _write(self, fn: Callable):
        try:
            with self.ctx.db.session() as s:
                result = fn(s)
                s.commit()
        except Exception as exc:
            first_line = error_text(exc).split("\n")[0]
            self.ctx.bridge.error(
                self.tr("Enregistrement du plan impossible : %1").replace("%1", first_line)
            )
            QTimer.singleShot(0, self._recover)
            raise PlanWriteFailed(first_line) from exc
        self._writing = True
        try:
            self.ctx.bridge.data_changed.emit("booths")
        finally:
            self._writing = False
        return result

    def _recover(self) -> None:
        """After a failed write: show what the database holds; the undo history is dropped."""
        self.undo_stack.clear()
        self.load()

    @property
    def writing(self) -> bool:
        """True while announcing our own change (so the page does not reload itself)."""
        return self._writing

    def apply_update(self, changes: dict[int, dict]) -> None:
        changes = {k: v for k, v in changes.items() if k in self.booths}
        self._write(lambda s: booths_repo.update_booths(changes, session=s))
        for booth_id, fields in changes.items():
            row = self.booths[booth_id]
            row.update(fields)
            self.scene.booth_items[booth_id].set_row(row, self.colour_of(row), self.name_of(row))
        self.handles.sync()
        self._after_edit()

    def insert_booths(self, rows: list[dict]) -> list[int]:
        event_id = self.ctx.event_id
        ids = self._write(lambda s: booths_repo.create_booths(event_id, rows, session=s))
        for row, booth_id in zip(rows, ids, strict=True):
            new = {"id": booth_id, **{f: row.get(f) for f in booths_repo.BOOTH_FIELDS}}
            new["status"] = new["status"] or BoothStatus.FREE.value
            new["kind"] = new["kind"] or "inline"
            self.booths[booth_id] = new
            item = self.scene.add_booth(new, self.colour_of(new), self.name_of(new))
            item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, self.editable)
        self._after_edit()
        return ids

    def remove_booths(self, ids: list[int]) -> None:
        self._write(lambda s: booths_repo.delete_booths(ids, session=s))
        target = self.handles.target
        if isinstance(target, BoothItem) and target.booth_id in ids:
            self.handles.detach()
        for booth_id in ids:
            self.booths.pop(booth_id, None)
            self.scene.remove_booth(booth_id)
            if self.highlighted == booth_id:
                self.highlighted = None
        self._after_edit()

    def apply_element_update(self, changes: dict[int, dict]) -> None:
        changes = {k: v for k, v in changes.items() if self.element(k) is not None}
        self._write(lambda s: booths_repo.update_elements(changes, session=s))
        for element_id, fields in changes.items():
            el = self.element(element_id)
            for f, value in fields.items():
                setattr(el, f, ElementKind(value) if f == "kind" else value)
            item = self.scene.element_items.get(element_id)
            if item is not None:
                item.set_element(el)
        self.handles.sync()
        self._after_edit()

    def insert_elements(self, rows: list[dict]) -> list[int]:
        hall = self.state.hall if self.state else None
        if hall is None or hall.id is None:
            return []
        ids = self._write(lambda s: booths_repo.create_elements(hall.id, rows, session=s))
        for row, element_id in zip(rows, ids, strict=True):
            el = row_to_element({**row, "id": element_id})
            self.state.elements.append(el)
            self.scene.add_element(el).set_editable(self.editable)
        self._after_edit()
        return ids

    def remove_elements(self, ids: list[int]) -> None:
        self._write(lambda s: booths_repo.delete_elements(ids, session=s))
        gone = set(ids)
        if (
            self.handles.target is not None
            and getattr(self.handles.target, "element_id", None) in gone
        ):
            self.handles.detach()
        self.state.elements[:] = [e for e in self.state.elements if e.id not in gone]
        for element_id in ids:
            self.scene.remove_element(element_id)
        self._after_edit()

    def _after_edit(self) -> None:
        self.changed.emit()
        if len(self.booths) <= SYNC_CHECKS_MAX:
            self.run_checks()
        else:
            self._checks_timer.start()

    # -- kinds and checks ---------------------------------------------------------------
    def run_checks(self, write_kinds: bool = True) -> None:
        st = self.state
        if st is None:
            return
        self._checks_timer.stop()
        rows = list(self.booths.values())
        hall = st.hall
        hw, hd = (hall.width, hall.depth) if hall else (1e6, 1e6)
        kinds = derive_kinds(rows, hw, hd, st.elements)
        changed = {
            r["id"]: {"kind": k.value}
            for r, k in zip(rows, kinds, strict=True)
            if r["kind"] != k.value
        }
        if changed and write_kinds:
            try:
                self._write(lambda s: booths_repo.update_booths(changed, session=s))
            except PlanWriteFailed:
                return
        for booth_id, fields in changed.items():
            self.booths[booth_id].update(fields)
        if hall is None:
            self.problems = []
        else:
            self.problems = check_plan(
                hw,
                hd,
                rows,
                st.elements,
                min_aisle=hall.min_aisle,
                outline=hall.outline,
                capacity=hall.capacity,
            )
            if len(hall.outline) >= 3:
                self.problems += outside_outline(hall.outline, rows, self.problems)
        bad: set = set()
        zones = []
        for p in self.problems:
            bad.update(p.booth_ids)
            w = p.where
            if p.kind not in ("overlap", "too_few_exits"):  # (the whole hall: no hatching)
                zones.append(QRectF(w.x * S, w.y * S, w.w * S, w.h * S))
        for booth_id, item in self.scene.booth_items.items():
            item.set_problem(booth_id in bad)
        self.scene.problems_item.set_zones(zones)
        self.problems_changed.emit()
        if changed:  # derived types moved (an edit, an undo): the panels show them now
            self.changed.emit()

    # -- gestures and actions (each pushes one command) ---------------------------------
    def finish_gesture(self) -> None:
        """End of a mouse drag: one "move" command for every booth that moved."""
        if not self.editable:
            return
        before, after = {}, {}
        for booth_id, item in self.scene.booth_items.items():
            row = self.booths[booth_id]
            x, y = item.metres()
            if abs(x - row["x"]) > 1e-6 or abs(y - row["y"]) > 1e-6:
                before[booth_id] = {"x": row["x"], "y": row["y"]}
                after[booth_id] = {"x": x, "y": y}
        el_before, el_after = {}, {}
        for element_id, item in self.scene.element_items.items():
            el = self.element(element_id)
            x, y = item.metres()
            if el is not None and (abs(x - el.x) > 1e-6 or abs(y - el.y) > 1e-6):
                el_before[element_id] = {"x": el.x, "y": el.y}
                el_after[element_id] = {"x": x, "y": y}
        if after and el_after:  # booths and elements dragged together: still one step
            self.undo_stack.beginMacro(self.tr("Déplacer %n stand(s)", "", len(after)))
        if after:
            n = len(after)
            text = self.tr("Déplacer %n stand(s)", "", n)
            self.undo_stack.push(UpdateBooths(self, before, after, text))
        if el_after:
            text = self.tr("Déplacer %n élément(s)", "", len(el_after))
            self.undo_stack.push(UpdateElements(self, el_before, el_after, text))
        if after and el_after:
            self.undo_stack.endMacro()

    def update_booths(self, after: dict[int, dict], text: str, merge: str | None = None) -> None:
        before = {i: {f: self.booths[i][f] for f in fields} for i, fields in after.items()}
        if all(before[i] == after[i] for i in after):
            return
        self.undo_stack.push(UpdateBooths(self, before, after, text, merge))

    def nudge(self, dx: float, dy: float) -> None:
        ids = self.selected_ids()
        if self.editable and not ids:  # only fixed elements selected: they move
            after = {}
            for i in self.selected_element_ids():
                el = self.element(i)
                after[i] = {"x": round(el.x + dx, 3), "y": round(el.y + dy, 3)}
            if after:
                self.update_elements(after, self.tr("Décaler"), merge="nudge")
            return
        if not self.editable or not ids:
            return
        after = {
            i: {"x": round(self.booths[i]["x"] + dx, 3), "y": round(self.booths[i]["y"] + dy, 3)}
            for i in ids
        }
        self.update_booths(after, self.tr("Décaler"), merge="nudge")

    def create_booth(
        self, x: float, y: float, w: float, d: float, code: str | None = None
    ) -> int | None:
        code = code or next_codes(self.codes(), self.last_code, 1)[0]
        self.last_code = code
        row = {
            "code": code,
            "x": x,
            "y": y,
            "width": w,
            "depth": d,
            "rotation": 0,
            "kind": "island",
            "status": BoothStatus.FREE.value,
            "exhibitor_id": None,
        }
        cmd = CreateBooths(self, [row], self.tr("Créer le stand %1").replace("%1", code))
        self.undo_stack.push(cmd)
        return cmd.ids[0] if cmd.ids else None

    def rotate_selected(self) -> None:
        ids = self.selected_ids()
        if self.editable and ids:
            after = {i: {"rotation": (int(self.booths[i]["rotation"]) + 90) % 360} for i in ids}
            self.update_booths(after, self.tr("Pivoter"))

    def duplicate_selected(self) -> list[int]:
        ids = self.selected_ids()
        if not self.editable or not ids:
            return []
        used = self.codes()
        rows = [self.booths[i] for i in ids]
        left = min(_fp(r).x for r in rows)
        right = max(_fp(r).x2 for r in rows)
        shift = snap(right - left)
        new = []
        for r in sorted(rows, key=lambda r: (r["y"], r["x"])):
            code = next_codes(used, r["code"], 1)[0]
            used.add(code)
            new.append(
                {
                    **r,
                    "id": None,
                    "code": code,
                    "x": r["x"] + shift,
                    "exhibitor_id": None,
                    "status": BoothStatus.FREE.value,
                }
            )
        cmd = CreateBooths(self, new, self.tr("Dupliquer"))
        self.undo_stack.push(cmd)
        self._select(cmd.ids)
        return cmd.ids

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        el_ids = self.selected_element_ids()
        if not self.editable or not (ids or el_ids):
            return
        assigned = [self.booths[i] for i in ids if self.booths[i].get("exhibitor_id")]
        if assigned and not self.confirm_delete(assigned):
            return
        if ids and el_ids:
            self.undo_stack.beginMacro(self.tr("Supprimer la sélection"))
        if ids:
            rows = [dict(self.booths[i]) for i in ids]
            self.undo_stack.push(
                DeleteBooths(self, rows, self.tr("Supprimer %n stand(s)", "", len(ids)))
            )
        if el_ids:
            rows = [element_to_row(self.element(i)) for i in el_ids]
            self.undo_stack.push(
                DeleteElements(self, rows, self.tr("Supprimer %n élément(s)", "", len(rows)))
            )
        if ids and el_ids:
            self.undo_stack.endMacro()

    def confirm_delete(self, assigned: list[dict]) -> bool:
        """Booths given to exhibitors are not deleted without a question (Ctrl+Z undoes it,
        but only until the plan is closed)."""
        listed = ", ".join(f"{b['code']} ({self.name_of(b) or '?'})" for b in assigned[:5])
        if len(assigned) > 5:
            listed += ", …"
        page = self.parent()
        ask = getattr(page, "confirm", None) or (lambda t, x: ask_yes_no(None, t, x))
        return ask(
            self.tr("Supprimer des stands attribués ?"),
            self.tr(
                "%n stand(s) attribué(s) à un exposant : %1. Les supprimer quand même ?",
                "",
                len(assigned),
            ).replace("%1", listed),  # fmt: skip
        )

    # -- fixed elements ----------------------------------------------------------------------
    def element_names(self) -> dict[ElementKind, str]:
        return {
            ElementKind.WALL: self.tr("Mur"),
            ElementKind.PILLAR: self.tr("Poteau"),
            ElementKind.ENTRANCE: self.tr("Entrée"),
            ElementKind.EMERGENCY_EXIT: self.tr("Sortie de secours"),
            ElementKind.STAGE: self.tr("Espace conférences"),
            ElementKind.CATERING: self.tr("Restauration"),
        }

    def create_element(
        self, kind: ElementKind | str, x: float, y: float, w: float, d: float, label: str = ""
    ) -> int | None:
        """A new fixed element (pillar, wall, door, stage, catering) as one undo step."""
        if self.state is None or self.state.hall is None or not self.editable:
            return None
        kind = ElementKind(kind)
        row = {"kind": kind.value, "label": label, "x": x, "y": y, "width": w, "depth": d,
               "rotation": 0}  # fmt: skip
        name = self.element_names().get(kind, "")
        cmd = CreateElements(self, [row], self.tr("Ajouter : %1").replace("%1", name))
        self.undo_stack.push(cmd)
        return cmd.ids[0] if cmd.ids else None

    def update_elements(self, after: dict[int, dict], text: str, merge: str | None = None) -> None:
        before = {}
        for i, fields in after.items():
            row = element_to_row(self.element(i))
            before[i] = {f: row[f] for f in fields}
        if all(before[i] == after[i] for i in after):
            return
        self.undo_stack.push(UpdateElements(self, before, after, text, merge))

    def resize_item(self, item, rect) -> None:
        """End of a resize-handle drag: the new footprint (scene units) as one undo step."""
        x, y = round(rect.x() / S, 3), round(rect.y() / S, 3)
        fw, fh = round(rect.width() / S, 3), round(rect.height() / S, 3)
        text = self.tr("Redimensionner")
        if isinstance(item, BoothItem):
            row = self.booths.get(item.booth_id)
            if row is None:
                return
            w, d = (fh, fw) if round(row["rotation"] / 90) % 2 else (fw, fh)
            self.update_booths({item.booth_id: {"x": x, "y": y, "width": w, "depth": d}}, text)
            row = self.booths[item.booth_id]
            item.set_row(row, self.colour_of(row), self.name_of(row))  # unchanged: put back
        else:
            el = self.element(item.element_id)
            if el is None:
                return
            w, d = (fh, fw) if round(el.rotation / 90) % 2 else (fw, fh)
            self.update_elements({el.id: {"x": x, "y": y, "width": w, "depth": d}}, text)
            item.set_element(el)
        self.handles.sync()

    def align(self, edge: str) -> None:
        ids = self.selected_ids()
        if not self.editable or len(ids) < 2:
            return
        fps = {i: _fp(self.booths[i]) for i in ids}
        after = {}
        if edge == "left":
            v = min(f.x for f in fps.values())
            after = {i: {"x": v} for i in ids}
        elif edge == "right":
            v = max(f.x2 for f in fps.values())
            after = {i: {"x": round(v - f.w, 3)} for i, f in fps.items()}
        elif edge == "top":
            v = min(f.y for f in fps.values())
            after = {i: {"y": v} for i in ids}
        elif edge == "bottom":
            v = max(f.y2 for f in fps.values())
            after = {i: {"y": round(v - f.h, 3)} for i, f in fps.items()}
        self.update_booths(after, self.tr("Aligner"))

    def distribute(self, axis: str) -> None:
        """Equal gaps between the selected booths, along ``axis`` ("x" or "y")."""
        ids = self.selected_ids()
        if not self.editable or len(ids) < 3:
            return
        fps = {i: _fp(self.booths[i]) for i in ids}
        if axis == "x":
            order = sorted(ids, key=lambda i: fps[i].x)
            start, end = fps[order[0]].x, max(f.x2 for f in fps.values())
            sizes = [fps[i].w for i in order]
        else:
            order = sorted(ids, key=lambda i: fps[i].y)
            start, end = fps[order[0]].y, max(f.y2 for f in fps.values())
            sizes = [fps[i].h for i in order]
        gap = (end - start - sum(sizes)) / (len(order) - 1)
        pos, after = start, {}
        for i, size in zip(order, sizes, strict=True):
            after[i] = {axis: round(pos, 3)}
            pos += size + gap
        self.update_booths(after, self.tr("Répartir"))

    def block_problems(self, params: dict) -> str:
        """What a generated block would do wrong (leave the hall, cover a booth or a fixed
        element), in one or two lines; "" when it fits."""
        st = self.state
        hall = st.hall if st else None
        if hall is None:
            return ""
        shapes = generate_block(existing_codes=self.codes(), **params)
        new_codes = {b.code for b in shapes}
        rows = [
            {"id": b.code, "code": b.code, "x": b.x, "y": b.y, "width": b.width,
             "depth": b.depth, "rotation": b.rotation}
            for b in shapes
        ] + [dict(r, id=i) for i, r in self.booths.items()]  # fmt: skip
        problems = check_plan(hall.width, hall.depth, rows, st.elements)
        if len(hall.outline) >= 3:
            problems += outside_outline(hall.outline, rows, problems)
        outside, covering = set(), set()
        for p in problems:
            mine = new_codes.intersection(p.booth_ids)
            if p.kind == "outside":
                outside |= mine
            elif p.kind in ("overlap", "over_element"):
                covering |= mine
        lines = []
        if outside:
            lines.append(self.tr("%n stand(s) sortirai(en)t du hall.", "", len(outside)))
        if covering:
            lines.append(
                self.tr(
                    "%n stand(s) chevaucherai(en)t un stand ou un élément fixe.", "", len(covering)
                )
            )
        return "\n".join(lines)

    def generate(self, **params) -> list[int]:
        """A block of booths (``core.plan.generate_block`` parameters) as one step."""
        shapes = generate_block(existing_codes=self.codes(), **params)
        rows = [
            {
                "code": b.code,
                "x": b.x,
                "y": b.y,
                "width": b.width,
                "depth": b.depth,
                "rotation": b.rotation,
                "kind": "inline",
                "status": BoothStatus.FREE.value,
                "exhibitor_id": None,
            }
            for b in shapes
        ]
        if not rows:
            return []
        cmd = CreateBooths(self, rows, self.tr("Générer %n stand(s)", "", len(rows)))
        self.undo_stack.push(cmd)
        self._select(cmd.ids)
        return cmd.ids

    def assign(self, booth_id: int, exhibitor_id: int | None) -> None:
        name = ""
        if exhibitor_id is not None and self.state:
            name = self.state.exhibitors.get(exhibitor_id, {}).get("name", "")
        after = {booth_id: {"exhibitor_id": exhibitor_id}}
        row = self.booths[booth_id]
        if exhibitor_id is not None and row["status"] in (BoothStatus.FREE, BoothStatus.OPTION):
            after[booth_id]["status"] = BoothStatus.RESERVED.value
        text = (
            self.tr("Attribuer %1 à %2").replace("%1", row["code"]).replace("%2", name)
            if exhibitor_id
            else self.tr("Libérer %1").replace("%1", row["code"])
        )
        self.update_booths(after, text)

    def _select(self, ids: list[int]) -> None:
        self.scene.clearSelection()
        for i in ids:
            item = self.scene.booth_items.get(i)
            if item is not None:
                item.setSelected(True)

    # -- search --------------------------------------------------------------------------
    def find(self, text: str) -> list[int]:
        """Booths matching a code or a company name (accent- and case-insensitive);
        exact codes first, then codes starting with the text, then company names."""
        q = fold(text).strip()
        if not q or self.state is None:
            return []
        exact, prefix, names = [], [], []
        for booth_id, row in sorted(self.booths.items(), key=lambda kv: kv[1]["code"]):
            code = fold(row["code"])
            name = fold(self.name_of(row) or "")
            if code == q:
                exact.append(booth_id)
            elif code.startswith(q):
                prefix.append(booth_id)
            elif q in name:
                names.append(booth_id)
        return exact + prefix + names

    def highlight(self, booth_id: int | None) -> None:
        if self.highlighted is not None and self.highlighted in self.scene.booth_items:
            self.scene.booth_items[self.highlighted].set_highlighted(False)
        self.highlighted = booth_id
        self._pulse.stop()
        if booth_id is not None and booth_id in self.scene.booth_items:
            self.scene.booth_items[booth_id].set_highlighted(True)
            self._pulse.start()

    def _pulsed(self, value) -> None:
        item = self.scene.booth_items.get(self.highlighted) if self.highlighted else None
        if item is not None:
            item.pulse = float(value)
            item.update()
