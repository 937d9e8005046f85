"""Putting a backup back from the window (Statistiques page, organiser).

The file is chosen in the backup folder, checked in a worker (``services.restore.check_backup``:
integrity, schema, same database), confirmed — a copy of *another* base asks a question of
its own — then restored in a worker while the window lets the base go
(``Database.released``: its own connections closed, its units of work waiting), so that the
restore's exclusivity only meets the other processes (desks, kiosk, another window), which
it names.  Afterwards every page reloads from the restored base.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from itday.core.lazy import lazy_module
from itday.services.restore import check_backup, restore, same_database
from itday.ui.ask import ask_yes_no
from itday.ui.files import open_file_name

repo = lazy_module("itday.db.repo")

#: what a restore may have changed: every page reloads
RELOADED = ("events", "attendees", "exhibitors", "booths", "scans")


def _check(state, db, path: str) -> dict:
    """Worker: is ``path`` fit to go into the base, and is it a copy of this same base?"""
    candidate = check_backup(path, db.path)
    names = [name for _id, name, _date in sorted(candidate.editions)]
    return {"path": path, "same": same_database(candidate, db.path), "editions": names}


def _restore(state, db, path: str, other: bool, folder: str):
    """Worker: the restore, while this process has let the base go."""
    with db.released():
        return restore(path, db.path, other_database=other, folder=folder or None)


def _latest_event(state, db) -> int | None:
    with db.session() as session:
        latest = repo.latest_event(session=session)
        return latest.id if latest else None


class BackupRestorer(QObject):
    #: the restore is done: the ``services.restore.Restored`` result
    restored = Signal(object)
    #: it was refused or failed: the message shown
    failed = Signal(str)

    def __init__(self, ctx, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.widget = parent

    def ask(self, path: str = "") -> None:
        """Choose a backup (unless ``path``), check it, confirm, restore."""
        if not self.ctx.organiser or self.ctx.db.path is None:
            return
        if not path:
            path, _filter = open_file_name(
                self.widget,
                self.tr("Restaurer une sauvegarde"),
                self.ctx.backup.folder,
                self.tr("Sauvegardes itday (*.sqlite)"),
            )
        if path:
            self.ctx.tasks.run(
                _check, self.ctx.db, path, on_done=self._checked, on_error=self._refused
            )

    def _checked(self, info: dict) -> None:
        title = self.tr("Restaurer une sauvegarde")
        folder = self.ctx.backup.folder
        if info["same"]:
            question = self.tr(
                "Remettre la base dans l'état de la sauvegarde {name} ?\n\n"
                "L'état actuel est d'abord copié dans {folder}. Les postes d'accueil et la "
                "borne qui utilisent cette base doivent être fermés."
            )
        else:
            question = self.tr(
                "La sauvegarde {name} est celle d'une AUTRE base (éditions : {editions}).\n\n"
                "La remettre ici remplace toutes les éditions de cette base ; l'état actuel "
                "est d'abord copié dans {folder}. Remplacer quand même ?"
            )
        text = question.format(
            name=info["path"],
            folder=folder,
            editions=", ".join(info["editions"]) or "—",
        )
        if not ask_yes_no(self.widget, title, text):
            return
        self.ctx.tasks.run(
            _restore,
            self.ctx.db,
            info["path"],
            not info["same"],
            folder,
            on_done=self._done,
            on_error=self._refused,
        )

    def _done(self, result) -> None:
        if result.safety is None:
            said = self.tr("Sauvegarde remise dans la base.")
        elif result.corrupt:
            said = self.tr(
                "Sauvegarde remise dans la base ; la base endommagée est gardée dans {path}."
            ).format(path=result.safety)
        else:
            said = self.tr(
                "Sauvegarde remise dans la base ; l'état d'avant est gardé dans {path}."
            ).format(path=result.safety)
        self.ctx.bridge.info(said)
        self.ctx.tasks.run(
            _latest_event, self.ctx.db, on_done=lambda eid: self._reload(eid, result)
        )

    def _reload(self, event_id: int | None, result) -> None:
        if event_id is not None:
            self.ctx.set_event(event_id)
        for what in RELOADED:
            self.ctx.bridge.data_changed.emit(what)
        self.restored.emit(result)

    def _refused(self, message: str) -> None:
        QMessageBox.warning(self.widget, self.tr("Restaurer une sauvegarde"), message)
        self.failed.emit(message)
