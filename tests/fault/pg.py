"""A throwaway PostgreSQL cluster on 127.0.0.1 for the fault tests and the benchmark.

``PgCluster.create()`` runs ``initdb`` in a fresh temporary folder, starts the server on a
free loopback port (no Unix socket, no network beyond loopback) and makes a database
``itday``.  As root, the server programs run as the ``postgres`` user (``initdb`` refuses
root).  ``stop()``/``start()`` simulate the organiser's laptop going away and coming back.
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

SEARCH = [
    os.environ.get("ITDAY_PG_BIN", ""),
    *sorted((str(p) for p in Path("/usr/lib/postgresql").glob("*/bin")), reverse=True),
    "/usr/local/pgsql/bin",
]


def find_bin() -> Path | None:
    """The folder holding ``initdb`` and ``pg_ctl``, or None."""
    for folder in SEARCH:
        if folder and (Path(folder) / "initdb").exists() and (Path(folder) / "pg_ctl").exists():
            return Path(folder)
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(found).parent
    return None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PgCluster:
    def __init__(self, bindir: Path, root: Path, port: int, user: str | None) -> None:
        self.bindir = bindir
        self.root = root
        self.data = root / "data"
        self.port = port
        self.user = user  # run the server programs as this user (when we are root)

    # -- running the server programs ------------------------------------------------
    def _run(self, *argv: str, check: bool = True) -> subprocess.CompletedProcess:
        cmd = [str(self.bindir / argv[0]), *argv[1:]]
        if self.user:
            cmd = ["runuser", "-u", self.user, "--", *cmd]
        return subprocess.run(
            cmd, check=check, capture_output=True, text=True, timeout=120, cwd=self.root
        )

    @classmethod
    def create(cls, bindir: Path | None = None, *, durable: bool = False) -> PgCluster:
        """``durable=False`` (tests) turns fsync off; the benchmark keeps it on."""
        bindir = bindir or find_bin()
        if bindir is None:
            raise FileNotFoundError("PostgreSQL server programs (initdb, pg_ctl) not found")
        root = Path(tempfile.mkdtemp(prefix="itday-pg-"))
        user = None
        if os.geteuid() == 0:
            user = "postgres"
            pw = pwd.getpwnam(user)
            os.chown(root, pw.pw_uid, pw.pw_gid)
        os.chmod(root, 0o755)
        cluster = cls(bindir, root, free_port(), user)
        try:
            cluster._run(
                "initdb", "-D", str(cluster.data), "-U", "itday", "--auth=trust",
                "-E", "UTF8", "--locale=C", "--no-sync",
            )  # fmt: skip
            with (cluster.data / "postgresql.conf").open("a") as fh:
                fh.write(
                    "\nlisten_addresses = '127.0.0.1'\n"
                    f"port = {cluster.port}\n"
                    "unix_socket_directories = ''\n"
                    "max_connections = 60\n"
                )
                if not durable:
                    fh.write("fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n")
            cluster.start()
            cluster._run(
                "createdb", "-h", "127.0.0.1", "-p", str(cluster.port), "-U", "itday", "itday"
            )
        except BaseException:
            cluster.destroy()
            raise
        return cluster

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://itday@127.0.0.1:{self.port}/itday"

    def start(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.root / "log"), "-w", "start")

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")

    def running(self) -> bool:
        return self._run("pg_ctl", "-D", str(self.data), "status", check=False).returncode == 0

    def fresh_database(self, name: str) -> str:
        """A new empty database in the cluster; returns its URL."""
        self._run("createdb", "-h", "127.0.0.1", "-p", str(self.port), "-U", "itday", name)
        return f"postgresql+psycopg://itday@127.0.0.1:{self.port}/{name}"

    def destroy(self) -> None:
        if self.data.exists():
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop", check=False)
        shutil.rmtree(self.root, ignore_errors=True)
