"""Commands about the people of an edition: import, attendees, exhibitors, stats."""

from __future__ import annotations

import sys

from itday.cli.common import (
    category_label,
    command,
    current_event_id,
    open_db,
    print_json,
    query_event,
)
from itday.core.text import counted
from itday.errors import QT_TRANSLATE_NOOP, ItdayError, UsageError


@command("import")
def cmd_import(args) -> int:
    from itday.core.importing import ImportFileError
    from itday.services import importer

    if args.kind == "programme":  # talk rooms and sessions (issue 27)
        from itday.cli.rooms import import_programme

        return import_programme(args)
    if args.speakers_free is not None:
        raise UsageError(
            QT_TRANSLATE_NOOP("errors", "--speakers-free ne vaut que pour « import programme ».")
        )
    db = open_db(args, create=True)
    run = importer.import_visitors if args.kind == "visitors" else importer.import_exhibitors
    with db.session() as session:
        event_id = current_event_id(args, session)
        try:
            extra = _import_choices(args)
            report = run(session, event_id, args.file, dry_run=args.dry_run, **extra)
        except ImportFileError as exc:
            raise ItdayError(str(exc)) from None
    data = report.to_json()
    if args.json:
        print_json(data)
        return 0
    imported = (
        counted(data["imported"], "serait importé", "seraient importés")
        if args.dry_run
        else counted(data["imported"], "importé")
    )
    print(
        f"{imported}, {data['updated']} mis à jour, "
        f"{counted(len(data['duplicates']), 'doublon fusionné')}, "
        f"{counted(len(data['warnings']), 'avertissement')}, "
        f"{counted(len(data['rejected']), 'ligne rejetée')}."
    )
    if data.get("cancelled"):
        print(f"  dont {data['cancelled']} au billet annulé ou remboursé (inscription annulée).")
    if data.get("staff"):
        staff = counted(
            data["staff"],
            "membre du personnel des exposants ajouté",
            "membres du personnel des exposants ajoutés",
        )
        print(f"  {staff}.")
    for item in data["rejected"]:
        print(f"  ligne {item['line']} rejetée : {item['reason']}")
    for item in data["warnings"]:
        print(f"  ligne {item['line']} : {item['reason']}")
    if args.dry_run:
        print("(essai à blanc : rien n'a été écrit)")
    return 0


def _import_choices(args) -> dict:
    """The organiser's ``--category``, ``--status`` and ``--column`` as the import takes them."""
    from itday.core import importing

    extra: dict = {}
    if args.column:
        fields = (
            importing.FIELDS_VISITORS if args.kind == "visitors" else importing.FIELDS_EXHIBITORS
        )
        extra["columns"] = importing.parse_columns(args.column, fields)
    if args.kind != "visitors":
        if args.category or args.status:
            raise UsageError(
                QT_TRANSLATE_NOOP(
                    "errors", "--category et --status ne valent que pour « import visitors »."
                )
            )
        return extra
    if args.category:
        extra["categories"] = importing.parse_ticket_categories(args.category)
    if args.status:
        extra["statuses"] = importing.parse_ticket_statuses(args.status)
    return extra


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
            f"[{category_label(a['category'])}]{cancelled}"
        )
    print(f"{counted(len(people), 'participant')}.", file=sys.stderr)
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

    def read(event_id, s):
        from itday.db.visits import day_flows
        from itday.services.rooms import room_figures

        return {
            **repo.stats(event_id, session=s),
            "flows": day_flows(event_id, session=s),
            "rooms": room_figures(s, event_id),
        }

    numbers = query_event(args, read)
    if args.json:
        print_json(numbers)
        return 0
    print(
        f"Inscrits : {numbers['attendees']}  Entrés : {numbers['checked_in']}  "
        f"Exposants : {numbers['exhibitors']} (présents : {numbers['exhibitors_present']})  "
        f"Stands : {numbers['booths']}"
    )
    for name, c in numbers["by_category"].items():
        print(f"  {category_label(name):16} {c['checked_in']:5} / {c['registered']}")
    return 0
