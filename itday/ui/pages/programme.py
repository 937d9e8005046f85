"""The Programme page (issue 27): the talk rooms with their capacity and live count, and the
day's sessions; an organiser adds, changes and deletes them (undo: Ctrl+Z) and imports a
programme file (CSV, XLSX: « Salle », « Capacité », « Titre », « Début », « Fin »,
« Intervenants »).  Reading and importing run in ``ctx.tasks``; the edits are small writes
made by undoable commands (``itday.ui.programme.commands``)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from itday.core.lazy import lazy_module
from itday.ui.programme.commands import ProgrammeCommand
from itday.ui.programme.dialogs import RoomDialog, SessionDialog
from itday.ui.undo import wire_undo_button

repo = lazy_module("itday.db.repo")

REFRESH_MS = 2000  # the rooms' counts, written by the doors


def load_programme(state, db, event_id: int) -> dict:
    """Rooms (with their count now), sessions and the plan's fixed elements, as plain data."""
    from sqlmodel import select

    from itday.db.models import HallElement
    from itday.services.programme import rooms_and_sessions
    from itday.services.rooms import occupancy
    from itday.services.speakers import speakers_free

    with db.session() as s:
        rooms, talks = rooms_and_sessions(s, event_id)
        free = speakers_free(s, event_id)
        counts = {r["room_id"]: r for r in occupancy(s, event_id)}
        tz = repo.event_timezone(event_id, session=s)
        event = repo.get_event(event_id, session=s)
        hall = repo.hall_of(event_id, session=s)
        elements = []
        if hall is not None:
            rows = s.exec(select(HallElement).where(HallElement.hall_id == hall.id)).all()
            elements = [(e.id, e.label or f"{e.kind} {e.id}") for e in rows]
    return {
        "event_id": event_id,
        "tz": tz,
        "date": event.date if event else dt.date.today(),
        "elements": elements,
        "speakers_free": free,
        "rooms": [
            {
                "id": r.id,
                "name": r.name,
                "capacity": r.capacity,
                "element_id": r.element_id,
                "inside": counts.get(r.id, {}).get("inside", 0),
            }
            for r in rooms
        ],  # fmt: skip
        "sessions": [
            {
                "id": t.id,
                "room_id": t.room_id,
                "title": t.title,
                "speakers": t.speakers,
                "starts_at": t.starts_at,
                "ends_at": t.ends_at,
            }
            for t in talks
        ],  # fmt: skip
    }


def run_import(state, db, event_id: int, path: str, dry_run: bool) -> dict:
    from itday.core.importing import ImportFileError
    from itday.errors import ItdayError
    from itday.services.programme import import_programme, programme_json

    with db.session() as s:
        try:
            report, rooms = import_programme(s, event_id, path, dry_run=dry_run)
        except ImportFileError as exc:
            raise ItdayError(str(exc)) from None
    return programme_json(report, rooms)


def store_speakers_free(state, db, event_id: int, on: bool) -> bool:
    from itday.services.speakers import set_speakers_free

    with db.session() as s:
        set_speakers_free(s, event_id, on)
        s.commit()
    return on


def write_list(state, db, session_id: int, path: str):
    from itday.services.session_list import session_list, write_session_list

    with db.session() as s:
        data = session_list(s, session_id)
    write_session_list(path, data)
    return data


def _table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _item(text: str, data=None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setData(Qt.ItemDataRole.UserRole, data)
    item.setToolTip(text)  # a long title or list of speakers, cut on screen: whole here
    return item


class ProgrammePage(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: dict | None = None
        self._loading = False
        self.undo_stack = QUndoStack(self)
        self._build()
        self._timer = QTimer(self, interval=REFRESH_MS, timeout=self.refresh)
        ctx.bridge.data_changed.connect(self._data_changed)
        ctx.bridge.event_changed.connect(self._event_changed)  # methods: gone with the page
        ctx.bridge.role_changed.connect(self._show_role)
        self._show_role()
        self.refresh()

    def _make_buttons(self) -> None:
        self.import_button = QPushButton(self.tr("Importer le programme…"))
        self.import_button.setObjectName("importProgramme")
        self.import_button.clicked.connect(lambda: self.ask_import())
        self.add_room_button = QPushButton(self.tr("Nouvelle salle…"))
        self.add_room_button.setObjectName("addRoom")
        self.add_room_button.clicked.connect(lambda: self.edit_room(None))
        self.add_session_button = QPushButton(self.tr("Nouvelle séance…"))
        self.add_session_button.setObjectName("addSession")
        self.add_session_button.clicked.connect(lambda: self.edit_session(None))
        self.delete_button = QPushButton(self.tr("Supprimer"))
        self.delete_button.setObjectName("deleteProgrammeRow")
        self.delete_button.clicked.connect(lambda: self.delete_selected())
        self.list_button = QPushButton(self.tr("Liste pour les intervenants…"))
        self.list_button.setObjectName("sessionListButton")
        self.list_button.setToolTip(
            self.tr("Les participants de la séance choisie qui ont consenti (les autres comptés)")
        )
        self.list_button.clicked.connect(lambda: self.ask_session_list())
        self.speakers_free_box = QCheckBox(self.tr("Les intervenants entrent sans compter"))
        self.speakers_free_box.setObjectName("speakersFree")
        self.speakers_free_box.setToolTip(
            self.tr("À la porte de leur séance, les intervenants entrent même salle complète, "
                    "sans être comptés")
        )  # fmt: skip
        self.speakers_free_box.clicked.connect(self.set_speakers_free)
        self.undo_button = QPushButton()
        self.undo_button.setObjectName("undoButton")
        wire_undo_button(self.undo_button, self.undo_stack, self.ctx.bridge.info)

    def _build(self) -> None:
        title = QLabel(self.tr("Programme"))
        title.setObjectName("pageTitle")
        self._make_buttons()
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        for button in (self.import_button, self.add_room_button, self.add_session_button,
                       self.delete_button):  # fmt: skip
            top.addWidget(button)
        # a second row: the first held 1650 px at 1366 (issue 24.C: every page fits 1366×768)
        tools = QHBoxLayout()
        tools.addWidget(self.undo_button)
        tools.addWidget(self.speakers_free_box)
        tools.addStretch(1)
        tools.addWidget(self.list_button)
        self.rooms_table = _table(
            [self.tr("Salle"), self.tr("Capacité"), self.tr("Dans la salle")], "roomsTable"
        )
        self.sessions_table = _table(
            [self.tr("Début"), self.tr("Fin"), self.tr("Salle"), self.tr("Titre"),
             self.tr("Intervenants")],
            "sessionsTable",
        )  # fmt: skip
        # the rooms' names give way (« … ») rather than a scroll bar hiding the count (1366 px)
        rooms_header = self.rooms_table.horizontalHeader()
        rooms_header.setStretchLastSection(False)
        rooms_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.rooms_table.doubleClicked.connect(lambda _i: self.edit_room(self._selected_room()))
        self.sessions_table.doubleClicked.connect(
            lambda _i: self.edit_session(self._selected_session())
        )
        self.hint = QLabel()
        self.hint.setObjectName("programmeHint")
        self.hint.setWordWrap(True)
        body = QHBoxLayout()
        left = QVBoxLayout()
        rooms_title = QLabel(self.tr("Salles"))
        rooms_title.setObjectName("sectionTitle")
        left.addWidget(rooms_title)
        left.addWidget(self.rooms_table, 1)
        right = QVBoxLayout()
        sessions_title = QLabel(self.tr("Séances"))
        sessions_title.setObjectName("sectionTitle")
        right.addWidget(sessions_title)
        right.addWidget(self.sessions_table, 1)
        body.addLayout(left, 2)
        body.addSpacing(12)
        body.addLayout(right, 5)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 10, 16, 10)
        outer.addLayout(top)
        outer.addLayout(tools)
        outer.addWidget(self.hint)
        outer.addLayout(body, 1)
        self.setStyleSheet("#sectionTitle { font-size: 12pt; font-weight: bold; color: #1d3557; }")
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence.StandardKey.Undo, self, self._undo, context=context)
        QShortcut(QKeySequence.StandardKey.Redo, self, self.undo_stack.redo, context=context)
        QShortcut(QKeySequence.StandardKey.Delete, self, self.delete_selected, context=context)
        QShortcut(QKeySequence("Ctrl+I"), self, self.ask_import, context=context)

    def _undo(self) -> None:
        from itday.ui.undo import undo_with_notice

        undo_with_notice(self.undo_stack, self.ctx.bridge.info)

    # -- data -----------------------------------------------------------------------------
    def is_ready(self) -> bool:
        return self.ctx.db is not None and self.data is not None and not self._loading

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self._timer.start()

    def hideEvent(self, event) -> None:  # noqa: N802
        super().hideEvent(event)
        self._timer.stop()

    def _data_changed(self, what: str) -> None:
        if what in ("programme", "events", "attendees"):
            self.refresh()

    def _event_changed(self, _event_id=None) -> None:
        self.undo_stack.clear()  # its commands belong to the other edition
        self.refresh()

    def refresh(self) -> None:
        if self.ctx.db is None or self.ctx.event_id is None or self._loading:
            return  # (opening: the page loads once the base is open)
        self._loading = True
        self.ctx.tasks.run(
            load_programme, self.ctx.db, self.ctx.event_id, owner=self,
            on_done=self._loaded, on_error=self._failed,
        )  # fmt: skip

    def _failed(self, message: str) -> None:
        self._loading = False
        self.ctx.bridge.error(message)

    def _loaded(self, data: dict) -> None:
        self._loading = False
        if data["event_id"] != self.ctx.event_id:
            self.refresh()
            return
        self.data = data
        self._fill()

    def _fill(self) -> None:
        data = self.data
        self.speakers_free_box.setChecked(data["speakers_free"])
        tz = data["tz"]
        names = {r["id"]: r["name"] for r in data["rooms"]}
        keep_room, keep_session = self._selected_room(), self._selected_session()
        self.rooms_table.setRowCount(len(data["rooms"]))
        for row, r in enumerate(data["rooms"]):
            self.rooms_table.setItem(row, 0, _item(r["name"], r["id"]))
            self.rooms_table.setItem(row, 1, _item(str(r["capacity"])))
            self.rooms_table.setItem(row, 2, _item(f"{r['inside']} / {r['capacity']}"))
            if keep_room and keep_room["id"] == r["id"]:
                self.rooms_table.selectRow(row)
        self.sessions_table.setRowCount(len(data["sessions"]))
        for row, t in enumerate(data["sessions"]):
            start, end = t["starts_at"].astimezone(tz), t["ends_at"].astimezone(tz)
            day = "" if start.date() == data["date"] else f"{start:%d/%m} "
            self.sessions_table.setItem(row, 0, _item(f"{day}{start:%H:%M}", t["id"]))
            self.sessions_table.setItem(row, 1, _item(f"{end:%H:%M}"))
            self.sessions_table.setItem(row, 2, _item(names.get(t["room_id"], "")))
            self.sessions_table.setItem(row, 3, _item(t["title"]))
            self.sessions_table.setItem(row, 4, _item(t["speakers"]))
            if keep_session and keep_session["id"] == t["id"]:
                self.sessions_table.selectRow(row)
        if not data["rooms"]:
            self.hint.setText(
                self.tr(
                    "Aucune salle : importez le programme (colonnes Salle, Capacité, Titre, "
                    "Début, Fin, Intervenants) ou créez les salles une à une."
                )
                + ("" if self.ctx.organiser else " " + self.tr("(mode organisateur)"))
            )
        else:
            self.hint.setText(self.tr("Double-cliquez une salle ou une séance pour la modifier."))

    def _selected(self, table: QTableWidget, key: str) -> dict | None:
        if self.data is None:
            return None
        rows = table.selectionModel().selectedRows() if table.selectionModel() else []
        if not rows:
            return None
        wanted = table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        return next((x for x in self.data[key] if x["id"] == wanted), None)

    def _selected_room(self) -> dict | None:
        return self._selected(self.rooms_table, "rooms")

    def _selected_session(self) -> dict | None:
        return self._selected(self.sessions_table, "sessions")

    # -- organiser's edits ------------------------------------------------------------------
    def _show_role(self, _on=None) -> None:
        on = self.ctx.organiser
        for button in (self.import_button, self.add_room_button, self.add_session_button,
                       self.delete_button, self.undo_button, self.list_button):  # fmt: skip
            button.setVisible(on)
        self.speakers_free_box.setEnabled(on)
        if self.data is not None:
            self.refresh()  # the hint says what reception mode cannot do

    def set_speakers_free(self, on: bool) -> None:
        """« Les intervenants entrent sans compter », stored for the edition (every door)."""
        if self.ctx.event_id is None or not self._may_edit():
            self.speakers_free_box.setChecked(not on)
            return

        def done(value: bool) -> None:
            self.ctx.bridge.info(
                self.tr("Les intervenants entrent sans compter dans leurs séances.") if value
                else self.tr("Les intervenants comptent comme les autres.")
            )  # fmt: skip
            self.ctx.bridge.data_changed.emit("programme")

        self.ctx.tasks.run(
            store_speakers_free, self.ctx.db, self.ctx.event_id, bool(on), owner=self,
            on_done=done, on_error=self.ctx.bridge.error,
        )  # fmt: skip

    def _may_edit(self) -> bool:
        if self.ctx.organiser:
            return True
        from itday.ui import roles

        return roles.ask_unlock(self.ctx, self)

    def edit_room(self, room: dict | None, *, dialog_values: dict | None = None) -> None:
        """Add (``room`` None) or change a room; ``dialog_values`` stands for the dialog
        (tests)."""
        if self.data is None or not self._may_edit():
            return
        values = dialog_values
        if values is None:
            dialog = RoomDialog(
                self, name=room["name"] if room else "",
                capacity=room["capacity"] if room else 100,
                element_id=room["element_id"] if room else None,
                elements=self.data["elements"],
            )  # fmt: skip
            if not dialog.exec():
                return
            values = dialog.values()
        from itday.services.programme import save_room

        event_id = self.ctx.event_id
        room_id = room["id"] if room else None

        def action(s):
            return save_room(s, event_id, values["name"], values["capacity"], room_id=room_id,
                             element_id=values.get("element_id")).id  # fmt: skip

        text = QCoreApplication.translate("programme", "Salle « %1 »").replace("%1", values["name"])
        self.undo_stack.push(ProgrammeCommand(self.ctx, text, "room", action, room_id))

    def edit_session(self, talk: dict | None, *, dialog_values: dict | None = None) -> None:
        if self.data is None or not self._may_edit():
            return
        tz = self.data["tz"]
        values = dialog_values
        if values is None:
            if talk is None:
                start = dt.datetime.combine(self.data["date"], dt.time(10, 0), tz)
                talk = {
                    "title": "",
                    "room_id": None,
                    "starts_at": start,
                    "ends_at": start + dt.timedelta(minutes=45),
                    "speakers": "",
                    "id": None,
                }
            dialog = SessionDialog(
                self, rooms=[(r["id"], r["name"]) for r in self.data["rooms"]], tz=tz,
                title=talk["title"], room_id=talk["room_id"], start=talk["starts_at"],
                end=talk["ends_at"], speakers=talk["speakers"],
            )  # fmt: skip
            if not dialog.exec():
                return
            values = dialog.values()
        from itday.services.programme import save_session

        event_id = self.ctx.event_id
        session_id = talk["id"] if talk else None

        def action(s):
            from itday.services.speakers import link_speakers

            talk = save_session(
                s, event_id, values["room_id"], values["title"], values["starts_at"],
                values["ends_at"], values.get("speakers", ""), session_id=session_id,
            )  # fmt: skip
            link_speakers(s, event_id, talk.speakers)  # the missing ones become Intervenants
            return talk.id

        text = QCoreApplication.translate("programme", "Séance « %1 »").replace(
            "%1", values["title"]
        )
        self.undo_stack.push(ProgrammeCommand(self.ctx, text, "session", action, session_id))

    def delete_selected(self, *, confirmed: bool = False) -> None:
        """Delete the session selected (else the room, with its sessions), after asking."""
        if self.data is None or not self._may_edit():
            return
        talk, room = self._selected_session(), self._selected_room()
        if (talk is not None and self.sessions_table.hasFocus()) or room is None:
            if talk is None:
                return
            kind, row_id, name = "session", talk["id"], talk["title"]
            question = self.tr("Supprimer la séance « %1 » ?").replace("%1", name)
        else:
            kind, row_id, name = "room", room["id"], room["name"]
            question = self.tr("Supprimer la salle « %1 », ses séances et ses présences ?").replace(
                "%1", name
            )
        if not confirmed:
            answer = QMessageBox.question(self, self.tr("Supprimer"), question)
            if answer != QMessageBox.StandardButton.Yes:
                return
        text = QCoreApplication.translate("programme", "Supprimer « %1 »").replace("%1", name)
        self.undo_stack.push(ProgrammeCommand(self.ctx, text, kind, None, row_id))

    def ask_session_list(self, path: str | None = None):
        """The selected session's attendees who consented, as CSV, for its speakers."""
        talk = self._selected_session()
        if talk is None:
            self.ctx.bridge.error(self.tr("Choisissez d'abord une séance."))
            return None
        if not self._may_edit():
            return None
        if path is None:
            from itday.ui.files import save_file_name

            path = save_file_name(
                self, self.tr("Liste pour les intervenants"), f"{talk['title']}.csv",
                self.tr("CSV (*.csv)"),
            )  # fmt: skip
            if not path:
                return None

        def done(data) -> None:
            from itday.ui.i18n import counted

            named = counted(
                len(data.people),
                self.tr("Liste écrite : %1 personne nommée"),
                self.tr("Liste écrite : %1 personnes nommées"),
            )
            self.ctx.bridge.info(
                self.tr("%1, %2 sans consentement.")
                .replace("%1", named).replace("%2", str(data.without_consent))
            )  # fmt: skip

        return self.ctx.tasks.run(
            write_list, self.ctx.db, talk["id"], path, owner=self,
            on_done=done, on_error=self.ctx.bridge.error,
        )  # fmt: skip

    # -- import -------------------------------------------------------------------------------
    def ask_import(self, path: str | None = None) -> None:
        if self.ctx.event_id is None or not self._may_edit():
            return
        if path is None:
            from itday.ui.files import open_file_name

            path = open_file_name(
                self, self.tr("Importer le programme"), "",
                self.tr("Programme (*.csv *.xlsx *.txt);;Tous les fichiers (*)"),
            )  # fmt: skip
            if not path:
                return
        self.import_file(path)

    def import_file(self, path: str, *, confirm: bool = True):
        """A dry run first: its report, then the import once the organiser agrees."""

        def tried(report: dict) -> None:
            if confirm and not self._confirm_import(report):
                return
            self.ctx.tasks.run(
                run_import, self.ctx.db, self.ctx.event_id, path, False, owner=self,
                on_done=self._imported, on_error=self.ctx.bridge.error,
            )  # fmt: skip

        return self.ctx.tasks.run(
            run_import, self.ctx.db, self.ctx.event_id, path, True, owner=self,
            on_done=tried, on_error=self.ctx.bridge.error,
        )  # fmt: skip

    def _summary(self, report: dict) -> str:
        lines = [
            self.tr("%1 séance(s), %2 mise(s) à jour, %3 salle(s) nouvelle(s), %4 ligne(s) "
                    "rejetée(s).")
            .replace("%1", str(report["imported"])).replace("%2", str(report["updated"]))
            .replace("%3", str(report["rooms"])).replace("%4", str(len(report["rejected"])))
        ]  # fmt: skip
        for item in (report["rejected"] + report["warnings"])[:12]:
            lines.append(self.tr("ligne %1 : %2").replace("%1", str(item["line"]))
                         .replace("%2", item["reason"]))  # fmt: skip
        added = report.get("speakers_created", [])
        if added:
            names = ", ".join(x["name"] for x in added[:12])
            lines.append(self.tr("%1 intervenant(s) ajouté(s) aux participants (catégorie "
                                 "Intervenant) : %2").replace("%1", str(len(added)))
                         .replace("%2", names))  # fmt: skip
        return "\n".join(lines)

    def _confirm_import(self, report: dict) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Importer le programme"),
            self._summary(report) + "\n\n" + self.tr("Importer ?"),
        )  # fmt: skip
        return answer == QMessageBox.StandardButton.Yes

    def _imported(self, report: dict) -> None:
        self.last_import = report
        self.ctx.bridge.info(self._summary(report).splitlines()[0])
        self.ctx.bridge.data_changed.emit("programme")
