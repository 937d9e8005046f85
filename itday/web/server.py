"""The stands' server: one object the GUI and ``itday serve`` start and stop (STYLE 13).

``StandServer(database, host, port)`` serves the stands' pages (``itday.web.app``) with
waitress, a pure-Python production WSGI server: one thread reads and writes the sockets
(a slow phone uploading a 5 MB photo over poor Wi-Fi holds no worker), a small pool of
threads runs the application, photos are decoded in their own pool
(``itday.services.photos``).  All of it runs in daemon threads, never on the GUI thread.
It binds to the address it is given — the organiser's choice; never every interface by
default — and writes through the same database layer as the desks.

``on_state_changed(running)`` and ``on_start_failed(error)`` are called from the server's
thread: a Qt caller forwards them to its thread with a queued signal.  ``error`` is an
``ItdayError`` (``str()``: the French line; ``translated()``: the interface's language).

Every request is logged (``request_log_path``): a rotating text file in the user's data
folder rather than a table, so that the log costs the shared database no write (the desks
scan on it), never travels in its backups and exports, and stays on the laptop that served
the pages; it holds no personal data (see ``itday.web.app``).
"""

from __future__ import annotations

import errno
import logging
import logging.handlers
import os
import socket
import sys
import threading
from collections.abc import Callable
from pathlib import Path

from itday.core import leads as rules
from itday.db import leads as db_leads
from itday.db import repo
from itday.errors import QT_TRANSLATE_NOOP, ItdayError
from itday.services.netaddr import server_url

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8080
#: worker threads of the application (the photos have their own pool)
THREADS = 8
LOG_NAME = "stands-server.log"


def data_folder() -> Path:
    """The user's data folder for itday (``ITDAY_DATA`` if set): ``%LOCALAPPDATA%\\itday``,
    ``~/Library/Application Support/itday``, ``$XDG_DATA_HOME/itday`` or
    ``~/.local/share/itday``."""
    env = os.environ.get("ITDAY_DATA")
    if env:
        return Path(env)
    if sys.platform == "win32":
        return Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local") / "itday"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "itday"
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share") / "itday"


def request_log_path() -> Path:
    return data_folder() / LOG_NAME


def stand_urls(base: str, links: list[db_leads.LinkInfo]) -> list[dict]:
    """Each exhibitor's pairing links for the server at ``base``: ``exhibitor_id``,
    ``exhibitor``, ``scan_url``, ``manager_url`` and the two short codes, in the order of
    ``links`` (``itday.db.leads.links``)."""
    out: dict[int, dict] = {}
    for link in links:
        row = out.setdefault(
            link.exhibitor_id,
            {"exhibitor_id": link.exhibitor_id, "exhibitor": link.exhibitor},
        )
        row[f"{link.role}_url"] = rules.link_url(base, link.token)
        row[f"{link.role}_code"] = link.short_code
    return list(out.values())


def _file_logger(path: Path | None) -> Callable[[str], None]:
    if path is None:
        return lambda line: None
    logger = logging.getLogger(f"itday.web.requests.{path}")
    logger.propagate = False
    logger.setLevel(logging.INFO)
    if not logger.handlers:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handler = logging.handlers.RotatingFileHandler(
                path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
            )
        except OSError:
            return lambda line: None  # no log rather than no server
        handler.setFormatter(logging.Formatter("%(message)s"))
        logger.addHandler(handler)
    return logger.info


class StandServer:
    """The stands' server: ``start()``, ``stop()``, ``is_running``, ``url``,
    ``connected_phones()``."""

    def __init__(
        self,
        database,
        host: str = DEFAULT_HOST,
        port: int = DEFAULT_PORT,
        on_state_changed: Callable[[bool], None] | None = None,
        on_start_failed: Callable[[str], None] | None = None,
        *,
        event_id: int | None = None,
        log_path: Path | None | bool = True,
        threads: int = THREADS,
        decoders: int | None = None,
    ) -> None:
        self.database = database
        self.host = host
        self.port = port
        self.on_state_changed = on_state_changed
        self.on_start_failed = on_start_failed
        self.event_id = event_id
        self.log_path = request_log_path() if log_path is True else (log_path or None)
        self.threads = threads
        self.decoders = decoders
        self.app = None
        self._server = None
        self._map: dict = {}
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._running = threading.Event()
        self._ready = threading.Event()
        self.error: ItdayError | None = None

    # -- state ----------------------------------------------------------------------------
    @property
    def is_running(self) -> bool:
        return self._running.is_set()

    @property
    def url(self) -> str:
        """The base URL phones open (with the port actually bound when 0 was asked)."""
        return server_url(self.host, self.port)

    def connected_phones(self) -> int:
        """Phones that made a request within the last few minutes (0 when stopped)."""
        app = self.app
        return app.connected_phones() if app is not None and self.is_running else 0

    def stand_urls(self, exhibitor_id: int | None = None) -> list[dict]:
        """Each exhibitor's ``scan_url`` and ``manager_url`` at this server's address
        (links created where missing)."""
        with self.database.session() as session:
            event_id = self._event(session)
            found = db_leads.ensure_links(event_id, exhibitor_id, session=session)
        return stand_urls(self.url, found)

    def _event(self, session) -> int:
        if self.event_id is not None:
            return self.event_id
        event = repo.latest_event(session=session)
        if event is None:
            raise ItdayError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Aucune édition dans cette base : créez-en une avant de servir les stands.",
                )
            )
        return event.id

    # -- start and stop -------------------------------------------------------------------
    def start(self, wait: bool = True) -> bool:
        """Bind and serve in a daemon thread.  With ``wait``, returns once the server is
        listening (True) or failed to start (False, ``error`` says why, and
        ``on_start_failed`` was called)."""
        with self._lock:
            if self._thread is not None and self._thread.is_alive():
                return True
            self._ready.clear()
            self.error = None
            self._thread = threading.Thread(
                target=self._serve, name="itday-stands-server", daemon=True
            )
            self._thread.start()
        if wait:
            self._ready.wait(30)
            return self.is_running
        return True

    def _make(self):
        from waitress.server import create_server

        # waitress says « Task queue depth is N » on stderr whenever requests wait for a
        # worker: a burst of uploads waiting for the decoder is expected, not a problem
        logging.getLogger("waitress.queue").setLevel(logging.ERROR)

        from itday.services.photos import PhotoDecoder
        from itday.web.app import StandApp

        with self.database.session() as session:
            event_id = self._event(session)
        self.event_id = event_id
        app = StandApp(
            self.database,
            event_id,
            decoder=PhotoDecoder(self.decoders),
            request_log=_file_logger(self.log_path),
        )
        self._map = {}
        server = create_server(
            app,
            map=self._map,
            host=self.host,
            port=self.port,
            threads=self.threads,
            ident="itday",
            max_request_body_size=app_body_limit(),
            channel_timeout=60,
            expose_tracebacks=False,
            connection_limit=400,
            asyncore_use_poll=True,
        )
        return app, server

    def _serve(self) -> None:
        try:
            app, server = self._make()
        except OSError as exc:
            self._failed(_bind_message(self.host, self.port, exc))
            return
        except ItdayError as exc:  # the database: said, not raised
            self._failed(exc)
            return
        except Exception as exc:  # noqa: BLE001 (said in one line, never a dead thread)
            self._failed(ItdayError(CANNOT_LISTEN, host=self.host, port=self.port, reason=exc))
            return
        self.app, self._server = app, server
        self.port = int(server.effective_port)
        self._running.set()
        self._ready.set()
        self._announce(True)
        try:
            server.run()
        finally:
            server.task_dispatcher.shutdown(cancel_pending=True, timeout=5)
            app.close()
            self._server = None
            self._running.clear()
            self._announce(False)

    def _failed(self, message: ItdayError) -> None:
        self.error = message
        self._ready.set()
        if self.on_start_failed is not None:
            self.on_start_failed(message)

    def _announce(self, running: bool) -> None:
        if self.on_state_changed is not None:
            try:
                self.on_state_changed(running)
            except Exception:  # noqa: BLE001 (a caller's bug must not kill the server)
                logging.getLogger(__name__).exception("on_state_changed failed")

    def stop(self, timeout: float = 10.0) -> None:
        """Close every connection and the listening socket; returns once the port is free."""
        from waitress import wasyncore

        with self._lock:
            server, thread = self._server, self._thread
            if server is not None:
                server.trigger.pull_trigger(lambda: wasyncore.close_all(self._map))
            self._thread = None
        if thread is not None:
            thread.join(timeout)


def app_body_limit() -> int:
    from itday.services.photos import MAX_UPLOAD_BYTES

    return MAX_UPLOAD_BYTES + 1_000_000


PORT_TAKEN = QT_TRANSLATE_NOOP(
    "errors",
    "Le port {port} est déjà pris sur {host} (un autre serveur des stands ?) : choisissez un "
    "autre port.",
)
NOT_OUR_ADDRESS = QT_TRANSLATE_NOOP(
    "errors",
    "L'adresse {host} n'est pas celle de cet ordinateur : choisissez une de ses adresses sur "
    "le réseau du salon.",
)
PORT_RESERVED = QT_TRANSLATE_NOOP(
    "errors", "Le port {port} est réservé : choisissez un port au-dessus de 1024."
)
CANNOT_LISTEN = QT_TRANSLATE_NOOP("errors", "Impossible d'écouter sur {host}:{port} : {reason}.")


def _bind_message(host: str, port: int, exc: OSError) -> ItdayError:
    """Why the server could not listen, as one line to act on."""
    if exc.errno in (errno.EADDRINUSE, getattr(errno, "WSAEADDRINUSE", -1)):
        return ItdayError(PORT_TAKEN, host=host, port=port)
    if exc.errno in (errno.EADDRNOTAVAIL, getattr(errno, "WSAEADDRNOTAVAIL", -1)) or isinstance(
        exc, socket.gaierror
    ):
        return ItdayError(NOT_OUR_ADDRESS, host=host)
    if exc.errno == errno.EACCES:
        return ItdayError(PORT_RESERVED, port=port)
    return ItdayError(CANNOT_LISTEN, host=host, port=port, reason=exc.strerror or exc)
