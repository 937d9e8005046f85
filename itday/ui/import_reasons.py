"""The import report's reasons in English: the French reasons of ``itday.core.importing``
and ``itday.services.importer`` matched by pattern (the file's values between « » kept)."""

from __future__ import annotations

import re

from itday.ui import i18n
from itday.ui.import_statuses import EXPORT_REASONS_EN

DUPLICATE_REASON = "même personne ou société qu'une ligne précédente : fusionnée"

# English for the French reasons of ``itday.core.importing`` / ``itday.services.importer``
# (the file's values between « » are kept).
REASONS_EN = (
    (DUPLICATE_REASON, "same person or company as an earlier line: merged"),
    (r"^la cellule « (.*) » commence par « = » : gardée telle quelle, comme du texte$",
     r"the cell “\1” starts with “=”: kept as it is, as text"),
    (r"^colonne « (.*) » ignorée \(en-tête non reconnu\)$",
     r"column “\1” ignored (unknown header)"),
    (r"^colonne « (.*) » ignorée \(celle de l'acheteur, pas du participant\)$",
     r"column “\1” ignored (the buyer's, not the attendee's)"),
    (r"^aucun nom ni prénom$", "no first or last name"),
    (r"^aucun nom d'exposant$", "no exhibitor name"),
    (r"^adresse e-mail invalide « (.*) » : importée telle quelle$",
     r"invalid e-mail address “\1”: imported as it is"),
    (r"^type de billet « (.*) » inconnu : importé comme visiteur$",
     r"unknown ticket type “\1”: imported as a visitor"),
    (r"^stand « (.*) » inconnu : non attribué$", r"unknown booth “\1”: not assigned"),
    (r"^stand « (.*) » déjà attribué à « (.*) » : non modifié$",
     r"booth “\1” already assigned to “\2”: not changed"),
    (r"^nom de famille manquant$", "last name missing"),
    (r"^téléphone « (.*) » enregistré comme un nombre (?:dans le classeur|par un tableur) "
     r"\(0 initial perdu\) : importé comme « (.*) »$",
     r"phone “\1” stored as a number (leading 0 lost): imported as “\2”"),
    (r"^code de billet « (.*) » abîmé par le tableur \(nombre écrit en notation scientifique, "
     r"chiffres perdus\) : ignoré ; exportez à nouveau le fichier depuis la billetterie et "
     r"importez-le sans l'ouvrir dans Excel$",
     r"ticket code “\1” damaged by a spreadsheet (number in scientific notation, digits lost): "
     r"ignored; export the file again from the ticketing service and import it without "
     r"opening it in Excel"),
    (r"^code de billet « (.*) » trop court ou trop long : ignoré$",
     r"ticket code “\1” too short or too long: ignored"),
    (r"^même e-mail que la ligne (\d+) mais autre nom et autre billet : importé comme une "
     r"autre personne$",
     r"same e-mail as line \1 but another name and another ticket: imported as another person"),
    (r"^code de billet « (.*) » déjà sur la ligne (\d+) \(autre personne\) : ignoré$",
     r"ticket code “\1” already on line \2 (another person): ignored"),
    (r"^code de billet « (.*) » était à « (.*) » : passe à cette personne$",
     r"ticket code “\1” belonged to “\2”: moved to this person"),
    (r"^code de billet « (.*) » déjà à « (.*) » \(autre personne, absente du fichier\) : "
     r"ignoré$",
     r"ticket code “\1” already held by “\2” (another person, not in the file): ignored"),
    (r"^code de billet « (.*) » : c'est un code de badge itday, pas un billet : ignoré$",
     r"ticket code “\1”: this is an itday badge code, not a ticket: ignored"),
    (r"^inscription annulée à la main : reste annulée \(le fichier dit le billet valide ; "
     r"rétablissez-la dans Visiteurs si elle doit l'être\)$",
     "registration cancelled by hand: stays cancelled (the file says the ticket is valid; "
     "restore it in Visitors if it should be)"),
    *EXPORT_REASONS_EN,
)  # fmt: skip
# The merge and update reasons list fields and values: their parts are translated one by one
# (the values between « » are kept).
_FIELD_WORDS_EN = {
    "n° de commande": "order no.", "type de billet": "ticket type", "site web": "website",
    "prénom": "first name", "nom": "name", "société": "company", "fonction": "job title",
    "e-mail": "e-mail", "téléphone": "phone", "secteur": "sector", "contact": "contact",
    "description": "description", "référence": "reference", "code de billet": "ticket code",
}  # fmt: skip
_FIELD_WORD = "|".join(re.escape(w) for w in _FIELD_WORDS_EN)
PIECES_EN = (
    (r"^doublon de la ligne (\d+) fusionné", r"duplicate of line \1 merged"),
    (r"^déjà dans l'édition, mis à jour : ", "already in the edition, updated: "),
    (r"inscription annulée \(billet annulé ou remboursé depuis\)", "registration cancelled (ticket cancelled or refunded since)"),
    (r"inscription rétablie \(billet de nouveau valide\)", "registration restored (ticket valid again)"),
    (r" ; valeurs? différentes? gardées? de la ligne (\d+) : ", r"; different value(s) kept from line \1: "),
    (r"\(ligne (\d+) : « ", r"(line \1: « "),
    (rf"(^|: |, )({_FIELD_WORD}) « ", lambda m: f"{m[1]}{_FIELD_WORDS_EN[m[2]]} « "),
    (r"« ", "“"),
    (r" »", "”"),
)  # fmt: skip


def reason_text(reason: str) -> str:
    """A report line's reason in the current language."""
    if i18n.current_language() != "en":
        return reason
    if reason.startswith(("doublon de la ligne ", "déjà dans l'édition, mis à jour : ")):
        for pattern, english in PIECES_EN:
            reason = re.sub(pattern, english, reason)
        return reason
    for pattern, english in REASONS_EN:
        if pattern == reason:
            return english
        changed, n = re.subn(pattern, english, reason)
        if n:
            return changed
    return reason
