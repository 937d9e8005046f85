"""« Rapports exposants » on the Exposants page (issue 26): the selected exhibitor's report
or everyone's, written in a worker into the folder chosen, with a progress bar that can
cancel; the small show made by hand gives the figures to look for."""

from __future__ import annotations

import pytest

from itday.ui.context import AppContext
from itday.ui.pages.exhibitors import ExhibitorsPage
from tests.db.test_stand_reports import _show, _text


def _messages(ctx) -> list[tuple[str, str]]:
    seen: list[tuple[str, str]] = []
    ctx.bridge.message_posted.connect(lambda level, text: seen.append((level, text)))
    return seen


@pytest.fixture
def page(qtbot, db, event_id):
    with db.session() as s:
        ids = _show(s, event_id)
    ctx = AppContext(db, event_id)
    widget = ExhibitorsPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitUntil(widget.is_ready)
    widget.ids = ids
    yield widget
    ctx.tasks.wait_all(10_000)


def test_the_selected_exhibitors_report_is_written_into_the_folder_chosen(qtbot, page, tmp_path):
    seen = _messages(page.ctx)
    page.select_id(page.ids["Alpha"])
    reports = page.reports
    assert reports.button.isEnabled() and reports.one_action.isEnabled()
    folder = tmp_path / "rapports"
    reports.choose_folder = lambda: str(folder)
    reports.one_action.trigger()
    qtbot.waitUntil(lambda: reports.task is not None and reports.task.done, timeout=30_000)
    assert [p.name for p in folder.iterdir()] == ["rapport-alpha.pdf"]
    text = _text(folder / "rapport-alpha.pdf")
    assert "Visiteurs enregistrés par votre stand 7" in text
    assert "Secretnom" not in text
    assert seen[-1][0] == "info" and "rapport-alpha.pdf" in seen[-1][1]
    assert page.ctx.settings.value("reports/folder") == str(folder)


def test_all_reports_and_a_folder_that_is_a_file(qtbot, page, tmp_path):
    seen = _messages(page.ctx)
    task = page.reports.write(str(tmp_path / "tous"))
    qtbot.waitUntil(lambda: task.done, timeout=30_000)
    assert sorted(p.name for p in (tmp_path / "tous").iterdir()) == [
        "rapport-alpha.pdf", "rapport-beta.pdf", "rapport-gamma.pdf"
    ]  # fmt: skip
    assert "n'a encore enregistré aucun visiteur" in _text(tmp_path / "tous" / "rapport-gamma.pdf")
    assert seen[-1] == ("info", f"3 rapports exposants écrits dans {tmp_path / 'tous'}")
    (tmp_path / "fichier").write_text("pas un dossier")
    task = page.reports.write(str(tmp_path / "fichier"))
    qtbot.waitUntil(lambda: task.done, timeout=30_000)
    assert seen[-1][0] == "error" and "n'est pas un dossier" in seen[-1][1]
    assert (tmp_path / "fichier").read_text() == "pas un dossier"


def test_cancel_stops_the_reports(qtbot, exhibitors_page, tmp_path):
    page = exhibitors_page
    seen = _messages(page.ctx)
    folder = tmp_path / "demo"
    task = page.reports.write(str(folder))
    progress: list[int] = []

    def step(done: int, _total: int, _text: str) -> None:
        progress.append(done)
        if done >= 1:
            task.cancel()  # what the progress dialog's « Annuler » does

    task.signals.progressed.connect(step)
    qtbot.waitUntil(lambda: task.done, timeout=60_000)
    written = list(folder.iterdir())
    assert 1 <= len(written) < 10  # 95 exhibitors in the demo
    assert seen[-1][0] == "warning" and "Rapports interrompus" in seen[-1][1]
    assert page.reports.last_result is None
