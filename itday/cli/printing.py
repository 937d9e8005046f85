"""The badge printer of ``checkin --print``, ``badges --print`` and ``print-queue``."""

from __future__ import annotations

import sys

from itday.errors import ItdayError

#: what became of a badge, in the words of the text output (None: printed before)
BADGE_WORDS = {
    "printed": "imprimé",
    "queued": "en attente",
    "failed": "non imprimé",
    None: "déjà imprimé",
}


def print_service(args, db):
    """The badge printing service of ``--print`` (CUPS, or Qt's printer on Windows)."""
    from itday.services.pdf.badges import LAYOUTS
    from itday.services.printing.badges import BadgePrintService, PrintSettings

    layout = args.layout or "label54x90"
    if layout not in LAYOUTS:
        raise ItdayError(
            f"Mise en page inconnue « {layout} » : « itday badges --layout list » les énumère."
        )
    settings = PrintSettings(
        printer=args.printer or "", layout=layout, dpi=args.dpi, media=args.media or "",
        wait_s=args.wait,
    )  # fmt: skip
    return BadgePrintService(db, _print_backend(), station=args.station, settings=settings)


def _print_backend():
    if sys.platform == "win32":  # no CUPS: Qt's printer (the Windows spooler)
        from PySide6.QtGui import QGuiApplication

        from itday.ui.printing import QtPrintBackend

        app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
        return QtPrintBackend(app)
    from itday.services.printing import default_backend

    return default_backend()


def arrival_badge(service, event_id: int, outcome):
    """Print the badge of a first admission; what became of it (None: nothing to print)."""
    try:
        status = service.on_admission(event_id, outcome)
    except ItdayError as exc:  # the database or the queue: the admission itself is kept
        return FailedBadge(str(exc))
    return None if status is None else service.wait(status)


class FailedBadge:
    badge = "failed"

    def __init__(self, message: str) -> None:
        self.message = message

    def to_json(self) -> dict:
        return {"badge": "failed", "badge_message": self.message}
