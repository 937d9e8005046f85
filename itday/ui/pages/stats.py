"""The Statistiques page: the day's numbers, live as scans arrive, and the organiser's
after-event actions (export, purge of personal data, automatic backups).

Numbers are read in a worker (``ctx.tasks``) with ``repo.stats`` — the same numbers as
``itday stats --json`` — and refreshed, debounced, whenever scans or attendees change.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from itday.core.doc_text import REASONS_FR as REFUSED_LABELS_FR  # the report's labels
from itday.core.enums import CATEGORY_LABELS_EN, CATEGORY_LABELS_FR, Category
from itday.core.export_rules import percent, quarter_label
from itday.core.lazy import lazy_module
from itday.core.typed_date import DEFAULT_TIMEZONE
from itday.ui import i18n
from itday.ui.ask import ask_yes_no
from itday.ui.stats.cards import NumberCard
from itday.ui.stats.chart import ArrivalsChart
from itday.ui.stats.dialogs import BackupDialog, ExportDialog, PurgeDialog
from itday.ui.stats.flows import FlowsPanel
from itday.ui.stats.restore import BackupRestorer
from itday.ui.tasks import Cancelled

repo = lazy_module("itday.db.repo")

REFRESH_DEBOUNCE_MS = 400
WATCHED = {"scans", "attendees", "exhibitors", "booths", "events", "programme"}


# -- work done in the pool (no widgets here) ------------------------------------------------


def load_numbers(state, db, event_id: int) -> dict:
    from itday.db.visits import day_flows
    from itday.services.rooms import room_figures

    with db.session() as s:
        numbers = repo.stats(event_id, session=s)
        numbers["flows"] = day_flows(event_id, session=s)
        exhibitors = repo.list_exhibitors(event_id, session=s)
        tz = repo.event_timezone(event_id, session=s)
        rooms = room_figures(s, event_id)
    missing = [(e["name"], ", ".join(e["booths"]) or "—") for e in exhibitors if not e["present"]]
    return {"event_id": event_id, "stats": numbers, "missing": missing, "tz": tz, "rooms": rooms}


def run_export(
    state,
    db,
    event_id: int,
    folder: str,
    anonymise: bool,
    force: bool = False,
    technical: bool = False,
):
    from itday.services.export import ExportCancelled, export_edition

    try:
        return export_edition(
            db,
            event_id,
            folder,
            anonymise=anonymise,
            force=force,
            technical=technical,
            progress=state.progress,
            cancelled=lambda: state.cancelled,
        )
    except ExportCancelled:
        raise Cancelled() from None


def run_purge(state, db, event_id: int, copies=None) -> dict:
    """The purge, then (``copies``) the backups and exports that still name people."""
    from itday.services.gdpr import purge_personal_data
    from itday.services.personal_copies import remove

    with db.session() as s:
        counts = purge_personal_data(s, event_id)
    removed, failed = remove(copies) if copies else ([], [])
    return {**counts, "copies": len(removed), "not_removed": [str(p) for p, _ in failed]}


def personal_copies(ctx):
    """The backups (the chosen folder's too) and exports that hold the edition's names."""
    from itday.services.personal_copies import copies_of

    chosen = str(ctx.settings.value("backup/folder", "") or "")
    with ctx.db.session() as s:
        return copies_of(ctx.db, s, ctx.event_id, (chosen,) if chosen else ())


# -- widgets ----------------------------------------------------------------------------------


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    table.setAlternatingRowColors(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for i in range(1, len(headers)):
        header.setSectionResizeMode(i, QHeaderView.ResizeMode.ResizeToContents)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            if c > 0:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)


def _box(title: str, widget: QWidget) -> QGroupBox:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(8, 8, 8, 8)
    layout.addWidget(widget)
    return box


class StatsPage(QWidget):
    #: new numbers are on screen (the stats dict)
    numbers_shown = Signal(dict)
    #: an export ended: the folder, or "" when it failed or was cancelled
    export_finished = Signal(str)
    #: the purge ended: the counts returned by ``purge_personal_data``
    purge_finished = Signal(dict)

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.numbers: dict | None = None
        #: the edition's time zone: times on this page are the event's, not the computer's
        self.tz = ZoneInfo(DEFAULT_TIMEZONE)
        self._loading = False
        self._dirty = False
        self._dialog: QWidget | None = None
        #: the app's automatic backups (made with the context, running whatever page is shown)
        self.backup = ctx.backup
        #: the base's latest copy in the backup folder (looked up in a worker)
        self.newest_backup = None
        self.restorer = BackupRestorer(ctx, self)
        self.restorer.restored.connect(lambda _r: self.look_for_backups())
        self._build()
        self._debounce = QTimer(self, singleShot=True, interval=REFRESH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.refresh)
        ctx.bridge.data_changed.connect(self._data_changed)
        ctx.bridge.event_changed.connect(self._event_changed)
        ctx.bridge.role_changed.connect(self._role_changed)
        self.backup.backup_done.connect(lambda _p: self.look_for_backups())
        self.backup.backup_failed.connect(self._backup_failed)
        ctx.settings_changed.connect(self.look_for_backups)
        self._role_changed(ctx.organiser)
        self._show_backup_state()
        self.refresh()

    # -- layout ---------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        outer.setSpacing(10)

        top = QHBoxLayout()
        self.updated_label = QLabel(self.tr("Chargement…"))
        self.updated_label.setObjectName("statsUpdated")
        top.addWidget(self.updated_label, 1)
        self.export_button = QPushButton(self.tr("Exporter…"))
        self.export_button.setShortcut("Ctrl+E")
        self.export_button.setToolTip(
            self.tr("CSV, Excel, copie de la base et rapport PDF (Ctrl+E)")
        )
        self.export_button.clicked.connect(self.ask_export)
        self.purge_button = QPushButton(self.tr("Purger les données personnelles…"))
        self.purge_button.clicked.connect(self.ask_purge)
        self.backup_button = QPushButton(self.tr("Sauvegarde automatique…"))
        self.backup_button.clicked.connect(self.ask_backup_settings)
        self.restore_button = QPushButton(self.tr("Restaurer une sauvegarde…"))
        self.restore_button.setToolTip(
            self.tr("Remettre la base dans l'état d'une sauvegarde (l'état actuel est gardé)")
        )
        self.restore_button.clicked.connect(lambda: self.restorer.ask())
        for b in self._organiser_buttons():
            top.addWidget(b)
        outer.addLayout(top)

        cards = QHBoxLayout()
        self.card_registered = NumberCard(self.tr("Inscrits"))
        self.card_checked = NumberCard(self.tr("Entrés"))
        self.card_walk_ins = NumberCard(self.tr("Inscrits sur place"))
        self.card_exhibitors = NumberCard(self.tr("Exposants présents"))
        self.card_peak = NumberCard(self.tr("Pic d'affluence"))
        for card in (
            self.card_registered,
            self.card_checked,
            self.card_walk_ins,
            self.card_exhibitors,
            self.card_peak,
        ):
            cards.addWidget(card, 1)
        outer.addLayout(cards)

        grid = QGridLayout()
        grid.setSpacing(10)
        self.chart = ArrivalsChart()
        # the arrivals, and the day's flows (issue 26) in a second tab: the page keeps its size
        self.flows = FlowsPanel()
        self.day_tabs = QTabWidget()
        self.day_tabs.addTab(self.chart, self.tr("Arrivées par quart d'heure"))
        self.day_tabs.addTab(self.flows, self.tr("Flux de la journée"))
        grid.addWidget(self.day_tabs, 0, 0, 1, 2)
        self.categories = _table(
            [self.tr("Catégorie"), self.tr("Inscrits"), self.tr("Entrés"), self.tr("Taux")]
        )
        grid.addWidget(_box(self.tr("Par catégorie"), self.categories), 0, 2)
        self.stations = _table([self.tr("Poste"), self.tr("Scans")])
        self.refused = _table([self.tr("Motif"), self.tr("Scans")])
        self.missing = _table([self.tr("Exposant"), self.tr("Stand(s)")])
        self.missing_box = _box(self.tr("Exposants absents"), self.missing)
        grid.addWidget(_box(self.tr("Scans par poste"), self.stations), 1, 0)
        grid.addWidget(_box(self.tr("Scans refusés"), self.refused), 1, 1)
        grid.addWidget(self.missing_box, 1, 2)
        grid.addWidget(self._rooms_box(), 2, 0, 1, 3)
        grid.setRowStretch(0, 3)
        grid.setRowStretch(1, 2)
        grid.setRowStretch(2, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        outer.addLayout(grid, 1)

        self.backup_label = QLabel()
        self.backup_label.setObjectName("backupState")
        self.backup_label.setWordWrap(True)
        outer.addWidget(self.backup_label)

    def _rooms_box(self) -> QGroupBox:
        """« Salles de conférences »: each session's count now, peak and people (issue 27)."""
        self.rooms = _table(
            [self.tr("Séance"), self.tr("Salle"), self.tr("Horaire"), self.tr("Dans la salle"),
             self.tr("Pic"), self.tr("Personnes")]
        )  # fmt: skip
        self.rooms.setObjectName("roomsStats")
        self.rooms_box = _box(self.tr("Salles de conférences"), self.rooms)
        self.rooms_box.setVisible(False)
        return self.rooms_box

    # -- loading ---------------------------------------------------------------------------
    def is_ready(self) -> bool:
        if self.ctx.db is None:  # the base opens after the first paint
            return False
        return self.numbers is not None or self.ctx.event_id is None

    def _data_changed(self, what: str) -> None:
        if what in WATCHED:
            self._debounce.start()

    def _event_changed(self, _event_id: int) -> None:
        self.refresh()

    def refresh(self) -> None:
        if self.ctx.db is None:  # opening: the page loads once it is open
            return
        event_id = self.ctx.event_id
        if event_id is None:
            self.updated_label.setText(self.tr("Aucune édition."))
            return
        if self._loading:
            self._dirty = True
            return
        self._loading = True
        self.look_for_backups()
        self.ctx.tasks.run(
            load_numbers,
            self.ctx.db,
            event_id,
            on_done=self._loaded,
            on_error=self._load_failed,
            on_cancel=self._load_failed,
        )

    def _load_failed(self, message: str = "") -> None:
        self._loading = False
        if message:
            self.ctx.bridge.error(message)

    def _loaded(self, data: dict) -> None:
        self._loading = False
        if self._dirty or data["event_id"] != self.ctx.event_id:
            self._dirty = False
            self.refresh()
            if data["event_id"] != self.ctx.event_id:
                return
        self.tz = data.get("tz") or self.tz
        self._show(data["stats"], data["missing"])
        self._show_rooms(data.get("rooms") or {})
        self._show_backup_state()

    def _show(self, s: dict, missing: list[tuple[str, str]]) -> None:
        self.numbers = s
        self.card_registered.set(str(s["attendees"]), self.tr("participants attendus"))
        self.card_checked.set(
            str(s["checked_in"]),
            self.tr("{rate} des inscrits").format(rate=percent(s["checked_in"], s["attendees"])),
        )
        self.card_walk_ins.set(str(s["walk_ins"]), self.tr("badges faits à l'accueil"))
        absent = s["exhibitors"] - s["exhibitors_present"]
        self.card_exhibitors.set(
            f"{s['exhibitors_present']} / {s['exhibitors']}",
            self.tr("{n} pas encore arrivé(s)").format(n=absent),
        )
        peak = s.get("peak_quarter_hour")
        if peak:
            start = dt.datetime.fromisoformat(peak["time"])
            end = start + dt.timedelta(minutes=15)
            self.card_peak.set(
                quarter_label(start),
                self.tr("{n} arrivées de {a} à {b}").format(
                    n=peak["arrivals"], a=quarter_label(start), b=quarter_label(end)
                ),
            )
        else:
            self.card_peak.set("—", self.tr("aucune arrivée"))
        self.chart.set_arrivals(s.get("by_quarter_hour", {}), s.get("opening_hours"))
        self.flows.set_flows(s.get("flows"))
        rows = []
        for name, c in s["by_category"].items():
            try:
                label = i18n.label(CATEGORY_LABELS_FR, CATEGORY_LABELS_EN, Category(name))
            except ValueError:
                label = name
            rows.append(
                [
                    label,
                    str(c["registered"]),
                    str(c["checked_in"]),
                    percent(c["checked_in"], c["registered"]),
                ]
            )
        _fill(self.categories, rows)
        _fill(
            self.stations,
            [[name or self.tr("(sans nom)"), str(n)] for name, n in s["scans_by_station"].items()],
        )
        refused = [
            [i18n.label(REFUSED_LABELS_FR, i18n.REFUSED_LABELS_EN, k), str(n)]
            for k, n in s["refused_by_reason"].items()
        ]
        _fill(self.refused, refused or [[self.tr("Aucun scan refusé"), "0"]])
        _fill(self.missing, [[name, booths] for name, booths in missing])
        self.missing_box.setTitle(self.tr("Exposants absents ({n})").format(n=len(missing)))
        now = dt.datetime.now(self.tz)
        self.updated_label.setText(
            self.tr("Chiffres en direct · mis à jour à {t}").format(t=now.strftime("%H:%M:%S"))
        )
        self.numbers_shown.emit(s)

    def _show_rooms(self, rooms: dict) -> None:
        """Each session: the count now (the one under way), its peak and its people."""
        sessions = rooms.get("sessions", [])
        self.rooms_box.setVisible(bool(sessions))
        now = {r["session_id"]: r for r in rooms.get("occupancy", []) if r["session_id"]}
        rows = []
        for x in sessions:
            start = dt.datetime.fromisoformat(x["starts_at"]).astimezone(self.tz)
            end = dt.datetime.fromisoformat(x["ends_at"]).astimezone(self.tz)
            live = now.get(x["session_id"])
            inside = f"{live['inside']} / {live['capacity']}" if live else "—"
            rows.append([x["session"], x["room"], f"{start:%H:%M}–{end:%H:%M}", inside,
                         str(x["peak_inside"]), str(x["distinct_people"])])  # fmt: skip
        _fill(self.rooms, rows)

    # -- roles -------------------------------------------------------------------------------
    def _role_changed(self, organiser: bool) -> None:
        for b in self._organiser_buttons():
            b.setVisible(organiser)
            b.setEnabled(organiser)

    def _organiser_buttons(self) -> tuple[QPushButton, ...]:
        return (self.export_button, self.purge_button, self.backup_button, self.restore_button)

    # -- export ------------------------------------------------------------------------------
    def _open(self, dialog: QWidget, accepted) -> None:
        self._dialog = dialog
        dialog.accepted.connect(accepted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def ask_export(self) -> None:
        if not self.ctx.organiser or self.ctx.event_id is None:
            return
        folder = str(self.ctx.settings.value("export/folder", "") or Path.home() / "itday-export")
        dialog = ExportDialog(folder, self)
        # the questions about the folder come over the dialog: « Non » comes back to it
        dialog.before_accept = lambda: self._questions_over(dialog)
        self._open(
            dialog,
            lambda: (
                self._export_chosen(dialog)
                if dialog.chosen is not None
                else self.export_to(
                    dialog.folder.text(),
                    dialog.anonymise.isChecked(),
                    technical=dialog.technical.isChecked(),
                )
            ),
        )

    def _questions_over(self, dialog) -> bool:
        dialog.chosen = self.export_questions(dialog.folder.text())
        return dialog.chosen is not None

    def _export_chosen(self, dialog):
        folder, force = dialog.chosen
        return self.start_export(
            folder, dialog.anonymise.isChecked(), force=force,
            technical=dialog.technical.isChecked(),
        )  # fmt: skip

    def export_to(self, folder: str, anonymise: bool = False, technical: bool = False):
        """Start the export, after the questions of ``export_questions``."""
        if not self.ctx.organiser or self.ctx.event_id is None:
            return None
        chosen = self.export_questions(folder)
        if chosen is None:
            return None
        return self.start_export(chosen[0], anonymise, force=chosen[1], technical=technical)

    def export_questions(self, folder: str) -> tuple[str, bool] | None:
        """Where the export goes, asked before it starts: over another edition's export
        (replace it?), into a new folder when ``folder`` holds a database or the user's files;
        (folder, replace) or None when the organiser said « Non »."""
        from itday.services.export import other_edition_in

        if self.ctx.event_id is None:
            return None
        with self.ctx.db.session() as s:
            event = repo.get_event(self.ctx.event_id, session=s)
        other = other_edition_in(folder, event.id, event.name) if event is not None else None
        if other is not None:
            question = self.tr(
                "Le dossier {folder} contient déjà l'export d'une autre édition "
                "(n° {id} « {name} »). Le remplacer par l'export de celle-ci ?"
            ).format(folder=folder, id=other.get("id", "?"), name=other.get("name", "?"))
            if not self.confirm(self.tr("Remplacer un autre export ?"), question):
                return None
        folder = self._export_folder(folder)
        return (folder, other is not None) if folder else None

    def confirm(self, title: str, text: str) -> bool:
        return ask_yes_no(self, title, text)

    def start_export(
        self, folder: str, anonymise: bool = False, force: bool = False, technical: bool = False
    ):
        """Run the export in the pool with a cancellable progress dialog."""
        if not self.ctx.organiser or self.ctx.event_id is None:
            return None
        folder = self._export_folder(folder)
        if not folder:
            return None
        self.ctx.settings.setValue("export/folder", folder)
        task = self.ctx.tasks.run_with_progress(
            self,
            self.tr("Export en cours…"),
            run_export,
            self.ctx.db,
            self.ctx.event_id,
            folder,
            anonymise,
            force,
            technical,
            on_done=self._exported,
            on_error=self._export_failed,
            on_cancel=self._export_cancelled,
        )
        return task

    def _export_folder(self, folder: str) -> str:
        """``folder``, or a new folder inside it when it holds a database or files of the
        user's (the export never writes there): the organiser is asked; "" to stop."""
        import datetime as dt

        from itday.errors import ItdayError
        from itday.services.export import check_export_folder

        try:
            check_export_folder(folder, self.ctx.db)
            return folder
        except ItdayError as exc:
            problem = exc.translated(QCoreApplication.translate)
        with self.ctx.db.session() as s:  # the edition's clock (Paris), as the copy inside
            now = dt.datetime.now(repo.event_timezone(self.ctx.event_id, session=s))
        inside = os.path.join(folder, f"export-itday-{now:%Y-%m-%d_%H%M}")
        if ask_yes_no(
            self,
            self.tr("Export"),
            self.tr("{problem}\n\nÉcrire l'export dans un nouveau dossier {inside} ?").format(
                problem=problem, inside=inside
            ),
        ):
            return inside
        return ""

    def _exported(self, result) -> None:
        kind = self.tr("anonymisé ") if result.anonymised else ""
        people = result.rows.get("attendees", 0)
        if result.cancelled:  # the count of the stats, report.pdf and `itday export`
            who = self.tr("{n} participants (dont {c} annulés)").format(
                n=people, c=result.cancelled
            )
        else:
            who = self.tr("{n} participants").format(n=people)
        self.ctx.bridge.info(
            self.tr("Export {kind}écrit dans {folder} : {who}, {n} fichiers.").format(
                kind=kind, folder=result.folder, who=who, n=len(result.files)
            )
        )
        self.export_finished.emit(str(result.folder))

    def _export_failed(self, message: str) -> None:
        self.ctx.bridge.error(message)
        self.export_finished.emit("")

    def _export_cancelled(self) -> None:
        self.ctx.bridge.warning(self.tr("Export annulé : le dossier n'a pas été modifié."))
        self.export_finished.emit("")

    # -- purge ---------------------------------------------------------------------------------
    def ask_purge(self) -> None:
        if not self.ctx.organiser or self.ctx.event_id is None:
            return
        copies = personal_copies(self.ctx)
        dialog = PurgeDialog(self, [str(p) for p in copies.paths])
        self._open(
            dialog, lambda: self.start_purge(copies if dialog.delete_copies.isChecked() else None)
        )

    def start_purge(self, copies=None) -> None:
        if not self.ctx.organiser or self.ctx.event_id is None:
            return
        self.ctx.tasks.run(
            run_purge,
            self.ctx.db,
            self.ctx.event_id,
            copies,
            on_done=self._purged,
        )

    def _purged(self, counts: dict) -> None:
        self.ctx.bridge.info(
            self.tr(
                "Données personnelles purgées : {a} participants, {e} exposants, "
                "{l} contacts des stands. Les statistiques sont conservées."
            ).format(a=counts["attendees"], e=counts["exhibitors"], l=counts.get("leads", 0))
        )
        if counts.get("copies"):
            self.ctx.bridge.info(
                self.tr(
                    "%n copie(s) supprimée(s) (sauvegardes, exports précédents).",
                    "",
                    counts["copies"],
                )
            )
        if counts.get("not_removed"):
            self.ctx.bridge.warning(
                self.tr("Copies non supprimées (effacez-les vous-même) : %1").replace(
                    "%1", ", ".join(counts["not_removed"])
                )
            )
        for what in ("attendees", "exhibitors"):
            self.ctx.bridge.data_changed.emit(what)
        self.purge_finished.emit(counts)

    # -- backups -------------------------------------------------------------------------------
    def ask_backup_settings(self) -> None:
        if not self.ctx.organiser:
            return
        b = self.backup
        dialog = BackupDialog(b.folder, b.minutes or 10, b.keep, self)
        self._open(
            dialog,
            lambda: self.set_backup(
                dialog.folder.text(), dialog.minutes.value(), dialog.keep.value()
            ),
        )

    def set_backup(self, folder: str, minutes: int, keep: int) -> None:
        self.backup.save(folder, minutes, keep)
        if self.backup.active:
            self.backup.run_now()  # a first copy right away: the settings are checked now
        self._show_backup_state()
        self.look_for_backups()

    def look_for_backups(self) -> None:
        """Find the base's latest copy (a folder listing: a USB stick may be slow) in a
        worker, then show it."""
        self.ctx.tasks.run(_newest_backup, self.backup, on_done=self._found_backup)

    def _found_backup(self, newest) -> None:
        self.newest_backup = newest
        self._show_backup_state()

    def _backup_failed(self, message: str) -> None:
        self.ctx.bridge.error(self.tr("Sauvegarde automatique : {m}").format(m=message))
        self._show_backup_state()

    def _show_backup_state(self) -> None:
        b = self.backup
        if not b.available:
            text = self.tr("Sauvegarde automatique : base PostgreSQL, utilisez pg_dump.")
        elif not b.active:
            text = self.tr("Sauvegarde automatique : désactivée.")
        else:
            text = self.tr("Sauvegarde automatique toutes les {m} min dans {f}").format(
                m=b.minutes, f=b.folder
            )
            newest = self.newest_backup
            if newest is None:
                text += self.tr(" · pas encore de copie")
            elif newest.moment.date() == dt.datetime.now(self.tz).date():
                text += self.tr(" · dernière à {t}").format(t=newest.moment.strftime("%H:%M"))
            else:  # (the name says the event's time)
                text += self.tr(" · dernière le {d} à {t}").format(
                    d=newest.moment.strftime("%d/%m/%Y"), t=newest.moment.strftime("%H:%M")
                )
        if b.last_error:
            text += self.tr(" · ÉCHEC : {m}").format(m=b.last_error)
        self.backup_label.setText(text)


def _newest_backup(state, backup):
    """Worker: the base's latest copy in the backup folder, whatever made it."""
    return backup.newest()


__all__ = ["StatsPage"]
