"""The command line: the same services as the app, no Qt (except ``gui``).

Bad input gets one clear line on stderr and exit status 1 (2 for bad usage), never a
traceback.  ``--json`` prints one JSON document on stdout (JSON lines where marked).
Heavy modules are imported inside the commands, so that ``itday --version`` is instant.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import sys
from collections.abc import Callable
from pathlib import Path

from itday import __version__
from itday.errors import QT_TRANSLATE_NOOP, ItdayError, UsageError

COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {}


def command(name: str):
    def register(fn):
        COMMANDS[name] = fn
        return fn

    return register


# -- helpers shared by the commands ---------------------------------------------------


def open_db(args, *, create: bool = False, readonly: bool = False):
    """The database of ``--db``; only ``init``, ``demo`` and ``import`` (``create=True``) may
    create it: every other command refuses a missing SQLite file and creates nothing.
    Commands that only read (``readonly=True``) open it read-only and refuse anything that is
    not an itday database, leaving the file as it was."""
    from itday.db.engine import Database

    return Database.open(args.db, create=create, readonly=readonly)


def current_event_id(args, session) -> int:
    """``--event ID`` if given, else the latest edition; a clear error when there is none."""
    from itday.db import repo

    if getattr(args, "event", None) is not None:
        event = repo.get_event(args.event, session=session)
        if event is None:
            raise ItdayError(f"Aucune édition n° {args.event} dans cette base.")
        return event.id
    event = repo.latest_event(session=session)
    if event is None:
        raise ItdayError(
            "Cette base ne contient aucune édition : créez-en une avec "
            "« itday init --name … --date AAAA-MM-JJ » ou « itday demo »."
        )
    return event.id


def query_event(args, query):
    """Run ``query(event_id, session)`` on the edition the command works on (read-only)."""
    db = open_db(args, readonly=True)
    with db.session() as session:
        return query(current_event_id(args, session), session)


def _category_label(value: str) -> str:
    """« Visiteur » for "visitor" in text output (JSON keeps the stable keys)."""
    from itday.core.enums import CATEGORY_LABELS_FR, Category

    try:
        return CATEGORY_LABELS_FR[Category(value)]
    except (ValueError, KeyError):
        return value


def print_json(value) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, default=str)
    sys.stdout.write("\n")
    sys.stdout.flush()


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"date invalide « {value} » (attendu AAAA-MM-JJ)"
        ) from None


def _time(value: str) -> dt.time:
    try:
        return dt.time.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"heure invalide « {value} » (attendu HH:MM)") from None


def _moment(value: str) -> dt.datetime:
    from zoneinfo import ZoneInfo

    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"heure invalide « {value} » (attendu AAAA-MM-JJTHH:MM)"
        ) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=ZoneInfo("Europe/Paris"))
    return moment


# -- commands -------------------------------------------------------------------------


@command("init")
def cmd_init(args) -> int:
    from itday.db import repo
    from itday.services.editions import copy_summary, new_edition

    if not (args.name or "").strip():
        new_edition(None, name="", date=args.date)  # the one-line error, before any file
    if args.with_exhibitors and args.source is None:
        raise UsageError(
            QT_TRANSLATE_NOOP(
                "errors", "--with-exhibitors va avec --from ÉDITION (l'édition à reprendre)."
            )
        )
    db = open_db(args, create=True)
    with db.session() as session:
        event = new_edition(
            session,
            name=args.name,
            date=args.date,
            venue=args.venue,
            opens_at=args.opens,
            closes_at=args.closes,
            source_id=args.source,
            with_exhibitors=args.with_exhibitors,
        )
        lang = args.doc_language
        if lang is None and args.source is not None:
            lang = repo.document_language(args.source, session=session)
        repo.set_document_language(event.id, lang or "fr", session=session)
        session.commit()
        copied = ""
        if args.source is not None:
            n = copy_summary(session, event.id)
            copied = (
                f" avec le plan de l'édition n° {args.source} : {n['booths']} stand(s), "
                f"{n['elements']} élément(s) fixe(s), {n['exhibitors']} exposant(s)"
            )
        print(f"Édition n° {event.id} « {event.name} » créée dans {db.display_name}{copied}.")
    return 0


@command("demo")
def cmd_demo(args) -> int:
    from itday.db import repo
    from itday.services.demo import create_demo

    db = open_db(args, create=True)
    with db.session() as session:
        event = create_demo(
            session, seed=args.seed, force=args.force, arrivals=not args.no_arrivals
        )
        c = repo.counts(event.id, session=session)
    print(
        f"Édition de démonstration « {event.name} » créée dans {db.display_name} : "
        f"{c['booths']} stands, {c['exhibitors']} exposants, {c['attendees']} participants."
    )
    return 0


@command("attendees")
def cmd_attendees(args) -> int:
    from itday.db import repo

    people = query_event(
        args, lambda event_id, s: repo.attendee_rows(event_id, args.search or "", session=s)
    )
    if args.json:
        print_json(people)
        return 0
    for a in people:
        mark = "✔" if a["checked_in_at"] else " "
        cancelled = " (annulé)" if a["cancelled"] else ""
        print(
            f"{mark} {a['last_name'].upper()} {a['first_name']} — {a['company']} "
            f"[{_category_label(a['category'])}]{cancelled}"
        )
    print(f"{len(people)} participant(s).", file=sys.stderr)
    return 0


@command("exhibitors")
def cmd_exhibitors(args) -> int:
    from itday.db import repo

    rows = query_event(args, lambda event_id, s: repo.list_exhibitors(event_id, session=s))
    if args.json:
        print_json(rows)
        return 0
    for r in rows:
        present = "présent" if r["present"] else "absent"
        print(f"{r['name']} — {r['sector']} — stand {', '.join(r['booths']) or '?'} — {present}")
    return 0


@command("stats")
def cmd_stats(args) -> int:
    from itday.db import repo

    numbers = query_event(args, lambda event_id, s: repo.stats(event_id, session=s))
    if args.json:
        print_json(numbers)
        return 0
    print(
        f"Inscrits : {numbers['attendees']}  Entrés : {numbers['checked_in']}  "
        f"Exposants : {numbers['exhibitors']} (présents : {numbers['exhibitors_present']})  "
        f"Stands : {numbers['booths']}"
    )
    for name, c in numbers["by_category"].items():
        print(f"  {_category_label(name):16} {c['checked_in']:5} / {c['registered']}")
    return 0


@command("gui")
def cmd_gui(args) -> int:
    from itday.ui.app import run_gui

    return run_gui(args)


@command("import")
def cmd_import(args) -> int:
    from itday.core.importing import ImportFileError
    from itday.services import importer

    db = open_db(args, create=True)
    run = importer.import_visitors if args.kind == "visitors" else importer.import_exhibitors
    with db.session() as session:
        event_id = current_event_id(args, session)
        try:
            extra = {}
            if args.kind == "visitors" and args.category:
                from itday.core.importing import parse_ticket_categories

                extra["categories"] = parse_ticket_categories(args.category)
            report = run(session, event_id, args.file, dry_run=args.dry_run, **extra)
        except ImportFileError as exc:
            raise ItdayError(str(exc)) from None
    data = report.to_json()
    if args.json:
        print_json(data)
        return 0
    verb = "seraient importés" if args.dry_run else "importés"
    print(
        f"{data['imported']} {verb}, {data['updated']} mis à jour, "
        f"{len(data['duplicates'])} doublon(s) fusionné(s), {len(data['warnings'])} "
        f"avertissement(s), {len(data['rejected'])} ligne(s) rejetée(s)."
    )
    if data.get("staff"):
        print(f"  {data['staff']} membre(s) du personnel des exposants ajouté(s).")
    for item in data["rejected"]:
        print(f"  ligne {item['line']} rejetée : {item['reason']}")
    for item in data["warnings"]:
        print(f"  ligne {item['line']} : {item['reason']}")
    if args.dry_run:
        print("(essai à blanc : rien n'a été écrit)")
    return 0


@command("plan")
def cmd_plan(args) -> int:
    from itday.services.pdf.plan import render_plan
    from itday.services.plan_data import load_plan

    db = open_db(args, readonly=True)
    with db.session() as session:
        data = load_plan(
            current_event_id(args, session),
            session=session,
            colour_by=args.colour_by,
            language=args.language,
            background=not args.no_background,
        )
    try:
        path = render_plan(args.out, data, paper=args.paper)
    except (ValueError, RuntimeError) as exc:
        raise ItdayError(str(exc)) from None
    print(path)
    return 0


def _codes_from(args_codes: list[str]):
    """The codes given, where ``-`` reads one code a line from standard input."""
    for code in args_codes:
        if code == "-":
            if hasattr(sys.stdin, "reconfigure"):  # a scanner may send anything: never crash
                sys.stdin.reconfigure(errors="replace")
            for line in sys.stdin:
                if line.strip():
                    yield line.rstrip("\r\n")
        else:
            yield code


class _Refusals:
    """Codes that are no scan at all (empty, control characters): one line each, nothing stored."""

    def __init__(self) -> None:
        self.count = 0

    def readable(self, codes):
        from itday.core.checkin import shown, unreadable

        for raw in codes:
            reason = unreadable(raw)
            if not reason:
                yield raw
                continue
            self.count += 1
            print(
                f"itday : code refusé « {shown(raw)} » ({reason}) : rien n'est enregistré ; "
                "rescannez (un lecteur doit taper le code seul, en mode clavier).",
                file=sys.stderr,
                flush=True,
            )

    @property
    def status(self) -> int:
        return 1 if self.count else 0


def _print_outcome(args, outcome, badge=None) -> None:
    """One line per scan; with ``--print`` it says what became of the badge."""
    if args.json:
        data = outcome.to_json()
        if getattr(args, "print_badge", False):
            data.update(badge.to_json() if badge else {"badge": None, "badge_message": None})
        print_json(data)
    else:
        from itday.core.checkin import message

        who = outcome.attendee
        name = f" — {who['first_name']} {who['last_name']}" if who else ""
        said = "" if who else f" ({message(outcome.decision)})"
        printed = f" — badge {BADGE_WORDS[badge.badge]} : {badge.message}" if badge else ""
        from itday.core.checkin import shown

        code = shown(outcome.code)
        print(f"{code}: {outcome.result.value}{name}{said}{printed}", flush=True)


BADGE_WORDS = {
    "printed": "imprimé",
    "queued": "en attente",
    "failed": "non imprimé",
    None: "déjà imprimé",
}


def _print_service(args, db):
    """The badge printing service of ``--print`` (CUPS, or Qt's printer on Windows)."""
    from itday.services.pdf.badges import LAYOUTS
    from itday.services.printing.badges import BadgePrintService, PrintSettings

    layout = args.layout or "label54x90"
    if layout not in LAYOUTS:
        raise ItdayError(
            f"Mise en page inconnue « {layout} » : « itday badges --layout list » les énumère."
        )
    settings = PrintSettings(
        printer=args.printer or "", layout=layout, dpi=args.dpi, media=args.media or "",
        wait_s=args.wait,
    )  # fmt: skip
    return BadgePrintService(db, _print_backend(), station=args.station, settings=settings)


def _print_backend():
    if sys.platform == "win32":  # no CUPS: Qt's printer (the Windows spooler)
        from PySide6.QtGui import QGuiApplication

        from itday.ui.printing import QtPrintBackend

        app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
        return QtPrintBackend(app)
    from itday.services.printing import default_backend

    return default_backend()


def _arrival_badge(service, event_id: int, outcome):
    """Print the badge of a first admission; what became of it (None: nothing to print)."""
    try:
        status = service.on_admission(event_id, outcome)
    except ItdayError as exc:  # the database or the queue: the admission itself is kept
        return _FailedBadge(str(exc))
    return None if status is None else service.wait(status)


class _FailedBadge:
    badge = "failed"

    def __init__(self, message: str) -> None:
        self.message = message

    def to_json(self) -> dict:
        return {"badge": "failed", "badge_message": self.message}


@command("checkin")
def cmd_checkin(args) -> int:
    if args.offline_dir:
        return _checkin_resilient(args)
    from itday.services.pipeline import DirectRecorder

    db = open_db(args)
    with db.session() as session:
        event_id = current_event_id(args, session)
    service = _print_service(args, db) if args.print_badge else None
    # each scan is acknowledged once it is in the base (see DirectRecorder)
    recorder = DirectRecorder(db, event_id, args.station)
    backups = _desk_backups(db) if "-" in args.codes else None
    refused = _Refusals()
    try:
        for raw in refused.readable(_codes_from(args.codes)):
            outcome = recorder.scan(raw)
            badge = _arrival_badge(service, event_id, outcome) if service else None
            _print_outcome(args, outcome, badge)
    finally:
        if backups is not None:
            backups.stop()
        if service is not None:
            service.close()
    return refused.status


def _desk_backups(db):
    """A desk reading a scanner (``checkin -``) runs for hours: it backs the base up as the
    window does (every 10 minutes, the 12 latest copies in ``NAME-sauvegardes/``)."""
    from itday.services.backup import BackupSchedule, default_folder

    if db.path is None:
        return None

    def failed(exc) -> None:
        print(f"itday : sauvegarde automatique : {exc}", file=sys.stderr, flush=True)

    return BackupSchedule(db, default_folder(db.path), on_error=failed).start()


def _checkin_resilient(args) -> int:
    """``checkin --offline-dir``: keeps scanning on a local copy when the base is away."""
    from itday.db.engine import Database, to_url
    from itday.errors import DatabaseError
    from itday.services.station import ResilientRecorder

    if args.event is not None:  # an edition the base does not hold: refused before any copy
        try:
            shared = Database.open(to_url(args.db), create=False, readonly=True)
        except DatabaseError:
            shared = None  # unreachable: the local copy decides, as offline
        if shared is not None:
            try:
                with shared.session() as session:
                    current_event_id(args, session)
            finally:
                shared.dispose()
    recorder = ResilientRecorder(
        to_url(args.db), args.station, args.offline_dir, event_id=args.event
    ).start()
    service = _print_service(args, open_db(args)) if args.print_badge else None
    refused = _Refusals()
    try:
        for raw in refused.readable(_codes_from(args.codes)):
            outcome = recorder.scan(raw)
            badge = None
            if service is not None:
                badge = _arrival_badge(service, recorder.event_id, outcome)
            _print_outcome(args, outcome, badge)
    finally:
        recorder.close()
        if service is not None:
            service.close()
        left = recorder.pending
        if left:
            print(
                f"itday : base partagée injoignable, {left} scan(s) en attente dans "
                f"{recorder.local.path} : relancez « itday checkin - --offline-dir "
                f"{args.offline_dir} » pour les envoyer.",
                file=sys.stderr,
            )
    return refused.status


@command("stations")
def cmd_stations(args) -> int:
    from itday.db import repo
    from itday.db.stations import list_stations

    db = open_db(args)
    with db.session() as session:
        rows = list_stations(session=session)
        tz = repo.event_timezone(args.event, session=session)  # the event's time, not the PC's
    if args.json:
        print_json(
            [
                {k: (v.isoformat() if isinstance(v, dt.datetime) else v) for k, v in r.items()}
                for r in rows
            ]
        )
        return 0
    if not rows:
        print("Aucun poste d'accueil n'a encore contacté cette base.")
        return 0
    now = dt.datetime.now(dt.UTC)
    for r in rows:
        seen = r["last_seen"]
        if seen is None:
            when = "jamais"
        else:
            local = seen.astimezone(tz).strftime("%d/%m %H:%M:%S")
            when = f"{local} (il y a {_ago(now - seen)})"
        version = f", itday {r['version']}" if r["version"] else ""
        print(f"{r['name']} : dernier contact {when}, {r['scans']} scan(s){version}")
    return 0


def _ago(delta: dt.timedelta) -> str:
    seconds = max(0, int(delta.total_seconds()))
    if seconds < 120:
        return f"{seconds} s"
    if seconds < 7200:
        return f"{seconds // 60} min"
    return f"{seconds // 3600} h"


@command("badges")
def cmd_badges(args) -> int:
    from itday.services.pdf.badges import LAYOUTS, describe_layouts

    if args.layout == "list":
        print(describe_layouts())
        return 0
    if args.print_badge:
        if args.language:  # the print queue prints (and reprints) in the edition's language
            raise UsageError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "--language ne va pas avec --print : les badges imprimés suivent la langue "
                    "des documents de l'édition (Réglages, ou itday init --doc-language).",
                )
            )
        return _badges_to_printer(args)
    args.layout = args.layout or "a6"
    if args.layout not in LAYOUTS:
        raise ItdayError(
            f"Mise en page inconnue « {args.layout} » : « itday badges x.pdf --layout list » "
            "les énumère."
        )
    if args.out is None:
        raise ItdayError(
            "Donnez le fichier PDF à écrire (itday badges OUT.pdf) ou --print pour les "
            "envoyer à l'imprimante des badges."
        )
    from itday.services.badges import render_badge_pdf

    db = open_db(args)
    with db.session() as session:
        event_id = current_event_id(args, session)
    printed = render_badge_pdf(
        db,
        event_id,
        args.out,
        layout=args.layout,
        ids=args.only,
        category=args.category,
        station="cli",
        dpi=args.dpi if args.layout.startswith("label") else None,
        language=args.language,
    )
    print(f"{len(printed)} badge(s) écrit(s) dans {args.out}")
    return 0


def _badges_to_printer(args) -> int:
    """``itday badges --print``: badges to the printer without checking anyone in (badge
    pick-up the day before); one line says printed, queued or failed."""
    from itday.services.badges import badge_people

    if args.out is not None:
        raise UsageError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Donnez soit un fichier PDF, soit --print (le badge part à l'imprimante), pas "
                "les deux.",
            )
        )
    db = open_db(args)
    with db.session() as session:
        event_id = current_event_id(args, session)
        people = badge_people(event_id, session=session, ids=args.only, category=args.category)
    if not people:
        raise ItdayError("Aucun badge à imprimer avec ces critères.")
    args.station = "cli"
    service = _print_service(args, db)
    try:
        status = service.print_badges(
            event_id, [i for i, _ in people], reason="pickup", wait=args.wait
        )
    finally:
        service.close()
    if args.json:
        print_json({**status.to_json(), "badges": len(people), "job_id": status.job_id})
    else:
        line = f"{len(people)} badge(s) {BADGE_WORDS[status.badge]} : {status.message}"
        print(line, file=sys.stderr if status.badge == "failed" else sys.stdout)
    return 1 if status.badge == "failed" else 0


@command("print-queue")
def cmd_print_queue(args) -> int:
    """The badges of a station still to print (queued or failed); ``--retry`` sends them
    again (all, or the queue numbers given)."""
    db = open_db(args)
    with db.session() as session:
        event_id = current_event_id(args, session)
    service = _print_service(args, db)
    try:
        rows = service.refresh(event_id)
        if args.retry is not None:
            chosen = [r["id"] for r in rows if not args.retry or r["id"] in args.retry]
            unknown = sorted(set(args.retry) - {r["id"] for r in rows})
            if unknown:
                raise ItdayError(
                    f"Pas de badge n° {', '.join(map(str, unknown))} à imprimer au poste "
                    f"« {args.station} » (« itday print-queue » les liste)."
                )
            by_job: dict[tuple, list[int]] = {}  # a batch sent as one job is sent again as one
            for row in (r for r in rows if r["id"] in chosen):
                job = row["job_id"] if row["job_id"] is not None else -row["id"]
                by_job.setdefault((row["printer"], job), []).append(row["id"])
            for items in by_job.values():
                service.wait(service.retry(items))
            rows = service.open_items(event_id)
    finally:
        service.close()
    if args.json:
        keys = ("id", "attendee_id", "name", "reason", "printer", "job_id", "outcome", "message")
        print_json([{k: r[k] for k in keys} for r in rows])
        return 0
    if not rows:
        print(f"Aucun badge en attente au poste « {args.station} ».")
        return 0
    for r in rows:
        print(f"n° {r['id']} — {r['name']} — {BADGE_WORDS[r['outcome']]} : {r['message']}")
    print(f"{len(rows)} badge(s) à imprimer.", file=sys.stderr)
    return 0


@command("export")
def cmd_export(args) -> int:
    from itday.services.export import export_edition

    if not args.out_dir.strip():  # "" would be the current folder: never by accident
        raise UsageError(
            QT_TRANSLATE_NOOP("errors", "Donnez le dossier de l'export : itday export DOSSIER.")
        )
    db = open_db(args, readonly=True)
    with db.session() as session:
        event_id = current_event_id(args, session)
    result = export_edition(
        db,
        event_id,
        args.out_dir,
        anonymise=args.anonymise,
        force=args.force,
        technical=args.technical,
        language=args.language,
    )
    kind = "anonymisé " if result.anonymised else ""
    rows = result.rows
    # the same count of registrations as stats, the GUI and report.pdf: the cancelled ones
    # are in the files (marked cancelled) but said apart
    n = result.cancelled
    cancelled = f" (dont {n} annulé{'s' if n > 1 else ''})" if n else ""
    print(
        f"Export {kind}écrit dans {result.folder} : {rows['attendees']} participants"
        f"{cancelled}, {rows['scans']} scans, {rows['exhibitors']} exposants, "
        f"{rows['booths']} stands."
    )
    for path in result.files:
        print(f"  {path.name}")
    return 0


PURGE_WORD = "SUPPRIMER"


@command("pin")
def cmd_pin(args) -> int:
    """The organiser PIN kept in the database (every station asks the same)."""
    from itday.core.pin import hash_pin, valid_new_pin
    from itday.db import repo

    key = "organiser_pin"  # itday.ui.roles.PIN_KEY (no Qt import here)
    db = open_db(args, readonly=not (args.reset or args.set))
    with db.session() as session:
        if args.reset:
            repo.set_setting(key, None, session=session)
            session.commit()
            print(
                f"Code organisateur effacé de {db.display_name} : le prochain clic sur "
                "« Organisateur… » fera choisir un nouveau code."
            )
            return 0
        if args.set:
            lines = [line.strip() for line in sys.stdin.readlines()[:2]]
            if sys.stdin.isatty() or len(lines) < 2:
                raise ItdayError(
                    "Donnez le nouveau code deux fois sur l'entrée standard, par exemple : "
                    "printf '2468\\n2468\\n' | itday pin --set"
                )
            problem = valid_new_pin(lines[0])
            if problem:
                raise ItdayError(problem)
            if lines[0] != lines[1]:
                raise ItdayError("Les deux codes diffèrent : rien n'a changé.")
            repo.set_setting(key, hash_pin(lines[0]), session=session)
            session.commit()
            print(f"Nouveau code organisateur enregistré dans {db.display_name}.")
            return 0
        defined = repo.get_setting(key, session=session) is not None
    print(
        "Un code organisateur est défini pour cette base."
        if defined
        else "Aucun code organisateur : le premier clic sur « Organisateur… » le fera choisir."
    )
    return 0


@command("purge")
def cmd_purge(args) -> int:
    from itday.db import repo
    from itday.services.gdpr import purge_personal_data

    db = open_db(args)
    with db.session() as session:
        event = repo.get_event(current_event_id(args, session), session=session)
        event_id, label = event.id, f"{event.name} ({event.date:%d/%m/%Y})"
    word = args.confirm
    if word is None:
        if not sys.stdin.isatty():
            raise ItdayError(
                f"la purge efface les noms, e-mails et téléphones de « {label} » : "
                f"confirmez avec --confirm {PURGE_WORD}."
            )
        print(
            f"Les noms, e-mails et téléphones de « {label} » vont être effacés "
            "(les statistiques restent). Exportez d'abord si vous en avez besoin."
        )
        word = input(f"Pour confirmer, tapez {PURGE_WORD} : ")
    if word.strip() != PURGE_WORD:
        raise ItdayError(f"purge annulée : il fallait taper {PURGE_WORD}.")
    with db.session() as session:
        counts = purge_personal_data(session, event_id)
    print(
        f"Données personnelles purgées pour « {label} » : {counts['attendees']} participants, "
        f"{counts['exhibitors']} exposants, {counts['scans']} scans refusés."
    )
    return 0


@command("backup")
def cmd_backup(args) -> int:
    from itday.services.backup import backup_now, default_folder

    db = open_db(args, readonly=True)
    if db.path is None:
        raise ItdayError("Base PostgreSQL : faites la sauvegarde avec pg_dump.")
    folder = args.folder or default_folder(db.path)
    path = backup_now(db, folder)
    print(f"Sauvegarde écrite : {path}")
    return 0


@command("restore")
def cmd_restore(args) -> int:
    from itday.db.engine import to_url
    from itday.services.backup import restore

    url = to_url(args.db)
    if not url.startswith("sqlite:///"):
        raise ItdayError("Base PostgreSQL : restaurez avec pg_restore.")
    target = Path(url[len("sqlite:///") :])
    safety = restore(args.backup, target).safety
    if safety is not None:
        print(f"L'état d'avant est gardé dans {safety}")
    print(f"Sauvegarde {args.backup} remise dans {target}.")
    return 0


@command("lists")
def cmd_lists(args) -> int:
    from itday.services.exhibitor_docs import DOCUMENTS, render_document

    kind = "directory" if args.directory else "signs" if args.signs else args.by
    db = open_db(args, readonly=True)
    with db.session() as session:
        event_id = current_event_id(args, session)
    pages = render_document(db, event_id, args.out, kind, language=args.language)
    print(f"{DOCUMENTS[kind]} : {pages} page(s) écrite(s) dans {args.out}")
    return 0


MAX_IMAGE_PIXELS = 50_000_000  # 8K video is 33 Mpx; a 20000×20000 PNG would take 2.4 GB
MAX_IMAGE_BYTES = 200_000_000


def _image_too_big(name: str) -> str:
    """Why an image is refused before decoding (its header's size), or ""."""
    import warnings

    from PIL import Image

    if os.path.getsize(name) > MAX_IMAGE_BYTES:
        return f"fichier de plus de {MAX_IMAGE_BYTES // 1_000_000} Mo"
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with Image.open(name) as im:  # reads the header only
                w, h = im.size
    except Image.DecompressionBombError:
        return f"image trop grande (plus de {MAX_IMAGE_PIXELS // 1_000_000} Mpx)"
    except Exception:  # noqa: BLE001 (not an image Pillow knows: OpenCV may still read it)
        return ""
    if w * h > MAX_IMAGE_PIXELS:
        return f"image trop grande ({w}×{h}, plus de {MAX_IMAGE_PIXELS // 1_000_000} Mpx)"
    return ""


@command("decode")
def cmd_decode(args) -> int:
    """JSON lines ``{"file", "codes", "ms"}``, one per image, with the station's decoder."""
    import cv2
    import numpy as np

    from itday.services.decoding import QRDecoder, timed_decode

    decoder = QRDecoder()
    failed = 0
    for name in args.images:
        why = _image_too_big(name) if _is_file(name) else ""
        data = np.fromfile(name, dtype=np.uint8) if _is_file(name) and not why else None
        image = cv2.imdecode(data, cv2.IMREAD_COLOR) if data is not None and data.size else None
        if image is None:
            why = why or ("fichier introuvable" if data is None else "pas une image lisible")
            if args.json:
                print_json({"file": name, "codes": [], "ms": None, "error": why})
            else:
                print(f"{name}: {why}", file=sys.stderr)
            failed += 1
            continue
        codes, ms = timed_decode(decoder, image)
        if args.json:
            print_json({"file": name, "codes": codes, "ms": round(ms, 3)})
        else:
            shown = ", ".join(codes) if codes else "(aucun code)"
            print(f"{name}: {shown} [{ms:.1f} ms]", flush=True)
    if failed == len(args.images):
        raise ItdayError(f"Aucune image lisible parmi les {failed} fichier(s) donnés.")
    return 0


def _is_file(name: str) -> bool:

    return Path(name).is_file()


@command("about")
def cmd_about(args) -> int:
    from PySide6.QtCore import qVersion

    from itday.components import component_versions

    rows = component_versions()
    if args.json:
        components = [{"name": n, "version": v, "licence": lic} for n, v, lic in rows]
        out = {"itday": __version__, "qt": qVersion(), "components": components}
        print(json.dumps(out, ensure_ascii=False))
        return 0
    print(f"itday {__version__} (Qt {qVersion()})")
    width = max(len(n) for n, _v, _lic in rows)
    for name, version, licence in rows:
        print(f"  {name:<{width}}  {version:<10}  {licence}")
    return 0


@command("replay")
def cmd_replay(args) -> int:
    """The station's pipeline on a video file, a stream URL or a camera: decode, debounce
    (video time for a file), record."""

    from itday.services.camera import FILE, CameraError, LimitedSource, open_source, parse_source
    from itday.services.pipeline import DirectRecorder, ScanPipeline, replay_video

    try:
        spec = parse_source(args.video)
    except CameraError as exc:
        raise ItdayError(f"Source vidéo invalide : {exc}") from None
    if spec.kind == FILE and not Path(spec.value).is_file():
        raise ItdayError(f"Vidéo introuvable : {args.video}")
    source = open_source(spec, live=False)
    if spec.kind != FILE and args.seconds is None and args.frames is None:
        try:  # a stream or a camera may never end: say how to stop, once it answers
            source.open()
        except CameraError as exc:
            raise ItdayError(f"Impossible de lire la vidéo : {exc}") from None
        finally:
            source.close()
        print(
            f"itday : lecture de {spec.label} jusqu'à la fin du flux "
            "(Ctrl+C pour arrêter, ou --seconds / --frames)",
            file=sys.stderr,
        )
    if args.seconds is not None or args.frames is not None:
        source = LimitedSource(source, max_frames=args.frames, max_seconds=args.seconds)
    db = open_db(args)
    with db.session() as session:
        event_id = current_event_id(args, session)
    recorder = DirectRecorder(db, event_id, args.station)
    pipeline = ScanPipeline(recorder)
    if args.start is not None:  # scan times follow the video: start + video time × speed
        pipeline.media_time = 0.0
        recorder.clock = lambda: args.start + dt.timedelta(seconds=pipeline.media_time * args.speed)
    try:
        summary = replay_video(args.video, pipeline, source=source)
    except CameraError as exc:
        raise ItdayError(f"Impossible de lire la vidéo : {exc}") from None
    if args.json:
        print_json(summary)
    else:
        results = ", ".join(f"{k} {v}" for k, v in summary["results"].items()) or "aucun scan"
        print(
            f"{summary['frames']} images, {summary['scans']} scan(s) : {results} ; "
            f"décodage médian {summary['ms_per_frame']:.1f} ms/image ({summary['wall_s']:.1f} s)"
        )
    if summary["failed"]:
        raise ItdayError(
            f"{summary['failed']} scan(s) n'ont pas pu être enregistrés : {summary['error']}"
        )
    return 0


# -- parser ---------------------------------------------------------------------------


INT_MAX = 2**63 - 1  # SQLite's integers: anything larger is a typo, not an id


def _count(text: str) -> int:
    """A whole number ≥ 0 that the database can hold (ids, counts, sizes): bad usage else."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"« {text} » n'est pas un nombre entier") from None
    if not 0 <= value <= INT_MAX:
        raise argparse.ArgumentTypeError(f"« {text} » : nombre hors limites")
    return value


def _screen_size(text: str) -> str:
    """« 1366x768 »: a screen's width and height, 200 to 10000 pixels each."""
    try:
        w, h = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"taille invalide « {text} » (attendu LARGEURxHAUTEUR, par ex. 1600x900)"
        ) from None
    if not (200 <= w <= 10_000 and 200 <= h <= 10_000):
        raise argparse.ArgumentTypeError(f"« {text} » : de 200 à 10000 pixels de côté")
    return text


def _positive_float(text: str) -> float:
    """A finite number above zero (``nan``, ``inf``, 0 and less are bad usage)."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"« {text} » n'est pas un nombre") from None
    if not math.isfinite(value) or value <= 0:
        raise argparse.ArgumentTypeError(f"« {text} » : un nombre positif est attendu")
    return value


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        default=argparse.SUPPRESS,
        help="fichier SQLite ou URL SQLAlchemy (défaut : $ITDAY_DB ou db/itday.sqlite)",
    )
    common.add_argument(
        "--event",
        type=_count,
        default=argparse.SUPPRESS,
        help="numéro de l'édition (défaut : la plus récente)",
    )
    json_flag = argparse.ArgumentParser(add_help=False)
    json_flag.add_argument("--json", action="store_true", help="sortie JSON")

    parser = argparse.ArgumentParser(
        prog="itday",
        parents=[common],
        description="itday : plan, exposants, badges et accueil d'une journée d'exposition.",
    )
    parser.add_argument("--version", action="version", version=f"itday {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMANDE")

    def add(name, help_, *parents):
        return sub.add_parser(name, help=help_, parents=[common, *parents])

    p = add("gui", "ouvre l'application")
    p.add_argument("--screenshot", metavar="FICHIER.png")
    p.add_argument("--page", choices=["plan", "exhibitors", "visitors", "checkin", "stats"])
    p.add_argument(
        "--kiosk",
        action="store_true",
        help="borne libre-service plein écran (quitter : Ctrl+Maj+Q et le code organisateur)",
    )
    p.add_argument("--size", default="1600x900", metavar="LxH", type=_screen_size)
    p.add_argument("--lang", choices=["fr", "en"], default=None)

    p = add("init", "crée la base et une édition, vide ou reprenant le plan d'une autre")
    p.add_argument("--name", required=True)
    p.add_argument(
        "--doc-language",
        choices=["fr", "en"],
        default=None,
        help="langue des documents imprimés et des fichiers de l'édition (défaut : fr, ou "
        "celle de --from)",
    )
    p.add_argument("--date", required=True, type=_date)
    p.add_argument("--venue", default=None, help="lieu (défaut : celui de --from, sinon vide)")
    p.add_argument("--opens", type=_time, default=None, help="ouverture HH:MM (défaut 09:00)")
    p.add_argument("--closes", type=_time, default=None, help="fermeture HH:MM (défaut 18:00)")
    p.add_argument(
        "--from",
        dest="source",
        type=_count,
        metavar="ÉDITION",
        default=None,
        help="reprend la salle, ses éléments fixes, l'image de fond et les stands de cette édition",
    )
    p.add_argument(
        "--with-exhibitors",
        action="store_true",
        help="avec --from : reprend aussi les exposants, chacun sur son stand",
    )

    p = add("demo", "remplit la base avec l'édition de démonstration")
    p.add_argument("--force", action="store_true", help="remplace le contenu de la base")
    p.add_argument("--seed", type=_count, default=2017)
    p.add_argument(
        "--no-arrivals",
        action="store_true",
        help="sans les arrivées de la matinée (aucun participant entré)",
    )

    p = add("import", "importe des inscriptions ou des exposants (CSV, XLSX)", json_flag)
    p.add_argument("kind", choices=["visitors", "exhibitors"])
    p.add_argument("file")
    p.add_argument("--dry-run", action="store_true")
    p.add_argument(
        "--category",
        action="append",
        metavar="TYPE=CATÉGORIE",
        default=[],
        help="type de billet → catégorie (« Étudiant=Visiteur », « Presse=Presse ») ; "
        "retenu dans la base pour les imports suivants",
    )

    p = add("attendees", "liste les participants", json_flag)
    p.add_argument("--search", default="")

    add("exhibitors", "liste les exposants", json_flag)

    doc_language = argparse.ArgumentParser(add_help=False)
    doc_language.add_argument(
        "--language",
        choices=["fr", "en"],
        default=None,
        help="langue du document (défaut : celle de l'édition, « itday init --doc-language »)",
    )
    printing = argparse.ArgumentParser(add_help=False)
    printing.add_argument(
        "--printer", metavar="NOM", help="imprimante des badges (défaut : celle du système)"
    )
    printing.add_argument(
        "--dpi", type=_count, default=300, help="résolution de l'imprimante (défaut : 300)"
    )
    printing.add_argument(
        "--media", metavar="NOM", help="format papier de l'imprimante (défaut : celui du badge)"
    )
    printing.add_argument(
        "--wait",
        type=float,
        default=10.0,
        metavar="S",
        help="attente maximale de la sortie du badge avant de dire « queued » (défaut : 10 s)",
    )

    p = add("badges", "imprime les badges en PDF, ou sur l'imprimante (--print)", json_flag,
            printing, doc_language)  # fmt: skip
    p.add_argument("out", metavar="OUT.pdf", nargs="?")
    p.add_argument(
        "--layout",
        default=None,
        help="mise en page (défaut : a6 en PDF, label54x90 avec --print ; list : les énumère)",
    )
    p.add_argument("--only", type=_count, nargs="+", metavar="ID")
    p.add_argument("--category")
    p.add_argument(
        "--print",
        dest="print_badge",
        action="store_true",
        help="envoie les badges à l'imprimante des badges, sans enregistrer d'entrée",
    )

    p = add("lists", "imprime la liste des exposants (ou l'annuaire, les panneaux) en PDF",
            doc_language)  # fmt: skip
    p.add_argument("out", metavar="OUT.pdf")
    p.add_argument("--by", choices=["name", "booth", "sector"], default="name")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--directory", action="store_true", help="l'annuaire des exposants")
    which.add_argument("--signs", action="store_true", help="les panneaux de stand (A4 paysage)")

    p = add("plan", "imprime le plan (PDF ou PNG)", doc_language)
    p.add_argument("out", metavar="OUT.pdf|OUT.png")
    p.add_argument("--paper", default="A3", choices=["A4", "A3", "A2", "A1", "A0"])
    p.add_argument("--colour-by", default="status", choices=["status", "sector", "presence"])
    p.add_argument(
        "--no-background",
        action="store_true",
        help="sans le plan de la salle en fond (imprimé par défaut quand le hall en a un)",
    )

    p = add("checkin", "enregistre des codes comme des scans (JSON lines)", json_flag, printing)
    p.add_argument("codes", nargs="+", metavar="CODE")
    p.add_argument("--station", default="cli")
    p.add_argument(
        "--print",
        dest="print_badge",
        action="store_true",
        help="imprime le badge à la première entrée (pas aux ré-entrées)",
    )
    p.add_argument(
        "--layout", default=None, help="mise en page du badge imprimé (défaut : label54x90)"
    )
    p.add_argument(
        "--offline-dir",
        metavar="DOSSIER",
        help="copie locale et journal du poste : continue hors ligne si la base est injoignable",
    )

    add("stations", "dernier contact de chaque poste d'accueil", json_flag)

    p = add(
        "print-queue",
        "badges en attente d'impression d'un poste (imprimante en pause, éteinte…)",
        json_flag,
        printing,
    )
    p.add_argument("--station", default="cli", help="le poste (défaut : cli)")
    p.add_argument("--layout", default=None, help="mise en page (défaut : label54x90)")
    p.add_argument(
        "--retry",
        type=_count,
        nargs="*",
        metavar="N",
        help="renvoie à l'imprimante les badges en attente (tous, ou les n° donnés)",
    )

    p = add("decode", "décode les QR codes d'images (JSON lines)", json_flag)
    p.add_argument("images", nargs="+", metavar="IMAGE")

    p = add("replay", "rejoue une vidéo (ou un flux, une caméra) dans la chaîne de scan", json_flag)
    p.add_argument(
        "video",
        metavar="VIDEO",
        help="fichier vidéo, URL d'un flux (rtsp://…, http://…/video) ou numéro de caméra",
    )
    p.add_argument(
        "--seconds", type=_positive_float, default=None, help="s'arrête après N secondes"
    )
    p.add_argument("--frames", type=_count, default=None, help="s'arrête après N images")
    p.add_argument("--station", default="replay")
    p.add_argument(
        "--start",
        type=_moment,
        default=None,
        metavar="AAAA-MM-JJTHH:MM",
        help="heure (Europe/Paris) du début de la vidéo, pour répéter une journée "
        "passée : les scans prennent l'heure de la vidéo (défaut : maintenant)",
    )
    p.add_argument(
        "--speed",
        type=_positive_float,
        default=1.0,
        help="avec --start : une seconde de vidéo vaut N secondes de la journée",
    )

    p = add("export", "exporte l'édition (CSV, XLSX, sauvegarde, rapport)", doc_language)
    p.add_argument("out_dir", metavar="OUT_DIR")
    p.add_argument("--anonymise", action="store_true")
    p.add_argument(
        "--force",
        action="store_true",
        help="remplace l'export d'une autre édition déjà présent dans OUT_DIR",
    )
    p.add_argument(
        "--technical",
        action="store_true",
        help="fichiers pour les scripts : clés stables (first_name…), heures ISO 8601, "
        "points décimaux (par défaut : en-têtes dans la langue des documents, virgules, "
        "heures locales)",
    )

    add("stats", "chiffres de l'édition", json_flag)

    p = add("purge", "efface les données personnelles de l'édition (les statistiques restent)")
    p.add_argument(
        "--confirm",
        metavar=PURGE_WORD,
        help=f"confirme sans question (sinon la commande demande de taper {PURGE_WORD})",
    )

    p = add("pin", "le code organisateur de la base (le même sur chaque poste)")
    which = p.add_mutually_exclusive_group()
    which.add_argument(
        "--reset", action="store_true", help="efface le code (code oublié) : le suivant se choisit"
    )
    which.add_argument(
        "--set", action="store_true", help="nouveau code, lu deux fois sur l'entrée standard"
    )

    p = add("backup", "copie de la base maintenant (par défaut dans NOM-sauvegardes/ à côté)")
    p.add_argument("folder", nargs="?", metavar="DOSSIER")

    p = add("restore", "remet une sauvegarde dans la base (l'état actuel est d'abord sauvegardé)")
    p.add_argument("backup", metavar="SAUVEGARDE.sqlite")

    add("about", "version d'itday et des composants inclus, avec leurs licences", json_flag)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "db"):
        args.db = None
    if not hasattr(args, "event"):
        args.event = None
    if args.command is None:
        args.command = "gui"
        args.screenshot = None
        args.page = None
        args.size = "1600x900"
        args.lang = None
    fresh = _FreshDatabase(args.db)
    rc = 1
    try:
        from itday.db.engine import closing_databases

        with closing_databases():  # the base whole in its .sqlite once the command is done
            rc = _dispatch(args)
    finally:
        if rc:
            fresh.remove()
    return rc


class _FreshDatabase:
    """A command that fails creates nothing: the SQLite file it was given did not exist
    before it ran, so if it fails, the file (and the folders made for it) are removed."""

    def __init__(self, db) -> None:
        self.path: Path | None = None
        self.folders: list[Path] = []
        from itday.db.engine import default_location

        value = str(db) if db is not None else default_location()
        if "://" in value or value == ":memory:":
            return
        path = Path(value).expanduser().absolute()
        if path.exists() or path.is_symlink():
            return
        self.path = path
        folder = path.parent
        while not folder.exists() and folder != folder.parent:
            self.folders.append(folder)
            folder = folder.parent

    def remove(self) -> None:
        if self.path is None or not self.path.exists():
            return
        import gc

        gc.collect()  # engines of the failed command: their connections close first
        from itday.db.files import companions

        for file in [*companions(self.path), self.path]:
            try:
                file.unlink(missing_ok=True)
            except OSError:
                pass
        for folder in self.folders:
            try:
                folder.rmdir()
            except OSError:
                break


def _dispatch(args) -> int:
    """The command's exit code; every error becomes one line on stderr."""
    try:
        return COMMANDS[args.command](args)
    except ItdayError as exc:
        print(f"itday : {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("itday : interrompu.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 1
    except OSError as exc:
        print(f"itday : {exc.strerror or exc} ({exc.filename or ''})", file=sys.stderr)
        return 1
    except Exception as exc:  # a bug: one line for the user, the details in a file
        import tempfile
        import traceback

        log = Path(tempfile.gettempdir()) / "itday-error.log"
        try:
            log.write_text(traceback.format_exc(), encoding="utf-8")
            where = f" ; détails dans {log}"
        except OSError:
            where = ""
        print(f"itday : erreur inattendue ({type(exc).__name__} : {exc}){where}", file=sys.stderr)
        if os.environ.get("ITDAY_DEBUG"):
            raise
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
