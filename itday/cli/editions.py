"""Commands about the edition and the app itself: init, demo, gui, about, pin."""

from __future__ import annotations

import sys

from itday import __version__
from itday.cli.common import command, open_db, print_json
from itday.core.text import counted
from itday.errors import QT_TRANSLATE_NOOP, ItdayError, UsageError


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
                f" avec le plan de l'édition n° {args.source} : {counted(n['booths'], 'stand')}, "
                f"{counted(n['elements'], 'élément fixe')}, "
                f"{counted(n['exhibitors'], 'exposant')}"
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
        f"{counted(c['booths'], 'stand')}, {counted(c['exhibitors'], 'exposant')}, "
        f"{counted(c['attendees'], 'participant')}."
    )
    return 0


@command("gui")
def cmd_gui(args) -> int:
    from itday.ui.app import run_gui

    return run_gui(args)


@command("about")
def cmd_about(args) -> int:
    from PySide6.QtCore import qVersion

    from itday.components import component_versions

    rows = component_versions()
    if args.json:
        components = [{"name": n, "version": v, "licence": lic} for n, v, lic in rows]
        print_json({"itday": __version__, "qt": qVersion(), "components": components})
        return 0
    print(f"itday {__version__} (Qt {qVersion()})")
    width = max(len(n) for n, _v, _lic in rows)
    for name, version, licence in rows:
        print(f"  {name:<{width}}  {version:<10}  {licence}")
    return 0


PIN_KEY = "organiser_pin"  # itday.ui.roles.PIN_KEY (no Qt import here)


@command("pin")
def cmd_pin(args) -> int:
    """The organiser PIN kept in the database (every station asks the same)."""
    from itday.db import repo

    db = open_db(args, readonly=not (args.reset or args.set))
    with db.session() as session:
        if args.reset:
            repo.set_setting(PIN_KEY, None, session=session)
            session.commit()
            print(
                f"Code organisateur effacé de {db.display_name} : le prochain clic sur "
                "« Organisateur… » fera choisir un nouveau code."
            )
            return 0
        if args.set:
            _set_pin(session)
            print(f"Nouveau code organisateur enregistré dans {db.display_name}.")
            return 0
        defined = repo.get_setting(PIN_KEY, session=session) is not None
    print(
        "Un code organisateur est défini pour cette base."
        if defined
        else "Aucun code organisateur : le premier clic sur « Organisateur… » le fera choisir."
    )
    return 0


def _set_pin(session) -> None:
    """The new PIN, read twice on standard input, hashed into the base."""
    from itday.core.pin import hash_pin, normalise_pin, valid_new_pin
    from itday.db import repo

    lines = [normalise_pin(line) for line in sys.stdin.readlines()[:2]]
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
    repo.set_setting(PIN_KEY, hash_pin(lines[0]), session=session)
    session.commit()
