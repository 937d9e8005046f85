"""Step 2 of an import: which field each column feeds, recognised by its header.

``detect_mapping(headers, kind)`` recognises French and English column names (exact synonyms
first, then a word the header contains); the columns it does not know are listed so the user
can map them (``Mapping.with_overrides``).  ``check_kind`` refuses a registrations file given
as exhibitors, and the reverse.
"""

from __future__ import annotations

import re
from collections.abc import Mapping as AbcMapping
from dataclasses import dataclass, field
from typing import Literal

from itday.core import tickets
from itday.core.importing.errors import ImportFileError
from itday.core.text import fold
from itday.errors import QT_TRANSLATE_NOOP

Kind = Literal["visitors", "exhibitors"]

IGNORE = ""  # field name meaning "do not import this column"

FIELDS_VISITORS: dict[str, str] = {
    "last_name": "Nom",
    "first_name": "Prénom",
    "full_name": "Nom complet (prénom et nom)",
    "company": "Société",
    "job_title": "Fonction",
    "email": "E-mail",
    "phone": "Téléphone",
    "category": "Type de billet",
    "external_ref": "N° de commande",
    "ticket_code": "Code du billet (billetterie)",
    "consent": "Coordonnées aux exposants (oui/non)",
    "status": "Statut du billet (annulé, remboursé…)",
}

FIELDS_EXHIBITORS: dict[str, str] = {
    "name": "Société (nom de l'exposant)",
    "sector": "Secteur",
    "contact_name": "Contact",
    "contact_first_name": "Prénom du contact",
    "contact_last_name": "Nom du contact",
    "contact_email": "E-mail",
    "contact_phone": "Téléphone",
    "website": "Site web",
    "description": "Description",
    "booths": "Stand(s)",
    "staff": "Personnel (noms, séparés par des virgules)",
    "external_ref": "Référence",
}


def header_key(text: str) -> str:
    """Compact matching form of a header: folded, letters and digits only."""
    return "".join(ch for ch in fold(text) if ch.isalnum())


# Exact synonyms (compared with ``header_key``), best first within a field.  A lower rank wins
# when several columns claim the same field.
_EXACT_VISITORS: dict[str, list[tuple[str, int]]] = {}
_EXACT_EXHIBITORS: dict[str, list[tuple[str, int]]] = {}


def _register(
    table: dict[str, list[tuple[str, int]]], field_name: str, rank: int, *names: str
) -> None:
    for name in names:
        table.setdefault(header_key(name), []).append((field_name, rank))


_register(
    _EXACT_VISITORS,
    "last_name",
    0,
    "Nom",
    "Nom de famille",
    "Last name",
    "Lastname",
    "Surname",
    "Family name",
    "Nom du participant",
    "Attendee last name",
)
_register(
    _EXACT_VISITORS,
    "first_name",
    0,
    "Prénom",
    "Prenom",
    "First name",
    "Firstname",
    "Given name",
    "Forename",
    "Prénom du participant",
    "Attendee first name",
)
_register(
    _EXACT_VISITORS,
    "full_name",
    0,
    "Nom complet",
    "Full name",
    "Fullname",
    "Name",
    "Nom et prénom",
    "Prénom et nom",
    "Nom prénom",
    "Prénom nom",
    "Participant",
    "Attendee",
    "Attendee name",
    "Identité",
)
_register(
    _EXACT_VISITORS,
    "company",
    0,
    "Société",
    "Entreprise",
    "Organisation",
    "Organization",
    "Company",
    "Company name",
    "Organisme",
    "Structure",
    "Employeur",
    "Raison sociale",
    "Nom de l'entreprise",
    "Nom de la société",
    "Établissement",
)
_register(
    _EXACT_VISITORS,
    "email",
    0,
    "E-mail",
    "Email",
    "Courriel",
    "Mail",
    "Adresse e-mail",
    "Adresse email",
    "Adresse mail",
    "Adresse électronique",
    "E-mail address",
    "Email address",
    "Mél",
    "Adresse de courriel",
)
_register(
    _EXACT_VISITORS,
    "job_title",
    0,
    "Fonction",
    "Poste",
    "Job title",
    "Jobtitle",
    "Title",
    "Position",
    "Titre",
    "Job",
    "Intitulé de poste",
    "Métier",
    "Role",
    "Rôle",
)
_register(
    _EXACT_VISITORS,
    "category",
    0,
    "Type de billet",
    "Catégorie",
    "Ticket type",
    "Category",
    "Billet",
    "Ticket",
    "Type de participant",
    "Type",
    "Profil",
    "Attendee type",
    "Type d'inscription",
    "Tarif",
)
_register(
    _EXACT_VISITORS,
    "external_ref",
    0,
    "N° de commande",
    "Numéro de commande",
    "No de commande",
    "Commande",
    "Order",
    "Order number",
    "Order no",
    "Order #",
    "Order ID",
    "Order reference",
    "Référence",
    "Référence commande",
    "Ref",
    "N° d'inscription",
    "Registration ID",
    "Id commande",
)
_register(
    _EXACT_VISITORS,
    "phone",
    0,
    "Téléphone",
    "Tel",
    "Tél",
    "Phone",
    "Phone number",
    "Mobile",
    "Portable",
    "Téléphone portable",
    "Téléphone mobile",
    "Mobile phone",
    "GSM",
    "Numéro de téléphone",
    "Cell phone",
)

# The scanned code of each e-ticket, under the header each ticketing service gives it.
for _name, _rank in tickets.headers():
    _register(_EXACT_VISITORS, tickets.FIELD, _rank, _name)
# The status of each ticket or order (cancelled, refunded…), under the services' headers.
_register(_EXACT_VISITORS, tickets.STATUS_FIELD, 0, *tickets.status_headers())
# … or its yes/no column (« Supprimé » oui/non), when there is no status column
_register(_EXACT_VISITORS, tickets.STATUS_FIELD, 1, *tickets.FLAG_HEADERS)

_register(
    _EXACT_EXHIBITORS,
    "name",
    0,
    "Société",
    "Entreprise",
    "Company",
    "Company name",
    "Organisation",
    "Organization",
    "Exposant",
    "Exhibitor",
    "Raison sociale",
    "Nom de l'entreprise",
    "Nom de la société",
    "Nom de l'exposant",
    "Exhibitor name",
    "Structure",
    "Organisme",
)
_register(_EXACT_EXHIBITORS, "name", 1, "Nom", "Name")
_register(
    _EXACT_EXHIBITORS,
    "sector",
    0,
    "Secteur",
    "Secteur d'activité",
    "Sector",
    "Industry",
    "Domaine",
    "Domaine d'activité",
    "Activité",
    "Thématique",
    "Catégorie",
    "Category",
)
_register(
    _EXACT_EXHIBITORS,
    "contact_name",
    0,
    "Contact",
    "Nom du contact",
    "Contact name",
    "Responsable",
    "Interlocuteur",
    "Personne à contacter",
    "Contact person",
)
_register(
    _EXACT_EXHIBITORS,
    "contact_first_name",
    0,
    "Prénom",
    "Prénom du contact",
    "First name",
    "Contact first name",
)
_register(
    _EXACT_EXHIBITORS, "contact_last_name", 0, "Nom de famille", "Last name", "Contact last name"
)
_register(_EXACT_EXHIBITORS, "contact_last_name", 2, "Nom")
_register(
    _EXACT_EXHIBITORS,
    "contact_email",
    0,
    "E-mail",
    "Email",
    "Courriel",
    "Mail",
    "E-mail du contact",
    "Email du contact",
    "Contact email",
    "Adresse e-mail",
    "Adresse email",
    "Adresse électronique",
)
_register(
    _EXACT_EXHIBITORS,
    "contact_phone",
    0,
    "Téléphone",
    "Tel",
    "Tél",
    "Phone",
    "Phone number",
    "Mobile",
    "Portable",
    "Téléphone du contact",
    "Contact phone",
)
_register(
    _EXACT_EXHIBITORS,
    "website",
    0,
    "Site web",
    "Site internet",
    "Site",
    "Website",
    "Web",
    "URL",
    "Web site",
    "Adresse du site",
)
_register(
    _EXACT_EXHIBITORS,
    "description",
    0,
    "Description",
    "Présentation",
    "About",
    "Activité détaillée",
    "Descriptif",
)
_register(
    _EXACT_EXHIBITORS,
    "booths",
    0,
    "Stand",
    "Stands",
    "Stand(s)",
    "Booth",
    "Booths",
    "Booth(s)",
    "N° de stand",
    "Numéro de stand",
    "No de stand",
    "Booth number",
    "Emplacement",
    "Emplacements",
)
_register(
    _EXACT_EXHIBITORS,
    "external_ref",
    0,
    "Référence",
    "Ref",
    "ID",
    "Identifiant",
    "N° de commande",
    "Commande",
    "Order",
    "Order number",
)

# Fallback: a header containing one of these words (checked in this order; "prenom" before
# "nom", company words before "nom").
_register(
    _EXACT_VISITORS,
    "consent",
    0,
    "Consentement",
    "Consent",
    "Accord",
    "Accord exposants",
    "Consentement exposants",
    "Coordonnées aux exposants",
    "Partage des coordonnées",
    "Partage avec les exposants",
    "Opt-in",
    "Opt-in exposants",
    "Optin",
    "RGPD",
    "GDPR",
    "Exhibitor consent",
    "Share with exhibitors",
    "Share contact details",
)
_CONTAINS_VISITORS = [
    ("prenom", "first_name"),
    ("firstname", "first_name"),
    ("email", "email"),
    ("courriel", "email"),
    ("mail", "email"),
    ("electronique", "email"),
    ("telephone", "phone"),
    ("phone", "phone"),
    ("mobile", "phone"),
    ("societe", "company"),
    ("entreprise", "company"),
    ("company", "company"),
    ("organisation", "company"),
    ("organization", "company"),
    ("fonction", "job_title"),
    ("jobtitle", "job_title"),
    ("poste", "job_title"),
    ("statut", tickets.STATUS_FIELD),
    ("status", tickets.STATUS_FIELD),
    ("commande", "external_ref"),
    ("order", "external_ref"),
    ("billet", "category"),
    ("ticket", "category"),
    ("categorie", "category"),
    ("lastname", "last_name"),
    ("nomdefamille", "last_name"),
    ("consent", "consent"),  # consentement, consent
    ("optin", "consent"),
    ("rgpd", "consent"),
    ("gdpr", "consent"),
]
_CONTAINS_VISITORS[:0] = tickets.CONTAINS  # « Code-barres du billet » is a code, not a type
_CONTAINS_EXHIBITORS = [
    ("prenom", "contact_first_name"),
    ("email", "contact_email"),
    ("courriel", "contact_email"),
    ("mail", "contact_email"),
    ("electronique", "contact_email"),
    ("telephone", "contact_phone"),
    ("phone", "contact_phone"),
    ("societe", "name"),
    ("entreprise", "name"),
    ("company", "name"),
    ("exposant", "name"),
    ("secteur", "sector"),
    ("sector", "sector"),
    ("siteweb", "website"),
    ("website", "website"),
    ("siteinternet", "website"),
    ("stand", "booths"),
    ("booth", "booths"),
    ("personnel", "staff"),
    ("equipe", "staff"),
    ("staff", "staff"),
    ("contact", "contact_name"),
    ("description", "description"),
]

_RANK_CONTAINS = 5
_WORDS = re.compile(r"[a-z0-9]+")

# words that make a header something else than the field a word of it names: « Date de la
# commande » is a date, not the order number; « Prix du billet » a price, not a ticket type
# (only the word matching is stopped: « Date » is no field)
_NOT_CONTAINS = frozenset(
    {"date", "dates", "heure", "time", "prix", "price", "montant", "amount", "total",
     "quantite", "quantity", "devise", "currency", "paiement", "payment", "moyen"}
)  # fmt: skip


# Ticketing exports name the buyer and the attendee side by side (« Nom acheteur », « Nom
# participant », « Buyer Email », « Email payeur »): the attendee is the person who comes.
_BUYER_WORDS = frozenset(
    {"acheteur", "acheteuse", "payeur", "payeuse", "buyer", "purchaser", "payer", "billing",
     "facturation", "commanditaire", "acquereur", "acquereuse"}
)  # fmt: skip
_ATTENDEE_WORDS = frozenset(
    {"participant", "participante", "attendee", "inscrit", "inscrite", "holder", "titulaire",
     "porteur", "detenteur", "beneficiaire", "visiteur", "visiteuse"}
)  # fmt: skip
_LINK_WORDS = frozenset({"du", "de", "la", "le", "l", "d", "des", "of", "the"})
_RANK_BUYER = 8  # after every other way a header names a field
_NAME_FIELDS = frozenset({"first_name", "last_name", "full_name"})


def is_buyer_header(header: str) -> bool:
    """« Nom acheteur », « Buyer Email »: a column about who paid, not who comes."""
    return bool(_BUYER_WORDS & set(_WORDS.findall(fold(header))))


def _without_role(header: str) -> str:
    """The header's key without the words saying whose it is (« Nom participant » → nom)."""
    words = _WORDS.findall(fold(header))
    return "".join(w for w in words if w not in _BUYER_WORDS | _ATTENDEE_WORDS | _LINK_WORDS)


@dataclass
class Mapping:
    """Which field each column feeds; columns absent from ``columns`` are not imported."""

    kind: Kind
    headers: list[str]
    columns: dict[int, str] = field(default_factory=dict)
    #: ticket types the organiser mapped to categories (folded type → category value)
    categories: dict[str, str] = field(default_factory=dict)
    # ticket statuses the organiser said the meaning of (``tickets.status_meaning``'s keys)
    statuses: dict[str, str] = field(default_factory=dict)
    # columns the organiser chose not to import (``with_overrides`` with "")
    ignored: set[int] = field(default_factory=set)

    @property
    def unknown_columns(self) -> list[int]:
        """Indexes of the non-blank headers that feed no field (for the mapping step)."""
        return [i for i, h in enumerate(self.headers) if h.strip() and i not in self.columns]

    @property
    def unknown_headers(self) -> list[str]:
        return [self.headers[i] for i in self.unknown_columns]

    def column_of(self, field_name: str) -> int | None:
        for index, name in self.columns.items():
            if name == field_name:
                return index
        return None

    def has_name(self) -> bool:
        wanted = {"first_name", "last_name", "full_name"} if self.kind == "visitors" else {"name"}
        return any(name in wanted for name in self.columns.values())

    def with_overrides(self, overrides: AbcMapping[int, str | None]) -> Mapping:
        """A copy where ``overrides`` (column index → field name, or ``""``/None to ignore the
        column) replace the detected choices.  A field given to a column is taken away from
        any other column."""
        known = FIELDS_VISITORS if self.kind == "visitors" else FIELDS_EXHIBITORS
        columns = dict(self.columns)
        ignored = set(self.ignored)
        for index, name in overrides.items():
            try:
                index = int(index)
            except (TypeError, ValueError):
                raise ImportFileError(
                    QT_TRANSLATE_NOOP("errors", "Numéro de colonne invalide : {index}"),
                    index=repr(index),
                ) from None
            if not 0 <= index < len(self.headers):
                raise ImportFileError(
                    QT_TRANSLATE_NOOP(
                        "errors", "La colonne n° {number} n'existe pas dans le fichier."
                    ),
                    number=index + 1,
                )
            ignored.discard(index)
            if not name:
                columns.pop(index, None)
                ignored.add(index)
                continue
            if name not in known:
                raise ImportFileError(
                    QT_TRANSLATE_NOOP(
                        "errors", "Champ inconnu dans la correspondance des colonnes : {name}"
                    ),
                    name=name,
                )
            for other, other_name in list(columns.items()):
                if other_name == name and other != index:
                    del columns[other]
            columns[index] = name
        return Mapping(
            self.kind,
            list(self.headers),
            columns,
            dict(self.categories),
            dict(self.statuses),
            ignored,
        )


def apply_columns(mapping: Mapping, columns: AbcMapping[str, str] | None) -> Mapping:
    """``mapping`` with the organiser's choices by header (``header_key`` of a header →
    field, "" to ignore: ``itday import --column``, remembered); a choice naming no field
    of this kind (an older one) is left out."""
    known = FIELDS_VISITORS if mapping.kind == "visitors" else FIELDS_EXHIBITORS
    chosen = {
        i: columns[header_key(h)]
        for i, h in enumerate(mapping.headers)
        if columns and columns.get(header_key(h), None) in (*known, "")
    }
    return mapping.with_overrides(chosen) if chosen else mapping


def detect_mapping(headers: list[str], kind: Kind) -> Mapping:
    """Recognise the columns of a file by their header (case, accent and space-insensitive)."""
    if kind not in ("visitors", "exhibitors"):
        raise ValueError(f"unknown import kind: {kind!r}")
    exact = _EXACT_VISITORS if kind == "visitors" else _EXACT_EXHIBITORS
    contains = _CONTAINS_VISITORS if kind == "visitors" else _CONTAINS_EXHIBITORS
    candidates: list[tuple[int, int, str]] = []  # (rank, column, field)
    buyers: set[int] = set()
    for index, header in enumerate(headers):
        key = header_key(header)
        if not key:
            continue
        if key in exact:
            candidates.extend((rank, index, name) for name, rank in exact[key])
            continue
        buyer = kind == "visitors" and is_buyer_header(header)
        if buyer:
            buyers.add(index)
        bare = _without_role(header) if kind == "visitors" else key
        if bare != key and bare in exact:  # « Nom participant », « Email acheteur »
            candidates.extend(
                (_RANK_BUYER if buyer else rank, index, name) for name, rank in exact[bare]
            )
            continue
        if _NOT_CONTAINS & set(_WORDS.findall(fold(header))):
            continue
        for word, name in contains:
            if word in key:
                candidates.append((_RANK_BUYER if buyer else _RANK_CONTAINS, index, name))
                break
    columns: dict[int, str] = {}
    taken: set[str] = set()
    for _rank, index, name in sorted(candidates):
        if name in taken or index in columns:
            continue
        columns[index] = name
        taken.add(name)
    if any(name in _NAME_FIELDS for i, name in columns.items() if i not in buyers):
        # the attendees are named: the buyer's columns are not theirs (a buyer's e-mail
        # on each of the order's attendees would merge them into one person)
        columns = {i: name for i, name in columns.items() if i not in buyers}
    return Mapping(kind, list(headers), dict(sorted(columns.items())))


# ---------------------------------------------------------------------------------------------
# The wrong kind of file

_PERSON_FIELDS = {"first_name", "last_name", "full_name"}
_EXHIBITOR_ONLY = {"sector", "booths", "website", "description"}


_LOOKS_LIKE_REGISTRATIONS = QT_TRANSLATE_NOOP(
    "errors",
    "{name} ressemble à un fichier d'inscriptions (colonnes {columns}) et non à une liste "
    "d'exposants : importez-le avec « itday import visitors » (Visiteurs → Importer).",
)
_LOOKS_LIKE_EXHIBITORS = QT_TRANSLATE_NOOP(
    "errors",
    "{name} ressemble à une liste d'exposants (colonnes {columns}) : aucune colonne de nom de "
    "personne ; importez-le avec « itday import exhibitors » (Exposants → Importer).",
)


def check_kind(headers: list[str], kind: Kind, name: str) -> Mapping:
    """Refuse a registrations file given as exhibitors (and the reverse), by its headers:
    one line naming the right command, before anything is created.  Returns the mapping
    detected for ``kind`` (each kind's is detected once)."""
    detected = {k: detect_mapping(headers, k) for k in ("visitors", "exhibitors")}
    as_visitors, as_exhibitors = detected["visitors"].columns, detected["exhibitors"].columns
    visitors, exhibitors = set(as_visitors.values()), set(as_exhibitors.values())
    if kind == "exhibitors":
        telling = _PERSON_FIELDS | {"ticket_code", "category"}
        registrations = {"first_name", "last_name"} <= visitors or bool(
            visitors & {"ticket_code", "category"}
        )
        wrong = registrations and not exhibitors & _EXHIBITOR_ONLY
        template, columns = _LOOKS_LIKE_REGISTRATIONS, as_visitors
    else:
        telling = {"name", "sector", "booths"}
        wrong = not visitors & _PERSON_FIELDS and bool(exhibitors & {"sector", "booths"})
        template, columns = _LOOKS_LIKE_EXHIBITORS, as_exhibitors
    if wrong:
        shown = ", ".join(headers[i] for i, f in columns.items() if f in telling)
        raise ImportFileError(template, name=name, columns=shown)
    return detected[kind]
