"""Talk rooms on the command line (issue 27): ``itday import programme`` and the door scans
of ``itday checkin --room`` (``itday.cli.people`` and ``itday.cli.desk`` hand over here)."""

from __future__ import annotations

from itday.cli.common import current_event_id, open_db, print_json
from itday.core.text import counted
from itday.errors import QT_TRANSLATE_NOOP, ItdayError, UsageError


def import_programme(args) -> int:
    """``itday import programme FILE [--dry-run] [--json]``."""
    from itday.core.importing import ImportFileError
    from itday.services.programme import import_programme as run
    from itday.services.programme import programme_json

    if args.category:
        raise UsageError(
            QT_TRANSLATE_NOOP("errors", "--category ne s'applique qu'aux inscriptions (visitors).")
        )
    db = open_db(args, create=True)
    with db.session() as session:
        event_id = current_event_id(args, session)
        try:
            report, rooms = run(session, event_id, args.file, dry_run=args.dry_run)
        except ImportFileError as exc:
            raise ItdayError(str(exc)) from None
        free = _speakers_free(session, event_id, args)
    data = {**programme_json(report, rooms), "speakers_free": free}
    if args.json:
        print_json(data)
        return 0
    if args.dry_run:
        imported = counted(data["imported"], "séance serait importée", "séances seraient importées")
    else:
        imported = counted(data["imported"], "séance importée")
    print(
        f"{imported}, {counted(data['updated'], 'mise à jour', 'mises à jour')}, "
        f"{counted(data['rooms'], 'salle créée')}, "
        f"{counted(data['rooms_updated'], 'capacité changée')}, "
        f"{counted(len(data['duplicates']), 'doublon fusionné')}, "
        f"{counted(len(data['warnings']), 'avertissement')}, "
        f"{counted(len(data['rejected']), 'ligne rejetée')}."
    )
    for item in data["rejected"]:
        print(f"  ligne {item['line']} rejetée : {item['reason']}")
    for item in data["warnings"]:
        print(f"  ligne {item['line']} : {item['reason']}")
    verb = "serait ajouté(e)" if args.dry_run else "ajouté(e)"  # one person a line
    for item in data["speakers_created"]:
        print(f"  ligne {item['line']} : intervenant(e) « {item['name']} » {verb} aux "
              "participants (catégorie Intervenant)")  # fmt: skip
    state = "entrent sans compter" if free else "comptent comme les autres"
    print(f"Les intervenants {state} à la porte de leurs séances.")
    if args.dry_run:
        print("(essai à blanc : rien n'a été écrit)")
    return 0


def _speakers_free(session, event_id: int, args) -> bool:
    """Store ``--speakers-free oui|non`` (not with ``--dry-run``); the setting now."""
    from itday.services.speakers import set_speakers_free, speakers_free

    if args.speakers_free is not None and not args.dry_run:
        set_speakers_free(session, event_id, args.speakers_free == "oui")
        session.commit()
    if args.speakers_free is not None and args.dry_run:
        return args.speakers_free == "oui"
    return speakers_free(session, event_id)


def check_room_options(args) -> None:
    """``--exit`` and ``--override`` go with ``--room``; a door prints no badge."""
    if args.room is None:  # --exit alone: exits at the hall's entrance
        if args.override:
            raise UsageError(QT_TRANSLATE_NOOP("errors", "--override va avec --room SALLE."))
        return
    if args.print_badge or args.offline_dir:
        raise UsageError(
            QT_TRANSLATE_NOOP(
                "errors",
                "--room (porte d'une salle) ne va ni avec --print ni avec --offline-dir.",
            )
        )
    if args.exit_scan and args.override:
        raise UsageError(
            QT_TRANSLATE_NOOP("errors", "--override ne sert qu'aux entrées (pas avec --exit).")
        )


def checkin_room(args, codes) -> None:
    """Door scans: one line per code, printed once its scan is committed."""
    from itday.core.checkin import shown
    from itday.services.rooms import record_room_scan, room_named

    db = open_db(args)
    with db.session() as session:
        event_id = current_event_id(args, session)
        room = room_named(session, event_id, args.room)
        room_id = room.id
    for raw in codes:
        with db.session() as session:
            outcome = record_room_scan(
                session, event_id, raw, room_id, args.station,
                exit=args.exit_scan, override=args.override,
            )  # fmt: skip
        if args.json:
            print_json(outcome.to_json())
            continue
        who = outcome.attendee
        name = f" — {who['first_name']} {who['last_name']}" if who else ""
        print(
            f"{shown(outcome.code)}: {outcome.result}{name} ({outcome.message}) — "
            f"{outcome.room} {outcome.inside}/{outcome.capacity}",
            flush=True,
        )
