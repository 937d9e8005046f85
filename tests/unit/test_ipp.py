"""The small IPP client: encoding, decoding (collections too), where the server is."""

from __future__ import annotations

import struct

import pytest

from itday.services.printing import ipp


def test_request_round_trip():
    data = (
        ipp.encode(
            ipp.PRINT_JOB,
            7,
            [
                (
                    ipp.OPERATION,
                    [
                        ("attributes-charset", ipp.CHARSET, ["utf-8"]),
                        ("printer-uri", ipp.URI, ["ipp://localhost/printers/Étiquettes"]),
                        ("requested-attributes", ipp.KEYWORD, ["job-state", "job-id"]),
                        ("job-id", ipp.INTEGER, [42]),
                        ("printer-is-accepting-jobs", ipp.BOOLEAN, [False]),
                    ],
                ),
                (ipp.JOB, [("media", ipp.KEYWORD, ["Custom.54x90mm"])]),
            ],
        )
        + b"%PDF-1.4"
    )
    assert data[:8] == struct.pack(">bbhi", 1, 1, ipp.PRINT_JOB, 7)
    message = ipp.decode(data)
    assert message.request_id == 7
    op = message.group(ipp.OPERATION)
    assert op["printer-uri"] == ["ipp://localhost/printers/Étiquettes"]
    assert op["requested-attributes"] == ["job-state", "job-id"]  # two values, one name
    assert op["job-id"] == [42] and op["printer-is-accepting-jobs"] == [False]
    assert message.first(ipp.JOB, "media") == "Custom.54x90mm"
    assert message.data == b"%PDF-1.4"


def _attr(tag: int, name: str, value: bytes) -> bytes:
    return (
        struct.pack(">bh", tag, len(name)) + name.encode() + struct.pack(">h", len(value)) + value
    )


def test_decode_skips_collections_and_reads_text_with_language():
    body = bytearray(struct.pack(">bbhi", 2, 0, 0x0000, 3))
    body.append(ipp.OPERATION)
    body += _attr(ipp.CHARSET, "attributes-charset", b"utf-8")
    body.append(ipp.PRINTER)
    body += _attr(ipp.BEGIN_COLLECTION, "media-col-default", b"")
    body += _attr(ipp.MEMBER_NAME, "", b"media-size")
    body += _attr(ipp.BEGIN_COLLECTION, "", b"")
    body += _attr(ipp.MEMBER_NAME, "", b"x-dimension")
    body += _attr(ipp.INTEGER, "", struct.pack(">i", 5400))
    body += _attr(ipp.END_COLLECTION, "", b"")
    body += _attr(ipp.END_COLLECTION, "", b"")
    text = "Prête".encode()
    lang = struct.pack(">h", 2) + b"fr" + struct.pack(">h", len(text)) + text
    body += _attr(ipp.TEXT_LANG, "printer-state-message", lang)
    body += _attr(ipp.ENUM, "printer-state", struct.pack(">i", 3))
    body.append(ipp.END)
    message = ipp.decode(bytes(body))
    assert message.ok
    printer = message.group(ipp.PRINTER)
    assert printer["media-col-default"] == [{"media-size": [{"x-dimension": [5400]}]}]
    assert printer["printer-state"] == [3]
    assert printer["printer-state-message"] == ["Prête"]


def test_a_cut_message_is_an_error_not_a_crash():
    data = ipp.encode(ipp.GET_JOB_ATTRIBUTES, 1, [(ipp.OPERATION, [("a", ipp.NAME, ["b"])])])
    with pytest.raises(ValueError):
        ipp.decode(data[:-6])


@pytest.mark.parametrize(
    ("server", "expected"),
    [
        ("localhost", ("localhost", 631)),
        ("127.0.0.1:8631", ("127.0.0.1", 8631)),
        ("[::1]:8631", ("::1", 8631)),
        ("/run/cups/cups.sock", ("/run/cups/cups.sock", None)),
        ("print.local/version=1.1", ("print.local", 631)),
    ],
)
def test_parse_server(server, expected, monkeypatch):
    monkeypatch.delenv("IPP_PORT", raising=False)
    assert ipp.parse_server(server) == expected


def test_cups_server_variable_wins(monkeypatch):
    monkeypatch.setenv("CUPS_SERVER", "10.0.0.9:631")
    assert ipp.default_server() == "10.0.0.9:631"
    client = ipp.IppClient()
    assert client.printer_uri("Badges Accueil") == "ipp://10.0.0.9:631/printers/Badges%20Accueil"


def test_unreachable_server_is_said_in_one_error():
    client = ipp.IppClient("127.0.0.1:1", timeout=2)
    with pytest.raises(ipp.IppError) as caught:
        client.request(ipp.CUPS_GET_PRINTERS, "/", [])
    assert caught.value.unreachable
