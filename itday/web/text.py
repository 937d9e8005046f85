"""Words of the phones' pages, in French and English (chosen by the phone's
Accept-Language; French when the phone asks for neither).

Plain data, like ``itday.core.doc_text``: the pages are made without Qt.  The French text
is the key; ``t(lang, french, **fields)`` gives it in ``lang``.  A test checks that every
French text has its English.
"""

from __future__ import annotations

LANGUAGES = ("fr", "en")

EN: dict[str, str] = {
    # pairing
    "Stands — {event}": "Booths — {event}",
    "Ce téléphone n'est relié à aucun stand.": "This phone is not linked to any booth.",
    "Demandez le kit exposant aux organisateurs du salon, puis scannez son code QR.": (
        "Ask the show's organisers for the exhibitor kit, then scan its QR code."
    ),
    "Ou tapez le code du kit :": "Or type the kit's code:",
    "Relier ce téléphone": "Link this phone",
    "Ce lien n'est pas (ou plus) valable : demandez le kit exposant aux organisateurs.": (
        "This link is not (or no longer) valid: ask the organisers for the exhibitor kit."
    ),
    "Code du kit inconnu : vérifiez-le ou demandez le kit aux organisateurs.": (
        "Unknown kit code: check it or ask the organisers for the kit."
    ),
    "Trop d'essais : attendez une minute avant de recommencer.": (
        "Too many tries: wait a minute before trying again."
    ),
    # scanning
    "Stand {stand}": "Booth: {stand}",
    "Scanner un badge": "Scan a badge",
    "Photo du badge : le code QR net, d'assez près.": (
        "Photo of the badge: the QR code sharp, close enough."
    ),
    "Code sous le QR du badge": "Code under the badge's QR",
    "Valider": "OK",
    "Envoi de la photo…": "Sending the photo…",
    "Lecture du badge…": "Reading the badge…",
    "Contacts du stand": "Booth's leads",
    "Scanner": "Scan",
    "Contacts scannés sur ce téléphone": "Leads scanned on this phone",
    # answers
    "Nouveau contact": "New lead",
    "Déjà scanné — même contact": "Scanned before — same lead",
    "Pas un badge de ce salon.": "Not a badge of this show.",
    "Aucun code lu : reprenez la photo plus près.": "No code read: take the photo closer.",
    "Code mal lu : reprenez la photo plus près.": "Code misread: take the photo closer.",
    "Badge inconnu : vérifiez le code ou demandez à l'accueil.": (
        "Unknown badge: check the code or ask the reception desk."
    ),
    "Badge d'une autre édition.": "Badge of another edition.",
    "Inscription annulée : voyez l'accueil.": "Registration cancelled: see the reception desk.",
    "Code incomplet : tapez le code entier du badge.": "Code incomplete: type the whole badge code.",
    "Photo trop lourde.": "Photo too large.",
    "Photo au format HEIC : choisissez « Le plus compatible » dans les réglages de l'appareil photo.": (
        "HEIC photo: choose « Most compatible » in the camera settings."
    ),
    "Ce n'est pas une photo lisible.": "This is not a readable photo.",
    "Photo en attente d'envoi.": "Photo waiting to be sent.",
    # qualifying
    "Intérêt": "Interest",
    "chaud": "hot",
    "tiède": "warm",
    "froid": "cold",
    "Étiquettes": "Tags",
    "Note": "Note",
    "Ce qui a été dit…": "What was said…",
    "en attente d'envoi": "waiting to be sent",
    "enregistré": "saved",
    "Réseau indisponible — tout est gardé sur ce téléphone.": (
        "Network unavailable — everything is kept on this phone."
    ),
    "Terminé": "Done",
    # manager
    "Contacts — {stand}": "Leads — {stand}",
    "{n} contact(s)": "{n} lead(s)",
    "Rechercher": "Search",
    "Nom, société, note…": "Name, company, note…",
    "Télécharger": "Download",
    "Aucun contact pour l'instant.": "No leads yet.",
    "Aucun contact ne correspond.": "No lead matches.",
    "scanné {n} fois": "scanned {n} times",
    "Coordonnées non partagées par le visiteur.": "Contact details not shared by the visitor.",
    "Réservé au responsable du stand : demandez son kit aux organisateurs.": (
        "For the booth's manager only: ask the organisers for the manager's kit."
    ),
    "Ce téléphone n'a plus accès au stand : demandez un nouveau kit aux organisateurs.": (
        "This phone no longer has access to the booth: ask the organisers for a new kit."
    ),
    "Page introuvable.": "Page not found.",
    "Requête refusée.": "Request refused.",
}


def language(accept_language) -> str:
    """``fr`` or ``en`` from the request's Accept-Language (werkzeug's parsed header)."""
    best = accept_language.best_match(["fr", "en"], default=None) if accept_language else None
    return best or "fr"


def t(lang: str, french: str, **fields) -> str:
    """``french`` in ``lang``, its ``{fields}`` filled."""
    text = EN.get(french, french) if lang == "en" else french
    return text.format(**fields) if fields else text
