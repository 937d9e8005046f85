"""The GUI's handle on the stands' server (issue 25, STYLE 13).

``StandsServerControl`` is made once in ``itday.ui.app`` and lives as long as the window;
it starts a ``itday.web.server.StandServer`` on the address the organiser chose (the
server binds and serves in its own daemon thread), stops it in a worker (stopping waits
for the port to be free), and stops it for good when the window closes (``shutdown``).
The server's callbacks come from its thread: they are relayed to the GUI thread as the
signals below.  While it runs, a worker checks every few seconds that its address is still
this computer's (a Wi-Fi that went away): ``problem`` says so in one line.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from itday.errors import ItdayError
from itday.ui.i18n import error_text

CHECK_EVERY_MS = 3000
ANY = ("0.0.0.0", "::", "")


def _remember(state, db, host: str, port: int) -> None:
    from itday.services.stand_kits import remember_address

    with db.session() as session:
        remember_address(host, port, session=session)


def _addresses(state) -> list[str]:
    from itday.services.netaddr import local_addresses

    return [a.address for a in local_addresses()]


def _stop(state, server) -> None:
    server.stop()


class _Relay(QObject):
    """Signals emitted from the server's thread; delivered queued on the GUI thread."""

    state = Signal(object, bool)
    failed = Signal(object, object)


class StandsServerControl(QObject):
    #: the server started (True) or stopped (False)
    state_changed = Signal(bool)
    #: it could not start: one line in the interface's language
    start_failed = Signal(str)
    #: something is wrong while it runs (its address is gone), or "" once it is fine again
    problem = Signal(str)
    #: kits were printed for this server address (their QR codes lead there)
    kits_printed = Signal(str)

    def __init__(self, db, tasks, parent: QObject | None = None, *, log_path=True) -> None:
        super().__init__(parent)
        self.db = db
        self.tasks = tasks
        self.log_path = log_path
        self.server = None
        self.event_id: int | None = None
        self.last_error = ""
        self.last_problem = ""
        self._stopping = None
        self._relay = _Relay(self)
        self._relay.state.connect(self._state, Qt.ConnectionType.QueuedConnection)
        self._relay.failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)
        self._timer = QTimer(self, interval=CHECK_EVERY_MS, timeout=self._check_address)

    # -- state ----------------------------------------------------------------------------
    @property
    def is_running(self) -> bool:
        return self.server is not None and self.server.is_running

    @property
    def is_busy(self) -> bool:
        """Starting or stopping."""
        return (self.server is not None and not self.server.is_running) or (
            self._stopping is not None
        )

    @property
    def url(self) -> str | None:
        return self.server.url if self.is_running else None

    @property
    def host(self) -> str | None:
        return self.server.host if self.server is not None else None

    @property
    def port(self) -> int | None:
        return self.server.port if self.server is not None else None

    def connected_phones(self) -> int:
        return self.server.connected_phones() if self.is_running else 0

    # -- start and stop -------------------------------------------------------------------
    def start(self, event_id: int, host: str, port: int) -> bool:
        """Start serving edition ``event_id`` on ``host:port`` (returns at once: the
        server binds in its own thread, then ``state_changed`` or ``start_failed``)."""
        from itday.web.server import StandServer

        if self.server is not None or self._stopping is not None:
            return False
        self.last_error = ""
        self.event_id = event_id
        relay = self._relay
        server = StandServer(
            self.db,
            host,
            int(port),
            lambda running: relay.state.emit(server, running),
            lambda error: relay.failed.emit(server, error),
            event_id=event_id,
            log_path=self.log_path,
        )
        self.server = server
        server.start(wait=False)
        return True

    def stop(self):
        """Stop in a worker (the port is free once ``state_changed(False)`` came)."""
        server = self.server
        if server is None or self._stopping is not None:
            return None
        self._stopping = self.tasks.run(
            _stop, server, on_done=lambda _r: self._stopped(server), on_error=self._stop_failed
        )
        return self._stopping

    def shutdown(self) -> None:
        """The window closes: stop now (waits for the port to be free)."""
        self._timer.stop()
        server, self.server = self.server, None
        if server is not None:
            server.on_state_changed = server.on_start_failed = None
            server.stop()

    # -- from the server's thread ------------------------------------------------------------
    def _state(self, server, running: bool) -> None:
        if server is not self.server:
            return  # an earlier server's last word
        if running:
            self._timer.start()
            self.tasks.run(_remember, self.db, server.host, server.port, on_error=lambda _m: None)
        else:
            self._timer.stop()
            if self._stopping is not None:
                return  # stop() asked for it: _stopped says so once the port is free
            self.server = None  # stopped by itself
        self._set_problem("")
        self.state_changed.emit(running)

    def _failed(self, server, error) -> None:
        if server is not self.server:
            return
        self.server = None
        self.last_error = error_text(error) if isinstance(error, ItdayError) else str(error)
        self.start_failed.emit(self.last_error)

    def _stopped(self, server) -> None:
        self._stopping = None
        if self.server is server:
            self.server = None
            self._timer.stop()
            self.state_changed.emit(False)

    def _stop_failed(self, message: str) -> None:
        self._stopping = None
        self.last_error = message
        self.start_failed.emit(message)

    # -- while it runs -----------------------------------------------------------------------
    def _check_address(self) -> None:
        if not self.is_running or self.host in ANY:
            return
        host = self.host
        self.tasks.run(_addresses, on_done=lambda found: self._addresses_found(host, found),
                       on_error=lambda _m: None)  # fmt: skip

    def _addresses_found(self, host: str, found: list[str]) -> None:
        if not self.is_running or host != self.host:
            return
        if host in found:
            self._set_problem("")
        else:
            self._set_problem(
                self.tr(
                    "L'adresse %1 n'est plus celle de cet ordinateur (Wi-Fi ou câble "
                    "débranché ?) : les téléphones ne joignent plus le serveur."
                ).replace("%1", host)
            )

    def _set_problem(self, text: str) -> None:
        if text != self.last_problem:
            self.last_problem = text
            self.problem.emit(text)
