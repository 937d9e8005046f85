"""A visitor's consent at the desk: the box's words, its state in one line, withdrawing it.

The same words in the walk-in form, the edit form and the Accueil page; withdrawing goes
through ``itday.db.attendees.set_consent`` (one transaction, source « desk ») and every
stand's export respects it from then on.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QUndoCommand

from itday.core.consent import ConsentSource
from itday.core.lazy import lazy_module

attendee_repo = lazy_module("itday.db.attendees")

SOURCES = {
    ConsentSource.IMPORT.value: QT_TRANSLATE_NOOP("consent", "fichier d'inscription"),
    ConsentSource.WALK_IN.value: QT_TRANSLATE_NOOP("consent", "inscription sur place"),
    ConsentSource.DESK.value: QT_TRANSLATE_NOOP("consent", "à l'accueil"),
}


def consent_text() -> str:
    """The consent box's words (walk-in and edit forms)."""
    return QCoreApplication.translate(
        "consent", "Accepte que les exposants reçoivent ses coordonnées"
    )


def consent_short_text() -> str:
    """The box's words where room is short (the edit form)."""
    return QCoreApplication.translate("consent", "Coordonnées aux exposants")


def consent_tooltip() -> str:
    return QCoreApplication.translate(
        "consent",
        "E-mail, téléphone et fonction. Sans accord, un exposant ne reçoit que ce que montre "
        "le badge (nom, société, catégorie). Non coché par défaut ; retirable à tout moment.",
    )


def consent_status(consent: bool | None, at: dt.datetime | None, source: str, tz: ZoneInfo) -> str:
    """« Accord donné le 29/06/2017 à 09:12 (fichier d'inscription) », « Jamais demandé »."""
    if consent is None:
        return QCoreApplication.translate(
            "consent", "Jamais demandé : rien n'est transmis aux exposants"
        )
    text = (
        QCoreApplication.translate("consent", "Accord donné le %1 (%2)")
        if consent
        else QCoreApplication.translate("consent", "Refusé ou retiré le %1 (%2)")
    )
    when = at.astimezone(tz).strftime("%d/%m/%Y %H:%M") if at is not None else "?"
    where = (
        QCoreApplication.translate("consent", SOURCES[source])
        if source in SOURCES
        else (source or "?")
    )
    return text.replace("%1", when).replace("%2", where)


def withdraw(db, ids: list[int]) -> dict[int, dict]:
    """Withdraw the consent of ``ids`` now, at the desk; the previous answers (for undo)."""
    with db.session() as session:
        return attendee_repo.set_consent(ids, False, ConsentSource.DESK.value, session=session)


class SetConsent(QUndoCommand):
    """Give or withdraw consent for some people; undo puts their previous answers back
    (with their own time and source)."""

    def __init__(self, ctx, ids: list[int], consent: bool, text: str) -> None:
        super().__init__(text)
        self.ctx = ctx
        self.ids = list(ids)
        self.consent = consent
        self.before: dict[int, dict] = {}

    def redo(self) -> None:
        with self.ctx.db.session() as session:
            self.before = attendee_repo.set_consent(
                self.ids, self.consent, ConsentSource.DESK.value, session=session
            )
        self.ctx.bridge.data_changed.emit("attendees")

    def undo(self) -> None:
        with self.ctx.db.session() as session:
            attendee_repo.restore_consent(self.before, session=session)
        self.ctx.bridge.data_changed.emit("attendees")
