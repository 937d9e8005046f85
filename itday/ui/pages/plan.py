"""Page « Plan »: the hall at true scale, booth editing (organiser), search (reception),
checks, assignment of exhibitors, export and print.

The page arranges widgets and routes user intents to ``PlanEditor`` (``itday.ui.plan``),
which owns the state, the undo stack and the writes.

The hall (organiser mode):

* « Hall » (the button; its arrow opens « Contour » and « Fond de plan »): name, width ×
  depth (the rectangle the checks and the grid use) and the minimum
  aisle.
* « Contour »: an optional polygon outline inside that rectangle, edited on the plan by its
  corners (drag, snapped to 0.5 m; double-click next to a wall adds a corner; right-click
  removes one; « Revenir au rectangle »).  It is drawn on screen and in the printed plan; a
  booth outside the polygon is reported like one outside the rectangle.  Grid and label
  placement of doors still follow the rectangle.
* « Élément »: fixed elements (walls, pillars, entrance, emergency exits, stage, catering)
  drawn like booths, then moved, resized by their handles, relabelled or deleted; all
  undoable and saved at once.
* « Fond de plan… »: a PNG, JPEG, SVG or PDF (first page, rendered at 150 dpi) put to scale
  by two clicks and the real distance between them.
* « Imprimer… »: a print preview of the plan PDF (the one ``itday plan`` makes: title,
  scale bar, legend, exhibitor index), made in a worker; ``paint_to`` paints just the hall.
"""

from __future__ import annotations

import math
import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRectF, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QSplitter,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from itday.core.enums import ElementKind
from itday.core.lazy import lazy_module
from itday.core.plan import snap
from itday.ui.ask import ask_yes_no
from itday.ui.files import open_file_name, save_file_name
from itday.ui.plan.canvas_menu import canvas_menu
from itday.ui.plan.dialogs import BackgroundDialog, ExportDialog, GeneratorDialog, HallDialog
from itday.ui.plan.editor import PlanEditor
from itday.ui.plan.items import S
from itday.ui.plan.panels import (
    ChecksList,
    ElementPanel,
    ExhibitorPanel,
    Legend,
    PropertiesPanel,
    legend_entries,
)
from itday.ui.plan.scene import background_bytes
from itday.ui.plan.view import PlanView
from itday.ui.plan.visits import PlanVisits
from itday.ui.printing import fit_to_screen, match_page, paint_pages

booths_repo = lazy_module("itday.db.booths")


def export_plan(
    state,
    event_id: int,
    db,
    out: str,
    paper: str,
    colour_by: str,
    background: bool = True,
    window=None,
) -> str:
    """Worker: reads the plan in its own session and renders the PDF or PNG (with the
    venue's drawing under the booths when the hall has one and ``background``; « par
    visites », the visitors of ``window`` (start, end), else of the whole day)."""
    from itday.services.pdf.plan import render_plan
    from itday.services.plan_data import load_plan

    state.progress(0, 2, QCoreApplication.translate("plan", "Lecture du plan…"))
    with db.session() as session:
        data = load_plan(
            event_id, session=session, colour_by=colour_by, background=background, window=window
        )
    state.check()
    state.progress(1, 2, QCoreApplication.translate("plan", "Mise en page…"))
    path = render_plan(out, data, paper=paper)
    state.progress(2, 2, "")
    return str(path)


PRINT_DPI = 200  # plan pages are rasterised at most at this resolution for the printer


def export_plan_for_print(
    state, event_id: int, db, out: str, paper: str, colour_by: str, window=None
):
    """Worker: the plan PDF, and its pages as images for the printer (rasterising takes
    a few hundred milliseconds a page: never on the GUI thread)."""
    from itday.services.pdf import Cancelled as RenderCancelled
    from itday.services.pdf.raster import render_pages
    from itday.ui.tasks import Cancelled

    path = export_plan(state, event_id, db, out, paper, colour_by, window=window)
    state.check()
    try:
        return path, render_pages(path, PRINT_DPI, cancelled=lambda: state.cancelled)
    except RenderCancelled:
        raise Cancelled() from None


class _Calibration(QObject):
    """Two clicks on the view (background scaling): calls ``done(p1, p2)`` in scene units."""

    def __init__(self, view: PlanView, done) -> None:
        super().__init__(view)
        self.view, self.done, self.points = view, done, []
        view.viewport().installEventFilter(self)
        view.viewport().setCursor(Qt.CursorShape.CrossCursor)

    def eventFilter(self, obj, event) -> bool:
        if (
            event.type() == QEvent.Type.MouseButtonPress
            and event.button() == Qt.MouseButton.LeftButton
        ):
            self.points.append(self.view.mapToScene(event.position().toPoint()))
            if len(self.points) == 2:
                self.view.viewport().removeEventFilter(self)
                self.view.viewport().unsetCursor()
                self.done(*self.points)
                self.deleteLater()
            return True
        return False


def _layout_of(state) -> tuple | None:
    """The plan's geometry (hall, elements, booths' places), not who holds the booths."""
    if state is None:
        return None
    places = ("code", "x", "y", "width", "depth", "rotation", "kind")
    booths = sorted((i, *(row[f] for f in places)) for i, row in state.booths.items())
    return state.event_id, repr(state.hall), repr(state.elements), tuple(booths)


class PlanPage(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.editor = PlanEditor(ctx, self)
        self.scene = self.editor.scene
        self.view = PlanView(self.scene)
        self._ready = False
        self._people_sig: tuple | None = None
        self._assign_sig: frozenset | None = None
        self._matches: list[int] = []
        self._match_index = 0
        self.print_preview = None  # the last print preview dialog (tests look at it)
        self.print_pages = None
        self.canvas_menu = None  # the last context menu of the canvas (tests look at it)

        self.exhibitors = ExhibitorPanel()
        self.properties = PropertiesPanel()
        self.element_panel = ElementPanel()
        self.checks = ChecksList()
        self.checks_title = QLabel()
        self.legend = Legend()

        self.toolbar = QToolBar(self.tr("Plan"))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self._build_actions()

        self.search = QLineEdit(placeholderText=self.tr("Chercher une entreprise ou un stand…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(240)
        self.search.textChanged.connect(self.find)
        self.search.returnPressed.connect(self.next_match)
        self.search_result = QLabel()
        # a long hint wraps instead of widening the window (reception laptops: 1366 px)
        self.search_result.setWordWrap(True)
        self.search_result.setMinimumWidth(80)
        self.search_result.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.colour = QComboBox()
        self.colour.addItem(self.tr("Couleurs : par statut"), "status")
        self.colour.addItem(self.tr("Couleurs : par secteur"), "sector")
        self.colour.addItem(self.tr("Couleurs : par présence"), "presence")
        self.colour.addItem(self.tr("Couleurs : par visites"), "visits")
        self.colour.currentIndexChanged.connect(self._colour_changed)
        self.mode_label = QLabel()

        self.view_bar = QToolBar(self.tr("Vue"))
        self.view_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for act in (self.act_fit, self.act_zoom_in, self.act_zoom_out):
            self.view_bar.addAction(act)
        top = QHBoxLayout()
        top.setContentsMargins(6, 2, 6, 0)
        top.addWidget(self.search)
        top.addWidget(self.search_result, 1)
        top.addWidget(self.view_bar)
        top.addWidget(self.colour)
        top.addWidget(self.mode_label)

        centre = QWidget()
        cl = QVBoxLayout(centre)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.setSpacing(0)
        cl.addWidget(self.view, 1)
        self.visits = PlanVisits(self)  # « par visites »: its time bar, under the plan
        cl.addWidget(self.visits.bar)
        cl.addWidget(self.legend)

        self.right = QWidget()
        rl = QVBoxLayout(self.right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.properties)
        rl.addWidget(self.element_panel)
        rl.addWidget(self.checks_title)
        rl.addWidget(self.checks, 1)

        self.splitter = QSplitter()
        self.splitter.addWidget(self.exhibitors)
        self.splitter.addWidget(centre)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([230, 1000, 320])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.splitter, 1)

        # wiring
        self.editor.changed.connect(self._booths_changed)
        self.editor.problems_changed.connect(self._problems_changed)
        self.scene.selectionChanged.connect(self._selection_changed)
        self.view.booth_drawn.connect(self._booth_drawn)
        self.view.element_drawn.connect(self._element_drawn)
        self.element_panel.edited.connect(self._element_edited)
        self.view.exhibitor_dropped.connect(self.request_assign)
        self.view.nudged.connect(self.editor.nudge)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self.show_canvas_menu)
        self.properties.edited.connect(self._properties_edited)
        self.checks.problem_activated.connect(self.show_problem)
        self.exhibitors.exhibitor_activated.connect(self.show_exhibitor)
        self.ctx.bridge.role_changed.connect(self.set_editable)
        self.ctx.bridge.data_changed.connect(self._data_changed)
        self.ctx.bridge.event_changed.connect(self._event_changed)
        self._people_timer = QTimer(self, singleShot=True, interval=300)
        self._people_timer.timeout.connect(self.editor.refresh_people)

        self.reload()
        self.set_editable(bool(ctx.organiser))

    # -- actions ---------------------------------------------------------------------------
    def _action(self, text, slot, shortcut=None, tip=None, organiser=True, checkable=False):
        act = QAction(text, self)
        act.setCheckable(checkable)
        if shortcut:
            keys = shortcut if isinstance(shortcut, list) else [shortcut]
            act.setShortcuts([QKeySequence(k) for k in keys])
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        tip = tip or text
        if shortcut:
            tip += f" ({act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
        act.setToolTip(tip)
        # a plain action calls ``slot()``: triggered()'s ``checked`` would otherwise fill the
        # slot's first optional argument (print_plan's exec_dialog: a preview never shown)
        act.triggered.connect(slot if checkable else (lambda _checked=False: slot()))
        self.addAction(act)
        if organiser:
            self._organiser_actions.append(act)
        return act

    def _build_actions(self) -> None:
        self._organiser_actions: list[QAction] = []
        tb = self.toolbar
        tools = QActionGroup(self)
        self.act_select = self._action(
            self.tr("Sélection"), lambda: self.set_tool("select"), "Esc", checkable=True
        )
        self.act_create = self._action(
            self.tr("Nouveau stand"),
            lambda: self.set_tool("create"),
            "N",
            self.tr("Dessiner un stand en le faisant glisser sur le sol"),
            checkable=True,
        )
        self.act_element = self._action(
            self.tr("Élément"),
            lambda: self.set_tool("element"),
            "E",
            self.tr("Dessiner un élément fixe du hall (choisir le type dans le menu)"),
            checkable=True,
        )
        tools.addAction(self.act_select)
        tools.addAction(self.act_create)
        tools.addAction(self.act_element)
        self.act_select.setChecked(True)
        kinds = QMenu(self.tr("Élément"), self)
        self._element_kind_actions = {}
        for kind, name in self.editor.element_names().items():
            act = kinds.addAction(name, lambda k=kind: self.choose_element_kind(k))
            act.setCheckable(True)
            self._element_kind_actions[kind] = act
        self.act_element.setMenu(kinds)
        self.choose_element_kind(ElementKind.PILLAR, activate=False)
        self.act_generate = self._action(
            self.tr("Générer…"),
            self.open_generator,
            "Ctrl+G",
            self.tr("Générer un bloc de rangées de stands"),
        )
        self.act_rotate = self._action(self.tr("Pivoter"), self.editor.rotate_selected, "R")
        self.act_duplicate = self._action(
            self.tr("Dupliquer"), self.editor.duplicate_selected, "Ctrl+D"
        )
        self.act_delete = self._action(self.tr("Supprimer"), self.editor.delete_selected,
                                       [QKeySequence.StandardKey.Delete, "Backspace"])  # fmt: skip
        stack = self.editor.undo_stack
        # Fixed texts (the toolbar keeps its width); the tooltip names the step.
        self.act_undo = self._action(self.tr("Annuler"), stack.undo, "Ctrl+Z")
        self.act_redo = self._action(self.tr("Rétablir"), stack.redo, ["Ctrl+Y", "Ctrl+Shift+Z"])
        stack.indexChanged.connect(self._undo_state_changed)
        stack.cleanChanged.connect(self._undo_state_changed)
        align = QMenu(self.tr("Aligner"), self)
        for text, edge in (
            (self.tr("Aligner à gauche"), "left"),
            (self.tr("Aligner à droite"), "right"),
            (self.tr("Aligner en haut"), "top"),
            (self.tr("Aligner en bas"), "bottom"),
        ):
            align.addAction(text, lambda e=edge: self.editor.align(e))
        align.addSeparator()
        align.addAction(self.tr("Répartir horizontalement"), lambda: self.editor.distribute("x"))
        align.addAction(self.tr("Répartir verticalement"), lambda: self.editor.distribute("y"))
        self.act_align = self._action(self.tr("Aligner"), lambda: None)
        self.act_align.setMenu(align)
        self.act_fit = self._action(self.tr("Ajuster au hall"), self.view.fit_hall, "Ctrl+0",
                                    organiser=False)  # fmt: skip
        self.act_zoom_in = self._action(self.tr("Zoom +"), lambda: self.view.zoom_by(1.25),
                                        ["Ctrl++", "Ctrl+="], organiser=False)  # fmt: skip
        self.act_zoom_out = self._action(self.tr("Zoom −"), lambda: self.view.zoom_by(0.8),
                                         "Ctrl+-", organiser=False)  # fmt: skip
        self.act_hall = self._action(self.tr("Dimensions et allées…"), self.edit_hall,
                                     tip=self.tr("Dimensions du hall et largeur minimale des allées"))  # fmt: skip
        self.act_outline = self._action(
            self.tr("Contour"),
            self.editor.edit_outline,
            tip=self.tr(
                "Modifier le contour du hall : glissez un sommet ; double-clic près d'un mur : "
                "ajouter un sommet ; clic droit sur un sommet : le retirer"
            ),
            checkable=True,
        )
        self.act_outline_reset = self._action(
            self.tr("Revenir au rectangle"), lambda: self.editor.set_outline([])
        )
        self.act_background = self._action(self.tr("Fond de plan…"), self.choose_background,
                                           tip=self.tr("Image du plan du lieu, mise à l'échelle"))  # fmt: skip
        self.act_bg_scale = self._action(
            self.tr("Mettre à l'échelle (deux points)…"), self.calibrate_background
        )
        self.act_bg_place = self._action(
            self.tr("Position, taille et opacité…"), self.place_background
        )
        self.act_bg_move = self._action(
            self.tr("Déplacer à la souris"), self.editor.move_background, checkable=True,
            tip=self.tr("Faites glisser le fond de plan ; les stands ne bougent pas"),
        )  # fmt: skip
        self.act_bg_on_top = self._action(
            self.tr("Au-dessus des stands (pour les caler)"), self.background_on_top,
            checkable=True,
        )  # fmt: skip
        self.act_bg_remove = self._action(
            self.tr("Retirer le fond de plan"), self.remove_background
        )
        background_menu = QMenu(self.tr("Fond de plan"), self)
        for act in (self.act_background, self.act_bg_scale, self.act_bg_place, self.act_bg_move,
                    self.act_bg_on_top, self.act_bg_remove):  # fmt: skip
            background_menu.addAction(act)
        # « Hall », one button: its size, its outline, the venue's drawing under it (1366 px)
        hall_menu = QMenu(self.tr("Hall"), self)
        for act in (self.act_hall, self.act_outline, self.act_outline_reset):
            hall_menu.addAction(act)
        hall_menu.addSeparator()
        hall_menu.addMenu(background_menu)
        self.act_hall_menu = self._action(
            self.tr("Hall"), self.edit_hall,
            tip=self.tr("Hall : dimensions, contour et fond de plan (la flèche pour le menu)"),
        )  # fmt: skip
        self.act_hall_menu.setMenu(hall_menu)
        self.hall_menu = hall_menu
        self.editor.undo_stack.indexChanged.connect(self._background_state)
        self.act_export = self._action(self.tr("Exporter…"), self.export, "Ctrl+E",
                                       self.tr("Exporter le plan en PDF ou PNG"))  # fmt: skip
        self.act_print = self._action(self.tr("Imprimer…"), self.print_plan, "Ctrl+P")
        output_menu = QMenu(self.tr("Imprimer"), self)
        output_menu.addAction(self.act_print)
        output_menu.addAction(self.act_export)
        self.act_output = self._action(
            self.tr("Imprimer…"), self.print_plan,
            tip=self.tr("Imprimer le plan ; la flèche : exporter en PDF ou PNG"),
        )  # fmt: skip
        self.act_output.setMenu(output_menu)

        # Every entry is an action (menus carried by actions, no widgets): when the bar is too
        # narrow, its overflow (») lists them all, submenus included (issue 24.12).
        for act in (self.act_select, self.act_create, self.act_element, self.act_generate, None,
                    self.act_rotate, self.act_duplicate, self.act_delete, self.act_align, None,
                    self.act_undo, self.act_redo, None, self.act_hall_menu, self.act_output):  # fmt: skip
            if act is None:
                tb.addSeparator()
            else:
                tb.addAction(act)
        tb.widgetForAction(self.act_align).setPopupMode(
            QToolButton.ToolButtonPopupMode.InstantPopup
        )

    def show_canvas_menu(self, pos) -> None:
        """Right click on the plan: the page's actions (``itday.ui.plan.canvas_menu``)."""
        self.canvas_menu = canvas_menu(self, pos)
        if self.canvas_menu is not None:
            self.canvas_menu.popup(self.view.viewport().mapToGlobal(pos))

    def _undo_state_changed(self, *_args) -> None:
        stack = self.editor.undo_stack
        on = bool(self.ctx.organiser)
        self.act_undo.setEnabled(on and stack.canUndo())
        self.act_redo.setEnabled(on and stack.canRedo())
        self.act_undo.setToolTip(
            self.tr("Annuler : %1 (Ctrl+Z)").replace("%1", stack.undoText() or "—")
        )
        self.act_redo.setToolTip(
            self.tr("Rétablir : %1 (Ctrl+Y)").replace("%1", stack.redoText() or "—")
        )

    # -- state -------------------------------------------------------------------------
    def is_ready(self) -> bool:
        return self.ctx.db is not None and self._ready and self.visits.is_ready()

    def _event_changed(self, _event_id: int) -> None:
        self.reload()
        self.visits.invalidate()

    def reload(self, keep_history: bool = False) -> None:
        """Read the plan again; ``keep_history``: after a change made elsewhere (an exhibitor
        edited on its page), the undo history stays (issue 24.15), and so does the view."""
        if self.ctx.db is None:  # opening: the page loads once it is open
            return
        before = _layout_of(self.editor.state)
        self.editor.load()
        if not keep_history or _layout_of(self.editor.state) != before:  # the hall was redrawn
            self.editor.undo_stack.clear()
            self.view.fit_hall()
        self._ready = True
        self._background_state()
        no_hall = self.tr(
            "Cette édition n'a pas encore de hall : mode organisateur, bouton « Hall »."
        )
        st = self.editor.state
        if st is not None and st.hall is None and self.ctx.event_id is not None:
            self.search_result.setText(no_hall)  # (no edition at all: the window invites)
        elif self.search_result.text() == no_hall:  # the hall has just been drawn
            self.search_result.clear()

    def set_editable(self, on: bool) -> None:
        self.editor.set_editable(on)
        self.view.set_editable(on)
        for act in self._organiser_actions:
            act.setVisible(on)
            act.setEnabled(on)
        self._background_state()
        if not on:
            self.act_outline.setChecked(False)
        self.toolbar.setVisible(on)
        self._undo_state_changed()
        self.right.setVisible(on)
        self.exhibitors.set_editable(on)
        self.properties.set_editable(on)
        if not on:
            self.set_tool("select")
        self.mode_label.setText(
            self.tr("Mode organisateur : édition")
            if on
            else self.tr("Consultation (lecture seule)")
        )

    def set_tool(self, tool: str) -> None:
        self.view.set_tool(tool)
        acts = {"create": self.act_create, "element": self.act_element}
        acts.get(self.view.tool, self.act_select).setChecked(True)

    def choose_element_kind(self, kind, activate: bool = True) -> None:
        """The kind of fixed element the « Élément » tool draws; then that tool is chosen."""
        kind = ElementKind(kind)
        self.view.element_kind = kind.value
        for k, act in self._element_kind_actions.items():
            act.setChecked(k == kind)
        name = self.editor.element_names()[kind]
        self.act_element.setText(self.tr("Élément : %1").replace("%1", name))
        if activate:
            self.set_tool("element")

    def _data_changed(self, what: str) -> None:
        if what == "booths" and not self.editor.writing:
            self.reload(keep_history=True)
        elif what in ("exhibitors", "attendees", "scans"):
            self._people_timer.start()

    def _booths_changed(self) -> None:
        st = self.editor.state
        if st is None:
            return
        # The lists only change with assignments, codes or exhibitors, not with geometry.
        people = (self.editor.people_version,)
        if people != self._people_sig:
            self._people_sig = people
            self.properties.set_exhibitors(st.exhibitors)
            self._assign_sig = None
        assign = frozenset((r["exhibitor_id"], r["code"]) for r in st.booths.values())
        if assign != self._assign_sig:
            self._assign_sig = assign
            self.exhibitors.set_data(st.exhibitors, st.booths)
        self._selection_changed()
        if self.editor.colour_by == "visits":
            self.visits.booths_changed()  # colours, numbers and scale of the visits
        else:
            self.legend.set_entries(legend_entries(self.editor.colour_by, st.exhibitors, st.booths))

    def _problems_changed(self) -> None:
        problems = self.editor.problems
        self.checks.set_problems(problems)
        self.checks_title.setText(
            self.tr("<b>Vérifications</b> — %1 problème(s)").replace("%1", str(len(problems)))
        )

    def _selection_changed(self) -> None:
        ids = self.editor.selected_ids()
        self.properties.show_rows(ids, self.editor.booths)
        el_ids = self.editor.selected_element_ids()
        el = self.editor.element(el_ids[0]) if len(el_ids) == 1 and not ids else None
        self.element_panel.show_element(
            el, self.editor.element_names().get(el.kind, "") if el is not None else ""
        )
        self.properties.setVisible(el is None)
        if len(ids) == 1 and not self.ctx.organiser:
            row = self.editor.booths[ids[0]]
            who = self.editor.name_of(row) or self.tr("stand libre")
            self.search_result.setText(f"<b>{row['code']}</b> {who}")

    def _colour_changed(self) -> None:
        mode = self.colour.currentData()
        self.editor.set_colour_by(mode)
        self._booths_changed()
        self.visits.set_active(mode == "visits")

    # -- editing -------------------------------------------------------------------------
    def _booth_drawn(self, x: float, y: float, w: float, d: float) -> None:
        booth_id = self.editor.create_booth(x, y, w, d)
        if booth_id is not None:
            self.editor._select([booth_id])

    def _element_drawn(self, x: float, y: float, w: float, d: float) -> None:
        element_id = self.editor.create_element(self.view.element_kind, x, y, w, d)
        if element_id is not None:  # the tool stays: several pillars in a row
            self.scene.clearSelection()
            self.scene.element_items[element_id].setSelected(True)

    def _element_edited(self, change: dict, text: str) -> None:
        element_id = self.element_panel.element_id
        if element_id is not None and self.editor.element(element_id) is not None:
            self.editor.update_elements({element_id: dict(change)}, text)
            self._selection_changed()

    def open_generator(self) -> None:
        if not self.ctx.organiser:
            return
        c = self.view.visible_scene_rect().center()
        dialog = GeneratorDialog(
            (snap(c.x() / S), snap(c.y() / S)), self.editor.codes(), self, self.ctx.settings
        )
        while dialog.exec():
            problem = self.editor.block_problems(dialog.params())
            if not problem or self.confirm(
                self.tr("Générer un bloc de stands"),
                problem + "\n\n" + self.tr("Placer les stands quand même ?"),
            ):
                self.editor.generate(**dialog.params())
                return

    def confirm(self, title: str, text: str) -> bool:
        return ask_yes_no(self, title, text)

    def request_assign(self, booth_id: int, exhibitor_id: int | None) -> bool:
        """Assigns a booth, asking first when it belongs to another exhibitor."""
        if not self.ctx.organiser or booth_id not in self.editor.booths:
            return False
        row = self.editor.booths[booth_id]
        current = row.get("exhibitor_id")
        if current == exhibitor_id:
            return False
        if current and exhibitor_id:
            ex = self.editor.state.exhibitors
            question = (
                self.tr("Le stand %1 est attribué à %2.\nL'attribuer à %3 à la place ?")
                .replace("%1", row["code"])
                .replace("%2", ex.get(current, {}).get("name", "?"))
                .replace("%3", ex.get(exhibitor_id, {}).get("name", "?"))
            )
            if not self.confirm(self.tr("Stand déjà attribué"), question):
                self._selection_changed()
                return False
        self.editor.assign(booth_id, exhibitor_id)
        return True

    def _properties_edited(self, change: dict, text: str) -> None:
        ids = self.editor.selected_ids()
        if not ids:
            return
        if "exhibitor_id" in change:
            self.request_assign(ids[0], change["exhibitor_id"])
            return
        if "code" in change:
            code = change["code"]
            others = {r["code"].casefold() for i, r in self.editor.booths.items() if i != ids[0]}
            if not code or code.casefold() in others:
                self.ctx.bridge.warning(
                    self.tr("Le code « %1 » est déjà utilisé par un autre stand.").replace(
                        "%1", code
                    )
                    if code
                    else self.tr("Un stand doit avoir un code.")
                )
                self._selection_changed()
                return
        self.editor.update_booths({i: dict(change) for i in ids}, text)

    # -- finding ---------------------------------------------------------------------------
    def find(self, text: str) -> list[int]:
        self._matches = self.editor.find(text)
        self._match_index = 0
        if not text.strip():
            self.editor.highlight(None)
            self.search_result.setText("")
            return []
        if not self._matches:
            self.editor.highlight(None)
            self.search_result.setText(self.tr("Aucun stand trouvé."))
            return []
        self._show_match()
        return self._matches

    def next_match(self) -> None:
        if self._matches:
            self._match_index = (self._match_index + 1) % len(self._matches)
            self._show_match()

    def _show_match(self) -> None:
        booth_id = self._matches[self._match_index]
        row = self.editor.booths[booth_id]
        name = self.editor.name_of(row)
        self.show_booth(booth_id)
        more = (
            self.tr(" — %1/%2 (touche Entrée : suivant)")
            .replace("%1", str(self._match_index + 1))
            .replace("%2", str(len(self._matches)))
            if len(self._matches) > 1
            else ""
        )
        self.search_result.setText(f"<b>{row['code']}</b> {name or ''}{more}")

    def show_booth(self, booth_id: int) -> None:
        item = self.scene.booth_items.get(booth_id)
        if item is None:
            return
        self.editor.highlight(booth_id)
        self.view.zoom_to(item.sceneBoundingRect(), 9.0)

    def show_exhibitor(self, exhibitor_id: int) -> None:
        ids = [i for i, r in self.editor.booths.items() if r.get("exhibitor_id") == exhibitor_id]
        if ids:
            self.show_booth(ids[0])
            self.search_result.setText(
                f"<b>{', '.join(self.editor.booths[i]['code'] for i in ids)}</b> "
                f"{self.editor.state.exhibitors[exhibitor_id]['name']}"
            )
        else:
            self.search_result.setText(self.tr("Cet exposant n'a pas encore de stand."))

    def show_problem(self, index: int | None) -> None:
        if index is None or not 0 <= index < len(self.editor.problems):
            return
        p = self.editor.problems[index]
        self.view.zoom_to(QRectF(p.where.x * S, p.where.y * S, p.where.w * S, p.where.h * S), 5)
        self.editor._select([i for i in p.booth_ids if isinstance(i, int)])

    # -- hall and background ---------------------------------------------------------------
    def edit_hall(self) -> None:
        if not self.ctx.organiser or self.ctx.event_id is None:
            return
        hall = self.editor.state.hall if self.editor.state else None
        dialog = HallDialog(
            hall.name if hall else self.tr("Hall"),
            hall.width if hall else 50.0,
            hall.depth if hall else 40.0,
            hall.min_aisle if hall else 3.0,
            self,
            capacity=hall.capacity if hall else None,
        )
        if dialog.exec():
            self.save_hall(**dialog.values())

    def save_hall(self, **values) -> None:
        with self.ctx.db.session() as s:
            booths_repo.save_hall(self.ctx.event_id, session=s, **values)
            s.commit()
        self.reload()
        self.ctx.bridge.data_changed.emit("booths")

    # -- background ------------------------------------------------------------------------
    def _background_state(self, *_args) -> None:
        """The background's menu entries follow whether there is one (after any undo too)."""
        hall = self.editor.state.hall if self.editor.state else None
        has = self.scene.background_item is not None
        on = bool(self.ctx.organiser)
        self.act_background.setEnabled(on and hall is not None)
        for act in (self.act_bg_scale, self.act_bg_place, self.act_bg_move, self.act_bg_on_top,
                    self.act_bg_remove):  # fmt: skip
            act.setEnabled(on and has)
        self.act_bg_on_top.setChecked(bool(hall and hall.background_on_top))
        if not has and self.act_bg_move.isChecked():
            self.act_bg_move.setChecked(False)
            self.editor.move_background(False)

    def choose_background(self) -> None:
        hall = self.editor.state.hall if self.editor.state else None
        if hall is None:
            self.ctx.bridge.error(
                self.tr("Dessinez d'abord le hall (« Hall ») : le fond de plan se cale dessus.")
            )
            return
        path, _ = open_file_name(
            self,
            self.tr("Fond de plan"),
            "",
            self.tr("Plans (*.pdf *.png *.jpg *.jpeg *.svg)"),
        )
        if not path:
            return
        self.ctx.bridge.info(self.tr("Lecture du fond de plan…"))
        self.ctx.tasks.run(
            lambda _state, p: background_bytes(p),
            path,
            on_done=lambda read: self.use_background(path, read),
            on_error=self.ctx.bridge.error,
            owner=self,
        )

    def use_background(self, path: str, read, calibrate: bool = True) -> None:
        """The image read from ``path`` (``background_bytes``: its bytes and width) becomes
        the background, placed to the hall's width, then (``calibrate``) put to scale by two
        clicks and a distance."""
        hall = self.editor.state.hall if self.editor.state else None
        if read is None:
            self.ctx.bridge.error(self.tr("Plan illisible : %1").replace("%1", path))
            return
        if hall is None:
            return
        data, width_px = read
        # First placed to the hall's width; then two clicks and a distance put it to scale.
        values = {"background_path": path, "background_scale": hall.width / max(1, width_px),
                  "background_x": 0.0, "background_y": 0.0}  # fmt: skip
        self.editor.change_background(values, self.tr("Choisir le fond de plan"), image=data)
        self._background_state()
        if calibrate:
            self.calibrate_background()

    def calibrate_background(self) -> None:
        if self.scene.background_item is None:
            return
        self.ctx.bridge.info(
            self.tr("Cliquez sur deux points du fond de plan dont vous connaissez la distance.")
        )
        _Calibration(self.view, self._calibrated)

    def _calibrated(self, p1, p2) -> None:
        hall = self.editor.state.hall
        measured = math.hypot(p2.x() - p1.x(), p2.y() - p1.y()) / S
        if measured <= 0 or not hall.background_scale:
            return
        distance, ok = QInputDialog.getDouble(
            self, self.tr("Mise à l'échelle"), self.tr("Distance réelle entre les deux points (m) :"),
            10.0, 0.1, 10000.0, 2,
        )  # fmt: skip
        if ok:
            self.editor.change_background(
                {"background_scale": hall.background_scale * distance / measured},
                self.tr("Mettre le fond de plan à l'échelle"),
            )

    def place_background(self) -> None:
        hall = self.editor.state.hall if self.editor.state else None
        item = self.scene.background_item
        if hall is None or item is None:
            return
        dialog = BackgroundDialog(hall, item.pixmap().width(), self)
        if dialog.exec():
            self.editor.change_background(dialog.values(), self.tr("Placer le fond de plan"))

    def background_on_top(self, on: bool) -> None:
        text = (
            self.tr("Fond de plan au-dessus des stands")
            if on
            else self.tr("Fond de plan derrière tout")
        )
        self.editor.change_background({"background_on_top": bool(on)}, text)

    def remove_background(self) -> None:
        values = {"background_path": None, "background_scale": None,
                  "background_x": 0.0, "background_y": 0.0}  # fmt: skip
        self.editor.change_background(values, self.tr("Retirer le fond de plan"), image=None)
        self.ctx.bridge.info(self.tr("Fond de plan retiré (Ctrl+Z pour le remettre)."))

    # -- export and print -----------------------------------------------------------------
    def export(self) -> None:
        if not self.ctx.organiser or self.ctx.event_id is None:
            return
        hall = self.editor.state.hall if self.editor.state is not None else None
        has_background = bool(hall and hall.background_scale and hall.background_key)
        dialog = ExportDialog(self.editor.colour_by, self, has_background=has_background)
        if not dialog.exec():
            return
        path, _ = save_file_name(
            self, self.tr("Exporter le plan"), "plan.pdf", self.tr("PDF (*.pdf);;Image PNG (*.png)")
        )
        if not path:
            return
        if Path(path).suffix.lower() not in (".pdf", ".png"):
            path += ".pdf"
        self.start_export(
            path,
            dialog.paper.currentText(),
            dialog.colour.currentData(),
            dialog.background.isChecked(),
        )

    def start_export(
        self, path: str, paper: str = "A3", colour_by: str = "status", background: bool = True
    ):
        return self.ctx.tasks.run_with_progress(
            self,
            self.tr("Export du plan"),
            export_plan,
            self.ctx.event_id,
            self.ctx.db,
            path,
            paper,
            colour_by,
            background,
            # « par visites »: the hour shown on screen, if one is
            window=self.visits.window() if colour_by == "visits" else None,
            on_done=lambda p: self.ctx.bridge.info(self.tr("Plan exporté : %1").replace("%1", p)),
            owner=self,
        )

    def print_plan(self, exec_dialog: bool = True, paper: str = "A3"):
        """« Imprimer… »: the printed plan (title, scale bar, legend, exhibitor index) is made
        as a PDF in a worker, then shown in a print preview; returns the task."""
        if self.ctx.event_id is None or self.editor.state is None or not self.editor.state.hall:
            # never a silent button: say why there is nothing to print
            self.ctx.bridge.warning(
                self.tr("Rien à imprimer : dessinez d'abord le hall (mode organisateur, « Hall »).")
            )
            return None
        fd, path = tempfile.mkstemp(prefix="itday-plan-", suffix=".pdf")
        os.close(fd)

        def failed(exc) -> None:
            Path(path).unlink(missing_ok=True)
            self.ctx.bridge.error(str(exc).split("\n")[0])

        return self.ctx.tasks.run_with_progress(
            self,
            self.tr("Préparation de l'impression"),
            export_plan_for_print,
            self.ctx.event_id,
            self.ctx.db,
            path,
            paper,
            self.editor.colour_by,
            window=self.visits.window() if self.editor.colour_by == "visits" else None,
            on_done=lambda result: self.show_print_preview(*result, exec_dialog=exec_dialog),
            owner=self,
            on_error=failed,
            on_cancel=lambda: Path(path).unlink(missing_ok=True),
        )

    def show_print_preview(self, pdf_path: str, images, exec_dialog: bool = True):
        """A print preview of a plan PDF whose pages were rasterised in the worker
        (``images``), on the PDF's paper.  With ``exec_dialog`` False (tests) the dialog is
        only built."""
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        if not images:
            self.ctx.bridge.error(self.tr("Aperçu impossible : %1").replace("%1", pdf_path))
            Path(pdf_path).unlink(missing_ok=True)
            return None
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        match_page(printer, images[0], PRINT_DPI)
        printer.setDocName(self.tr("Plan du salon"))
        dialog = QPrintPreviewDialog(printer, self)
        dialog.setWindowTitle(self.tr("Aperçu avant impression — plan complet"))
        dialog.paintRequested.connect(lambda pr: paint_pages(pr, images))
        fit_to_screen(dialog, 1100, 800)
        self.print_preview = dialog
        self.print_pages = images
        dialog.printer_ref = printer  # the dialog does not own its printer: keep it alive

        def cleanup() -> None:
            Path(pdf_path).unlink(missing_ok=True)
            if self.print_preview is dialog:
                self.print_preview = self.print_pages = None
            dialog.deleteLater()

        dialog.finished.connect(lambda _r: cleanup())
        if exec_dialog:
            dialog.exec()
        return dialog

    def paint_to(self, printer) -> None:
        """Paints the hall on ``printer`` (or any paint device): no selection, no highlight."""
        selected = self.editor.selected_ids()
        highlighted = self.editor.highlighted
        self.scene.clearSelection()
        self.editor.handles.detach()  # handles are never printed
        self.editor.outline_handles.set_visible(False)
        self.editor.highlight(None)
        background = self.scene.backgroundBrush()
        self.scene.setBackgroundBrush(Qt.GlobalColor.white)
        painter = QPainter(printer)
        try:
            page = printer.pageLayout().paintRectPixels(printer.resolution())
            target = QRectF(0, 0, page.width(), page.height())
            title_h = target.height() * 0.05
            painter.setFont(self.font())
            f = painter.font()
            f.setPixelSize(int(title_h * 0.6))
            f.setBold(True)
            painter.setFont(f)
            painter.drawText(
                QRectF(0, 0, target.width(), title_h),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                self.tr("Plan du salon"),
            )
            source = self.scene.hall_rect.adjusted(-3 * S, -3 * S, 3 * S, 4 * S)  # door labels
            self.scene.render(
                painter,
                target.adjusted(0, title_h, 0, 0),
                source,
                Qt.AspectRatioMode.KeepAspectRatio,
            )
        finally:
            painter.end()
            self.scene.setBackgroundBrush(background)
            self.editor.outline_handles.set_visible(True)
            self.editor.highlight(highlighted)
            self.editor._select(selected)
