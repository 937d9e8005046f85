"""The Accueil page's work done in the pool (no widgets): recording a scan in order,
reading the counters, undoing an admission, a person's row, withdrawing consent, listing
the cameras."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

from itday.core.lazy import lazy_module
from itday.services.pipeline import ScanEvent, ScanPipeline, undo_admission
from itday.ui.consent import withdraw

repo = lazy_module("itday.db.repo")


def default_offline_dir() -> str:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return str(Path(base or ".") / "offline")


def open_source(text: str):
    """The station's frame source (``itday.services.camera``, OpenCV: imported when the
    camera first starts, after the page is painted)."""
    from itday.services.camera import open_source

    return open_source(text)


def record(state, gate, number, pipeline: ScanPipeline, raw, source, t_in, decode_ms) -> ScanEvent:
    with gate.turn(number):  # scans are committed in the order they were presented
        return pipeline.record(raw, source, t_in=t_in, decode_ms=decode_ms)


def load_counts(state, db, event_id: int) -> dict:
    with db.session() as s:
        return repo.stats(event_id, session=s)


def undo(state, db, event_id: int, uid: str):
    return undo_admission(db, event_id, uid)


def attendee(state, db, attendee_id: int) -> dict | None:
    from itday.db.models import Attendee

    with db.session() as s:
        a = s.get(Attendee, attendee_id)
        return repo.attendee_dict(a) if a is not None else None


def withdraw_consent(state, db, attendee_id: int) -> dict:
    return withdraw(db, [attendee_id])


def cameras(state) -> list[int]:
    from itday.services.camera import list_cameras

    return list_cameras()
