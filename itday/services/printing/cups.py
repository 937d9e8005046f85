"""Printing through a CUPS server over IPP (``itday.services.printing.ipp``)."""

from __future__ import annotations

import dataclasses
import getpass
import os
import urllib.parse
from pathlib import Path

from itday.core.printing import Problem
from itday.services.printing import ipp
from itday.services.printing.backend import JobInfo, PrinterInfo, PrintFailure

PRINTER_ATTRIBUTES = [
    "printer-name",
    "printer-info",
    "printer-is-accepting-jobs",
    "printer-state",
    "printer-state-reasons",
    "printer-state-message",
]
JOB_ATTRIBUTES = ["job-id", "job-state", "job-state-reasons", "job-printer-state-message"]


def _user() -> str:
    try:
        return getpass.getuser() or "itday"
    except (KeyError, OSError):
        return "itday"


def _printer_info(attrs: dict) -> PrinterInfo:
    def first(name, default):
        values = attrs.get(name)
        return values[0] if values and values[0] is not None else default

    return PrinterInfo(
        name=str(first("printer-name", "")),
        info=str(first("printer-info", "")),
        accepting=bool(first("printer-is-accepting-jobs", True)),
        state=int(first("printer-state", 3)),
        reasons=tuple(str(r) for r in attrs.get("printer-state-reasons", []) if r),
        message=str(first("printer-state-message", "")),
    )


class CupsBackend:
    kind = "cups"

    def __init__(self, server: str | None = None, *, timeout: float = 5.0) -> None:
        self.client = ipp.IppClient(server, timeout=timeout)
        self.user = _user()

    @property
    def server(self) -> str:
        return self.client.server

    # -- requests ---------------------------------------------------------------------
    def _call(self, operation: int, path: str, attrs, job_attrs=None, document=b""):
        try:
            return self.client.request(operation, path, attrs, job_attrs, document)
        except ipp.IppError as exc:
            if exc.http_status in (401, 403):
                raise PrintFailure(Problem.AUTH, str(exc)) from None
            if exc.unreachable:
                raise PrintFailure(Problem.UNREACHABLE, self.server) from None
            raise PrintFailure(Problem.REFUSED, str(exc)) from None

    def _printer_path(self, printer: str) -> str:
        if not printer:
            raise PrintFailure(Problem.NO_PRINTER)
        return "/printers/" + urllib.parse.quote(printer, safe="")

    def _refusal(self, response: ipp.Response, printer: str) -> PrintFailure:
        status = response.status
        detail = response.message or f"IPP 0x{status:04x}"
        if status == ipp.NOT_FOUND:
            return PrintFailure(Problem.UNKNOWN_PRINTER, detail)
        if status == ipp.NOT_ACCEPTING:
            return PrintFailure(Problem.NOT_ACCEPTING, detail)
        if status in (ipp.FORBIDDEN, ipp.NOT_AUTHENTICATED, ipp.NOT_AUTHORIZED):
            return PrintFailure(Problem.AUTH, detail)
        return PrintFailure(Problem.REFUSED, detail)

    # -- the interface ------------------------------------------------------------------
    def printers(self) -> list[PrinterInfo]:
        response = self._call(
            ipp.CUPS_GET_PRINTERS,
            "/",
            [("requested-attributes", ipp.KEYWORD, PRINTER_ATTRIBUTES)],
        )
        if not response.ok:
            if response.status == ipp.NOT_FOUND:  # no printer at all
                return []
            raise self._refusal(response, "")
        found = [_printer_info(attrs) for attrs in response.all(ipp.PRINTER)]
        return sorted((p for p in found if p.name), key=lambda p: p.name.lower())

    def default_printer(self) -> str | None:
        for variable in ("LPDEST", "PRINTER"):
            name = os.environ.get(variable, "").strip()
            if name and name != "lp":
                return name
        response = self._call(
            ipp.CUPS_GET_DEFAULT, "/", [("requested-attributes", ipp.KEYWORD, ["printer-name"])]
        )
        if not response.ok:
            return None
        return response.first(ipp.PRINTER, "printer-name") or None

    def printer(self, name: str) -> PrinterInfo:
        path = self._printer_path(name)
        response = self._call(
            ipp.GET_PRINTER_ATTRIBUTES,
            path,
            [
                ("printer-uri", ipp.URI, [self.client.printer_uri(name)]),
                ("requested-attributes", ipp.KEYWORD, PRINTER_ATTRIBUTES),
            ],
        )
        if not response.ok:
            raise self._refusal(response, name)
        info = _printer_info(response.group(ipp.PRINTER))
        return info if info.name else dataclasses.replace(info, name=name)

    def submit(self, printer: str, pdf: Path, *, title: str, media: str = "") -> int:
        path = self._printer_path(printer)
        document = Path(pdf).read_bytes()
        job_attrs = [("media", ipp.KEYWORD, [media])] if media else None
        response = self._call(
            ipp.PRINT_JOB,
            path,
            [
                ("printer-uri", ipp.URI, [self.client.printer_uri(printer)]),
                ("requesting-user-name", ipp.NAME, [self.user]),
                ("job-name", ipp.NAME, [title]),
                ("document-format", ipp.MIME, ["application/pdf"]),
            ],
            job_attrs,
            document,
        )
        if not response.ok:
            raise self._refusal(response, printer)
        job_id = response.first(ipp.JOB, "job-id")
        if not isinstance(job_id, int):
            raise PrintFailure(Problem.REFUSED, response.message or "job-id ?")
        return job_id

    def job(self, printer: str, job_id: int) -> JobInfo:
        path = self._printer_path(printer)
        response = self._call(
            ipp.GET_JOB_ATTRIBUTES,
            path,
            [
                ("printer-uri", ipp.URI, [self.client.printer_uri(printer)]),
                ("job-id", ipp.INTEGER, [job_id]),
                ("requesting-user-name", ipp.NAME, [self.user]),
                ("requested-attributes", ipp.KEYWORD, JOB_ATTRIBUTES),
            ],
        )
        if not response.ok:
            if response.status == ipp.NOT_FOUND:
                raise PrintFailure(Problem.ABORTED, response.message or f"job {job_id} ?")
            raise self._refusal(response, printer)
        attrs = response.group(ipp.JOB)
        state = attrs.get("job-state") or [None]
        message = attrs.get("job-printer-state-message") or [""]
        return JobInfo(
            job_id=job_id,
            state=int(state[0]) if isinstance(state[0], int) else 3,
            reasons=tuple(str(r) for r in attrs.get("job-state-reasons", []) if r),
            message=str(message[0] or ""),
        )

    def cancel(self, printer: str, job_id: int) -> None:
        path = self._printer_path(printer)
        self._call(
            ipp.CANCEL_JOB,
            path,
            [
                ("printer-uri", ipp.URI, [self.client.printer_uri(printer)]),
                ("job-id", ipp.INTEGER, [job_id]),
                ("requesting-user-name", ipp.NAME, [self.user]),
            ],
        )  # an ended job cannot be cancelled: nothing to do either way
