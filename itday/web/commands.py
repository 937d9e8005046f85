"""What ``itday serve`` and ``itday leads links`` do, apart from their argument parsing
(which lives with the other commands in ``itday.cli``).

``serve`` runs the stands' server in the foreground until Ctrl+C (or SIGTERM) and says
where phones reach it; ``links`` gives each exhibitor's pairing links for the server's
address, creating the links that are missing.
"""

from __future__ import annotations

import signal
import sys
import threading
from collections.abc import Callable

from itday.db import leads as db_leads
from itday.errors import QT_TRANSLATE_NOOP, ItdayError
from itday.services.netaddr import first_lan_address
from itday.services.stand_kits import remember_address
from itday.web.server import StandServer, stand_urls


def links(db, event_id: int, url: str, exhibitor_id: int | None = None) -> list[dict]:
    """Each exhibitor's ``exhibitor_id``, ``exhibitor``, ``scan_url``, ``manager_url`` (and
    the kit's short codes ``scan_code``, ``manager_code``) for the server at ``url``."""
    with db.session() as session:
        if (
            exhibitor_id is not None
            and db_leads.exhibitor_name(exhibitor_id, session=session) is None
        ):
            raise ItdayError(
                QT_TRANSLATE_NOOP("errors", "Exposant n° {exhibitor_id} introuvable."),
                exhibitor_id=exhibitor_id,
            )
        found = db_leads.ensure_links(event_id, exhibitor_id, session=session)
    rows = stand_urls(url, found)
    if exhibitor_id is not None:
        rows = [r for r in rows if r["exhibitor_id"] == exhibitor_id]
    return rows


def serve(
    db,
    event_id: int,
    host: str,
    port: int,
    *,
    say: Callable[[str], None] = print,
    stop: threading.Event | None = None,
) -> int:
    """Serve the stands' pages until Ctrl+C, SIGTERM or ``stop`` is set."""
    stop = stop or threading.Event()
    failed: list[ItdayError] = []
    server = StandServer(db, host, port, on_start_failed=failed.append, event_id=event_id)
    if not server.start():
        raise failed[0] if failed else ItdayError(CANNOT_START)
    say(f"Serveur des stands : {server.url} (Ctrl+C pour l'arrêter)")
    if host.startswith("127.") or host in ("localhost", "::1"):
        other = first_lan_address()
        hint = "" if other.startswith("127.") else f" ; sur le réseau du salon : --host {other}"
        say(f"Adresse locale : seuls les navigateurs de cet ordinateur la joignent{hint}.")
    else:  # the kits and ``leads links`` give this address from now on
        with db.session() as session:
            remember_address(host, server.port, session=session)
    say(f"Journal des requêtes : {server.log_path}")
    sys.stdout.flush()

    def ask_stop(*_args):
        stop.set()

    previous = None
    if threading.current_thread() is threading.main_thread():
        previous = signal.signal(signal.SIGTERM, ask_stop)
    try:
        while not stop.wait(0.5):
            if not server.is_running:
                break
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
    say("Serveur des stands arrêté.")
    return 0


CANNOT_START = QT_TRANSLATE_NOOP("errors", "Le serveur des stands n'a pas démarré.")
