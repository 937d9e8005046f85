"""File dialogs that never open a file to guess its type (issue 13).

Qt's file dialog shows each file's type and icon; to find them it reads the first bytes of
files whose name says nothing (``itday.sqlite-wal``, ``-shm``).  Closing that descriptor
drops the SQLite locks this process holds on the database (POSIX locks belong to the
process), and another process then deletes the WAL the app still writes to.  Every dialog
of itday goes through these functions: Qt's own dialog (the same on every system), with an
icon provider that judges by the name alone and does not follow links.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QFileInfo, QMimeDatabase, QStandardPaths
from PySide6.QtGui import QAbstractFileIconProvider, QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QStyle, QWidget

from itday.db.files import looks_like_database_name


class NameOnlyIconProvider(QAbstractFileIconProvider):
    """Icons and types from the file's name: no file is ever opened."""

    def __init__(self) -> None:
        super().__init__()
        self._mimes = QMimeDatabase()

    def icon(self, which):  # noqa: D401 - Qt override (IconType or QFileInfo)
        style = QApplication.style()
        if isinstance(which, QFileInfo):
            if which.isDir():
                return style.standardIcon(QStyle.StandardPixmap.SP_DirIcon)
            return style.standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        if which == QAbstractFileIconProvider.IconType.Folder:
            return style.standardIcon(QStyle.StandardPixmap.SP_DirIcon)
        if which == QAbstractFileIconProvider.IconType.Drive:
            return style.standardIcon(QStyle.StandardPixmap.SP_DriveHDIcon)
        if which == QAbstractFileIconProvider.IconType.Computer:
            return style.standardIcon(QStyle.StandardPixmap.SP_ComputerIcon)
        return QIcon(style.standardIcon(QStyle.StandardPixmap.SP_FileIcon))

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return QApplication.translate("files", "Dossier")
        name = info.fileName()
        if looks_like_database_name(name):
            return QApplication.translate("files", "Base de données")
        mime = self._mimes.mimeTypeForFile(name, QMimeDatabase.MatchMode.MatchExtension)
        return mime.comment() or QApplication.translate("files", "Fichier")


def make_dialog(
    parent: QWidget | None, caption: str, directory: str = "", name_filter: str = ""
) -> QFileDialog:
    """A file dialog that reads no file: Qt's own, names-only icons, links not followed."""
    dialog = QFileDialog(parent, caption, directory or "", name_filter or "")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setOption(QFileDialog.Option.DontResolveSymlinks, True)
    provider = NameOnlyIconProvider()
    dialog.setIconProvider(provider)
    dialog._itday_icons = provider  # the dialog does not own it: keep it alive
    # Qt's French catalogue lacks a few of the dialog's labels (« Look in: »): say them all
    labels = QFileDialog.DialogLabel
    dialog.setLabelText(labels.LookIn, QCoreApplication.translate("files", "Regarder dans :"))
    dialog.setLabelText(labels.FileName, QCoreApplication.translate("files", "Nom du fichier :"))
    dialog.setLabelText(labels.FileType, QCoreApplication.translate("files", "Type de fichier :"))
    dialog.setLabelText(labels.Reject, QCoreApplication.translate("files", "Annuler"))
    return dialog


def _run(dialog: QFileDialog) -> str:
    if dialog.exec() != QFileDialog.DialogCode.Accepted:
        return ""
    chosen = dialog.selectedFiles()
    return chosen[0] if chosen else ""


def open_file_name(parent, caption: str, directory: str = "", name_filter: str = ""):
    """Like ``QFileDialog.getOpenFileName``: ``(path, filter)``; path "" when cancelled."""
    dialog = make_dialog(parent, caption, directory, name_filter)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    path = _run(dialog)
    return path, dialog.selectedNameFilter()


#: the folder the last file was saved into, during this session
_last_save_folder: str = ""


def save_start(directory: str = "") -> str:
    """Where a save dialog opens: a full path as given; a bare file name in the folder last
    saved into, else the user's Documents folder (not the home folder, nor wherever itday
    was started from)."""
    if directory and os.path.dirname(directory):
        return directory
    folder = _last_save_folder or QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation
    )
    if not folder or not os.path.isdir(folder):
        folder = os.path.expanduser("~")
    return os.path.join(folder, directory) if directory else folder


def save_file_name(parent, caption: str, directory: str = "", name_filter: str = ""):
    """Like ``QFileDialog.getSaveFileName``: ``(path, filter)``; path "" when cancelled."""
    global _last_save_folder
    dialog = make_dialog(parent, caption, save_start(directory), name_filter)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    while True:
        path = _run(dialog)
        if not path or not looks_like_database_name(QFileInfo(path).fileName()):
            if path:
                _last_save_folder = os.path.dirname(path)
            return path, dialog.selectedNameFilter()
        # never write over a database (or its -wal, -shm) by way of a save dialog
        QMessageBox.warning(
            parent,
            caption,
            QApplication.translate(
                "files",
                "{name} est une base de données : itday n'écrit jamais par-dessus. "
                "Choisissez un autre nom.",
            ).format(name=QFileInfo(path).fileName()),
        )


def existing_directory(parent, caption: str, directory: str = "") -> str:
    """Like ``QFileDialog.getExistingDirectory``: the folder, "" when cancelled."""
    dialog = make_dialog(parent, caption, directory)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    return _run(dialog)
