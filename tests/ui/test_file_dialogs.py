"""itday's file dialogs: names only (issue 13.1), and every label in the interface's language
(issue 17.8: Qt's French catalogue lacks « Look in: »)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QPushButton

from itday.ui.files import make_dialog


@pytest.fixture(params=["fr", "en"])
def language(request, qapp):
    from itday.ui.i18n import install_translators, remove_translators

    assert install_translators(qapp, request.param) == request.param
    yield request.param
    remove_translators(qapp)


def test_dialog_speaks_the_interface_language(qtbot, tmp_path, language):
    dialog = make_dialog(None, "Ouvrir", str(tmp_path))
    qtbot.addWidget(dialog)
    dialog.show()
    texts = {w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(QPushButton)}
    english = {"&Look in:", "Files of &type:", "File &name:", "Cancel"}
    if language == "fr":
        assert not english & texts, texts
        assert {"Regarder dans :", "Type de fichier :", "Annuler"} <= texts
    else:
        assert {"Look in:", "File type:", "Cancel"} <= texts, texts


def test_save_dialog_refuses_a_database_name(qtbot, tmp_path, monkeypatch, language):
    from itday.ui import files

    warned = []
    monkeypatch.setattr(files.QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    names = iter([str(tmp_path / "itday.sqlite"), ""])
    monkeypatch.setattr(files, "_run", lambda _d: next(names))
    assert files.save_file_name(None, "Enregistrer", str(tmp_path))[0] == ""
    assert warned and "itday.sqlite" in warned[0]


def test_save_dialogs_start_in_documents_then_where_the_last_file_went(
    qtbot, tmp_path, monkeypatch
):
    from PySide6.QtCore import QStandardPaths

    from itday.ui import files

    documents = tmp_path / "Documents"
    documents.mkdir()
    monkeypatch.setattr(files, "_last_save_folder", "")
    monkeypatch.setattr(
        QStandardPaths, "writableLocation", staticmethod(lambda _where: str(documents))
    )
    seen = []

    def run(dialog):
        seen.append(dialog.directory().absolutePath())
        return str(tmp_path / "stick" / "plan.pdf")

    (tmp_path / "stick").mkdir()
    monkeypatch.setattr(files, "_run", run)
    files.save_file_name(None, "Exporter le plan", "plan.pdf")
    files.save_file_name(None, "Enregistrer les badges", "badges.pdf")
    assert seen == [str(documents), str(tmp_path / "stick")]
    assert files.save_start(str(tmp_path / "x" / "y.pdf")) == str(tmp_path / "x" / "y.pdf")
