"""French by default, English complete: no French word left on any page in English.

The English test walks every page of ``itday.ui.app.PAGE_KEYS`` (pages added later are covered
without editing this file) and the dialogs that can be built without ``exec()``, collects every
text a user can read, and flags the ones with a French word or a French accent.  Data (company
and person names, sectors, the event and its venue…) come from the database and are allowed.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
    QGraphicsView,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTableWidget,
    QTextEdit,
    QTreeWidget,
    QWidget,
)

from itday.ui.app import PAGE_KEYS

TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "itday_en.ts"

FRENCH_WORDS = set(
    """le la les des du un une et pas pour avec sur aucun aucune dans est sont au aux ou par en
    de sans tous toutes oui non entrée entrées entré entrés exposant exposants visiteur visiteurs
    imprimer annuler rechercher chercher stand stands accueil réglages fermer enregistrer
    supprimer modifier ajouter exporter importer statistiques organisateur inscrits inscrit
    nom prénom secteur équipe poste suivant précédent fichier fichiers dossier copie base
    chiffres arrivée arrivées arrivé arrivés présent présents libre réservé confirmé
    sauvegarde langue caméra sons allée allées largeur profondeur générer
    vérifications problème problèmes consultation lecture seule édition mur poteau sortie
    restauration catégorie taux motif refusés aperçu impression annuaire panneaux liste""".split()
)
ACCENTS = re.compile(r"[éèêëàâçùûôîïœ]", re.IGNORECASE)
TAG = re.compile(r"<[^>]*>")
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)
# Shown in their own language on purpose (the language choice in the settings).
ALWAYS_ALLOWED = {"Français", "English"}
# Names of bundled components (About).
ALWAYS_ALLOWED |= {"DejaVu Sans", "Droid Sans Fallback"}


def french_words(text: str, allowed: list[str]) -> list[str]:
    """The French-looking words of ``text`` once tags, entities and data values are removed."""
    text = html.unescape(TAG.sub(" ", text))
    for value in allowed:
        if value in text:
            text = text.replace(value, " ")
    bad = []
    for word in WORD.findall(text):
        lower = word.lower()
        if "'" in lower or "’" in lower:  # d'itday, l'exposant, n'a…
            head, _, tail = lower.replace("’", "'").partition("'")
            if head in {"d", "l", "n", "qu", "s", "c", "j", "m"}:
                bad.append(word)
                continue
        if lower in FRENCH_WORDS or ACCENTS.search(word):
            bad.append(word)
    return bad


def data_values(db) -> list[str]:
    """Texts that come from the database (names, sectors, venue…): allowed in any language."""
    from sqlmodel import select

    from itday.db.models import (
        Attendee,
        Booth,
        Event,
        Exhibitor,
        Hall,
        HallElement,
        Room,
        RoomScan,
        Scan,
        TalkSession,
    )
    from itday.ui.plan.items import ELEMENT_NAMES

    values: set[str] = set(ALWAYS_ALLOWED)
    with db.session() as s:
        for e in s.exec(select(Event)):
            values |= {e.name, e.venue}
        for h in s.exec(select(Hall)):
            values.add(h.name)
        # A hall element's own label is data ("Sortie de secours nord"), but not when it is
        # just the default name of its kind ("Restauration"): the plan shows that translated.
        for el in s.exec(select(HallElement)):
            if el.label.casefold() != ELEMENT_NAMES.get(el.kind, "").casefold():
                values.add(el.label)
        for x in s.exec(select(Exhibitor)):
            values |= {x.name, x.sector, x.contact_name, x.contact_email, x.website}
            values |= set(x.contact_name.split())
        for b in s.exec(select(Booth)):
            values.add(b.code)
        for a in s.exec(select(Attendee)):
            values |= {a.first_name, a.last_name, a.company, a.job_title, a.email}
            for first, last in ((a.first_name, a.last_name), (a.first_name, a.last_name.upper())):
                values |= {f"{first} {last}", f"{last} {first}"}
            values.add(a.checked_in_station or "")
        for station in s.exec(select(Scan.station).distinct()):
            values.add(station)
        for room in s.exec(select(Room)):  # the programme's rooms and talks (issue 27)
            values.add(room.name)
        for talk in s.exec(select(TalkSession)):
            values |= {talk.title, talk.speakers}
        for station in s.exec(select(RoomScan.station).distinct()):
            values.add(station)
    from itday.ui.settings import DEFAULTS

    values.add(DEFAULTS["station/name"])
    return sorted((v for v in values if v and v.strip()), key=len, reverse=True)


def _model_texts(model: QAbstractItemModel, rows: int = 5) -> list[str]:
    texts = []
    if model is None:
        return texts
    from PySide6.QtCore import QModelIndex

    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a list model: one column, columnCount is private
        columns = 1
    for column in range(columns):
        for orientation in (Qt.Orientation.Horizontal,):
            value = model.headerData(column, orientation, Qt.ItemDataRole.DisplayRole)
            if isinstance(value, str):
                texts.append(value)
        for row in range(min(rows, model.rowCount(QModelIndex()))):
            index = model.index(row, column)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if isinstance(value, str):
                    texts.append(value)
    return texts


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every text of ``root`` and its children a user can read."""
    found: list[tuple[str, str]] = []

    def add(widget, what, text):
        if isinstance(text, str) and text.strip():
            name = widget.objectName() or type(widget).__name__
            found.append((f"{type(widget).__name__}#{name}.{what}", text))

    for w in [root, *root.findChildren(QWidget)]:
        if w.isWindow():
            add(w, "windowTitle", w.windowTitle())
        add(w, "toolTip", w.toolTip())
        if isinstance(w, QLabel):
            add(w, "text", w.text())
        if isinstance(w, QAbstractButton):
            add(w, "text", w.text())
        if isinstance(w, QLineEdit):
            add(w, "placeholder", w.placeholderText())
        if isinstance(w, (QPlainTextEdit, QTextEdit)):
            add(w, "placeholder", w.placeholderText())
        if isinstance(w, QGroupBox):
            add(w, "title", w.title())
        if isinstance(w, QTabBar):
            for i in range(w.count()):
                add(w, f"tab{i}", w.tabText(i))
                add(w, f"tabToolTip{i}", w.tabToolTip(i))
        if isinstance(w, QComboBox):
            for i in range(w.count()):
                add(w, f"item{i}", w.itemText(i))
        if isinstance(w, QAbstractSpinBox):
            add(w, "specialValue", w.specialValueText())
            add(w, "suffix", getattr(w, "suffix", lambda: "")())
        if isinstance(w, QMenu):
            add(w, "title", w.title())
        for action in w.actions():
            add(w, "action", action.text())
            add(w, "actionToolTip", action.toolTip())
        if isinstance(w, (QTableWidget, QTreeWidget)):
            header = (
                w.headerItem() if isinstance(w, QTreeWidget) else None
            )  # QTableWidget headers go through its model below
            if header is not None:
                for i in range(header.columnCount()):
                    add(w, f"header{i}", header.text(i))
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            for text in _model_texts(w.model()):
                add(w, "model", text)
        if isinstance(w, QGraphicsView) and w.scene() is not None:
            for item in w.scene().items():
                add(w, "itemToolTip", item.toolTip())
                if isinstance(item, QGraphicsSimpleTextItem | QGraphicsTextItem):
                    add(w, "itemText", getattr(item, "text", item.toPlainText)())
                label = getattr(item, "label", None)
                add(w, "itemLabel", label if isinstance(label, str) else "")
    return found


def french_left(root: QWidget, allowed: list[str]) -> list[str]:
    problems = []
    for where, text in visible_texts(root):
        words = french_words(text, allowed)
        if words:
            problems.append(f"{where}: {text!r} ({', '.join(words)})")
    return sorted(set(problems))


@pytest.fixture
def english(qapp):
    from itday.ui.i18n import install_translators, remove_translators

    assert install_translators(qapp, "en") == "en"
    yield
    remove_translators(qapp)


def _wait_ready(qtbot, window, key):
    window.show_page(key)
    page = window.pages[key]
    ready = getattr(page, "is_ready", None)
    if ready is not None:
        qtbot.waitUntil(ready, timeout=15000)
    QApplication.processEvents()
    return page


def _dialogs(window):
    """The dialogs that can be built without exec(), on the demo edition."""
    from itday.ui.about import AboutDialog
    from itday.ui.plan import dialogs as plan_dialogs
    from itday.ui.settings import SettingsDialog
    from itday.ui.stats import dialogs as stats_dialogs

    ctx = window.ctx
    dialogs = [
        SettingsDialog(ctx.settings, window),
        AboutDialog(window),
        plan_dialogs.GeneratorDialog((0.0, 0.0), set(), window),
        plan_dialogs.ExportDialog("status", window),
        plan_dialogs.HallDialog("Hall", 60.0, 40.0, 3.0, window),
        stats_dialogs.ExportDialog("/tmp", window),
        stats_dialogs.PurgeDialog(window),
        stats_dialogs.BackupDialog("", 10, 5, window),
    ]
    from itday.db import repo
    from itday.ui.exhibitors.form import ExhibitorDialog

    with ctx.db.session() as session:
        rows = repo.list_exhibitors(ctx.event_id, session=session)
    rows.sort(key=lambda r: -int(r.get("staff") or 0))  # one with staff: its table has rows
    exhibitors_page = window.pages["exhibitors"]
    out_dir = getattr(exhibitors_page, "out_dir", Path("/tmp"))
    dialogs.append(ExhibitorDialog(ctx, None, out_dir, window))
    dialogs.append(ExhibitorDialog(ctx, rows[0]["id"], out_dir, window))
    from itday.ui.stands.dialog import StandsServerDialog

    dialogs.append(StandsServerDialog(ctx, window))  # the stands' server panel
    stands_menu = exhibitors_page.stands.button.menu()
    stands_menu.aboutToShow.emit()  # its entries name the selected exhibitor
    dialogs.append(stands_menu)
    return dialogs


IMPORT_CSV = (
    "Nom;Prénom;Entreprise;Courriel;Régime alimentaire;Type de billet\r\n"
    "Lefevre;Zoe;Dupont SA;zoe@example.org;vegan;Visiteur\r\n"
    ";;Anonymous Ltd;anon@example.org;;\r\n"
    "Martin;Anne;Capgemini;not-an-email;;Ticket X\r\n"
    "Lefevre;Zoe;;ZOE@example.org;;Visiteur\r\n"
)


def _french_after_use(qtbot, window, allowed, tmp_path) -> tuple[list[str], list[str]]:
    """The screens that only show up once used: the Accueil page after scans (result panel
    with a name, search list), the Visiteurs form with a person selected, the walk-in,
    import (file read and checked) and batch badge dialogs.  Returns the problems and the
    result panel's headlines (with the detail line of the already-admitted scan)."""
    from itday.db import repo
    from itday.ui.import_dialog import ImportDialog
    from itday.ui.visitors.batch import BatchBadgeDialog
    from itday.ui.walkin import WalkInDialog

    ctx = window.ctx
    ctx.set_organiser(True)
    problems: list[str] = []

    def walk(where: str, widget: QWidget) -> None:
        problems.extend(f"[{where}] {p}" for p in french_left(widget, allowed))

    # -- Accueil: one scan of each kind, then a search -----------------------------------
    with ctx.db.session() as s:
        rows = repo.attendee_rows(ctx.event_id, session=s)
    waiting = next(r for r in rows if r["checked_in_at"] is None and not r["cancelled"])
    arrived = next(r for r in rows if r["checked_in_at"] is not None and not r["cancelled"])
    cancelled = [r for r in rows if r["cancelled"]]
    page = _wait_ready(qtbot, window, "checkin")
    codes = [waiting["code"], arrived["code"], "https://example.org/agenda"]
    codes += [cancelled[0]["code"]] if cancelled else []
    headlines = []
    for code in codes:
        with qtbot.waitSignal(page.result_shown, timeout=10_000):
            page.submit_code(code, "manual")
        assert page.panel.name.text() or code.startswith("https")
        headlines.append(page.panel.headline.text())
        walk("checkin after a scan", page)
        if code == arrived["code"]:
            headlines.append(page.panel.detail.text())
    with qtbot.waitSignal(page.search.results_shown, timeout=10_000):
        page.search.field.setText(waiting["last_name"][:4])
    assert page.search.list.count()
    walk("checkin search", page)

    # -- Visiteurs: a person selected in the edit form ---------------------------------------
    visitors = _wait_ready(qtbot, window, "visitors")
    for person in (arrived, waiting, *cancelled[:1]):
        visitors.set_search("")
        assert visitors.select_id(person["id"])
        assert visitors.form.row is not None
        walk("visitors with a person selected", visitors)

    # -- dialogs --------------------------------------------------------------------------
    walkin = WalkInDialog(ctx, window, printer=visitors.printer)
    walkin.email.setText("not-an-email")
    walk("WalkInDialog with a warning", walkin)
    assert walkin.save() is None  # no name: refused, with a message
    walk("WalkInDialog refused", walkin)
    walkin.deleteLater()

    batch = BatchBadgeDialog(ctx, visitors.model.all_rows(), visitors.model.all_rows()[:3], window)
    walk("BatchBadgeDialog", batch)
    batch.deleteLater()

    csv = tmp_path / "registrations.csv"
    csv.write_text(IMPORT_CSV, encoding="utf-8")
    cells = {c for line in IMPORT_CSV.split("\r\n") for c in line.split(";") if c}
    allowed = sorted(set(allowed) | cells | {str(csv)}, key=len, reverse=True)
    importer = ImportDialog(ctx, "visitors", window)
    walk("ImportDialog before a file", importer)
    with qtbot.waitSignal(importer.file_loaded, timeout=10_000):
        importer.load_file(csv)
    walk("ImportDialog with a file", importer)
    with qtbot.waitSignal(importer.previewed, timeout=10_000):
        importer.preview()
    assert importer.report_table.rowCount() >= 3
    walk("ImportDialog checked", importer)
    importer.deleteLater()
    ctx.tasks.wait_all(5000)
    return sorted(set(problems)), headlines


def test_detector_flags_french_and_passes_english(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    label = QLabel("Aucun exposant présent", widget)
    allowed = ["Diagora, Labège", "Société Générale"]
    assert french_left(widget, allowed)
    label.setText("No exhibitor present — Société Générale at Diagora, Labège")
    assert french_left(widget, allowed) == []
    combo = QComboBox(widget)
    combo.addItems(["Free", "Réservé"])
    assert any("Réservé" in p for p in french_left(widget, allowed))


def _french_on_every_page(qtbot, window, allowed) -> list[str]:
    problems = []
    for organiser in (False, True):
        window.ctx.set_organiser(organiser)
        for key in PAGE_KEYS:
            page = _wait_ready(qtbot, window, key)
            problems += [f"[{key}] {p}" for p in french_left(page, allowed)]
        # The window around the pages: navigation, header, status bar.
        problems += [f"[window] {p}" for p in french_left(window, allowed)]
    for dialog in _dialogs(window):
        problems += [f"[{type(dialog).__name__}] {p}" for p in french_left(dialog, allowed)]
        dialog.deleteLater()
    window.ctx.tasks.wait_all(5000)
    return sorted(set(problems))


def test_no_french_left_in_english(qtbot, demo_db, english, tmp_path):
    from itday.ui.app import build_window, page_titles

    assert page_titles()["checkin"] == "Check-in"
    window = build_window(demo_db)
    qtbot.addWidget(window)
    window.resize(1600, 900)
    window.show()
    allowed = data_values(demo_db)
    problems = []
    for organiser in (False, True):
        window.ctx.set_organiser(organiser)
        for key in PAGE_KEYS:
            page = _wait_ready(qtbot, window, key)
            problems += [f"[{key}] {p}" for p in french_left(page, allowed)]
        # The window around the pages: navigation, header, status bar.
        problems += [f"[window] {p}" for p in french_left(window, allowed)]
    for dialog in _dialogs(window):
        problems += [f"[{type(dialog).__name__}] {p}" for p in french_left(dialog, allowed)]
        dialog.deleteLater()
    window.ctx.tasks.wait_all(5000)
    used, headlines = _french_after_use(qtbot, window, allowed, tmp_path)
    problems += used
    admitted, already, detail, foreign, *cancelled = headlines
    assert (admitted, already, foreign) == ("ADMITTED", "ALREADY ADMITTED", "NOT AN itday BADGE")
    assert re.fullmatch(r"First admitted at \d{1,2}:\d\d, .+ — re-entry allowed", detail)
    assert cancelled in ([], ["REGISTRATION CANCELLED"])
    assert not sorted(set(problems)), "French left in English:\n" + "\n".join(sorted(set(problems)))


def test_the_walk_sees_french_in_french(qtbot, demo_db):
    """Without the English translators, the same walk finds French on every page."""
    from itday.ui.app import build_window

    window = build_window(demo_db)
    qtbot.addWidget(window)
    window.show()
    problems = _french_on_every_page(qtbot, window, data_values(demo_db))
    for key in PAGE_KEYS:
        assert any(p.startswith(f"[{key}]") for p in problems), key
    assert any(p.startswith("[SettingsDialog]") for p in problems)


def test_the_walk_after_use_sees_french_in_french(qtbot, demo_db, tmp_path):
    """The same screens without the English translators: French found on each of them."""
    from itday.ui.app import build_window

    window = build_window(demo_db)
    qtbot.addWidget(window)
    window.resize(1600, 900)
    window.show()
    found, headlines = _french_after_use(qtbot, window, data_values(demo_db), tmp_path)
    problems = "\n".join(found)
    for where in (
        "checkin after a scan",
        "checkin search",
        "visitors with a person selected",
        "WalkInDialog with a warning",
        "WalkInDialog refused",
        "BatchBadgeDialog",
        "ImportDialog with a file",
        "ImportDialog checked",
    ):
        assert f"[{where}]" in problems, where
    assert headlines[:2] == ["ENTRÉE VALIDÉE", "DÉJÀ ENTRÉ(E)"]
    assert re.fullmatch(r"Première entrée à \d{1,2}h\d\d, .+ — ré-entrée autorisée", headlines[2])


def test_french_by_default(qtbot, demo_db):

    from itday.ui import i18n
    from itday.ui.app import build_window

    assert i18n.current_language() == "fr"
    window = build_window(demo_db)
    qtbot.addWidget(window)
    titles = {key: action.text() for key, action in window.nav_actions.items()}
    assert titles["exhibitors"] == "Exposants"
    assert titles["checkin"] == "Accueil"
    assert titles["stats"] == "Statistiques"
    about = window.findChild(QAbstractButton, "settingsButton")
    assert about.text() == "Réglages"
    window.ctx.tasks.wait_all(5000)


def test_qt_standard_buttons_follow_the_language(qapp):
    from PySide6.QtWidgets import QDialogButtonBox

    from itday.ui.i18n import install_translators, remove_translators

    def cancel_text():
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        text = box.button(QDialogButtonBox.StandardButton.Cancel).text()
        box.deleteLater()
        return text

    try:
        assert install_translators(qapp, "fr") == "fr"
        assert cancel_text() == "Annuler"
        assert install_translators(qapp, "en") == "en"
        assert cancel_text() == "Cancel"
    finally:
        remove_translators(qapp)


def test_language_choice(qapp, tmp_path):
    from PySide6.QtCore import QSettings

    from itday.ui.i18n import choose_language

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue("ui/language", "en")
    assert choose_language(None, settings) == "en"
    assert choose_language("fr", settings) == "fr"  # --lang wins over the setting
    settings.setValue("ui/language", "")
    assert choose_language(None, settings) in ("fr", "en")  # the system's


def test_ts_has_no_unfinished_message():
    tree = ET.parse(TS)
    messages = list(tree.getroot().iter("message"))
    assert len(messages) > 200
    missing = []
    for message in messages:
        source = message.findtext("source", "")
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished"):
            missing.append(source)
            continue
        forms = translation.findall("numerusform")
        texts = [f.text for f in forms] if forms else [translation.text]
        if not all((t or "").strip() for t in texts):
            missing.append(source)
    assert missing == []
    assert TS.with_suffix(".qm").stat().st_size > 1000


def test_gui_lang_option_installs_english(qapp, demo_db, tmp_path):
    from itday.cli import main
    from itday.ui import i18n

    shot = tmp_path / "en.png"
    db_path = str(demo_db.engine.url.database)
    try:
        assert main(["gui", "--db", db_path, "--lang", "en", "--screenshot", str(shot)]) == 0
        assert i18n.current_language() == "en"
        assert shot.stat().st_size > 0
    finally:
        i18n.remove_translators(qapp)
    assert i18n.current_language() == "fr"
