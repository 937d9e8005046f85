"""The settings of this station (QSettings): every key and its default, and how a value is
read.  No widget here, so that any module may read a setting without importing the dialog
(``itday.ui.settings``)."""

from __future__ import annotations

DEFAULTS = {
    "station/name": "Accueil 1",
    "camera/index": 0,
    "camera/source": "",  # a device number, a video file or a stream URL ("": camera/index)
    "sound/enabled": True,
    "plan/min_aisle": 3.0,
    "badge/layout": "a6",
    "badge/printer": "",
    "badge/print_on_arrival": False,
    "badge/dpi": 300,
    "badge/media": "",
    "backup/folder": "",
    "backup/minutes": 10,
    "ui/language": "",  # "" follows the system; "fr" or "en"
    "security/pin_hash": "",
}


def value(settings, key: str):
    """The setting with the type of its default (QSettings returns strings on Linux)."""
    default = DEFAULTS[key]
    raw = settings.value(key, default)
    if isinstance(default, bool):
        return raw if isinstance(raw, bool) else str(raw).lower() in ("1", "true", "yes")
    if isinstance(default, int):
        try:
            return int(raw)
        except (TypeError, ValueError):
            return default
    if isinstance(default, float):
        try:
            return float(raw)
        except (TypeError, ValueError):
            return default
    return "" if raw is None else str(raw)
