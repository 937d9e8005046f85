"""The main window: navigation between the five areas, edition selector, status bar.

The window only arranges what ``itday.ui.app`` built; pages do their own work.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from itday.core.lazy import lazy_module
from itday.errors import ItdayError
from itday.ui import i18n
from itday.ui.banner import Banner
from itday.ui.context import AppContext
from itday.ui.welcome import WelcomePanel, demo_base_path, make_demo_base

repo = lazy_module("itday.db.repo")

COUNTS_REFRESH_MS = 3000
PREFERRED_SIZE = (1600, 900)
FRAME_ALLOWANCE = 32  # the title bar the window manager adds above the window


class MainWindow(QMainWindow):
    #: the window is closing (what it started, such as the stands' server, stops)
    closing = Signal()

    def __init__(
        self,
        ctx: AppContext,
        pages: list[tuple[str, str, Callable[[], QWidget]]],
        first: str | None = None,
    ) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle("itday")
        self.resize(1400, 860)
        #: a base to open in place of this one when the window closes (« Ouvrir une autre
        #: base… », the demo): ``run_gui`` opens it
        self.next_db: str | None = None
        self._keys = [key for key, _title, _factory in pages]
        self._factories = {key: factory for key, _title, factory in pages}
        self._built: dict[str, QWidget] = {}
        #: the pages by key; a page is built the first time it is shown or looked up here
        self.pages = _Pages(self)

        central = QWidget()
        outer = QHBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.nav = QToolBar(self.tr("Navigation"))
        self.nav.setObjectName("nav")
        self.nav.setOrientation(Qt.Orientation.Vertical)
        self.nav.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.nav.setMovable(False)
        self.stack = QStackedWidget()
        outer.addWidget(self.nav)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(0)
        self.header = self._header()
        self.header.setEnabled(ctx.db is not None)  # (the base opens after the first paint)
        right.addWidget(self.header)
        self.banner = Banner()
        right.addWidget(self.banner)
        right.addWidget(self.stack, 1)
        self.welcome = WelcomePanel(ctx.db.display_name if ctx.db is not None else "")
        self.welcome.create_requested.connect(self.open_new_edition)
        self.welcome.demo_requested.connect(self.open_demo)
        self.welcome.open_requested.connect(self.open_other_base)
        right.addWidget(self.welcome, 1)
        outer.addLayout(right, 1)
        self.setCentralWidget(central)

        self._build_nav(pages)

        self.db_label = QLabel()
        self.db_label.setObjectName("dbLabel")
        self.counts_label = QLabel()
        self.counts_label.setObjectName("countsLabel")
        self.statusBar().addWidget(self.db_label, 1)
        self.statusBar().addPermanentWidget(self.counts_label)
        if ctx.db is not None:
            self.db_label.setText(self.tr("Base : %1").replace("%1", ctx.db.display_name))

        # Other desks and processes write to the same database: poll cheap fingerprints in a
        # worker (a server that went away must not freeze the window) and announce changes.
        self._marks: dict | None = None
        self._polling = False
        self._timer = QTimer(self, interval=COUNTS_REFRESH_MS, timeout=self.poll_changes)
        self._timer.start()
        ctx.bridge.data_changed.connect(lambda _what: self.refresh_counts())
        ctx.bridge.event_changed.connect(lambda _id: self._event_shown())
        ctx.bridge.message_posted.connect(self._show_message)
        ctx.bridge.banner_posted.connect(self.banner.show_text)
        self.reload_events()
        if pages:  # only the page shown first is built (and imported) now
            self.show_page(first or pages[0][0])
        help_action = QAction(self.tr("À propos"), self)
        help_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        help_action.triggered.connect(self.open_about)
        self.addAction(help_action)

    def _build_nav(self, pages) -> None:
        group = QActionGroup(self)
        self.nav_actions: dict[str, QAction] = {}
        for index, (key, title, _factory) in enumerate(pages):
            self.stack.addWidget(QWidget())  # stands in until the page is first needed
            action = QAction(title, self, checkable=True)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.setToolTip(f"{title} ({action.shortcut().toString(QKeySequence.NativeText)})")
            action.triggered.connect(lambda _=False, k=key: self.show_page(k))
            group.addAction(action)
            self.nav.addAction(action)
            button = self.nav.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.setObjectName(f"nav_{key}")
            self.nav_actions[key] = action

    # -- header: title of the edition and the edition selector --------------------------
    def _header(self) -> QWidget:
        header = QWidget()
        header.setObjectName("header")
        row = QHBoxLayout(header)
        row.setContentsMargins(16, 8, 16, 8)
        self.title_label = _ElidedLabel()
        self.title_label.setObjectName("eventTitle")
        self.title_label.setMinimumWidth(100)
        self.title_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        row.addWidget(self.title_label, 1)
        self.event_combo = QComboBox()
        self.event_combo.setObjectName("eventCombo")
        # no « Édition : » label before it (1366 px: the title needs the room); it says so
        self.event_combo.setToolTip(self.tr("Édition affichée : choisir une autre édition"))
        self.event_combo.setAccessibleName(self.tr("Édition"))
        # compact (the title says which edition in full): its list opens as wide as needed
        self.event_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.event_combo.setMinimumContentsLength(12)
        self.event_combo.view().setMinimumWidth(320)
        self.event_combo.activated.connect(self._event_picked)
        row.addWidget(self.event_combo)
        self.new_edition_button = QToolButton()
        self.new_edition_button.setObjectName("newEditionButton")
        self.new_edition_button.setText(self.tr("Nouvelle édition…"))
        self.new_edition_button.setToolTip(
            self.tr("Créer une édition, vide ou reprenant le plan d'une autre (organisateur)")
        )
        self.new_edition_button.clicked.connect(self.open_new_edition)
        row.addWidget(self.new_edition_button)
        self.role_button = QToolButton()
        self.role_button.setObjectName("roleButton")
        self.role_button.clicked.connect(self._toggle_role)
        row.addWidget(self.role_button)
        self.stands_button = QToolButton()
        self.stands_button.setObjectName("standsServerButton")
        self.stands_button.setText(self.tr("Stands…"))
        self.stands_button.clicked.connect(self.open_stands_server)
        row.addWidget(self.stands_button)
        settings_button = QToolButton()
        settings_button.setText(self.tr("Réglages"))
        settings_button.setObjectName("settingsButton")
        settings_button.clicked.connect(self.open_settings)
        row.addWidget(settings_button)
        about_button = QToolButton()
        about_button.setText(self.tr("À propos"))
        about_button.clicked.connect(self.open_about)
        row.addWidget(about_button)
        self.ctx.bridge.role_changed.connect(lambda _on: self._show_role())
        self.watch_stands_server()
        return header

    def watch_stands_server(self) -> None:
        """The header follows the stands' server (made once the base is open)."""
        if self.ctx.stands_server is not None:
            self.ctx.stands_server.state_changed.connect(lambda _on: self._show_stands())
        self._show_role()

    # -- role, settings, about ----------------------------------------------------------
    def _show_role(self) -> None:
        self._show_stands()
        if self.ctx.organiser:
            self.role_button.setText(self.tr("Verrouiller"))
            self.role_button.setToolTip(self.tr("Revenir au mode accueil"))
        else:
            self.role_button.setText(self.tr("Organisateur…"))
            self.role_button.setToolTip(
                self.tr("Passer en mode organisateur (code) pour modifier, importer, exporter")
            )

    def _show_stands(self) -> None:
        """« Stands… » for organisers (and whenever the server runs: it says so)."""
        control = self.ctx.stands_server
        running = control is not None and control.is_running
        self.stands_button.setVisible(control is not None and (self.ctx.organiser or running))
        if running:
            self.stands_button.setText(self.tr("Stands : en ligne"))
            self.stands_button.setToolTip(
                self.tr("Serveur des stands en marche sur %1").replace("%1", control.url or "")
            )
        else:
            self.stands_button.setText(self.tr("Stands…"))
            self.stands_button.setToolTip(
                self.tr("Serveur des stands pour les téléphones des exposants (organisateur)")
            )

    def open_stands_server(self):
        """The stands' server panel (organiser mode); one per window."""
        from itday.ui.stands.actions import show_server_dialog

        return show_server_dialog(self.ctx, self)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self.closing.emit()
        super().closeEvent(event)

    def _toggle_role(self) -> None:
        from itday.ui import roles

        if self.ctx.organiser:
            roles.lock(self.ctx)
        else:
            roles.ask_unlock(self.ctx, self)

    def open_settings(self) -> None:
        from itday.ui import roles
        from itday.ui.settings import SettingsDialog

        if not self.ctx.organiser and not roles.ask_unlock(self.ctx, self):
            return
        try:
            from itday.services.pdf.badges import LAYOUTS
            from itday.ui.i18n import LAYOUT_DESCRIPTIONS_EN, message

            layouts = {
                name: message(layout.description, LAYOUT_DESCRIPTIONS_EN.get(name, ""))
                for name, layout in LAYOUTS.items()
            }
        except (ImportError, AttributeError):
            layouts = None
        doc_language = None
        if self.ctx.organiser and self.ctx.event_id is not None:
            with self.ctx.db.session() as session:
                doc_language = repo.document_language(self.ctx.event_id, session=session)
        dialog = SettingsDialog(
            self.ctx.settings, self, layouts=layouts, tasks=self.ctx.tasks,
            doc_language=doc_language,
            reentry=self.open_reentry if doc_language is not None else None,
        )  # fmt: skip
        from itday.ui.checkin.print_status import list_printers

        self.ctx.tasks.run(
            list_printers, on_done=dialog.set_printers, on_error=lambda _m: None, owner=dialog
        )  # the print server may be slow to answer: never on the GUI thread
        if dialog.exec():
            if dialog.new_pin.text().strip():  # a new PIN: every station's, in the database
                roles.store_pin_hash(self.ctx, str(self.ctx.settings.value("security/pin_hash")))
            self.save_document_language(dialog, doc_language)
            self.ctx.reload_settings()

    def open_reentry(self, parent=None):
        """The edition's re-entry rules (organiser), over the settings."""
        from itday.ui.checkin.reentry import ReentryDialog

        dialog = ReentryDialog(self.ctx, parent or self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def save_document_language(self, dialog, before: str | None) -> None:
        """The edition's document language, if the organiser changed it in the settings."""
        chosen = dialog.doc_language.currentData() if dialog.doc_language is not None else None
        if chosen is None or chosen == before or self.ctx.event_id is None:
            return
        try:
            with self.ctx.db.session() as session:
                repo.set_document_language(self.ctx.event_id, chosen, session=session)
                session.commit()
        except ItdayError as exc:
            self.ctx.bridge.error(str(exc))

    def open_new_edition(self) -> None:
        from itday.ui import roles
        from itday.ui.new_edition import NewEditionDialog

        if not self.ctx.organiser and not roles.ask_unlock(self.ctx, self):
            return
        dialog = NewEditionDialog(self.ctx, self)
        if not dialog.exec() or dialog.created_id is None:
            return
        self.ctx.set_event(dialog.created_id)
        self.reload_events()
        self.ctx.bridge.data_changed.emit("events")
        self.ctx.bridge.info(
            self.tr("Édition « %1 » créée.").replace("%1", dialog.name_edit.text().strip())
        )

    # -- on the screen -------------------------------------------------------------------
    def show_on_screen(self, available: QRect | None = None) -> bool:
        """Shown at its preferred size (1600×900) when the screen has room, else maximised
        on the screen's available area (a 1366×768 laptop): never larger than the screen.
        True when maximised."""
        if available is None:
            screen = self.screen() or QGuiApplication.primaryScreen()
            available = screen.availableGeometry()
        width, height = PREFERRED_SIZE
        if width <= available.width() and height + FRAME_ALLOWANCE <= available.height():
            self.resize(width, height)
            self.move(available.center() - QPoint(width // 2, (height + FRAME_ALLOWANCE) // 2))
            self.show()
            return False
        self.setGeometry(
            available.adjusted(0, FRAME_ALLOWANCE, 0, 0)
        )  # until the window manager maximises it
        self.showMaximized()
        return True

    # -- another base: the demo, a file -------------------------------------------------
    def open_demo(self) -> None:
        """The demo edition, in a base of its own (made once, in a worker), opened here."""
        path = demo_base_path()
        self.welcome.set_busy(self.tr("Préparation de la démonstration…"))
        self.ctx.tasks.run(
            make_demo_base, str(path), on_done=self.switch_base, on_error=self._demo_failed,
            owner=self,
        )  # fmt: skip

    def _demo_failed(self, message: str) -> None:
        self.welcome.set_busy("")
        self.ctx.bridge.error(message)
        self.welcome.show_status(message)

    def open_other_base(self) -> None:
        from itday.ui.files import open_file_name

        path, _filter = open_file_name(
            self, self.tr("Ouvrir une base itday"), "",
            self.tr("Bases itday (*.sqlite *.db);;Tous les fichiers (*)"),
        )  # fmt: skip
        if path:
            self.switch_base(path)

    def switch_base(self, path: str) -> None:
        """Close this window and its base; ``run_gui`` opens ``path`` in a new window."""
        self.next_db = str(path)
        self.close()

    def open_about(self) -> None:
        from itday.ui.about import AboutDialog

        AboutDialog(self).exec()

    def database_opened(self, db, event_id: int | None) -> None:
        """The base ``itday gui`` opened once the window was painted: the pages load it
        (``AppContext.attach_database``), the header shows its editions."""
        self.ctx.attach_database(db, event_id)
        self.welcome.set_base_name(db.display_name)
        self.db_label.setText(self.tr("Base : %1").replace("%1", db.display_name))
        self.header.setEnabled(True)
        self.stack.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, False)
        self.reload_events()

    def _show_opening(self) -> None:
        """The page, empty, while the base opens (no invitation to create an edition yet;
        its buttons take no click until then: the keyboard and the scanner work, their
        codes wait for the base)."""
        self.stack.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.welcome.setVisible(False)
        self.stack.setVisible(True)
        self.event_combo.setVisible(False)
        for action in self.nav_actions.values():
            action.setEnabled(False)
        self.title_label.setText(self.tr("Ouverture de la base…"))

    def reload_events(self) -> None:
        if self.ctx.db is None:
            self._show_opening()
            return
        with self.ctx.db.session() as session:
            events = repo.list_events(session=session)
            items = [(e.id, e.name, e.date) for e in events]
        self.event_combo.clear()
        for event_id, name, date in items:
            self.event_combo.addItem(f"{name} — {date:%d/%m/%Y}", event_id)
        index = self.event_combo.findData(self.ctx.event_id)
        self.event_combo.setCurrentIndex(max(index, 0))
        # nothing to choose from with one edition (or none): the title says which it is
        self.event_combo.setVisible(len(items) > 1)
        self._event_shown()

    def _event_picked(self, index: int) -> None:
        event_id = self.event_combo.itemData(index)
        if event_id is not None:
            self.ctx.set_event(int(event_id))

    def _event_shown(self) -> None:
        if self.ctx.db is None:
            return
        event_id = self.ctx.event_id
        # no edition yet: the invitation to create one instead of pages with nothing to show
        self.welcome.setVisible(event_id is None)
        self.stack.setVisible(event_id is not None)
        for action in self.nav_actions.values():
            action.setEnabled(event_id is not None)
        if event_id is None:
            self.title_label.setText(self.tr("Aucune édition"))
        else:
            with self.ctx.db.session() as session:
                event = repo.get_event(event_id, session=session)
                if event is not None:
                    date = i18n.locale().toString(event.date, "d MMMM yyyy")
                    full = "  ·  ".join(p for p in (event.name, date, event.venue) if p)
                    # too narrow (1366 px): the venue goes first, the name and date stay whole
                    self.title_label.setText(full, shorter=f"{event.name}  ·  {date}")
        self.refresh_counts()

    # -- navigation and status ----------------------------------------------------------
    def page(self, key: str) -> QWidget:
        """The page ``key``, built now if it was not yet."""
        widget = self._built.get(key)
        if widget is None:
            index = self._keys.index(key)
            widget = self._factories[key]()
            stand_in = self.stack.widget(index)
            was_current = self.stack.currentIndex() == index
            self.stack.insertWidget(index, widget)
            self.stack.removeWidget(stand_in)
            stand_in.deleteLater()
            if was_current:
                self.stack.setCurrentIndex(index)
            self._built[key] = widget
        return widget

    def show_page(self, key: str) -> None:
        self.stack.setCurrentWidget(self.page(key))
        self.nav_actions[key].setChecked(True)

    def current_page_key(self) -> str:
        return self._keys[self.stack.currentIndex()]

    def refresh_counts(self) -> None:
        if self.ctx.event_id is None:
            self.counts_label.setText("")
            return
        try:
            with self.ctx.db.session() as session:
                c = repo.counts(self.ctx.event_id, session=session)
        except ItdayError as exc:
            self.counts_label.setText(i18n.error_text(exc))
            return
        n = i18n.counted
        admitted = n(c["checked_in"], self.tr("%1 entré"), self.tr("%1 entrés"))
        registered = n(c["attendees"], self.tr("%1 inscrit"), self.tr("%1 inscrits"))
        exhibitors = n(c["exhibitors"], self.tr("%1 exposant"), self.tr("%1 exposants"))
        booths = n(c["booths"], self.tr("%1 stand"), self.tr("%1 stands"))
        self.counts_label.setText(f"{admitted} / {registered}  ·  {exhibitors}  ·  {booths}")

    def poll_changes(self) -> None:
        if self._polling or self.ctx.event_id is None:
            return
        self._polling = True
        self.ctx.tasks.run(
            _poll, self.ctx.db, self.ctx.event_id, on_done=self._polled, on_error=self._poll_failed
        )

    def _polled(self, result) -> None:
        self._polling = False
        event_id, marks = result
        if event_id != self.ctx.event_id:
            return
        previous, self._marks = self._marks, marks
        if previous is None:
            return
        for what, mark in marks.items():
            if previous.get(what) != mark:
                self.ctx.bridge.data_changed.emit(what)

    def _poll_failed(self, message: str) -> None:
        self._polling = False
        self.counts_label.setText(message)

    def _show_message(self, level: str, text: str) -> None:
        self.statusBar().showMessage(("⚠ " if level != "info" else "") + text, 8000)


def _poll(state, db, event_id: int):
    """Worker: the change fingerprints of the edition."""
    with db.session() as session:
        return event_id, repo.change_marks(event_id, session=session)


class _Pages(Mapping):
    """``window.pages[key]``: the page, built on first use."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window

    def __getitem__(self, key: str) -> QWidget:
        if key not in self._window._factories:
            raise KeyError(key)
        return self._window.page(key)

    def __iter__(self):
        return iter(self._window._keys)

    def __len__(self) -> int:
        return len(self._window._keys)


class _ElidedLabel(QLabel):
    """A one-line label that ends in "…" when the window is too narrow (full text in the
    tooltip), instead of being cut in the middle of a word."""

    def __init__(self) -> None:
        super().__init__()
        self._full = ""
        self._shorter = ""

    def setText(self, text: str, shorter: str = "") -> None:  # noqa: N802 (Qt API)
        """``shorter``: what to show, whole, when ``text`` does not fit (then elided)."""
        self._full = text
        self._shorter = shorter
        self.setToolTip(text)
        self._elide()

    def text(self) -> str:
        return self._full

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        metrics, text = self.fontMetrics(), self._full
        if self._shorter and metrics.horizontalAdvance(text) > self.width():
            text = self._shorter
        QLabel.setText(self, metrics.elidedText(text, Qt.TextElideMode.ElideRight, self.width()))

    def shown_text(self) -> str:
        """What the label shows now (``text()`` is the whole title)."""
        return QLabel.text(self)
