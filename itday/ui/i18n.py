"""Languages of the interface: French (the source strings) or English (Qt Linguist files).

``install_translators`` picks the language (``--lang``, else the ``ui/language`` setting, else
the system's), installs ``resources/translations/itday_en.qm`` for English and Qt's own
translations (standard buttons and dialogs) for either language.  ``current_language`` tells
widgets which variant of a label coming from ``itday.core`` (``*_FR`` / ``*_EN`` dicts,
``Problem.message_fr`` / ``message_en``) to show.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QTranslator,
)

from itday.resources import resource_path

LANGUAGES = ("fr", "en")
DEFAULT_LANGUAGE = "fr"

_current = DEFAULT_LANGUAGE
_installed: list[QTranslator] = []


def system_language() -> str:
    """ "en" when the system speaks a language other than French, else "fr" (also for "C")."""
    language = QLocale.system().language()
    if language in (QLocale.Language.French, QLocale.Language.C, QLocale.Language.AnyLanguage):
        return "fr"
    return "en"


def choose_language(language: str | None, settings=None) -> str:
    """``language`` if given, else the ``ui/language`` setting, else the system's."""
    if language in LANGUAGES:
        return language
    if settings is not None:
        from itday.ui.settings_keys import value

        stored = value(settings, "ui/language")
        if stored in LANGUAGES:
            return stored
    return system_language()


def install_translators(app, language: str | None = None, settings=None) -> str:
    """Install the translators for ``language`` (see ``choose_language``); returns the one
    chosen.  Calling it again replaces the previous translators."""
    global _current
    remove_translators(app)
    chosen = choose_language(language, settings)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    files = [(f"qtbase_{chosen}", qt_dir)]
    if chosen != DEFAULT_LANGUAGE:
        files.append((f"itday_{chosen}", str(resource_path("translations"))))
    for name, folder in files:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    _current = chosen
    # Spin boxes and other number widgets follow the interface: 3,0 m in French.
    QLocale.setDefault(locale())
    return chosen


def remove_translators(app=None) -> None:
    """Back to the French sources (used by tests that switched to English)."""
    global _current
    app = app or QCoreApplication.instance()
    while _installed:
        translator = _installed.pop()
        if app is not None:
            app.removeTranslator(translator)
        translator.deleteLater()
    _current = DEFAULT_LANGUAGE
    QLocale.setDefault(locale())


def current_language() -> str:
    """ "fr" or "en": the language installed by ``install_translators``."""
    return _current


def locale() -> QLocale:
    """The QLocale for dates and numbers in the current language."""
    if _current == "en":
        return QLocale("en_GB")
    return QLocale("fr_FR")


def label(labels_fr: dict, labels_en: dict, key, default: str | None = None) -> str:
    """The label of ``key`` in the current language (French when English has none)."""
    if _current == "en" and key in labels_en:
        return labels_en[key]
    if key in labels_fr:
        return labels_fr[key]
    return str(key) if default is None else default


def message(fr: str, en: str) -> str:
    """One of two ready-made messages (e.g. ``Problem.message_fr`` / ``message_en``)."""
    return en if _current == "en" and en else fr


def translate(context: str, text: str) -> str:
    """``QCoreApplication.translate`` for texts chosen at run time (listed for lupdate with
    ``QT_TRANSLATE_NOOP`` where they are defined)."""
    return QCoreApplication.translate(context, text)


# English for the French labels of ``itday.core`` / ``itday.services`` that have no ``*_EN``
# variant there (kept here so the pure layers stay untouched).
PRESENCE_LABELS_EN = {
    "present": "Exhibitor present",
    "absent": "Exhibitor not arrived yet",
    "none": "Booth without exhibitor",
}
KIND_LABELS_EN = {
    "inline": "Inline (1 open side)",
    "corner": "Corner (2 open sides)",
    "peninsula": "Peninsula (3 open sides)",
    "island": "Island (4 open sides)",
}
DOCUMENTS_EN = {  # itday.services.exhibitor_docs.DOCUMENTS
    "name": "Exhibitors by name",
    "booth": "Exhibitors by booth",
    "sector": "Exhibitors by sector",
    "directory": "Exhibitor directory",
    "signs": "Booth signs",
}
LAYOUT_DESCRIPTIONS_EN = {  # itday.services.pdf.badges.LAYOUTS
    "a6": "One A6 badge (105 × 148 mm) per page",
    "4xa6": "Four A6 badges on an A4 sheet, with cut marks",
    "8xa7": "Eight A7 badges (74 × 105 mm) on a landscape A4 sheet, with cut marks",
    "label54x90": "54 × 90 mm label, one per page (label printer)",
    "label62x100": "62 × 100 mm label, one per page (label printer)",
}
IMPORT_FIELDS_EN = {  # itday.core.importing.FIELDS_VISITORS and FIELDS_EXHIBITORS
    "last_name": "Last name",
    "first_name": "First name",
    "full_name": "Full name (first and last)",
    "company": "Company",
    "job_title": "Job title",
    "email": "E-mail",
    "phone": "Phone",
    "category": "Ticket type",
    "external_ref": "Reference",
    "ticket_code": "Ticket code (ticketing service)",
    "consent": "Details to exhibitors (yes/no)",
    "status": "Ticket status (cancelled, refunded…)",
    "name": "Company (exhibitor name)",
    "sector": "Sector",
    "contact_name": "Contact",
    "contact_first_name": "Contact's first name",
    "contact_last_name": "Contact's last name",
    "contact_email": "E-mail",
    "contact_phone": "Phone",
    "website": "Website",
    "description": "Description",
    "booths": "Booth(s)",
    "staff": "Staff (names, separated by commas)",
}
REFUSED_LABELS_EN = {
    "not_ours": "Foreign code (not an itday badge)",
    "damaged": "Misread code",
    "other_edition": "Badge of another edition",
    "not_registered": "itday code not registered",
    "unknown_ticket": "Unknown ticket",
    "cancelled": "Registration cancelled",
    "unknown": "Unknown code",
    "invalid": "Foreign code (not a badge of this edition)",
}

# Messages returned by ``itday.core`` functions (French), translated with ``core_message``.
CORE_MESSAGES = (QT_TRANSLATE_NOOP("core", "Le code doit comporter de 4 à 12 chiffres (0 à 9)."),)


def core_message(text: str) -> str:
    """A French message from ``itday.core`` in the current language (listed above)."""
    return QCoreApplication.translate("core", text)


def number(value: int) -> str:
    """1 102 in French (narrow no-break space), 1,102 in English."""
    separator = "," if current_language() == "en" else "\u202f"
    return f"{value:,}".replace(",", separator)


def counted(n: int, one: str, many: str) -> str:
    """``one`` or ``many`` (translated texts holding ``%1``) for ``n``, by the rule of the
    language shown: in French 0 and 1 take the singular (« 1 entré », « 0 exposant »), in
    English only 1 does."""
    singular = n == 1 if current_language() == "en" else n < 2
    return (one if singular else many).replace("%1", number(n))


def error_text(exc: BaseException) -> str:
    """An error's one line in the interface's language (see ``itday.errors``).

    Thread-safe: workers translate their errors before sending them to the GUI thread."""
    translated = getattr(exc, "translated", None)
    if callable(translated):
        return translated(QCoreApplication.translate)
    return core_message(str(exc))


def system_error_text(exc: BaseException) -> str | None:
    """A file system's or SQLite's error (a full disk, a removed key) as one line in the
    interface's language, never the system's English; None for anything else (a bug)."""
    import sqlite3

    from itday.errors import db_reason, os_reason

    if isinstance(exc, OSError):
        reason = os_reason(exc, QCoreApplication.translate)
        where = f" : {exc.filename}" if exc.filename else ""
        return f"{reason[:1].upper()}{reason[1:]}{where}."
    if isinstance(exc, sqlite3.Error) or isinstance(getattr(exc, "orig", None), sqlite3.Error):
        reason = db_reason(exc, QCoreApplication.translate)
        return f"{reason[:1].upper()}{reason[1:]}."
    return None
