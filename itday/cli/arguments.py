"""The table of the commands and their arguments: the parser is built from it, and the test of
the documentation reads it (every command and option is in README's « Command line »).

One entry a command: its name, its help line, the shared groups of options it takes (``--db``
and ``--event`` go with every one) and its own arguments, each written as argparse's
``add_argument`` takes it.  Adding an option is adding a line here and a line in the README.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass, field

from itday import __version__
from itday.cli.common import (
    count,
    date,
    dpi,
    label,
    moment,
    port,
    positive_float,
    screen_size,
    seconds,
    time,
)

#: the word ``itday purge`` asks to type
PURGE_WORD = "SUPPRIMER"


@dataclass(frozen=True)
class Arg:
    """One argument: its flags (or its name, for a positional one) and ``add_argument``'s
    keyword arguments."""

    flags: tuple[str, ...]
    settings: dict = field(default_factory=dict)

    @property
    def positional(self) -> bool:
        return not self.flags[0].startswith("-")


def arg(*flags: str, **settings) -> Arg:
    return Arg(flags, settings)


@dataclass(frozen=True)
class OneOf:
    """Options that exclude each other."""

    args: tuple[Arg, ...]


def one_of(*args: Arg) -> OneOf:
    return OneOf(args)


@dataclass(frozen=True)
class Command:
    name: str
    help: str
    shared: tuple[str, ...] = ()
    args: tuple[Arg | OneOf, ...] = ()

    def options(self) -> list[Arg]:
        """Its own arguments and those of its shared groups (not ``--db``, ``--event``)."""
        own = [a for item in self.args for a in (item.args if isinstance(item, OneOf) else [item])]
        return [a for name in self.shared for a in SHARED[name]] + own


#: options every command takes, and ``itday`` itself
COMMON = (
    arg(
        "--db",
        default=argparse.SUPPRESS,
        help="fichier SQLite ou URL SQLAlchemy (défaut : $ITDAY_DB ou db/itday.sqlite)",
    ),
    arg(
        "--event",
        type=count,
        default=argparse.SUPPRESS,
        help="numéro de l'édition (défaut : la plus récente)",
    ),
)

#: groups of options that several commands take, by the name the table gives them
SHARED: dict[str, tuple[Arg, ...]] = {
    "json": (arg("--json", action="store_true", help="sortie JSON"),),
    "printing": (
        arg("--printer", metavar="NOM", help="imprimante des badges (défaut : celle du système)"),
        arg("--dpi", type=dpi, default=300, help="résolution de l'imprimante (défaut : 300)"),
        arg(
            "--media", metavar="NOM", help="format papier de l'imprimante (défaut : celui du badge)"
        ),
        arg(
            "--wait",
            type=seconds,
            default=10.0,
            metavar="S",
            help="attente maximale de la sortie du badge avant de dire « queued » (défaut : 10 s)",
        ),
    ),
    "language": (
        arg(
            "--language",
            choices=["fr", "en"],
            default=None,
            help="langue du document (défaut : celle de l'édition, « itday init --doc-language »)",
        ),
    ),
}

PAGES = ["plan", "exhibitors", "visitors", "checkin", "stats", "programme"]

TABLE: tuple[Command, ...] = (
    Command("gui", "ouvre l'application", args=(
        arg("--screenshot", metavar="FICHIER.png"),
        arg("--page", choices=PAGES),
        arg("--kiosk", action="store_true",
            help="borne libre-service plein écran (quitter : Ctrl+Maj+Q et le code organisateur)"),
        arg("--size", default=None, metavar="LxH", type=screen_size,
            help="taille de la fenêtre (défaut : 1600x900 si l'écran le permet, sinon plein "
                 "écran ; 1600x900 pour --screenshot)"),
        arg("--lang", choices=["fr", "en"], default=None),
        arg("--plan-colour", choices=["status", "sector", "presence", "visits"], default=None,
            help="couleurs du plan à l'ouverture (par statut, secteur, présence ou visites)"),
    )),
    Command("init", "crée la base et une édition, vide ou reprenant le plan d'une autre", args=(
        arg("--name", required=True, type=label),
        arg("--doc-language", choices=["fr", "en"], default=None,
            help="langue des documents imprimés et des fichiers de l'édition (défaut : fr, ou "
            "celle de --from)"),
        arg("--date", required=True, type=date),
        arg("--venue", default=None, type=label, help="lieu (défaut : celui de --from, sinon vide)"),
        arg("--opens", type=time, default=None, help="ouverture HH:MM (défaut 09:00)"),
        arg("--closes", type=time, default=None, help="fermeture HH:MM (défaut 18:00)"),
        arg("--from", dest="source", type=count, metavar="ÉDITION", default=None,
            help="reprend la salle, ses éléments fixes, l'image de fond et les stands de cette "
            "édition"),
        arg("--with-exhibitors", action="store_true",
            help="avec --from : reprend aussi les exposants, chacun sur son stand"),
    )),
    Command("demo", "remplit la base avec l'édition de démonstration", args=(
        arg("--force", action="store_true", help="remplace le contenu de la base"),
        arg("--seed", type=count, default=2017),
        arg("--no-arrivals", action="store_true",
            help="sans les arrivées de la matinée (aucun participant entré)"),
    )),
    Command("import", "importe des inscriptions, des exposants ou le programme des salles "
            "(CSV, XLSX)", ("json",), args=(
        arg("kind", choices=["visitors", "exhibitors", "programme"]),
        arg("file"),
        arg("--dry-run", action="store_true"),
        arg("--category", action="append", metavar="TYPE=CATÉGORIE", default=[],
            help="type de billet → catégorie (« Étudiant=Visiteur », « Presse=Presse ») ; "
            "retenu dans la base pour les imports suivants"),
        arg("--status", action="append", metavar="VALEUR=annulé", default=[],
            help="statut de billet → annulé ou inscrit (« Pending=annulé ») ; "
            "retenu dans la base pour les imports suivants"),
        arg("--column", action="append", metavar="EN-TÊTE=champ", default=[],
            help="colonne → champ (« Référence billet=Code du billet », « Note=ignorer ») ; "
            "retenu dans la base pour les imports suivants"),
        arg("--speakers-free", choices=["oui", "non"], default=None,
            help="programme : les intervenants entrent dans leurs séances sans compter "
            "(ni refusés salle complète, ni comptés) ; retenu dans la base"),
    )),
    Command("attendees", "liste les participants", ("json",), args=(
        arg("--search", default=""),
    )),
    Command("exhibitors", "liste les exposants", ("json",)),
    Command("badges", "imprime les badges en PDF, ou sur l'imprimante (--print)",
            ("json", "printing", "language"), args=(
        arg("out", metavar="OUT.pdf", nargs="?"),
        arg("--layout", default=None,
            help="mise en page (défaut : a6 en PDF, label54x90 avec --print ; list : les énumère)"),
        arg("--only", type=count, nargs="+", metavar="ID"),
        arg("--category"),
        arg("--print", dest="print_badge", action="store_true",
            help="envoie les badges à l'imprimante des badges, sans enregistrer d'entrée"),
    )),
    Command("lists", "imprime la liste des exposants (ou l'annuaire, les panneaux) en PDF",
            ("language",), args=(
        arg("out", metavar="OUT.pdf"),
        arg("--by", choices=["name", "booth", "sector"], default="name"),
        one_of(
            arg("--directory", action="store_true", help="l'annuaire des exposants"),
            arg("--signs", action="store_true", help="les panneaux de stand (A4 paysage)"),
        ),
    )),
    Command("plan", "imprime le plan (PDF ou PNG)", ("language",), args=(
        arg("out", metavar="OUT.pdf|OUT.png"),
        arg("--paper", default="A3", choices=["A4", "A3", "A2", "A1", "A0"]),
        arg("--colour-by", default="status", choices=["status", "sector", "presence", "visits"]),
        arg("--no-background", action="store_true",
            help="sans le plan de la salle en fond (imprimé par défaut quand le hall en a un)"),
        arg("--from", dest="start", type=time, metavar="HH:MM",
            help="avec --colour-by visits : visiteurs enregistrés à partir de cette heure"),
        arg("--to", dest="end", type=time, metavar="HH:MM",
            help="avec --colour-by visits : … jusqu'à cette heure (défaut : toute la journée)"),
    )),
    Command("exhibitor-report", "le rapport de chaque exposant après le salon (PDF, un par "
            "exposant, sans nom de visiteur)", ("language",), args=(
        arg("out_dir", metavar="OUT_DIR"),
        arg("--exhibitor", type=count, nargs="+", metavar="ID",
            help="ces exposants seulement (défaut : tous)"),
    )),
    Command("checkin", "enregistre des codes comme des scans (JSON lines)", ("json", "printing"),
            args=(
        arg("codes", nargs="+", metavar="CODE"),
        arg("--station", default="cli", type=label),
        arg("--print", dest="print_badge", action="store_true",
            help="imprime le badge à la première entrée (pas aux ré-entrées)"),
        arg("--layout", default=None, help="mise en page du badge imprimé (défaut : label54x90)"),
        arg("--offline-dir", metavar="DOSSIER",
            help="copie locale et journal du poste : continue hors ligne si la base est "
            "injoignable"),
        arg("--exit", dest="exit_scan", action="store_true",
            help="scans de sortie : de la salle avec --room, sinon du salon (pour la "
            "ré-entrée après sortie)"),
        arg("--room", metavar="SALLE", default=None,
            help="porte d'une salle de conférences (son nom ou son numéro) : chaque code est une "
            "entrée dans la séance en cours"),
        arg("--override", action="store_true",
            help="avec --room : l'organisation fait entrer même si la salle est complète "
            "(noté dans le journal)"),
    )),
    Command("reentry", "règle de ré-entrée de l'édition, par catégorie (sans RÈGLE : l'affiche)",
            ("json",), args=(
        arg("rule", nargs="?", metavar="RÈGLE", choices=["allowed", "refused", "after_exit"],
            help="allowed (ré-entrée autorisée), refused (une seule entrée), after_exit "
            "(ré-entrée après une sortie scannée)"),
        arg("--category", metavar="CATÉGORIE", default=None,
            help="cette catégorie seulement (défaut : toutes celles sans règle propre)"),
    )),
    Command("stations", "dernier contact de chaque poste d'accueil", ("json",)),
    Command("print-queue",
            "badges en attente d'impression d'un poste (imprimante en pause, éteinte…)",
            ("json", "printing"), args=(
        arg("--station", default="cli", type=label, help="le poste (défaut : cli)"),
        arg("--layout", default=None, help="mise en page (défaut : label54x90)"),
        arg("--retry", type=count, nargs="*", metavar="N",
            help="renvoie à l'imprimante les badges en attente (tous, ou les n° donnés)"),
    )),
    Command("decode", "décode les QR codes d'images (JSON lines)", ("json",), args=(
        arg("images", nargs="+", metavar="IMAGE"),
    )),
    Command("replay", "rejoue une vidéo (ou un flux, une caméra) dans la chaîne de scan",
            ("json",), args=(
        arg("video", metavar="VIDEO",
            help="fichier vidéo, URL d'un flux (rtsp://…, http://…/video) ou numéro de caméra"),
        arg("--seconds", type=positive_float, default=None, help="s'arrête après N secondes"),
        arg("--frames", type=count, default=None, help="s'arrête après N images"),
        arg("--station", default="replay", type=label),
        arg("--start", type=moment, default=None, metavar="AAAA-MM-JJTHH:MM",
            help="heure (Europe/Paris) du début de la vidéo, pour répéter une journée "
            "passée : les scans prennent l'heure de la vidéo (défaut : maintenant)"),
        arg("--speed", type=positive_float, default=1.0,
            help="avec --start : une seconde de vidéo vaut N secondes de la journée"),
    )),
    Command("export", "exporte l'édition (CSV, XLSX, sauvegarde, rapport)", ("language",), args=(
        arg("out_dir", metavar="OUT_DIR"),
        arg("--anonymise", action="store_true"),
        arg("--force", action="store_true",
            help="remplace l'export d'une autre édition déjà présent dans OUT_DIR"),
        arg("--technical", action="store_true",
            help="fichiers pour les scripts : clés stables (first_name…), heures ISO 8601, "
            "points décimaux (par défaut : en-têtes dans la langue des documents, virgules, "
            "heures locales)"),
    )),
    Command("stats", "chiffres de l'édition", ("json",)),
    Command("purge", "efface les données personnelles de l'édition (les statistiques restent)",
            args=(
        arg("--confirm", metavar=PURGE_WORD,
            help=f"confirme sans question (sinon la commande demande de taper {PURGE_WORD})"),
        arg("--keep-backups", action="store_true",
            help="garde les sauvegardes et les exports précédents (sinon supprimés aussi)"),
    )),
    Command("pin", "le code organisateur de la base (le même sur chaque poste)", args=(
        one_of(
            arg("--reset", action="store_true",
                help="efface le code (code oublié) : le suivant se choisit"),
            arg("--set", action="store_true",
                help="nouveau code, lu deux fois sur l'entrée standard"),
        ),
    )),
    Command("backup", "copie de la base maintenant (par défaut dans NOM-sauvegardes/ à côté)",
            args=(arg("folder", nargs="?", metavar="DOSSIER"),)),
    Command("restore",
            "remet une sauvegarde dans la base, vérifiée (l'état actuel est d'abord sauvegardé)",
            args=(
        arg("backup", metavar="SAUVEGARDE.sqlite"),
        arg("--other-database", action="store_true",
            help="la sauvegarde est celle d'une autre base : la remettre quand même"),
    )),
    Command("about", "version d'itday et des composants inclus, avec leurs licences", ("json",)),
    Command("serve", "sert les pages des stands aux téléphones des exposants (Ctrl+C : arrêt)",
            args=(
        arg("--host", default="127.0.0.1", metavar="ADRESSE",
            help="l'adresse de cet ordinateur sur le réseau du salon (défaut : 127.0.0.1, "
            "cet ordinateur seul ; jamais toutes les interfaces sans le dire)"),
        arg("--port", type=port, default=8080, help="défaut : 8080"),
    )),
    Command("leads", "les contacts des stands : liens des kits (links), kit PDF (kit), "
            "fichiers de chaque stand (export)", ("json",), args=(
        arg("action", choices=["links", "kit", "export"]),
        arg("target", nargs="?", metavar="OUT", help="kit : OUT.pdf ; export : un dossier"),
        arg("--exhibitor", type=count, default=None, metavar="ID",
            help="cet exposant seulement (défaut : tous)"),
        arg("--host", default=None, metavar="ADRESSE",
            help="l'adresse du serveur des stands, pour les liens (défaut : celle choisie en "
            "dernier dans l'application ou par itday serve --host, sinon la première "
            "adresse réseau de cet ordinateur)"),
        arg("--port", type=port, default=None, help="son port (défaut : 8080)"),
    )),
)  # fmt: skip


def _parent(args: tuple[Arg, ...]) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(add_help=False)
    _add(parser, args)
    return parser


def _add(parser, items) -> None:
    for item in items:
        if isinstance(item, OneOf):
            _add(parser.add_mutually_exclusive_group(), item.args)
        else:
            parser.add_argument(*item.flags, **item.settings)


def build_parser(table: tuple[Command, ...] = TABLE) -> argparse.ArgumentParser:
    common = _parent(COMMON)
    shared = {name: _parent(args) for name, args in SHARED.items()}
    parser = argparse.ArgumentParser(
        prog="itday",
        parents=[common],
        description="itday : plan, exposants, badges et accueil d'une journée d'exposition.",
    )
    parser.add_argument("--version", action="version", version=f"itday {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMANDE")
    for entry in table:
        parents = [common, *(shared[name] for name in entry.shared)]
        _add(sub.add_parser(entry.name, help=entry.help, parents=parents), entry.args)
    return parser
