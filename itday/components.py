"""The third-party components shipped with itday: licences and installed versions.

Shown by the About dialog and by ``itday about``; `build.spec` copies the metadata of each
distribution into the bundle so that a frozen build knows their versions too."""

from __future__ import annotations

import platform
from importlib import metadata


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Marks `text` for translation (the About dialog translates it) without importing Qt."""
    return text


# (name shown, distribution for the version, licence)
COMPONENTS: list[tuple[str, str | None, str]] = [
    ("Python", None, "PSF"),
    ("Qt / PySide6", "PySide6-Essentials", "LGPL v3"),
    ("SQLModel", "sqlmodel", "MIT"),
    ("SQLAlchemy", "SQLAlchemy", "MIT"),
    ("Alembic", "alembic", "MIT"),
    ("Pydantic", "pydantic", "MIT"),
    ("psycopg", "psycopg", "LGPL v3"),
    ("qrcode", "qrcode", "BSD"),
    ("Pillow", "pillow", "MIT-CMU (HPND)"),
    ("OpenCV", "opencv-python-headless", "Apache 2.0"),
    ("FFmpeg", None, QT_TRANSLATE_NOOP("AboutDialog", "LGPL v2.1+ (dans OpenCV)")),
    ("zxing-cpp", "zxing-cpp", "Apache 2.0"),
    ("ReportLab", "reportlab", "BSD"),
    ("openpyxl", "openpyxl", "MIT"),
    ("XlsxWriter", "XlsxWriter", "BSD 2-Clause"),
    ("NumPy", "numpy", "BSD"),
    ("OpenBLAS", None, QT_TRANSLATE_NOOP("AboutDialog", "BSD (dans NumPy et OpenCV)")),
    ("ICU", None, QT_TRANSLATE_NOOP("AboutDialog", "Unicode (dans Qt)")),
    (
        "DejaVu Sans",
        None,
        QT_TRANSLATE_NOOP("AboutDialog", "Bitstream Vera / domaine public (resources/fonts)"),
    ),
    ("Droid Sans Fallback", None, "Apache 2.0 (resources/fonts)"),
]

DISTRIBUTIONS = [dist for _name, dist, _licence in COMPONENTS if dist]


def component_versions() -> list[tuple[str, str, str]]:
    """(name, version, licence) of each component; "?" when its metadata is missing."""
    rows = []
    for name, dist, licence in COMPONENTS:
        version = ""
        if name == "Python":
            version = platform.python_version()
        elif dist:
            try:
                version = metadata.version(dist)
            except metadata.PackageNotFoundError:
                version = "?"
        rows.append((name, version, licence))
    return rows
