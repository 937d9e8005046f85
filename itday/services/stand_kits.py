"""The « Kit exposant » of an edition: which address, which links, the PDF (issue 25).

Used by ``itday leads kit`` and the Exposants page (in a worker: ids and paths in, the page
count and the address out).  The links are made for the stands' server's address:

1. the running server's (the GUI passes its URL);
2. else the address the organiser chose last in the GUI (kept in the database,
   ``remember_address``, so every station and the command line print the same);
3. else this computer's first address on the local network (``services.netaddr``), port
   8080.

The PDF says which of the three it is.  Missing links are created (``db.leads.ensure_links``).
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass

from sqlmodel import Session

from itday.core.leads import ROLE_MANAGER, ROLE_SCAN, link_url
from itday.core.plan import natural_key
from itday.db import leads as db_leads
from itday.db import repo
from itday.db.engine import Database
from itday.errors import QT_TRANSLATE_NOOP, ItdayError
from itday.services.badges import event_info
from itday.services.netaddr import first_lan_address, server_url
from itday.services.pdf.kit import CHOSEN, GUESSED, RUNNING, KitAddress, KitPage, render_kits

#: ``app_setting`` key of the address the organiser chose last for the stands' server
ADDRESS_KEY = "stands_server:address"
#: ``app_setting`` key of the address the kits were printed for last (the server's dialog
#: warns when the server runs elsewhere: the printed QR codes would lead nowhere)
KIT_ADDRESS_KEY = "stands_server:kit_address"
DEFAULT_PORT = 8080

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]


def chosen_address(*, session: Session) -> tuple[str, int] | None:
    """``(host, port)`` chosen last for the stands' server, or None."""
    try:
        data = json.loads(repo.get_setting(ADDRESS_KEY, session=session) or "null")
        host, port = str(data["host"]), int(data["port"])
    except (ValueError, TypeError, KeyError):
        return None
    return (host, port) if host and 0 < port < 65536 else None


def remember_address(host: str, port: int, *, session: Session) -> None:
    """Keep the address the organiser chose for the stands' server; commits."""
    value = json.dumps({"host": host, "port": int(port)})
    if repo.get_setting(ADDRESS_KEY, session=session) != value:
        repo.set_setting(ADDRESS_KEY, value, session=session)
        session.commit()


def kits_printed_for(*, session: Session) -> str | None:
    """The server address of the kits printed last, or None."""
    return repo.get_setting(KIT_ADDRESS_KEY, session=session)


def kit_address(*, session: Session, running_url: str | None = None) -> KitAddress:
    """The address the kit's links are made for, and where it comes from."""
    if running_url:
        return KitAddress(running_url.rstrip("/"), RUNNING)
    chosen = chosen_address(session=session)
    if chosen is not None:
        return KitAddress(server_url(*chosen), CHOSEN)
    return KitAddress(server_url(first_lan_address(), DEFAULT_PORT), GUESSED)


def _no_exhibitor(exhibitor_id: int) -> ItdayError:
    return ItdayError(
        QT_TRANSLATE_NOOP("errors", "Aucun exposant n° {exhibitor_id} dans cette édition."),
        exhibitor_id=exhibitor_id,
    )


def kit_pages(
    event_id: int, base: str, exhibitor_id: int | None = None, *, session: Session
) -> list[KitPage]:
    """One page per exhibitor of the edition (or the one asked), by name, with its links
    at ``base`` (missing links are created: commits)."""
    exhibitors = repo.list_exhibitors(event_id, session=session)
    if exhibitor_id is not None:
        exhibitors = [e for e in exhibitors if e["id"] == exhibitor_id]
        if not exhibitors:
            raise _no_exhibitor(exhibitor_id)
    if not exhibitors:
        raise ItdayError(
            QT_TRANSLATE_NOOP("errors", "Cette édition n'a aucun exposant : aucun kit à imprimer.")
        )
    links: dict[tuple[int, str], db_leads.LinkInfo] = {
        (link.exhibitor_id, link.role): link
        for link in db_leads.ensure_links(event_id, exhibitor_id, session=session)
    }
    pages = []
    for e in exhibitors:
        scan, manager = links[(e["id"], ROLE_SCAN)], links[(e["id"], ROLE_MANAGER)]
        pages.append(
            KitPage(
                exhibitor=e["name"],
                booths=sorted(e["booths"], key=natural_key),
                scan_url=link_url(base, scan.token),
                scan_code=scan.short_code,
                manager_url=link_url(base, manager.token),
                manager_code=manager.short_code,
            )
        )
    return pages


@dataclass(frozen=True)
class KitResult:
    pages: int
    address: KitAddress


def render_kit_pdf(
    db: Database,
    event_id: int,
    out: str | os.PathLike,
    *,
    exhibitor_id: int | None = None,
    running_url: str | None = None,
    address: KitAddress | None = None,
    language: str | None = None,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
) -> KitResult:
    """Write the kits of the edition's exhibitors (or of one) to ``out``, in the edition's
    document language (or ``language``); for ``address`` when given (the command line's
    ``--host``), else as ``kit_address`` says."""
    from itday.services.pdf.output import check_output_path

    check_output_path(out)  # one clear line before any link is made
    with db.session() as session:
        address = address or kit_address(session=session, running_url=running_url)
        info = event_info(event_id, session=session, language=language)
        pages = kit_pages(event_id, address.url, exhibitor_id, session=session)
    count = render_kits(out, pages, info, address, progress=progress, cancelled=cancelled)
    with db.session() as session:
        repo.set_setting(KIT_ADDRESS_KEY, address.url, session=session)
        session.commit()
    return KitResult(count, address)
