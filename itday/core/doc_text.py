"""Words of the printed documents and of the files meant for people, in the document
language of the edition (French by default, English available), whatever language the
interface speaks.

Documents are made in workers and on the command line, without Qt: this catalogue is plain
data.  ``doc_text(lang, french)`` gives the text in ``lang`` (the French text is the key, as
in the interface's catalogue); ``str.format`` fields are filled after the translation.
"""

from __future__ import annotations

import datetime as dt

from itday.core import checkin
from itday.core.enums import CATEGORY_LABELS_EN, CATEGORY_LABELS_FR, Category, Source

LANGUAGES = ("fr", "en")
DEFAULT = "fr"

MONTHS = {
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}  # fmt: skip

EN: dict[str, str] = {
    # exhibitor lists, directory, booth signs
    "par nom": "by name",
    "par stand": "by booth",
    "par secteur": "by sector",
    "Autres": "Other",
    "Liste des exposants — {order}": "Exhibitor list — {order}",
    "Exposant": "Exhibitor",
    "Secteur": "Sector",
    "Stand(s)": "Booth(s)",
    "Stand": "Booth",
    "Stand {code}": "Booth {code}",
    "Stands {codes}": "Booths {codes}",
    "Annuaire des exposants": "Exhibitor directory",
    "Page {number} / {total}": "Page {number} / {total}",
    "Panneaux de stands — {name}": "Booth signs — {name}",
    # badges
    "Badges — {name}": "Badges — {name}",
    # plan
    "Mur": "Wall",
    "Poteau": "Pillar",
    "Espace conférences": "Conference area",
    "Restauration": "Catering",
    "Entrée": "Entrance",
    "Entrée — {label}": "Entrance — {label}",
    "Sortie de secours": "Emergency exit",
    "Échelle 1:{ratio} — quadrillage de 5 m": "Scale 1:{ratio} — 5 m grid",
    "Légende — couleur par statut": "Legend — colour by status",
    "Légende — couleur par secteur": "Legend — colour by sector",
    "Légende — couleur par présence": "Legend — colour by presence",
    "Légende — couleur par visites": "Legend — colour by visits",
    "Visiteurs distincts enregistrés par chaque stand (badges scannés), {window}. "
    "Les passages sans scan ne sont pas comptés.": "Distinct visitors each stand recorded "
    "(badges scanned), {window}. People who passed by without a scan are not counted.",
    "toute la journée": "the whole day",
    # the report's flows of the day
    "Flux de la journée": "Flows of the day",
    "Personnes entrées": "People who came in",
    "Rencontrées par au moins un stand": "Met by at least one stand",
    "Stands rencontrés par personne (médiane)": "Stands met per person (median)",
    "Stands rencontrés par personne scannée (médiane)": "Stands met per person scanned (median)",
    "Pic de présence": "Most people inside",
    "Entrées cumulées": "Arrivals so far",
    "Entrées cumulées (aucune sortie n'est scannée : les départs ne sont pas comptés)": (
        "Arrivals so far (no exit is scanned: departures are not counted)"
    ),
    "Personnes dans le hall (entrées moins sorties scannées)": (
        "People in the hall (arrivals less exits scanned)"
    ),
    "Heure la plus active des stands": "The stands' busiest hour",
    # talk rooms (issue 27)
    "Salles de conférences": "Talk rooms",
    "Séance": "Session",
    "Salle": "Room",
    "Horaire": "Time",
    "Capacité": "Capacity",
    "Pic": "Peak",
    "Personnes": "People",
    "Pic : le plus de personnes dans la salle à la fois ; personnes : chacune comptée une "
    "fois, même sortie puis revenue.": (
        "Peak: the most people inside at once; people: each counted once, even if they left "
        "and came back."
    ),
    "Heure": "Hour",
    "Aucun visiteur n'a encore été enregistré par les stands.": (
        "No visitor has been recorded by the stands yet."
    ),
    # each exhibitor's report
    "Votre salon — {exhibitor}": "Your show — {exhibitor}",
    "Sans stand": "No booth",
    "Ces chiffres comptent les personnes dont votre stand a scanné le badge (chacune une "
    "fois) : ni les visiteurs passés sans être scannés, ni les passages devant le stand. "
    "Aucun visiteur n'est nommé ici ; les chiffres de moins de 5 personnes sont notés « < 5 ».": (
        "These figures count the people whose badge your stand scanned (each once): neither "
        "the visitors who came by without being scanned, nor people walking past the stand. "
        "No visitor is named here; figures about fewer than 5 people read « < 5 »."
    ),
    "Votre stand n'a encore enregistré aucun visiteur : scannez les badges des visiteurs que "
    "vous rencontrez depuis vos téléphones (« Kit exposant » remis par les organisateurs).": (
        "Your stand has not recorded any visitor yet: scan the badges of the visitors you meet "
        "from your phones (the « Exhibitor kit » the organisers gave you)."
    ),
    "Vos visiteurs": "Your visitors",
    "Visiteurs enregistrés par votre stand": "Visitors recorded by your stand",
    "Rang parmi les stands": "Rank among the stands",
    "{rank} sur {of}": "{rank} of {of}",
    "Quartile": "Quartile",
    "premier quart (les plus visités)": "top quarter (most visited)",
    "deuxième quart": "second quarter",
    "troisième quart": "third quarter",
    "dernier quart": "bottom quarter",
    "Stand médian du salon": "The show's median stand",
    "Heure la plus active": "Busiest hour",
    "Visiteurs par heure": "Visitors per hour",
    "Votre stand": "Your stand",
    "Par secteur des visiteurs": "By visitors' sector",
    "Visiteurs": "Visitors",
    "Qualification de vos contacts": "How your contacts were rated",
    "chaud": "hot",
    "tiède": "warm",
    "froid": "cold",
    "sans note": "not rated",
    "Intérêt": "Interest",
    "Contacts": "Contacts",
    "Étiquette": "Tag",
    "Votre stand sur le plan": "Your stand on the plan",
    "non renseigné": "not given",
    "rapport": "report",
    "de {start} à {end}": "from {start} to {end}",
    "Aucun visiteur enregistré par les stands pour l'instant : les stands "
    "scannent les badges depuis leurs téléphones (« Kit exposant »).": "No visitor recorded "
    "by the stands yet: stands scan badges from their phones (« Exhibitor kit »).",
    "Sans secteur / libre": "No sector / free",
    "Exposant présent": "Exhibitor present",
    "Exposant pas encore arrivé": "Exhibitor not arrived yet",
    "Stand sans exposant": "Booth without exhibitor",
    "Libre": "Free",
    "Option": "Option",
    "Réservé": "Reserved",
    "Confirmé": "Confirmed",
    "Index des exposants": "Exhibitor index",
    "Index des exposants : page 2.": "Exhibitor index: page 2.",
    "Aucun exposant placé.": "No exhibitor placed.",
    "{name} — plan du salon": "{name} — floor plan",
    # report and scans file: the answers of the desk (core.checkin, one wording everywhere)
    "Pas un badge itday": "Not an itday badge",
    "Code mal lu": "Code misread",
    "Badge d'une autre édition": "Badge of another edition",
    "Badge inconnu": "Unknown badge",
    "Billet inconnu": "Unknown ticket",
    "Inscription annulée": "Registration cancelled",
    "Billet annulé / remboursé": "Ticket cancelled / refunded",
    "Ré-entrée autorisée": "Re-entry allowed",
    "Ré-entrée après sortie": "Re-entry after exit",
    "Ré-entrée refusée": "Re-entry refused",
    "Sortie non scannée": "Exit not scanned",
    "Refusé": "Refused",
    "Aucune arrivée enregistrée.": "No arrivals recorded.",
    "Bilan de l'édition": "Edition report",
    "Chiffres arrêtés le {date} à {time}.": "Figures as of {date} at {time}.",
    " Export anonymisé : aucune donnée personnelle.": " Anonymised export: no personal data.",
    "{n} arrivées": "{n} arrivals",
    "Inscrits": "Registered",
    "Entrés": "Checked in",
    "Taux de venue": "Turnout",
    "Inscrits sur place": "Registered on site",
    "Exposants": "Exhibitors",
    "Exposants présents": "Exhibitors present",
    "Stands": "Booths",
    "Pic d'affluence": "Peak",
    "Chiffres clés": "Key figures",
    "Arrivées par quart d'heure": "Arrivals per quarter-hour",
    "{n} arrivée(s) un autre jour, hors du graphique.": (
        "{n} arrival(s) on another day, not in the chart."
    ),
    "Par catégorie": "By category",
    "Catégorie": "Category",
    "Taux": "Rate",
    "(sans nom)": "(no name)",
    "Aucun scan": "No scans",
    "Poste": "Station",
    "Scans": "Scans",
    "Aucun refus": "No refusals",
    "Scans refusés": "Refused scans",
    "Nombre": "Count",
    "Postes d'accueil": "Reception stations",
    "Entreprises les plus représentées (visiteurs)": "Most represented companies (visitors)",
    "Entreprise": "Company",
    "Plan du hall": "Hall plan",
    "oui": "yes",
    "non": "no",
    "Exposants ({n}, dont {present} présents)": "Exhibitors ({n}, {present} present)",
    "Présent": "Present",
    # exhibitor kit (issue 25)
    "Kit exposant": "Exhibitor kit",
    "Kits exposants — {name}": "Exhibitor kits — {name}",
    "Scanner les badges": "Scan badges",
    "Responsable du stand": "Booth manager",
    "Pour l'équipe du stand : scanner les badges des visiteurs et noter l'intérêt, les "
    "étiquettes et une note. Autant de téléphones que vous voulez.": (
        "For the booth staff: scan the visitors' badges and note their interest, tags and a "
        "note. As many phones as you like."
    ),
    "Pour le responsable : scanner aussi, et voir la liste des contacts du stand, la "
    "télécharger (Excel, CSV, vCard). Ne le confiez qu'à une personne de confiance.": (
        "For the manager: scan too, see the booth's list of leads and download it (Excel, "
        "CSV, vCard). Give it only to someone you trust."
    ),
    "Code à taper si le QR code ne passe pas :": "Code to type if the QR code will not read:",
    "Adresse du serveur des stands :": "Booths' server address:",
    "Adresse du serveur des stands en marche au moment de l'impression.": (
        "Address of the booths' server, running when this was printed."
    ),
    "Adresse choisie en dernier pour le serveur des stands (arrêté au moment de "
    "l'impression) : démarrez-le à cette même adresse le jour du salon.": (
        "Address last chosen for the booths' server (stopped when this was printed): start "
        "it at this same address on the day of the show."
    ),
    "Première adresse réseau de cet ordinateur (le serveur des stands n'a jamais été "
    "démarré) : vérifiez-la avant le salon, sinon réimprimez les kits.": (
        "This computer's first network address (the booths' server was never started): "
        "check it before the show, or print the kits again."
    ),
    "Adresse donnée à l'impression : démarrez le serveur des stands à cette même adresse le "
    "jour du salon.": (
        "Address given when printing: start the booths' server at this same address on the day "
        "of the show."
    ),
    "Sur le téléphone": "On the phone",
    "Connectez le téléphone au Wi-Fi du salon indiqué par les organisateurs (le même réseau "
    "que leur ordinateur). Internet n'est pas nécessaire, rien à installer.": (
        "Connect the phone to the show's Wi-Fi given by the organisers (the same network as "
        "their computer). No internet needed, nothing to install."
    ),
    "Ouvrez l'appareil photo et visez le QR code qui vous concerne : le lien s'ouvre dans le "
    "navigateur et le téléphone reste relié au stand.": (
        "Open the camera and aim at your QR code: the link opens in the browser and the "
        "phone stays linked to the booth."
    ),
    "Si le QR code ne passe pas : dans le navigateur, tapez l'adresse du serveur ci-dessus, "
    "puis le code à taper sous le QR code.": (
        "If the QR code will not read: in the browser, type the server's address above, then "
        "the code printed under the QR code."
    ),
    "Pour chaque visiteur : touchez « Scanner un badge » et prenez son badge en photo, le QR "
    "code net et d'assez près. Puis chaud, tiède ou froid, les étiquettes, une note : tout "
    "est gardé, même si le réseau coupe.": (
        "For each visitor: tap “Scan a badge” and take a photo of their badge, the QR code "
        "sharp and close enough. Then hot, warm or cold, the tags, a note: everything is "
        "kept, even if the network drops."
    ),
    "L'e-mail et le téléphone d'un visiteur ne vous parviennent que s'il l'a accepté. Kit "
    "perdu ou donné par erreur : demandez aux organisateurs de révoquer ses liens (les "
    "téléphones reliés perdent l'accès) et d'imprimer un nouveau kit.": (
        "A visitor's e-mail and phone reach you only if they agreed. Kit lost or given by "
        "mistake: ask the organisers to revoke its links (the linked phones lose access) and "
        "to print a new kit."
    ),
}


def language(value: str | None) -> str:
    """A known document language (French when unknown or not set)."""
    value = (value or "").strip().lower()[:2]
    return value if value in LANGUAGES else DEFAULT


def doc_text(lang: str, french: str, **fields) -> str:
    """``french`` in the document language ``lang``, its ``{fields}`` filled."""
    text = EN.get(french, french) if lang == "en" else french
    return text.format(**fields) if fields else text


def doc_date(day: dt.date, lang: str = DEFAULT) -> str:
    """« 29 juin 2017 », « 1er juillet 2017 » / « 29 June 2017 »."""
    months = MONTHS["en" if lang == "en" else "fr"]
    number = "1er" if day.day == 1 and lang != "en" else str(day.day)
    return f"{number} {months[day.month - 1]} {day.year}"


def category_word(value: str, lang: str = DEFAULT) -> str:
    """The category's word (« Visiteur » / « Visitor »); an unknown one as it came."""
    labels = CATEGORY_LABELS_EN if lang == "en" else CATEGORY_LABELS_FR
    try:
        return labels[Category(value)]
    except ValueError:
        return (value or "").strip().capitalize()


# -- files for people (CSV, XLSX of the export) -------------------------------------------

#: column key → (French header, English header); a key not listed keeps its name
HEADERS: dict[str, tuple[str, str]] = {
    "id": ("N°", "No."),
    "first_name": ("Prénom", "First name"),
    "last_name": ("Nom", "Last name"),
    "company": ("Société", "Company"),
    "job_title": ("Fonction", "Job title"),
    "email": ("E-mail", "E-mail"),
    "phone": ("Téléphone", "Phone"),
    "category": ("Catégorie", "Category"),
    "exhibitor_id": ("N° exposant", "Exhibitor no."),
    "source": ("Origine", "Source"),
    "external_ref": ("N° de commande", "Order number"),
    "code": ("Code du badge", "Badge code"),
    "cancelled": ("Annulé", "Cancelled"),
    "checked_in_at": ("Entré à", "Checked in at"),
    "checked_in_station": ("Poste d'entrée", "Entry station"),
    "tickets": ("Billets", "Tickets"),
    "consent": ("Coordonnées aux exposants", "Details to exhibitors"),
    "uid": ("Identifiant du scan", "Scan id"),
    "attendee_id": ("N° participant", "Attendee no."),
    "result": ("Résultat", "Result"),
    "reason": ("Motif", "Reason"),
    "station": ("Poste", "Station"),
    "scanned_at": ("Scanné à", "Scanned at"),
    "undone": ("Annulé ensuite", "Undone"),
    "name": ("Société", "Company"),
    "sector": ("Secteur", "Sector"),
    "booths": ("Stands", "Booths"),
    "contact_name": ("Contact", "Contact"),
    "contact_email": ("E-mail du contact", "Contact e-mail"),
    "contact_phone": ("Téléphone du contact", "Contact phone"),
    "website": ("Site web", "Website"),
    "description": ("Description", "Description"),
    "staff": ("Personnel", "Staff"),
    "present": ("Présent", "Present"),
    "x": ("X (m)", "X (m)"),
    "y": ("Y (m)", "Y (m)"),
    "width": ("Largeur (m)", "Width (m)"),
    "depth": ("Profondeur (m)", "Depth (m)"),
    "rotation": ("Rotation (°)", "Rotation (°)"),
    "kind": ("Type", "Type"),
    "status": ("Statut", "Status"),
    "exhibitor": ("Exposant", "Exhibitor"),
    # contacts made at the stands (issue 25)
    "first_scan_at": ("Premier scan", "First scan"),
    "last_scan_at": ("Dernier scan", "Last scan"),
    "scans": ("Scans", "Scans"),
    "rating": ("Intérêt", "Interest"),
    "tags": ("Étiquettes", "Tags"),
    "note": ("Note", "Note"),
    "answers": ("Réponses", "Answers"),
    "visitors": ("Visiteurs enregistrés", "Visitors recorded"),
    "busiest_hour": ("Heure la plus active", "Busiest hour"),
    # talk sessions' attendance (issue 27)
    "session_id": ("N° séance", "Session no."),
    "title": ("Titre", "Title"),
    "speakers": ("Intervenants", "Speakers"),
    "room": ("Salle", "Room"),
    "capacity": ("Capacité", "Capacity"),
    "starts_at": ("Début", "Start"),
    "ends_at": ("Fin", "End"),
    "peak_inside": ("Pic de présence", "Peak inside"),
    "distinct_people": ("Personnes venues", "Distinct people"),
    "arrivals": ("Entrées", "Arrivals"),
}

#: values of some columns → (French, English) words
VALUES: dict[str, dict[str, tuple[str, str]]] = {
    "yes_no": {"oui": ("oui", "yes"), "non": ("non", "no")},
    # the desk's words (core.checkin.RESULT_WORDS): admitted, already in, refused
    "result": {
        "admitted": ("admis(e)", "admitted"),
        "already_admitted": ("déjà entré(e)", "already in"),
        "unknown": ("refusé", "refused"),
        "invalid": ("refusé", "refused"),
        "cancelled": ("refusé", "refused"),
        "exit": ("sortie", "exit"),
    },
    "source": {
        Source.IMPORT.value: ("inscription en ligne (import)", "online registration (import)"),
        Source.WALK_IN.value: ("inscription sur place", "walk-in registration"),
        Source.MANUAL.value: ("saisie manuelle", "entered by hand"),
        Source.DEMO.value: ("démonstration", "demonstration"),
    },
    "status": {
        "free": ("libre", "free"),
        "option": ("option", "option"),
        "reserved": ("réservé", "reserved"),
        "confirmed": ("confirmé", "confirmed"),
    },
    "rating": {
        "hot": ("chaud", "hot"),
        "warm": ("tiède", "warm"),
        "cold": ("froid", "cold"),
    },
    "kind": {
        "inline": ("en ligne", "inline"),
        "corner": ("angle", "corner"),
        "peninsula": ("péninsule", "peninsula"),
        "island": ("îlot", "island"),
    },
}
_VALUE_OF_COLUMN = {"cancelled": "yes_no", "undone": "yes_no", "present": "yes_no",
                    "consent": "yes_no", "result": "result", "status": "status",
                    "kind": "kind", "rating": "rating", "source": "source"}  # fmt: skip


#: headers that depend on the file: (file, key) → (French, English)
FILE_HEADERS: dict[tuple[str, str], tuple[str, str]] = {
    ("booths", "code"): ("Stand", "Booth"),
    ("booths", "id"): ("N° stand", "Booth no."),
    ("scans", "code"): ("Code lu", "Code read"),
    ("scans", "id"): ("N° scan", "Scan no."),
    ("exhibitors", "id"): ("N° exposant", "Exhibitor no."),
    ("leads", "id"): ("N° contact", "Lead no."),
}


def header(key: str, lang: str, file: str = "") -> str:
    """The column's header in ``lang`` for people (the key itself when unknown)."""
    pair = FILE_HEADERS.get((file, key)) or HEADERS.get(key)
    return key if pair is None else pair[1 if lang == "en" else 0]


def file_value(key: str, value, lang: str):
    """A cell as people read it in the document language: numbers with a decimal comma in
    French, times as local « 29/06/2017 09:57:24 » (« 2017-06-29 09:57:24 »), words for
    codes (categories, yes/no, scan results, booth statuses)."""
    if value is None or value == "":
        return value
    if isinstance(value, dt.datetime):
        text = f"{value:%d/%m/%Y %H:%M:%S}" if lang != "en" else f"{value:%Y-%m-%d %H:%M:%S}"
        return text
    if isinstance(value, float):
        text = f"{value:.3f}".rstrip("0").rstrip(".")
        return text.replace(".", ",") if lang != "en" else text
    if key == "category":
        return category_word(str(value), lang)
    if key == "reason":
        return doc_text(lang, REASONS_FR.get(str(value), str(value)))
    words = VALUES.get(_VALUE_OF_COLUMN.get(key, ""), {}).get(str(value))
    if words is not None:
        return words[1 if lang == "en" else 0]
    return value


def has_words(key: str) -> bool:
    """Whether ``file_value`` turns the column's text values into words (categories,
    reasons, yes/no, results, statuses…); other text passes as it is."""
    return key in ("category", "reason") or key in _VALUE_OF_COLUMN


def column_formatter(key: str, lang: str):
    """``file_value`` for one column, made once for a whole table: text of a column without
    words passes at once, words are looked up once per distinct value (an export of 100,000
    people formats 1.3 million cells)."""
    if has_words(key):
        seen: dict = {}

        def words(value):
            if value.__class__ is str:
                found = seen.get(value)
                if found is None:
                    found = seen[value] = file_value(key, value, lang)
                return found
            return file_value(key, value, lang)

        return words

    def plain(value):
        if value is None or value.__class__ is str:
            return value
        return file_value(key, value, lang)

    return plain


def _capital(word: str) -> str:
    return word[:1].upper() + word[1:]


#: reasons of a scan (itday.core.checkin), as the desk names them (a capital first)
REASONS_FR = {reason: _capital(word) for reason, word in checkin.REASON_WORDS.items()}
#: a refusal logged without a reason: by its result
REASONS_FR.update(unknown="Refusé", invalid="Refusé", cancelled="Inscription annulée")


#: document kinds: key → French title (file names and dialogs; the
#: Exposants page lists them without loading the database layer)
EXHIBITOR_DOCUMENTS = {
    "name": "Liste des exposants par nom",
    "booth": "Liste des exposants par stand",
    "sector": "Liste des exposants par secteur",
    "directory": "Annuaire des exposants",
    "signs": "Panneaux de stand",
}
