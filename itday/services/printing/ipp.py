"""A small IPP/1.1 client (RFC 8010 encoding, RFC 8011 operations) over HTTP.

Just what printing a badge through CUPS needs: encode a request (attribute groups and a
document), post it to the print server (TCP or CUPS's Unix socket), decode the answer into
groups of attributes.  Pure standard library: no libcups, no C extension to build, nothing to
bundle (``pycups`` needs libcups headers and a compiler on every build machine; the IPP
clients on PyPI are asyncio/aiohttp and aimed at printer status).
"""

from __future__ import annotations

import http.client
import os
import socket
import struct
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# delimiter tags
OPERATION, JOB, END, PRINTER, UNSUPPORTED = 0x01, 0x02, 0x03, 0x04, 0x05
# value tags
INTEGER, BOOLEAN, ENUM = 0x21, 0x22, 0x23
OCTETS, DATETIME, RESOLUTION, RANGE = 0x30, 0x31, 0x32, 0x33
BEGIN_COLLECTION, TEXT_LANG, NAME_LANG, END_COLLECTION = 0x34, 0x35, 0x36, 0x37
TEXT, NAME, KEYWORD, URI, URI_SCHEME = 0x41, 0x42, 0x44, 0x45, 0x46
CHARSET, LANGUAGE, MIME, MEMBER_NAME = 0x47, 0x48, 0x49, 0x4A
NO_VALUE = 0x13

# operations
PRINT_JOB = 0x0002
CANCEL_JOB = 0x0008
GET_JOB_ATTRIBUTES = 0x0009
GET_PRINTER_ATTRIBUTES = 0x000B
CUPS_GET_DEFAULT = 0x4001
CUPS_GET_PRINTERS = 0x4002

# status codes worth a name
OK_MAX = 0x00FF
NOT_AUTHORIZED = 0x0403  # client-error-not-authorized
FORBIDDEN = 0x0401
NOT_AUTHENTICATED = 0x0402
NOT_FOUND = 0x0406
NOT_POSSIBLE = 0x0404
NOT_ACCEPTING = 0x0506  # server-error-not-accepting-jobs

DEFAULT_PORT = 631
SOCKETS = ("/run/cups/cups.sock", "/var/run/cups/cups.sock", "/private/var/run/cupsd")


class IppError(Exception):
    """The print server could not be reached or answered outside IPP (HTTP error)."""

    def __init__(self, message: str, *, unreachable: bool = False, http_status: int = 0):
        super().__init__(message)
        self.unreachable = unreachable
        self.http_status = http_status


Attribute = tuple[str, int, list[Any]]  # (name, value tag, values)


@dataclass
class Response:
    status: int
    request_id: int
    groups: list[tuple[int, dict[str, list[Any]]]] = field(default_factory=list)
    data: bytes = b""

    @property
    def ok(self) -> bool:
        return self.status <= OK_MAX

    def group(self, tag: int) -> dict[str, list[Any]]:
        """The first group with ``tag`` (empty if none)."""
        return next((attrs for t, attrs in self.groups if t == tag), {})

    def all(self, tag: int) -> list[dict[str, list[Any]]]:
        return [attrs for t, attrs in self.groups if t == tag]

    def first(self, tag: int, name: str, default: Any = None) -> Any:
        values = self.group(tag).get(name)
        return values[0] if values else default

    @property
    def message(self) -> str:
        return str(self.first(OPERATION, "status-message", "") or "")


# -- encoding -------------------------------------------------------------------------


def _value(tag: int, value: Any) -> bytes:
    if tag in (INTEGER, ENUM):
        return struct.pack(">i", int(value))
    if tag == BOOLEAN:
        return b"\x01" if value else b"\x00"
    if tag == RANGE:
        return struct.pack(">ii", *value)
    if tag == RESOLUTION:
        return struct.pack(">iib", *value)
    if tag in (OCTETS,) and isinstance(value, bytes):
        return value
    return str(value).encode("utf-8")


def encode(operation: int, request_id: int, groups: list[tuple[int, list[Attribute]]]) -> bytes:
    """An IPP/1.1 request: header, attribute groups, end tag (the document follows)."""
    out = bytearray(struct.pack(">bbhi", 1, 1, operation, request_id))
    for group_tag, attributes in groups:
        out.append(group_tag)
        for name, tag, values in attributes:
            for index, value in enumerate(values):
                label = b"" if index else name.encode("ascii")
                data = _value(tag, value)
                out += struct.pack(">bh", tag, len(label)) + label
                out += struct.pack(">h", len(data)) + data
    out.append(END)
    return bytes(out)


# -- decoding -------------------------------------------------------------------------


def _decode_value(tag: int, raw: bytes) -> Any:
    if tag in (INTEGER, ENUM) and len(raw) == 4:
        return struct.unpack(">i", raw)[0]
    if tag == BOOLEAN and len(raw) == 1:
        return raw != b"\x00"
    if tag == RANGE and len(raw) == 8:
        return struct.unpack(">ii", raw)
    if tag == RESOLUTION and len(raw) == 9:
        return struct.unpack(">iib", raw)
    if tag in (TEXT_LANG, NAME_LANG) and len(raw) >= 4:
        n = struct.unpack(">h", raw[:2])[0]
        m = struct.unpack(">h", raw[2 + n : 4 + n])[0]
        return raw[4 + n : 4 + n + m].decode("utf-8", "replace")
    if 0x40 <= tag <= 0x5F:
        return raw.decode("utf-8", "replace")
    if tag in (OCTETS, DATETIME):
        return raw
    return None  # out-of-band (no-value, unknown, unsupported)


class _Reader:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0

    def take(self, n: int) -> bytes:
        if self.pos + n > len(self.data):
            raise ValueError("IPP message cut short")
        chunk = self.data[self.pos : self.pos + n]
        self.pos += n
        return chunk

    def u8(self) -> int:
        return self.take(1)[0]

    def u16(self) -> int:
        return struct.unpack(">H", self.take(2))[0]

    def attribute(self, tag: int) -> tuple[str, bytes]:
        name = self.take(self.u16()).decode("utf-8", "replace")
        raw = self.take(self.u16())
        return name, raw

    def collection(self) -> dict[str, list[Any]]:
        members: dict[str, list[Any]] = {}
        key = ""
        while True:
            tag = self.u8()
            _name, raw = self.attribute(tag)
            if tag == END_COLLECTION:
                return members
            if tag == MEMBER_NAME:
                key = raw.decode("utf-8", "replace")
                members.setdefault(key, [])
            elif tag == BEGIN_COLLECTION:
                members.setdefault(key, []).append(self.collection())
            else:
                members.setdefault(key, []).append(_decode_value(tag, raw))


def decode(data: bytes) -> Response:
    """Decode an IPP response (or request) into its status and attribute groups."""
    reader = _Reader(data)
    _major, _minor = reader.u8(), reader.u8()
    status = reader.u16()
    request_id = struct.unpack(">i", reader.take(4))[0]
    response = Response(status, request_id)
    current: dict[str, list[Any]] | None = None
    last = ""
    while True:
        tag = reader.u8()
        if tag == END:
            break
        if tag <= 0x0F:  # a new group
            current = {}
            response.groups.append((tag, current))
            continue
        if tag == 0x7F:  # extension: the real tag follows on four bytes
            tag = struct.unpack(">i", reader.take(4))[0]
        if current is None:
            raise ValueError("IPP attribute outside a group")
        name, raw = reader.attribute(tag)
        if name:
            last = name
            current[last] = []
        value = reader.collection() if tag == BEGIN_COLLECTION else _decode_value(tag, raw)
        current.setdefault(last, []).append(value)
    response.data = data[reader.pos :]
    return response


# -- transport ------------------------------------------------------------------------


def default_server() -> str:
    """Where the CUPS server is, as libcups finds it: ``CUPS_SERVER``, ``client.conf``
    (``~/.cups``, then ``/etc/cups``), the local domain socket, else ``localhost:631``."""
    env = os.environ.get("CUPS_SERVER", "").strip()
    if env:
        return env
    for conf in (Path.home() / ".cups" / "client.conf", Path("/etc/cups/client.conf")):
        try:
            lines = conf.read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError:
            continue
        for line in lines:
            words = line.split()
            if len(words) >= 2 and words[0].lower() == "servername":
                return words[1]
    for path in SOCKETS:
        if os.path.exists(path):
            return path
    return f"localhost:{DEFAULT_PORT}"


def parse_server(server: str) -> tuple[str, int | None]:
    """``host[:port]``, ``[v6]:port`` or a socket path → (host or path, port or None)."""
    server = server.split("/version=")[0].strip()
    if server.startswith("/"):
        return server, None
    if server.startswith("["):
        host, _, rest = server[1:].partition("]")
        port = rest.lstrip(":")
        return host, int(port) if port.isdigit() else DEFAULT_PORT
    default = int(os.environ.get("IPP_PORT", "") or DEFAULT_PORT)
    if server.count(":") != 1:  # a bare name, or an IPv6 address without a port
        return server, default
    host, _, port = server.partition(":")
    return host, int(port) if port.isdigit() else default


class _UnixConnection(http.client.HTTPConnection):
    def __init__(self, path: str, timeout: float) -> None:
        super().__init__("localhost", timeout=timeout)
        self.path = path

    def connect(self) -> None:
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.settimeout(self.timeout)
        try:
            sock.connect(self.path)
        except OSError:
            sock.close()
            raise
        self.sock = sock


class IppClient:
    """Posts IPP requests to one print server; one HTTP connection per request."""

    def __init__(self, server: str | None = None, *, timeout: float = 5.0) -> None:
        self.server = server or default_server()
        self.timeout = timeout
        self._request_id = 0
        self.host, self.port = parse_server(self.server)

    @property
    def uri_host(self) -> str:
        """The host to put in printer URIs (CUPS accepts ``localhost`` for itself)."""
        if self.port is None:
            return "localhost"
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{host}:{self.port}"

    def printer_uri(self, printer: str) -> str:
        return f"ipp://{self.uri_host}/printers/{urllib.parse.quote(printer, safe='')}"

    def _connection(self) -> http.client.HTTPConnection:
        if self.port is None:
            return _UnixConnection(self.host, self.timeout)
        return http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)

    def request(
        self,
        operation: int,
        path: str,
        operation_attributes: list[Attribute],
        job_attributes: list[Attribute] | None = None,
        document: bytes = b"",
    ) -> Response:
        """Send one request to ``path`` (``/``, ``/printers/NAME``…); the decoded answer.

        ``IppError`` when the server cannot be reached or answers with an HTTP error."""
        self._request_id += 1
        groups: list[tuple[int, list[Attribute]]] = [
            (
                OPERATION,
                [
                    ("attributes-charset", CHARSET, ["utf-8"]),
                    ("attributes-natural-language", LANGUAGE, ["fr"]),
                    *operation_attributes,
                ],
            )
        ]
        if job_attributes:
            groups.append((JOB, job_attributes))
        body = encode(operation, self._request_id, groups) + document
        connection = self._connection()
        try:
            connection.request(
                "POST",
                path,
                body=body,
                headers={"Content-Type": "application/ipp"},
            )
            answer = connection.getresponse()
            data = answer.read()
        except (OSError, http.client.HTTPException) as exc:
            raise IppError(f"{self.server} : {exc}", unreachable=True) from None
        finally:
            connection.close()
        if answer.status != 200:
            raise IppError(
                f"{self.server} : HTTP {answer.status} {answer.reason}", http_status=answer.status
            )
        try:
            return decode(data)
        except (ValueError, struct.error) as exc:
            raise IppError(f"{self.server} : réponse IPP illisible ({exc})") from None
