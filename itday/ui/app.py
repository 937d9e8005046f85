"""Builds everything and wires it: database, context, pages, main window.

The one place where the app is assembled (no global registries).  ``run_gui`` serves
``itday gui``, including ``--screenshot`` which renders one page offscreen and exits.
"""

from __future__ import annotations

import os
import sys
import time

from itday.errors import QT_TRANSLATE_NOOP, ItdayError

PAGE_KEYS = ["plan", "exhibitors", "visitors", "checkin", "stats", "programme"]


def page_titles() -> dict[str, str]:
    """Navigation titles in the installed language."""
    from PySide6.QtCore import QCoreApplication

    return {
        "plan": QCoreApplication.translate("app", "Plan"),
        "exhibitors": QCoreApplication.translate("app", "Exposants"),
        "visitors": QCoreApplication.translate("app", "Visiteurs"),
        "checkin": QCoreApplication.translate("app", "Accueil"),
        "stats": QCoreApplication.translate("app", "Statistiques"),
        "programme": QCoreApplication.translate("app", "Programme"),
    }


# Each page lives in its own module with a class taking ``(ctx, parent=None)``; a page
# whose module has not landed yet shows a plain "coming soon" notice instead.
PAGE_CLASSES = {
    "plan": "itday.ui.pages.plan:PlanPage",
    "exhibitors": "itday.ui.pages.exhibitors:ExhibitorsPage",
    "visitors": "itday.ui.pages.visitors:VisitorsPage",
    "checkin": "itday.ui.pages.checkin:CheckinPage",
    "stats": "itday.ui.pages.stats:StatsPage",
    "programme": "itday.ui.pages.programme:ProgrammePage",
}


def pending_texts() -> dict[str, str]:
    """What a page whose module has not landed yet says, in the installed language."""
    from PySide6.QtCore import QCoreApplication

    return {
        "plan": QCoreApplication.translate(
            "app",
            "Le plan du hall arrive bientôt : placement, numérotation et attribution des stands.",
        ),
        "exhibitors": QCoreApplication.translate(
            "app", "La gestion des exposants arrive bientôt : fiches, stands, listes imprimées."
        ),
        "visitors": QCoreApplication.translate(
            "app",
            "La gestion des visiteurs arrive bientôt : import, badges, inscriptions sur place.",
        ),
        "checkin": QCoreApplication.translate(
            "app", "L'accueil arrive bientôt : scan des badges par webcam ou douchette."
        ),
        "stats": QCoreApplication.translate(
            "app", "Les statistiques arrivent bientôt : arrivées, catégories, export."
        ),
        "programme": QCoreApplication.translate(
            "app", "Le programme des salles arrive bientôt : salles, séances, affluence."
        ),
    }


def build_pages(ctx) -> list[tuple[str, str, object]]:
    """Every page of the app, in navigation order: (key, title, factory).

    The window calls a page's factory the first time the page is needed, so that starting
    the app builds (and imports) only the page shown first.
    """
    titles = page_titles()
    return [(key, titles[key], _page_factory(ctx, key, titles[key])) for key in PAGE_KEYS]


def _page_factory(ctx, key: str, title: str):
    def make():
        import importlib
        import importlib.util

        from itday.ui.pages.placeholder import ComingSoonPage

        module_name, class_name = PAGE_CLASSES[key].split(":")
        if importlib.util.find_spec(module_name) is None:
            return ComingSoonPage(ctx, title, pending_texts()[key])
        return getattr(importlib.import_module(module_name), class_name)(ctx)

    return make


def build_window(
    db, event_id: int | None = None, *, station: str | None = None, settings=None, page=None
):
    """The main window on ``db`` (the latest edition unless ``event_id``), showing ``page``
    (the first page unless given: only that one is built now).

    ``db`` None: the window and its page, empty, without the database layer (SQLAlchemy is
    not even imported): ``itday gui`` paints them first, then opens the base in a worker
    (``BaseOpener``) and hands it over with ``attach_database``."""
    from itday.ui.context import AppContext
    from itday.ui.main_window import MainWindow
    from itday.ui.opening import latest_event_id

    if db is not None and event_id is None:
        event_id = latest_event_id(db)
    ctx = AppContext(db, event_id, station=station, settings=settings)
    if db is not None:
        ctx.stands_server = build_stands_server(ctx)
    window = MainWindow(ctx, build_pages(ctx), first=page)
    ctx.setParent(window)
    if db is not None:
        window.closing.connect(ctx.stands_server.shutdown)  # the port is freed with the window
    return window


def attach_database(window, db, event_id: int | None) -> None:
    """Hand the base opened after the first paint to ``window`` (built with ``db=None``)."""
    ctx = window.ctx
    window.database_opened(db, event_id)  # the pages load
    ctx.stands_server = build_stands_server(ctx)
    window.watch_stands_server()
    window.closing.connect(ctx.stands_server.shutdown)  # the port is freed with the window


def build_stands_server(ctx):
    """The handle on the stands' server (off until an organiser starts it)."""
    from itday.ui.stands.control import StandsServerControl

    return StandsServerControl(ctx.db, ctx.tasks, ctx)


def _parse_size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise ItdayError(
            QT_TRANSLATE_NOOP(
                "errors", "Taille invalide « {size} » : attendu LARGEURxHAUTEUR, par ex. 1600x900."
            ),
            size=text,
        ) from None
    return w, h


def application(lang: str | None = None):
    """The QApplication with itday's name, look, icon and language (made once)."""
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from itday.resources import resource_path
    from itday.ui.i18n import install_translators
    from itday.ui.style import STYLE

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("itday")
    app.setOrganizationName("itday")
    app.setStyleSheet(STYLE)
    install_translators(app, lang, QSettings("itday", "itday"))
    icon = resource_path("icons", "itday.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def run_gui(args) -> int:
    screenshot = getattr(args, "screenshot", None)
    if screenshot:  # one line before any window, never over a database or another file
        from itday.services import outfile

        kind = outfile.IMAGE_SUFFIXES.get(os.path.splitext(screenshot)[1].lower(), "png")
        outfile.check_target(screenshot, kind)  # (a database says so first)
        outfile.kind_of_image(screenshot)
    if screenshot and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    size = _parse_size(getattr(args, "size", None) or "1600x900")

    app = application(getattr(args, "lang", None))
    ending = None if screenshot else _QuitOnSignals(app)
    if getattr(args, "kiosk", False):
        from itday.db.engine import closing_databases

        with closing_databases():  # its base whole in its .sqlite, whatever happens
            return _run_kiosk(app, args, size, screenshot, ending)
    path, event = args.db, getattr(args, "event", None)
    while True:
        from itday.ui.opening import BaseOpener

        # the window and its page first, empty; the base opens once they are painted
        window = build_window(None, page=getattr(args, "page", None))
        opener = BaseOpener(window, path, event, attach_database, quiet=bool(screenshot))
        if not screenshot:
            install_error_handler(window)
        if getattr(args, "page", None):
            window.show_page(args.page)
        if getattr(args, "plan_colour", None):  # the plan's colour mode (« par visites »…)
            combo = window.page("plan").colour
            combo.setCurrentIndex(combo.findData(args.plan_colour))
        if screenshot or getattr(args, "size", None):
            window.resize(*size)
            window.show()
        else:
            window.show_on_screen()
        if screenshot:
            opener.wait(app)  # (its error, if the base could not be opened)
            return _save_screenshot(app, window, screenshot)
        rc = _exec(app, window.ctx, ending)
        opener.close_unused()  # (the window closed while the base opened)
        opener.check()
        # « Ouvrir une autre base… », the demo: the window closed its base, open that one
        if window.next_db is None or (ending is not None and ending.requested):
            return rc
        path, event = window.next_db, None
        window.deleteLater()


class _QuitOnSignals:
    """SIGTERM (the session ending, ``kill``) and Ctrl+C in the terminal quit the app the
    way closing its window does: the last backup is made and the base is closed whole.
    Python runs its signal handlers between two bytecodes: a timer lets it in while Qt waits."""

    def __init__(self, app) -> None:
        import signal

        from PySide6.QtCore import QTimer

        self.app = app
        self.requested = False
        for number in (signal.SIGTERM, signal.SIGINT):
            signal.signal(number, self._quit)
        self.tick = QTimer(app, interval=200)
        self.tick.timeout.connect(lambda: None)
        self.tick.start()

    def _quit(self, _number, _frame) -> None:
        self.requested = True
        self.app.quit()


def _exec(app, ctx, ending, after=None) -> int:
    """The event loop; then the tasks end and the base is closed (its WAL folded into the
    .sqlite file, which is then the whole base on its own)."""
    rc = 0 if ending is not None and ending.requested else app.exec()
    if after is not None:
        after()
    ctx.tasks.wait_all(10_000)
    if ctx.db is not None:
        ctx.db.close()
    return rc


def _run_kiosk(app, args, size, screenshot, ending=None) -> int:
    """``itday gui --kiosk``: the self-service kiosk, full screen (``--screenshot``: once)."""
    from itday.db import repo
    from itday.db.engine import Database
    from itday.ui.context import AppContext
    from itday.ui.kiosk import KioskWindow
    from itday.ui.pages.checkin import CheckinPage, kiosk_station

    db = Database.open(args.db)
    event_id = getattr(args, "event", None)
    if event_id is None:
        with db.session() as session:
            latest = repo.latest_event(session=session)
            event_id = latest.id if latest else None
    ctx = AppContext(db, event_id)
    kiosk = KioskWindow(ctx, CheckinPage(ctx, station=kiosk_station(ctx.station)))
    ctx.setParent(kiosk)
    if screenshot:
        kiosk.resize(*size)
        kiosk.show()
        for _ in range(20):
            app.processEvents()
            time.sleep(0.02)
        try:
            write_capture(kiosk.grab(), screenshot)
        finally:
            kiosk.leave()
            ctx.tasks.wait_all(5000)
        print(screenshot)
        return 0
    from itday.ui import roles

    if not roles.stored_hash(ctx) and not roles.choose_first_pin(ctx, None):
        kiosk.leave()  # no PIN, no kiosk: anyone could leave it
        ctx.tasks.wait_all(5000)
        raise ItdayError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Aucun code organisateur : la borne ne s'ouvre pas sans le code qui la fait "
                "quitter. Choisissez-en un à l'ouverture, ou avec « itday pin --set ».",
            )
        )
    kiosk.showFullScreen()
    return _exec(app, ctx, ending, after=kiosk.leave)  # (its camera stopped when it quits)


def install_error_handler(window) -> None:
    """An error raised in a slot (a database gone read-only, a full disk, a bug) is shown in
    one line on the status bar and in a dialog, never as a traceback or a crash; details of
    an unexpected error go to a log file."""
    import traceback

    from PySide6.QtWidgets import QMessageBox

    from itday import error_log
    from itday.ui.i18n import error_text, system_error_text

    log = str(error_log.log_path())  # the user's own data folder, not a shared /tmp

    def handle(exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        if isinstance(exc, ItdayError):
            text = error_text(exc)
        elif system_error_text(exc) is not None:  # a full disk, a removed key: not a bug
            text = system_error_text(exc)
        else:
            error_log.write("".join(traceback.format_exception(exc_type, exc, tb)))
            text = (
                window.tr("Erreur inattendue (%1) ; détails dans %2")
                .replace("%1", f"{exc_type.__name__} : {exc}")
                .replace("%2", log)
            )
        window.ctx.bridge.error(text)
        QMessageBox.warning(window, "itday", text)

    sys.excepthook = handle


def _save_screenshot(app, window, path: str, timeout_s: float = 20.0) -> int:
    """Render once the shown page says it is loaded (or after ``timeout_s``), save, exit."""
    page = window.stack.currentWidget()
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        app.processEvents()
        ready = getattr(page, "is_ready", None)
        if ready is None or ready():
            break
        time.sleep(0.02)
    for _ in range(5):
        app.processEvents()
    write_capture(window.grab(), path)
    print(path)
    window.ctx.tasks.wait_all(5000)
    window.close()
    if window.ctx.db is not None:  # the base whole in its .sqlite
        window.ctx.db.close()
    return 0


def write_capture(pixmap, path: str) -> None:
    """The screenshot ``pixmap`` into ``path`` (PNG or JPEG by its name), marked as itday's,
    through ``services.outfile``: whole or not at all, never over a database or another
    file."""
    from itday.services import outfile

    kind = outfile.kind_of_image(path)
    image = pixmap.toImage()
    image.setText("Software", outfile.SOFTWARE)
    with outfile.writing(path, kind) as tmp:
        if not image.save(tmp, "PNG" if kind == "png" else "JPEG"):
            raise ItdayError(
                QT_TRANSLATE_NOOP(
                    "errors", "Impossible d'écrire la capture {path} (dossier ou format ?)."
                ),
                path=path,
            )
