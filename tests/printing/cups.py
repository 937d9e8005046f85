"""A private CUPS server with a virtual PDF printer, for the printing tests and the benchmark.

``CupsServer.create()`` writes a whole CUPS configuration in a fresh temporary folder (its
own ServerRoot, spool, cache, logs and printcap), starts ``cupsd`` in the foreground on a
free port of 127.0.0.1, and defines one queue per name given, each on Debian's cups-pdf
backend (``printer-driver-cups-pdf``).  Clients reach it with ``CUPS_SERVER=127.0.0.1:PORT``
(``server.env``); nothing is asked of the system's own CUPS, and nothing of it is touched.

cups-pdf reads its configuration from a path compiled in (``/etc/cups/cups-pdf.conf``, or
``/etc/cups/cups-pdf-SUFFIX.conf`` for a device URI ``cups-pdf:/SUFFIX``), not from the
server's ServerRoot.  So the server runs in a private mount namespace (``unshare -m``) where
a folder of ours is mounted over ``/etc/cups``: cups-pdf there reads our file, which sends
its PDFs to ``server.output``.  Where mount namespaces are not allowed, the file goes to
``/etc/cups/cups-pdf-itday-<random>.conf`` instead (a new file of ours, removed at the end).
cups-pdf only runs as root (its backend is mode 0700): as another user the tests are skipped.
"""

from __future__ import annotations

import os
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

CUPSD = "/usr/sbin/cupsd"
SERVER_BIN = Path("/usr/lib/cups")
CUPS_PDF = SERVER_BIN / "backend" / "cups-pdf"
PPD_SEARCH = [
    Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd"),
    Path("/usr/share/cups/model/CUPS-PDF_opt.ppd"),
    Path("/usr/share/ppd/cups-pdf/CUPS-PDF_noopt.ppd"),
]
SYSTEM_CONFIG = Path("/etc/cups")


def missing() -> str | None:
    """Why a private CUPS with the PDF printer cannot run here (None if it can)."""
    if not Path(CUPSD).exists():
        return "cupsd not installed (apt-get install cups)"
    if not CUPS_PDF.exists() or _ppd() is None:
        return "cups-pdf not installed (apt-get install printer-driver-cups-pdf)"
    if os.geteuid() != 0:
        return "the cups-pdf backend runs only as root"
    if shutil.which("gs") is None:
        return "ghostscript (gs) not installed, cups-pdf needs it"
    return None


def _ppd() -> Path | None:
    return next((p for p in PPD_SEARCH if p.exists()), None)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _namespaces_work() -> bool:
    try:
        done = subprocess.run(
            ["unshare", "-m", "--propagation", "private", "true"],
            capture_output=True,
            timeout=10,
        )
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0


class CupsServer:
    def __init__(self, root: Path, port: int, printers: list[str]) -> None:
        self.root = root
        self.port = port
        self.printers = printers
        self.output = root / "pdf"  # where cups-pdf writes the printed PDFs
        self.process: subprocess.Popen | None = None
        self._system_conf: Path | None = None  # our file in /etc/cups (no namespaces)

    @property
    def server(self) -> str:
        return f"127.0.0.1:{self.port}"

    @property
    def env(self) -> dict[str, str]:
        """The environment of a client of this server (the CUPS command-line tools too)."""
        return {**os.environ, "CUPS_SERVER": self.server}

    # -- setting up -------------------------------------------------------------------
    @classmethod
    def create(cls, printers: list[str] | None = None) -> CupsServer:
        why = missing()
        if why:
            raise FileNotFoundError(why)
        root = Path(tempfile.mkdtemp(prefix="itday-cups-"))
        server = cls(root, free_port(), printers or ["itday-labels"])
        try:
            server._configure(use_namespace=_namespaces_work())
            server.start()
        except BaseException:
            server.destroy()
            raise
        return server

    def _configure(self, *, use_namespace: bool) -> None:
        root = self.root
        folders = ("etc", "etc/ppd", "spool", "spool/tmp", "cache", "state", "log", "pdf")
        for name in (*folders, "cups-pdf-spool", "cups-pdf-conf"):
            (root / name).mkdir(parents=True, exist_ok=True)
        # cupsd runs its filters as "lp": they must reach the spool and temporary files
        for path in [root, *(root / name for name in folders)]:
            os.chmod(path, 0o755)
        os.chmod(root / "spool" / "tmp", 0o1777)
        (root / "etc" / "cups-files.conf").write_text(
            f"ServerRoot {root / 'etc'}\n"
            f"RequestRoot {root / 'spool'}\n"
            f"TempDir {root / 'spool' / 'tmp'}\n"
            f"CacheDir {root / 'cache'}\n"
            f"StateDir {root / 'state'}\n"
            f"ErrorLog {root / 'log' / 'error_log'}\n"
            f"AccessLog {root / 'log' / 'access_log'}\n"
            f"PageLog {root / 'log' / 'page_log'}\n"
            f"Printcap {root / 'state' / 'printcap'}\n"
            f"ServerBin {SERVER_BIN}\n"
            "DataDir /usr/share/cups\n"
            "FileDevice No\n"
            "User lp\nGroup lp\nSystemGroup root\n"
        )
        # Loopback only, no browsing, no web pages, every operation allowed without a
        # password (pausing a queue is what the tests do to a printer).
        (root / "etc" / "cupsd.conf").write_text(
            "LogLevel info\n"
            f"Listen 127.0.0.1:{self.port}\n"
            "Browsing No\nWebInterface No\nDefaultAuthType None\n"
            "MaxJobs 0\nPreserveJobHistory Yes\nJobRetryInterval 1\n"
            "DefaultPolicy open\n"
            "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
            "<Policy open>\n"
            "  JobPrivateAccess all\n  JobPrivateValues none\n"
            "  SubscriptionPrivateAccess all\n  SubscriptionPrivateValues none\n"
            "  <Limit All>\n    Order deny,allow\n  </Limit>\n"
            "</Policy>\n"
        )
        suffix = "" if use_namespace else f"itday-{secrets.token_hex(6)}"
        config = (
            f"Out {self.output}\n"
            f"AnonDirName {self.output}\n"
            f"Spool {root / 'cups-pdf-spool'}\n"
            f"Log {root / 'log'}\n"
            "LogType 3\nLabel 0\nTitlePref 1\nAnonUser nobody\nGrp root\n"
        )
        if use_namespace:
            (root / "cups-pdf-conf" / "cups-pdf.conf").write_text(config)
            os.chmod(root / "cups-pdf-conf", 0o755)
        else:
            target = SYSTEM_CONFIG / f"cups-pdf-{suffix}.conf"
            with open(target, "x", encoding="utf-8") as fh:  # never over an existing file
                fh.write(config)
            self._system_conf = target
        device = f"cups-pdf:/{suffix}"
        ppd = _ppd()
        blocks = []
        for name in self.printers:
            shutil.copyfile(ppd, root / "etc" / "ppd" / f"{name}.ppd")
            blocks.append(
                f"<Printer {name}>\n"
                f"Info itday test label printer ({name})\n"
                f"DeviceURI {device}\n"
                "State Idle\nAccepting Yes\nShared No\nErrorPolicy stop-printer\n"
                "</Printer>\n"
            )
        (root / "etc" / "printers.conf").write_text("".join(blocks))
        self._use_namespace = use_namespace

    # -- running --------------------------------------------------------------------------
    def start(self, timeout: float = 20.0) -> None:
        etc = self.root / "etc"
        cupsd = [CUPSD, "-f", "-c", str(etc / "cupsd.conf"), "-s", str(etc / "cups-files.conf")]
        if self._use_namespace:
            conf = self.root / "cups-pdf-conf"
            command = [
                "unshare", "-m", "--propagation", "private", "sh", "-c",
                f'mount --bind "{conf}" {SYSTEM_CONFIG} && exec "$@"', "cupsd", *cupsd,
            ]  # fmt: skip
        else:
            command = cupsd
        log = open(self.root / "log" / "cupsd.out", "ab")  # noqa: SIM115 (kept by the process)
        self.process = subprocess.Popen(
            command, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL
        )
        log.close()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"cupsd stopped at once: {self.log_tail()}")
            if self.answers():
                return
            time.sleep(0.05)
        raise RuntimeError(f"cupsd did not answer within {timeout} s: {self.log_tail()}")

    def answers(self) -> bool:
        with socket.socket() as s:
            s.settimeout(0.5)
            try:
                s.connect(("127.0.0.1", self.port))
            except OSError:
                return False
        done = self.tool("lpstat", "-r", check=False)
        return done.returncode == 0 and "not running" not in done.stdout

    def tool(self, *argv: str, check: bool = True) -> subprocess.CompletedProcess:
        """Run a CUPS command-line tool (lpstat, cupsdisable…) against this server."""
        return subprocess.run(
            list(argv),
            env={**self.env, "LANG": "C", "LC_ALL": "C"},
            capture_output=True,
            text=True,
            timeout=30,
            check=check,
        )

    def disable(self, printer: str) -> None:
        """Pause the queue (``cupsdisable``): jobs are accepted and wait."""
        self.tool("cupsdisable", printer)

    def enable(self, printer: str) -> None:
        self.tool("cupsenable", printer)

    def reject(self, printer: str) -> None:
        """The queue refuses new jobs (``cupsreject``)."""
        self.tool("cupsreject", printer)

    def accept(self, printer: str) -> None:
        self.tool("cupsaccept", printer)

    def reset(self) -> None:
        """Every queue back to enabled and accepting, no job left waiting, no PDF printed."""
        for name in self.printers:
            self.tool("cancel", "-a", name, check=False)
            self.accept(name)
            self.enable(name)
        for pdf in self.output.glob("*.pdf"):
            pdf.unlink()

    def printed(self, job_id: int) -> Path | None:
        """The PDF that cups-pdf wrote for ``job_id`` (None if not there)."""
        found = sorted(self.output.glob(f"*job_{job_id}.pdf"))
        return found[0] if found else None

    def log_tail(self, lines: int = 15) -> str:
        text = ""
        for name in ("cupsd.out", "error_log"):
            path = self.root / "log" / name
            if path.exists():
                text += path.read_text(errors="replace")
        return "\n".join(text.splitlines()[-lines:])

    def stop(self) -> None:
        process, self.process = self.process, None
        if process is None or process.poll() is not None:
            return
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)

    def destroy(self) -> None:
        self.stop()
        if self._system_conf is not None:
            self._system_conf.unlink(missing_ok=True)
            self._system_conf = None
        shutil.rmtree(self.root, ignore_errors=True)
