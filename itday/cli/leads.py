"""The stands' server and the exhibitors' leads (issue 25): ``itday serve`` and
``itday leads links|kit|export``.

``leads`` takes its action as its first argument; each action is a function of
``LEAD_ACTIONS``.  The work itself is in ``itday.web.commands`` and the services.
"""

from __future__ import annotations

from collections.abc import Callable

from itday.cli.common import command, event_of, open_db, print_json
from itday.errors import ItdayError, UsageError


@command("serve")
def cmd_serve(args) -> int:
    """Serve the stands' pages on ``--host``:``--port`` until Ctrl+C."""
    from itday.web.commands import serve

    db = open_db(args)
    return serve(db, event_of(args, db), args.host, args.port)


def _leads_links(args) -> int:
    """Each exhibitor's pairing links for the server at ``--host``:``--port``."""
    from itday.web.commands import links

    if args.target is not None:
        raise UsageError(f"itday leads links ne prend pas de fichier ({args.target}).")
    db = open_db(args)
    rows = links(db, event_of(args, db), args.host, args.port, args.exhibitor)
    if args.json:
        print_json(rows)
        return 0
    for row in rows:
        print(f"{row['exhibitor']} (n° {row['exhibitor_id']})")
        print(f"  scan        {row['scan_url']}   code {row['scan_code']}")
        print(f"  responsable {row['manager_url']}   code {row['manager_code']}")
    return 0


#: ``itday leads ACTION``: action → its function
LEAD_ACTIONS: dict[str, Callable] = {"links": _leads_links}


@command("leads")
def cmd_leads(args) -> int:
    action = LEAD_ACTIONS.get(args.action)
    if action is None:
        raise ItdayError(f"itday leads {args.action} n'est pas encore disponible.")
    return action(args)
