"""Reception mode locks what only organisers may do; the organiser PIN unlocks it (issue 8)."""

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QGraphicsItem

from itday.core.pin import hash_pin
from itday.db import repo
from itday.ui import roles
from itday.ui.app import build_window


def _window(qtbot, demo_db, tmp_path):
    settings = QSettings(str(tmp_path / "itday.ini"), QSettings.Format.IniFormat)
    settings.setValue("security/pin_hash", hash_pin("2468"))
    window = build_window(demo_db, settings=settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(window.pages["plan"].is_ready, timeout=15_000)
    return window


def _names(demo_db):
    with demo_db.session() as s:
        event_id = repo.latest_event(session=s).id
        return sorted((a["last_name"], a["email"]) for a in repo.attendee_rows(event_id, session=s))


def test_reception_mode_cannot_edit_export_or_purge(qtbot, demo_db, tmp_path):
    window = _window(qtbot, demo_db, tmp_path)
    plan, stats = window.pages["plan"], window.pages["stats"]
    exhibitors, visitors = window.pages["exhibitors"], window.pages["visitors"]
    assert window.ctx.organiser is False
    # Plan: read-only, booths cannot be dragged, no editing tool.
    assert plan.editor.editable is False
    assert not plan.act_create.isEnabled()
    booth = next(iter(plan.scene.booth_items.values()))
    assert not booth.flags() & QGraphicsItem.GraphicsItemFlag.ItemIsMovable
    # Export and purge: no button, and the entry points refuse.
    assert not stats.export_button.isVisibleTo(stats) and not stats.purge_button.isEnabled()
    before = _names(demo_db)
    assert stats.start_export(str(tmp_path / "out")) is None
    stats.start_purge()
    window.ctx.tasks.pool.waitForDone()
    assert not (tmp_path / "out").exists()
    assert _names(demo_db) == before
    # Deleting exhibitors and importing are for organisers.
    assert not exhibitors.delete_action.isEnabled() and not exhibitors.import_action.isEnabled()
    assert not visitors.import_button.isVisibleTo(visitors)


def test_pin_unlocks_editing_and_export(qtbot, demo_db, tmp_path):
    window = _window(qtbot, demo_db, tmp_path)
    plan, stats = window.pages["plan"], window.pages["stats"]
    assert not roles.try_unlock(window.ctx, "1111")
    assert plan.editor.editable is False
    assert roles.try_unlock(window.ctx, "2468")
    assert plan.editor.editable is True and plan.act_create.isEnabled()
    booth = next(iter(plan.scene.booth_items.values()))
    assert booth.flags() & QGraphicsItem.GraphicsItemFlag.ItemIsMovable
    assert stats.export_button.isVisibleTo(stats) and stats.purge_button.isEnabled()
    assert window.pages["visitors"].import_button.isVisibleTo(window.pages["visitors"])
    with qtbot.waitSignal(stats.export_finished, timeout=60_000):
        assert stats.start_export(str(tmp_path / "out")) is not None
    assert (tmp_path / "out" / "attendees.csv").exists()
    roles.lock(window.ctx)
    assert plan.editor.editable is False and not stats.export_button.isVisibleTo(stats)
