"""The stands' server and the exhibitors' leads (issue 25): ``itday serve`` and
``itday leads links|kit|export``.

``leads`` takes its action as its first argument; each action is a function of
``LEAD_ACTIONS``.  The work itself is in ``itday.web.commands`` and the services.
"""

from __future__ import annotations

from collections.abc import Callable

from itday.cli.common import command, event_of, open_db, print_json
from itday.core.text import counted
from itday.errors import QT_TRANSLATE_NOOP, ItdayError, UsageError


@command("serve")
def cmd_serve(args) -> int:
    """Serve the stands' pages on ``--host``:``--port`` until Ctrl+C."""
    from itday.web.commands import serve

    db = open_db(args)
    return serve(db, event_of(args, db), args.host, args.port)


def _address(args, db):
    """The stands' server address the links are made for, the same for ``links`` and
    ``kit``: ``--host``/``--port`` when given, else the one chosen last (the GUI's panel
    or ``itday serve --host``), else this computer's likeliest address on the hall's
    network."""
    from itday.services.netaddr import first_lan_address, server_url
    from itday.services.pdf.kit import GIVEN, KitAddress
    from itday.services.stand_kits import DEFAULT_PORT, kit_address

    if args.host or args.port is not None:
        host = args.host or first_lan_address()
        return KitAddress(server_url(host, args.port or DEFAULT_PORT), GIVEN)
    with db.session() as session:
        return kit_address(session=session)


def _leads_links(args) -> int:
    """Each exhibitor's pairing links for the server at ``--host``:``--port``."""
    from itday.web.commands import links

    if args.target is not None:
        raise UsageError(f"itday leads links ne prend pas de fichier ({args.target}).")
    db = open_db(args)
    address = _address(args, db)
    rows = links(db, event_of(args, db), address.url, args.exhibitor)
    if args.json:
        print_json(rows)
        return 0
    for row in rows:
        print(f"{row['exhibitor']} (n° {row['exhibitor_id']})")
        print(f"  scan        {row['scan_url']}   code {row['scan_code']}")
        print(f"  responsable {row['manager_url']}   code {row['manager_code']}")
    return 0


def _leads_kit(args) -> int:
    """The « Kit exposant » PDF: one page per exhibitor (or ``--exhibitor``'s)."""
    from itday.services.stand_kits import render_kit_pdf

    if not (args.target or "").strip():
        raise UsageError(
            QT_TRANSLATE_NOOP("errors", "Donnez le fichier du kit : itday leads kit OUT.pdf.")
        )
    db = open_db(args)
    address = _address(args, db)
    result = render_kit_pdf(
        db, event_of(args, db), args.target, exhibitor_id=args.exhibitor, address=address
    )
    from itday.services.pdf.kit import origin_text

    if args.json:
        print_json({"file": str(args.target), "pages": result.pages,
                    "address": result.address.url, "origin": result.address.origin})  # fmt: skip
        return 0
    print(f"Kit exposant écrit dans {args.target} : {counted(result.pages, 'page')}.")
    print(f"Liens pour {result.address.url} — {origin_text(result.address, 'fr')}")
    return 0


def _leads_export(args) -> int:
    """Each stand's leads (or ``--exhibitor``'s) into a folder: CSV, XLSX, vCard each."""
    from itday.services.stand_exports import export_stand_leads

    if not (args.target or "").strip():  # "" would be the current folder: never by accident
        raise UsageError(
            QT_TRANSLATE_NOOP(
                "errors", "Donnez le dossier des contacts : itday leads export DOSSIER."
            )
        )
    db = open_db(args, readonly=True)
    result = export_stand_leads(db, event_of(args, db), args.target, exhibitor_id=args.exhibitor)
    if args.json:
        print_json({"folder": str(result.folder), "stands": result.stands,
                    "leads": result.leads, "files": [p.name for p in result.files]})  # fmt: skip
        return 0
    print(
        f"{counted(result.leads, 'contact')} de {counted(result.stands, 'stand')} "
        f"écrit{'s' if result.leads > 1 else ''} dans {result.folder} "
        "(CSV, Excel et vCard par stand ; coordonnées des seuls visiteurs qui l'ont accepté) :"
    )
    for path in result.files:
        print(f"  {path.name}")
    if result.without_leads:
        print(f"{counted(result.without_leads, 'stand')} sans contact : aucun fichier.")
    return 0


#: ``itday leads ACTION``: action → its function
LEAD_ACTIONS: dict[str, Callable] = {
    "links": _leads_links,
    "kit": _leads_kit,
    "export": _leads_export,
}


@command("leads")
def cmd_leads(args) -> int:
    action = LEAD_ACTIONS.get(args.action)
    if action is None:
        raise ItdayError(f"itday leads {args.action} n'est pas encore disponible.")
    return action(args)
