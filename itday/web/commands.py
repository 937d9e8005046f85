"""What ``itday serve`` and ``itday leads links`` do, apart from their argument parsing
(which lives with the other commands in ``itday.cli``).

``serve`` runs the stands' server in the foreground until Ctrl+C (or SIGTERM) and says
where phones reach it; ``links`` gives each exhibitor's pairing links for the server's
address, creating the links that are missing.
"""

from __future__ import annotations

import signal
import socket
import sys
import threading
from collections.abc import Callable

from itday.db import leads as db_leads
from itday.errors import QT_TRANSLATE_NOOP, ItdayError
from itday.web.server import StandServer, base_url, stand_urls


def local_addresses() -> list[str]:
    """This computer's IPv4 addresses other than the loopback, as its name resolves (what
    to give ``--host`` so that phones on the hall's network reach the server)."""
    try:
        infos = socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)
    except OSError:
        return []
    found = {info[4][0] for info in infos}
    return sorted(a for a in found if not a.startswith("127."))


def links(db, event_id: int, host: str, port: int, exhibitor_id: int | None = None) -> list[dict]:
    """Each exhibitor's ``exhibitor_id``, ``exhibitor``, ``scan_url``, ``manager_url`` (and
    the kit's short codes ``scan_code``, ``manager_code``) for the server at host:port."""
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
    rows = stand_urls(base_url(host, port), found)
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
        others = local_addresses()
        hint = f" ; sur le réseau du salon : --host {others[0]}" if others else ""
        say(f"Adresse locale : seuls les navigateurs de cet ordinateur la joignent{hint}.")
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
