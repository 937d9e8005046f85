"""Issue 24.15: the block generator keeps a size of « 3,25 » m (it became 3,2 m silently),
and the booth's properties show it as it is."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from itday.ui.plan.dialogs import GeneratorDialog


@pytest.fixture(params=["fr", "en"])
def language(request, qapp):
    from itday.ui.i18n import install_translators, remove_translators

    assert install_translators(qapp, request.param) == request.param
    yield request.param
    remove_translators(qapp)


def _type(qtbot, spin, text):
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), text)
    qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Tab)


@pytest.mark.parametrize("typed", ["3,25", "3.25"])
def test_the_generator_keeps_two_decimals(qtbot, language, typed):
    dialog = GeneratorDialog((0.0, 0.0), set())
    qtbot.addWidget(dialog)
    dialog.show()
    _type(qtbot, dialog.width, typed)
    _type(qtbot, dialog.aisle, typed)
    params = dialog.params()
    assert params["width"] == pytest.approx(3.25) and params["aisle"] == pytest.approx(3.25)


def test_a_generated_booth_of_3_25_m_keeps_its_width(qtbot, demo_ctx):
    from itday.ui.pages.plan import PlanPage

    demo_ctx.set_organiser(True)
    page = PlanPage(demo_ctx)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    qtbot.waitUntil(page.is_ready)
    ids = page.editor.generate(rows=1, per_row=2, width=3.25, depth=2.0, aisle=3.0,
                               origin=(0.0, 0.0), first_code="Z01", scheme="sequential",
                               back_to_back=False)  # fmt: skip
    assert ids and page.editor.booths[ids[0]]["width"] == pytest.approx(3.25)
    page.editor._select([ids[0]])
    assert page.properties.width.value() == pytest.approx(3.25)
