"""Issue 24.15: the import report's summary counts what it lists, with the right plural
(« 1 avertissement(s) » once stood over two rows, both duplicates)."""

from __future__ import annotations

import pytest

from itday.ui.import_dialog import ImportDialog
from tests.ui.visitors_helpers import make_ctx_fixture  # noqa: F401 (fixture make_ctx)

CSV = "Société;Contact\nÉnergie Occitane;Hélène Dupré\nEnergie Occitane;dup\nEnergie Occitane;\n"


@pytest.fixture(params=["fr", "en"])
def language(request, qapp):
    from itday.ui.i18n import install_translators, remove_translators

    assert install_translators(qapp, request.param) == request.param
    yield request.param
    remove_translators(qapp)


def test_the_summary_counts_the_rows_it_lists(qtbot, db, event_id, tmp_path, make_ctx, language):
    path = tmp_path / "exposants.csv"
    path.write_text(CSV, encoding="utf-8")
    dialog = ImportDialog(make_ctx(db, organiser=True, event_id=event_id), "exhibitors")
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.file_loaded, timeout=10_000):
        dialog.load_file(path)
    with qtbot.waitSignal(dialog.previewed, timeout=10_000):
        dialog.preview()
    kinds = [dialog.report_table.item(r, 1).text() for r in range(dialog.report_table.rowCount())]
    summary = dialog.summary.text()
    if language == "fr":
        assert kinds == ["Doublon", "Doublon"]
        assert "1 nouveau," in summary and "2 doublons fusionnés" in summary
        assert "0 avertissement," in summary and "0 ligne rejetée" in summary
    else:
        assert kinds == ["Duplicate", "Duplicate"]
        assert "1 new," in summary and "2 duplicates merged" in summary
        assert "0 warnings," in summary and "0 lines rejected" in summary
    assert "(s)" not in summary and "(x)" not in summary
