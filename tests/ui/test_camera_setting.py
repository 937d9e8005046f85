"""The camera setting: a device, a video file or a stream URL, tested before it is saved."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSettings

from benchmarks.mjpeg import MjpegServer, desk_frame
from itday.ui.camera_setting import camera_source, recent_sources
from itday.ui.context import AppContext
from itday.ui.settings import SettingsDialog, value

TIMEOUT = 20_000


def _settings(tmp_path):
    return QSettings(str(tmp_path / "itday.ini"), QSettings.Format.IniFormat)


def _cleanup(ctx):
    ctx.tasks.wait_all(5000)
    QCoreApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_old_device_setting_still_read(tmp_path):
    settings = _settings(tmp_path)
    assert camera_source(settings) == "0"
    settings.setValue("camera/index", 2)
    assert camera_source(settings) == "2"
    settings.setValue("camera/source", "rtsp://10.0.0.5/live")
    assert camera_source(settings) == "rtsp://10.0.0.5/live"


def test_a_stream_url_is_tested_then_saved(qtbot, db, tmp_path):
    settings = _settings(tmp_path)
    ctx = AppContext(db, None, settings=settings)
    dialog = SettingsDialog(settings, tasks=ctx.tasks)
    qtbot.addWidget(dialog)
    field = dialog.camera
    # the cameras of this computer are probed in a worker (none here): 0 is still offered
    with qtbot.waitSignal(field.devices_listed, timeout=TIMEOUT):
        pass
    assert field.combo.findData("0") >= 0
    with MjpegServer([desk_frame()], fps=10) as server:
        field.combo.setEditText(server.url)
        with qtbot.waitSignal(field.tested, timeout=TIMEOUT) as blocker:
            field.test()
        assert blocker.args == [True, "1280 × 720"]
        assert field.status.text() == "✔ Image reçue : 1280 × 720"
    assert dialog.save() is True
    assert value(settings, "camera/source") == server.url
    assert recent_sources(settings) == [server.url]
    _cleanup(ctx)


def test_an_unreachable_or_meaningless_source_says_why(qtbot, db, tmp_path):
    settings = _settings(tmp_path)
    ctx = AppContext(db, None, settings=settings)
    dialog = SettingsDialog(settings, tasks=ctx.tasks)
    qtbot.addWidget(dialog)
    field = dialog.camera
    field.combo.setEditText("http://127.0.0.1:9/video")
    with qtbot.waitSignal(field.tested, timeout=TIMEOUT) as blocker:
        field.test()
    assert blocker.args[0] is False and "injoignable" in blocker.args[1]
    assert field.status.text().startswith("✖ flux http://127.0.0.1:9/video injoignable")
    field.combo.setEditText("ftp://example.org/cam")
    assert dialog.save() is False  # nothing saved
    assert "non prise en charge" in dialog.error_label.text()
    assert value(settings, "camera/source") == ""
    field.combo.setEditText("2")
    assert dialog.save() is True
    assert value(settings, "camera/source") == "2" and value(settings, "camera/index") == 2
    _cleanup(ctx)
