"""Issue 17, first acceptance point: a new organiser prepares next year's show in the window
alone — from a database holding only the 2017 edition (hall, fixed elements, booths) to the
2018 edition with its plan adjusted, exhibitors and their staff imported, registrations with
their ticket types imported, plan, lists and badges printed, and the export written.

The window is driven through its widgets only: clicks, keys, field texts, actions found by
their visible text.  Modal dialogs run their real ``exec()``; a timer answers them the way a
person would (``Modals``).  The only stand-in is the file chooser's ``_run`` (Qt's own file
dialog, offscreen): it returns the path the organiser would pick.  The database is read only
to check what each step did.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QSettings, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QWidget,
)
from sqlmodel import select

from itday.db import models as m
from itday.db import repo
from itday.db.engine import Database
from itday.services.demo import demo_hall_and_booths
from itday.services.editions import copy_summary
from itday.services.pdf.raster import page_count
from tests.printing.conftest import cups, cups_server  # noqa: F401 (fixtures)
from tests.printing.cups import missing

WAIT = 60_000  # the machine is shared: workers get a generous minute


# -- the 2017 edition, as last year's organiser left it ---------------------------------------
@pytest.fixture
def db_2017(tmp_path):
    """A database holding only the 2017 edition: its hall, fixed elements and booths."""
    database = Database.open(tmp_path / "itday.sqlite")
    hall_row, elements, booths = demo_hall_and_booths(2017)
    with database.session() as s:
        event = repo.create_event(
            "Innovation IT Day 2017", dt.date(2017, 6, 29), "Diagora, Labège", session=s
        )
        hall = m.Hall(event_id=event.id, **hall_row)
        s.add(hall)
        s.flush()
        s.add_all(m.HallElement(hall_id=hall.id, **e) for e in elements)
        s.add_all(m.Booth(event_id=event.id, **b) for b in booths)
        s.commit()
    yield database
    database.dispose()


class Paper:
    """Where printed pages land, and the answer to Qt's print dialog that sends them there.

    With a private CUPS server (tests/printing: root, cupsd and cups-pdf installed), the queue
    « itday-labels », whose cups-pdf backend writes each job as a PDF; without it, Qt's own
    « Print to File (PDF) » entry of the same dialog, one file per print run."""

    QUEUE = "itday-labels"
    TO_FILE = "Print to File (PDF)"

    def __init__(self, server=None, folder: Path | None = None) -> None:
        self.cups = server
        self.folder = server.output if server is not None else folder
        self.runs = 0

    def answer(self, qtbot):
        """The print dialog's answer: the printer (or the file), then « OK »."""
        from PySide6.QtWidgets import QComboBox, QLineEdit

        self.runs += 1

        def answer(dialog):
            combo = dialog.findChild(QComboBox, "printers")
            entry = self.QUEUE if self.cups is not None else self.TO_FILE
            index = combo.findText(entry)
            assert index >= 0, [combo.itemText(i) for i in range(combo.count())]
            combo.setCurrentIndex(index)
            if self.cups is None:
                name = dialog.findChild(QLineEdit, "filename")
                name.setText(str(self.folder / f"printed-{self.runs}.pdf"))
            qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)

        return answer

    def pdfs(self) -> list[Path]:
        return sorted(self.folder.glob("*.pdf"), key=lambda p: p.stat().st_mtime)

    def wait(self, qtbot) -> Path:
        """The PDF of the latest print run, once whole (cups-pdf writes it as the job runs)."""
        from itday.errors import ItdayError

        def whole() -> bool:
            pdfs = self.pdfs()
            if len(pdfs) < self.runs:
                return False
            try:
                return page_count(pdfs[-1]) > 0
            except ItdayError:
                return False

        qtbot.waitUntil(whole, timeout=WAIT)
        return self.pdfs()[-1]


@pytest.fixture
def paper(request, tmp_path):
    """A ``Paper`` on the private CUPS server when it can run here, else on files.

    libcups keeps the server it first used for each thread: the GUI thread, which lists the
    printers in Qt's print dialog, is told to read ``CUPS_SERVER`` again (and after the test,
    so that the next test reads its own)."""
    import ctypes
    import ctypes.util

    if missing():
        folder = tmp_path / "paper"
        folder.mkdir()
        yield Paper(folder=folder)
        return
    server = request.getfixturevalue("cups")
    library = ctypes.util.find_library("cups")
    reset = ctypes.CDLL(library).cupsSetServer if library else None
    if reset is not None:
        reset.argtypes = [ctypes.c_char_p]
        reset(None)
    yield Paper(server)
    if reset is not None:
        reset(None)


@pytest.fixture
def window(qtbot, db_2017, tmp_path):
    from itday.ui.app import build_window

    settings = QSettings(str(tmp_path / "laptop.ini"), QSettings.Format.IniFormat)
    win = build_window(db_2017, settings=settings)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    activate(qtbot, win)
    guard = UnexpectedDialogs()
    yield win
    guard.stop()
    for widget in QApplication.topLevelWidgets():  # previews and dialogs left open
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.reject()
    win.ctx.tasks.wait_all(WAIT)
    assert not guard.seen, f"unexpected dialogs: {guard.seen}"


# -- driving helpers ---------------------------------------------------------------------------
class Modals:
    """Answers the modal dialogs a click opens, in order: ``(dialog class, answer)``.

    A timer looks for the active modal widget while the window runs the dialog's real
    ``exec()``; ``answer(dialog)`` fills it and presses its button.  A dialog still open after
    its answer is closed (and the test fails) so that nothing hangs."""

    active: list[Modals] = []  # the ones waiting now (``UnexpectedDialogs`` leaves theirs)

    def __init__(self, *expected: tuple[type, Callable[[QWidget], None]]) -> None:
        self.expected = list(expected)
        self.answered: list[QWidget] = []
        self.errors: list[BaseException] = []
        self.timer = QTimer(interval=30)
        self.timer.timeout.connect(self._poll)

    def __enter__(self) -> Modals:
        Modals.active.append(self)
        self.timer.start()
        return self

    def awaits(self, widget: QWidget) -> bool:
        return bool(self.expected) and isinstance(widget, self.expected[0][0])

    def _poll(self) -> None:
        widget = QApplication.activeModalWidget()
        if not self.expected or widget is None or widget in self.answered:
            return
        kind, answer = self.expected[0]
        if not isinstance(widget, kind):
            return
        self.expected.pop(0)
        self.answered.append(widget)
        try:
            answer(widget)
        except BaseException as exc:  # noqa: BLE001 - re-raised in the test
            self.errors.append(exc)
        if widget.isVisible() and isinstance(widget, QDialog):
            if not self.errors:
                self.errors.append(AssertionError(f"{kind.__name__} left open"))
            widget.reject()

    def __exit__(self, *exc) -> None:
        self.timer.stop()
        Modals.active.remove(self)
        if exc[0] is None:
            if self.errors:
                raise self.errors[0]
            assert not self.expected, f"never opened: {[k.__name__ for k, _ in self.expected]}"


class UnexpectedDialogs:
    """A dialog run with ``exec()`` that nobody awaits (a warning, a question) would block
    the test forever offscreen: it is noted (the test fails at its end) and closed."""

    def __init__(self) -> None:
        from PySide6.QtWidgets import QProgressDialog

        self.progress = QProgressDialog
        self.seen: list[str] = []
        self.waiting: QWidget | None = None
        self.timer = QTimer(interval=500)
        self.timer.timeout.connect(self._poll)
        self.timer.start()

    def _poll(self) -> None:
        widget = QApplication.activeModalWidget()
        if (
            not isinstance(widget, QDialog)
            or isinstance(widget, self.progress)
            # open() makes a dialog window-modal and returns; exec() blocks, application-modal
            or widget.windowModality() != Qt.WindowModality.ApplicationModal
            or any(m.awaits(widget) for m in Modals.active)
        ):
            self.waiting = None
            return
        if widget is not self.waiting:  # give it one more tick: it may be closing itself
            self.waiting = widget
            return
        text = getattr(widget, "text", lambda: "")()
        self.seen.append(f"{type(widget).__name__} « {widget.windowTitle()} » {text}".strip())
        widget.reject()

    def stop(self) -> None:
        self.timer.stop()


def ok_button(dialog: QDialog) -> QPushButton:
    box = dialog.findChild(QDialogButtonBox)
    return box.button(QDialogButtonBox.StandardButton.Ok)


def action(widget: QWidget, text: str) -> QAction:
    """The action of ``widget`` whose visible text is ``text``."""
    found = [a for a in widget.findChildren(QAction) if a.text() == text]
    assert found, f"no action « {text} » in {type(widget).__name__}"
    return found[0]


def button(widget: QWidget, text: str) -> QPushButton:
    found = [b for b in widget.findChildren(QPushButton) if b.text() == text]
    assert found, f"no button « {text} » in {type(widget).__name__}"
    return found[0]


def choose_files(monkeypatch, *paths):
    """The file chooser returns these paths in turn (the only stand-in of the test)."""
    from itday.ui import files

    queue = [str(p) for p in paths]
    asked = []

    def run(dialog):
        asked.append(dialog.windowTitle())
        return queue.pop(0)

    monkeypatch.setattr(files, "_run", run)
    return asked


def activate(qtbot, window) -> None:
    """The window is the active one again (after a dialog): its keyboard shortcuts work."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT)


def go(qtbot, window, key: str):
    """Click the navigation button of a page; the page once loaded."""
    activate(qtbot, window)
    qtbot.mouseClick(window.nav.widgetForAction(window.nav_actions[key]), Qt.MouseButton.LeftButton)
    page = window.stack.currentWidget()
    assert page is window.pages[key]
    qtbot.waitUntil(page.is_ready, timeout=WAIT)
    return page


def run_import(qtbot, page, expected: dict[str, str], types: dict[str, str] | None = None):
    """The import dialog just opened on ``page``: choose the file (the file chooser gives
    it), check the columns the dialog recognised (``expected``: header → field), set the
    ticket types' categories (``types``: type → category shown), check, import, close."""
    from itday.ui.import_dialog import ImportDialog

    dialogs = [d for d in page.findChildren(ImportDialog) if d.isVisible()]
    assert len(dialogs) == 1
    dialog = dialogs[0]
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.path is not None and not dialog.busy, timeout=WAIT)
    fields = {h: c.currentData() for h, c in zip(dialog.headers, dialog.combos, strict=True)}
    for header, field in expected.items():
        assert fields[header] == field, (header, fields)
    for value, category in (types or {}).items():
        qtbot.waitUntil(lambda v=value: v in dialog.type_combos, timeout=WAIT)
        combo = dialog.type_combos[value]
        index = combo.findText(category)
        assert index >= 0, (category, [combo.itemText(i) for i in range(combo.count())])
        combo.setCurrentIndex(index)
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.report is not None and not dialog.busy, timeout=WAIT)
    assert not dialog.report.rejected, dialog.report.rejected
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.import_button.text() == "Importer à nouveau", timeout=WAIT)
    report = dialog.report
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: not [d for d in page.findChildren(ImportDialog) if d.isVisible()], timeout=WAIT
    )
    return report


def booths_of(db, event_id: int) -> dict[str, m.Booth]:
    with db.session() as s:
        return {b.code: b for b in s.exec(select(m.Booth).where(m.Booth.event_id == event_id))}


# -- the path ---------------------------------------------------------------------------------
def test_new_organiser_prepares_2018_in_the_window_alone(qtbot, window, db_2017, tmp_path,
                                                          monkeypatch, paper):  # fmt: skip
    db = db_2017
    ctx = window.ctx
    first = ctx.event_id
    booths_2017 = booths_of(db, first)
    assert len(booths_2017) > 50 and not ctx.organiser

    # 1-2. « Nouvelle édition… »: the PIN is chosen (typed twice), then the 2018 edition is
    # created from 2017's plan, without exhibitors.
    from itday.ui.new_edition import NewEditionDialog
    from itday.ui.roles import ChoosePinDialog

    def choose_pin(d):
        qtbot.keyClicks(d.pin, "2468")
        qtbot.keyClicks(d.again, "2468")
        qtbot.mouseClick(ok_button(d), Qt.MouseButton.LeftButton)

    def new_edition(d):
        assert d.source_combo.currentData() == first  # last year's plan by default
        assert not d.exhibitors_box.isChecked()
        qtbot.keyClicks(d.name_edit, "Innovation IT Day 2018")
        d.date_edit.setDate(QDate(2018, 6, 28))
        qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)

    with Modals((ChoosePinDialog, choose_pin), (NewEditionDialog, new_edition)):
        qtbot.mouseClick(window.new_edition_button, Qt.MouseButton.LeftButton)
    assert ctx.organiser
    edition = ctx.event_id
    assert edition != first and "Innovation IT Day 2018" in window.title_label.text()
    with db.session() as s:
        event = repo.get_event(edition, session=s)
        assert (event.name, event.date) == ("Innovation IT Day 2018", dt.date(2018, 6, 28))
        assert copy_summary(s, edition)["exhibitors"] == 0
        assert copy_summary(s, edition)["booths"] == len(booths_2017)
        assert copy_summary(s, edition)["elements"] == copy_summary(s, first)["elements"]
        assert repo.get_setting("organiser_pin", session=s)  # every laptop asks the same PIN
    assert window.event_combo.count() == 2

    # 3. Plan: a booth moved with the keyboard arrow, an emergency exit added from the toolbar,
    # each undone and redone once from the toolbar.
    plan = go(qtbot, window, "plan")
    assert plan.toolbar.isVisible()  # organiser: the editing tools are shown
    view = plan.view
    booths = booths_of(db, edition)
    code = sorted(booths)[len(booths) // 2]
    moved = booths[code]
    item = plan.scene.booth_items[moved.id]
    view.centerOn(item)
    at = view.mapFromScene(item.sceneBoundingRect().center())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert plan.editor.selected_ids() == [moved.id]
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Right)  # two nudges: one step to undo
    assert booths_of(db, edition)[code].x == pytest.approx(moved.x + 1.0)
    assert booths_of(db, first)[code].x == pytest.approx(moved.x)  # 2017 is left as it was
    action(plan, "Annuler").trigger()
    assert booths_of(db, edition)[code].x == pytest.approx(moved.x)
    action(plan, "Rétablir").trigger()
    assert booths_of(db, edition)[code].x == pytest.approx(moved.x + 1.0)

    def exits() -> int:
        with db.session() as s:
            hall = repo.hall_of(edition, session=s)
            rows = s.exec(select(m.HallElement).where(m.HallElement.hall_id == hall.id))
            return sum(1 for e in rows if e.kind == "emergency_exit")

    exits_before = exits()
    kind = next(a for a in plan.act_element.menu().actions() if a.text() == "Sortie de secours")
    kind.trigger()  # the « Élément » tool now draws emergency exits
    assert plan.view.tool == "element"
    hall = plan.editor.state.hall
    from itday.ui.plan.items import S

    view.centerOn(0.0, hall.depth / 2 * S)  # a click on the hall's left wall
    on_wall = view.mapFromScene(0.0, hall.depth / 2 * S)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=on_wall)
    assert exits() == exits_before + 1
    action(plan, "Annuler").trigger()
    assert exits() == exits_before
    action(plan, "Rétablir").trigger()
    assert exits() == exits_before + 1
    qtbot.keyClick(view, Qt.Key.Key_Escape)  # back to the selection tool
    assert plan.view.tool == "select"

    # 4. Exhibitors: the import dialog with a « Personnel » column and « Prénom du contact »;
    # then one exhibitor is given a booth on the plan.
    staff = {
        "Octopus Cloud": ["Alice Martin", "Bruno Petit"],
        "Garonne Data": ["Chloé Bernard"],
        "Pic Saint-Loup Sécurité": ["David Roux", "Emma Faure", "Farid Haddad"],
        "Canal Robotique": [],
        "Occitanie Green IT": ["Gaëlle Moreau"],
    }
    exhibitors_csv = tmp_path / "exposants-2018.csv"
    with open(exhibitors_csv, "w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh, delimiter=";")
        out.writerow(["Société", "Secteur", "Prénom du contact", "Nom du contact", "E-mail",
                      "Personnel"])  # fmt: skip
        for n, (name, people) in enumerate(staff.items()):
            out.writerow([name, "Cloud", f"Prénom{n}", f"Nom{n}", f"contact{n}@example.fr",
                          ", ".join(people)])  # fmt: skip
    page = go(qtbot, window, "exhibitors")
    choose_files(monkeypatch, exhibitors_csv)
    qtbot.mouseClick(button(page, "Importer…"), Qt.MouseButton.LeftButton)
    report = run_import(qtbot, page, {"Personnel": "staff",
                                      "Prénom du contact": "contact_first_name"})  # fmt: skip
    assert report.imported == 5 and report.staff == 7
    with db.session() as s:
        rows = {r["name"]: r for r in repo.list_exhibitors(edition, session=s)}
        assert set(rows) == set(staff)
        for n, (name, people) in enumerate(staff.items()):
            ex = s.get(m.Exhibitor, rows[name]["id"])
            assert ex.contact_name == f"Prénom{n} Nom{n}"  # the contact's first name is kept
            members = s.exec(select(m.Attendee).where(m.Attendee.exhibitor_id == ex.id)).all()
            assert sorted(f"{a.first_name} {a.last_name}" for a in members) == sorted(people)
            assert all(a.category == "exhibitor_staff" and a.company == name for a in members)
            assert all(a.event_id == edition and a.code for a in members)
    qtbot.waitUntil(lambda: page.model.rowCount() == 5, timeout=WAIT)  # the table shows them

    plan = go(qtbot, window, "plan")
    combo = plan.properties.exhibitor
    qtbot.waitUntil(lambda: combo.findText("Garonne Data") >= 0, timeout=WAIT)
    free = booths_of(db, edition)[sorted(booths)[0]]
    item = plan.scene.booth_items[free.id]
    view.centerOn(item)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.mapFromScene(item.sceneBoundingRect().center()))  # fmt: skip
    assert plan.editor.selected_ids() == [free.id] and combo.isEnabled()
    combo.setFocus()
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), "Garonne Data")
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Return)
    with db.session() as s:
        assert s.get(m.Booth, free.id).exhibitor_id == rows["Garonne Data"]["id"]
        garonne = next(r for r in repo.list_exhibitors(edition, session=s) if r["id"] ==
                       rows["Garonne Data"]["id"])  # fmt: skip
        assert garonne["booths"] == [free.code]

    # 5. Visiteurs: registrations with their ticket types; the mapping step gives « Étudiant »
    # and two other unknown types their categories (remembered for the next import).
    tickets = [
        ("Hugo", "Lambert", "Étudiant", "visitor"),
        ("Inès", "Garnier", "Étudiant", "visitor"),
        ("Jules", "Fontaine", "Blogueur", "press"),
        ("Katia", "Renaud", "Partenaire", "vip"),
        ("Louis", "Mercier", "Visiteur", "visitor"),
        ("Manon", "Chevalier", "Intervenant", "speaker"),
    ]
    visitors_csv = tmp_path / "inscriptions-2018.csv"
    with open(visitors_csv, "w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh, delimiter=";")
        out.writerow(["Prénom", "Nom", "Société", "E-mail", "Type de billet", "N° de commande"])
        for n, (first_name, last_name, ticket, _category) in enumerate(tickets):
            out.writerow([first_name, last_name, "Université de Toulouse",
                          f"{first_name.lower()}.{n}@example.fr", ticket, f"CMD-{1000 + n}"])  # fmt: skip
    page = go(qtbot, window, "visitors")
    choose_files(monkeypatch, visitors_csv)
    qtbot.mouseClick(button(page, "Importer…"), Qt.MouseButton.LeftButton)
    report = run_import(
        qtbot,
        page,
        {"Type de billet": "category", "N° de commande": "external_ref"},
        {"Étudiant": "Visiteur", "Blogueur": "Presse", "Partenaire": "VIP"},
    )
    assert report.imported == len(tickets)
    assert not [w for w in report.warnings if "type de billet" in str(w)], report.warnings
    with db.session() as s:
        people = {
            a.last_name: a
            for a in s.exec(select(m.Attendee).where(m.Attendee.event_id == edition))
            if a.exhibitor_id is None
        }
        assert {k: a.category for k, a in people.items()} == {
            last_name: category for _f, last_name, _t, category in tickets
        }
        remembered = repo.get_setting("ticket_categories", session=s) or ""
        assert "etudiant" in remembered and "blogueur" in remembered
    qtbot.waitUntil(lambda: page.model.rowCount() == len(tickets) + 7, timeout=WAIT)

    # 6. Printing. The plan: « Imprimer… » → print preview → « Print » → the printer → paper.
    from PySide6.QtPrintSupport import QPrintDialog, QPrintPreviewDialog

    plan = go(qtbot, window, "plan")
    shown = {}

    def preview_and_print(preview):
        shown["pages"] = len(plan.print_pages)
        qt_print = next(a for a in preview.findChildren(QAction) if a.text() == "Print")
        with Modals((QPrintDialog, paper.answer(qtbot))):
            qt_print.trigger()

    with Modals((QPrintPreviewDialog, preview_and_print)):
        action(plan, "Imprimer…").trigger()
        qtbot.waitUntil(lambda: "pages" in shown, timeout=WAIT)
    assert page_count(paper.wait(qtbot)) == shown["pages"] >= 1

    # The printed list of exhibitors: « Liste par nom » → preview → « Imprimer » → printer.
    from itday.ui.exhibitors.preview import PdfPreviewDialog
    from tests.unit.pdf_helpers import pdf_text

    page = go(qtbot, window, "exhibitors")
    page.preview = None
    qtbot.mouseClick(button(page, "Liste par nom"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.preview is not None, timeout=WAIT)
    preview = page.preview
    assert isinstance(preview, PdfPreviewDialog) and preview.isVisible()
    text = pdf_text(preview.pdf)
    assert all(name in text for name in staff), text
    with Modals((QPrintDialog, paper.answer(qtbot))):
        preview.print_action.trigger()
    assert page_count(paper.wait(qtbot)) == preview.page_count() >= 1
    preview.close()

    # An exhibitor's staff badges, from its form: found by typing, « Modifier », « Imprimer les
    # badges de l'exposant » → preview (each badge shows the booth) → printer.
    qtbot.keyClicks(page.filter_edit, "garonne")
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 1, timeout=WAIT)
    page.table.selectRow(0)
    qtbot.mouseClick(button(page, "Modifier"), Qt.MouseButton.LeftButton)
    form = page.dialog
    assert form is not None and form.isVisible() and form.staff is not None
    qtbot.mouseClick(form.staff.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.staff.preview is not None, timeout=WAIT)
    preview = form.staff.preview
    text = pdf_text(preview.pdf)
    assert "Chloé" in text and "Bernard" in text and free.code in text, text
    with Modals((QPrintDialog, paper.answer(qtbot))):
        preview.print_action.trigger()
    assert page_count(paper.wait(qtbot)) == preview.page_count() >= 1
    preview.close()
    form.reject()
    page.filter_edit.clear()

    # Everyone's badges from the Visiteurs page: « Imprimer les badges… » → « Créer le PDF… »
    # → « Imprimer… » → printer.
    from itday.ui.visitors.batch import BatchBadgeDialog

    page = go(qtbot, window, "visitors")
    badges_pdf = tmp_path / "badges-2018.pdf"
    asked = choose_files(monkeypatch, badges_pdf)
    qtbot.mouseClick(button(page, "Imprimer les badges…"), Qt.MouseButton.LeftButton)
    batch = page.batch_dialog
    assert isinstance(batch, BatchBadgeDialog) and batch.isVisible()
    assert batch.all_radio.isChecked() and str(len(tickets) + 7) in batch.all_radio.text()
    qtbot.mouseClick(batch.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: batch.output is not None, timeout=WAIT)
    assert asked == ["Enregistrer les badges"] and batch.output == str(badges_pdf)
    text = pdf_text(badges_pdf)
    assert all(last_name in text for _f, last_name, _t, _c in tickets)
    assert "Farid" in text and "Haddad" in text  # the exhibitors' staff too
    layout = batch.layout_name()
    from itday.services.pdf.badges import LAYOUTS

    per_page = LAYOUTS[layout].per_page
    sheets = page_count(badges_pdf)
    assert sheets == -(-(len(tickets) + 7) // per_page)
    with Modals((QPrintDialog, paper.answer(qtbot))):
        qtbot.mouseClick(button(batch, "Imprimer…"), Qt.MouseButton.LeftButton)
    assert page_count(paper.wait(qtbot)) == sheets
    qtbot.waitUntil(lambda: not batch.busy, timeout=WAIT)
    qtbot.mouseClick(button(batch, "Fermer"), Qt.MouseButton.LeftButton)

    # 7. Export from the Statistiques page into a new folder: the CSV files, the SQLite copy
    # and the report; attendees.csv holds the imported people.
    page = go(qtbot, window, "stats")
    folder = tmp_path / "export-2018"
    qtbot.mouseClick(button(page, "Exporter…"), Qt.MouseButton.LeftButton)
    from itday.ui.stats.dialogs import ExportDialog

    [export] = [d for d in page.findChildren(ExportDialog) if d.isVisible()]
    export.folder.edit.clear()
    qtbot.keyClicks(export.folder.edit, str(folder))
    with qtbot.waitSignal(page.export_finished, timeout=WAIT) as finished:
        qtbot.mouseClick(ok_button(export), Qt.MouseButton.LeftButton)
    assert finished.args == [str(folder)]
    names = {p.name for p in folder.iterdir()}
    assert {"attendees.csv", "scans.csv", "exhibitors.csv", "booths.csv", "report.pdf"} <= names
    [copy] = [p for p in folder.iterdir() if p.suffix == ".sqlite"]
    assert page_count(folder / "report.pdf") >= 1
    with open(folder / "attendees.csv", encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    cells = [set(row) for row in rows[1:]]
    assert len(cells) == len(tickets) + 7
    for first_name, last_name, _t, _c in tickets:
        assert any({first_name, last_name} <= row for row in cells), (first_name, last_name)
    assert any({"Farid", "Haddad", "Pic Saint-Loup Sécurité"} <= row for row in cells)
    backup = Database.open(copy, readonly=True)  # the copy is a whole database (SQLite reads it)
    try:
        with backup.session() as s:
            assert len(repo.list_events(session=s)) == 2
            assert copy_summary(s, edition)["exhibitors"] == len(staff)
    finally:
        backup.dispose()
