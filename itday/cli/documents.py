"""Commands that print documents: badges, lists, plan."""

from __future__ import annotations

import sys

from itday.cli.common import (
    category_value,
    command,
    current_event_id,
    event_of,
    open_db,
    print_json,
)
from itday.cli.printing import BADGE_WORDS, print_service
from itday.core.text import counted
from itday.errors import QT_TRANSLATE_NOOP, ItdayError, UsageError


@command("badges")
def cmd_badges(args) -> int:
    from itday.services.pdf.badges import LAYOUTS, describe_layouts

    if args.layout == "list":
        print(describe_layouts())
        return 0
    args.category = category_value(args.category)  # « Presse », as on screen, or « press »
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
    printed = render_badge_pdf(
        db,
        event_of(args, db),
        args.out,
        layout=args.layout,
        ids=args.only,
        category=args.category,
        station="cli",
        dpi=args.dpi if args.layout.startswith("label") else None,
        language=args.language,
    )
    print(f"{counted(len(printed), 'badge écrit')} dans {args.out}")
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
    service = print_service(args, db)
    try:
        status = service.print_badges(
            event_id, [i for i, _ in people], reason="pickup", wait=args.wait
        )
    finally:
        service.close()
    if args.json:
        print_json({**status.to_json(), "badges": len(people), "job_id": status.job_id})
    else:
        word = BADGE_WORDS[status.badge]
        many = "badges " + word.replace("imprimé", "imprimés")  # « en attente » stays
        line = f"{counted(len(people), 'badge ' + word, many)} : {status.message}"
        print(line, file=sys.stderr if status.badge == "failed" else sys.stdout)
    return 1 if status.badge == "failed" else 0


@command("lists")
def cmd_lists(args) -> int:
    from itday.services.exhibitor_docs import DOCUMENTS, render_document

    kind = "directory" if args.directory else "signs" if args.signs else args.by
    db = open_db(args, readonly=True)
    pages = render_document(db, event_of(args, db), args.out, kind, language=args.language)
    print(f"{DOCUMENTS[kind]} : {counted(pages, 'page écrite')} dans {args.out}")
    return 0


@command("plan")
def cmd_plan(args) -> int:
    from itday.services.pdf.plan import render_plan
    from itday.services.plan_data import load_plan

    db = open_db(args, readonly=True)
    with db.session() as session:
        event_id = current_event_id(args, session)
        data = load_plan(
            event_id,
            session=session,
            colour_by=args.colour_by,
            language=args.language,
            background=not args.no_background,
            window=_window(args, session, event_id),
        )
    try:
        path = render_plan(args.out, data, paper=args.paper)
    except (ValueError, RuntimeError) as exc:
        raise ItdayError(str(exc)) from None
    print(path)
    return 0


def _window(args, session, event_id: int):
    """``--from``/``--to`` of ``plan --colour-by visits`` as aware times on the edition's
    day (None: the whole day)."""
    import datetime as dt
    from zoneinfo import ZoneInfo

    from itday.db import repo

    if args.start is None and args.end is None:
        return None
    if args.colour_by != "visits":
        raise UsageError(
            QT_TRANSLATE_NOOP("errors", "--from et --to vont avec --colour-by visits.")
        )
    event = repo.get_event(event_id, session=session)
    tz = ZoneInfo(event.timezone or "Europe/Paris")
    start = dt.datetime.combine(event.date, args.start or dt.time(0, 0), tz)
    end = dt.datetime.combine(event.date, args.end or dt.time(23, 59, 59), tz)
    if end <= start:
        raise UsageError(
            QT_TRANSLATE_NOOP("errors", "--to ({end}) doit venir après --from ({start})."),
            start=f"{start:%H:%M}",
            end=f"{end:%H:%M}",
        )
    return start, end


@command("exhibitor-report")
def cmd_exhibitor_report(args) -> int:
    """Each exhibitor's report after the show, one PDF each, into OUT_DIR."""
    from itday.services.stand_reports import write_stand_reports

    db = open_db(args, readonly=True)
    files = write_stand_reports(
        db,
        event_of(args, db),
        args.out_dir,
        exhibitor_ids=args.exhibitor,
        language=args.language,
    )
    reports = counted(len(files), "rapport d'exposant écrit", "rapports d'exposant écrits")
    print(f"{reports} dans {args.out_dir}")
    return 0
