"""What a badge print came to, from what the print queue says: pure rules, no I/O.

Three outcomes, the words of ``itday checkin --print`` and of the Accueil page:

``printed``
    the queue accepted the job **and** processed it to the end (IPP job-state
    ``completed``): the badge came out of a label printer, or the PDF printer wrote its file.
``queued``
    the queue accepted the job but it has not come out: the printer is paused, off, out of
    labels, jammed, or still busy when we stopped waiting.  The job stays in the printer's
    queue and prints by itself once the problem is fixed; itday keeps it in its own list.
``failed``
    the badge never reached a printer (no printer chosen, unknown printer, queue refusing
    jobs, print server unreachable) or the queue gave up on it (aborted, cancelled).  It
    stays in itday's list of badges to print, with a Retry.

A problem is a key (``Problem``); its message is a French template with named fields marked
for translation (``errors`` context), filled with the printer's name and details.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from itday.errors import QT_TRANSLATE_NOOP

PRINTED = "printed"
QUEUED = "queued"
FAILED = "failed"
PRINTING = "printing"  # sent, not finished yet, no problem seen: keep waiting
ALREADY = "already"  # an arrival whose badge was printed before: nothing printed


class Problem(StrEnum):
    PAUSED = "paused"
    OFFLINE = "offline"
    MEDIA_EMPTY = "media-empty"
    MEDIA_JAM = "media-jam"
    DOOR_OPEN = "door-open"
    STOPPED = "stopped"
    WAITING = "waiting"
    NOT_ACCEPTING = "not-accepting"
    UNKNOWN_PRINTER = "unknown-printer"
    NO_PRINTER = "no-printer"
    UNREACHABLE = "unreachable"
    AUTH = "auth"
    REFUSED = "refused"
    ABORTED = "aborted"
    CANCELED = "canceled"
    RENDER = "render"
    NOT_SENT = "not-sent"


# IPP job-state (RFC 8011 §5.3.7) and printer-state (§5.4.11) values
JOB_PENDING, JOB_HELD, JOB_PROCESSING, JOB_STOPPED = 3, 4, 5, 6
JOB_CANCELED, JOB_ABORTED, JOB_COMPLETED = 7, 8, 9
PRINTER_IDLE, PRINTER_PROCESSING, PRINTER_STOPPED = 3, 4, 5

# printer-state-reasons keywords (without their -error/-warning/-report suffix) → problem
_REASONS: dict[str, Problem] = {
    "paused": Problem.PAUSED,
    "offline": Problem.OFFLINE,
    "shutdown": Problem.OFFLINE,
    "connecting-to-device": Problem.OFFLINE,
    "timed-out": Problem.OFFLINE,
    "media-empty": Problem.MEDIA_EMPTY,
    "media-needed": Problem.MEDIA_EMPTY,
    "input-tray-missing": Problem.MEDIA_EMPTY,
    "media-jam": Problem.MEDIA_JAM,
    "door-open": Problem.DOOR_OPEN,
    "cover-open": Problem.DOOR_OPEN,
    "interlock-open": Problem.DOOR_OPEN,
}

TEMPLATES: dict[Problem, str] = {
    Problem.PAUSED: QT_TRANSLATE_NOOP(
        "errors",
        "L'imprimante « {printer} » est en pause : le badge sortira quand elle sera remise "
        "en route.",
    ),
    Problem.OFFLINE: QT_TRANSLATE_NOOP(
        "errors",
        "L'imprimante « {printer} » est éteinte ou débranchée : allumez-la ou rebranchez-la ; "
        "le badge attend dans sa file.",
    ),
    Problem.MEDIA_EMPTY: QT_TRANSLATE_NOOP(
        "errors",
        "L'imprimante « {printer} » n'a plus d'étiquettes ou de papier : rechargez-la ; le "
        "badge attend dans sa file.",
    ),
    Problem.MEDIA_JAM: QT_TRANSLATE_NOOP(
        "errors",
        "Bourrage sur l'imprimante « {printer} » : dégagez les étiquettes ; le badge attend "
        "dans sa file.",
    ),
    Problem.DOOR_OPEN: QT_TRANSLATE_NOOP(
        "errors",
        "Le capot de l'imprimante « {printer} » est ouvert : fermez-le ; le badge attend dans "
        "sa file.",
    ),
    Problem.STOPPED: QT_TRANSLATE_NOOP(
        "errors",
        "L'imprimante « {printer} » est arrêtée ({detail}) : le badge attend dans sa file.",
    ),
    Problem.WAITING: QT_TRANSLATE_NOOP(
        "errors",
        "Le badge attend encore dans la file de l'imprimante « {printer} » (travail {job}).",
    ),
    Problem.NOT_ACCEPTING: QT_TRANSLATE_NOOP(
        "errors",
        "L'imprimante « {printer} » refuse les travaux : réactivez-la (cupsaccept) ou "
        "choisissez-en une autre, puis Réessayer.",
    ),
    Problem.UNKNOWN_PRINTER: QT_TRANSLATE_NOOP(
        "errors",
        "Imprimante « {printer} » inconnue du serveur d'impression : choisissez l'imprimante "
        "des badges dans les réglages du poste, puis Réessayer.",
    ),
    Problem.NO_PRINTER: QT_TRANSLATE_NOOP(
        "errors",
        "Aucune imprimante de badges : choisissez-en une dans les réglages du poste, puis "
        "Réessayer.",
    ),
    Problem.UNREACHABLE: QT_TRANSLATE_NOOP(
        "errors",
        "Serveur d'impression injoignable ({detail}) : vérifiez que CUPS tourne, puis Réessayer.",
    ),
    Problem.AUTH: QT_TRANSLATE_NOOP(
        "errors",
        "Le serveur d'impression demande un mot de passe pour « {printer} » : autorisez "
        "l'impression sans authentification sur ce poste, puis Réessayer.",
    ),
    Problem.REFUSED: QT_TRANSLATE_NOOP(
        "errors",
        "L'imprimante « {printer} » refuse le badge ({detail}) : Réessayer, ou choisir une "
        "autre imprimante.",
    ),
    Problem.ABORTED: QT_TRANSLATE_NOOP(
        "errors",
        "L'impression du badge a échoué sur « {printer} » ({detail}) : Réessayer.",
    ),
    Problem.CANCELED: QT_TRANSLATE_NOOP(
        "errors",
        "Le travail du badge a été annulé sur l'imprimante « {printer} » : Réessayer pour "
        "l'imprimer.",
    ),
    Problem.RENDER: QT_TRANSLATE_NOOP(
        "errors", "Le badge n'a pas pu être préparé ({detail}) : Réessayer."
    ),
    Problem.NOT_SENT: QT_TRANSLATE_NOOP(
        "errors", "Le badge n'a pas encore été envoyé à l'imprimante : Réessayer."
    ),
}

PRINTED_TEMPLATE = QT_TRANSLATE_NOOP("errors", "Badge imprimé sur « {printer} ».")
PRINTING_TEMPLATE = QT_TRANSLATE_NOOP("errors", "Badge en impression sur « {printer} »…")
ALREADY_TEMPLATE = QT_TRANSLATE_NOOP(
    "errors",
    "Badge déjà imprimé (retrait la veille, lot ou arrivée) : pas de nouvel exemplaire ; "
    "Réimprimer si la personne ne l'a pas.",
)

#: problems for which the job waits in the printer's own queue (it prints once fixed)
WAITS_IN_QUEUE = frozenset(
    {
        Problem.PAUSED,
        Problem.OFFLINE,
        Problem.MEDIA_EMPTY,
        Problem.MEDIA_JAM,
        Problem.DOOR_OPEN,
        Problem.STOPPED,
        Problem.WAITING,
    }
)


def _keyword(reason: str) -> tuple[str, str]:
    """``media-empty-error`` → (``media-empty``, ``error``); no suffix means an error."""
    for suffix in ("-error", "-warning", "-report"):
        if reason.endswith(suffix):
            return reason[: -len(suffix)], suffix[1:]
    return reason, "error"


def problem_from_reasons(reasons: Iterable[str]) -> Problem | None:
    """The first printer problem named in printer-state-reasons (warnings are not problems:
    « media-low-warning » still prints)."""
    for reason in reasons:
        keyword, severity = _keyword(reason.strip().lower())
        if severity == "warning" or keyword in ("", "none"):
            continue
        problem = _REASONS.get(keyword)
        if problem is not None:
            return problem
    return None


def serious_reasons(reasons: Iterable[str]) -> list[str]:
    """printer-state-reasons that are errors or reports (for a detail line)."""
    return [
        r
        for r in (r.strip() for r in reasons)
        if r and r != "none" and _keyword(r.lower())[1] != "warning"
    ]


def classify_job(
    job_state: int,
    printer_state: int = PRINTER_IDLE,
    printer_reasons: Iterable[str] = (),
    waited_out: bool = False,
) -> tuple[str, Problem | None]:
    """(outcome, problem) of a job the queue accepted, from its state and its printer's.

    ``PRINTING`` means: nothing wrong seen yet, ask again later; once ``waited_out`` (the
    caller stopped waiting) a job still in the queue is ``QUEUED`` with ``WAITING``.
    """
    if job_state == JOB_COMPLETED:
        return PRINTED, None
    if job_state == JOB_CANCELED:
        return FAILED, Problem.CANCELED
    if job_state == JOB_ABORTED:
        return FAILED, Problem.ABORTED
    reasons = list(printer_reasons)
    problem = problem_from_reasons(reasons)
    if problem is None and (printer_state == PRINTER_STOPPED or job_state == JOB_STOPPED):
        problem = Problem.STOPPED
    if problem is not None:
        return QUEUED, problem
    if waited_out:
        return QUEUED, Problem.WAITING
    return PRINTING, None


#: what the command line adds to a problem's message (the GUI never quotes an option)
COMMAND_LINE_HINTS: dict[Problem, str] = {
    Problem.NO_PRINTER: "(ligne de commande : --printer NOM)",
}


def template(outcome: str, problem: Problem | str | None) -> str:
    """The French template that says ``outcome`` (and its problem)."""
    if problem:
        return TEMPLATES[Problem(problem)]
    if outcome == PRINTED:
        return PRINTED_TEMPLATE
    if outcome == ALREADY:
        return ALREADY_TEMPLATE
    return PRINTING_TEMPLATE


def media_name(width_pt: float, height_pt: float) -> str:
    """CUPS media keyword for a page of this size: ``Custom.54x90mm`` (portrait)."""
    w, h = sorted((width_pt, height_pt))
    mm = 72 / 25.4
    return f"Custom.{_number(w / mm)}x{_number(h / mm)}mm"


def _number(value: float) -> str:
    rounded = round(value, 1)
    return str(int(rounded)) if rounded == int(rounded) else f"{rounded:.1f}"
